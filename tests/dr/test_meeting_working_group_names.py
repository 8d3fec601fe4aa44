"""A working group's minutes titled "Outreach WG" in some files and "Outreach Working Group" in others are one
meeting's: 'WG' is the working group written short, as 'SIG' is the special interest group, and neither says which
group meets. A cadence word in the minutes' titles ("Upgrades WG weekly meeting") says how often the meeting was
held when the notes were titled, not which meeting it is: a page stating that the group's sync is now monthly is
about the same meeting.

The shapes (drhold28's held-out electron/governance@0939245, in sample since session 21): wg-outreach/meeting-notes/
holds 43 files titled "Outreach Working Group" (5, 2019-2020) and "Outreach WG" / "WG Outreach" (38): two series, so
the README's "every other Thursday" was checked against 38 of them; wg-upgrades/README.md, headed "Upgrades WG",
states "**Sync Meeting** 30 min monthly" and its notes are titled "Upgrades WG weekly meeting <date>": the claim
linked no minutes. The texts are written for the test.
"""
from __future__ import annotations

import datetime as dt

from .minutes_series import meeting_checks, series
from .test_meeting_minutes import run


def test_wg_and_working_group_are_one_series(scan):
    got = series(scan, [("minutes/2019-03-04.md", "Outreach Working Group"),
                        ("minutes/2019-03-18.md", "Outreach Working Group"),
                        ("minutes/2019-04-29.md", "Outreach WG"), ("minutes/2019-05-13.md", "Outreach WG"),
                        ("minutes/2019-05-27.md", "WG Outreach")], under="minutes")
    assert len(got) == 1 and len(got[0].meetings) == 5, [(s.name, len(s.meetings)) for s in got]


def test_two_working_groups_stay_two_series(scan):
    got = series(scan, [("minutes/a/2019-02-13.md", "Release WG"), ("minutes/a/2019-02-27.md", "Releases WG"),
                        ("minutes/b/2019-02-14.md", "Outreach Working Group"),
                        ("minutes/b/2019-02-28.md", "Outreach WG")], under="minutes")
    assert sorted(len(s.meetings) for s in got) == [2, 2] and len(got) == 2, [s.name for s in got]


def test_a_cadence_word_in_the_titles_is_no_word_of_the_name(scan):
    got = series(scan, [("minutes/2019-03-05.md", "Upgrades WG weekly meeting 2019-03-05"),
                        ("minutes/2019-03-19.md", "Upgrades WG weekly meeting 2019-03-19"),
                        ("minutes/2019-04-02.md", "Upgrades WG Meeting 2019-04-02")], under="minutes")
    assert len(got) == 1 and len(got[0].meetings) == 3, [(s.name, len(s.meetings)) for s in got]
    assert "weekly" not in got[0].words


README = """# Upgrades WG

Oversees upgrades of upstream dependencies.

## Meeting Schedule

* **Sync Meeting** 30 min monthly @ 16:00 UTC

Meeting notes may be viewed in the meeting-notes folder.
"""


def test_a_monthly_sync_is_checked_against_notes_titled_weekly(scan):
    scan.write("procedures/upgrades.md", README)
    # notes in 4 of 9 months: March to May, then October
    days = [dt.date(2019, 3, 5), dt.date(2019, 3, 19), dt.date(2019, 4, 2), dt.date(2019, 4, 16),
            dt.date(2019, 5, 7), dt.date(2019, 10, 22)]
    for day in days:
        scan.write(f"minutes/{day:%Y-%m-%d}.md", f"# Upgrades WG weekly meeting {day:%Y-%m-%d}\n\n"
                   "## Attendees\n\n- Ana Ruiz\n- Ben Cole\n\n## Discussion\n\nChromium roll is on track.\n")
    findings, checks = run(scan)
    got = meeting_checks(checks)
    assert len(got) == 1, [(c.claim.text, c.detail) for c in checks]
    assert got[0].metrics["periods"] == 8 and got[0].metrics["periods_missed"] == 4, got[0].metrics
    assert len(findings) == 1, [f.message for f in findings]
    assert "none for Jun 2019, Jul 2019, Aug 2019, Sep 2019" in findings[0].message, findings[0].message
