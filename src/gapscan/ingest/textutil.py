"""Text helpers shared by the parsers: decoding, numbering, and line-to-block structure."""
from __future__ import annotations

import re

from gapscan.model import Block, BlockType, Location

# "8.4", "8.4.1", "Clause 8.4 -", "Section 8.4:", "A.5.1", "4." at the start of a heading
HEADING_NUMBER = re.compile(
    r"^\s*(?:(?:clause|section|sect\.|§)\s*)?(?P<num>(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,4})\.?(?=\s|$|[:\-–—])"
    r"\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
LIST_MARKER = re.compile(
    r"^\s*(?P<marker>[-*•▪◦‣–]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]"
    r"|[☐☑☒□■✓✔✗✘]|\[[ xX✓]\])\s+(?P<text>\S.*)$"
)
CHECKED = {"☑", "☒", "■", "✓", "✔", "[x]", "[X]", "[✓]"}
UNCHECKED = {"☐", "□", "[ ]"}
BOX = CHECKED | UNCHECKED | {"✗", "✘"}


def read_text(source, max_chars: int) -> str:
    """A text file's content, decoded; refuses binary content and files over `max_chars`."""
    from gapscan.ingest.base import IngestError

    if source.stat().st_size > max_chars:
        raise IngestError(f"text file is over the {max_chars // 1_000_000} million character limit")
    text = decode_bytes(source.read_bytes())
    if text is None:
        raise IngestError("not a text file (binary content)")
    return text


def decode_bytes(data: bytes) -> str | None:
    """Decode text of unknown encoding (UTF-8, BOMs, UTF-16, cp1252...); None if binary."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        return None
    encoding = guess_charset(data[: 2 * 1024 * 1024])
    if encoding is None:
        return None
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return None


# Office files in the regions gapscan serves are mostly Windows-1252; when charset-normalizer
# finds another single-byte code page exactly as plausible, Windows-1252 is the better bet.
PREFERRED_CHARSETS = ("cp1252", "latin_1")
DOS_CODEPAGES = {"cp437", "cp775", "cp850", "cp852", "cp857", "cp858", "cp860", "cp861", "cp863", "cp865"}


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def guess_charset(sample: bytes) -> str | None:
    """The most plausible encoding of non-UTF-8 bytes; ties go to Windows-1252; None if binary."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        # a text file with a few damaged bytes: Windows-1252 reads every byte, NULs mean binary
        return None if b"\x00" in sample[:4096] else "cp1252"
    best = matches[0]
    if best.encoding in DOS_CODEPAGES and _decodes(sample, "cp1252"):
        # short Windows exports are often scored as a DOS code page ("Prüfer" -> "Pr³fer");
        # files from today's office software are far more likely Windows-1252
        return "cp1252"
    for preferred in PREFERRED_CHARSETS:
        for m in matches:
            if (m.encoding == preferred and m.chaos <= best.chaos + 0.01
                    and m.coherence >= best.coherence - 0.05):
                return m.encoding
    return best.encoding


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return sample.count(b"\x00") > len(sample) // 3


def heading_number(text: str) -> tuple[str | None, str]:
    """Split '8.4 Control of suppliers' into ('8.4', 'Control of suppliers')."""
    m = HEADING_NUMBER.match(text)
    if not m or not m.group("rest").strip():
        return None, text.strip()
    return m.group("num").upper().rstrip("."), m.group("rest").strip()


def checkbox_state(marker: str) -> bool | None:
    if marker in CHECKED:
        return True
    if marker in UNCHECKED:
        return False
    if marker in {"✗", "✘"}:
        return False
    return None


def looks_like_heading(line: str) -> bool:
    """A short line with no final full stop that is numbered or in capitals/title case."""
    s = line.strip()
    if not s or len(s) > 90 or s.endswith((".", ",", ";")) and not re.fullmatch(r"\d+(\.\d+)*\.", s.split()[0]):
        return False
    num, rest = heading_number(s)
    words = rest.split()
    if not words or len(words) > 12:
        return False
    if num is not None and (rest[:1].isupper()) and not rest.endswith((".", ";", ",")):
        return True
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def lines_to_blocks(lines: list[str], *, page: int | None = None, first_line: int = 1) -> list[Block]:
    """Turn plain lines into blocks; consecutive prose lines join into one paragraph."""
    blocks: list[Block] = []
    para: list[str] = []
    para_line = first_line

    def flush() -> None:
        if para:
            blocks.append(Block(type=BlockType.PARAGRAPH, text=" ".join(para),
                                location=Location(page=page, line=para_line)))
            para.clear()

    for offset, raw in enumerate(lines):
        line_no = first_line + offset
        line = raw.strip()
        if not line:
            flush()
            continue
        md = re.match(r"^(#{1,6})\s+(.*)$", line)
        if md:
            flush()
            num, _ = heading_number(md.group(2))
            blocks.append(Block(type=BlockType.HEADING, text=md.group(2).strip(), level=len(md.group(1)),
                                number=num, location=Location(page=page, line=line_no)))
            continue
        if looks_like_heading(line) and not LIST_MARKER.match(line):
            flush()
            num, _ = heading_number(line)
            level = num.count(".") + 1 if num else 1
            blocks.append(Block(type=BlockType.HEADING, text=line, level=level, number=num,
                                location=Location(page=page, line=line_no)))
            continue
        lm = LIST_MARKER.match(line)
        if lm:
            flush()
            marker = lm.group("marker")
            blocks.append(Block(type=BlockType.LIST_ITEM, text=lm.group("text").strip(), marker=marker,
                                checked=checkbox_state(marker), location=Location(page=page, line=line_no)))
            continue
        if not para:
            para_line = line_no
        para.append(line)
    flush()
    return blocks
