"""A body the procedure names is one of its own anchors however it is written after its first mention: a board named
by what it does ("Change Advisory Board", like a committee), and the acronym the text gives a team or body of its own
("the Health Protection Team (HPT)" ... "the HPT meets weekly"). Before, the change procedure below named no anchor at
all in its steps (issue 8, corpus row h214: operational by both labels, called mirrored). A generic team keeps its
generic reading under its acronym ("Incident Response Team (IRT)"), and a board alone is no body ("the Kanban
board")."""
from __future__ import annotations

from cm_helpers import procedure
from gapscan.nlp.mirroring import analyze

STEPS = """
# Change Procedure

## Procedure

1. Medium and high risk changes go to the Change Advisory Board (CAB) for review.
2. The CAB meets on Tuesdays and records its decision.
3. The Health Protection Team (HPT) is told of changes to the clinic systems.
4. The HPT confirms the clinic can run during the change.
"""

GENERIC = """
# Incident Procedure

## Procedure

1. Incidents go to the Incident Response Team (IRT).
2. The IRT reviews each incident and the outcome is recorded.
3. Work items are moved across the Kanban board.
"""


def test_a_board_named_by_its_work_and_a_bodys_acronym_are_teams(tmp_path):
    a = analyze(procedure(tmp_path, "change.md", STEPS), use_model=False)
    assert a.anchors["team"] == 4, a.anchor_examples
    assert {"Change Advisory Board", "CAB", "HPT"} <= set(a.anchor_examples["team"]), a.anchor_examples


def test_a_generic_team_and_a_plain_board_stay_out(tmp_path):
    a = analyze(procedure(tmp_path, "incident.md", GENERIC), use_model=False)
    assert a.anchors["team"] == 0, a.anchor_examples
