"""HTML wiki exports: headings, paragraphs, lists, tables; scripts and navigation ignored."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

PAGE = """<!DOCTYPE html>
<html><head><title>QP-05 Training</title><style>p {color: red}</style>
<script>var x = "SCRIPT-TEXT";</script></head>
<body>
<nav><a href="/">Home</a> NAV-TEXT</nav>
<div role="navigation">Breadcrumb NAV-TEXT</div>
<div id="main">Loose <b>bold</b> text in a div.
<h1>QP-05 Competence and training</h1>
<h2>7.2 Competence</h2>
<p>Managers plan training <em>every year</em>.</p>
<ol start="3"><li>Plan the course<ul><li>Book the room</li></ul></li><li>Run it</li></ol>
<ul><li><input type="checkbox" checked> Evaluated</li><li>&#9744; Not yet filed</li></ul>
<table><caption>Training matrix</caption>
<tr><th>Name</th><th>Course</th><th>Date</th></tr>
<tr><td rowspan="2">Ann</td><td>Forklift</td><td>2024-01-02</td></tr>
<tr><td colspan="2">First aid</td></tr>
<tr><td>Bob</td><td>&#9746;</td><td>12</td></tr>
</table>
</div></body></html>
"""


def _doc(tmp_path: Path, text: str = PAGE, encoding: str = "utf-8"):
    path = tmp_path / "training.html"
    path.write_bytes(text.encode(encoding))
    doc = parse_file(path, "training.html")
    assert doc.status is Status.OK, doc.error
    return doc


def test_headings_paragraphs_and_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert doc.title == "QP-05 Training"
    kinds = [(b.type, b.text, b.level, b.number, b.location.line) for b in doc.blocks[:4]]
    assert kinds == [
        (BlockType.PARAGRAPH, "Loose bold text in a div.", None, None, 7),
        (BlockType.HEADING, "QP-05 Competence and training", 1, None, 8),
        (BlockType.HEADING, "7.2 Competence", 2, "7.2", 9),
        (BlockType.PARAGRAPH, "Managers plan training every year.", None, None, 10),
    ]


def test_scripts_styles_and_navigation_are_ignored(tmp_path: Path) -> None:
    text = " ".join(b.text for b in _doc(tmp_path).blocks)
    assert "SCRIPT-TEXT" not in text and "NAV-TEXT" not in text and "color" not in text


def test_lists_with_numbers_nesting_and_checkboxes(tmp_path: Path) -> None:
    items = [(b.marker, b.text, b.checked) for b in _doc(tmp_path).blocks if b.type is BlockType.LIST_ITEM]
    assert items == [("3.", "Plan the course", None), ("•", "Book the room", None), ("4.", "Run it", None),
                     ("☒", "Evaluated", True), ("☐", "Not yet filed", False)]


def test_table_with_th_header_and_spans(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    block = next(b for b in doc.blocks if b.type is BlockType.TABLE)
    assert block.text == "Training matrix"
    table = block.table
    assert table.header == ("Name", "Course", "Date")
    assert table.rows == (("Ann", "Forklift", "2024-01-02"), ("Ann", "First aid", "First aid"), ("Bob", True, 12))
    assert table.location.line == 13


def test_legacy_encoding_and_entities(tmp_path: Path) -> None:
    page = "<html><body><h1>Qualité</h1><p>Caf&eacute; d&eacute;j&agrave; vu</p></body></html>"
    doc = _doc(tmp_path, page, "cp1252")
    assert [b.text for b in doc.blocks] == ["Qualité", "Café déjà vu"]


def test_xml_declaration_and_empty_body(tmp_path: Path) -> None:
    doc = _doc(tmp_path, '<?xml version="1.0" encoding="utf-8"?><html><body></body></html>')
    assert doc.blocks == ()


SITE_PAGE = """<!DOCTYPE html>
<html><head><title>Culture collection</title></head>
<body class="body-for-nav">
<header class="site-header"><a href="/">Lab protocols</a> <a href="/about">About</a></header>
<div class="col-md-3" id="tg-sb-sidebar">
<ul id="mysidebar" class="nav">
  <li class="sidebarTitle">Lab services</li>
  <li><a href="#">Overview</a><ul><li><a href="index.html">Welcome</a></li></ul></li>
  <li><a href="#">Cell culture</a><ul><li><a href="c.html">3D cultures</a></li>
      <li><a href="i.html">Immunofluorescence</a></li></ul></li>
</ul>
</div>
<div class="nav-content">
<h1>Culture collection</h1>
<p>Grow the cultures at 37C in 5% CO2 for <a href="t.html">ten days</a>.</p>
<ul><li><a href="form-12.html">Form 12 culture log</a></li><li><a href="sop-3.html">SOP-3 media prep</a></li></ul>
<aside class="sidebar"><p>Note: the incubator alarm rings at 39C; call the lab manager.</p></aside>
</div>
<main><aside class="sidebar"><a href="x.html">Related</a> <a href="y.html">Links</a></aside>
<p>Log every passage.</p></main>
<footer><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body></html>
"""


def test_site_menus_are_not_document_text_but_the_documents_links_are(tmp_path: Path) -> None:
    path = tmp_path / "culture.html"
    path.write_text(SITE_PAGE, encoding="utf-8")
    doc = parse_file(path, "culture.html")
    assert [(b.type.value, b.text, b.location.line) for b in doc.blocks] == [
        ("heading", "Culture collection", 14),
        ("paragraph", "Grow the cultures at 37C in 5% CO2 for ten days.", 15),
        ("list_item", "Form 12 culture log", 16),  # a list of links in the content is the document's
        ("list_item", "SOP-3 media prep", 16),
        ("paragraph", "Note: the incubator alarm rings at 39C; call the lab manager.", 17),  # not mostly links
        ("paragraph", "Related Links", 19),  # inside <main>: what the author put there
        ("paragraph", "Log every passage.", 20)]
