"""A cadence written on the meeting's own name ("monthly member meetings", "the annual board meeting", "quarterly
Board of Directors meetings") says how often that meeting is held, whatever the sentence asks of the reader.

The shape on Air-Light-Time-Space/wiki@5fd5150 and carpentries/governance@9f1d721 (docs/SCORING.md, drhold20):
"Attend monthly member meetings" beside 41 files of member-meeting minutes, and "tasks to be completed at quarterly
Board of Directors meetings" beside 8 files of Board minutes, were both "not checkable": a meeting's cadence was
read only where a word of holding stood near it ("held", "meets"). A cadence word before the meeting's name and
its noun, nothing else between, is the meeting's own. A cadence that modifies something else ("bring the monthly
report to the general meeting") or that is a word of the meeting's name ("the annual general meeting", checked
only where the sentence says it is held) is not.
"""
from __future__ import annotations

from gapscan.model import ClaimStatus

from .test_meeting_minutes import MINUTES, first_mondays, run

DUTIES = """# Responsibilities

## Everyone in the space

- Clean up your own messes and put away tools.
- Attend monthly member meetings, make your voice heard on the mailing list or in the chat.
"""

REPORT = """# Treasurer

## Duties

- Bring the monthly bank report to the general meeting and keep the receipts.
"""


def member_minutes(scan, days):
    for day in days:
        scan.write(f"minutes/{day.isoformat()}-Member_Meeting.md",
                   MINUTES.format(title=f"{day.isoformat()} Member Meeting", day=day.isoformat()))


def test_monthly_member_meetings_are_checked_against_the_member_meeting_minutes(scan):
    scan.write("procedures/responsibilities.md", DUTIES)
    member_minutes(scan, first_mondays(2024, list(range(1, 13))))
    findings, checks = run(scan)
    assert findings == [], [f.message for f in findings]
    member = [c for c in checks if c.record and "Member" in c.record]
    assert member and member[0].status is ClaimStatus.HOLDS, [(c.detail, c.record) for c in checks]
    assert member[0].metrics["meetings_found"] == 12


def test_months_without_member_minutes_are_named(scan):
    scan.write("procedures/responsibilities.md", DUTIES)
    member_minutes(scan, first_mondays(2024, [1, 2, 6, 11, 12]))
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    assert findings[0].metrics["meetings_expected"] == 12 and findings[0].metrics["meetings_found"] == 5


def test_a_cadence_on_something_brought_to_the_meeting_is_not_the_meetings(scan):
    scan.write("procedures/treasurer.md", REPORT)
    for day in first_mondays(2024, [1, 2, 6, 11, 12]):
        scan.write(f"minutes/general/{day.isoformat()}.md",
                   MINUTES.format(title=f"General Meeting - {day:%d %B %Y}", day=day.isoformat()))
    findings, checks = run(scan)
    assert findings == []
    assert checks and all(c.record is None for c in checks), [(c.detail, c.record) for c in checks]


def test_the_annual_general_meeting_named_is_not_a_cadence_stated(scan):
    # 'annual' is a word of the AGM's name: 'the accounts go to the annual general meeting' says nothing of how
    # often it is held
    scan.write("procedures/accounts.md", "# Accounts\n\n## Duties\n\n- The treasurer presents the accounts at the "
                                         "annual general meeting.\n")
    for year in (2019, 2020, 2023, 2024):
        scan.write(f"minutes/AGM {year}.md", MINUTES.format(title="Annual General Meeting", day=f"{year}-03-12"))
    findings, checks = run(scan)
    assert findings == []
    assert all(c.record is None for c in checks), [(c.detail, c.record) for c in checks]
