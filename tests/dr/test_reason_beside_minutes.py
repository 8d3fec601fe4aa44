"""What a claim that cannot be checked is told when the set holds minutes but no working record.

The shape on Air-Light-Time-Space/wiki@5fd5150 (docs/SCORING.md, drhold20): "File tax returns: annual" and a CNC
manual's steps were "not checkable: no working records in the scan" beside 48 files of minutes. A client reads
that as "you handed over no records", which is false: the set holds records of its meetings, and none of them is
this claim's. The reason says what is true: no record is linked to the claim, and which records were there.
"""
from __future__ import annotations

from .test_meeting_minutes import MINUTES, first_mondays, run

DUTIES = """# Responsibilities

## Treasurer

- File the tax returns every year.
- Renew the fire permit every year.
"""


def test_a_claim_beside_minutes_is_not_told_there_are_no_records(scan):
    scan.write("procedures/responsibilities.md", DUTIES)
    for day in first_mondays(2024, [1, 2, 3, 4, 5, 6]):
        scan.write(f"minutes/{day.isoformat()}-Member_Meeting.md",
                   MINUTES.format(title=f"{day.isoformat()} Member Meeting", day=day.isoformat()))
    findings, checks = run(scan)
    assert findings == []
    assert checks, "the yearly duties are claims"
    for check in checks:
        assert "no working records in the scan" not in check.detail, check.detail
        assert "no record linked to this claim" in check.detail, check.detail
        # which records were considered: the minutes, by meeting and count
        assert "6 files of minutes" in check.detail and "Member Meeting" in check.detail, check.detail


def test_a_set_with_no_records_at_all_still_says_so(scan):
    scan.write("procedures/responsibilities.md", DUTIES)
    findings, checks = run(scan)
    assert findings == []
    assert checks and all(c.detail == "no working records in the scan" for c in checks), [c.detail for c in checks]
