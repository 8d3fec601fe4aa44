"""Plain text procedures: headings guessed from numbering and capitals, lists, paragraphs."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest.base import Limits, make_document
from gapscan.ingest.textutil import lines_to_blocks, read_text


def parse(source: Path, relpath: str, limits: Limits):
    text = read_text(source, limits.max_text_chars)
    blocks = lines_to_blocks(text.splitlines())
    title = next((b.text for b in blocks if b.type.value == "heading"), None)
    return make_document(path=relpath, source=source, format="txt", blocks=blocks, title=title)
