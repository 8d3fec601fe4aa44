"""A list of definitions is no list of steps: 'Carcinogen: a substance that ...' or 'A chemical that has a median
lethal dose ...' items say what words mean, not what anyone does, under a 'Definitions' heading or under a
heading that would otherwise make a list steps (a lab safety plan's 'Procedure' section listing hazard classes).
"""
from __future__ import annotations

import pytest

from gapscan.model import Block, BlockType, Document, Location
from gapscan.nlp.claims import extract_claims


def _steps(heading: str, items: list[str], marker: str = "1.") -> list:
    blocks = [Block(type=BlockType.HEADING, text=heading, location=Location(line=1), level=1)]
    blocks += [Block(type=BlockType.LIST_ITEM, text=t, marker=marker if marker != "1." else f"{i}.",
                     location=Location(line=i + 1)) for i, t in enumerate(items, 1)]
    doc = Document(path="p.md", source="/p.md", format="md", blocks=tuple(blocks))
    return [c for c in extract_claims(doc) if c.kind == "steps"]


TERMS = ["Carcinogen: a substance that can cause cancer in people or animals.",
         "Mutagen: an agent that changes the genetic material of a cell.",
         "Teratogen – a substance that harms an unborn child.",
         "Sensitizer: any chemical that causes an allergic reaction after repeated exposure."]
PHRASES = ["A chemical that has a median lethal dose of 50 mg or less per kg of body weight.",
           "A chemical that has a median lethal concentration in air of 200 ppm or less.",
           "Any substance which is listed as a known human carcinogen by the national programme."]


@pytest.mark.parametrize("heading", ["Procedure for particularly hazardous substances", "Definitions",
                                     "Hazard classes"])
@pytest.mark.parametrize("items", [TERMS, PHRASES], ids=["term-colon", "noun-phrase"])
@pytest.mark.parametrize("marker", ["1.", "\uf0b7"])
def test_a_list_of_definitions_is_no_steps(heading, items, marker):
    assert _steps(heading, items, marker) == []


@pytest.mark.parametrize("items", [
    ["Label: write the chemical name and the date on the bottle.", "Store: put the bottle in the acid cabinet.",
     "Dispose: empty the waste jar into the drum."],
    ["Receipt: the goods are checked against the order.", "Storage: the goods go to the racks.",
     "Issue – the store keeper hands the parts to production."],
    ["Step 1: Close the fume hood sash.", "Step 2: Switch off the stirrer.", "Step 3: Wipe the bench."],
    ["The technician weighs the sample.", "The analyst records the result in the lab log.",
     "A supervisor signs the record that the analyst filled in."],
    ["Wear gloves that resist the solvent.", "Use a fume hood which has been certified this year.",
     "Keep a spill kit next to the bench."],
])
def test_steps_that_look_like_terms_are_still_steps(items):
    (claim,) = _steps("Procedure", items)
    assert len(claim.steps) == 3
