"""CSV and TSV registers: encoding and delimiter found, title rows above the header kept.

The file is streamed: only the first 2 MB are held for detection, rows are read one
at a time and bounded by Limits.
"""
from __future__ import annotations

import codecs
import csv as stdcsv
import io
from pathlib import Path

from gapscan.ingest.base import IngestError, Limits, make_document
from gapscan.ingest.tables import build_table, light_value
from gapscan.ingest.textutil import guess_charset
from gapscan.model import Block, BlockType, Document, Location

SAMPLE_BYTES = 2 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
MAX_FIELD_CHARS = 1024 * 1024
MAX_LINE_CHARS = 1024 * 1024


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    fmt = "tsv" if source.suffix.lower() == ".tsv" else "csv"
    with source.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    encoding = detect_encoding(sample)
    text_sample = sample.decode(encoding, errors="replace")
    # before sniffing: tried with the wrong delimiter, a long line is one field, and the default
    # 128 kB bound made that a csv.Error instead of the line-length reason _bounded_lines gives
    # (sniff_delimiter cuts its lines to this bound)
    stdcsv.field_size_limit(MAX_FIELD_CHARS)
    delimiter = "\t" if fmt == "tsv" else sniff_delimiter(text_sample)
    grid, numbers = _read_rows(source, encoding, delimiter, limits)
    table = build_table(grid, numbers, Location(sheet=source.name))
    blocks = []
    if table is not None:
        blocks.append(Block(type=BlockType.TABLE, text=table.title or source.stem,
                            location=Location(sheet=source.name), table=table))
    return make_document(path=relpath, source=source, format=fmt, blocks=blocks,
                         title=table.title if table else None)


def detect_encoding(sample: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 by BOM, else what charset-normalizer finds (cp1252...)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # the sample cut a multi-byte character
            return "utf-8"
    if b"\x00" in sample[:4096]:
        zeros_even = sample[0:4096:2].count(0)
        zeros_odd = sample[1:4096:2].count(0)
        if max(zeros_even, zeros_odd) > len(sample[:4096]) // 4:
            return "utf-16-be" if zeros_even > zeros_odd else "utf-16-le"
        raise IngestError("not a text file (binary content)")
    encoding = guess_charset(sample)
    if encoding is None:
        raise IngestError("cannot tell the text encoding of this file")
    return encoding


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most lines into the same number (>1) of fields."""
    lines = [ln[:MAX_FIELD_CHARS] for ln in text.splitlines()[:50] if ln.strip()]
    if len(lines) > 1 and not text.endswith("\n"):
        lines = lines[:-1]  # the sample may have cut the last line
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in stdcsv.reader(lines, delimiter=delimiter)]
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        mode = max(set(multi), key=lambda c: (multi.count(c), c))
        score = (multi.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _bounded_lines(text):
    """Lines of at most MAX_LINE_CHARS, so one endless line of commas cannot fill memory."""
    number = 0
    for line in iter(lambda: text.readline(MAX_LINE_CHARS), ""):
        number += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise IngestError(f"line {number} is over {MAX_LINE_CHARS // 1024} kB: not a table gapscan can read")
        # Python 3.11's csv reads a NUL as a character: it would reach findings and the reports
        yield line.replace("\x00", "") if "\x00" in line else line


def _read_rows(source: Path, encoding: str, delimiter: str, limits: Limits):
    grid, numbers, cells = [], [], 0
    with source.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        reader = stdcsv.reader(_bounded_lines(text), delimiter=delimiter)
        line = 1
        try:
            for row in reader:
                grid.append([light_value(v) for v in row])
                numbers.append(line)
                line = reader.line_num + 1
                cells += len(row)
                if len(grid) > limits.max_rows:
                    raise IngestError(f"more than {limits.max_rows} rows, over the limit")
                if cells > limits.max_cells:
                    raise IngestError(f"more than {limits.max_cells} cells, over the limit")
        except stdcsv.Error as exc:
            raise IngestError(f"malformed CSV near line {reader.line_num}: {exc}") from None
    return grid, numbers
