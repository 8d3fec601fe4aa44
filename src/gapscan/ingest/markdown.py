"""Markdown procedures (wikis, repos): headings, numbered and task lists, pipe tables.

markdown-it-py gives every block its source lines, so locations are real line numbers.
YAML front matter is skipped (its plain keys kept as `Document.front_matter`, its block scalars read as text);
code blocks and raw HTML are not procedure text, but a fence marked as markdown that wraps the page (opens it or
holds most of it) and MkDocs tabs and admonitions (a marker line and a body indented four spaces) are opened and
read. A code block's lines are kept apart, as
`Document.code` (a diagram's source, mermaid or plantuml, is not): the commands a page shows are details of the
work, never sentences to read claims from. An indented block (never a fenced one) whose lines read as sentences is
prose set in from the margin, as PDF and Word conversions leave it, and is read as text (`_dedent_prose`).
A paragraph that is wholly bold ("**4.1 Context of the organisation**"), or whose first
source line is (the section's text starting on the next line), is offered to
`textutil.promote_bold_paragraphs` as a heading; list items, table cells, quotes and a
bold lead-in on the same line as its text are not.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from gapscan.ingest.base import Limits, make_document
from gapscan.ingest.directives import MARKER, from_html_comments
from gapscan.ingest.tables import build_table, light_value
from gapscan.ingest.textutil import (bold_title_number, heading_number, looks_like_heading,
                                     promote_bold_paragraphs, read_text,
                                     real_title)
from gapscan.model import Block, BlockType, Document, Location

TASK = re.compile(r"^\[(?P<box>[ xX])\]\s+(?P<text>.*)$", re.S)


# A fence whose language is markdown holds document text, not code (exports and converters wrap whole pages in one).
MARKDOWN_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*(?:markdown|md)\s*$", re.IGNORECASE)
# MkDocs Material / pymdownx containers: a marker line ('=== "Tab"', '!!! note "Title"', '??? tip') and a body
# indented four spaces, which plain CommonMark would read as a code block.
CONTAINER = re.compile(r'^(?P<indent> *)(?:===|!!!|\?\?\?\+?)(?:\s+[\w-]+)?(?:\s+"(?P<title>[^"]*)")?\s*$')


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    text = read_text(source, limits.max_text_chars)
    prepared = _dedent_prose(_chapter_lines(_unwrap_containers(_blank_front_matter(text))))
    code: list[Block] = []
    blocks = markdown_blocks(prepared, code)
    title = real_title((b.text for b in blocks if b.type is BlockType.HEADING), blocks)
    ignores = from_html_comments(prepared, blocks, skip_lines=_code_lines(prepared)) if MARKER in prepared else ()
    return replace(make_document(path=relpath, source=source, format="md", blocks=blocks, title=title),
                   ignores=ignores, front_matter=front_matter_fields(text), code=tuple(code))


def _code_lines(text: str) -> set[int]:
    """Lines inside code blocks: a `gapscan: ignore` comment shown there is an example, not a directive."""
    from markdown_it import MarkdownIt

    lines: set[int] = set()
    for tok in MarkdownIt("commonmark").parse(text):
        if tok.type in ("fence", "code_block") and tok.map:
            lines.update(range(tok.map[0] + 1, tok.map[1] + 1))
    return lines


# A top-level front-matter key whose value is a YAML block scalar ('minutes: >-', 'body: |'): the indented lines
# under it are text, which static-site CMSs (Decap/Netlify CMS, Eleventy) use to hold a page's whole body.
BLOCK_SCALAR_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:\s*[|>][+-]?[1-9]?\s*$")
FRONT_TITLE = re.compile(r"^title\s*:\s*(?P<title>[^|>\s].*?)\s*$")


# a plain top-level 'key: value' line of front matter (not a block scalar, list or mapping opener)
FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s+(?P<value>[^|>\s#&*!\[{].*?)\s*$")


def _front_matter_end(lines: list[str]) -> int | None:
    """The index of the line closing a leading '---' YAML block, None when there is none. A closing '---' or
    '...' starts its line, as YAML's document markers do: one indented under a key is that value's text (a
    horizontal rule in minutes held in a block scalar), not the end of the front matter."""
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, min(len(lines), 200)):
        if lines[i].rstrip() in ("---", "..."):
            return i
    return None


def front_matter_fields(text: str) -> tuple[tuple[str, str, int], ...]:
    """The front matter's plain top-level 'key: value' lines: (key lower-cased, value unquoted, line number)."""
    lines = text.split("\n", 201)[:201]
    end = _front_matter_end(lines)
    if end is None:
        return ()
    out = []
    for n in range(1, end):
        m = FRONT_FIELD.match(lines[n])
        if m:
            value = m.group("value").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1].strip()
            if value:
                out.append((m.group("key").lower(), value, n + 1))
    return tuple(out)


def _blank_front_matter(text: str) -> str:
    """Replace a leading '---' YAML block by empty lines so line numbers stay true; the text of its block scalars
    (dedented, at its own lines) is kept, since a CMS page may hold its whole body there."""
    lines = text.split("\n")
    i = _front_matter_end(lines)
    if i is None:
        return text
    kept = _block_scalar_lines(lines[1:i])
    return "\n" * 1 + "\n".join(kept) + "\n" * 2 + "\n".join(lines[i + 1:]) if kept else \
        "\n" * (i + 1) + "\n".join(lines[i + 1:])


def _block_scalar_lines(front: list[str]) -> list[str]:
    """The front matter's lines, each blank except its title (as the page's heading) and those inside a top-level
    block scalar, dedented by the scalar's indent, under its key as a heading. Returns [] when there is no such
    scalar (the front matter is metadata only, and stays blank)."""
    out = [""] * len(front)
    found = False
    j = 0
    while j < len(front):
        title = FRONT_TITLE.match(front[j])
        if title and title.group("title").strip("'\" "):
            # the page's own title, above the sections its scalars hold (else the first of them, 'Agenda', would be)
            out[j] = "# " + title.group("title").strip().strip("'\"").strip()
        if not BLOCK_SCALAR_KEY.match(front[j]):
            j += 1
            continue
        k = j + 1
        indent = None
        while k < len(front) and (not front[k].strip() or front[k][:1] in (" ", "\t")):
            if front[k].strip():
                width = len(front[k]) - len(front[k].lstrip())
                indent = width if indent is None else min(indent, width)
            k += 1
        if indent:
            # the key names the text ('minutes', 'agenda', 'body'): it stands as the section's heading
            key = front[j].split(":", 1)[0].strip().replace("_", " ").replace("-", " ")
            out[j] = f"## {key[:1].upper()}{key[1:]}"
            for n in range(j + 1, k):
                out[n] = front[n][indent:] if front[n].strip() else ""
            found = found or any(out[j + 1:k])
        j = k
    return out if found else []


def _unwrap_containers(text: str) -> str:
    """Open markdown-language fences and MkDocs tabs/admonitions so their content is read as the document's own
    text. Lines are replaced, never added or removed, so every line number stays true."""
    lines = text.split("\n")
    page = sum(1 for x in lines if x.strip())
    i = 0
    while i < len(lines):
        fence = MARKDOWN_FENCE.match(lines[i])
        if fence:
            close = re.compile(r"^ {0,3}" + re.escape(fence.group("fence")[0]) + "{" + str(len(fence.group("fence")))
                               + r",}\s*$")
            end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), None)
            # a page wrapped in the fence: it opens the page, or holds most of it; one shown among the page's own
            # text ("Example:", "Create QUALITY-POLICY.md:" over a template with its blanks) is an example of another
            # document, kept as code
            if end is not None and not (all(not x.strip() or x.lstrip().startswith("<!--") for x in lines[:i])
                                        or 2 * sum(1 for x in lines[i:end + 1] if x.strip()) >= page):
                i = end + 1
                continue
            if end is not None:
                lines[i] = lines[end] = ""
                i += 1
                continue
        container = CONTAINER.match(lines[i])
        if container:
            inner = " " * (len(container.group("indent")) + 4)
            j = i + 1
            while j < len(lines) and (lines[j].startswith(inner) or not lines[j].strip()):
                j += 1
            while j > i + 1 and not lines[j - 1].strip():
                j -= 1
            if j > i + 1:
                title = container.group("title")
                lines[i] = container.group("indent") + (f"**{title}**" if title else "")
                for k in range(i + 1, j):
                    lines[k] = container.group("indent") + lines[k][len(inner):] if lines[k].strip() else ""
                continue  # read the dedented body again: containers nest
        i += 1
    return "\n".join(lines)


# A converted manual's chapter line: '7.     ASSET LIABILITY MANAGEMENT POLICIES' at the margin, its number set off by a
# tab stop's gap (three spaces or more, or a tab: no list a person or pandoc writes), a short title with no final stop.
CHAPTER_LINE = re.compile(r"^ {0,3}(?P<num>\d{1,3})\.(?: {3,}|\t\s*)(?P<title>\S.*?)\s*$")


def _chapter_lines(text: str) -> str:
    """Write a converted manual's chapter lines as headings. CommonMark reads '7.     TITLE' as an ordered list's
    item (its title, five spaces in, as code), and every section indented under it ('7.1 Philosophy', '7.2 ...') as
    the item's content, so none of them is a heading. A chapter line is one whose chapter has a section numbered
    under it further down ('7.1' after '7.'), or one with no sibling line numbered one before or after it (a list of
    one is a title). Lines are replaced, never added or removed, so every line number stays true."""
    if not re.search(r"^ {0,3}\d{1,3}\.(?: {3,}|\t)", text, re.M):
        return text
    from markdown_it import MarkdownIt

    lines = text.split("\n")
    # lines a fence or an indented block holds (not the code CommonMark reads on a list marker's own line: the case)
    code = {n for tok in MarkdownIt("commonmark").parse(text) if tok.map and (tok.type == "fence" or
            tok.type == "code_block" and tok.level == 0) for n in range(tok.map[0], tok.map[1])}
    numbered: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        m = re.match(r"^ {0,3}(\d{1,3})\.[ \t]", line)
        if m:
            numbered.setdefault(m.group(1), []).append(n)
    for n, line in enumerate(lines):
        m = CHAPTER_LINE.match(line)
        if not m or n in code or (n and lines[n - 1].strip()) or not bold_title_number(m.group("title"))[0]:
            continue
        num = m.group("num")
        section = re.compile(rf"^\s*{num}\.1\.?\s+\S")
        under = any(section.match(x) for x in lines[n + 1:])
        siblings = any(str(int(num) + d) in numbered for d in (-1, 1) if int(num) + d >= 0)
        if under or not siblings:
            lines[n] = f"# {num}. {m.group('title')}"
    return "\n".join(lines)


# An indented block whose lines read as sentences is prose set in from the margin (a PDF or Word page converted to
# markdown keeps its paragraph indents), not a code sample: words, capitalised, ending in full stops; a command,
# config line, path or program is none of these.
PROSE_LIST_MARK = re.compile(r"^(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z][.)])\s*")
PROSE_WORD = re.compile(r"^[(\"'“‘\[*_]*[A-Za-z][A-Za-z'’/&-]*[)\"'”’\]*_]*[.,;:!?]*[)\"'”’\]]*$")
CODE_MARK = re.compile(r"[{}<>`\\|]|\$[A-Za-z_({]|^\$\s|;\s*$|==|=>|:=|\s=\s|\w=\S|[a-z_]\(|"
                       r"^(?:#|//|--|/\*|>>>|%|@)|^[a-z_][\w.-]*\s*:(?:\s|$)")
SENTENCE_END = re.compile(r"[a-z]{2,}[.!?][\"')”’*_]*(?:\s|$)")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
MD_HEADING_LINE = re.compile(r"^\s*#{1,6}\s+\S")
INDENTED_LINE = re.compile(r"^ {4,}\S", re.M)


def _prose_line(line: str) -> bool | None:
    """True for a sentence's line (three or more tokens, three in four of them words), False for a line a command,
    config or program shows, None for a short run of words ("- Revocation", "Grants") that is either."""
    s = PROSE_LIST_MARK.sub("", line.strip(), count=1)
    if CODE_MARK.search(s):
        return False
    tokens = s.split()
    words = sum(1 for t in tokens if PROSE_WORD.match(t))
    if words < 0.75 * len(tokens):
        return False
    return True if len(tokens) >= 3 else None


def _reads_as_prose(content: str) -> bool:
    """An indented block's text reads as prose: no fewer sentences' lines than code lines (headings aside), six
    words or more, a capitalised word and a full stop (or ? !) ending one."""
    kinds = [_prose_line(ln) for ln in content.split("\n") if ln.strip() and not MD_HEADING_LINE.match(ln)]
    prose = kinds.count(True)
    if not prose or prose < kinds.count(False) or len(re.findall(r"[A-Za-z]{2,}", content)) < 6:
        return False
    return bool(SENTENCE_END.search(content)) and bool(CAPITALISED.search(content))


def _dedent_prose(text: str) -> str:
    """Set back by four columns every indented code block (never a fenced one) whose text reads as prose, and
    parse again until none is left: its paragraphs, headings and lists are then read as the document's own, and a
    table or command inside it, still indented past the rest, is judged on its own. Lines are replaced, never
    added or removed, so every line number stays true."""
    if not INDENTED_LINE.search(text):  # no line set in four columns: no indented block to read (no second parse)
        return text
    from markdown_it import MarkdownIt

    lines = text.split("\n")
    for _ in range(8):  # each pass sets a block back four columns; deeper indents are a layout's tables
        changed = False
        for tok in MarkdownIt("commonmark").parse("\n".join(lines)):
            if tok.type != "code_block" or not tok.map or not _reads_as_prose(tok.content):
                continue
            span = range(tok.map[0], min(tok.map[1], len(lines)))
            widths = [len(lines[n]) - len(lines[n].lstrip(" ")) for n in span if lines[n].strip()]
            if not widths or min(widths) < 4 or any("\t" in lines[n][:8] for n in span if lines[n].strip()):
                continue  # a block inside a quote or set in by tabs is left as it was
            for n in span:
                lines[n] = lines[n][4:] if lines[n].strip() else ""
            changed = True
        if not changed:
            break
    return "\n".join(lines)


def _inline_text(token, children=None) -> str:
    parts = []
    for child in token.children or () if children is None else children:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content if child.type != "html_inline" else "")
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


def _link_targets(token, children=None) -> tuple[str, ...]:
    """The targets of the links among the inline children, in order: the text keeps a link's words only. A link
    with no target ("[Start up procedure]()", a wiki's link to a page not yet written) is still a link: its target
    is kept as "" (a contents list of such links is still a contents list), which names no file."""
    found = []
    for child in token.children or () if children is None else children:
        if child.type == "link_open":
            found.append((child.attrGet("href") or "").strip())
    return tuple(found)


def _bold_first_line(token) -> int | None:
    """How many inline children make up the paragraph's wholly bold first line; None if it is not.

    All of them when the whole paragraph is bold; up to the first line break when only the
    first line is (a bold title with its text on the next lines).
    """
    children = token.children or ()
    depth, seen_bold = 0, False
    for n, child in enumerate(children):
        if child.type == "strong_open":
            depth += 1
        elif child.type == "strong_close":
            depth -= 1
        elif child.type in ("softbreak", "hardbreak"):
            if depth == 0:
                return n if seen_bold else None
        elif child.type in ("text", "code_inline", "image"):
            if (child.content or "").strip():
                if depth == 0:
                    return None
                seen_bold = True
    return len(children) if seen_bold else None


def _paragraph_lines(token) -> list[str] | None:
    """The lines of a paragraph of plain text (None where it holds links, emphasis or code)."""
    children = token.children or ()
    if any(c.type not in ("text", "softbreak") for c in children):
        return None
    lines, current = [], []
    for child in children:
        if child.type == "softbreak":
            lines.append(" ".join(" ".join(current).split()))
            current = []
        else:
            current.append(child.content)
    lines.append(" ".join(" ".join(current).split()))
    return lines


def _numbered(line: str) -> bool:
    """A line that opens with a clause-style number with a dot ('8.1.1', '2.0', 'A.5', '7.2.1.') and a word."""
    num, rest = heading_number(line)
    return num is not None and "." in num and line.upper().startswith(num) and rest[:1].isalpha()


def numbered_headings(lines: list[str]) -> list[int] | None:
    """Which lines of a paragraph are section headings written as plain lines, as a manual converted to markdown
    writes them: a clause-style number with a dot and a short title with no final stop ('8.1.1   Policy Statement').
    [-1] when the whole paragraph is one such heading (a title wrapped onto a second line). A heading line opens
    the paragraph or follows a finished sentence, and the line after it (if any) starts a sentence; a line beside
    another numbered line is an item of a numbered list ('7.2.2.11 Gap Analysis' over '7.2.2.12 Projected Key
    Ratios'), and a numbered sentence ('4.2 The organization shall determine' over 'the needs of ...', '1.5 Kilograms
    of flour are weighed.') is none. None when no line is a heading."""
    numbered = [_numbered(x) for x in lines]
    if numbered[0] and not any(numbered[1:]) and looks_like_heading(" ".join(lines)):
        return [-1]
    found = []
    for k, line in enumerate(lines):
        if not numbered[k] or not looks_like_heading(line):
            continue
        if k > 0 and (numbered[k - 1] or not re.search(r"[.:;!?]$", lines[k - 1])):
            continue
        if k + 1 < len(lines) and (numbered[k + 1] or not lines[k + 1][:1].isupper()):
            continue
        found.append(k)
    return found or None


# a fence holding a diagram's source, not what a person types
DIAGRAM_FENCE = re.compile(r"^(?:mermaid|plantuml|puml|dot|graphviz|flowchart|sequence|svg|math|latex|tex)\b", re.I)
CODE_LINES = 2000  # per file: a page that pastes a whole log or program gives no more details past these


def markdown_blocks(text: str, code: list[Block] | None = None) -> list[Block]:
    """Blocks in source order; list items carry their visible marker ("1.", "-", "☐") and their list's depth as
    `level` (1 at the top, 2 for a list inside an item). `code`, when given, gets
    the non-blank lines of the code blocks, each a paragraph Block at its own line."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[Block] = []
    bold: list[int] = []  # indices of wholly bold paragraphs
    split: list[int] = []  # bold first lines taken off their paragraph
    quotes = 0  # open block quotes: a bold line quoted is not the document's own section
    lists: list[dict] = []  # open lists: {"ordered": bool, "next": int}
    item_marker: list[str | None] = []  # marker of the open list item, None once its first paragraph is used
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = tok.map[0] + 1 if tok.map else None
        if tok.type == "heading_open":
            content = _inline_text(tokens[i + 1])
            if content:
                number, _ = heading_number(content)
                # a heading may name a page by its link ("## [Incident form](forms/incident.md)")
                blocks.append(Block(type=BlockType.HEADING, text=content, level=int(tok.tag[1]), number=number,
                                    location=Location(line=line), links=_link_targets(tokens[i + 1])))
            i += 3
            continue
        if tok.type in ("fence", "code_block") and code is not None and line is not None \
                and len(code) < CODE_LINES and not DIAGRAM_FENCE.match(tok.info or ""):
            first = line + 1 if tok.type == "fence" else line  # a fence's first line is its opening marker
            for n, source in enumerate(tok.content.split("\n")):
                if source.strip() and len(code) < CODE_LINES:
                    code.append(Block(type=BlockType.PARAGRAPH, text=source.rstrip(), location=Location(line=first + n)))
        if tok.type in ("ordered_list_open", "bullet_list_open"):
            start = tok.attrGet("start")
            lists.append({"ordered": tok.type == "ordered_list_open", "next": int(start) if start else 1})
        elif tok.type in ("ordered_list_close", "bullet_list_close"):
            lists.pop()
        elif tok.type == "list_item_open":
            current = lists[-1] if lists else {"ordered": False, "next": 1}
            if current["ordered"]:
                marker = f"{tok.info or current['next']}{tok.markup or '.'}"
                current["next"] = int(tok.info) + 1 if tok.info.isdigit() else current["next"] + 1
            else:
                marker = tok.markup or "-"
            item_marker.append(marker)
        elif tok.type == "list_item_close":
            item_marker.pop()
        elif tok.type == "blockquote_open":
            quotes += 1
        elif tok.type == "blockquote_close":
            quotes -= 1
        elif tok.type == "paragraph_open":
            content = _inline_text(tokens[i + 1])
            location = Location(line=line)
            if item_marker and item_marker[-1] is not None:
                marker, checked = item_marker[-1], None
                task = TASK.match(content)
                if task:
                    checked = task.group("box") != " "
                    marker = "☒" if checked else "☐"
                    content = task.group("text").strip()
                item_marker[-1] = None
                # its list's depth: 1 for a top-level list, 2 for a list inside an item ...
                blocks.append(Block(type=BlockType.LIST_ITEM, text=content, marker=marker, checked=checked,
                                    level=len(lists) or 1, location=location, links=_link_targets(tokens[i + 1])))
            elif content and not item_marker and not quotes and numbered_headings(
                    _paragraph_lines(tokens[i + 1]) or [""]) is not None:
                # '8.1.1   Policy Statement' over its text: the section's heading, then its paragraph
                lines = _paragraph_lines(tokens[i + 1])
                heads = numbered_headings(lines)
                if heads == [-1]:
                    heads, lines = [0], [" ".join(lines)]
                start = 0
                for k in heads + [len(lines)]:
                    if lines[start:k]:
                        blocks.append(Block(type=BlockType.PARAGRAPH, text=" ".join(lines[start:k]),
                                            location=Location(line=line + start)))
                    if k < len(lines):
                        number, _ = heading_number(lines[k])
                        blocks.append(Block(type=BlockType.HEADING, text=lines[k], level=number.count(".") + 1,
                                            number=number, location=Location(line=line + k)))
                    start = k + 1
            elif content:
                first = _bold_first_line(tokens[i + 1]) if not item_marker and not quotes else None
                children = tokens[i + 1].children or []
                links = _link_targets(tokens[i + 1])
                if first is not None and first < len(children):
                    head = _inline_text(tokens[i + 1], children[:first])
                    if bold_title_number(head)[0]:
                        bold.append(len(blocks))
                        split.append(len(blocks))
                        blocks.append(Block(type=BlockType.PARAGRAPH, text=head, location=location,
                                            links=_link_targets(tokens[i + 1], children[:first])))
                        content = _inline_text(tokens[i + 1], children[first:])
                        links = _link_targets(tokens[i + 1], children[first:])
                        location = Location(line=line + 1)
                elif first is not None:
                    bold.append(len(blocks))
                blocks.append(Block(type=BlockType.PARAGRAPH, text=content, location=location, links=links))
            i += 3
            continue
        elif tok.type == "table_open":
            i = _table(tokens, i, blocks)
            continue
        i += 1
    blocks = promote_bold_paragraphs(blocks, bold)
    for n in reversed(split):  # a first line that did not become a heading goes back into its paragraph
        if blocks[n].type is BlockType.PARAGRAPH:
            blocks[n:n + 2] = [Block(type=BlockType.PARAGRAPH, text=f"{blocks[n].text} {blocks[n + 1].text}",
                                     location=blocks[n].location, links=blocks[n].links + blocks[n + 1].links)]
    return blocks


def _table(tokens, i: int, blocks: list[Block]) -> int:
    """Read a pipe table starting at tokens[i]; return the index after table_close."""
    start_line = tokens[i].map[0] + 1 if tokens[i].map else None
    grid, lines, row, row_line = [], [], None, None
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "tr_open":
            row, row_line = [], tok.map[0] + 1 if tok.map else None
        elif tok.type == "inline" and row is not None:
            row.append(light_value(_inline_text(tok)))
        elif tok.type == "tr_close" and row is not None:
            grid.append(row)
            lines.append(row_line or (start_line or 0) + len(grid))
            row = None
        i += 1
    if grid:
        grid[0] = [str(v) if v is not None else None for v in grid[0]]
        # the row above |---| is the header by Markdown's own rule; rows are counted as in a
        # Word or HTML table (the header is row 1), each row also keeps its own source line
        table = build_table(grid, list(range(1, len(grid) + 1)), Location(line=start_line), known_header=0,
                            row_lines=lines)
        if table is not None:
            blocks.append(Block(type=BlockType.TABLE, text=" | ".join(table.header), location=Location(line=start_line),
                                table=table))
    return i + 1
