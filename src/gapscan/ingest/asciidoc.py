"""AsciiDoc procedures (Antora and Asciidoctor sites): section titles, lists, `|===` tables.

A small line reader, not a full Asciidoctor: it keeps what a reader of the rendered page sees as the document's
structure and text, each block at its source line.

- Section titles `= Title` ... `====== Title` (and Markdown-style `#`): the level is the number of marks.
- Lists: `*`/`-` bullets (`**` nested), `.` and `1.` numbered items, `* [ ]`/`* [x]` tick boxes and
  `Term:: text` description items; a `+` line continues the item, whose next paragraph joins it.
- Tables `|===` (and `,===` CSV): cells start with `|` on one or several lines; `[cols="1,2"]` gives the width,
  otherwise the first line's cells do. The first row is the header when the table says so (`options="header"`,
  `%header`) or when a blank line follows it, as Asciidoctor reads it; otherwise the header is detected.
- Example, sidebar, quote and open blocks (`====`, `****`, `____`, `--`) are read as text; listing, literal,
  passthrough and comment blocks (`----`, `....`, `++++`, `////`) are code or markup, not procedure text.
- Header attributes (`:name: value`), block attributes (`[source]`, `[[id]]`), macros that render no text
  (`image::`, `include::`, `toc::`) and `//` comments are dropped; inline markup is reduced to its words
  (`*bold*`, `_emphasis_`, `` `code` ``, `link[text]`, `<<ref,text>>`, `footnote:[...]`, `{attribute}`).
- A paragraph wholly in bold (`*Responsibilities*`) is offered to `textutil.promote_bold_paragraphs`, as in
  Markdown.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from gapscan.ingest.base import Limits, make_document
from gapscan.ingest.tables import build_table, light_value
from gapscan.ingest.textutil import checkbox_state, heading_number, promote_bold_paragraphs, read_text, real_title
from gapscan.model import Block, BlockType, Location

SECTION = re.compile(r"^(?P<marks>={1,6}|#{1,6})\s+(?P<text>\S.*?)\s*(?:=+)?$")
BULLET = re.compile(r"^(?P<marker>\*{1,5}|-)\s+(?P<text>\S.*)$")
NUMBERED = re.compile(r"^(?P<marker>\.{1,5}|\d{1,3}\.|[a-z]\.)\s+(?P<text>\S.*)$")
DESCRIPTION = re.compile(r"^(?P<term>\S[^:]*?)(?::{2,4}|;;)(?:\s+(?P<text>.*))?$")
TASK = re.compile(r"^\[(?P<box>[ xX*])\]\s+(?P<text>.*)$")
ATTRIBUTE_ENTRY = re.compile(r"^:(?P<name>!?[\w-]+!?):(?:\s+(?P<value>.*))?$")
BLOCK_ATTRIBUTES = re.compile(r"^\[\[?[^\]]*\]\]?$")
BLOCK_TITLE = re.compile(r"^\.(?P<text>[^.\s].*)$")
BLOCK_MACRO = re.compile(r"^[a-z]+::\S*\[.*\]$")
# delimiters: text blocks are read, the others skipped; a delimiter is four or more of its character ("--" is exact)
READ_DELIMITERS = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|--)$")
SKIP_DELIMITERS = re.compile(r"^(?:-{4,}|\.{4,}|\+{4,}|/{4,})$")
TABLE_DELIMITER = re.compile(r"^(?P<sep>[|,:!])={3,}$")
HEADER_OPTION = re.compile(r"(?:options\s*=\s*\"?[^\"\]]*\bheader\b|%header)")
NOHEADER_OPTION = re.compile(r"%noheader|options\s*=\s*\"?[^\"\]]*\bnoheader\b")
COLS = re.compile(r"cols\s*=\s*\"?(?P<spec>[^\"\]]+)")
# a cell specifier before `|`: span ("2+"), duplication ("3*"), alignment and style ("^.^a")
CELL_SPEC = re.compile(r"(?:(?:\d+(?:\.\d+)?)?[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?$")

INLINE = (
    (re.compile(r"footnote(?:ref)?:[\w-]*\[(?:[^\[\]]|\[[^\]]*\])*\]"), ""),  # a link inside it brings brackets
    (re.compile(r"\bimage:[^\s\[]*\[(?P<alt>[^\]]*)\]"), r"\g<alt>"),
    (re.compile(r"\b(?:link|mailto|xref|kbd|btn|menu):(?P<target>[^\s\[]*)\[(?P<text>[^\]]*)\]"),
     lambda m: m.group("text").split(",")[0].strip('"') or m.group("target")),
    (re.compile(r"(?P<url>\b(?:https?|ftp|irc)://[^\s\[]+)\[(?P<text>[^\]]*)\]"),
     lambda m: m.group("text").split(",")[0].strip('"') or m.group("url")),
    (re.compile(r"<<(?P<ref>[^,>]+)(?:,\s*(?P<text>[^>]+))?>>"),
     lambda m: m.group("text") or m.group("ref").replace("-", " ").replace("_", " ").strip()),
    (re.compile(r"\[\[[^\]]*\]\]|\[#[\w-]+(?:\.[\w-]+)*\]|\[\.[\w-]+\](?=[*_#`])"), ""),
    (re.compile(r"(?<![\w*])\*\*?(?=\S)(?P<t>.+?)(?<=\S)\*?\*(?![\w*])"), r"\g<t>"),
    (re.compile(r"(?<![\w_])__?(?=\S)(?P<t>.+?)(?<=\S)_?_(?![\w_])"), r"\g<t>"),
    (re.compile(r"(?<![\w`])``?(?=\S)(?P<t>.+?)(?<=\S)`?`(?![\w`])"), r"\g<t>"),
    (re.compile(r"(?<![\w#])##?(?=\S)(?P<t>.+?)(?<=\S)#?#(?![\w#])"), r"\g<t>"),
    (re.compile(r"\s\+$"), ""),  # a hard line break
)


def parse(source: Path, relpath: str, limits: Limits):
    text = read_text(source, limits.max_text_chars)
    blocks = asciidoc_blocks(text.splitlines())
    title = real_title((b.text for b in blocks if b.type is BlockType.HEADING), blocks)
    return make_document(path=relpath, source=source, format="adoc", blocks=blocks, title=title)


def inline_text(text: str, attributes: dict[str, str] | None = None) -> str:
    """The words a reader sees in one line of AsciiDoc: markup and macros reduced to their text."""
    if attributes and "{" in text:
        text = re.sub(r"\{(?P<name>[\w-]+)\}", lambda m: attributes.get(m.group("name").lower(), m.group(0)), text)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


def _wholly_bold(text: str) -> str | None:
    m = re.fullmatch(r"\*\*?(?P<t>[^*]+?)\*?\*", text.strip())
    return m.group("t").strip() if m else None


def asciidoc_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    bold: list[int] = []  # indices of wholly bold paragraphs
    attributes: dict[str, str] = {}
    para: list[str] = []
    para_line = 0
    para_item: Block | None = None  # the list item a `+` continuation attaches the next paragraph to
    pending_attrs = ""  # the last block attribute line, read by the table it stands above
    pending_title: str | None = None
    closing: list[str] = []  # open delimited text blocks, innermost last

    def flush() -> None:
        nonlocal para_item
        if not para:
            return
        raw = " ".join(para)
        content = inline_text(raw, attributes)
        if content:
            if para_item is not None and blocks and blocks[-1] is para_item:
                blocks[-1] = Block(type=BlockType.LIST_ITEM, text=f"{para_item.text} {content}",
                                   marker=para_item.marker, checked=para_item.checked, location=para_item.location)
            else:
                strong = _wholly_bold(raw)
                if strong is not None and len(para) == 1:
                    bold.append(len(blocks))
                blocks.append(Block(type=BlockType.PARAGRAPH, text=content, location=Location(line=para_line)))
        para.clear()
        para_item = None

    i = 0
    while i < len(lines):
        line_no = i + 1
        line = lines[i].rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
            continue
        if stripped.startswith("//") and not stripped.startswith("///"):
            i += 1
            continue
        if SKIP_DELIMITERS.match(stripped):
            flush()
            end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == stripped), len(lines))
            i = end + 1
            pending_attrs, pending_title = "", None
            continue
        if READ_DELIMITERS.match(stripped):
            flush()
            if closing and closing[-1] == stripped:
                closing.pop()
            else:
                closing.append(stripped)
            i += 1
            continue
        table = TABLE_DELIMITER.match(stripped)
        if table:
            flush()
            end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == stripped), len(lines))
            _table(lines[i + 1:end], i + 2, table.group("sep"), pending_attrs, pending_title, line_no,
                   attributes, blocks)
            pending_attrs, pending_title = "", None
            i = end + 1
            continue
        entry = ATTRIBUTE_ENTRY.match(stripped)
        if entry and not para:
            attributes[entry.group("name").strip("!").lower()] = (entry.group("value") or "").strip()
            i += 1
            continue
        if BLOCK_ATTRIBUTES.match(stripped) and not para:
            pending_attrs = stripped
            i += 1
            continue
        if BLOCK_MACRO.match(stripped):
            flush()
            i += 1
            continue
        title = BLOCK_TITLE.match(stripped)
        if title and not para:
            pending_title = inline_text(title.group("text"), attributes)
            i += 1
            continue
        section = SECTION.match(stripped)
        if section and not para:
            content = inline_text(section.group("text"), attributes)
            if content:
                number, _ = heading_number(content)
                blocks.append(Block(type=BlockType.HEADING, text=content, level=len(section.group("marks")),
                                    number=number, location=Location(line=line_no)))
            pending_attrs, pending_title = "", None
            i += 1
            continue
        if stripped == "+":  # list continuation: the next paragraph belongs to the item above
            flush()
            if blocks and blocks[-1].type is BlockType.LIST_ITEM:
                para_item = blocks[-1]
            i += 1
            continue
        item = _list_item(stripped, line_no, attributes)
        if item is not None:
            flush()
            if pending_title:
                blocks.append(Block(type=BlockType.PARAGRAPH, text=pending_title,
                                    location=Location(line=line_no - 1)))
                pending_title = None
            blocks.append(item)
            # an item's text may run on over the following lines
            j = i + 1
            text = item.text
            while j < len(lines) and lines[j].strip() and not _starts_block(lines[j].strip()):
                text = f"{text} {inline_text(lines[j].strip(), attributes)}"
                j += 1
            if j > i + 1:
                blocks[-1] = Block(type=BlockType.LIST_ITEM, text=text, marker=item.marker, checked=item.checked,
                                   location=item.location)
            i = j
            continue
        if not para:
            para_line = line_no
            if pending_title:  # a block title ("Step 2") reads as a bold lead-in above its block
                blocks.append(Block(type=BlockType.PARAGRAPH, text=pending_title,
                                    location=Location(line=line_no - 1)))
                bold.append(len(blocks) - 1)
                pending_title = None
        pending_attrs = ""
        para.append(stripped)
        i += 1
    flush()
    return promote_bold_paragraphs(blocks, bold)


def _starts_block(stripped: str) -> bool:
    return bool(BULLET.match(stripped) or NUMBERED.match(stripped) or stripped == "+" or SECTION.match(stripped)
                or TABLE_DELIMITER.match(stripped) or READ_DELIMITERS.match(stripped)
                or SKIP_DELIMITERS.match(stripped) or DESCRIPTION.match(stripped))


def _list_item(stripped: str, line_no: int, attributes: dict[str, str]) -> Block | None:
    m = BULLET.match(stripped) or NUMBERED.match(stripped)
    if m:
        marker, text = m.group("marker"), m.group("text")
        checked = None
        task = TASK.match(text) if BULLET.match(stripped) else None
        if task:
            checked = task.group("box") != " "
            marker, text = ("☒" if checked else "☐"), task.group("text")
        elif marker.startswith("*"):
            marker = "-"
        elif marker.startswith("."):
            marker = "1."
        content = inline_text(text, attributes)
        if not content:
            return None
        return Block(type=BlockType.LIST_ITEM, text=content, marker=marker,
                     checked=checked if checked is not None else checkbox_state(marker),
                     location=Location(line=line_no))
    d = DESCRIPTION.match(stripped)
    if d and len(d.group("term").split()) <= 8:
        term = inline_text(d.group("term"), attributes)
        rest = inline_text(d.group("text") or "", attributes)
        return Block(type=BlockType.LIST_ITEM, text=f"{term}: {rest}" if rest else term, marker="-",
                     location=Location(line=line_no))
    return None


def _table(body: list[str], first_line: int, sep: str, attrs: str, title: str | None, line_no: int,
           attributes: dict[str, str], blocks: list[Block]) -> None:
    """Read the lines between `|===` delimiters into a table block."""
    width = _declared_width(attrs)
    cells: list[tuple[int, str]] = []  # (source line, raw cell text) in reading order
    first_row_end: int | None = None  # cells on the first non-blank line, when no width is declared
    blank_after_first = False
    seen_first = False
    for offset, raw in enumerate(body):
        n = first_line + offset
        stripped = raw.strip()
        if not stripped:
            if seen_first and first_row_end is None:
                first_row_end = len(cells)
                blank_after_first = True
            continue
        if stripped.startswith("//"):
            continue
        if sep == "|":
            parts = _split_cells(stripped)
            if parts is None:  # a line with no cell mark continues the cell above
                if cells:
                    cells[-1] = (cells[-1][0], f"{cells[-1][1]} {stripped}")
                continue
        else:
            delimiter = {",": ",", ":": ":", "!": "!"}[sep]
            parts = [p for p in stripped.split(delimiter)]
        if seen_first and first_row_end is None:
            first_row_end = len(cells)
        seen_first = True
        cells.extend((n, p) for p in parts)
    if width is None:
        width = first_row_end if first_row_end else len(cells)
    if not cells or not width:
        return
    grid: list[list] = []
    lines: list[int] = []
    for k in range(0, len(cells), width):
        row = cells[k:k + width]
        grid.append([light_value(inline_text(text, attributes)) for _, text in row] + [None] * (width - len(row)))
        lines.append(row[0][0])
    if HEADER_OPTION.search(attrs) or (blank_after_first and first_row_end == width
                                       and not NOHEADER_OPTION.search(attrs)):
        grid[0] = [str(v) if v is not None else None for v in grid[0]]
        known = 0
    else:
        known = None
    # rows are counted as in a Word or HTML table; each keeps the source line it starts on
    built = build_table(grid, list(range(1, len(grid) + 1)), Location(line=line_no), known_header=known,
                        row_lines=lines)
    if built is None:
        return
    if title and not built.title:
        built = replace(built, title=title)
    blocks.append(Block(type=BlockType.TABLE, text=" | ".join(built.header), location=Location(line=line_no),
                        table=built))


def _split_cells(stripped: str) -> list[str] | None:
    """The cells a line of a `|===` table starts ("|a |b", "2+|merged"), or None when it starts none."""
    if "|" not in stripped:
        return None
    head, *rest = re.split(r"(?<!\\)\|", stripped)
    if head.strip() and not CELL_SPEC.fullmatch(head.strip()):
        return None
    cells = []
    for k, part in enumerate(rest):
        # a cell specifier sits at the end of the text before the next `|`
        if k + 1 < len(rest):
            spec = re.search(r"\s(?P<spec>(?:\d+(?:\.\d+)?[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?)$", part)
            if spec and spec.group("spec"):
                part = part[:spec.start()]
        cells.append(part.replace("\\|", "|").strip())
    return cells


def _declared_width(attrs: str) -> int | None:
    m = COLS.search(attrs)
    if not m:
        return None
    spec = m.group("spec").strip()
    if re.fullmatch(r"\d+", spec):
        return int(spec) or None
    total = 0
    for part in spec.split(","):
        multiple = re.match(r"\s*(\d+)\*", part)
        total += int(multiple.group(1)) if multiple else 1
    return total or None
