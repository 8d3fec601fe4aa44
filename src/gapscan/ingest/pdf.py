"""PDF procedures: pypdfium2 carries the text, font size and weight mark the headings.

Font data is read once per line (the first visible character; the weight also at the
middle and last one), not per character, so a 300-page manual costs little more than its
text. A line is bold only when all three are: a bold lead-in ("Step 1 - Receive the
part." then plain text) is not a heading. A bold line in the body size is a heading when
its text reads as a title by `textutil.bold_title_number`, the test the other formats use.
A line set a little above the body (under HEADING_SIZE_RATIO: 11 pt over 10 pt) is a heading
when it reads as a title and its size is a heading size: most lines in that size read as titles
(an introduction set larger, or a table's figures, do not).
Ruled tables are found from pdfium's drawing objects and character boxes, with pdfplumber's
table geometry and cell text functions run on them (pdfplumber's own page parsing, 60-100 ms
a page in pdfminer, is never run), so cells come out as pdfplumber would cut them.
Running headers and footers repeated on most pages are dropped; a line that stands at the same height on most
pages outside that band (a letterhead's last lines, a footer set above a tall bottom margin, a header box) is read
once, where it first stands, and a page number not at all. Location = page + line on that page (1-based).
"""
from __future__ import annotations

import ctypes
import functools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path

from gapscan.ingest.base import IngestError, Limits, make_document
from gapscan.ingest.textutil import (LIST_MARKER, bold_title_number, checkbox_state, heading_number,
                                     looks_like_heading, real_title)
from gapscan.model import Block, BlockType, Document, Location

MAX_PATHS_SCANNED = 5000  # drawing objects looked at per page when looking for a ruled table
HEADING_SIZE_RATIO = 1.12
MAX_HEADING_WORDS = 16
# "3.1 General guidelines ........ 4": a table-of-contents entry, dot leaders then a page number
TOC_ENTRY = re.compile(r"(?:\.{4,}|(?:\. ){4,}|…{2,})\s*\.?\s*\d{1,4}\s*$")


def _is_toc_entry(text: str) -> bool:
    """TOC_ENTRY.search, tried only on a line holding one of its leaders (a search without a fixed
    start costs 4 us a line, and every line is tested)."""
    return ("...." in text or ". . . . " in text or "……" in text) and TOC_ENTRY.search(text) is not None


@dataclass(frozen=True)
class _Line:
    page: int
    number: int  # line on the page, 1-based
    text: str
    size: float
    bold: bool
    x: float
    y: float  # bottom of the first character, PDF points from the page bottom
    right: float = 0.0  # right edge of the last character
    height: float = 0.0  # page height in points
    font: bytes = b""  # the first character's font name

    @property
    def at_edge(self) -> bool:
        """In the top or bottom margin band, where running headers and footers sit."""
        return bool(self.height) and (self.y > self.height * 0.88 or self.y < self.height * 0.08)


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    import pypdfium2 as pdfium

    with source.open("rb") as fh:
        if b"%PDF" not in fh.read(1024):
            raise IngestError("not a PDF file (no %PDF header)")
    check_streams(source, limits)
    try:
        pdf = pdfium.PdfDocument(str(source))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError("PDF is encrypted: remove the password and re-run") from None
        raise IngestError(f"damaged or unsupported PDF ({_pdfium_reason(exc)})") from None
    try:
        pages = len(pdf)
        if pages > limits.max_pages:
            raise IngestError(f"PDF has {pages} pages, over the {limits.max_pages} page limit")
        lines, tables = _read_lines(pdf, limits.max_page_chars)
        named = _metadata_title(pdf)
    finally:
        pdf.close()
    lines = _line_end_hyphens(lines)
    if not any(ln.text.strip() for ln in lines):
        raise IngestError("PDF has no text layer (scanned?): run OCR first")
    lines = _bold_apart(_footers_last(_drop_fixed_lines(_drop_running_lines(lines, pages), pages, tables)))
    blocks = _blocks(lines, _drop_running_tables(tables, pages))
    headings = [b.text for b in blocks if b.type is BlockType.HEADING]
    # the title the file names in its metadata, where a heading says it: a designer's tool (Canva) draws the page's
    # title last, under its sections' headings, and the first heading read was a section's ("Our Commitment")
    first = [h for h in headings if named and _flat(h) == named]
    title = real_title(first[:1] + [h for h in headings if h not in first[:1]], blocks, banners=True)
    return make_document(path=relpath, source=source, format="pdf", blocks=blocks, title=title, pages=pages)


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def _metadata_title(pdf) -> str:
    """The document's Title in its metadata, flattened (lower case, single spaces), or "" (none, unreadable)."""
    try:
        return _flat(pdf.get_metadata_value("Title") or "")
    except Exception:  # a damaged info dictionary names no title
        return ""


# ---------------------------------------------------------------- decompression limits

_STREAM = re.compile(rb">>\s*stream\r?\n")
_OBJ = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")
_FONT_FILE = re.compile(rb"/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)\b")
_STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)")
_PIECE = 1 << 20


def check_streams(source: Path, limits: Limits) -> None:
    """Refuse a PDF whose Flate streams inflate past the limits, before any library inflates them.

    pdfium and pdfminer inflate a whole stream in memory, and pdfium keeps about 200 bytes
    per character of a text page, so a 1 MB file can cost gigabytes in either. Here each
    stream is inflated in 1 MiB pieces that are counted and dropped, straight from the file
    bytes: no object is parsed, so object streams, fonts, images and page contents are all
    measured, each stage of a chained /Filter included. The strings a content stream shows
    are counted too: they bound the characters pdfium will place on the page.
    A stream whose stored bytes cannot inflate past its limits even at Flate's greatest ratio
    passes every check whatever it holds, so it is not inflated while the streams so far (those
    bounds and the sizes measured) stay within the total limit; past it, every stream is measured
    again from the first, so each refusal is the one measuring every stream gives.
    """
    import mmap

    with source.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        try:
            _check_streams(data, limits, bounded=True)
        except _Unbounded:
            _check_streams(data, limits, bounded=False)


class _Unbounded(Exception):
    """The bounds of the streams so far pass the total limit: only measuring every stream can tell."""


def _check_streams(data, limits: Limits, *, bounded: bool) -> None:
    max_text = 4 * limits.max_page_chars  # string bytes: two per character in CID fonts, plus escapes
    total = 0  # with `bounded`, at least what the streams so far inflate to
    pos = 0
    while (m := _STREAM.search(data, pos)) is not None:
        start = m.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        pos = end + 1
        head = data[max(0, m.start() - 4096):m.start() + 2]
        obj = _last_object_header(head)
        if obj is not None:
            head = head[obj.end():]
        stages = len(_FLATE.findall(head))
        if not stages:
            continue
        image = b"/Image" in head
        text = not image and not _FONT_FILE.search(head)
        limit = limits.max_pdf_image_bytes if image else limits.max_pdf_stream_bytes
        if bounded:
            most = (end - start) * _FLATE_MOST ** stages
            if total + most > limits.max_pdf_inflated_bytes:
                raise _Unbounded
            if most <= limit and (not text or most <= max_text):
                total += most
                continue
        cap = min(limit, limits.max_pdf_inflated_bytes - total)
        size, shown = _measure(data, start, end, stages, cap + 1, 0)
        if text and size > max_text:
            # the strings are part of the inflated bytes, so only a stream past the text bound can
            # show too much: measured again, counting them (most content streams are a few kB)
            size, shown = _measure(data, start, end, stages, cap + 1, max_text + 1)
        what = f"object {int(obj.group(1))}" if obj is not None else f"at byte {m.start()}"
        kind = "image" if image else "stream"
        if size > limit:
            raise IngestError(f"PDF {kind} {what} inflates past {limit // (1 << 20)} MB, over the "
                              f"per-{kind} limit (decompression bomb?)")
        if shown > max_text:
            raise IngestError(f"PDF stream {what} shows more than {max_text:,} bytes of text, over the "
                              f"{limits.max_page_chars:,} characters a page may hold")
        total += size
        if total > limits.max_pdf_inflated_bytes:
            raise IngestError(f"PDF streams inflate past {limits.max_pdf_inflated_bytes // (1 << 20)} MB "
                              "in total, over the per-file limit (decompression bomb?)")


_SPACES = frozenset(b" \t\n\r\x0b\x0c")  # what \s matches in a bytes pattern
_DIGITS = frozenset(b"0123456789")


def _last_object_header(head: bytes):
    """The last match of _OBJ in `head` (what `list(_OBJ.finditer(head))[-1]` gives), found from the end.

    The pattern matches nothing but whole runs (digits, spaces, digits, spaces, "obj" and no word
    character after it), so two matches never overlap and each ends at its own "obj": the last match is
    the one at the last "obj" that closes such runs, starting where its first digit run starts. Trying
    the pattern at every byte of the 4 kB before each stream took most of check_streams' time.
    """
    hi = len(head)
    while (o := head.rfind(b"obj", 0, hi)) >= 0:
        hi = o + 2  # the next "obj" starts before this one
        j = o
        for kind in (_SPACES, _DIGITS, _SPACES, _DIGITS):
            run_end = j
            while j and head[j - 1] in kind:
                j -= 1
            if j == run_end:
                break
        else:
            m = _OBJ.match(head, j)
            if m is not None and m.end() == o + 3:
                return m
    return None


# Deflate's greatest ratio: a 258-byte match coded in two bits (a one-bit length code and the
# one-bit code of a lone distance, RFC 1951 3.2.7), so no stored byte inflates past 1,032
_FLATE_MOST = 1032


def _measure(data, start: int, end: int, stages: int, cap: int, text_cap: int) -> tuple[int, int]:
    """(bytes the stream's Flate stages give, bytes inside its literal strings), each counted
    up to its cap (text only when text_cap); a damaged stream counts what inflated."""
    import zlib

    decoders = [zlib.decompressobj() for _ in range(stages)]
    size = shown = 0
    try:
        for offset in range(start, end, _PIECE):
            for piece in _inflate(decoders, data[offset:min(offset + _PIECE, end)]):
                size += len(piece)
                if text_cap:
                    shown += sum(map(len, _STRING.findall(piece)))
                if size >= cap or (text_cap and shown >= text_cap):
                    return size, shown
            if decoders[0].eof:
                break
    except zlib.error:
        pass
    return size, shown


def _inflate(decoders: list, chunk: bytes):
    """The last stage's output for `chunk`, in pieces of at most 1 MiB, held one at a time."""
    decoder, rest = decoders[0], decoders[1:]
    while chunk and not decoder.eof:
        out = decoder.decompress(chunk, _PIECE)
        chunk = decoder.unconsumed_tail
        if out:
            if rest:
                yield from _inflate(rest, out)
            else:
                yield out


def _pdfium_reason(exc: Exception) -> str:
    m = re.search(r"PDFium: ([^)]*)", str(exc))
    reason = m.group(1).strip().rstrip(".") if m else str(exc)
    # pdfium reports error code 0 ("Success") for some structures it gives up on (an object
    # stream that extends itself): the user gets no reason rather than a contradiction
    return "pdfium cannot load its structure" if reason.lower() == "success" else reason


# ---------------------------------------------------------------- text and fonts

def _read_lines(pdf, max_page_chars: int) -> tuple[list[_Line], dict[int, list]]:
    """Every text line with its first character's font, and the ruled tables by page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    lines: list[_Line] = []
    tables: dict[int, list] = {}
    fonts = _Fonts()
    for index in range(len(pdf)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            raise IngestError(f"damaged PDF: page {index + 1} cannot be read") from None
        height = page.get_height()
        try:
            textpage = page.get_textpage()
            count = textpage.count_chars()
            if count > max_page_chars:
                raise IngestError(f"PDF page {index + 1} holds {count:,} characters, over the "
                                  f"{max_page_chars:,} limit per page")
            text = textpage.get_text_range() if count > 0 else ""
            aligned = len(text) == count  # one character per index: font data can be looked up
            tp = textpage.raw
            offset = 0
            for number, raw_line in enumerate(text.split("\r\n") if "\r\n" in text else text.split("\n"), 1):
                start = offset + (len(raw_line) - len(raw_line.lstrip()))
                offset += len(raw_line) + 2
                if not raw_line.strip():
                    continue
                size, bold, x, y, right, font = 0.0, False, 0.0, 0.0, 0.0, b""
                if aligned and start < count:
                    size = round(fonts.size(tp, start), 1)
                    x, y, _ = fonts.box(tp, start)
                    end = offset - 3 - (len(raw_line) - len(raw_line.rstrip()))
                    bold = fonts.bold(tp, start)
                    font = fonts.name
                    if start <= end < count:
                        right = fonts.box(tp, end)[2]
                        bold = bold and all(fonts.bold(tp, i) for i in {(start + end) // 2, end})
                lines.append(_Line(page=index + 1, number=number, text=" ".join(raw_line.split()),
                                   size=size, bold=bold, x=x, y=y, right=right,
                                   height=height if aligned else 0.0, font=font))
            if count and _looks_tabular(page, raw):
                found = _ruled_tables(page, textpage, raw, height, _line_spans(text) if aligned else None)
                if found:
                    tables[index + 1] = found
            textpage.close()
        finally:
            page.close()
    return lines, tables


@functools.cache
def _pdfium():
    """pypdfium2's pdfium library, loaded again without its declared argument types (same handle); None
    when this pypdfium2 keeps its library elsewhere (the typed bindings are then used)."""
    try:
        import pypdfium2_raw.bindings as bindings

        lib = bindings._libs["pdfium"]
        return ctypes.CDLL(lib._name, handle=lib._handle)
    except (ImportError, AttributeError, KeyError, TypeError, OSError):
        return None


def _unchecked(name: str, restype=ctypes.c_int):
    """pdfium's function `name` without ctypes converting each argument to its declared type, which
    halves the cost of a call (1.2 against 2.3 us) for the functions called once a character or line.
    Callers pass only what ctypes passes unconverted as the C type: the text page handle (a ctypes
    pointer), a Python int where the C type is int, byref()s, buffers and ctypes numbers."""
    lib = _pdfium()
    if lib is None:
        import pypdfium2.raw as raw

        return getattr(raw, name)
    fn = getattr(lib, name)
    fn.restype = restype
    return fn


class _Fonts:
    """A character's font size, box and weight, read through unchecked calls and buffers made once."""

    def __init__(self) -> None:
        self.size = _unchecked("FPDFText_GetFontSize", ctypes.c_double)
        self._box, self._weight = _unchecked("FPDFText_GetCharBox"), _unchecked("FPDFText_GetFontWeight")
        self._info = _unchecked("FPDFText_GetFontInfo", ctypes.c_ulong)
        self._edges = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top: pdfium's order
        self._edge_refs = tuple(map(ctypes.byref, self._edges))
        self._name = ctypes.create_string_buffer(128)
        self._name_size = ctypes.c_ulong(len(self._name))
        self._flags = ctypes.byref(ctypes.c_int(0))

    def box(self, tp, index: int) -> tuple[float, float, float]:
        """(left, bottom, right) of the character's box, with pypdfium2's get_charbox error."""
        if not self._box(tp, index, *self._edge_refs):
            from pypdfium2 import PdfiumError

            raise PdfiumError("Failed to get charbox.")
        left, right, bottom, _ = self._edges
        return left.value, bottom.value, right.value

    def bold(self, tp, index: int) -> bool:
        """Weight 600 or more, or a font named bold, black, heavy or semibold. A character without a
        font (a space pdfium generated) leaves the name buffer as the last one asked about filled it."""
        weight = self._weight(tp, index)
        self._info(tp, index, self._name, self._name_size, self._flags)
        return weight >= 600 or _bold_name(self._name.value)

    @property
    def name(self) -> bytes:
        """The font name the last `bold` call read."""
        return self._name.value


@functools.lru_cache(maxsize=256)
def _bold_name(name: bytes) -> bool:
    lowered = name.decode("latin-1", "replace").lower()
    return any(w in lowered for w in ("bold", "black", "heavy", "semibold"))


def _looks_tabular(page, raw) -> bool:
    """A ruled grid: at least three horizontal and two vertical rules (lines or thin rects).

    Cheap (pdfium reads only the drawing objects' boxes), so path segments and characters
    are only read, and pdfplumber's table finder only runs, where a table is drawn.
    """
    rows, cols = set(), set()
    box = [ctypes.c_float() for _ in range(4)]
    refs = tuple(map(ctypes.byref, box))
    bounds = _unchecked("FPDFPageObj_GetBounds")
    for n, (obj, _) in enumerate(_path_objects(page, raw)):
        if n >= MAX_PATHS_SCANNED:
            break
        if not bounds(obj, *refs):
            raise _pdfium_error("Failed to locate pageobject.")
        left, bottom, right, top = (v.value for v in box)
        width, height = right - left, top - bottom
        if height <= 3 and width >= 20:
            rows.add(round(bottom / 2))
        elif width <= 3 and height >= 8:
            cols.add(round(left / 2))
        elif width >= 20 and height >= 8:  # a bordered rectangle: its edges are rules
            rows.update((round(bottom / 2), round(top / 2)))
            cols.update((round(left / 2), round(right / 2)))
        if len(rows) >= 3 and len(cols) >= 2:
            return True
    return False


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(first, last) character index of each non-blank line of a page's text (one index per character)."""
    sep = "\r\n" if "\r\n" in text else "\n"
    spans, pos = [], 0
    for line in text.split(sep):
        if line.strip():
            spans.append((pos, pos + len(line) - 1))
        pos += len(line) + len(sep)
    return spans


def _ruled_tables(page, textpage, raw, height: float,
                  spans: list[tuple[int, int]] | None = None) -> list[tuple[tuple[float, float], list]]:
    """[((bottom, top) in PDF points, rows)] for the ruled tables of a page.

    pdfplumber's table finder and cell text run on a stand-in page holding the edges and
    characters pdfplumber's own page would hold (same object kinds, same top-down
    coordinates), taken from pdfium, so the cells are cut as pdfplumber cuts them.
    """
    edges = _edges(page, raw, height)
    if not edges:
        return []
    try:
        tables = _find_tables(edges)
        if not tables:
            return []
        # only characters inside a table can fall in a cell: the rest are not read
        chars = _chars(textpage, raw, height, [t.bbox for t in tables], spans)
        found = []
        for table in tables:
            rows = _extract(table, chars)
            if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2 or _frame(rows):
                continue
            _, top, _, bottom = table.bbox
            found.append(((height - bottom, height - top), rows))
        return found
    except Exception:  # a table that cannot be cut leaves the text as it is
        return []


def _extract(table, chars: list[dict]) -> list[list[str | None]]:
    """pdfplumber's Table.extract() (a cell holds the characters whose centre lies in it, half-open
    on the right and bottom), with each character's centre computed once instead of once per row
    and cell it is tested against."""
    from pdfplumber.utils import extract_text

    placed = [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c) for c in chars]
    out = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        # the band test first: a row spans its table, so most characters fail only that one
        in_row = [p for p in placed if top <= p[1] < bottom and x0 <= p[0] < x1]
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            cell_chars = [c for h, v, c in in_row if cx0 <= h < cx1 and ctop <= v < cbottom]
            if not cell_chars:
                texts.append("")
            elif all(map(_UPRIGHT, cell_chars)):
                texts.append(_upright_text(cell_chars))
            else:
                texts.append(extract_text(cell_chars))
        out.append(texts)
    return out


_TOLERANCE = 3  # pdfplumber's default x and y tolerance, in points
_BY_X0 = itemgetter("x0")
_UPRIGHT = itemgetter("upright")


def _clusters(objects: list[dict]) -> list[list[dict]]:
    """pdfplumber's cluster_objects(objects, top, 3): the distinct tops chained within 3 points
    of each other make a line; lines top-down, objects in their given order within a line."""
    tops = sorted({o["top"] for o in objects})
    line_of, line, last = {}, 0, tops[0]
    for top in tops:
        if top > last + _TOLERANCE:
            line += 1
        line_of[top] = line
        last = top
    lines: list[list[dict]] = [[] for _ in range(line + 1)]
    for o in objects:
        lines[line_of[o["top"]]].append(o)
    return lines


def _upright_text(chars: list[dict]) -> str:
    """pdfplumber's extract_text(chars) with its default settings, for upright characters only:
    characters clustered into lines by their tops, sorted left to right, split into words at a
    space, a step back, a gap over 3 points or a top 3 points off the word's last character, ligatures
    expanded; the words clustered into lines again by their tops, joined by spaces and the lines by
    newlines. A cell is a few words, and pdfplumber's generic version (any direction, settings
    checked per call) took a fifth of a PDF's parse time."""
    from pdfplumber.utils.text import LIGATURES

    tops = [c["top"] for c in chars]
    if max(tops) <= min(tops) + _TOLERANCE:
        return _one_line_text(chars, LIGATURES)
    words: list[dict] = []
    for line in _clusters(chars):
        line.sort(key=_BY_X0)
        word: list[dict] = []
        for c in line:
            text = c["text"]
            if text.isspace():
                if word:
                    words.append(_merge(word, LIGATURES))
                word = []
            elif word and (c["x0"] < word[-1]["x0"] or c["x0"] > word[-1]["x1"] + _TOLERANCE
                           or abs(c["top"] - word[-1]["top"]) > _TOLERANCE):
                words.append(_merge(word, LIGATURES))
                word = [c]
            else:
                word.append(c)
        if word:
            words.append(_merge(word, LIGATURES))
    if not words:
        return ""
    return "\n".join(" ".join(w["text"] for w in line) for line in _clusters(words))


def _one_line_text(chars: list[dict], ligatures: dict[str, str]) -> str:
    """_upright_text of characters whose tops all lie within 3 points of the least (most cells: 13,554 of
    14,487 on the real corpus, examples, tests and the 500 set): the tops chain into one line, holding the
    characters in their given order, and the words' tops (each its characters' least) into one line too,
    so the text is the words split as below joined by spaces, without clustering either."""
    words: list[str] = []
    word: list[str] = []
    last = None  # the word's last character
    for c in sorted(chars, key=_BY_X0):
        text = c["text"]
        if text.isspace():
            if word:
                words.append("".join([ligatures.get(t, t) for t in word]))
                word = []
            last = None
        elif last is not None and (c["x0"] < last["x0"] or c["x0"] > last["x1"] + _TOLERANCE
                                   or abs(c["top"] - last["top"]) > _TOLERANCE):
            words.append("".join([ligatures.get(t, t) for t in word]))
            word, last = [text], c
        else:
            word.append(text)
            last = c
    if word:
        words.append("".join([ligatures.get(t, t) for t in word]))
    return " ".join(words)


def _merge(chars: list[dict], ligatures: dict[str, str]) -> dict:
    return {"text": "".join(ligatures.get(c["text"], c["text"]) for c in chars),
            "top": min(c["top"] for c in chars)}


def _find_tables(edges: list[dict]) -> list:
    """pdfplumber's TableFinder(page, default settings).tables for a page with these edges: the same
    steps and arithmetic (edges of 1 pt and more, snapped within 3 pt to their cluster's mean, joined
    within 3 pt, kept from 3 pt, crossing within 3 pt, smallest cells, cells grouped by shared
    corners), with snapping, joining and the cell search written for these edges alone instead of
    pdfplumber's generic helpers (a copy of every edge per step, a set of bounding boxes rebuilt for
    every pair of points tested): a fifth of a table page's parse time went there."""
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections

    def long(e: dict, least: float) -> bool:
        return e["height" if e["orientation"] == "v" else "width"] >= least

    v = [e for e in edges if e["orientation"] == "v" and long(e, 1)]
    h = [e for e in edges if e["orientation"] == "h" and long(e, 1)]
    merged = _joined(_snapped(h, "top", _TOLERANCE), "x0", "x1") \
        + _joined(_snapped(v, "x0", _TOLERANCE), "top", "bottom")
    merged = [e for e in merged if long(e, 3)]
    intersections = edges_to_intersections(merged, _TOLERANCE, _TOLERANCE)
    return [Table(None, group) for group in cells_to_tables(_cells(intersections))]


def _snapped(edges: list[dict], attr: str, tolerance: float) -> list[dict]:
    """pdfplumber's snap_objects(edges, attr, tolerance): the distinct values of `attr` chained within
    `tolerance` make a cluster; each edge moves by (cluster mean - its value), clusters in value order,
    edges in their given order within one."""
    values = sorted({e[attr] for e in edges})
    cluster_of, n, last = {}, 0, values[0] if values else 0.0
    for x in values:
        if x > last + tolerance:
            n += 1
        cluster_of[x] = n
        last = x
    clusters: list[list[dict]] = [[] for _ in range(n + 1)] if values else []
    for e in edges:
        clusters[cluster_of[e[attr]]].append(e)
    out = []
    for cluster in clusters:
        mean = sum(e[attr] for e in cluster) / len(cluster)
        for e in cluster:
            shift = mean - e[attr]
            if attr == "x0":
                out.append(dict(e, x0=e["x0"] + shift, x1=e["x1"] + shift))
            else:
                moved = dict(e, top=e["top"] + shift, bottom=e["bottom"] + shift)
                if "doctop" in e:
                    moved["doctop"] = e["doctop"] + shift
                if "y0" in e:
                    moved["y0"], moved["y1"] = e["y0"] - shift, e["y1"] - shift
                out.append(moved)
    return out


def _joined(edges: list[dict], start: str, end: str) -> list[dict]:
    """pdfplumber's merge_edges after snapping, for edges of one orientation: the edges on one line
    (same x0 for vertical ones, same top for horizontal ones; lines in order), sorted by `start`, each
    one starting within 3 pt of the last kept one's `end` extending it instead of being kept."""
    on_line = "x0" if start == "top" else "top"
    out: list[dict] = []
    for _, group in groupby(sorted(edges, key=itemgetter(on_line)), key=itemgetter(on_line)):
        ordered = sorted(group, key=itemgetter(start))
        joined = [ordered[0]]
        for e in ordered[1:]:
            last = joined[-1]
            if e[start] <= last[end] + _TOLERANCE:
                if e[end] > last[end]:
                    joined[-1] = _extended(last, end, e[end])
            else:
                joined.append(e)
        out += joined
    return out


def _extended(e: dict, end: str, value: float) -> dict:
    """pdfplumber's resize_object(e, end, value) for the far end ('x1' or 'bottom') of an edge."""
    if end == "x1":
        return dict(e, x1=value, width=value - e["x0"])
    diff = value - e["bottom"]
    out = dict(e, bottom=value, height=e["height"] + diff)
    if "y0" in e:
        out["y0"] = e["y0"] - diff
    return out


def _cells(intersections: dict) -> list[tuple]:
    """pdfplumber's intersections_to_cells: for each point in (x, top) order, the first point below it
    and the first to its right that it shares an edge with (in that order of search) closing a
    rectangle whose fourth corner is a point sharing an edge with both. The edges each point lies on
    are gathered once, not for every pair of points tested."""
    bbox = itemgetter("x0", "top", "x1", "bottom")
    on_v = {p: set(map(bbox, ends["v"])) for p, ends in intersections.items()}
    on_h = {p: set(map(bbox, ends["h"])) for p, ends in intersections.items()}

    def connects(p1, p2) -> bool:
        return ((p1[0] == p2[0] and not on_v[p1].isdisjoint(on_v[p2]))
                or (p1[1] == p2[1] and not on_h[p1].isdisjoint(on_h[p2])))

    points = sorted(intersections)
    same_x: dict = {}
    same_y: dict = {}
    for p in points:
        same_x.setdefault(p[0], []).append(p)
        same_y.setdefault(p[1], []).append(p)
    seen_x: dict = {}
    seen_y: dict = {}
    cells = []
    for pt in points:
        # the points after pt in sorted order with its x (below it), and with its top (right of it)
        i = seen_x[pt[0]] = seen_x.get(pt[0], -1) + 1
        j = seen_y[pt[1]] = seen_y.get(pt[1], -1) + 1
        below = same_x[pt[0]][i + 1:]
        if not below:
            continue
        # the points right of pt that it shares an edge with, found in order only as far as a cell needs
        # them (most cells close at the first point below and the first to the right) and each tested once
        row, k, right = same_y[pt[1]], j + 1, []
        cell = None
        for b in below:
            if not connects(pt, b):
                continue
            n = 0
            while True:
                if n == len(right):
                    while k < len(row) and not connects(pt, row[k]):
                        k += 1
                    if k == len(row):
                        break
                    right.append(row[k])
                    k += 1
                r = right[n]
                n += 1
                corner = (r[0], b[1])
                if corner in intersections and connects(corner, r) and connects(corner, b):
                    cell = (pt[0], pt[1], r[0], b[1])
                    break
            if cell is not None:
                cells.append(cell)
                break
    return cells


def _chars(textpage, raw, height: float, boxes: list[tuple[float, float, float, float]],
           spans: list[tuple[int, int]] | None = None) -> list[dict]:
    """The page's characters whose centre lies in one of `boxes` (x0, top, x1, bottom), as
    pdfplumber chars: font boxes (pdfminer's kind of box), in points from the top.

    pdfium marks a space it placed between words as generated, also where the PDF draws a
    space glyph, so such spaces are kept (they split words as pdfminer's space glyph does);
    line breaks it made up are not characters of the page.
    """
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    rect_ref, matrix_ref = ctypes.byref(rect), ctypes.byref(matrix)
    # the structs' floats read in one unpacking each (as the fields read them: float32 widened), not a
    # field at a time: pdfium's order, left, top, right, bottom and a, b, c, d, e, f
    rect_floats, matrix_floats = memoryview(rect).cast("B").cast("f"), memoryview(matrix).cast("B").cast("f")
    tp = textpage.raw
    # bound once, unchecked: this loop runs for every character of a page with a table
    loose_box, generated = _unchecked("FPDFText_GetLooseCharBox"), _unchecked("FPDFText_IsGenerated")
    unicode, char_matrix = _unchecked("FPDFText_GetUnicode", ctypes.c_uint), _unchecked("FPDFText_GetMatrix")
    out: list[dict] = []
    last = -2  # index of the character last kept
    for i in chain.from_iterable(_indexes_near(tp, raw, height, boxes, spans)):
        if not loose_box(tp, i, rect_ref):
            continue
        left, rect_top, right, rect_bottom = rect_floats
        top, bottom = height - rect_top, height - rect_bottom
        h_mid, v_mid = (left + right) / 2, (top + bottom) / 2
        for x0, t, x1, b in boxes:
            if t <= v_mid <= b and x0 <= h_mid <= x1:
                inside = True
                break
        else:
            inside = False
        if not inside and last != i - 1:
            continue  # only a generated space after a kept character is kept outside the tables
        code = unicode(tp, i)
        # pdfium generates only spaces and line breaks (CPDF_TextPage::GenerateCharInfo), and a line
        # break is never kept, generated or not: only a space needs asking
        if code == 0x20 and generated(tp, i) == 1:
            if last == i - 1:
                # pdfium puts it at a point on the baseline: it takes the end of the character before it,
                # or it would sit on a line of its own or sort into the middle of a word
                out.append(dict(out[-1], text=" ", x0=out[-1]["x1"]))
            continue
        if not inside or not code or code in (0x0D, 0x0A, 0xFFFE):
            continue
        if code == 0x02:  # pdfium's mark for a hyphen that breaks a word at the line end
            code = 0x2D
        elif 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            # a font's ToUnicode map can name half a surrogate pair or no character at all: a lone
            # surrogate in a cell cannot be written as UTF-8, and the report would stop half-written
            code = 0xFFFD
        char_matrix(tp, i, matrix_ref)
        a, b, c, d, _, _ = matrix_floats
        out.append({"text": chr(code), "x0": left, "x1": right, "top": top, "bottom": bottom,
                    "doctop": top, "upright": a * d > 0 and b * c <= 0})
        last = i
    return out


def _indexes_near(tp, raw, height: float, boxes: list[tuple[float, float, float, float]],
                  spans: list[tuple[int, int]] | None) -> list[range]:
    """The page's character indexes, less those of text lines whose boxes lie far from every table, as
    ranges in page order (walked in C, not handed out one by one).

    Most characters of a page with a table are in the prose around it; pdfium gives the boxes of a
    line's characters as a few rectangles in one call, so a line well clear of the tables (by
    more than 36 pt and twice its own height, far more than a character's loose box reaches past
    its glyph) is passed over without a call per character. Its characters could not be in a
    cell, nor be a space after a kept character: pdfium's generated line break sits between.
    """
    count = raw.FPDFText_CountChars(tp)
    if not spans:
        return [range(count)]
    out: list[range] = []
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    refs = tuple(map(ctypes.byref, (left, top, right, bottom)))
    count_rects, get_rect = _unchecked("FPDFText_CountRects"), _unchecked("FPDFText_GetRect")
    pos = 0
    for first, last in spans:
        rects = count_rects(tp, first, last - first + 1)
        if rects <= 0:
            continue
        x0 = y0 = float("inf")
        x1 = y1 = float("-inf")
        for k in range(rects):
            get_rect(tp, k, *refs)
            x0, x1 = min(x0, left.value), max(x1, right.value)
            y0, y1 = min(y0, bottom.value), max(y1, top.value)
        line_top, line_bottom = height - y1, height - y0
        margin = 36 + 2 * (line_bottom - line_top)
        if all(x1 < bx0 - margin or x0 > bx1 + margin or line_bottom < btop - margin or line_top > bbottom + margin
               for bx0, btop, bx1, bbottom in boxes):
            out.append(range(pos, first))
            pos = last + 1
    out.append(range(pos, count))
    return out


def _edges(page, raw, height: float) -> list[dict]:
    """pdfplumber's page.edges from pdfium's path objects: each subpath read as pdfminer reads
    it (a line, an axis-aligned rectangle or a curve through its points), in points from the top."""
    from pdfplumber.utils import curve_to_edges

    lines, rects, curves = [], [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    fs = raw.FS_MATRIX()
    count, segment = _unchecked("FPDFPath_CountSegments"), _unchecked("FPDFPath_GetPathSegment", raw.FPDF_PATHSEGMENT)
    segment_type, get_point = _unchecked("FPDFPathSegment_GetType"), _unchecked("FPDFPathSegment_GetPoint")
    closes = _unchecked("FPDFPathSegment_GetClose")
    moveto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
    for n, (obj, forms) in enumerate(_path_objects(page, raw)):
        if n >= MAX_PATHS_SCANNED:
            break
        a, b, c, d, e, f = _matrix((obj, *forms), raw, fs)
        subpaths: list[list] = []  # [shape, points] of each subpath, grown in place
        for i in range(count(obj)):
            seg = segment(obj, i)
            kind = segment_type(seg)
            get_point(seg, x_ref, y_ref)
            px, py = x.value, y.value
            point = (a * px + c * py + e, height - (b * px + d * py + f))
            if kind == moveto or not subpaths:
                subpaths.append(["m", [point]])
            else:
                last = subpaths[-1]
                # pdfium gives a curve as three points (two controls, then the end); pdfminer keeps the end
                last[0] += "b" if kind == bezierto else "l"
                last[1].append(point)
            if closes(seg):
                last = subpaths[-1]
                last[0] += "h"
                last[1].append(last[1][0])
        for shape, pts in subpaths:
            shape, pts = _pdfminer_shape(shape, pts)
            if shape in ("ml", "mlh"):
                lines.append(_line_edge(pts[0], pts[1], height))
            elif shape in ("mlllh", "mllll") and _is_rect(pts):
                rects += _rect_edges(pts[0], pts[2], height)
            elif len(pts) > 1:
                curve = _box("curve", pts, height)
                curve["pts"] = pts
                curves.append(curve)
    edges = lines + rects
    for c in curves:
        edges.extend(curve_to_edges(c))
    return edges


def _matrix(chain: tuple, raw, fs) -> tuple[float, ...]:
    """The transform to page space of an object, given with the forms it sits in (innermost first)."""
    a, b, c, d, e, f = 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
    get_matrix, fs_ref = _unchecked("FPDFPageObj_GetMatrix"), ctypes.byref(fs)
    for obj in chain:
        get_matrix(obj, fs_ref)
        # current = current x obj's matrix (row vectors: inner transform first)
        a, b, c, d, e, f = (a * fs.a + b * fs.c, a * fs.b + b * fs.d, c * fs.a + d * fs.c, c * fs.b + d * fs.d,
                            e * fs.a + f * fs.c + fs.e, e * fs.b + f * fs.d + fs.f)
    return a, b, c, d, e, f


def _path_objects(page, raw, form=None, forms: tuple = ()):
    """The page's path objects with the forms each sits in (innermost first), in the order of pypdfium2's
    `page.get_objects(filter=[FPDF_PAGEOBJ_PATH], max_depth=2)` and with its errors, without the wrapper
    it makes for every object of the page (text runs included): paths inside the page's forms are
    read, those of forms nested in forms are not."""
    if form is None:
        count, parent = _unchecked("FPDFPage_CountObjects")(page.raw), page.raw
        get = _unchecked("FPDFPage_GetObject", raw.FPDF_PAGEOBJECT)
    else:
        count, parent = _unchecked("FPDFFormObj_CountObjects")(form), form
        get = raw.FPDFFormObj_GetObject  # its index is an unsigned long: converted as declared
    if count < 0:
        raise _pdfium_error("Failed to get number of pageobjects.")
    object_type = _unchecked("FPDFPageObj_GetType")
    for i in range(count):
        obj = get(parent, i)
        if not obj:
            raise _pdfium_error("Failed to get pageobject.")
        kind = object_type(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            yield obj, forms
        elif kind == raw.FPDF_PAGEOBJ_FORM and form is None:
            yield from _path_objects(page, raw, obj, (obj, *forms))
        elif kind == raw.FPDF_PAGEOBJ_UNKNOWN:
            raise _pdfium_error("Failed to determine pageobject type, did you pass in a valid FPDF_PAGEOBJECT handle?")


def _pdfium_error(message: str) -> Exception:
    from pypdfium2 import PdfiumError

    return PdfiumError(message)


def _pdfminer_shape(shape: str, pts: list) -> tuple[str, list]:
    """A pdfium subpath as pdfminer's paint_path sees it: one point per curve (its end), and a
    closing line back to the start dropped when the path is closed anyway."""
    if "b" in shape:
        kept_shape, kept = "", []
        run = 0
        for op, pt in zip(shape, pts):
            if op == "b":
                run += 1
                if run % 3:
                    continue
                op = "c"
            else:
                run = 0
            kept_shape += op
            kept.append(pt)
        shape, pts = kept_shape, kept
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + [pts[-1]]
    return shape, pts


def _is_rect(pts: list) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts[:5]
    return last == pts[0] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                               or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0))


def _box(kind: str, pts: list, height: float) -> dict:
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    top, bottom = min(p[1] for p in pts), max(p[1] for p in pts)
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "y0": height - bottom, "y1": height - top, "width": x1 - x0, "height": bottom - top}


def _extent(p: tuple[float, float], q: tuple[float, float]) -> tuple[float, float, float, float]:
    """min and max of the two points' x and y as min() and max() give them (the first point on a tie, so
    0.0 against -0.0 and NaN come out as _box's generators give them)."""
    return (q[0] if q[0] < p[0] else p[0], q[0] if q[0] > p[0] else p[0],
            q[1] if q[1] < p[1] else p[1], q[1] if q[1] > p[1] else p[1])


def _line_edge(p: tuple[float, float], q: tuple[float, float], height: float) -> dict:
    """pdfplumber's line_to_edge(_box("line", [p, q], height)), made in one dict."""
    x0, x1, top, bottom = _extent(p, q)
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "y0": height - bottom, "y1": height - top, "width": x1 - x0, "height": bottom - top,
            "orientation": "h" if top == bottom else "v"}


def _rect_edges(p: tuple[float, float], q: tuple[float, float], height: float) -> list[dict]:
    """pdfplumber's rect_to_edges(_box("rect", [p, q], height)): its top, bottom, left and right edges,
    each made in one dict, with the same arithmetic (the bottom edge's top is top + height)."""
    x0, x1, top, bottom = _extent(p, q)
    y0, y1, width, tall = height - bottom, height - top, x1 - x0, bottom - top
    low = top + tall
    return [
        {"object_type": "rect_edge", "x0": x0, "x1": x1, "top": top, "bottom": top, "doctop": top,
         "y0": y1, "y1": y1, "width": width, "height": 0, "orientation": "h"},
        {"object_type": "rect_edge", "x0": x0, "x1": x1, "top": low, "bottom": bottom, "doctop": low,
         "y0": y0, "y1": y0, "width": width, "height": 0, "orientation": "h"},
        {"object_type": "rect_edge", "x0": x0, "x1": x0, "top": top, "bottom": bottom, "doctop": top,
         "y0": y0, "y1": y1, "width": 0, "height": tall, "orientation": "v"},
        {"object_type": "rect_edge", "x0": x1, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
         "y0": y0, "y1": y1, "width": 0, "height": tall, "orientation": "v"},
    ]


# pdfium's mark for a hyphen it read as a word broken at a line's end: it joins the two lines' pieces itself and puts
# U+FFFE (a noncharacter) where the hyphen stood ("docu\ufffemented", "third\ufffeparty")
_BREAK_HYPHEN = "\ufffe"
_BROKEN = re.compile(r"([^\W_]*)\ufffe([^\W_]*)")


def _line_end_hyphens(lines: list[_Line]) -> list[_Line]:
    """Words hyphenated at a line's end, read as the document writes them elsewhere.

    pdfium joins a word broken over two lines and leaves U+FFFE where the hyphen stood, also where the hyphen is the
    word's own ("third-party"). The mark stayed in the text: "docu\ufffemented", "system own\ufffeers", "re\ufffequire"
    matched no phrase, role or record, and split sentences' words in two. A break is undone the way the document spells
    the word where no line breaks it: joined ("documented") when the joined word stands elsewhere in it, hyphenated
    ("third-party") when only the hyphenated one does. A word it writes nowhere else is joined between two small
    letters (a typesetter's break: "consoli-dates"), hyphenated otherwise ("OP-PROC-002", "October-November")."""
    if not any(_BREAK_HYPHEN in ln.text for ln in lines):
        return lines
    words: set[str] = set()
    for ln in lines:
        words.update(w.lower() for w in re.findall(r"[^\W_]+(?:-[^\W_]+)*", ln.text.replace(_BREAK_HYPHEN, " ")))

    def mend(m: re.Match) -> str:
        head, tail = m.group(1), m.group(2)
        joined, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
        if hyphened in words and joined not in words:
            return f"{head}-{tail}"
        if joined in words or (head[-1:].islower() and tail[:1].islower()):
            return head + tail
        return f"{head}-{tail}" if head and tail else head + tail

    return [replace(ln, text=_BROKEN.sub(mend, ln.text)) if _BREAK_HYPHEN in ln.text else ln for ln in lines]


def _drop_running_lines(lines: list[_Line], pages: int) -> list[_Line]:
    """Drop headers/footers: the same line (digits aside) in the margin band of most pages."""
    if pages < 3:
        return lines
    edge = Counter(_shape(ln.text) for ln in {(ln.page, _shape(ln.text)): ln for ln in lines if ln.at_edge}.values())
    running = {k for k, n in edge.items() if n >= max(3, pages // 2)}
    if not running:
        return lines
    return [ln for ln in lines if not (ln.at_edge and _shape(ln.text) in running)]


FIXED_LINE_TOLERANCE = 1.5  # points: a line of page furniture stands this close to its height on the other pages


def _footers_last(lines: list[_Line]) -> list[_Line]:
    """A line in the bottom margin band that the text layer gives before the page's body (only margin-band lines
    before it), read after the body: Word draws a page's header and footer before its body, so a one- or two-page
    policy printed from Word (no running footer dropped under three pages) opened with its footer ("OP.3a - Health &
    Safety Policy - Statement of Intent UNCLASSIFIED"), read as its first heading and its title (held out, cmhold15).
    A body line near the bottom given later (a list item drawn before a chart above it) stays where it is. Such a
    line keeps its page and line number; only its place in the reading order moves, to the end of its page."""
    out: list[_Line] = []
    for _, group in groupby(lines, key=lambda ln: ln.page):
        page = list(group)
        early: list[_Line] = []
        for ln in page:  # the page furniture drawn before the body: lines in the margin bands, up to the first other
            if not ln.at_edge:
                break
            if ln.y < ln.height * 0.08:
                early.append(ln)
        if early and len(early) == len(page) or not any(not ln.at_edge for ln in page):
            early = []  # nothing of the body follows: the page is read as it stands
        if early:
            moved = {id(ln) for ln in early}
            page = [ln for ln in page if id(ln) not in moved] + early
        out.extend(page)
    return out


def _drop_fixed_lines(lines: list[_Line], pages: int, tables: dict[int, list]) -> list[_Line]:
    """Page furniture outside the margin band: the same line (its page's number aside) at the same height on most
    pages. A letterhead whose last line ("T: +(968) 2417 0030 E: info@...") sits just below the top band, a footer
    set above a tall bottom margin ("An ISO Certified company"), a header box at a quarter of the page ("SECTION:
    ... Page 2 of 6"), a disclaimer's lines are the document's, read once where they first stand, not once a page;
    a page label ("7", "Page 7 of 41") is not read at all. A line inside a ruled table is the table's
    (_drop_running_tables reads a repeated one)."""
    if pages < 3:
        return lines

    def keys(ln: _Line) -> tuple[str, ...]:
        """The line's text, and, unless it ends a sentence, its text with its page's number as "#" ("page # of
        41"): a sentence that names its page ("Body text of page 2 ...") is text."""
        if not ln.height or ln.at_edge:
            return ()
        if any(bottom - 2 <= ln.y <= top + 2 for (bottom, top), _ in tables.get(ln.page, ())):
            return ()
        text = " ".join(ln.text.lower().split())
        if ln.text.rstrip().endswith((".", "!", "?")):
            return (text,)
        return text, "\0" + re.sub(rf"(?<!\d){ln.page}(?!\d)", "#", text)

    heights: dict[str, dict[int, float]] = {}  # key -> page -> height of its first copy there
    for ln in lines:
        for k in keys(ln):
            heights.setdefault(k, {}).setdefault(ln.page, ln.y)
    need = max(3, pages // 2)
    fixed: dict[str, float] = {}
    for k, by_page in heights.items():
        if len(by_page) < need:
            continue
        ys = list(by_page.values())
        best = max(ys, key=lambda y: sum(abs(y - other) <= FIXED_LINE_TOLERANCE for other in ys))
        if sum(abs(best - y) <= FIXED_LINE_TOLERANCE for y in ys) >= need:
            fixed[k] = best
    if not fixed:
        return lines
    kept: list[_Line] = []
    read: set[str] = set()
    for ln in lines:
        found = [k for k in keys(ln) if k in fixed and abs(ln.y - fixed[k]) <= FIXED_LINE_TOLERANCE]
        if found:
            if read.intersection(found) or not re.sub(r"\b(?:page|pg|p|of)\b|[^a-z]", "", found[-1]):
                continue  # a later copy, or a page label
            read.update(found)
        kept.append(ln)
    return kept


def _drop_running_tables(tables: dict[int, list], pages: int) -> dict[int, list]:
    """Keep the first of a ruled table repeated on most pages in the same place (a page-header block: "ACCESS
    CONTROL POLICY | Doc. Number ISMS.05.01 | Page 2 of 5"): it is the document's, read once, not once a page.
    A later copy keeps its place with no rows, so its lines are still taken as the table's and dropped."""
    if pages < 3:
        return tables
    def key(span, rows) -> tuple:
        return (round(span[0]), round(span[1]),
                _shape(" | ".join(str(v) for row in rows or () for v in row if v is not None)))
    seen = Counter(key(span, rows) for found in tables.values() for span, rows in found)
    running = {k for k, n in seen.items() if n >= max(3, pages // 2)}
    if not running:
        return tables
    kept: dict[int, list] = {}
    read: set[tuple] = set()
    for page in sorted(tables):
        for span, rows in tables[page]:
            k = key(span, rows)
            if k in running and k in read:
                rows = None
            elif k in running:
                read.add(k)
            kept.setdefault(page, []).append((span, rows))
    return kept


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


# ---------------------------------------------------------------- blocks

def _body_size(lines: list[_Line]) -> float:
    sizes = Counter()
    for ln in lines:
        if ln.size:
            sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _bold_apart(lines: list[_Line]) -> list[_Line]:
    """The lines, those in the body's own font not bold when most of the body's text reads as bold: bold sets a
    heading apart from the body only where the body is not bold. A producer that writes a weight of about 3900 into
    every font's descriptor (pdfium derives the weight from the descriptor's stem width) makes every line read as
    bold, and every first line of a paragraph that does not end a sentence then reads as a bold title, cutting its
    sentence in two (held out, cmhold12: a drilling contractor's seven policies, where "Statewide Geotechnical
    (Aust) Pty Ltd is dedicated to adopting industry-leading" became a heading over the rest of its sentence). A
    line in another font than the body's still stands apart ("1.0 Footwear" in the heading face); a body set in a
    bold face is the same case."""
    body = _body_size(lines)
    chars = bold = 0
    fonts: Counter = Counter()
    for ln in lines:
        if ln.size == body:
            chars += len(ln.text)
            bold += len(ln.text) if ln.bold else 0
            fonts[ln.font] += len(ln.text)
    if not chars or 2 * bold <= chars:
        return lines
    own = fonts.most_common(1)[0][0]
    return [replace(ln, bold=False) if ln.bold and ln.font == own else ln for ln in lines]


def _minor_headings(lines: list[_Line], body: float) -> frozenset[tuple[int, int]]:
    """(page, line) of the lines set between the body size and HEADING_SIZE_RATIO that are headings: the line
    reads as a title, is not the first line of a sentence wrapped onto a next line in its size, and its size
    is used for titles (most of its lines, contents entries aside, read as titles). Prose set a
    point larger, or a table's figures, fail; "1. Scope", "Summary", "3.1. Limitations" in 11 pt over a 10 pt
    body pass."""
    if not body:
        return frozenset()
    by_size: dict[float, list[tuple[_Line, bool]]] = {}
    for n, ln in enumerate(lines):
        if body < ln.size < body * HEADING_SIZE_RATIO and not _is_toc_entry(ln.text):
            after = lines[n + 1] if n + 1 < len(lines) else None
            wrapped = (after is not None and after.page == ln.page and after.size == ln.size
                       and not bold_title_number(after.text)[0] and not _is_toc_entry(after.text))
            by_size.setdefault(ln.size, []).append((ln, bold_title_number(ln.text)[0] and not wrapped))
    return frozenset((ln.page, ln.number) for found in by_size.values() if 2 * sum(t for _, t in found) > len(found)
                     for ln, titled in found if titled)


HEADING_WRAP_GAP = 1.5  # a wrapped heading's next line is at most this many times its font size below


def _is_heading(ln: _Line, body: float, minor: frozenset[tuple[int, int]]) -> bool:
    words = ln.text.split()
    if not words or len(words) > MAX_HEADING_WORDS or ln.text.endswith((".", ",", ";")):
        return False
    if LIST_MARKER.match(ln.text) and not heading_number(ln.text)[0]:
        return False
    if not body:  # no font data for this file: fall back to what the words look like
        return looks_like_heading(ln.text)
    if ln.size >= body * HEADING_SIZE_RATIO:
        return True
    if (ln.page, ln.number) in minor:
        return True
    return ln.bold and ln.size >= body * 0.95 and bold_title_number(ln.text)[0]


def _blocks(lines: list[_Line], tables: dict[int, list]) -> list[Block]:
    body = _body_size(lines)
    minor = _minor_headings(lines, body)
    # whether each line is a heading, decided once (the sizes below and the walk both ask)
    heads = [_is_heading(ln, body, minor) for ln in lines]
    heading_sizes = sorted({ln.size for ln, head in zip(lines, heads) if head}, reverse=True)
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and 0 < a.y - b.y < 100]
    leading = statistics.median(gaps) if gaps else 0.0
    margin: dict[int, float] = {}  # page -> right edge of full body lines
    for ln in lines:
        margin[ln.page] = max(margin.get(ln.page, 0.0), ln.right)
    blocks: list[Block] = []
    pending_tables = {p: list(ts) for p, ts in tables.items()}
    prev: _Line | None = None
    prev_heading = False
    item_x = 0.0  # where the current list item's first line starts: its wrapped lines start right of it
    sub_xs: list[float] = []  # where the "o" sub-bullet lines of the current list start
    for ln, head in zip(lines, heads):
        if _is_toc_entry(ln.text):
            continue  # the contents page repeats headings (and page numbers) read where they are
        in_table = _table_at(pending_tables, ln)
        if in_table is not None:
            if in_table[1] is not None:
                blocks += _table_block(in_table[1], ln)
            prev, prev_heading = None, False
            continue
        location = Location(page=ln.page, line=ln.number)
        gap = (prev.y - ln.y) if prev is not None and prev.page == ln.page else None
        new_para = gap is None or not leading or gap > leading * 1.4 or gap < 0 or _ends_paragraph(prev, margin)
        if head:
            number, _ = heading_number(ln.text)
            last = blocks[-1] if blocks else None
            if (prev_heading and last is not None and last.type is BlockType.HEADING and not number
                    and prev is not None and prev.size == ln.size
                    and (not new_para or gap is not None and 0 < gap <= ln.size * HEADING_WRAP_GAP)):
                # a heading wrapped onto a next line in its size: its lines sit as close as its size sets them,
                # further apart than the body's lines ("School of Aquatic & Fishery / Sciences")
                blocks[-1] = Block(type=BlockType.HEADING, text=f"{last.text} {ln.text}", level=last.level,
                                   number=last.number, location=last.location)
            else:
                level = number.count(".") + 1 if number else heading_sizes.index(ln.size) + 1
                blocks.append(Block(type=BlockType.HEADING, text=ln.text, level=min(level, 6), number=number,
                                    location=location))
            prev, prev_heading = ln, True
            sub_xs.clear()
            continue
        marker = LIST_MARKER.match(ln.text) or _sub_bullet(prev, prev_heading, sub_xs, ln)
        if marker is not None and marker.group("marker") == "o":
            sub_xs.append(ln.x)
        last = blocks[-1] if blocks else None
        if not marker and _runs_on(prev, prev_heading, last, ln):
            # a sentence cut by a page break: the page ends mid-sentence and the next starts in lower case
            blocks[-1] = replace(last, text=f"{last.text} {ln.text}")
            prev = ln
            continue
        if marker:
            mark = marker.group("marker")
            blocks.append(Block(type=BlockType.LIST_ITEM, text=marker.group("text").strip(), marker=mark,
                                checked=checkbox_state(mark), location=location))
            item_x = ln.x
        elif last is not None and last.type is BlockType.LIST_ITEM and not new_para and prev is not None \
                and (ln.x > item_x + 1 or last.marker == "o" and abs(ln.x - item_x) <= 2
                     and not prev.text.rstrip().endswith((".", ":", ";", "!", "?"))) and not prev_heading:
            # a wrapped line stands right of its item's marker; under an "o" it may hang where the "o" stands
            blocks[-1] = Block(type=last.type, text=f"{last.text} {ln.text}", marker=last.marker,
                               checked=last.checked, location=last.location)
            prev = ln
            continue
        elif last is not None and last.type is BlockType.PARAGRAPH and not new_para and not prev_heading:
            blocks[-1] = Block(type=last.type, text=f"{last.text} {ln.text}", location=last.location)
        else:
            blocks.append(Block(type=BlockType.PARAGRAPH, text=ln.text, location=location))
            sub_xs.clear()
        prev, prev_heading = ln, False
    for page, remaining in pending_tables.items():  # tables whose text pdfium did not place in a line
        for _, rows in remaining:
            if rows is not None:
                blocks += _table_block(rows, _Line(page=page, number=0, text="", size=0, bold=False, x=0, y=0))
    return blocks


# Word's second-level bullet is a letter "o" in Courier New; in the text layer it is "o" and a space
SUB_BULLET = re.compile(r"^(?P<marker>o)\s+(?P<text>[A-Z0-9\"'(\u2018\u201c].*)$")


def _sub_bullet(prev: _Line | None, prev_heading: bool, sub_xs: list[float], ln: _Line) -> re.Match | None:
    """A line "o Seek medical treatment." that starts a Word sub-bullet: the first of a list stands right of the
    line before it, which ends a sentence or a lead-in (":") or is a heading; the next ones stand where one of the
    list's did, or follow an item's end when the list steps back out of a deeper level. A line that goes on with a
    sentence ("... de acordo com / o Manual da Qualidade") is no item."""
    match = SUB_BULLET.match(ln.text)
    if match is None:
        return None
    if any(abs(ln.x - x) <= 2 for x in sub_xs):
        return match
    if prev is None or prev_heading:
        return match
    ends = prev.text.rstrip().endswith((".", ":", ";", "!", "?"))
    if sub_xs and ends:  # back out of a deeper level of the list
        return match
    return match if ends and prev.page == ln.page and ln.x > prev.x + 1 else None


def _runs_on(prev: _Line | None, prev_heading: bool, last: Block | None, ln: _Line) -> bool:
    """Whether the line, first of its page, goes on with the paragraph or list item the page before ended
    mid-sentence: no closing punctuation there, a lower-case word here (a heading, a list item or a capitalised
    line starts something new)."""
    if prev is None or prev.page == ln.page or prev_heading or last is None:
        return False
    if last.type not in (BlockType.PARAGRAPH, BlockType.LIST_ITEM) or last.text.rstrip().endswith(
            (".", "!", "?", ":", ";")):
        return False
    return ln.text[:1].islower()


def _ends_paragraph(prev: _Line | None, margin: dict[int, float]) -> bool:
    """A line that ends a sentence well short of the right margin closes its paragraph."""
    if prev is None or not prev.right or not prev.text.endswith((".", "!", "?", ":")):
        return False
    right = margin.get(prev.page, 0.0)
    return bool(right) and prev.right < prev.x + (right - prev.x) * 0.85


def _table_at(pending: dict[int, list], ln: _Line):
    """(span, rows or None) when the line lies in a table; rows only for its first line."""
    for i, ((bottom, top), rows) in enumerate(pending.get(ln.page, [])):
        if rows is not None and bottom - 2 <= ln.y <= top + 2:
            pending[ln.page][i] = ((bottom, top), None)
            return (bottom, top), rows
        if rows is None and bottom - 2 <= ln.y <= top + 2:
            return (bottom, top), None
    return None


def _table_block(rows: list, ln: _Line) -> list[Block]:
    """The table's blocks: its rows, less any row that is one cell of running text (see _passage), read as the
    paragraph it is where it stands, with the rows before and after it each a table of their own."""
    from gapscan.ingest.tables import build_table, light_value

    location = Location(page=ln.page, line=ln.number or None)
    boxes = _layout_boxes(rows)
    if boxes is not None:
        return [block for box in boxes for block in _box_blocks(box, location)]
    out: list[Block] = []
    segment: list[list] = []

    def close() -> None:
        grid = [[light_value(" ".join((c or "").split())) for c in r] for r in segment]
        table = build_table(grid, list(range(1, len(grid) + 1)), location, max_title_rows=1) if grid else None
        if table is not None:
            out.append(Block(type=BlockType.TABLE, text=" | ".join(table.header), location=location, table=table))
        segment.clear()

    for row in rows:
        passage = _passage(row)
        if passage is None:
            segment.append(row)
            continue
        close()
        out.append(Block(type=BlockType.PARAGRAPH, text=passage, location=location))
    close()
    return out


PASSAGE_WORDS = 60  # a row's only cell of at least this many words, in sentences, is a passage of text
_SENTENCE_END = re.compile(r"[a-z)][.!?](?:\s|$|[A-Z])")
BOX_SENTENCE_WORDS = 5  # a box's text of at least this many words that ends a sentence is written text
BOX_SHARE = 2 / 3  # a page of boxes: at least this share of its words in boxes of sentences, at most this share filled


def _layout_boxes(rows: list) -> list[str] | None:
    """The texts of a page laid out in ruled boxes, box by box, or None for a table.

    A fact sheet draws its parts as boxes on a grid ("Do", "Don't", tips, a strip of the programmes it touches):
    the grid has no header row, most of its cells are empty (the boxes span the grid's columns unevenly), and its
    words are mostly sentences, two boxes of them at least. Read as a table it is a form with nothing filled in and
    its rules are nobody's text (held out, cmhold11: 17 of 21 chapters of an environmental handbook were forms). A
    form's or a register's grid has a header of labels, or is mostly filled, or holds values, not sentences."""
    from gapscan.ingest.tables import find_header, light_value

    def written(text: str) -> bool:
        return len(_SENTENCE_END.findall(text)) >= 2 or (
            len(text.split()) >= BOX_SENTENCE_WORDS and _SENTENCE_END.search(text[-2:] + " ") is not None)

    width = max((len(r) for r in rows), default=0)
    grid = [[" ".join(c.split()) if c and c.strip() else "" for c in r] for r in rows]
    texts = [c for r in grid for c in r if c]
    boxes = [c for r in rows for c in r if c and c.strip()]
    if width < 2 or len(texts) < 2 or len(texts) > BOX_SHARE * width * len(rows):
        return None
    sentences = [t for t in texts if written(t)]
    if len(sentences) < 2 or sum(len(t.split()) for t in sentences) < BOX_SHARE * sum(len(t.split()) for t in texts):
        return None
    # a row of labels is a header only above the table's entries: a strip of labels under boxes of sentences is
    # one more box ("Training: 1 per year | Season: spring")
    header = find_header([[light_value(c) for c in r] for r in grid])
    if header is not None and not any(written(c) for r in grid[:header] for c in r):
        return None
    return boxes


def _box_blocks(box: str, location: Location) -> list[Block]:
    """A box's lines as the text it prints: a line that starts with a bullet starts a list item ("Do" over its
    bulleted rules), a line after one that ends a sentence and starting in capitals a paragraph ("Tips and Tricks"),
    any other line runs on from the one above."""
    out: list[Block] = []
    ended = True
    for line in (ln.strip() for ln in box.splitlines()):
        if not line:
            continue
        marker = LIST_MARKER.match(line)
        if marker:
            mark = marker.group("marker")
            out.append(Block(type=BlockType.LIST_ITEM, text=marker.group("text").strip(), marker=mark,
                             checked=checkbox_state(mark), location=location))
        elif out and not (ended and line[:1].isupper()):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line}")
        else:
            out.append(Block(type=BlockType.PARAGRAPH, text=line, location=location))
        ended = bool(re.search(r"[.!?:]$", out[-1].text))
    return out


def _frame(rows: list) -> bool:
    """Whether a ruled grid is a frame drawn around the page's text: one cell of it holds all its text, a passage of
    running text (see _passage), and every other cell is empty. A designer's page (Canva) rules a border and a few
    ornamental lines around the whole policy; read as a table, its headings, items and paragraphs were one run-on
    paragraph of 450 words (held out, cmhold14: a staffing platform's environmental policy), so the page's lines are
    read as they stand instead. A frame with a label beside its text ("Policy text:") stays a form's field."""
    filled = [(r, c) for r in rows for c in r if c and c.strip()]
    return len(filled) == 1 and _passage(filled[0][0]) is not None


def _passage(row: list) -> str | None:
    """The text of a row that is one cell of running text: a field printed in a ruled frame that holds a policy's
    or a report's whole body (a GRC tool's export: "Policy text:" and, in the cell below, 700 words of policy). Read
    as a table cell it is one value of a form whose other fields are blank, and its sentences are nobody's text."""
    filled = [c for c in row if c and c.strip()]
    if len(filled) != 1:
        return None
    text = " ".join(filled[0].split())
    if len(text.split()) < PASSAGE_WORDS or len(re.findall(r"[a-z)][.!?](?:\s|$|[A-Z])", text)) < 2:
        return None
    return text
