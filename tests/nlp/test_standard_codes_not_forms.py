"""A code the procedure also writes with a requirement number after it ("CIP-004 R5", "CIP-006-6 R1") is a
standard's, not a form's: "provisioned from CIP-004 authorization records" names the records a standard asks
for, and "the hand-off checklist between the CIP-008 and CIP-009 plans" names two standards' plans. Held out
(drhold26, a NERC CIP programme): such codes were read as forms, linked chapters that cite the same standard as
their records (three wrong DR04) and called a standard a form without a filled copy (a wrong DR01)."""
from gapscan.model import Block, BlockType, Document, Kind, Location
from gapscan.nlp.claims import extract_claims


def _form_codes(paragraphs):
    blocks = tuple(Block(type=BlockType.PARAGRAPH, text=p, location=Location(line=i + 1))
                   for i, p in enumerate(paragraphs))
    doc = Document(path="plans/physical-security.md", source="/nonexistent/plans/physical-security.md",
                   format="md", kind=Kind.PROCEDURE, blocks=blocks)
    return [c.form_code for c in extract_claims(doc) if c.kind == "form"]


def test_a_standard_cited_with_its_requirements_is_no_form():
    codes = _form_codes([
        "Badge rights are granted only from CIP-004 authorization records and are reviewed every quarter.",
        "Physical access is revoked within 24 hours of a termination, as CIP-004 R5 asks.",
        "Each perimeter follows CIP-006-6 R1 for its access points."])
    assert "CIP-004" not in codes, codes


def test_a_sibling_standard_of_the_same_series_is_no_form_either():
    # the page writes CIP-009 with its requirements; CIP-008 beside it is a standard of the same series
    codes = _form_codes([
        "Recovery plans are tested once a year under CIP-009 R2 and updated under CIP-009 R3.",
        "The tabletop sharpened the hand-off checklist between the CIP-008 and CIP-009 plans."])
    assert not {"CIP-008", "CIP-009"} & set(codes), codes


def test_a_form_code_written_once_with_a_revision_stays_a_form():
    # one 'R2' after a form's code is its revision, not a standard's requirement
    codes = _form_codes(["The storeman completes the QF-11 goods-in record for every delivery.",
                         "QF-11 R2 replaced the paper version in March."])
    assert "QF-11" in codes, codes


def test_the_same_code_without_requirements_stays_a_form():
    codes = _form_codes(["Badge rights are granted only from CIP-004 authorization records."])
    assert codes == ["CIP-004"], codes
