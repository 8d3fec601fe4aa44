"""Who a procedure makes responsible: only a role that is told to act, not one a sentence describes.

The shape of a wrong DR05 read on a held-out set (docs/SCORING.md, December 2026): a learning page's
"Failing Stage 2 ... means the auditor issues a non-conformity report" (the certification body's auditor)
was read as a responsibility and checked against the risk register's 'Risk Owner' column.
"""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _roles(sentence: str) -> dict[str, str]:
    return {c.role: c.action for c in claims_in_text(sentence) if c.kind == "role"}


@pytest.mark.parametrize("sentence", [
    # what something means or leads to: the role's act is told, not assigned
    "Failing Stage 2 with a major non-conformity means the auditor issues a non-conformity report, "
    "and the company must remediate.",
    "A failed test implies the inspector records the defect and quarantines the batch.",
    "The diagram shows the Lead Auditor reviews the evidence on site.",
])
def test_a_role_in_a_described_consequence_is_no_responsibility(sentence):
    assert _roles(sentence) == {}


def test_a_role_whose_act_triggers_the_step_is_not_the_one_responsible_for_it():
    roles = _roles("When the auditor issues a non-conformity report, the Quality Manager raises a corrective "
                   "action.")
    assert roles == {"Quality Manager": "raises"}
    roles = _roles("Once the technician completes the repair, the Shift Supervisor signs the permit.")
    assert roles == {"Shift Supervisor": "signs"}


@pytest.mark.parametrize("sentence,role,action", [
    ("The Shift Lead checks the guards at every start-up.", "Shift Lead", "checks"),
    ("After each internal audit the Quality Manager reviews the findings.", "Quality Manager", "reviews"),
    ("If a reading is out of limits, the Maintenance Technician calibrates the gauge.", "Maintenance Technician",
     "calibrates"),
    ("Concessions are signed by the Operations Director.", "Operations Director", "signed"),
])
def test_a_role_told_to_act_is_still_read(sentence, role, action):
    assert _roles(sentence).get(role) == action
