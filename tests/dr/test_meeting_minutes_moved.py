"""Minutes that end in the set's folder while the page stating the meeting's cadence says, in that meeting's section,
that its minutes are kept elsewhere ("* Meeting minutes and agendas: in [this doc](https://docs.google.com/...)";
spdx/meetings' README, drhold29) moved: the meeting did not stop. Before, DR02 said 'no minutes since ...: the meetings
stopped while others went on'. A section that says nothing of where the minutes are kept still reads as stopped."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import Kind

PAGE = """# Meeting Schedule

## Licence Team
* Time and cadence: weekly on Thursdays at 12:00
* Where: the project's video room
{kept}
## Tooling Team
* Time and cadence: weekly on Mondays at 09:30
"""

MINUTES = """# {team} Meeting, {when}

## Attendees

- Ana Ruiz
- Tom Beck

## Notes

The open submissions were reviewed and two were closed.
"""


def write(scan, folder: str, team: str, first: dt.date, n: int) -> None:
    for i in range(n):
        d = first + dt.timedelta(days=7 * i)
        scan.write(f"{folder}/{d.year}/{d:%Y-%m-%d}.md", MINUTES.format(team=team, when=f"{d:%B} {d.day}, {d.year}"))


def run(scan, kept: str):
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    scan.write("README.md", PAGE.format(kept=kept))
    write(scan, "licence", "Licence Team", dt.date(2024, 1, 4), 20)  # to May 2024
    write(scan, "tooling", "Tooling Team", dt.date(2024, 1, 1), 60)  # to February 2025
    docs = [replace(d, kind=Kind.OTHER if d.path == "README.md" else Kind.REVIEW) for d in scan.documents()]
    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    checks = [c for c in result.checks if c.rule == "DR02" and "Licence" in " ".join(c.related)]
    return list(DR02.check(ctx)), checks


def test_minutes_kept_elsewhere_did_not_stop(scan):
    findings, checks = run(scan, "* Meeting minutes and agendas: in [this doc](https://docs.example.org/d/licence)\n")
    # before: DR02, 'no minutes since 2024-05-16, ... the meetings stopped while others went on'
    assert findings == [], [f.message for f in findings]
    (check,) = checks
    assert check.metrics["minutes_kept_elsewhere"] == "https://docs.example.org/d/licence"
    assert "kept at https://docs.example.org/d/licence" in check.detail and not check.metrics["stopped"]


def test_an_address_written_out_counts_too(scan):
    findings, _ = run(scan, "* Meeting minutes and agendas: https://notes.example.org/@licence\n")
    assert findings == []


def test_a_section_silent_on_its_minutes_still_stopped(scan):
    findings, checks = run(scan, "")
    assert [f.rule for f in findings] == ["DR02"] and checks[0].metrics["stopped"]
    assert "stopped" in findings[0].message


def gappy_run(scan, kept: str):
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    scan.write("README.md", PAGE.format(kept=kept))
    write(scan, "licence", "Licence Team", dt.date(2024, 1, 4), 8)
    write(scan, "licence", "Licence Team", dt.date(2024, 5, 2), 8)  # none in March and April
    docs = [replace(d, kind=Kind.OTHER if d.path == "README.md" else Kind.REVIEW) for d in scan.documents()]
    result = analyze(docs, {})
    checks = [c for c in result.checks if c.rule == "DR02" and "Licence" in " ".join(c.related)]
    return list(DR02.check(Context(documents=tuple(docs), records={}, drift=result))), checks


def test_weeks_without_minutes_prove_nothing_where_the_minutes_are_kept_elsewhere(scan):
    findings, checks = gappy_run(scan, "* Meeting minutes and agendas: https://notes.example.org/@licence\n")
    # before: DR02, '8 of 24 weeks without minutes (33%, more than 30%)'
    assert findings == [] and checks[0].status.value == "not checkable"
    assert "kept at https://notes.example.org/@licence (line 6)" in checks[0].detail


def test_weeks_without_minutes_are_drift_where_the_page_says_nothing_of_where_they_are(scan):
    findings, _ = gappy_run(scan, "")
    assert [f.rule for f in findings] == ["DR02"]


def test_the_address_given_is_where_the_notes_are_kept_not_the_calendar(scan):
    # wasm's vc-meetings.md: "the usual schedule can be found on the [W3C Calendar](...) ... The agenda and notes
    # are kept on GitHub in the [meetings](...) repository": the reason named the calendar (drleft24)
    kept = ("* The schedule is on the [calendar](https://www.example.org/groups/licence/calendar); the agenda and "
            "notes are kept in the [meetings](https://git.example.org/licence/meetings) repository\n")
    findings, checks = gappy_run(scan, kept)
    assert findings == [] and "kept at https://git.example.org/licence/meetings" in checks[0].detail
