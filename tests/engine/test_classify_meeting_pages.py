"""Pages about meetings that are not a meeting's minutes, and minutes that do not call themselves minutes.

Shapes on held-out sets (docs/SCORING.md, classify14): rust-lang/leadership-council@17848e0 keeps the notes of each
council meeting in minutes/sync-meeting/2026-07-17.md under the title "Council meeting agenda": the agenda was
written before the meeting and filled in during it (the day, who attended, who took the minutes, what was said),
and its many "should" and "must" lines made it a procedure. brisbanemakerspace/bms-wiki keeps meetings.md, titled
"Meeting Minutes": a list of the meetings with a link to each one's minutes and "No meetings held." for the
months without; it is an index of minutes, not minutes of a meeting, and was read as a review.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of


DISCUSSION = """
## Nominated issues

### Budget for 2026

Dee: The council should keep two months of spending back. We must decide it before the budget is sent.

Cy: The treasurer must report the balance each quarter, and every team should ask for its money by March.

Ana: I agree. Each request shall name an owner. Requests must be approved by two members.

(No objections. Budget approved.)

### Travel grants

Ben: Travellers should book through the foundation. Receipts must be sent within 30 days.

## Check-out
"""

HELD_AGENDA = """# Council meeting agenda

- Meeting date: 2026-07-17

## Attendance

- Council members: Ana Ruiz, Ben Cole, Cy Park
- Observers: Dee Lowe

## Meeting roles

- Facilitator: Ana
- Minutes: Dee Lowe
""" + DISCUSSION

AGENDA_TO_COME = """# Council meeting agenda

- Meeting date:

## Meeting roles

- Facilitator:
- Minutes:
""" + DISCUSSION


def test_an_agenda_filled_in_at_the_meeting_is_its_minutes(tmp_path):
    kind, reason = kind_of(tmp_path, "minutes/sync-meeting/2026-07-17.md", HELD_AGENDA)
    assert kind is Kind.REVIEW, (kind, reason)
    assert "2026-07-17" in reason, reason


def test_an_agenda_for_a_meeting_not_yet_held_is_not_minutes(tmp_path):
    kind, reason = kind_of(tmp_path, "minutes/sync-meeting/next.md", AGENDA_TO_COME)
    assert kind is not Kind.REVIEW, (kind, reason)


MINUTES_INDEX = """# Meeting Minutes

Here is the list of the minutes of our meetings, kept for the record.

# 2026

## August

General Meeting - 10 August

## June

Annual General Meeting - 29 June

Special Meeting - 8 June

## April/May

No meetings held.

## March

24th General Meeting - 16 March

## January

23rd General Meeting - 26th Jan

# 2025

## December

22nd General Meeting - 22nd Dec

## November

21st General Meeting - 17th Nov
"""

MINUTES_PAGE = """# Meeting Minutes

General Meeting - 10 August 2026

- Present: Ana Ruiz, Ben Cole, Cy Park
- Chair: Ana Ruiz
- Apologies: Dee Lowe

## Business

- The budget for the bandsaw was approved.
- Ben will order the blade. Next meeting: 24 August 2026.

Meeting adjourned at 9pm.
"""


def test_a_list_of_meetings_with_their_minutes_is_an_index(tmp_path):
    kind, reason = kind_of(tmp_path, "meetings.md", MINUTES_INDEX)
    assert kind is Kind.OTHER, (kind, reason)
    assert "meeting" in reason, reason


def test_the_minutes_of_one_meeting_under_the_same_title_stay_a_review(tmp_path):
    kind, reason = kind_of(tmp_path, "meetings.md", MINUTES_PAGE)
    assert kind is Kind.REVIEW, (kind, reason)
