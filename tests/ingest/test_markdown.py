"""Markdown procedures: headings with clause numbers, numbered and task lists, tables, lines."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

SOURCE = """---
owner: QA
---
# QP-03 Document control

## 7.5.3 Control of documented information

Drafts are *reviewed* by the [process owner](http://wiki/owner)
before release.

3. Write the draft
4. Review it
   - check the form number

- [ ] Approve the draft
- [x] Publish on the wiki

| Document | Owner | 2024 |
|---|---|---|
| QP-03 | QA | 4 |
| QF-11 | HR | 2.5 |

```
not procedure text
```
"""


def _doc(tmp_path: Path):
    path = tmp_path / "qp-03.md"
    path.write_text(SOURCE, encoding="utf-8")
    doc = parse_file(path, "qp-03.md")
    assert doc.status is Status.OK, doc.error
    return doc


def test_headings_and_front_matter(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert doc.title == "QP-03 Document control"
    headings = [(b.text, b.level, b.number, b.location.line) for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [("QP-03 Document control", 1, None, 4),
                        ("7.5.3 Control of documented information", 2, "7.5.3", 6)]
    assert "owner: QA" not in " ".join(b.text for b in doc.blocks)


def test_paragraph_inline_markup_is_plain_text(tmp_path: Path) -> None:
    para = next(b for b in _doc(tmp_path).blocks if b.type is BlockType.PARAGRAPH)
    assert para.text == "Drafts are reviewed by the process owner before release."
    assert para.location.line == 8


def test_lists_keep_numbers_and_tick_boxes(tmp_path: Path) -> None:
    items = [(b.marker, b.text, b.checked, b.location.line)
             for b in _doc(tmp_path).blocks if b.type is BlockType.LIST_ITEM]
    assert items == [("3.", "Write the draft", None, 11), ("4.", "Review it", None, 12),
                     ("-", "check the form number", None, 13),
                     ("☐", "Approve the draft", False, 15), ("☒", "Publish on the wiki", True, 16)]


def test_pipe_table_with_numeric_header(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    table = doc.tables()[0]
    assert table.header == ("Document", "Owner", "2024")
    assert table.rows == (("QP-03", "QA", 4), ("QF-11", "HR", 2.5))
    assert table.row_numbers == (20, 21) and table.location.line == 18
    assert "not procedure text" not in " ".join(b.text for b in doc.blocks)
