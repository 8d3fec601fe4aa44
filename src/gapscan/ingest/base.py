"""Shared pieces of the parsers: the error type, limits, and the document builder."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from gapscan.model import Block, Document, Status


class IngestError(Exception):
    """A file gapscan cannot read; the message is the one line the user sees."""


@dataclass(frozen=True, kw_only=True)
class Limits:
    """Bounds that keep a hostile or huge file from eating the machine."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_unzipped_bytes: int = 300 * 1024 * 1024  # total inflated size of an OOXML/ODF zip
    max_zip_ratio: int = 200  # inflated / compressed of any one member
    max_pages: int = 2000
    max_rows: int = 1_000_000  # per sheet
    max_cells: int = 5_000_000  # per file
    timeout_seconds: float = 120.0  # per file, enforced by the engine


DEFAULT_LIMITS = Limits()


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def make_document(*, path: str, source: Path, format: str, blocks: list[Block] | tuple[Block, ...],
                  title: str | None = None, pages: int | None = None) -> Document:
    return Document(path=path, source=str(source), format=format, title=title,
                    blocks=tuple(blocks), pages=pages)


def failed(*, path: str, source: Path, format: str, reason: str,
           status: Status = Status.ERROR) -> Document:
    """A document that could not be read: one line, no traceback."""
    line = " ".join(str(reason).split())[:300] or "unreadable file"
    return Document(path=path, source=str(source), format=format, status=status, error=line)
