"""A repository's page of meeting schedules (spdx/meetings' README, drhold29): each body under its own heading, when it
meets in a field with no meeting word ("## Legal Team" over "* Time and cadence: twice per month on the second and
fourth Thursday"). Before, the field named no meeting, so no claim was checked against the team's minutes; and the
page, titled "Meeting Minutes", was read as minutes, so none of its cadences was even read. A page read as minutes
that records no meeting held (dated nowhere, naming no one present) states cadences as any page does."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import Kind

SCHEDULE = """# Meeting Minutes

This repository keeps the minutes of the project's meetings.

# Meeting Schedule

## Licence Team
* Time and cadence: weekly on Thursdays at 12:00
* Where: the project's video room

## Tooling Team
* Time and cadence: weekly on Mondays at 09:30
"""

SAID = """# Meeting Minutes

This repository keeps the minutes of the project's meetings. The Licence Team meets weekly on Thursdays.
"""

MINUTES = """# Licence Team Meeting, {when}

## Attendees

- Ana Ruiz
- Tom Beck

## Notes

Two licence submissions were reviewed and one was added to the list.
"""


def write_minutes(scan, days) -> None:
    for d in days:
        scan.write(f"licence/{d.year}/{d:%Y-%m-%d}.md", MINUTES.format(when=f"{d:%B} {d.day}, {d.year}"))


def thursdays(start: dt.date, n: int) -> list[dt.date]:
    return [start + dt.timedelta(days=7 * i) for i in range(n)]


def run(scan, readme_kind: Kind):
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    docs = [replace(d, kind=readme_kind if d.path == "README.md" else Kind.REVIEW) for d in scan.documents()]
    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02" and c.metrics.get("minutes_files")]


def gappy(scan) -> None:
    # weekly minutes for ten weeks, then ten weeks with none, then ten more
    days = thursdays(dt.date(2024, 1, 4), 30)
    write_minutes(scan, days[:10] + days[20:])


def test_a_cadence_field_under_the_bodys_heading_is_its_meetings(scan):
    scan.write("README.md", SCHEDULE)
    gappy(scan)
    findings, checks = run(scan, Kind.OTHER)
    # before: no check against the minutes ('Time and cadence' names no meeting)
    assert [c.related for c in checks] == [(checks[0].related[0],)] and "Licence Team" in checks[0].related[0]
    assert [f.rule for f in findings] == ["DR02"] and findings[0].path == "README.md"


def test_a_cadence_field_under_a_heading_naming_no_series_is_no_meeting_claim(scan):
    scan.write("README.md", SCHEDULE.replace("## Licence Team", "## Build Team"))
    gappy(scan)
    findings, checks = run(scan, Kind.OTHER)
    assert findings == [] and checks == []


def test_a_page_read_as_minutes_that_records_no_meeting_states_cadences(scan):
    scan.write("README.md", SAID)
    gappy(scan)
    findings, checks = run(scan, Kind.REVIEW)
    # before: none (the page read as minutes, its cadences never read)
    assert [f.rule for f in findings] == ["DR02"] and findings[0].path == "README.md"


def test_minutes_themselves_state_no_cadence_checked(scan):
    # minutes that say when the team meets record a meeting held: their words are not the page's rules
    scan.write("README.md", SAID.replace("# Meeting Minutes", "# Licence Team Meeting, March 7, 2024\n\n"
                                                          "Present: Ana Ruiz, Tom Beck"))
    gappy(scan)
    findings, checks = run(scan, Kind.REVIEW)
    assert findings == [] and checks == []


def test_the_heading_may_name_the_body_as_one_of_its_former_titles_did(scan):
    # one team's minutes retitled ('ACME Outreach Team Meeting' -> 'ACME Outreach Meeting'): one series, matched by
    # the words both titles share ('acme', 'outreach'), which the heading "Outreach Team" does not all give
    scan.write("README.md", SCHEDULE.replace("## Licence Team", "## Outreach Team"))
    days = thursdays(dt.date(2024, 1, 4), 30)
    for d in days[:10] + days[20:]:
        team = "ACME Outreach Team" if d < days[15] else "ACME Outreach"
        scan.write(f"outreach/{d.year}/{d:%Y-%m-%d}.md",
                   MINUTES.replace("Licence Team", team).format(when=f"{d:%B} {d.day}, {d.year}"))
    findings, checks = run(scan, Kind.OTHER)
    # before Series.former: no check (neither the series' words nor its newest name is all in the headings)
    assert len(checks) == 1 and "under 2 names" in checks[0].related[0]
    assert [f.rule for f in findings] == ["DR02"]


REPORTING = """# Board & Committee Reporting

## The Reporting Forums

| Forum | Chair | Cadence |
|---|---|---|
| Audit Committee | Ana Ruiz | Quarterly |
| Executive Team | Bo Chan | Monthly |
"""


def test_a_cadence_column_under_a_page_named_for_the_board_is_no_board_meeting(scan):
    # held out in sample (hipaa 09.02): each forum's row read 'Cadence: Monthly'; the page's title names the board,
    # the heading over the table names no body: no row is the board's meeting
    scan.write("README.md", REPORTING)
    for d in [dt.date(2024, m, 10) for m in (1, 2, 3, 7, 8, 9)]:
        scan.write(f"board/{d:%Y-%m-%d}.md", MINUTES.replace("Licence Team", "Board").format(
            when=f"{d:%B} {d.day}, {d.year}"))
    findings, checks = run(scan, Kind.OTHER)
    assert findings == [] and checks == [], [c.detail for c in checks]
