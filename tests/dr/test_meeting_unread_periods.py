"""A file named for the meeting and dated, filed beside its minutes but read as a procedure or a page, still shows
the meeting of its period: that period is no period without minutes.

The shape (drhold28, electron/governance@0939245): wg-releases/meeting-notes/ holds 55 files of the Releases WG's
notes; 52 were read as minutes, 3 (2020-06-17, 2020-09-09, 2020-10-14: notes with imperative action items) as
procedures. DR02 on 'a 1 hour weekly sync meeting' named the weeks of those three among the weeks without minutes.
Files dated outside the span of the minutes leave the span as it is.
"""
from __future__ import annotations

from .test_meeting_series_partly_read import RULES, days, run, write  # noqa: F401


def test_a_period_whose_file_was_read_as_a_page_is_not_without_minutes(scan):
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 2, 3, 4, 6, 7, 9, 10, 12]))
    write(scan, "board-meeting", "Board Meeting", days([5, 8]))
    findings, checks = run(scan, set(read))
    assert len(checks) == 1, [(c.status, c.detail) for c in checks]
    metrics = checks[0].metrics
    assert metrics["periods"] == 12 and metrics["periods_missed"] == 1, metrics
    assert "May" not in checks[0].detail and "August" not in checks[0].detail, checks[0].detail
    # the intervals too: no gap of two months where the file of the month between was read as a page
    assert metrics["dated_entries"] == 11 and metrics["minutes_files"] == 11, metrics
    assert "counting 2 files named for the meeting" in checks[0].detail, checks[0].detail


def test_a_page_dated_outside_the_span_does_not_widen_it(scan):
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 2, 3, 4, 6, 7, 9, 10, 12]))
    scan.write("minutes/2023-03-12-board-meeting.md", "# Board Meeting 2023-03-12\n\n## Business\n\nApproved.\n")
    findings, checks = run(scan, set(read))
    metrics = checks[0].metrics
    assert metrics["periods"] == 12 and metrics["periods_missed"] == 3, metrics


NOTES = """# Releases WG

Date: {day}

## Members

- Ana Ruiz, Ben Cole

## Backport Requests

- feat: add an option. Verdict: approved.
"""


def test_notes_named_by_their_folder_and_read_as_pages_count_too(scan):
    # the notes name no meeting in their file name or title ('2024-05-12.md', 'Releases WG'): the series is named
    # by the folder, and so are the notes read as pages
    scan.write("procedures/board.md", RULES.replace("The Board meets monthly.",
                                                    "The Releases WG meets monthly."))
    read = []
    for m in range(1, 13):
        path = f"wg-releases/meeting-notes/2024-{m:02d}-12.md"
        scan.write(path, NOTES.format(day=f"2024-{m:02d}-12"))
        if m not in (5, 8):
            read.append(path)
    findings, checks = run(scan, set(read))
    assert len(checks) == 1, [(c.status, c.detail) for c in checks]
    metrics = checks[0].metrics
    assert metrics["periods"] == 12 and metrics["periods_missed"] == 0, (metrics, checks[0].detail)


def test_a_page_named_by_a_month_alone_is_no_meeting_of_its_folder(scan):
    # '2024-05.md' ('ongoing chat discussions', dated by a day in its text) is a month's notes, not a meeting
    scan.write("procedures/board.md", RULES.replace("The Board meets monthly.",
                                                    "The Releases WG meets monthly."))
    read = []
    for m in range(1, 13):
        if m == 5:
            scan.write("wg-releases/meeting-notes/2024-05.md",
                       "# 2024-05 - ongoing chat discussions\n\nOn 2024-05-20 we talked about the release.\n")
            continue
        path = f"wg-releases/meeting-notes/2024-{m:02d}-12.md"
        scan.write(path, NOTES.format(day=f"2024-{m:02d}-12"))
        read.append(path)
    findings, checks = run(scan, set(read))
    metrics = checks[0].metrics
    assert metrics["periods"] == 12 and metrics["periods_missed"] == 1, (metrics, checks[0].detail)


def test_the_record_named_counts_the_files_it_counted(scan):
    # electron/governance (drhold28, in sample): "minutes of the Release WG meeting (52 files in
    # wg-releases/meeting-notes/)" named the record while its message counted 73 files, 21 of them read as pages:
    # the record named says the files counted, and how many of them were read as something else
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 2, 3, 4, 6, 7, 9, 10, 12]))
    write(scan, "board-meeting", "Board Meeting", days([5, 8]))
    findings, checks = run(scan, set(read))
    assert checks[0].record.startswith("minutes of the Board Meeting (11 files") \
        and "2 of them read as pages or procedures" in checks[0].record, checks[0].record


def test_one_file_read_as_a_page_is_said_as_one(scan):
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]))
    write(scan, "board-meeting", "Board Meeting", days([8]))
    findings, checks = run(scan, set(read))
    assert checks[0].record.endswith("(12 files in minutes/, 1 of them read as a page or procedure)"), \
        checks[0].record
