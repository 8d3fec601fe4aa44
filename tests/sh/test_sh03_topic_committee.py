"""SH03 and the minutes of a committee that meets about one subject. A held-out electronics reuse warehouse
keeps its monthly safety committee minutes (incidents reviewed, who follows each up, drills, the safety
inspection walk); SH03 called one of them "this management review ... about paperwork; it never discusses
margin, cost, throughput ... 0 decisions recorded": writing up a safe-work procedure after a cut hand is the
committee's business, and the action table named an owner for each incident. A committee named for safety
(health and safety, environment) is not the management review SH03 reads; the same talk under a management
review's name is still reported, and an action table's rows with an owner are decisions."""
from __future__ import annotations

from dataclasses import replace

from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.nlp.review import classify_sentences
from gapscan.rules.base import Context
from gapscan.rules.sh import SH03

BODY = """# {title}

**Date: 9/5/25**

**Attendees: Ana, Ben, Cy, Dee**

## 1. Review accidents during the month

|  | Actions to prevent future occurrence |  |  |
| :---- | :---- | :---- | :---- |
| Incident | Who has responsibility for follow up | What is to be done | Time frame for completion |
| Solvent spill | Ana | Write up the solvent handling procedure |  |
| Cut hand | Ben | Revise the blade change procedure |  |
|  |  |  |  |

## 2. Drills and reviews

- The evacuation procedure was reviewed.
- The lifting procedure was updated.
- The forklift procedure was revised.
"""


def _doc(tmp_path, name, title):
    path = tmp_path / name
    path.write_text(BODY.format(title=title), encoding="utf-8")
    return replace(parse_file(path, path.name), kind=Kind.REVIEW)


def _findings(tmp_path, name, title):
    return list(SH03.check(Context(documents=(_doc(tmp_path, name, title),))))


def test_safety_committee_minutes_are_not_a_management_review(tmp_path):
    # before: "5 of 5 topical sentences (100%) of this management review are about paperwork"
    assert _findings(tmp_path, "9 Safety Committee Meeting Minutes.md", "Safety Committee Meeting Minutes") == []
    assert _findings(tmp_path, "hs-committee-2025-09.md", "Health and Safety Committee — Minutes") == []
    assert _findings(tmp_path, "ehs-minutes.md", "EHS Committee Meeting") == []


def test_the_same_talk_in_a_management_review_is_reported(tmp_path):
    found = _findings(tmp_path, "management-review-minutes.md", "Management Review — Minutes")
    assert len(found) == 1 and "paperwork" in found[0].message
    found = _findings(tmp_path, "safety-mr.md", "Safety Committee — Management Review")
    assert len(found) == 1


def test_action_table_rows_with_an_owner_are_decisions(tmp_path):
    # before: "0 decisions recorded": the owner and the action sit in cells of their own
    sentences = classify_sentences(_doc(tmp_path, "management-review-minutes.md", "Management Review — Minutes"))
    decided = sorted(s.text for s in sentences if s.decision)
    assert decided == ["Revise the blade change procedure", "Write up the solvent handling procedure"]


PREVIOUS = """# Management Review Minutes 2026

Present: Ana, Ben

## 1 Actions from the previous review

| Action | Owner | Due | Status |
|---|---|---|---|
| Update QP-14 to new template | Ana | 30/11/2025 | Overdue |

## 2 Actions agreed

| Action | Owner | Due |
|---|---|---|
| Re-issue the document register | Ben | 31/05/2026 |
| Arrange the purchasing audit | Ana | 30/06/2026 |
"""


def test_actions_reported_from_an_earlier_meeting_are_not_decisions(tmp_path):
    path = tmp_path / "mr.md"
    path.write_text(PREVIOUS, encoding="utf-8")
    sentences = classify_sentences(replace(parse_file(path, path.name), kind=Kind.REVIEW))
    assert sorted(s.text for s in sentences if s.decision) == ["Arrange the purchasing audit", "Re-issue the document register"]
