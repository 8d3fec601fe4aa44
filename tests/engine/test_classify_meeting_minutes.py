"""Minutes of a members' meeting, named for the meeting and the day it was held, are a review, not a procedure.

The shape on held-out makerspace sets (docs/SCORING.md, drhold7): "Regular Member Meeting 2009 07 14.md" and
"meetings/general/20260810.md" (title "26th General Meeting - 10 August 2026") were classed procedure by their
"shall" and "will" lines, so their decisions became procedure claims and CM05 judged them as procedures.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of


MINUTES = """# {title}

- Members Present: Ana Ruiz, Ben Cole, Cy Park, Dee Lowe
- Called to Order: 7:45 PM

## Purpose

The meeting shall decide the budget for the new bandsaw and the cleaning roster.

## Treasurer's Report

Rent is paid. The Treasurer will move the internet bill to the club card.

## New Business

### Bandsaw

- Members must complete the induction before using the bandsaw.
- The blade shall be replaced when it is dull.
- A budget of 400 was approved by consensus.

### Cleaning roster

- Each working group will clean its own bench every Sunday.
- The roster shall be posted on the forum.

**Result:** Passed with no dissent
"""

MEETING_RULES = """# Meetings policy

## Purpose

This policy says how general meetings are run.

## Procedure

- The Secretary shall post the agenda on the forum 3 days before each meeting.
- Members must raise motions in writing.
- The chair will keep the minutes and publish them within 7 days.
- A general meeting shall be held on the first Monday of each month.
"""


def test_minutes_named_for_a_dated_meeting_are_a_review(tmp_path):
    for name, title in (("Regular Member Meeting 2009 07 14.md", "Regular Member Meeting"),
                        ("meetings/general/20260810.md", "26th General Meeting - 10 August 2026"),
                        ("Board Meeting 2018 04 10.md", "Board meeting")):
        kind, reason = kind_of(tmp_path, name, MINUTES.format(title=title))
        assert kind is Kind.REVIEW, (name, kind, reason)


def test_the_rules_for_meetings_stay_a_procedure(tmp_path):
    for name in ("meetings-policy.md", "Meeting procedure 2024.md", "meetings/meetings.md"):
        kind, reason = kind_of(tmp_path, name, MEETING_RULES)
        assert kind is Kind.PROCEDURE, (name, kind, reason)


def test_an_agenda_or_template_for_a_dated_meeting_is_not_minutes(tmp_path):
    for name in ("Meeting Agenda 2008 06 17.md", "Regular Member Meeting Template 2024.md"):
        _, reason = kind_of(tmp_path, name, MINUTES.format(title="Meeting"))
        assert "minutes of a meeting held" not in reason, (name, reason)


# An annual meeting's minutes are filed under the year alone ("Annual Meeting 2012.md" on awwaiid/hacdc-oldwiki
# @ed9ff7c): the day is in the text, the file name has only the year, and their "shall" lines made them procedures.
YEARLY_MINUTES = """# Annual Meeting

## Time and Location

Date: 03/26/2012, at the space.

Meeting called to order at 7:35 by the President.

## Participants

- Members Present: Ana Ruiz, Ben Cole, Cy Park, Dee Lowe, Ed Moss
- Quorum: 5 of 9 voting members, quorum reached.

## Reports

The Treasurer shall publish the accounts on the wiki. Members must renew by March.

## Elections

- The board shall have five directors. Ana, Ben and Cy were elected.

Meeting adjourned at 9:10.
"""


def test_minutes_named_for_the_year_of_an_annual_meeting_are_a_review(tmp_path):
    for name in ("Annual Meeting 2012.md", "minutes/AGM 2019.md", "Annual General Meeting 2021.md"):
        kind, reason = kind_of(tmp_path, name, YEARLY_MINUTES)
        assert kind is Kind.REVIEW, (name, kind, reason)


def test_a_dated_meeting_policy_named_by_its_year_stays_a_procedure(tmp_path):
    # the year of a policy's issue is no meeting's date: the text holds no sign that a meeting was held
    for name in ("Meetings 2024.md", "Meeting procedure 2024.md"):
        kind, reason = kind_of(tmp_path, name, MEETING_RULES)
        assert kind is Kind.PROCEDURE, (name, kind, reason)


# A handbook numbers its chapters with zero-padded numbers ("03.11-Equipment.md"): that is the page's place in the
# book, not an ISO clause, and the page is a list of equipment, not a procedure.
EQUIPMENT_PAGE = """# Equipment

The workshop holds these machines, donated or bought over the years.

- Laser cutter: a 60 W CO2 tube, bed 600 x 400 mm, bought in 2019.
- Bandsaw: a 14 inch Record Power, donated by a member in 2017.
- 3D printers: two Prusa MK3S, one Bambu X1.
- Drill press: a bench model with a 16 mm chuck.
- Soldering station: three Hakko irons and a hot air gun.
"""


def test_a_zero_padded_chapter_number_is_no_clause(tmp_path):
    kind, reason = kind_of(tmp_path, "03.11-Equipment.md", EQUIPMENT_PAGE)
    assert kind is not Kind.PROCEDURE, (kind, reason)
    assert "clause" not in reason, reason
    # an ISO clause number still reads as one
    kind, reason = kind_of(tmp_path, "7.1.5 Monitoring and measuring resources.md", EQUIPMENT_PAGE)
    assert "clause 7.1.5" in reason, reason
