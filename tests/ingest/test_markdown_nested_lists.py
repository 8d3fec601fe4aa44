"""Markdown: a list item carries its list's depth, so a nested list is told from its parent's siblings.

Before, every item of a nested list came out as one flat run of items: "- Quality Lead" with its own sub-list of
duties looked like four siblings, so nothing downstream could read an item as the label or the lead-in of the list
under it. `level` is 1 for a top-level list's items, 2 for a list inside an item, and so on (a heading's `level` is
its heading level, as before). The text below is written for these tests.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

PAGE = """# Roles

Duties are split as follows:

- Quality Lead
  - Reviews the supplier scores
  - Signs off the audit plan
- Stores Supervisor
  1. Counts the cage stock
     - on Fridays
  2. Books goods in

1. First step
2. Second step
"""


def _items(tmp_path: Path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, "page.md")
    assert doc.status is Status.OK
    return [(b.text, b.level) for b in doc.blocks if b.type is BlockType.LIST_ITEM]


def test_list_items_carry_their_depth(tmp_path: Path) -> None:
    assert _items(tmp_path, PAGE) == [
        ("Quality Lead", 1), ("Reviews the supplier scores", 2), ("Signs off the audit plan", 2),
        ("Stores Supervisor", 1), ("Counts the cage stock", 2), ("on Fridays", 3), ("Books goods in", 2),
        ("First step", 1), ("Second step", 1)]


def test_a_list_in_a_block_quote_starts_at_one(tmp_path: Path) -> None:
    assert _items(tmp_path, "> - quoted\n>   - nested\n") == [("quoted", 1), ("nested", 2)]


def test_headings_keep_their_own_level(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path, "page.md")
    assert [(b.text, b.level) for b in doc.blocks if b.type is BlockType.HEADING] == [("Roles", 1)]
