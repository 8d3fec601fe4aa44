"""A page's own table of contents (links to places in the same page) is not procedure text: the headings it lists are
read where they stand. Held out (session 23, a nursery's 52 policy pages exported by docutils): every page began with
a "Contents" list of its own headings, read as list items, and each heading carries a link back to it ("toc-backref")
that must not hide the heading.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType

DOCUTILS_PAGE = """<html><body><div class="document" id="smoking">
<h1 class="title">Smoking</h1>
<div class="contents topic" id="contents">
<p class="topic-title first">Contents</p>
<ul class="simple">
<li><a class="reference internal" href="#policy" id="id1">Policy</a></li>
<li><a class="reference internal" href="#procedures" id="id2">Procedures</a><ul>
<li><a class="reference internal" href="#awareness" id="id3">Awareness</a></li>
</ul></li>
</ul>
</div>
<div class="section" id="policy"><h1><a class="toc-backref" href="#id1">Policy</a></h1>
<p>Smoking is prohibited in all areas of the setting, including the garden.</p></div>
<div class="section" id="procedures"><h1><a class="toc-backref" href="#id2">Procedures</a></h1>
<div class="section" id="awareness"><h2><a class="toc-backref" href="#id3">Awareness</a></h2>
<ul><li>The manager tells every new parent and volunteer at the first visit.</li>
<li>No-smoking signs are fixed at both gates.</li></ul></div></div>
</div></body></html>"""


def _blocks(tmp_path: Path, html: str) -> list[tuple[BlockType, str]]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [(b.type, b.text) for b in parse_file(path, "page.html").blocks]


def test_a_named_contents_block_is_skipped_and_the_headings_it_lists_stay(tmp_path: Path) -> None:
    assert _blocks(tmp_path, DOCUTILS_PAGE) == [
        (BlockType.HEADING, "Smoking"),
        (BlockType.HEADING, "Policy"),
        (BlockType.PARAGRAPH, "Smoking is prohibited in all areas of the setting, including the garden."),
        (BlockType.HEADING, "Procedures"),
        (BlockType.HEADING, "Awareness"),
        (BlockType.LIST_ITEM, "The manager tells every new parent and volunteer at the first visit."),
        (BlockType.LIST_ITEM, "No-smoking signs are fixed at both gates."),
    ]


def test_an_unnamed_list_of_in_page_links_is_skipped(tmp_path: Path) -> None:
    html = """<html><body><h1>Backups</h1><ul><li><a href="#scope">Scope</a></li><li><a href="#daily">Daily</a></li>
    <li><a href="#restore">Restore test</a></li></ul><h2 id="scope">Scope</h2><p>All file servers.</p></body></html>"""
    assert _blocks(tmp_path, html) == [(BlockType.HEADING, "Backups"), (BlockType.HEADING, "Scope"),
                                      (BlockType.PARAGRAPH, "All file servers.")]


def test_lists_that_say_more_than_links_or_link_out_stay(tmp_path: Path) -> None:
    html = """<html><body><h1>Forms</h1>
    <ul><li>Fill in <a href="#f1">form F-01</a> within two days.</li><li><a href="#f2">F-02</a> goes to the manager.</li>
    <li><a href="#f3">F-03</a></li></ul>
    <ul><li><a href="https://example.org/a">Supplier list</a></li><li><a href="https://example.org/b">Price list</a></li>
    <li><a href="https://example.org/c">Order log</a></li></ul>
    <ul><li><a href="#a">Annex A</a></li><li><a href="#b">Annex B</a></li></ul></body></html>"""
    items = [text for kind, text in _blocks(tmp_path, html) if kind is BlockType.LIST_ITEM]
    assert items == ["Fill in form F-01 within two days.", "F-02 goes to the manager.", "F-03", "Supplier list",
                     "Price list", "Order log", "Annex A", "Annex B"]
