"""Parsers, one module per format, each returning the same Document model.

`parse_file` is the only entry point the engine uses. It never raises: a file that
cannot be read comes back as a Document with status error (or skipped) and one line.
"""
from __future__ import annotations

import importlib
import os
import re
import stat
import zipfile
from dataclasses import replace
from pathlib import Path

from gapscan.ingest.base import DEFAULT_LIMITS, IngestError, Limits, failed, sha256_of
from gapscan.model import REPORT_MARKER, Document, Status

# suffix -> (module, format name). Modules are imported only when a file needs them.
PARSERS: dict[str, tuple[str, str]] = {
    ".txt": ("text", "txt"),
    ".text": ("text", "txt"),
    ".md": ("markdown", "md"),
    ".markdown": ("markdown", "md"),
    ".adoc": ("asciidoc", "adoc"),
    ".asciidoc": ("asciidoc", "adoc"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".docx": ("docx", "docx"),
    ".docm": ("docx", "docx"),
    ".pdf": ("pdf", "pdf"),
    ".xlsx": ("xlsx", "xlsx"),
    ".xlsm": ("xlsx", "xlsm"),
    ".csv": ("csv", "csv"),
    ".tsv": ("csv", "tsv"),
    ".odt": ("odf", "odt"),
    ".ods": ("odf", "ods"),
}

# Known types gapscan does not read, with the one line that tells the user what to do.
UNSUPPORTED: dict[str, tuple[str, str]] = {
    ".doc": ("doc", "legacy Word 97-2003 file: save it as .docx"),
    ".xls": ("xls", "legacy Excel 97-2003 workbook: save it as .xlsx"),
    ".ppt": ("ppt", "PowerPoint 97-2003 file: not a procedure or record format gapscan reads"),
    ".pptx": ("pptx", "PowerPoint file: not a procedure or record format gapscan reads"),
    ".rtf": ("rtf", "RTF file: save it as .docx"),
    ".msg": ("msg", "Outlook message: not a document format gapscan reads"),
    ".zip": ("zip", "archive: unpack it to scan its contents"),
}


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if not suffix and _markdown_without_extension(path):
        return "md"
    if suffix in PARSERS:
        return PARSERS[suffix][1]
    if suffix in UNSUPPORTED:
        return UNSUPPORTED[suffix][0]
    return suffix.lstrip(".") or "unknown"


def is_candidate(path: Path) -> bool:
    """Files the walker lists: every supported or known-unsupported type, and a markdown page saved without a file
    extension (_markdown_without_extension)."""
    suffix = path.suffix.lower()
    return suffix in PARSERS or suffix in UNSUPPORTED or not suffix and _markdown_without_extension(path)


# A file without an extension is a page when its text reads as one: markup of two kinds at least (headings or bold
# lines, list items, links, table rows) and lines of prose outside comments. A LICENSE (numbered clauses of prose,
# no other markup), a CODEOWNERS or a Makefile (comments over short lines), a script (#!), a data file or a binary
# is not. Read from its first bytes only.
_SNIFF_BYTES = 64 * 1024
_MARKUP = {
    "heading": re.compile(r"^#{1,6}\s+[^\W\d_]|^\*\*[^*\n]+\*\*\s*$|^__[^_\n]+__\s*$", re.M),
    "list": re.compile(r"^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s+[^\W\d_]", re.M),
    "link": re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
    "table": re.compile(r"^\s*\|.*\|\s*$", re.M),
}
_PROSE_WORDS = 8
_PROSE_LINES = 2


def _markdown_without_extension(path: Path) -> bool:
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return False
    if not head or b"\0" in head or head.startswith(b"#!"):
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a character cut at the end of the bytes read is no fault
            return False
        text = head[:exc.start].decode("utf-8")
    kinds = sum(1 for pattern in _MARKUP.values() if pattern.search(text))
    prose = sum(1 for line in text.splitlines()
                if not line.lstrip().startswith("#") and len(re.findall(r"[^\W\d_]{2,}", line)) >= _PROSE_WORDS)
    return kinds >= 2 and prose >= _PROSE_LINES


def parse_file(source: Path, relpath: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse one file into a Document; never raises for anything the file contains."""
    fmt = format_of(source)
    try:
        st = os.stat(source)
    except OSError as exc:
        return failed(path=relpath, source=source, format=fmt, reason=f"cannot open file: {exc.strerror}")
    if not stat.S_ISREG(st.st_mode):
        return failed(path=relpath, source=source, format=fmt, status=Status.SKIPPED,
                      reason="not a regular file (pipe, device or socket)")
    suffix = source.suffix.lower()
    if not suffix:
        if fmt != "md":
            return failed(path=relpath, source=source, format=fmt, status=Status.SKIPPED,
                          reason="no file extension, and its text is no markdown page (a licence, a build or "
                                 "owners file, a script, data or a binary)")
        suffix = ".md"
    if suffix in UNSUPPORTED:
        return failed(path=relpath, source=source, format=fmt, status=Status.SKIPPED,
                      reason=UNSUPPORTED[suffix][1])
    if suffix not in PARSERS:
        return failed(path=relpath, source=source, format=fmt, status=Status.SKIPPED,
                      reason=f"unknown file type {suffix or '(none)'}")
    if st.st_size == 0:
        return failed(path=relpath, source=source, format=fmt, reason="empty file")
    if st.st_size > limits.max_file_bytes:
        return failed(path=relpath, source=source, format=fmt,
                      reason=f"file is {st.st_size // (1024 * 1024)} MB, over the "
                             f"{limits.max_file_bytes // (1024 * 1024)} MB limit")
    if _is_gapscan_report(source, suffix):
        return failed(path=relpath, source=source, format=fmt, status=Status.SKIPPED,
                      reason="a report or map written by gapscan, not a management-system document")
    module = importlib.import_module(f"gapscan.ingest.{PARSERS[suffix][0]}")
    try:
        doc = module.parse(source, relpath, limits)
    except IngestError as exc:
        return failed(path=relpath, source=source, format=fmt, reason=str(exc))
    except MemoryError:
        return failed(path=relpath, source=source, format=fmt, reason="file too large to read in memory")
    except RecursionError:
        return failed(path=relpath, source=source, format=fmt, reason="file structure nested too deeply")
    except Exception as exc:  # a parser library choking on a damaged file is data, not a crash
        return failed(path=relpath, source=source, format=fmt,
                      reason=f"cannot parse {fmt} file: {type(exc).__name__}: {exc}")
    try:
        digest = sha256_of(source)
    except OSError:
        digest = None
    return replace(doc, sha256=digest, format=fmt)


# Where each report format puts the marker: markdown ends with it in a comment, HTML names it as its
# generator, a Word report or an Excel map carries it in its keywords. A CSV has no place for one: a
# clause map saved as CSV is known by its header row, which no client's record shares (the columns of
# report/map_formats.py's MATRIX_COLUMNS, not imported here: that module pulls in the nlp stage).
_MARKER_SHAPES = (b"<!-- " + REPORT_MARKER.encode() + b" ", b'<meta name="generator" content="' + REPORT_MARKER.encode())
_MAP_CSV_HEADER = b"clause,title,document,section,location,strength,main,score,evidence,declared by"
_MARKER_PROBE = 16 * 1024  # bytes read at each end of a text file


def _is_gapscan_report(source: Path, suffix: str) -> bool:
    """Whether the file is one of gapscan's own reports or maps (read at its ends, its first line for
    a CSV, or its core properties for docx and xlsx)."""
    try:
        if suffix in (".docx", ".xlsx"):
            with zipfile.ZipFile(source) as archive:
                info = archive.getinfo("docProps/core.xml")
                if info.file_size > 1024 * 1024:
                    return False
                return REPORT_MARKER.encode() in archive.read(info)
        if suffix == ".csv":
            with open(source, "rb") as fh:
                first = fh.readline(4096)
            return first.removeprefix(b"\xef\xbb\xbf").rstrip(b"\r\n") == _MAP_CSV_HEADER
        if suffix not in (".md", ".markdown", ".html", ".htm"):
            return False
        with open(source, "rb") as fh:
            head = fh.read(_MARKER_PROBE)
            fh.seek(max(0, os.fstat(fh.fileno()).st_size - _MARKER_PROBE))
            tail = fh.read(_MARKER_PROBE)
        return any(shape in head or shape in tail for shape in _MARKER_SHAPES)
    except (OSError, KeyError, ValueError, EOFError, RuntimeError, zipfile.BadZipFile):
        return False  # the parser says what is wrong with a damaged file


__all__ = ["parse_file", "format_of", "is_candidate", "PARSERS", "UNSUPPORTED", "IngestError", "Limits",
           "DEFAULT_LIMITS"]
