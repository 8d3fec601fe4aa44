"""An agenda the notes of its meeting were written into ("Agenda for the January 16th video call ..." with "## Meeting
Notes" and "### Attendees" over the names of those who came; the shape of WebAssembly/meetings, drhold29) is the
minutes of that meeting: before, its name said 'agenda' and its header no 'Date:', so every file was dropped and the
group's minutes formed no series. An agenda written ahead, its notes heading empty or holding a placeholder, is still
no minutes. And a page on how meetings are run ("Participants should not use automated transcription ...") records
no meeting held: 'Participants' there opens a sentence, not a list of who came."""
from __future__ import annotations

import datetime as dt

from gapscan import meetings
from .minutes_series import as_minutes

HEAD = """# Agenda for the {when} video call of the Loom Community Group

- **Where**: video conference
- **When**: {when}, 5pm-6pm UTC

## Agenda items

1. Opening, welcome and roll call
1. Proposals and discussions
1. Closure

"""

TAKEN = HEAD + """## Meeting Notes

### Attendees

- Ana Ruiz
- Tom Beck
- Lee Ward

### Proposals and discussions

The thread-safety proposal moved to phase two after a short poll; nobody objected.
"""

AHEAD = HEAD + """## Meeting Notes

To be filled in after the meeting.

### Attendees

### Proposals and discussions

### Closure
"""


def write(scan, days, text) -> None:
    for d in days:
        scan.write(f"main/2024/CG-{d:%m-%d}.md", text.format(when=f"{d:%B} {d.day}th"))


def test_agendas_holding_their_notes_are_the_minutes(scan):
    taken = [dt.date(2024, m, 16) for m in (1, 2, 3, 4)]
    write(scan, taken, TAKEN)
    write(scan, [dt.date(2024, 5, 14)], AHEAD)  # the next meeting's agenda, written ahead
    (found,) = meetings.series_of(as_minutes(scan.documents()))
    # before: no series at all (every file named an agenda)
    assert [d for d, _, _ in found.meetings] == taken


def test_agendas_written_ahead_are_no_minutes(scan):
    write(scan, [dt.date(2024, m, 16) for m in (1, 2, 3)], AHEAD)
    assert meetings.series_of(as_minutes(scan.documents())) == ()


def test_an_attendance_list_holding_a_placeholder_is_no_notes_taken(scan):
    # wasm CG-2026-08 (kinds24): an agenda not yet held, "### Attendees" over "- TBD", read as held minutes
    text = HEAD + "## Meeting Notes\n\n### Attendees\n\n- TBD\n\n### Proposals and discussions\n"
    write(scan, [dt.date(2024, m, 16) for m in (1, 2, 3)], text)
    assert meetings.series_of(as_minutes(scan.documents())) == ()


def test_names_after_the_attendance_label_are_notes_taken(scan):
    text = HEAD + "## Minutes\n\nAttendees: Ana Ruiz, Tom Beck\n"
    write(scan, [dt.date(2024, 1, 16), dt.date(2024, 2, 16), dt.date(2024, 3, 16)], text)
    (found,) = meetings.series_of(as_minutes(scan.documents()))
    assert len(found.meetings) == 3


PROCESS = """# Virtual meetings

The full group meets in video conferences every two weeks. The agenda and notes are kept in this repository.

## Meeting notes and transcripts

Participants should not use automated transcription, note-taking, or recording tools without permission from the
chairs and the other attendees.
"""


def test_a_sentence_opening_participants_names_no_one_present(scan):
    scan.write("process/vc-meetings.md", PROCESS)
    (doc,) = [d for d in scan.documents() if d.path == "process/vc-meetings.md"]
    # before: True ('Participants' at the head of a line read as the list of who came)
    assert not meetings.held_meeting(doc)
    listed = PROCESS.replace("Participants should", "Participants: Ana Ruiz, Tom Beck\n\nThey should")
    scan.write("process/kickoff.md", listed)
    (kickoff,) = [d for d in scan.documents() if d.path == "process/kickoff.md"]
    assert meetings.held_meeting(kickoff)
