"""A name in title case that goes on past its record noun to a head of another kind is that thing's name, not a
form's: "the Designated Record Set" (HIPAA's set of records an individual may see) gave "uses the designated
record", cut at "Record". Seen in session 19 on the in-sample hipaa set (its pages cite "02.08 — Designated Record
Set & PHI Scope"). A name going on to another record noun ("Training Record Form") is still the form, and one
followed by a lower-case word that may be its head ("the Risk Register Excel file") is left alone. The sentences
are written for the test.
"""
import pytest

from gapscan.model import Block, BlockType, Document, Kind, Location
from gapscan.nlp.claims import extract_claims


def _forms(paragraph: str) -> list[str]:
    blocks = (Block(type=BlockType.PARAGRAPH, text=paragraph, location=Location(line=1)),)
    doc = Document(path="policies/privacy.md", source="/nonexistent/policies/privacy.md", format="md",
                   kind=Kind.PROCEDURE, blocks=blocks)
    return [c.text for c in extract_claims(doc) if c.kind == "form"]


@pytest.mark.parametrize("sentence", [
    "Individuals may inspect the health information held in the Designated Record Set.",
    "Requests are answered from the Designated Record Set within 30 days.",
    "The Risk Register Review Meeting is held every month.",
])
def test_a_name_going_on_past_its_record_noun_is_no_form(sentence):
    assert _forms(sentence) == [], sentence


@pytest.mark.parametrize("sentence, form", [
    ("Use the Training Record Form for each course.", "uses the training record"),
    # seen on solo (in sample): a list item "Component Test Record Forms", the plural of a record noun
    ("Fill in the Component Test Record Forms for each unit.", "uses the component test record"),
    ("The Maintenance Record Templates are kept on the shared drive.", "uses the maintenance record"),
    ("The quality manager keeps the Risk Register Excel file up to date.", "uses the risk register"),
    ("Fill in the Training Record after each course.", "uses the training record"),
    ("THE TRAINING RECORD SHALL BE KEPT FOR EACH COURSE.", "uses the training record"),
])
def test_a_form_s_own_name_stays(sentence, form):
    assert form in _forms(sentence), sentence
