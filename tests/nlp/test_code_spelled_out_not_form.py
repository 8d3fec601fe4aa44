"""A code the procedure spells out as something that is not a document ("Hold Point: HP-8") is not a form's code,
even beside a form's name ("Sign HP-8 inspection form": the inspection form of hold point 8)."""
from gapscan.model import Block, BlockType, Document, Kind, Location
from gapscan.nlp.claims import extract_claims


def _form_codes(paragraphs):
    blocks = tuple(Block(type=BlockType.PARAGRAPH, text=p, location=Location(line=i + 1))
                   for i, p in enumerate(paragraphs))
    doc = Document(path="sops/SOP-9.md", source="/nonexistent/sops/SOP-9.md", format="md", kind=Kind.PROCEDURE,
                   blocks=blocks)
    return [c.form_code for c in extract_claims(doc) if c.kind == "form"]


def test_a_hold_point_code_is_no_form():
    codes = _form_codes(["Hold Point: HP-8 (final sign-off before release).",
                         "The inspector must sign HP-8 inspection form before release."])
    assert "HP-8" not in codes, codes


def test_the_same_code_not_spelled_out_stays_a_form():
    codes = _form_codes(["The inspector must sign HP-8 inspection form before release."])
    assert codes == ["HP-8"], codes


def test_a_form_spelled_out_by_its_record_noun_stays_a_form():
    codes = _form_codes(["Purchase Log (PL-3) lists every order.",
                         "The buyer must complete PL-3 purchase form for each order."])
    assert "PL-3" in codes, codes
