"""A procedure's steps can be shown by a log with a column per step: a change log whose 'Requested',
'Risk rating', 'Approved on', 'Implemented on' and 'Closed on' columns are the stages of the change procedure.
Each row is one pass through the procedure; a step is shown in a row when its column is filled with something
other than 'Pending' or 'Not started'. A row that records a later step while an earlier one is blank skipped
that step (a change implemented with no approval on record): that is drift. gapscan checked steps only against
checklists and said the change log held "nothing this claim can be checked against"."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR06

PROC = ("# CH-02 Change procedure\n\nEvery change is tracked in the change log.\n\n## Steps\n\n"
        "1. **Request** – The requester raises the change with a reason.\n"
        "2. **Risk rating** – The change owner rates the likelihood and impact.\n"
        "3. **Approval** – The change board approves or rejects the change.\n"
        "4. **Implementation** – The engineer implements the approved change in the agreed window.\n"
        "5. **Closure** – The owner closes the change after a post-change review.\n")
HEADER = ["Change ID", "Title", "Requested", "Risk rating", "Approved on", "Implemented on", "Closed on"]


def _day(n: int) -> dt.date:
    return dt.date(2026, 3, 1) + dt.timedelta(days=n)


def _row(i: int, approved: bool = True, done: int = 5):
    cells = [f"CHG-{i:03}", f"Change {i}", _day(i), "Medium", _day(i + 2) if approved else "Pending",
             _day(i + 4), _day(i + 6)]
    for k in range(2 + done, len(cells)):  # steps after `done` not reached yet
        cells[k] = "" if k != 4 else "Pending"
    return cells


def _steps_check(scan, rows):
    scan.write("procedures/CH-02 Change procedure.md", PROC)
    scan.csv("records/Change log.csv", HEADER, rows)
    _, result = scan.run()
    (check,) = [c for c in result.claims["procedures/CH-02 Change procedure.md"] if c.kind == "steps"]
    return check


def test_changes_implemented_with_no_approval_on_record_skip_a_step(scan):
    rows = [_row(i) for i in range(1, 5)] + [_row(i, approved=False) for i in range(5, 8)]
    check = _steps_check(scan, rows)
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert check.record == "records/Change log.csv"
    assert "3 of 7" in check.detail and "Approval" in check.detail, check.detail
    (f,) = scan.findings(DR06)
    assert f.metrics["rows_skipping"] == 3 and f.metrics["rows"] == 7
    skipped = [ev for ev in f.evidence if ev.path == "records/Change log.csv"]
    assert skipped and all(ev.location.column == "Approved on" for ev in skipped), skipped
    assert sorted(ev.location.row for ev in skipped) == [6, 7, 8]


def test_changes_still_under_way_skip_nothing(scan):
    rows = [_row(1), _row(2), _row(3, done=4), _row(4, done=3), _row(5, approved=False, done=2)]
    check = _steps_check(scan, rows)
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert check.record == "records/Change log.csv"
    assert "5 of 5 steps" in check.detail, check.detail


def test_a_log_whose_columns_are_not_the_steps_still_checks_nothing(scan):
    scan.write("procedures/CH-02 Change procedure.md", PROC)
    scan.csv("records/Change log.csv", ["Date", "Host", "Done by"], [[_day(i), "web-1", "AB"] for i in range(5)])
    _, result = scan.run()
    (check,) = [c for c in result.claims["procedures/CH-02 Change procedure.md"] if c.kind == "steps"]
    assert check.status is ClaimStatus.NOT_CHECKABLE, check.detail


def test_a_column_sharing_a_word_with_an_instruction_is_not_its_step(scan):
    proc = ("# AD-01 Admin removal\n\nEvery decision is recorded in the decision log.\n\n## Steps\n\n"
            "1. Open a public issue describing the concern.\n2. Record the factual basis and the decision asked for.\n"
            "3. Give the admin a chance to respond.\n4. Hold a vote and record the approvers.\n"
            "5. Update the access records.\n")
    scan.write("procedures/AD-01 Admin removal.md", proc)
    scan.csv("records/Decision log.csv", ["Date", "Decision ID", "Summary", "Decision", "Approvers"],
             [[_day(i), f"GOV-{i}", f"summary {i}", f"decision {i}", "AB, CD"] for i in range(6)])
    _, result = scan.run()
    (check,) = [c for c in result.claims["procedures/AD-01 Admin removal.md"] if c.kind == "steps"]
    assert check.status is ClaimStatus.NOT_CHECKABLE, check.detail


def test_a_column_naming_an_instructions_action_is_its_step(scan):
    proc = ("# CH-03 Minor change\n\nEvery change is tracked in the change log.\n\n## Steps\n\n"
            "1. Request the change with a reason.\n2. Approve the change at the weekly board.\n"
            "3. Implement the change in the agreed window.\n")
    scan.write("procedures/CH-03 Minor change.md", proc)
    rows = [[f"CHG-{i}", _day(i), _day(i + 1) if i % 2 else "", _day(i + 2)] for i in range(6)]
    scan.csv("records/Change log.csv", ["Change ID", "Requested", "Approved", "Implemented"], rows)
    _, result = scan.run()
    (check,) = [c for c in result.claims["procedures/CH-03 Minor change.md"] if c.kind == "steps"]
    assert check.status is ClaimStatus.DRIFTED and "3 of 6" in check.detail, check.detail
