"""Plain text procedures: headings guessed from numbering and capitals, lists, paragraphs."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest.base import IngestError, Limits, make_document
from gapscan.ingest.textutil import decode_bytes, lines_to_blocks


def parse(source: Path, relpath: str, limits: Limits):
    data = source.read_bytes()
    text = decode_bytes(data)
    if text is None:
        raise IngestError("not a text file (binary content)")
    blocks = lines_to_blocks(text.splitlines())
    title = next((b.text for b in blocks if b.type.value == "heading"), None)
    return make_document(path=relpath, source=source, format="txt", blocks=blocks, title=title)
