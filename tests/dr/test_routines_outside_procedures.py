"""A routine stated outside a procedure is checked too: a roster page or a README that says "the full board
meets once per month" or "the keys are audited every month" states a cadence an auditor would sample.

The shape on a hackspace's governance folder (HACManchester/documentation@03cc419, docs/governance): the page on
the board's members and minutes (classified "other": a roster) says the full board meets about once a month,
beside the dated board minutes. Claims were read only from procedures, so the routine was never checked.

Only cadences are read from such a page: its forms, roles, fields and steps are not claims (a README's "How to
use" list is no procedure), and minutes are the evidence, not a source of claims.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import ClaimStatus, Kind
from gapscan.rules.dr import DR02

ROSTER = """# Board members

- Ana Ruiz (Chair)
- Ben Cole (Treasurer)
- Cy Park

## Board minutes

Full board meetings take place once per month. Fill in the expenses form before each meeting.
The Treasurer approves all spending.
"""

MINUTES = """# {day}

## Business

- Present: Ana Ruiz, Ben Cole, Cy Park
- Chair: Ana Ruiz

The budget for the bandsaw was approved. Full board meetings take place once per month.
Meeting adjourned at 9pm.
"""

FORM = """# Expenses form

| Date | Item | Amount | Approved by |
|---|---|---|---|
| | | | |
"""


def run(scan, page_kind=Kind.OTHER):
    docs = []
    for d in scan.documents():
        if d.path.startswith("board_minutes/20"):
            d = replace(d, kind=Kind.REVIEW)
        elif d.path == "board_minutes/board_members.md":
            d = replace(d, kind=page_kind)
        docs.append(d)
    from gapscan.drift import analyze
    from gapscan.rules.base import Context

    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), result


def write(scan, days):
    scan.write("board_minutes/board_members.md", ROSTER)
    scan.write("forms/expenses.md", FORM)
    for day in days:
        scan.write(f"board_minutes/{day.year}/{day.isoformat()}.md", MINUTES.format(day=day.isoformat()))


GAPPY = [dt.date(2023, m, 10) for m in range(1, 13)] + [dt.date(2024, m, 12) for m in (1, 12)]


def test_a_roster_pages_meeting_cadence_is_checked_against_the_minutes(scan):
    write(scan, GAPPY)
    findings, result = run(scan)
    assert len(findings) == 1, [(c.procedure, c.status, c.detail) for c in result.checks]
    f = findings[0]
    assert f.path == "board_minutes/board_members.md"
    assert f.metrics["meetings_found"] == 14, f.metrics
    assert "Jun 2024" in f.message, f.message


def test_a_kept_routine_on_a_page_holds(scan):
    write(scan, [dt.date(y, m, 10) for y in (2023, 2024) for m in range(1, 13)])
    findings, result = run(scan)
    assert findings == []
    page = [c for c in result.checks if c.procedure == "board_minutes/board_members.md"]
    assert [c.status for c in page] == [ClaimStatus.HOLDS], [(c.status, c.detail) for c in page]


def test_only_cadences_are_read_from_a_page(scan):
    write(scan, GAPPY)
    _, result = run(scan)
    page = [c for c in result.checks if c.procedure == "board_minutes/board_members.md"]
    assert {c.claim.kind for c in page} == {"frequency"}, [(c.claim.kind, c.claim.text) for c in page]
    # the page carries the cadence its minutes contradict, with a drift score, so the summary's drift rests on
    # what the DR02 finding says; its links stay the procedures'
    page_claims = result.claims["board_minutes/board_members.md"]
    assert [(c.kind, c.status) for c in page_claims] == [("frequency", ClaimStatus.DRIFTED)]
    assert result.scores["board_minutes/board_members.md"] == 100.0
    assert "board_minutes/board_members.md" not in result.links


def test_a_pages_cadence_no_record_shows_is_not_reported(scan):
    scan.write("board_minutes/board_members.md", ROSTER)
    scan.write("forms/expenses.md", FORM)
    _, result = run(scan)
    # a README's "meets once per month" with no minutes at all is no procedure's promise: nothing to report
    assert "board_minutes/board_members.md" not in result.claims
    assert "board_minutes/board_members.md" not in result.scores


def test_minutes_and_records_give_no_claims(scan):
    write(scan, GAPPY)
    # the page read as minutes records a meeting held (who was present): minutes are evidence, not claims. (A page
    # read as minutes that records none, as the roster alone does, states cadences as a page: drift.prepare,
    # test_meeting_schedule_fields)
    (scan.root / "board_minutes/board_members.md").write_text(
        ROSTER.replace("# Board members", "# Board members\n\nPresent: Ana Ruiz, Ben Cole, Cy Park"), encoding="utf-8")
    _, result = run(scan, page_kind=Kind.REVIEW)
    assert not [c for c in result.checks if c.procedure.startswith("board_minutes/")], \
        [(c.procedure, c.claim.text) for c in result.checks]
