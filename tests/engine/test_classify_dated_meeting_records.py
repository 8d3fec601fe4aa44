"""A dated meeting record whose name says neither "meeting" nor "minutes" is minutes, not a procedure.

Shapes from session 23 (kinds24; drhold29's wasmmeet and spdxmeet sets, in sample). A call's agenda filled in at the
call ("Agenda for the March 12 video call of the Example Group", filed under "2024/", with "## Meeting Notes" over
who attended and the discussion) and a page named by its day ("legal/2011/2011-01-14.md") whose first heading
"Attendees" stands over the names of those who came, or whose head says "Attendance - 13", were read as procedures
by their "should"/"will" lines and the action items in their notes (65 of wasmmeet's 183 files, 104 of spdxmeet's
718). Controls: an agenda written ahead (its notes heading over "TBD"), a procedure on how meetings are run, and a
procedure with a "Meeting" section stay what they were.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

NOTES = """We agreed that the next release should carry the new opcode table. The group will revisit the
naming question once the two implementations report back. Members must file issues before the next call.

1. Ann Lee to update the proposal text.
2. Bo Chan to write the tests for the new opcodes.
3. Send the draft to the mailing list.
"""

FILLED_AGENDA = """## Agenda for the March 12 video call of the Example Group

- **Where**: video conference
- **When**: March 12, 5pm-6pm UTC

### Registration

None required if you have attended before. Fill out the form to sign up if it is your first time.
Participants must keep their microphones muted when not speaking.

## Agenda items

1. Opening, welcome and roll call
1. Adoption of the agenda
1. Proposals and discussions
1. Closure

## Meeting Notes

### Attendees

- Ann Lee
- Bo Chan
- Cy Park
- Dee Ray

### Proposals and discussions

{notes}
"""


def test_an_agenda_filled_in_at_the_call_is_its_minutes(tmp_path):
    kind, why = kind_of(tmp_path, "main/2024/EG-03-12.md", FILLED_AGENDA.format(notes=NOTES))
    assert kind is Kind.REVIEW, why
    assert "2024-03-12" in why  # the title's day in the folder's year


def test_an_agenda_written_ahead_is_no_minutes(tmp_path):
    ahead = FILLED_AGENDA.split("## Meeting Notes")[0] + "## Meeting Notes\n\n### Attendees\n\nTBD\n"
    kind, why = kind_of(tmp_path, "main/2024/EG-03-12.md", ahead)
    assert kind is not Kind.REVIEW or "minutes of a meeting held" not in why, why


DAY_PAGE = """## Attendees

  - Ann Lee (Widget Co)
  - Bo Chan (Gadget Ltd)
  - Cy Park (Sprocket Inc)
  - Dee Ray (Example Org)

## Minutes

  - Subject to minor wording changes, attendees agreed to the following.
  - The licence field shall become three fields: declared, concluded and found.
  - Each field must hold one expression; tools should reject a list.
  - A tool should report an unknown identifier rather than drop it.
  - Send the revised text to the list by Friday.
  - Update the examples in the appendix.
"""


def test_a_page_named_by_its_day_under_who_attended_is_minutes(tmp_path):
    kind, why = kind_of(tmp_path, "legal/2011/2011-01-14.md", DAY_PAGE)
    assert kind is Kind.REVIEW, why
    assert "2011-01-14" in why


ATTENDANCE_LINE = """  - Attendance - 13
  - Minutes from the previous call approved

## Technical Team Report

  - Ann and Bo created a list of key issues that must be addressed before the beta.
  - Finalize the exchange format.
  - Clean up the grammar.
  - Cy drafted a spreadsheet view of the file format. Will circulate.

## Business Team Report

  - Need coordinator volunteers. Members should reply on the list.
  - Next issue in the queue is defining the process to add a licence to the list.
"""


def test_names_one_word_to_a_line_under_attendees_are_who_came(tmp_path):
    page = DAY_PAGE.replace("Ann Lee (Widget Co)", "Ann").replace("Bo Chan (Gadget Ltd)", "Bo")
    page = page.replace("Cy Park (Sprocket Inc)", "Cy").replace("Dee Ray (Example Org)", "Dee")
    kind, why = kind_of(tmp_path, "legal/2017/2017-12-21.md", page)
    assert kind is Kind.REVIEW, why
    assert "minutes of a meeting held on 2017-12-21" in why, why


def test_a_page_named_by_its_day_opening_with_its_attendance_is_minutes(tmp_path):
    kind, why = kind_of(tmp_path, "general/2011/2011-02-10.md", ATTENDANCE_LINE)
    assert kind is Kind.REVIEW, why


HOW_WE_MEET = """# How we run our meetings

## Purpose

This procedure says how the group plans, holds and records its meetings.

## Attendees

The chair shall invite every member. Participants must send apologies before the meeting.

## Agenda

1. Circulate the agenda a week before the meeting.
2. Collect items from members.

## Minutes

1. Record who attended and what was agreed.
2. Send the minutes to members within five days.
3. File the approved minutes in the records folder.
"""


def test_a_procedure_on_running_meetings_stays_a_procedure(tmp_path):
    kind, why = kind_of(tmp_path, "procedures/how-we-run-our-meetings.md", HOW_WE_MEET)
    assert kind is Kind.PROCEDURE, why


def test_a_dated_procedure_on_running_meetings_stays_a_procedure(tmp_path):
    # a date in its name (its issue) and an "Attendees" heading over sentences name no one who came
    # (its five minutes words over a dated name still give it "minutes vocabulary", as before this change)
    kind, why = kind_of(tmp_path, "procedures/2024-03-12 how-we-run-our-meetings.md", HOW_WE_MEET)
    assert "minutes of a meeting held" not in why, why


WITH_MEETING_SECTION = """# Corrective action procedure

## Purpose

This procedure sets out how nonconformities are corrected.

## Procedure

1. Record the nonconformity in the corrective action log.
2. Investigate the root cause within ten working days.
3. Agree the action with the process owner.
4. Verify the action was effective before closing it.

## Meeting

The quality manager shall review open actions at the monthly quality meeting. Attendees must bring their open
actions.
"""


def test_a_procedure_with_a_meeting_section_stays_a_procedure(tmp_path):
    kind, why = kind_of(tmp_path, "qms/2024-01-15 corrective-action-procedure.md", WITH_MEETING_SECTION)
    assert kind is Kind.PROCEDURE, why


def test_names_then_the_discussion_under_one_attendees_heading_are_who_came(tmp_path):
    # spdx legal/2012-04-18: the names, then the discussion written under the same heading, no heading between
    page = DAY_PAGE.replace("## Minutes\n\n", "The meeting discussion was focused on the list.\n\n")
    page += "".join(f"  - Item {i}: send the proposal to the wider team for review.\n" for i in range(8))
    kind, why = kind_of(tmp_path, "legal/2012/2012-04-18.md", page)
    assert kind is Kind.REVIEW, why
    assert "minutes of a meeting held on 2012-04-18" in why, why
