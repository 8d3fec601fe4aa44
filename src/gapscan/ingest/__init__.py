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
    ".rst": ("rst", "rst"),
    ".rest": ("rst", "rst"),
    ".adoc": ("asciidoc", "adoc"),
    ".asciidoc": ("asciidoc", "adoc"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".docx": ("docx", "docx"),
    ".docm": ("docx", "docx"),
    # templates: a blank form or procedure kept as a Word or Excel template is read as the document it makes
    ".dotx": ("docx", "docx"),
    ".dotm": ("docx", "docx"),
    ".pdf": ("pdf", "pdf"),
    ".xlsx": ("xlsx", "xlsx"),
    ".xlsm": ("xlsx", "xlsm"),
    ".xltx": ("xlsx", "xlsx"),
    ".xltm": ("xlsx", "xlsm"),
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
    if not suffix:
        return _without_extension(path) or "unknown"
    if suffix in PARSERS:
        return PARSERS[suffix][1]
    if suffix in UNSUPPORTED:
        return UNSUPPORTED[suffix][0]
    return suffix.lstrip(".") or "unknown"


def is_candidate(path: Path) -> bool:
    """Files the walker lists: every supported or known-unsupported type, and a markdown page or a CSV table saved
    without a file extension (_without_extension)."""
    suffix = path.suffix.lower()
    return suffix in PARSERS or suffix in UNSUPPORTED or not suffix and _without_extension(path) is not None


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


def _without_extension(path: Path) -> str | None:
    """What a file without an extension holds, told by its first bytes: 'md' for a markdown page, 'csv' for a table
    of comma, semicolon or tab separated values (a register exported without '.csv'); None for anything else."""
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return None
    if not head or b"\0" in head or head.startswith(b"#!"):
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a character cut at the end of the bytes read is no fault
            return None
        text = head[:exc.start].decode("utf-8")
    if _markdown_page(text):
        return "md"
    if _csv_table(text, whole=len(head) < _SNIFF_BYTES):
        return "csv"
    return None


# A table of values: every line cut by one delimiter into the same number of cells (two at least), over three lines
# at least; a header of names (one may be blank, as R writes its row names' column), no number among them; short
# cells, with a digit in the data. A licence's or a build file's lines, with a comma now and then, never line up.
_CSV_DELIMITERS = (",", ";", "\t")
_CSV_MIN_LINES = 3
_CSV_CELL_CHARS = 200


def _csv_table(text: str, whole: bool) -> bool:
    import csv as stdcsv

    lines = [line for line in text.splitlines() if line.strip()]
    if not whole:
        lines = lines[:-1]  # the last line read may be cut
    if len(lines) < _CSV_MIN_LINES or lines[0].lstrip().startswith("#"):
        return False
    for delimiter in _CSV_DELIMITERS:
        try:
            rows = list(stdcsv.reader(lines, delimiter=delimiter))
        except stdcsv.Error:
            continue
        widths = {len(r) for r in rows}
        if len(widths) != 1 or widths.pop() < 2:
            continue
        header, data = [c.strip() for c in rows[0]], rows[1:]
        if sum(1 for c in header if re.search(r"[^\W\d_]", c)) < 2 or sum(1 for c in header if not c) > 1:
            continue
        if any(re.fullmatch(r"[-+]?\d+(?:[.,]\d+)?", c) for c in header):
            continue
        if any(len(c) > _CSV_CELL_CHARS for r in rows for c in r):
            continue
        if any(re.search(r"\d", c) for r in data for c in r):
            return True
    return False


def _markdown_page(text: str) -> bool:
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
        if fmt not in ("md", "csv"):
            return failed(path=relpath, source=source, format=fmt, status=Status.SKIPPED,
                          reason="no file extension, and its text is no markdown page or table of values (a "
                                 "licence, a build or owners file, a script or a binary)")
        suffix = f".{fmt}"
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
