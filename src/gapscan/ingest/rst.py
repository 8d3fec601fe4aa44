"""reStructuredText pages (Sphinx and Read the Docs sites, Python projects' READMEs and governance pages): section
titles, paragraphs, lists, tables, each block at its source line.

Read by docutils' own parser into its document tree, with nothing it could reach outside the text: file inclusion
and raw passthrough are off, its messages go nowhere, no configuration file is read.

- Sections by their nesting (the title adornments' order), as a reader of the rendered page sees them.
- Bullet and numbered lists (nested lists one level deeper), definition lists and field lists ("Owner: text").
- Grid and simple tables, and `list-table`/`csv-table` directives; a table's header row is the one it marks.
- Admonitions, block quotes, containers and topics are read as text; literal and code blocks, comments, targets,
  substitutions and the messages docutils writes for directives it does not know (Sphinx's `toctree`,
  `code-block`) are not procedure text.
- Sphinx's roles (`:ref:`Label <target>``, `:doc:`page``) become the words they show: docutils knows no such role.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from gapscan.ingest.base import Limits, make_document
from gapscan.ingest.tables import build_table, light_value
from gapscan.ingest.textutil import heading_number, read_text, real_title
from gapscan.model import Block, BlockType, Location

# a role docutils may not know: ':ref:`Label <target>`', ':doc:`page`', ':term:`word`' -> the words shown
ROLE = re.compile(r":(?:[\w.+-]+:)+`(?P<text>[^`<]*?)\s*(?:<[^`>]*>)?`")

SETTINGS = {
    "report_level": 5,  # no message reaches a stream
    "halt_level": 5,  # no message stops the parse
    "warning_stream": None,  # set per parse: a throwaway buffer
    "file_insertion_enabled": False,  # `include` and `csv-table :file:` read nothing from disk
    "raw_enabled": False,
    "_disable_config": True,  # no docutils.conf of the machine or the scanned folder
    "doctitle_xform": False,  # the first section stays a section (its title a heading)
    "sectsubtitle_xform": False,
    "input_encoding": "unicode",
    "syntax_highlight": "none",
    "character_level_inline_markup": False,
}


def parse(source: Path, relpath: str, limits: Limits):
    text = read_text(source, limits.max_text_chars)
    blocks = rst_blocks(text)
    title = real_title((b.text for b in blocks if b.type is BlockType.HEADING), blocks)
    return make_document(path=relpath, source=source, format="rst", blocks=blocks, title=title)


def rst_blocks(text: str) -> list[Block]:
    from docutils.core import publish_doctree

    tree = publish_doctree(ROLE.sub(lambda m: m.group("text"), text),
                           settings_overrides={**SETTINGS, "warning_stream": io.StringIO()})
    blocks: list[Block] = []
    _Reader(blocks).walk(tree, 0)
    return blocks


def _text(node) -> str:
    return " ".join(node.astext().split())


class _Reader:
    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.line = 1  # the last source line seen: docutils leaves some nodes without one

    def at(self, node) -> Location:
        line = getattr(node, "line", None)
        if line is None:
            line = next((n.line for n in node.findall() if getattr(n, "line", None)), None)
        if line:
            self.line = line
        return Location(line=self.line)

    def walk(self, node, depth: int) -> None:
        from docutils import nodes

        for child in node.children:
            if isinstance(child, nodes.section):
                title = next((c for c in child.children if isinstance(c, nodes.title)), None)
                if title is not None and _text(title):
                    self.heading(title, depth + 1)
                self.walk(child, depth + 1)
            elif isinstance(child, (nodes.title, nodes.subtitle)) and isinstance(node, nodes.document):
                self.heading(child, depth + 1)
            elif isinstance(child, nodes.title) and isinstance(node, nodes.section):
                continue  # the section's own title: its heading, above
            elif isinstance(child, (nodes.title, nodes.rubric)):
                if _text(child):  # an admonition's, topic's or table's own title: a line of text
                    self.blocks.append(Block(type=BlockType.PARAGRAPH, text=_text(child), location=self.at(child)))
            elif isinstance(child, (nodes.paragraph, nodes.line_block, nodes.attribution, nodes.caption)):
                if _text(child):
                    self.blocks.append(Block(type=BlockType.PARAGRAPH, text=_text(child), location=self.at(child)))
            elif isinstance(child, (nodes.bullet_list, nodes.enumerated_list)):
                self.items(child, 1)
            elif isinstance(child, nodes.definition_list):
                for item in child.children:
                    term = " ".join(_text(t) for t in item.children if isinstance(t, nodes.term))
                    body = " ".join(_text(d) for d in item.children if isinstance(d, nodes.definition))
                    self.blocks.append(Block(type=BlockType.PARAGRAPH, text=f"{term}: {body}".strip(": "),
                                             location=self.at(item)))
            elif isinstance(child, (nodes.field_list, nodes.docinfo)):
                for field in child.children:
                    parts = [_text(c) for c in field.children]
                    if any(parts):
                        self.blocks.append(Block(type=BlockType.PARAGRAPH, text=": ".join(p for p in parts if p),
                                                 location=self.at(field)))
            elif isinstance(child, nodes.table):
                self.table(child)
            elif isinstance(child, (nodes.literal_block, nodes.doctest_block, nodes.comment, nodes.system_message,
                                    nodes.raw, nodes.substitution_definition, nodes.target, nodes.image,
                                    nodes.problematic, nodes.pending, nodes.transition)):
                continue
            elif isinstance(child, nodes.Element):
                # admonitions, block quotes, containers, topics, sidebars, figures, compound paragraphs
                self.walk(child, depth)

    def heading(self, title, level: int) -> None:
        words = _text(title)
        number, _ = heading_number(words)
        location = self.at(title)
        if title.line and title.line > 1:  # docutils gives the underline's line; the reader looks for the title's
            location = Location(line=title.line - 1)
        self.blocks.append(Block(type=BlockType.HEADING, text=words, level=level, number=number, location=location))

    def items(self, listing, level: int) -> None:
        from docutils import nodes

        numbered = isinstance(listing, nodes.enumerated_list)
        start = int(listing.get("start", 1) or 1)
        suffix = listing.get("suffix", ".") or "."
        for i, item in enumerate(listing.children):
            words = " ".join(_text(c) for c in item.children
                             if not isinstance(c, (nodes.bullet_list, nodes.enumerated_list, nodes.literal_block,
                                                   nodes.system_message, nodes.comment)))
            marker = f"{start + i}{suffix}" if numbered else listing.get("bullet", "-")
            if words:
                self.blocks.append(Block(type=BlockType.LIST_ITEM, text=words, marker=marker, level=level,
                                         location=self.at(item)))
            for inner in item.children:
                if isinstance(inner, (nodes.bullet_list, nodes.enumerated_list)):
                    self.items(inner, level + 1)

    def table(self, table) -> None:
        from docutils import nodes

        grid: list[list] = []
        known = None
        for group in table.findall(nodes.tgroup):
            for part in group.children:
                if not isinstance(part, (nodes.thead, nodes.tbody)):
                    continue
                if isinstance(part, nodes.thead) and known is None and not grid:
                    known = 0
                for row in part.children:
                    grid.append([light_value(_text(entry)) for entry in row.children])
            break  # one tgroup a table
        if not grid:
            return
        if known == 0:
            grid[0] = [str(v) if v is not None else None for v in grid[0]]
        location = self.at(table)
        built = build_table(grid, list(range(1, len(grid) + 1)), location, known_header=known)
        if built is None:
            return
        title = next((_text(c) for c in table.children if isinstance(c, nodes.title)), None)
        if title:
            self.blocks.append(Block(type=BlockType.PARAGRAPH, text=title, location=location))
        self.blocks.append(Block(type=BlockType.TABLE, text=" | ".join(built.header), location=location,
                                 table=built))
