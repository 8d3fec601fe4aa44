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
    assert table.row_numbers == (2, 3) and table.location.line == 18
    # a row is found at its own line, not at the table's first
    assert table.row_lines == (20, 21) and table.cell_location(1, 0).describe() == "line 21 row 3"
    assert "not procedure text" not in " ".join(b.text for b in doc.blocks)


def _parse_md(tmp_path: Path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, "page.md")
    assert doc.status is Status.OK
    return doc


def test_a_page_wrapped_in_a_markdown_fence_is_read_as_markdown(tmp_path: Path) -> None:
    doc = _parse_md(tmp_path, "```markdown\n# Emergency Codes\n\nThe charge nurse calls Code Red on extension "
                              "5555 within 1 minute.\n\n1. Close the doors.\n2. Move residents.\n```\n")
    heading = doc.blocks[0]
    assert (heading.type, heading.text, heading.location.line) == (BlockType.HEADING, "Emergency Codes", 2)
    assert [b.text for b in doc.blocks if b.type is BlockType.LIST_ITEM] == ["Close the doors.", "Move residents."]


def test_code_fences_of_other_languages_stay_out(tmp_path: Path) -> None:
    doc = _parse_md(tmp_path, "# Backup\n\nRun the job nightly.\n\n```bash\n# restore\nrestic restore latest\n```\n")
    assert [b.text for b in doc.blocks] == ["Backup", "Run the job nightly."]
    # kept apart, each line at its own line, for the rules that read commands (CM05), never as prose
    assert [(b.text, b.location.line) for b in doc.code] == [("# restore", 6), ("restic restore latest", 7)]


def test_a_heading_keeps_the_target_of_its_link(tmp_path: Path) -> None:
    doc = _parse_md(tmp_path, "# Forms\n\n## [Incident report](forms/incident-report.md)\n\nFill it in the same day.\n")
    heading = doc.blocks[1]
    assert (heading.type, heading.text, heading.links) == (BlockType.HEADING, "Incident report",
                                                           ("forms/incident-report.md",))


def test_mkdocs_tabs_and_admonitions_are_opened_with_true_line_numbers(tmp_path: Path) -> None:
    text = ('# Internal Audit Program\n\n=== "Quick"\n\n    ## Audit Cycle\n\n    The QMR audits every process '
            'once in 12 months.\n\n    !!! note "Sampling"\n        Pick 5 records per process.\n\n'
            '=== "Full"\n\n    Read the whole register.\n')
    doc = _parse_md(tmp_path, text)
    got = [(b.type, b.text, b.location.line) for b in doc.blocks]
    assert (BlockType.HEADING, "Audit Cycle", 5) in got
    assert (BlockType.PARAGRAPH, "The QMR audits every process once in 12 months.", 7) in got
    assert (BlockType.PARAGRAPH, "Pick 5 records per process.", 10) in got
    assert (BlockType.PARAGRAPH, "Read the whole register.", 14) in got
