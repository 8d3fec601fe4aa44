"""A page filed among the minutes that records no meeting held (who sits on the board, how the board keeps its
minutes) is not minutes, though it uses their words ("Chair", "minutes", "agenda").

The shape on a hackspace's governance pages (drhold14 hacman, classify16): board_minutes/board_members.md lists the
board by year, "Bob Clough (Chair)", and says the board keeps two kinds of minutes, the full meetings' ("around once
per month", "run to an agenda") and the interim decisions'. Three minutes words made it a review, so the board's
own cadence was never read as a claim. Minutes naming who was present keep their kind; a minutes template is the
form they are written on (kinds21).
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of


ROSTER = """# Board Members

Current and previous board members

## Current board members:

- Ann Lee
- Bo Chan
- Cy Moss

## Previous Board Members

### 2024-2025 Board Members:

- Dee Park (Chair)
- Ed Stone
- Flo Reed

### 2023-2024 Board Members:

- Gus Hart (Co-Chair)
- Hal Price (Co-Chair)
- Ivy Lane

## Board Minutes

There are two kinds of minutes here:

- Full board meeting minutes - full board meetings take place about once a month. They run to an agenda posted
  before the meeting, and approve the minutes of the last full meeting.
- Interim minutes - some decisions must be made by a board vote between meetings; interim minutes hold them.
"""

MINUTES = """# Board meeting

Present: Ann Lee (Chair), Bo Chan, Cy Moss

Apologies: Ed Stone

## Agenda

- Approve the minutes of the last meeting
- Treasurer's report

## Minutes

The minutes of the last meeting were approved. The treasurer reported a balance of 2,300 pounds.

## Actions

- Bo Chan to renew the insurance.
"""


def test_a_page_about_the_board_and_its_minutes_is_no_review(tmp_path):
    k, why = kind_of(tmp_path, "governance/board_minutes/board_members.md", ROSTER)
    assert k is not Kind.REVIEW, why


def test_minutes_naming_who_was_present_stay_a_review(tmp_path):
    k, why = kind_of(tmp_path, "governance/board_minutes/board_meeting.md", MINUTES)
    assert k is Kind.REVIEW, why


def test_a_minutes_template_is_the_form_minutes_are_written_on(tmp_path):
    # kinds21: its "Attendees", "Chair" and "Agenda" are blanks to fill in, not a meeting held (it was a review)
    text = MINUTES.replace("Present: Ann Lee (Chair), Bo Chan, Cy Moss\n\nApologies: Ed Stone", "Attendees\n\n- Chair")
    k, why = kind_of(tmp_path, "governance/board_minutes/template.md", text)
    assert k is Kind.FORM, why


SIGN_OFF = """# Access review sign-off

| Field | Value |
|---|---|
| Review | user access review, cycles 1 and 2 |
| Chair | Ann Lee, head of operations |
| Present | Bo Chan, Cy Moss, the role owners |

## What the cycles found

The committee agreed that the third cycle will be sampled by internal audit. The minutes of the last review were
approved and the agenda for the next one was set.
"""


def test_a_header_table_naming_who_was_present_records_a_meeting(tmp_path):
    # no date anywhere: its Chair and Present labels say the meeting was held
    k, why = kind_of(tmp_path, "governance/access-review-committee.md", SIGN_OFF)
    assert k is Kind.REVIEW, why
