"""Two causes of a template read as the organisation's own procedure (issue 8, session 24).

A "shall" restated with nothing of the work in it ("Changes shall be tested in an isolated environment") is the
standard's voice: the verdict's obligation share counts only the obligations that name a role, system, number,
time limit or decision. And the label of a field left blank ("Legal Form: [TODO]", "Core Switch: [[ netbox... ]]")
names the template's blank, not a form or a piece of equipment the organisation has."""
from __future__ import annotations

import pytest

from cm_helpers import anchors, own, procedure
from gapscan.nlp.mirroring import analyze

RESTATED = """
# Change Management Policy

## Policy

Changes to information systems shall be controlled.
Changes shall be tested in a separate test environment before they are implemented.
Fall back procedures shall be documented for every change.
Emergency changes shall be reviewed after they are implemented.
The impact of a change on security shall be assessed and recorded.
Change requests should be evaluated and authorised before implementation.
"""

NAMED = """
# Change Management Procedure

## Steps

The developer shall raise each change as a ticket in Jira.
The Change Advisory Board shall approve the change within 2 working days.
The Operations Manager shall deploy the change on Tuesday evenings.
If the deployment fails, the on-call engineer shall roll back within 30 minutes.
Each change is listed in the weekly report.
Changes are tested on the staging server.
"""


def test_restated_shall_sentences_are_no_obligations_of_the_work(tmp_path):
    a = analyze(procedure(tmp_path, "restated.md", RESTATED))
    assert a.obligations == 6  # every sentence still has its "shall" (CM rules read these)
    assert a.features["obligation_share"] == 0.0  # before: 6 of 6 sentences, pulling the verdict to operational


def test_obligations_that_name_the_work_still_count(tmp_path):
    a = analyze(procedure(tmp_path, "named.md", NAMED))
    assert a.obligations == 4
    assert a.features["obligation_share"] == pytest.approx(4 / a.sentences)


@pytest.mark.parametrize("text, label", [
    ("Legal Form: [TODO]", "Legal Form"),
    ("Core Switch: [[ netbox.device.core_switch.name ]]", "Switch"),
])
def test_the_label_of_a_blank_field_is_the_templates(text, label):
    assert label in [t for t, _ in anchors(text)]  # the patterns alone find it
    assert label not in [t for t, _ in own(text)]


@pytest.mark.parametrize("text, label", [
    ("Core Switch: Cisco Nexus 9300 [TODO: add the second one]", "Switch"),
    ("Retention: 3 years", "3 years"),
])
def test_a_field_with_a_value_keeps_its_anchors(text, label):
    assert label in [t for t, _ in own(text)]


def test_immediately_alone_names_no_interval():
    # the incident template's sentence: before, "immediately" was a time limit, and beside it the generic
    # "IT Security Department" counted as the organisation's own team too
    text = "All detected events must be immediately reported to the IT Security Department."
    assert ("immediately", "duration") in anchors(text)
    assert own(text) == []


def test_immediately_beside_the_organisations_own_counts():
    assert ("immediately", "duration") in own("Access must be revoked in Okta immediately.")


@pytest.mark.parametrize("text", ["Evacuate the building immediately.", "Close the compressed air supply immediately."])
def test_immediately_in_an_instruction_is_the_works_own_step(text):
    assert ("immediately", "duration") in own(text)
