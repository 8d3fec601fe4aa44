"""A meeting's write-up is a record of the meeting, whatever orders its action list gives.

The shapes on yorkshire-imaging-collaborative's site (df2eb2fa) and rust-lang/leadership-council (docs/SCORING.md,
classify15): a group's meeting page under "Agenda", "Minutes", "Attendance", "Actions" and "Key Discussion Points",
its actions written as orders ("Send the protocols to the mailbox"), sometimes with zero-width marks left in the
headings by a web editor; and minutes filed under the day they were held, whose only mark of a meeting is their
"Minutes" heading, with many "should" and "must" in what was said. Their orders and obligations were counted as a
procedure's. A page about how to run meetings, under the same headings but with no one recorded as present, and
no date, is still a procedure.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind


WRITE_UP = """# Winter Forklift Users Group Meeting

## A\ufeffgenda

- Battery charging bay
- Rack inspection results

## M\ufeffinutes

### A\ufeffttendance

Ann Bell, Raj Patel, Tom Reed, Lucy Chan

### Actions

- Send the rack inspection report to the site safety mailbox.
- Check the charging bay extractor before the next shift.
- Collect the damaged pallets from bay 4.
- Book the refresher training for the new drivers.

### Key Discussion Points

- The charging bay fan was noisy in December.
- Bay 4 uprights were knocked twice this quarter.
"""

DATED_MINUTES = """# 2025-03-14

## Agenda

- Check-in
- Review the draft travel rules
- Check-out

## Minutes

- Ann: The travel rules should say who approves a ticket over the limit.
- Raj: Approvers must reply within two days, or the request should go to the finance lead.
- Tom: We should publish the rules before the summer.
- Lucy: The form must ask for the cost centre, and it should show the project too.
- Raj: Receipts must be kept for six years.
- Ann: Trips abroad should be booked a month ahead.
- Decide on the wording next time.
- Publish the rules on the wiki once agreed.
- Ask finance for the limits.
"""

RUNNING_MEETINGS = """# Running the weekly safety meeting

## Purpose

How the weekly safety meeting is prepared, held and followed up.

## Responsibilities

The safety coordinator is responsible for the agenda, the minutes and the action log.

## Agenda

1. Send the agenda to every supervisor two days before the meeting.
2. Book the training room for one hour.
3. Print the open actions from the action log.

## Minutes

4. Record the decisions in the minutes template.
5. File the minutes in the safety folder within two days.

## Actions

6. Enter every new action in the action log with an owner and a due date.
7. Check overdue actions with their owners each Friday.

The chair shall close the meeting when the agenda is done.
"""


def test_write_up_with_orders_in_its_action_list_is_a_review(tmp_path):
    assert _kind(tmp_path, "meetings/winter-forklift-group-meeting.md", WRITE_UP) is Kind.REVIEW


def test_dated_minutes_with_only_a_minutes_heading_are_a_review(tmp_path):
    assert _kind(tmp_path, "minutes/sync-meeting/2025-03-14.md", DATED_MINUTES) is Kind.REVIEW


def test_how_to_run_meetings_under_the_same_headings_stays_a_procedure(tmp_path):
    assert _kind(tmp_path, "safety/weekly-meeting.md", RUNNING_MEETINGS) is Kind.PROCEDURE

