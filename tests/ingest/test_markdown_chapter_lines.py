"""A manual converted from PDF to markdown writes a chapter's line as its number, a tab stop's gap and the title
("7.     ASSET LIABILITY MANAGEMENT POLICIES"), its sections indented under it ("      7.1    Philosophy"). CommonMark
reads that line as an ordered list's item (the title, five spaces in, as code, so it vanished) and every section
indented under it as the item's content, so none of 7.1, 7.2, 7.2.1 was a heading. The shape (left18, left19):
Cassandra-Labs-Foundation/pynthia-policies-and-procedures@097ecc3, "liquidity/references/7. Asset Liability
Management Policies.pdf.md", "capitalization/references/33 Capital Policy.pdf.md" (four spaces, sections at the
margin) and "business-continuity-plan/references/23. Business Continuity.pdf.md" (a chapter with no numbered
sections). The texts below are our own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

ALM = """<!-- converted from a PDF -->

7.     TREASURY MANAGEMENT POLICIES

      7.1    Philosophy

             This policy guides the other financial policies of the bank. It
             sets how loans and deposits are priced and how risk is kept low.

      7.2.   Treasury Committee (TC)

             7.2.1. Authority for Treasury Management

                     The Board of Directors is responsible for treasury
                     management. The committee meets every month.

      7.3. General Policy of the Committee

             The committee reports to the Board after each meeting.
"""


def _blocks(tmp_path: Path, text: str, name: str = "policy.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, name)
    assert doc.status is Status.OK, doc.error
    return doc


def test_a_chapter_line_and_the_sections_under_it_are_headings(tmp_path: Path) -> None:
    doc = _blocks(tmp_path, ALM)
    headings = [(b.number, b.level, b.location.line) for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [("7", 1, 3), ("7.1", 2, 5), ("7.2", 2, 10), ("7.2.1", 3, 12), ("7.3", 2, 17)], headings
    assert doc.title == "7. TREASURY MANAGEMENT POLICIES"
    assert not any(b.type is BlockType.LIST_ITEM for b in doc.blocks)
    texts = {b.location.line: b.text for b in doc.blocks}
    assert texts[7].startswith("This policy guides") and texts[14].endswith("every month.")


def test_a_chapter_line_with_its_sections_at_the_margin(tmp_path: Path) -> None:
    doc = _blocks(tmp_path, "33.    CAPITAL POLICY\n\nOur policy is to keep enough capital.\n\n"
                            "33.1   GENERAL\n\nThe bank meets the ratios the regulator sets.\n")
    headings = [(b.number, b.text) for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [("33", "33. CAPITAL POLICY"), ("33.1", "33.1 GENERAL")], headings


def test_a_lone_numbered_title_is_a_heading(tmp_path: Path) -> None:
    doc = _blocks(tmp_path, "23.    Business Continuity Policy\n\nWe restore services after a disaster.\n")
    assert [(b.type, b.text) for b in doc.blocks][0] == (BlockType.HEADING, "23. Business Continuity Policy")


@pytest.mark.parametrize("text", [
    # a numbered list whose items have siblings stays a list, however wide its gap
    "# Steps\n\n1.   Open the valve\n\n2.   Close the lid\n\n3.   Sign the card\n",
    # an ordinary list item, one space after its number
    "# Steps\n\n7. Open the valve\n\nThe operator signs; the numbered steps follow.\n\n7.1. check the seal\n",
    # an item that is a sentence is no title
    "# Steps\n\n4.     The operator opens the valve.\n\nThe card is signed.\n",
])
def test_a_list_item_stays_a_list_item(tmp_path: Path, text: str) -> None:
    doc = _blocks(tmp_path, text)
    assert [b.text for b in doc.blocks if b.type is BlockType.HEADING] == ["Steps"], \
        [(b.type, b.text) for b in doc.blocks]
    if "     " not in text.split("\n")[2][:9]:  # (CommonMark reads a text five spaces past its number as code)
        assert doc.blocks[1].type is BlockType.LIST_ITEM, [(b.type, b.text) for b in doc.blocks]


def test_a_chapter_line_inside_a_fence_is_code(tmp_path: Path) -> None:
    doc = _blocks(tmp_path, "# Example\n\n```\n7.     TITLE SHOWN\n\n7.1 Section\n```\n")
    assert [b.text for b in doc.blocks if b.type is BlockType.HEADING] == ["Example"]
