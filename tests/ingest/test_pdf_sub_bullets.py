"""Word's second-level bullet is a letter "o" in Courier New, and a PDF's text layer keeps it as "o" and a space. Held
out (session 23, a robotics team's 28-page safety manual): 36 such items were read as loose paragraphs starting "o",
two of them run together into one ("o Use patience ... (do not run) o Ensure that the cart ..."). A line that goes on
with a sentence and happens to start with the word "o" (Portuguese, Spanish) stays text.
"""
from __future__ import annotations

from gapscan.ingest.pdf import _blocks, _Line
from gapscan.model import BlockType


def _lines(rows: list[tuple[float, str]], top: float = 700.0, step: float = 14.0) -> list[_Line]:
    return [_Line(page=1, number=i, text=t, size=12.0, bold=False, x=x, y=top - step * i, right=x + 6.0 * len(t),
                  height=792.0) for i, (x, t) in enumerate(rows, 1)]


def test_o_bullets_after_a_lead_in_are_list_items_with_their_wrapped_lines():
    blocks = _blocks(_lines([
        (76.2, "Set aside a damaged battery and handle accordingly:"),
        (94.5, "o Immediately flush any contacted skin with a large quantity of water."),
        (94.5, "o Seek medical treatment."),
        (94.5, "o Periodically inspect your batteries for any signs of damage or leaking"),
        (112.7, "electrolyte from a crack."),
        (94.5, "o Use patience when moving the robot (do not"),
        (105.3, "run)"),
        (94.5, "o Ensure that the cart will not roll away"),
    ]), {})
    assert [(b.type, b.text) for b in blocks] == [
        (BlockType.PARAGRAPH, "Set aside a damaged battery and handle accordingly:"),
        (BlockType.LIST_ITEM, "Immediately flush any contacted skin with a large quantity of water."),
        (BlockType.LIST_ITEM, "Seek medical treatment."),
        (BlockType.LIST_ITEM, "Periodically inspect your batteries for any signs of damage or leaking electrolyte from "
                              "a crack."),
        (BlockType.LIST_ITEM, "Use patience when moving the robot (do not run)"),
        (BlockType.LIST_ITEM, "Ensure that the cart will not roll away"),
    ]
    assert {b.marker for b in blocks[1:]} == {"o"}


def test_o_bullets_under_a_bullet_and_back_out_of_a_deeper_level():
    blocks = _blocks(_lines([
        (76.2, "\uf0b7 Avoid these power setups:"),
        (112.5, "o Extension cord plugged into another extension cord."),
        (112.5, "o Are there enough people to perform the lift safely? Two to four"),
        (130.3, "people are preferred."),
        (94.5, "o Before lifting, agree the path you will be lifting"),
        (94.5, "o Ensure that the path is clear."),
    ]), {})
    assert [b.type for b in blocks] == [BlockType.LIST_ITEM] * 5
    assert blocks[3].text == "Before lifting, agree the path you will be lifting"


def test_a_wrapped_sentence_that_starts_with_the_word_o_is_no_item():
    blocks = _blocks(_lines([
        (72.0, "O documento é aprovado pelo diretor de acordo com"),
        (72.0, "o Manual da Qualidade e registado no arquivo."),
        (76.2, "\uf0b7 Verificar se"),
        (94.5, "o Cliente aprovou a proposta."),
    ]), {})
    assert [(b.type, b.text) for b in blocks] == [
        (BlockType.PARAGRAPH, "O documento é aprovado pelo diretor de acordo com o Manual da Qualidade e registado no "
                              "arquivo."),
        (BlockType.LIST_ITEM, "Verificar se o Cliente aprovou a proposta."),
    ]


def test_a_line_that_hangs_under_the_o_goes_on_with_its_item():
    blocks = _blocks(_lines([
        (72.4, "Spin coating:"),
        (144.8, "o Be sure to press Hold in between recipes. Vacuum will turn off at the end of a"),
        (144.4, "complete recipe."),
        (144.8, "o Substrate surface should be hydrophobic for resist to coat well and adhere to"),
        (144.2, "the substrate."),
        (144.2, "Clean the chuck after each run."),
    ]), {})
    assert [(b.type, b.text) for b in blocks] == [
        (BlockType.PARAGRAPH, "Spin coating:"),
        (BlockType.LIST_ITEM, "Be sure to press Hold in between recipes. Vacuum will turn off at the end of a "
                              "complete recipe."),
        (BlockType.LIST_ITEM, "Substrate surface should be hydrophobic for resist to coat well and adhere to the "
                              "substrate."),
        (BlockType.PARAGRAPH, "Clean the chuck after each run."),
    ]
