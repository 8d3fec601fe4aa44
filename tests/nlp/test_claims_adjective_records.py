"""Only a named record is a form claim: a title, a code, or a noun compound naming what it records ("training
record", "calibration record"). A quality said of a record ("a demonstrated record of service", "the historical
record", "an established record", "the authoritative record") or "record" naming what another noun is about
("Unauthorized record access") names no form anyone fills in.

The shape on drhold26's held-out sets (docs/SCORING.md): conda/governance's README gave "uses the demonstrated
record", "uses the established record", "uses the historical record"; a HIPAA scope page's bullet "Unauthorized
record access or disclosure" gave "uses the unauthorized record"; a NERC CIP set gave "uses the defensible record",
"uses the authoritative record", "uses the dated record", "uses the formal record". The sentences are written for
the test.
"""
import pytest

from gapscan.model import Block, BlockType, Document, Kind, Location
from gapscan.nlp.claims import extract_claims


def _forms(paragraphs, kind=BlockType.PARAGRAPH):
    blocks = tuple(Block(type=kind, text=p, location=Location(line=i + 1)) for i, p in enumerate(paragraphs))
    doc = Document(path="policies/council.md", source="/nonexistent/policies/council.md", format="md",
                   kind=Kind.PROCEDURE, blocks=blocks)
    return [c.text for c in extract_claims(doc) if c.kind == "form"]


@pytest.mark.parametrize("sentence", [
    "Council members must have a demonstrated record of prior service to the community.",
    "New members may not yet have an established record of contribution to the project.",
    "To keep the historical record, the outcome of each vote shall be written to the results folder.",
    "The asset list shall be the authoritative record of every system in scope.",
    "Each approval must leave a defensible record for the auditors.",
    "The manager shall keep a formal record of the decision.",
    "Every change shall leave a dated record in the ticket.",
])
def test_a_quality_of_a_record_is_no_form(sentence):
    assert _forms([sentence]) == [], sentence


def test_record_naming_what_another_noun_is_about_is_no_form():
    assert _forms(["Unauthorized record access or disclosure"], BlockType.LIST_ITEM) == []
    assert _forms(["The team shall report any unauthorized record access within one day."]) == []


@pytest.mark.parametrize("sentence,form", [
    ("The trainer must complete the training record after each course.", "uses the training record"),
    ("The technician shall fill in the calibration record for each gauge.", "uses the calibration record"),
    ("Each approval is written to the approval record.", "uses the approval record"),
    ("The clerk shall keep the disposal record for every asset.", "uses the disposal record"),
    ("The nurse updates the Medical Record at every visit.", "uses the medical record"),
    ("Use the Historical Record (HR-2) for archived items.", None),
])
def test_a_named_record_stays_a_form(sentence, form):
    got = _forms([sentence])
    assert got, sentence
    if form:
        assert form in got, got
