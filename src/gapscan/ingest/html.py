"""HTML pages (wiki and intranet exports): headings, paragraphs, lists, tables.

Navigation, scripts, styles and forms are not procedure text and are skipped. Navigation is a
`<nav>` or `role="navigation"`, and, outside the page's main content (`<main>`, `<article>`,
`role="main"`), a page header, footer or aside, or an element whose class or id names a menu
("nav", "navbar", "menu", "sidebar", "breadcrumbs"), when most of its text is link text: a
site's menu of links, not a sidebar or header the author wrote into the document. The page's own
table of contents (links to places in the page, in a block named "contents" or "toc", or a list of
nothing but such links) is skipped too: its headings are read where they stand. lxml's
HTML parser never loads DTDs or the network. Location line = the element's source line.
A `<p>` (or a run of inline text in a `<div>`) whose text is all inside `<b>`, `<strong>`
or a `font-weight: bold` style is offered to `textutil.promote_bold_paragraphs` as a
heading; list items and table cells never are.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from gapscan.ingest.base import IngestError, Limits, make_document
from gapscan.ingest.directives import MARKER, from_html_comments
from gapscan.ingest.tables import build_table, light_value
from gapscan.ingest.textutil import (BOX, checkbox_state, heading_number, promote_bold_paragraphs, read_text,
                                     real_title)
from gapscan.model import Block, BlockType, Document, Location

SKIP = {"script", "style", "nav", "noscript", "template", "svg", "iframe", "head", "button", "select",
        "textarea", "object", "canvas", "math"}
HEADINGS = {f"h{n}": n for n in range(1, 7)}
TEXT_BLOCKS = {"p", "pre", "dt", "dd", "figcaption", "address", "caption"}
LISTS = {"ul", "ol"}
NESTED = {"ul", "ol", "table"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "font", "i", "img", "input",
          "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
          "time", "tt", "u", "var", "wbr"}


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    text = read_text(source, limits.max_text_chars)
    blocks, title = html_blocks(text)
    doc = make_document(path=relpath, source=source, format="html", blocks=blocks, title=title)
    return replace(doc, ignores=from_html_comments(text, blocks)) if MARKER in text else doc


def html_blocks(text: str) -> tuple[list[Block], str | None]:
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input that declares an encoding
    if not text.strip():
        return [], None
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"cannot parse HTML: {exc}") from None
    # Past 256 levels libxml2 stops building the tree and says so only in its error log: the rest of the
    # page would be lost without a word, so the page is refused instead.
    if any("excessive depth" in (e.message or "").lower() for e in parser.error_log):
        raise IngestError("HTML nested more than 256 elements deep: the page cannot be read in full")
    walker = _Walker()
    body = root.find("body")
    walker.walk(body if body is not None else root)
    blocks = promote_bold_paragraphs(walker.blocks, walker.bold)
    title_el = root.find(".//title")
    title = real_title([" ".join(title_el.text_content().split()) if title_el is not None else None]
                       + [b.text for b in blocks if b.type is BlockType.HEADING], blocks)
    return blocks, title


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _hidden(el) -> bool:
    if _tag(el) in SKIP or el.get("hidden") is not None or (el.get("role") or "").lower() == "navigation":
        return True
    return "display:none" in (el.get("style") or "").replace(" ", "").lower() or _site_menu(el) or _page_contents(el)


CHROME_TAGS = {"header", "footer", "aside"}
CHROME_ROLES = {"menu", "menubar", "banner", "contentinfo"}
MENU_NAMES = {"nav", "navbar", "navigation", "menu", "menubar", "sidebar", "breadcrumb", "breadcrumbs"}
MAIN_CONTENT = {"main", "article"}


def _site_menu(el) -> bool:
    """A page's own navigation (see the module docstring): named or placed as one, outside the main content,
    and mostly links."""
    tag = _tag(el)
    if tag in ("html", "body") or tag in MAIN_CONTENT:
        return False
    names = re.split(r"[\s_-]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    if not (tag in CHROME_TAGS or (el.get("role") or "").lower() in CHROME_ROLES or MENU_NAMES.intersection(names)):
        return False
    if any(_tag(a) in MAIN_CONTENT or (a.get("role") or "").lower() == "main" for a in el.iterancestors()):
        return False
    text = len("".join(el.text_content().split()))
    links = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return text > 0 and 2 * links > text


CONTENTS_NAMES = {"contents", "toc"}
CONTENTS_BLOCKS = {"div", "nav", "section", "aside", "ul", "ol", "table"}
MIN_CONTENTS_ITEMS = 3


def _page_contents(el) -> bool:
    """The page's own table of contents: links to places in the same page ("#awareness"), in an element named as
    one (docutils' "contents topic", a wiki's "toc"), its title with it, or a list of 3 or more items that are
    nothing but such links. The headings it lists are read where they stand; read here they would be list items."""
    tag = _tag(el)
    if tag not in CONTENTS_BLOCKS:
        return False  # a heading's own link back to the contents ("toc-backref") is the heading's
    names = set(re.split(r"[\s_-]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
    named = bool(CONTENTS_NAMES & names)
    if not named and tag not in LISTS:
        return False
    text = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a")
                 if len(a.get("href") or "") > 1 and (a.get("href") or "").startswith("#"))
    if not text or not linked:
        return False
    if named:
        return 2 * linked > text
    return len([li for li in el if _tag(li) == "li"]) >= MIN_CONTENTS_ITEMS and linked == text


def _inline(el, *, stop: set[str] = frozenset(), links: list[str] | None = None) -> str:
    """Text of an element, skipping hidden parts and nested `stop` blocks (their tails kept). `links`, when given,
    gets the target of each link (`<a href>`) in that text, in order, as the markdown reader keeps them: an empty
    href is kept as "" (a link to a page not yet written), an `<a>` with no href (a named anchor) is no link."""
    parts = [el.text or ""]
    for child in el:
        tag = _tag(child)
        if tag and not _hidden(child) and tag not in stop:
            if tag == "br":
                parts.append(" ")
            elif tag == "input" and (child.get("type") or "").lower() == "checkbox":
                parts.append("☒ " if child.get("checked") is not None else "☐ ")
            else:
                if links is not None and tag == "a" and child.get("href") is not None:
                    links.append(child.get("href").strip())
                parts.append(_inline(child, stop=stop, links=links))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


BOLD_TAGS = {"b", "strong"}
BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)


def _is_bold_element(el) -> bool:
    return _tag(el) in BOLD_TAGS or bool(BOLD_STYLE.search(el.get("style") or ""))


def _wholly_bold(el) -> bool:
    """All visible text of the inline element `el` is bold (and it has some)."""
    if _is_bold_element(el):
        return bool(_inline(el))
    return _bold_run(el.text, list(el))


def _bold_run(text: str | None, children: list) -> bool:
    """Loose `text` and the inline `children` (with their tails) are all bold text, and some there is."""
    if (text or "").strip():
        return False
    seen = False
    for child in children:
        tag = _tag(child)
        if tag and not _hidden(child) and tag != "br":
            if tag not in INLINE:
                return False
            if _wholly_bold(child):
                seen = True
            elif _inline(child):  # an empty anchor or image between bold runs does not count
                return False
        if (child.tail or "").strip():
            return False
    return seen


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.bold: list[int] = []  # indices of wholly bold paragraphs

    def walk(self, el) -> None:
        tag = _tag(el)
        if not tag or _hidden(el):
            return
        if tag in HEADINGS:
            links: list[str] = []
            text = _inline(el, links=links)
            if text:
                number, _ = heading_number(text)
                self.blocks.append(Block(type=BlockType.HEADING, text=text, level=HEADINGS[tag], number=number,
                                         location=Location(line=el.sourceline), links=tuple(links)))
        elif tag in TEXT_BLOCKS:
            links = []
            self._paragraph(_inline(el, stop=NESTED, links=links), el.sourceline,
                            bold=tag == "p" and _bold_run(el.text, [c for c in el if _tag(c) not in NESTED]),
                            links=links)
            self._nested(el)
        elif tag in LISTS:
            self._list(el)
        elif tag == "table":
            self._table(el)
        else:
            self._container(el)

    def _container(self, el) -> None:
        """Inline runs directly in a div or body (common in wiki exports) become paragraphs."""
        run, line = [el.text or ""], el.sourceline
        lead, inline = el.text, []  # the run's loose text and inline elements, to tell a wholly bold run
        links: list[str] = []
        for child in el:
            tag = _tag(child)
            if tag in INLINE and not _hidden(child):
                if tag == "a" and child.get("href") is not None:
                    links.append(child.get("href").strip())
                run.append(" " if tag == "br" else _inline(child, links=links))
                inline.append(child)
            elif tag:
                self._paragraph(" ".join("".join(run).split()), line, bold=_bold_run(lead, inline), links=links)
                self.walk(child)
                run, line, lead, inline, links = [], child.sourceline, child.tail, [], []
                run.append(child.tail or "")
                continue
            run.append(child.tail or "")
        self._paragraph(" ".join("".join(run).split()), line, bold=_bold_run(lead, inline), links=links)

    def _nested(self, el) -> None:
        for child in el:
            if _tag(child) in NESTED:
                self.walk(child)

    def _paragraph(self, text: str, line: int | None, *, bold: bool = False, links: list[str] = ()) -> None:
        if not text:
            return
        location = Location(line=line)
        if text[0] in BOX and len(text) > 1:
            self.blocks.append(Block(type=BlockType.LIST_ITEM, text=text[1:].strip(), marker=text[0],
                                     checked=checkbox_state(text[0]), location=location, links=tuple(links)))
        else:
            if bold:
                self.bold.append(len(self.blocks))
            self.blocks.append(Block(type=BlockType.PARAGRAPH, text=text, location=location, links=tuple(links)))

    def _list(self, el) -> None:
        ordered = _tag(el) == "ol"
        start = el.get("start")
        n = int(start) if start and start.lstrip("-").isdigit() else 1
        for li in el:
            if _tag(li) != "li" or _hidden(li):
                continue
            value = li.get("value")
            if ordered and value and value.isdigit():
                n = int(value)
            links: list[str] = []
            text = _inline(li, stop=NESTED, links=links)
            marker, checked = (f"{n}." if ordered else "•"), None
            if text[:1] in BOX:
                marker, checked, text = text[0], checkbox_state(text[0]), text[1:].strip()
            if text:
                self.blocks.append(Block(type=BlockType.LIST_ITEM, text=text, marker=marker, checked=checked,
                                         location=Location(line=li.sourceline), links=tuple(links)))
            n += 1
            self._nested(li)

    def _table(self, el) -> None:
        grid, merges, header_rows, lines = [], [], [], []
        covered: dict[int, int] = {}  # column -> rows still covered by a rowspan above
        for tr in el.iter("tr"):
            if next(tr.iterancestors("table"), None) is not el:
                continue  # rows of a nested table stay in their cell's text
            r, row = len(grid), []

            def cover() -> None:
                while covered.get(len(row), 0) > 0:
                    covered[len(row)] -= 1
                    merges.append((r, len(row), r - 1, len(row)))
                    row.append(None)

            cells = [c for c in tr if _tag(c) in ("td", "th")]
            for cell in cells:
                cover()
                col = len(row)
                row.append(_cell_value(cell))
                span = _int_attr(cell, "colspan")
                for extra in range(1, span):
                    merges.append((r, col + extra, r, col))
                    row.append(None)
                for c in range(col, col + span):
                    covered[c] = _int_attr(cell, "rowspan") - 1
            cover()
            grid.append(row)
            lines.append(tr.sourceline)
            if cells and all(_tag(c) == "th" for c in cells):
                header_rows.append(r)
        if not grid:
            return
        from gapscan.ingest.docx import _merge_filler

        known = header_rows[-1] if header_rows and header_rows[-1] < 3 else None
        # each row keeps its own source line beside its row number (the header is row 1)
        table = build_table(grid, list(range(1, len(grid) + 1)), Location(line=el.sourceline), max_title_rows=2,
                            fill=_merge_filler(merges), known_header=known,
                            row_lines=lines if None not in lines else None)
        if table is not None:
            caption = el.find("caption")
            title = " ".join(caption.text_content().split()) if caption is not None else None
            text = title or table.title or " | ".join(table.header)
            self.blocks.append(Block(type=BlockType.TABLE, text=text, location=Location(line=el.sourceline),
                                     table=table))


def _int_attr(el, name: str) -> int:
    value = (el.get(name) or "1").strip()
    return max(1, min(int(value), 64)) if value.isdigit() else 1


def _cell_value(cell):
    text = _inline(cell, stop={"table"})
    if len(text) == 1 and text in BOX:
        state = checkbox_state(text)
        return state if state is not None else text
    return light_value(text)
