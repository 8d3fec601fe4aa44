"""A cadence stated on a page that is no procedure (a hackerspace's plenum page: "we aim to meet on the second
Wednesday of every month", beside 29 files of minutes) is checked by DR02. The report then showed the DR02 finding
as the one finding that matters most, and beside it "Average drift: not measured, as none of the 5 claims the
procedures make could be checked against a record" and "No claim of the procedures could be checked against a
record, so gapscan says nothing about drift" (hackerspacesg/hackerspace.sg, read in a Word report). The page now
carries the cadence its minutes confirmed or contradicted, and the summary's drift rests on it."""
from __future__ import annotations

import datetime as dt

from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.report.markdown import render as render_markdown

PAGE = """# Plenum

The plenum is where members decide how the space is run. Everyone is welcome.

We aim to meet on the second Wednesday of every month, in the main room.

## Past plenums

See the minutes in this folder.
"""

MINUTES = """# Plenum {day}

Present: Ana, Ben, Cy. Chair: Ana. Minutes: Ben.

## Agenda

1. Finances
2. The laser cutter

## Decisions

- The budget for the laser cutter was approved.
- Ben will order the new filters.

Meeting closed at 21:30.
"""

PROCEDURE = """# Using the laser cutter

1. Book the cutter in the booking calendar before you start.
2. Check the extraction is on and the lid is closed.
3. Never leave the cutter running unattended.
4. Report any fault to the equipment team within 24 hours.
"""


def _write(root, days):
    (root / "plenum").mkdir(parents=True)
    (root / "plenum" / "index.md").write_text(PAGE)
    (root / "howto").mkdir()
    (root / "howto" / "laser-cutter.md").write_text(PROCEDURE)
    for day in days:
        (root / "plenum" / f"{day.isoformat()}.md").write_text(MINUTES.format(day=day.isoformat()))


GAPPY = [dt.date(2022, m, 10) for m in (1, 2, 3)] + [dt.date(2023, m, 11) for m in (1, 2, 3)] + [
    dt.date(2024, m, 10) for m in (1, 2, 3)]


def test_a_pages_checked_cadence_is_what_the_summary_drift_rests_on(tmp_path):
    _write(tmp_path, GAPPY)
    report = run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))
    dr02 = [f for f in report.findings if f.rule == "DR02"]
    assert [f.path for f in dr02] == ["plenum/index.md"], [(f.rule, f.path, f.message) for f in report.findings]
    summary = report.summary
    assert summary.average_drift == 100.0
    text = render_markdown(report)
    assert "none of the" not in text and "No claim of the procedures could be checked" not in text, text
    assert "Average drift: 100/100 over 1 claim checked against the records" in text
    assert "over 1 page outside the procedures whose records gapscan could check" in text
    assert "1 place where the records contradict a procedure or page" in text
    page = next(d for d in report.documents if d.document.path == "plenum/index.md")
    assert page.scores.drift == 100.0 and [c.kind for c in page.claims] == ["frequency"]


def test_a_kept_cadence_on_a_page_gives_no_drift(tmp_path):
    _write(tmp_path, [dt.date(2023, m, 8 + (m % 7)) for m in range(1, 13)])
    report = run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))
    assert not [f for f in report.findings if f.rule == "DR02"]
    assert report.summary.average_drift == 0.0
    assert "Average drift: 0/100 over 1 claim checked against the records" in render_markdown(report)
