"""Minutes that stop are judged stopped even when some files of the meeting inside the span of its minutes were read
as pages or procedures: dated there by their names, they are counted among the minutes and cannot hold later ones.

The shape (drhold28, electron/governance@0939245): the Releases WG's notes stop at 2021-04-14 while the set's other
minutes run to 2022 and the README still says weekly; 21 of the group's dated notes were read as pages or
procedures, and _minutes_stopped was skipped whenever a series had any such file. A file read as a page that is
undated, or dated after the last minutes, may still hold the later minutes: then nothing is judged stopped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import ClaimStatus, Kind

from .test_meeting_minutes_stopped import _visits
from .test_meeting_series_partly_read import RULES, days, write


def _run(scan, read_as_minutes):
    from gapscan.drift import analyze
    from gapscan.engine import profile_records

    docs = [replace(d, kind=Kind.REVIEW) if d.path in read_as_minutes else d for d in scan.documents()]
    profiles = profile_records([d for d in docs if d.kind is Kind.RECORD], None, 1)
    result = analyze(docs, profiles)
    return [c for c in result.checks if c.rule == "DR02" and c.claim.phrase == "monthly"]


def test_minutes_that_stop_are_judged_though_a_file_inside_their_span_was_read_as_a_page(scan):
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]))
    page = write(scan, "board-meeting", "Board Meeting", days([5]))
    _visits(scan, dt.date(2026, 3, 20))
    docs = {d.path: d.kind for d in scan.documents()}
    assert docs[page[0]] is not Kind.REVIEW  # the May file reads as something else than minutes
    checks = _run(scan, set(read))
    assert len(checks) == 1 and checks[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
    assert checks[0].metrics["stopped"] and "no minutes since 2024-12-12" in checks[0].detail, checks[0].detail


def test_a_file_read_as_a_page_dated_after_the_minutes_may_hold_the_later_ones(scan):
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days(list(range(1, 13))))
    scan.write("minutes/2025-06-12-board-meeting.md", "# Board Meeting 2025-06-12\n\n## Business\n\nApproved.\n")
    _visits(scan, dt.date(2026, 3, 20))
    checks = _run(scan, set(read))
    assert len(checks) == 1 and not checks[0].metrics.get("stopped"), [(c.status, c.detail) for c in checks]


def test_a_cadence_on_a_page_filed_as_archived_is_not_judged_stopped(scan):
    # electron/governance's archived/2021-02-22/wg-qa/README.md: "Every 4 weeks", the QA WG's notes end 2020-11,
    # the group was archived; other groups' notes run to 2022. Its minutes ending is the group's end, not drift
    from .test_meeting_minutes_stopped import _quarters, first_mondays, minutes

    rules = "# QA WG\n\n## Meetings\n\nThe QA WG meets monthly.\n"
    for folder in ("archived/2023-03-01/wg-qa", "wg-qa"):
        scan.write(f"{folder}/README.md", rules)
        minutes(scan, f"{folder}/minutes", "QA WG Meeting", first_mondays(2022, list(range(1, 13))))
        minutes(scan, "minutes/safety", "Safety Committee Meeting", _quarters(2022, dt.date(2024, 10, 7)))
        docs = [replace(d, kind=Kind.REVIEW) if "minutes" in d.path else replace(d, kind=Kind.OTHER)
                for d in scan.documents() if d.path.startswith((folder, "minutes/"))]
        from gapscan.drift import analyze

        checks = [c for c in analyze(docs, {}).checks if c.procedure == f"{folder}/README.md"]
        assert len(checks) == 1, [(c.status, c.detail) for c in checks]
        stopped = checks[0].metrics.get("stopped")
        # the same page and minutes outside an archive folder are judged stopped (the test's control)
        assert stopped is (folder == "wg-qa"), (folder, checks[0].detail)
