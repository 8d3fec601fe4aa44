"""A Markdown page may keep its log as an HTML table (GitHub renders `<table><tr><td>` written into a page, and
static-site pages write one cell to a line, leave a closing tag out or put a blank line between rows). The rows are
the records: read them as a table, at the page's own line numbers, where the page has it."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

PAGE = """# Calibration of the torque wrenches

Each wrench is checked against the reference rig before use.

## Calibration log

<table>
  <tr>
    <th>Wrench</th><th>Checked on</th><th>Result</th>
  </tr>
  <tr>
    <td>TW-01</td>
    <td>2026-02-03</td>
    <td>Within 2 %
  </tr>
{gap}  <tr>
{indent}<td>TW-02</td><td>2026-02-10</td><td>Adjusted, rechecked</td>
  </tr>
</table>

Out-of-tolerance wrenches are tagged and withdrawn.
"""


def _parse(tmp_path: Path, text: str):
    path = tmp_path / "calibration.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.status is Status.OK
    return doc


def test_an_html_table_in_a_page_is_read_as_its_table(tmp_path: Path) -> None:
    doc = _parse(tmp_path, PAGE.replace("{gap}", "").replace("{indent}", "    "))
    (table,) = doc.tables()
    assert table.header == ("Wrench", "Checked on", "Result")
    assert [tuple(str(v) for v in row) for row in table.rows] == [
        ("TW-01", "2026-02-03", "Within 2 %"), ("TW-02", "2026-02-10", "Adjusted, rechecked")]
    # at the page's lines: the table where '<table>' is, each row where its '<tr>' is
    assert table.location.line == 7
    assert table.row_lines[-2:] == (11, 16)
    kinds = [(b.type, b.text[:14]) for b in doc.blocks]
    assert kinds == [(BlockType.HEADING, "Calibration of"), (BlockType.PARAGRAPH, "Each wrench is"),
                     (BlockType.HEADING, "Calibration lo"), (BlockType.TABLE, "Wrench | Check"),
                     (BlockType.PARAGRAPH, "Out-of-toleran")]


def test_a_blank_line_and_an_indented_row_do_not_cut_the_table(tmp_path: Path) -> None:
    # after a blank line, Markdown reads a line indented four spaces as code: the table goes on to '</table>'
    doc = _parse(tmp_path, PAGE.replace("{gap}", "\n").replace("{indent}", "        "))
    (table,) = doc.tables()
    assert [str(row[0]) for row in table.rows] == ["TW-01", "TW-02"]
    assert table.row_lines[-1] == 17
    assert not any("TW-02" in b.text for b in doc.blocks if b.type is not BlockType.TABLE)


def test_other_html_and_a_table_shown_as_code_stay_out(tmp_path: Path) -> None:
    text = ('# Page\n\n<div class="note">\n<p>Hidden aside</p>\n</div>\n\nText.\n\n```html\n<table><tr><td>a</td>'
            '<td>b</td></tr><tr><td>1</td><td>2</td></tr></table>\n```\n')
    doc = _parse(tmp_path, text)
    assert doc.tables() == []
    assert [b.text for b in doc.blocks] == ["Page", "Text."]
