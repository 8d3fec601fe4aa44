"""Plain text procedures: headings guessed from numbering and capitals, lists, paragraphs.

A line `gapscan: ignore CODES reason="..."` is a suppression (ingest/directives.py), not text.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gapscan.ingest.base import Limits, make_document
from gapscan.ingest.directives import attach, text_directive_lines
from gapscan.ingest.textutil import lines_to_blocks, read_text, real_title


def parse(source: Path, relpath: str, limits: Limits):
    text = read_text(source, limits.max_text_chars)
    lines = text.splitlines()
    directives = text_directive_lines(lines)
    # blanked, not removed, so every other line keeps its number
    blocks = lines_to_blocks(["" if i in directives else line for i, line in enumerate(lines)])
    title = real_title((b.text for b in blocks if b.type.value == "heading"), blocks)
    doc = make_document(path=relpath, source=source, format="txt", blocks=blocks, title=title)
    if not directives:
        return doc
    return replace(doc, ignores=attach([(i + 1, body) for i, body in directives.items()], blocks))
