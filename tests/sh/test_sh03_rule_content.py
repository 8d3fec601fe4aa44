"""SH03: members debating what their own rules say is not document paperwork, and a motion's result is a decision.

The shape of two wrong SH03 on held-out makerspace minutes (docs/SCORING.md, drhold7): a general meeting whose
"document status" sentences were the members arguing what a draft rule should cover (motorcycles in the parking
rule, members before guests in the resource rule), and whose seven motions, each closed by "Result: Passed with no
dissent", and task lines ("Task assigned to the President to ...") were counted as 0 decisions.
"""
from __future__ import annotations

import pytest

from gapscan.ingest import parse_file
from gapscan.nlp.review import classify_text

RULE_CONTENT = [
    "Two members asked that the parking policy also cover motorcycles.",
    "Sam was worried about the disposal part of the resource policy.",
    "The procedure gives members working on a project precedence over guests.",
    "Examples of when the rule applies would help people read the policy.",
]
STILL_PAPERWORK = [
    "The purchasing procedure was revised to issue 4.",
    "Three policies are past their review date.",
    "The safety policy was updated and reissued.",
    "The draft visitor policy was circulated for approval.",
    "Two procedures are overdue for review.",
]
DECISIONS = [
    ("Result: Passed with no dissent", True),
    ("**Result:** Carried", True),
    ("Passes by consensus", True),
    ("The motion was carried unanimously.", True),
    ("Task assigned to the Treasurer to move the recurring bills to the club account.", True),
    ("Tasks assigned to the President and the Secretary to answer the landlord.", True),
    ("The boiler passed its annual inspection.", False),
    ("Result: Motion tabled", False),
    ("Results of the survey were shared.", False),
]


@pytest.mark.parametrize("text", RULE_CONTENT)
def test_what_a_rule_says_is_not_document_status(text):
    topics, group, _ = classify_text(text)
    assert "document status" not in topics and group != "paperwork", (topics, group)


@pytest.mark.parametrize("text", STILL_PAPERWORK)
def test_a_document_being_revised_or_due_is_still_paperwork(text):
    topics, group, _ = classify_text(text)
    assert group == "paperwork", (topics, group)


@pytest.mark.parametrize("text,expected", DECISIONS)
def test_motion_results_and_assigned_tasks_are_decisions(text, expected):
    assert classify_text(text)[2] is expected


MINUTES = """# General Meeting 3 March 2025

Present: Ana, Ben, Cy, Dee, Eli

## 1. Motion to adopt the draft parking policy

- Ben asked that the policy also cover motorcycles and bicycles.
- Cy wanted the policy to say where visitors may park on weekends.
- Dee thought the policy should let members park overnight before events.

**Result:** Passed with no dissent

- Task assigned to Ana to add motorcycles to the policy.

## 2. Motion to adopt the draft storage policy

- Eli said the policy needs a rule for large projects left on the benches.
- Ben suggested the policy limit each member to one shelf.

**Result:** Passed with no dissent

## 3. Motion to renew the lease

**Result:** Passed with no dissent
"""


def test_members_debating_their_rules_is_not_a_paperwork_review(tmp_path):
    from gapscan.nlp.review import classify_sentences

    path = tmp_path / "meetings" / "2025-03-03.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(MINUTES, encoding="utf-8")
    doc = parse_file(path, tmp_path)
    sentences = classify_sentences(doc)
    paper = [s.text for s in sentences if s.group == "paperwork"]
    decisions = [s.text for s in sentences if s.decision]
    assert paper == [], paper
    assert len(decisions) >= 4, decisions


def test_a_coded_or_to_be_written_procedure_is_still_paperwork():
    for text in ("Prioritise the supplier procedure (QP-12) before the visit.",
                 "Write a procedure for the new press before it is used."):
        assert classify_text(text)[1] == "paperwork", classify_text(text)
