"""Shared pieces of the parsers: the error type, limits, the zip gate and the document builder."""
from __future__ import annotations

import hashlib
import re
import zipfile
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
    max_zip_members: int = 10_000
    max_pages: int = 2000
    max_rows: int = 1_000_000  # per sheet
    max_cells: int = 5_000_000  # per file
    max_text_chars: int = 50_000_000  # decoded text of one txt/md/html file
    # Flate streams of a PDF, measured by inflating them in bounded pieces before pdfium or
    # pdfplumber sees the file: a content stream, font or form XObject; an image; the whole file.
    max_pdf_stream_bytes: int = 32 * 1024 * 1024
    max_pdf_image_bytes: int = 256 * 1024 * 1024
    max_pdf_inflated_bytes: int = 1024 * 1024 * 1024
    max_page_chars: int = 200_000  # text characters pdfium finds on one PDF page
    timeout_seconds: float = 120.0  # per file, enforced by the engine
    memory_bytes: int = 1024 * 1024 * 1024  # address space a parser process may add, enforced by the engine
    # What the analysis stages (mirroring, claims, record profiles, drift) take on per document;
    # a document over one of these is reported as an error before any of them starts.
    max_headings: int = 20_000
    max_blocks: int = 200_000
    max_analysis_chars: int = 10_000_000  # text of one procedure or review (a 5 MB paragraph costs ~7 s)
    max_record_cells: int = 2_000_000  # table cells of one record
    # Cross-document stages (linking, drift, PS rules) take at most this many procedures and records.
    max_linked_procedures: int = 2_000
    max_linked_records: int = 5_000


DEFAULT_LIMITS = Limits()

# Members smaller than this may have any ratio: tiny XML parts compress very well.
_RATIO_FLOOR_BYTES = 1024 * 1024
# A DTD is the only way to declare entities; OOXML and ODF never need one.
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), "<!ENTITY".encode("utf-16-le"),
                "<!DOCTYPE".encode("utf-16-be"), "<!ENTITY".encode("utf-16-be"))
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class PartScanner:
    """Reads chosen zip parts during check_zip, in whole-tag pieces, to refuse them early.

    Subclasses say which parts they want and raise IngestError from `feed` when a part
    would make the parsing library allocate far more than the file's size suggests.
    """

    def wants(self, name: str) -> bool:
        raise NotImplementedError

    def feed(self, name: str, data: bytes) -> None:
        raise NotImplementedError

    def end(self, name: str) -> None:
        """Called once a wanted part has been fed completely."""

    def feed_text(self, name: str, data: bytes) -> None:
        """Bytes of a long run holding no '>' (no tag ends in it), passed over by the tag-reading checks: a
        check that must see every byte of the part (well-formedness) reads them here, in stream order."""

    def restart(self, name: str) -> None:
        """Forget what was fed of part `name`: it is fed again from its start (see RescanPart)."""


class RescanPart(Exception):
    """Raised by a scanner's `feed` to have the part fed again from its start, after `restart`:
    a scanner may take a cheap bound first and measure exactly only the parts the bound does not clear."""


class WellFormedScanner(PartScanner):
    """Refuse XML parts that are not well-formed before a Rust reader sees them.

    calamine can loop forever on some broken XML (found by fuzzing an .ods), and a loop
    inside native code cannot be interrupted in-process. expat checks the bytes in one
    streaming pass; DTDs never reach it (check_zip refuses them first) and it fetches
    no external entities.
    """

    def __init__(self, what: str) -> None:
        self.what = what
        self.parsers: dict = {}

    def feed(self, name: str, data: bytes) -> None:
        self._check(name, data)

    def feed_text(self, name: str, data: bytes) -> None:
        self._check(name, data)

    def _check(self, name: str, data: bytes) -> None:
        import xml.parsers.expat

        parser = self.parsers.get(name)
        if parser is None:
            parser = self.parsers[name] = self.new_parser(name)
        try:
            parser.Parse(data, False)
        except xml.parsers.expat.ExpatError as exc:
            raise IngestError(f"damaged {self.what} file: part {name} is not well-formed XML ({exc})") from None

    def new_parser(self, name: str):
        """The expat parser of part `name` (a subclass may set handlers on it)."""
        import xml.parsers.expat

        return xml.parsers.expat.ParserCreate()

    def restart(self, name: str) -> None:
        self.parsers.pop(name, None)

    def end(self, name: str) -> None:
        import xml.parsers.expat

        parser = self.parsers.pop(name, None)
        if parser is None:
            return
        try:
            parser.Parse(b"", True)
        except xml.parsers.expat.ExpatError as exc:
            raise IngestError(f"damaged {self.what} file: part {name} is not well-formed XML ({exc})") from None


def check_zip(source: Path, limits: Limits, *, what: str, scanner: PartScanner | None = None,
              keep: dict[str, bytes] | None = None, stored: list[bytes] | None = None) -> frozenset[str]:
    """Refuse a zip-based document that is damaged, a zip bomb, or carries XML DTDs.

    The declared sizes are checked first, so a member that claims gigabytes is refused
    without inflating a byte. Each member is then streamed through zipfile, which stops at
    the declared size and checks the CRC: a member that lies about its size fails there,
    and every later library reads exactly the bytes that were counted here. The same pass
    looks for DTDs in XML parts and feeds the parts a `scanner` wants to it. `keep` is given the
    inflated bytes of the XML parts (by name, as zipfile's read() finds them: the last of a name),
    up to _KEPT_BYTES in all, so the parser need not inflate them a second time.
    `stored` is given one item, the package again with every part stored (not compressed) as this pass inflated
    and checked it, when it can carry the package the same way (see _can_copy): a reader given it neither
    inflates the parts a second time nor reads a file that may have changed since.
    Returns the package's part names (so a reader asking for a part the package lacks need not open it again).
    """
    try:
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        if _is_ole_container(source):
            raise IngestError(f"password-protected (or old binary) Office file, not a {what} package: "
                              "remove the password or re-save it in the current format") from None
        raise IngestError(f"not a valid {what} file (damaged or not a zip package)") from None
    except (OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise IngestError(f"not a valid {what} file ({exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_members:
            raise IngestError(f"{what} package has {len(infos)} parts, over the {limits.max_zip_members} limit")
        _refuse_twice_named(infos, what)
        total = sum(i.file_size for i in infos)
        if total > limits.max_unzipped_bytes:
            raise IngestError(f"{what} inflates to {total // (1024 * 1024)} MB, over the "
                              f"{limits.max_unzipped_bytes // (1024 * 1024)} MB limit (zip bomb?)")
        for info in infos:
            if info.file_size > _RATIO_FLOOR_BYTES and info.file_size > limits.max_zip_ratio * max(info.compress_size, 1):
                raise IngestError(f"{what} part {info.filename} is compressed {info.file_size // max(info.compress_size, 1)}"
                                  f":1, over the {limits.max_zip_ratio}:1 limit (zip bomb?)")
        room = _KEPT_BYTES
        parts: list[list[bytes]] | None = [] if stored is not None and _can_copy(infos, total) else None
        for info in infos:
            kept = keep is not None and info.file_size <= room and info.filename.lower().endswith(_XML_SUFFIXES)
            data = _scan_member(zf, info, what, scanner if scanner is not None and scanner.wants(info.filename)
                                else None, kept or parts is not None, pieces=parts is not None)
            if parts is not None:
                parts.append(data)  # its pieces: the copy joins every part's bytes once
                data = b"".join(data) if kept else None
            if kept:
                keep[info.filename] = data
                room -= len(data)
    if parts is not None:
        stored.append(_stored_package(infos, parts))
    return frozenset(info.filename for info in infos)


# A stored copy holds the package's inflated bytes twice over at most (the parts, then the copy) while a reader
# parses it; a larger package is read from its file, as before.
_STORED_COPY_BYTES = 8 * 1024 * 1024
# Extra fields a zip reader may take a member's name or comment from instead of the central directory's (Info-ZIP
# Unicode Path and Comment): zipfile ignores them, so a copy would hand over the name zipfile read, not theirs.
_NAME_EXTRAS = frozenset({0x7075, 0x6375})


def _can_copy(infos: list[zipfile.ZipInfo], total: int) -> bool:
    """Whether a stored copy shows a reader the package it would read from the file: parts only deflated or stored
    (a reader may lack zipfile's bzip2 and lzma), not encrypted, no name taken from an extra field, within the
    copy's bounds (no zip64 needed)."""
    if total > _STORED_COPY_BYTES or len(infos) >= 0xFFFF:
        return False
    import struct

    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            return False
        extra, at = info.extra, 0
        while at + 4 <= len(extra):
            kind, size = struct.unpack_from("<HH", extra, at)
            if kind in _NAME_EXTRAS:
                return False
            at += 4 + size
    return True


def _stored_package(infos: list[zipfile.ZipInfo], parts: list[list[bytes]]) -> bytes:
    """A zip of `parts` under `infos`' names, written with the bytes zipfile read them from (UTF-8 where the member
    said so, else cp437: the two ways zipfile decodes a name), and their CRCs, each part stored."""
    import struct

    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for info, pieces in zip(infos, parts):
        utf8 = info.flag_bits & 0x800
        name = info.orig_filename.encode("utf-8" if utf8 else "cp437")
        size = sum(map(len, pieces))
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, utf8, 0, 0, 0, info.CRC, size, size, len(name), 0)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, utf8, 0, 0, 0, info.CRC, size, size,
                                   len(name), 0, 0, 0, 0, 0, offset))
        central.append(name)
        out += (local, name, *pieces)
        offset += len(local) + len(name) + size
    directory = b"".join(central)
    out += (directory, struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), offset, 0))
    return b"".join(out)


_KEPT_BYTES = 32 * 1024 * 1024


def _refuse_twice_named(infos: list[zipfile.ZipInfo], what: str) -> None:
    """Two members under one part name (OPC names ignore case) are a package each reader may
    resolve differently: zipfile keeps the last, Word or calamine may show the first, so the
    text gapscan checks need not be the text the user sees."""
    seen: set[str] = set()
    for info in infos:
        key = info.filename.casefold()
        if key in seen:
            raise IngestError(f"damaged {what} file: part {info.filename} appears twice in the package "
                              "(readers disagree on which copy is the document)")
        seen.add(key)


_RESCANS = 3  # a scanner's ways of measuring a part, each at least as costly as the one before


def _scan_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, scanner: PartScanner | None,
                 keep: bool = False, *, pieces: bool = False) -> bytes | list[bytes] | None:
    for _ in range(_RESCANS):
        try:
            return _stream_member(zf, info, what, scanner, keep, pieces=pieces)
        except RescanPart:
            scanner.restart(info.filename)
    return _stream_member(zf, info, what, scanner, keep, pieces=pieces)


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, scanner: PartScanner | None,
                   keep: bool = False, *, pieces: bool = False) -> bytes | list[bytes] | None:
    """The part's bytes when `keep` (as a list of pieces, not joined, with `pieces`), else None."""
    is_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    chunks: list[bytes] = []
    tail = b""
    pending = b""  # bytes after the last '>' seen, handed to the scanner with the next chunk
    memo_key = None
    try:
        with zf.open(info) as fh:
            if scanner is None and info.file_size >= _MEMO_MIN_BYTES and info.compress_type == zipfile.ZIP_DEFLATED:
                memo_key = (_stored_bytes(zf, info), info.file_size, info.CRC, is_xml)
                found = _passed.pop(memo_key, _NOT_SEEN)
                if found is not _NOT_SEEN and (found is not None or not keep):
                    _passed[memo_key] = found  # newest last
                    return ([found] if pieces else found) if keep else None
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                if keep:
                    chunks.append(chunk)
                if is_xml:
                    window = tail + chunk
                    # every marker holds a '!' byte in each encoding; one memchr clears most parts
                    if b"!" in window and any(marker in window for marker in _DTD_MARKERS):
                        raise IngestError(f"{what} part {info.filename} declares an XML DTD or entities: "
                                          "refused for safety")
                    tail = window[-32:]
                if scanner is not None:
                    pending += chunk
                    cut = pending.rfind(b">") + 1
                    if cut:
                        scanner.feed(info.filename, pending[:cut])
                        pending = pending[cut:]
                    elif len(pending) > (1 << 20):
                        # a long text run: no tag to finish in it, but every byte still goes to the checks
                        # that read them all (an undefined entity at its start must not slip past expat)
                        scanner.feed_text(info.filename, pending[:-4096])
                        pending = pending[-4096:]
            if scanner is not None:
                if pending:
                    scanner.feed(info.filename, pending)
                scanner.end(info.filename)
    except (IngestError, RescanPart):
        raise
    except Exception as exc:  # BadZipFile (CRC, size), zlib.error, EOFError from a cut or forged member
        raise IngestError(f"damaged {what} file: part {info.filename} cannot be read ({exc})") from None
    if pieces and keep and memo_key is None:
        return chunks
    data = b"".join(chunks) if keep else None
    if memo_key is not None:
        _remember(memo_key, data if is_xml else None)
    return [data] if pieces and keep else data


# Parts passed whole (inflated to their declared size and CRC, no DTD) by their stored bytes: a client's
# documents share a template's parts (a 349 kB styles.xml, a 438 kB stylesWithEffects.xml), and the same
# deflate stream inflates to the same bytes, so a part stored exactly as one that passed passes, with the same
# bytes. Only parts the scanners do not read, only deflated ones, only large ones (smaller ones inflate in
# less time than their stored bytes take to read and hash). Bounded; the newest kept.
_MEMO_MIN_BYTES = 64 * 1024
_MEMO_KEPT_BYTES = 4 * 1024 * 1024  # stored and inflated bytes of the parts remembered
_NOT_SEEN = object()
_passed: dict[tuple, bytes | None] = {}


def _stored_bytes(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's stored (compressed) bytes, read after zf.open checked its local header."""
    import struct

    fp = zf.fp
    fp.seek(info.header_offset)
    header = fp.read(zipfile.sizeFileHeader)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    fp.seek(info.header_offset + zipfile.sizeFileHeader + name_length + extra_length)
    return fp.read(info.compress_size)


def _remember(key: tuple, data: bytes | None) -> None:
    _passed.pop(key, None)
    _passed[key] = data
    held = list(_passed.items())  # one C call: safe if a caller parses from threads
    size = sum(len(k[0]) + len(v or b"") for k, v in held)
    for k, v in held[:-1]:  # oldest first, the newest always kept
        if size <= _MEMO_KEPT_BYTES:
            break
        _passed.pop(k, None)
        size -= len(k[0]) + len(v or b"")


def make_document(*, path: str, source: Path, format: str, blocks: list[Block] | tuple[Block, ...],
                  title: str | None = None, pages: int | None = None) -> Document:
    return Document(path=path, source=str(source), format=format, title=title,
                    blocks=tuple(blocks), pages=pages)


def display_name(text: str) -> str:
    """`text` with the bytes a file name may hold that are not UTF-8 (os.fsdecode keeps them as
    lone surrogates, which no report can encode) written as \\xff escapes: still one name per
    file, and the user sees which bytes are wrong."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate surrogateescape did not make (\\ud800 from a parser)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def failed(*, path: str, source: Path, format: str, reason: str,
           status: Status = Status.ERROR) -> Document:
    """A document that could not be read: one line, no traceback."""
    line = display_name(" ".join(str(reason).split())[:300]) or "unreadable file"
    return Document(path=path, source=str(source), format=format, status=status, error=line)


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _is_ole_container(source: Path) -> bool:
    """Office wraps password-protected docx/xlsx in an OLE compound file, like legacy .doc/.xls."""
    try:
        with open(source, "rb") as fh:
            return fh.read(8) == OLE_MAGIC
    except OSError:
        return False


# Heading lines of the markup formats, counted in the raw bytes: an over-count (a '#' line in
# a code block counts) that is only used to refuse a file far over the heading budget.
_HEADING_LINES = {
    "md": re.compile(rb"(?m)^ {0,3}#{1,6}(?:[ \t]|\r?$)"),
    "html": re.compile(rb"(?i)<h[1-6][\s>]"),
}


def heading_budget(source: Path, format: str, limits: Limits) -> str | None:
    """The reason to refuse a markup file before parsing it, when its heading lines alone are
    over the analysis budget: parsing 300,000 headings costs more than the whole run should."""
    pattern = _HEADING_LINES.get(format)
    # a pipe would block the read, an oversized file is refused by parse_file unread
    if pattern is None or not source.is_file() or source.stat().st_size > limits.max_file_bytes:
        return None
    count, tail = 0, b""
    with source.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            data = tail + chunk
            cut = data.rfind(b"\n") + 1  # count whole lines only; the rest waits for the next chunk
            count += len(pattern.findall(data, 0, cut))
            tail = data[cut:]
    count += len(pattern.findall(tail))
    if count > limits.max_headings:
        return f"analysis stopped: {count:,} headings, over the {limits.max_headings:,} limit"
    return None
