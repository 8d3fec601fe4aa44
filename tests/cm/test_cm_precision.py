"""Precision of the CM evidence: agenda numbers, very short texts and model-only sentence hits."""
from __future__ import annotations

from dataclasses import replace

import pytest

from cm_helpers import run
from gapscan.model import Kind, Verdict
from gapscan.nlp.mirroring import analyze, match_heading
from gapscan.rules.cm import CM01, CM03, CM04

# --- a bare number with an unrelated title is not a clause heading -----------------------------

@pytest.mark.parametrize("heading, standard", [
    ("5 Certification", "iso45001"),  # clause 5 'Leadership and worker participation': -ication vs -ipation
    ("5 Certification", "iso9001"),
    ("6 Objectives and policy", "iso45001"),
    ("7 Any other business", "iso9001"),
    ("9 Registration", "iso14001"),
])
def test_number_with_an_unrelated_title_is_not_a_clause_heading(heading, standard):
    assert match_heading(heading, None, standard) is None


@pytest.mark.parametrize("heading, clause", [
    ("7.2 Competence and training", "7.2"),
    ("8.5.1 Control of production", "8.5.1"),
    ("10.2 Nonconformity and corrective actions", "10.2"),
])
def test_number_with_a_related_title_still_matches(heading, clause):
    hit = match_heading(heading, None, "iso9001")
    assert hit is not None and hit[0].number == clause


AGENDA = """
# Management Review Minutes - 22 April 2026

## 1 Actions from the previous review

Three actions remain open; the Quality Manager will close them by 30 May.

## 2 External audit 17 March 2026

Two minor findings were raised on document control; both were answered within 30 days.

## 3 Internal audit programme

Four of the six planned audits are done; the stores audit moves to June.

## 4 Document control

The document register was moved to SharePoint in March.

## 5 Certification

The certificate was renewed; the fee for 2026 is 4,200 GBP.

## 6 Objectives and policy

The policy was reissued without change.

## 7 Any other business

None.
"""


def _review(make, name, text):
    return replace(make(name, text), kind=Kind.REVIEW)


def test_cm01_quiet_on_numbered_agenda_items_of_a_review(make):
    doc = _review(make, "minutes.md", AGENDA)
    a = analyze(doc)
    assert [m.clause for m in a.clause_headings if m.how.startswith("number")] == []
    assert run(CM01, doc) == []


def test_cm01_fires_on_a_review_whose_agenda_items_are_clause_titles(make):
    doc = _review(make, "minutes.md", """
    # Management review

    ## 1 Actions to address risks and opportunities

    Reviewed.

    ## 2 Quality objectives and planning to achieve them

    Reviewed.

    ## 3 Control of externally provided processes, products and services

    Reviewed.

    ## 4 Monitoring, measurement, analysis and evaluation

    Reviewed.
    """)
    found = run(CM01, doc)
    assert [f.metrics["clause"] for f in found] == ["6.1", "6.2", "8.4", "9.1"]
    assert {f.metrics["matched_by"] for f in found} == {"title"}  # the agenda number 1-4 is not a clause


# --- every text gets a verdict when its signals are clear, or a reason why not -----------------

def test_short_restatement_is_still_mirrored(make):
    doc = make("short.md", """
    # Supplier control

    ## 8.4 Control of externally provided processes, products and services

    The organization shall ensure that externally provided processes conform to requirements.

    ## 7.5 Documented information

    Documented information shall be retained as applicable.
    """)
    a = analyze(doc)
    assert a.words < 40
    assert a.mirroring >= 50 and a.specificity < 35
    assert a.verdict is Verdict.MIRRORED
    assert a.verdict_note is None


def test_short_operational_note_is_operational(make):
    doc = make("short.md", """
    Scan each pallet label into the WMS at Bay 4.
    The Goods-In Clerk quarantines damaged pallets within 2 hours and records them on QF-12.
    """)
    a = analyze(doc)
    assert a.words < 40
    assert a.verdict is Verdict.OPERATIONAL


def test_short_text_without_signals_says_why_there_is_no_verdict(make):
    doc = make("short.md", """
    See the attached drawing for details.
    """)
    a = analyze(doc)
    assert a.verdict is None
    assert "words" in a.verdict_note and "evidence" in a.verdict_note


# --- a standard-speak sentence needs the lexicon's own evidence, not the model alone -----------

MODEL_ONLY = """
# Gauge control

All gauges in the metrology lab shall be calibrated by the Metrology Technician every 12 months, as applicable.

Each torque wrench in Bay 3 shall be checked by the Shift Lead before use, as appropriate, and logged on QF-11.

Micrometers failing the check go to the quarantine rack and the Quality Manager decides to repair or scrap them.

The CMM is verified with the reference sphere every Monday by the CMM Programmer.
"""


def test_cm03_needs_more_than_the_model_for_a_sentence_full_of_anchors(make, monkeypatch):
    from gapscan.nlp import sentence_model

    monkeypatch.setattr(sentence_model, "score_docs", lambda docs: [1.0] * len(docs))
    doc = make("gauges.md", MODEL_ONLY)
    a = analyze(doc)
    assert a.model_used
    assert a.standard_speak == ()
    assert run(CM03, doc) == []


def test_cm03_model_cannot_rescue_nor_block_a_clear_lexicon_hit(make, monkeypatch):
    from gapscan.nlp import sentence_model

    monkeypatch.setattr(sentence_model, "score_docs", lambda docs: [1.0] * len(docs))
    doc = make("manual.md", """
    # Manual

    The organization shall determine the needs and expectations of interested parties, as applicable.

    Documented information shall be retained as evidence of the results.

    Top management shall ensure that the quality policy is communicated.
    """)
    a = analyze(doc)
    assert len(a.standard_speak) == 3


def test_one_short_sentence_is_one_piece_of_evidence_not_a_verdict(make):
    doc = make("one.md", """
    The organization shall determine things.
    """)
    a = analyze(doc)
    assert a.mirroring >= 50  # the scores are still reported
    assert a.verdict is None
    assert "1 pieces of mirroring evidence" in a.verdict_note


def test_headings_without_text_get_no_verdict_and_say_so(make):
    doc = make("skeleton.md", """
    ## 8.4 Control of externally provided processes, products and services

    ## 8.7 Control of nonconforming outputs

    ## 10.2 Nonconformity and corrective action
    """)
    a = analyze(doc)
    assert a.words == 0 and len(a.clause_headings) == 3
    assert a.verdict is None and "no body text" in a.verdict_note


# --- definitions sections and training statements are not standard-speak --------------------------

OPERATIONAL_WITH_DEFINITIONS = """
# Forklift Battery Charging

## Definitions

Documented information: information required to be controlled and maintained by the organization.
Interested party: person or organization that can affect or be affected by a decision or activity.
Nonconformity: non-fulfilment of a requirement, as defined for the quality management system.

## Training

All forklift drivers shall be trained in battery handling before they are allowed to charge batteries.
Employees shall be trained by the company on the quality management system and its procedures.
Agency staff must receive a site induction from the Shift Lead on their first day.

## Procedure

1. The shift lead checks the electrolyte level every Monday and records it on form QF-12.
2. The driver parks the truck in bay 4, switches off the key and connects the charger.
3. If the acid level is below the plates, the shift lead tops up with distilled water within 24 hours.
4. A charger fault is reported to the Maintenance Technician in the CMMS before the end of the shift.
"""


def test_definitions_and_training_statements_are_not_flagged(make):
    doc = make("battery.md", OPERATIONAL_WITH_DEFINITIONS)
    analysis = analyze(doc)
    assert run(CM03, doc) == [] and run(CM04, doc) == []
    assert analysis.standard_speak == () and analysis.org_actor == ()
    assert analysis.verdict is Verdict.OPERATIONAL


def test_the_same_sentences_outside_a_definitions_section_still_count(make):
    text = OPERATIONAL_WITH_DEFINITIONS.replace("## Definitions", "## Quality system").replace(
        "Employees shall be trained by the company on",
        "The company shall determine the resources needed for")
    analysis = analyze(make("battery.md", text))
    quoted = " ".join(h.text for h in analysis.standard_speak)
    assert "Documented information: information required" in quoted
    assert any("The company shall determine" in h.text for h in analysis.org_actor)
    assert not any("trained" in h.text for h in (*analysis.standard_speak, *analysis.org_actor))


def test_a_one_word_alias_heading_counts_half():
    from gapscan.model import Block, BlockType, Location
    from gapscan.nlp.mirroring import _heading_matches

    blocks = (Block(type=BlockType.HEADING, text="Training", level=2, location=Location(line=1)),)
    matches = _heading_matches(blocks, "iso22000")
    assert [m.weight for m in matches] in ([], [0.5])


CITED_CLAUSES = """
# Supplier Security Policy

## 3. Supplier Relationships and Classification (A 5.19)

The organization shall determine the information security requirements for suppliers.

## 4. Contractual Security Requirements (A 5.20)

Relevant information security requirements shall be established and agreed with each supplier.

## 5. ICT Supply Chain Management (A 5.21)

Processes shall be defined to manage the risks of the ICT supply chain, as appropriate.
"""


def test_cm01_names_headings_that_cite_their_control(make):
    doc = make("supplier-policy.md", CITED_CLAUSES)
    found = run(CM01, doc)
    assert [(f.metrics["clause"], f.metrics["matched_by"]) for f in found] == [
        ("A.5.19", "cited"), ("A.5.20", "cited"), ("A.5.21", "cited")]
    assert "(the clause it cites)" in found[0].message and found[0].location.line == 3
