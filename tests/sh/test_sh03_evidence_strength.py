"""SH03 speaks as a finding only on a document that calls itself a management review (in its file name or title).
Held out, every SH03 on minutes named otherwise was wrong (a board's extract of minutes, a certification review,
an audit committee's report, a council's sync meeting, members' general meetings: 9 of 9), while the ones on
documents named a management review were right. Minutes under another name, read the same way, give a lead
(info, said so in the message and the metrics): whether that meeting is the system's management review is
not shown."""
from __future__ import annotations

from gapscan.model import Severity
from shbuild import sh03, written

BODY = """# {title}

| Field | Value |
|---|---|
| Date | 2026-06-18 |
| Chair | Dana Cho |

## Summary

- The internal audit findings were reviewed and three remain open.
- Two corrective actions are overdue and were given new dates.
- The document register was updated with the new revision numbers.
- The certification body confirmed the surveillance audit date.
- The quality manual was reissued at revision 7.
"""


def _findings(tmp_path, name, title):
    return sh03(written(tmp_path, name, BODY.format(title=title)))


def test_minutes_named_otherwise_are_a_lead(tmp_path):
    [f] = _findings(tmp_path, "board-2026-06.md", "Board of Directors — Minutes")
    # before: a warning, "this management review"
    assert f.severity is Severity.INFO and f.metrics["strength"] == "lead"
    assert f.message.startswith("Lead, not a finding:")
    assert "management review" in f.metrics["lead_reason"]


def test_a_document_named_a_management_review_is_a_finding(tmp_path):
    for name, title in (("management-review-minutes.md", "Minutes"), ("2026-06-18.md", "ISMS Management Review")):
        [f] = _findings(tmp_path, name, title)
        assert f.severity is Severity.WARNING and f.metrics["strength"] == "finding"
        assert not f.message.startswith("Lead")
