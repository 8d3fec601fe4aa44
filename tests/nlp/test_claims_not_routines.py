"""Claims that are not routines someone keeps. Seen on real lab and policy pages: a dewar said to lose "about 2%
of its contents per day" (a rate of a thing), a tank that vents "once every hour or few hours" (an unbounded
range of what a thing does), a store "only open from 2pm-3pm on Tuesdays" (opening hours), a company called
"Daily Sun ... Limited" (a name), and a list under a heading "Monthly Controls" that gave no claims at all.
Each was read as a cadence (or none) and drift checks looked for records that could never exist."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.nlp.claims import claims_in_text, extract_claims


def _cadences(text: str):
    return [(c.activity, c.interval_days) for c in claims_in_text(text) if c.kind == "frequency"]


@pytest.mark.parametrize("text", [
    "Cylinders usually lose ~2% of their contents per day through the relief valve.",
    "The battery loses about 3 percent of its charge per month when stored.",
    "Stored samples degrade by roughly 0.5 % per week at room temperature.",
])
def test_an_estimated_share_per_period_is_a_rate(text):
    assert _cadences(text) == []


@pytest.mark.parametrize("text, days", [
    ("Inspect 10% of incoming batches per week.", 7.0),
    ("The lead samples 5 % of calls per month for quality.", 30.4),
])
def test_a_stated_share_sampled_per_period_is_still_a_cadence(text, days):
    (found,) = _cadences(text)
    assert found[1] == days


@pytest.mark.parametrize("text", [
    "Some vessels vent loudly once every hour or few hours, which is normal.",
    "The compressor cycles every day or several days depending on load.",
    "The pump restarts every hour or a couple of hours.",
    "The filter clogs every day or two, which is expected.",
])
def test_a_cadence_with_an_open_range_is_none(text):
    assert _cadences(text) == []


@pytest.mark.parametrize("text, days", [
    ("Calibrate the balance every week or before each batch.", 7.0),
    ("Check the fridge temperature once every hour.", 0.0417),
    ("Review Frequency: Annually OR 1,820 work-hours, whichever comes first.", 365.2),
    ("Service the pump every month or 500 running hours.", 30.4),
])
def test_a_bounded_cadence_stays(text, days):
    (found,) = _cadences(text)
    assert found[1] == days


@pytest.mark.parametrize("text", [
    "The chemical store is only open from 10am-11am on Mondays and Wednesdays.",
    "You can only collect solvent from the depot between 1pm and 2pm on Fridays.",
    "Reception is open 9:00-17:00 on Saturdays.",
])
def test_opening_hours_are_no_cadence(text):
    assert _cadences(text) == []


@pytest.mark.parametrize("text", [
    "Backups run from 1am-3am on Sundays.",
    "The safety officer inspects the store at 2pm on Fridays.",
    "Only the lab manager orders gas cylinders, on Mondays.",
])
def test_a_routine_at_a_time_on_a_weekday_stays(text):
    (found,) = _cadences(text)
    assert found[1] == 7.0


@pytest.mark.parametrize("text", [
    "Weekly Star Printing Company Limited is committed to a safe workplace.",
    "Daily Harvest Foods Ltd shall ensure full commitment to the policy.",
    "Annual Ridge Holdings Inc. reviews this policy.",
])
def test_a_cadence_word_opening_a_company_name_is_none(text):
    assert _cadences(text) == []


@pytest.mark.parametrize("text", [
    "Weekly Safety Walks are led by the site manager.",
    "The Daily Production Meeting is held by the shift lead.",
])
def test_a_capitalised_cadence_that_is_no_company_stays(text):
    assert [d for _, d in _cadences(text)] in ([7.0], [1.0])


PAGE = """# Operating checklist

## Monthly Controls

- Recertify administrator access.
- Export and keep the audit-log evidence.

## Vendor status

- The payment processor is live.
"""


def test_a_list_under_a_controls_heading_takes_its_cadence(tmp_path: Path):
    path = tmp_path / "checklist.md"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path, "checklist.md")
    found = {c.location.line: c.interval_days for c in extract_claims(doc) if c.kind == "frequency"}
    assert found == {5: 30.4, 6: 30.4}
