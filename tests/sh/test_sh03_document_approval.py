"""SH03 and the minutes of a meeting held to approve documents. A held-out HIPAA programme's steering
committee met to approve its new policy suite; the minutes (approved 15 of 24 policies, consolidated 41 old
documents) were called a management review "100% about paperwork". Approving policies is that meeting's
job: a meeting named for approving or reviewing policies, procedures or documents is not the management
review SH03 reads. The same talk under a management review's name is still reported."""
from __future__ import annotations

from shbuild import sh03, written

BODY = """# {title}

| Field | Value |
|---|---|
| Date | 2026-06-18 |
| Chair | Dana Cho |

## Summary

- The committee approved fifteen of the twenty-four policies.
- The remaining nine policies will be approved at the next meeting after revision.
- Forty-one legacy documents were withdrawn and archived.
- The document register was updated with the new revision numbers.
- The access control policy was approved with one change to its review date.
"""


def _findings(tmp_path, name, title):
    return sh03(written(tmp_path, name, BODY.format(title=title)))


def test_minutes_of_a_policy_approval_meeting_are_not_a_management_review(tmp_path):
    # before: "5 of 5 topical sentences (100%) of this management review are about paperwork"
    assert _findings(tmp_path, "policy-approval-minutes.md", "Policy Approval — Minutes") == []
    assert _findings(tmp_path, "minutes-2026-06.md", "Document Review Board — Minutes") == []


def test_the_same_talk_in_a_management_review_is_reported(tmp_path):
    found = _findings(tmp_path, "management-review-minutes.md", "Management Review — Minutes")
    assert len(found) == 1 and "paperwork" in found[0].message
