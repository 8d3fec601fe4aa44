"""A history line tells what was changed once, not what is done. A club's officer policy ends with "## History"
and "* 2024-07-31 - Amended to add an annual review of all officer positions": read as a claim that something is
done every year, it was looked for in the records. A line of a history section, or any line that opens with a
date and then a word for a change made (amended, added, updated ...), states no cadence; the policy's own
sentences still do. And a count over a span ("about 1.41 million assertions: 14,730 per day across 96 days")
is a rate: a count of a hundred or more that opens a value just before the cadence measures a volume; after a
verb or "of" ("sampling of 200 calls per month") it is the size of work done at that cadence."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.nlp.claims import claims_in_text, extract_claims

POLICY = """# Officers policy

The committee reviews all officer positions annually.

## Treasurer

* Open trade accounts on behalf of the club.

## History

* 2025-03-22 - Bulk role updates
* 2024-07-31 - Amended to add an annual review of all officer positions.
* 2023-01-10 - Added a monthly report to the committee.
"""


def _frequencies(tmp_path: Path, text: str):
    path = tmp_path / "officers.md"
    path.write_text(text, encoding="utf-8")
    return [(c.location.line, c.activity, c.interval_days) for c in extract_claims(parse_file(path, "officers.md"))
            if c.kind == "frequency"]


def test_a_history_section_states_no_cadence(tmp_path):
    found = _frequencies(tmp_path, POLICY)
    assert [line for line, _, _ in found] == [3], found


def test_a_dated_change_line_states_no_cadence_under_any_heading(tmp_path):
    text = POLICY.replace("## History", "## Changes to this page")
    found = _frequencies(tmp_path, text)
    assert [line for line, _, _ in found] == [3], found


def test_a_section_on_how_the_page_is_revised_keeps_its_cadence(tmp_path):
    text = "# Officers policy\n\n## Revisions\n\nThe committee revises this policy annually.\n"
    assert [days for _, _, days in _frequencies(tmp_path, text)] == [365.2]


@pytest.mark.parametrize("text", [
    "2024-07-31 - Amended to add an annual review of all officer positions.",
    "31 July 2024: updated to require monthly backups.",
])
def test_a_dated_change_is_no_cadence(text):
    assert [c for c in claims_in_text(text) if c.kind == "frequency"] == []


@pytest.mark.parametrize("text, days", [
    ("2024-07-31 is the date of the last review; reviews are held annually.", 365.2),
    ("From 2024-07-31 the committee reviews all officer positions annually.", 365.2),
    ("Take two water samples per day.", 1.0),
    ("Record 3 readings per day.", 1.0),
    ("Calls are checked by QA sampling of 200 calls per month.", 30.4),
    ("Sample 200 calls per month for quality.", 30.4),
])
def test_a_cadence_after_a_date_or_a_small_count_stays(text, days):
    assert [c.interval_days for c in claims_in_text(text) if c.kind == "frequency"] == [days]


@pytest.mark.parametrize("text", [
    "Item-assertions executed in the period: about 1.41 million, 14,730 per day across 96 days.",
    "Steady-state volume: ≈ 9,640 MFA challenges per week across the population.",
    "Cases adjudicated: 112 per day, with no case left waiting.",
    "The desk answers 350 calls a day.",
])
def test_a_count_per_period_is_a_rate(text):
    assert [c for c in claims_in_text(text) if c.kind == "frequency"] == []
