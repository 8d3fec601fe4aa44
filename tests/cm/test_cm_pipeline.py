"""The spaCy pipeline's own components: anchors, standard-speak, organization-as-actor, clause refs."""
from __future__ import annotations

import pytest

from gapscan.nlp.pipeline import ANCHOR_TYPES, get_nlp


def spans(text: str, group: str) -> list[tuple[str, str]]:
    doc = get_nlp()(text)
    return [(s.text, s.label_) for s in doc.spans[group]]


def test_pipeline_is_built_once_and_blank():
    nlp = get_nlp()
    assert nlp is get_nlp()
    assert nlp.pipe_names == ["sentencizer", "gapscan_cues"]


@pytest.mark.parametrize("text, expected", [
    ("The Shift Lead checks the parts.", ("Shift Lead", "role")),
    ("Call the Maintenance Planner.", ("Maintenance Planner", "role")),
    ("The hygiene team washes the line.", ("hygiene team", "team")),
    ("Book the goods in SAP.", ("SAP", "system")),
    ("Post it on the Teams channel.", ("Teams", "system")),
    ("Requisitions are raised in Coupa by the requester.", ("Coupa", "system")),
    ("Measure the bore on the CMM.", ("CMM", "equipment")),
    ("Use the torque wrench.", ("torque wrench", "equipment")),
    ("Move the pallet to Bay 4.", ("Bay 4", "place")),
    ("Put it in the quarantine cage.", ("quarantine cage", "place")),
    ("Accept 43-47 Nm only.", ("43-47 Nm", "quantity")),
    ("Keep it below 5 °C.", ("5 °", "quantity")),
    ("Reply within 2 working days.", ("2 working days", "duration")),
    ("Check it at 08:00.", ("08:00", "duration")),
    ("Check it every Monday.", ("every Monday", "duration")),
    ("Record it on form QF-11.", ("form QF-11", "form")),
    ("See record F-8.5-01 for details.", ("F-8.5-01", "form")),
    ("Write it in the Goods-In Log.", ("Goods-In Log", "form")),
    ("Quarantine the batch.", ("Quarantine", "decision")),
])
def test_operational_anchors(text, expected):
    assert expected in spans(text, "anchors")
    assert expected[1] in ANCHOR_TYPES


def test_standard_references_are_not_forms_and_top_management_is_not_a_role():
    found = spans("Top management reviews ISO-9001 and ISO 14001 compliance.", "anchors")
    assert not any(label in ("form", "role") for _, label in found)


def test_standard_speak_phrases_and_modal_patterns():
    found = spans("Documented information shall be retained for interested parties, as applicable.", "speak")
    texts = {t.lower() for t, _ in found}
    assert {"documented information", "shall be retained", "interested parties", "as applicable"} <= texts


@pytest.mark.parametrize("text, actor", [
    ("The organization shall determine the issues.", "organization shall"),
    ("Top management shall ensure the policy is set.", "Top management shall"),
    ("The company is responsible for training.", "company is responsible"),
    ("Records shall be kept by the organisation.", "by the organisation"),
])
def test_organization_as_actor(text, actor):
    assert actor in [t for t, _ in spans(text, "org_actor")]


def test_named_roles_are_not_organization_actors():
    assert spans("The Quality Manager shall approve the plan.", "org_actor") == []
    assert spans("The company is based in Leeds.", "org_actor") == []


@pytest.mark.parametrize("text, ref", [
    ("Clause 8.4 Control of suppliers", "Clause 8.4"),
    ("Section 8.4: suppliers", "Section 8.4"),
    ("8.4.1 General", "8.4.1"),
    ("see A.5.15 for access", "A.5.15"),
])
def test_clause_references(text, ref):
    assert ref in [t for t, _ in spans(text, "clause_ref")]
