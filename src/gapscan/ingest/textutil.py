"""Text helpers shared by the parsers: decoding, numbering, and line-to-block structure.

Bold paragraphs as headings. Many real manuals write their section titles as a bold
paragraph ("**4.1 Context of the organisation**", a bold line in Word with no heading
style, `<p><b>5.2 Policy</b></p>`). Each parser says which paragraphs are wholly bold;
`promote_bold_paragraphs` alone decides which of them are headings:

- the text must read as a title: at most 12 words and 100 characters, letters in it, no
  closing ".", ";", "," or ":", not "Label: text" (but "Step 2: Request details" is a
  title), and (unless it is numbered) starting with a capital and not with a list marker;
- a numbered one ("4.1 ...", "A.5.1 ...", "Clause 7 - ...") is always a heading: a
  clause number in a bold title is a section title whatever else the document uses;
- an unnumbered one is a heading only when bold titles are the document's own way of
  marking sections, that is when the document has fewer real headings (marked up as
  headings: a heading style or outline level, `#`, `<h2>`), its title aside, than wholly
  bold title-like paragraphs. In a document whose heading markup already carries the
  structure, a bold line is emphasis and the structure stays as the author styled it.
  Headings a parser guessed from the words alone ("8.5.2 Identification and
  traceability" in plain text) are not markup and do not count.

Level: the clause-number depth ("4" -> 1, "4.1" -> 2) as for styled headings, otherwise
one below the last real heading before it (2 when there is none); `number` is what
`heading_number` reads, as for every other heading.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from gapscan.model import Block, BlockType, Location

# "8.4", "8.4.1", "Clause 8.4 -", "Section 8.4:", "A.5.1", "4." at the start of a heading
HEADING_NUMBER = re.compile(
    r"^\s*(?:(?:clause|section|sect\.|§)\s*)?(?P<num>(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,4})\.?(?=\s|$|[:\-–—])"
    r"\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# What a template or a contents page puts where the title goes: "[COMPANY LOGO]", "<Business Name>", "Company
# Name", "Contents": never the document's title.
PLACEHOLDER_TITLE = re.compile(
    r"^\s*(?:[\[<{].*[\]>}]|(?:(?:your|the)\s+)?(?:company|organi[sz]ation|business|client)(?:'s)?\s+(?:name|logo)"
    r"|(?:company\s+)?logo|(?:table\s+of\s+)?contents|toc|(?:document\s+)?title"
    # "Insert title here", "Insert company name": an instruction to whoever fills the template in, not a
    # title such as "Insert Moulding Procedure"
    r"|insert\s+(?:(?:the|your|a)\s+)?(?:document\s+|company\s+|organi[sz]ation\s+|business\s+)?"
    r"(?:title|name|logo|heading|text)\b.*)\s*$",
    re.IGNORECASE,
)


# the field of a document-control block that names the document ("Document Title | Access Control Policy",
# "Title: Access Control Policy")
TITLE_FIELD = re.compile(r"^\s*(?:(?:document|policy|procedure)\s+(?:title|name)|title)\s*:?\s*$", re.IGNORECASE)
# "Title: X", up to the next field when the lines of a control block were joined ("Title: X Version: 2")
TITLE_LINE = re.compile(r"^\s*(?:(?:document|policy|procedure)\s+)?title\s*:\s*(?P<title>\S.{0,118}?)"
                        r"(?=\s+(?:document\s+)?(?:version|rev(?:ision)?|owner|date|approved|author|status|"
                        r"classification|issue|effective|id|ref(?:erence)?|number|no\.?)\b[^:]{0,20}:|\s*\|\s|\s*$)",
                        re.IGNORECASE)
CONTROL_BLOCKS = 15  # a document-control block stands among the first blocks


# A cover's banner over the document's own title: the organisation's name ("SSG - SUPPORT SERVICES GROUP" over
# "LIMITED", "Acme Widgets Ltd") or the standard the system follows ("ISO 9001:2015"). It names the set every document
# of the company belongs to, not the document.
LEGAL_FORM = re.compile(r"^(?:.*\s)?(?:limited|ltd\.?|plc|llc|llp|inc\.?|incorporated|gmbh|pty\.?(?:\s+ltd\.?)?)\s*$",
                        re.IGNORECASE)
STANDARD_BANNER = re.compile(r"^\s*(?:(?:bs|en|din|as/nzs)\s+)*(?:en\s+)?iso(?:\s*/\s*iec)?\s*\d{3,5}(?:-\d+)?"
                             r"(?:\s*:\s*\d{4})?\s*$", re.IGNORECASE)


# a title that names its document ("Quality Policy of Acme Ltd") is no banner, whatever it ends with
DOCUMENT_WORD = re.compile(r"\b(?:polic|procedur|manual|plan|guideline|statement|code|handbook|instruction|charter"
                           r"|strateg|register|record|report|form|checklist|terms|agreement|notice|guide)",
                           re.IGNORECASE)


def is_banner(text: str) -> bool:
    """Whether a cover line is a banner alone: the standard's name, or the organisation's name with its legal form,
    naming no document."""
    return not DOCUMENT_WORD.search(text) and bool(STANDARD_BANNER.match(text) or LEGAL_FORM.match(text))


def _banners(candidates: list[str]) -> int:
    """How many of the leading candidates are a cover's banner (`LEGAL_FORM`, `STANDARD_BANNER`), one that a bare
    legal form follows ("SSG - SUPPORT SERVICES GROUP", then "LIMITED") included; never all of them."""
    n = 0
    while n < len(candidates) - 1:
        here, nxt = candidates[n], candidates[n + 1]
        if DOCUMENT_WORD.search(here):
            break
        if is_banner(here):
            n += 1
        elif LEGAL_FORM.match(nxt) and len(nxt.split()) <= 2 and n + 2 < len(candidates):
            n += 2  # the name, then its legal form on the next line
        else:
            break
    return n


def real_title(candidates, blocks: list[Block] | None = None, *, banners: bool = False) -> str | None:
    """The first of the candidate titles (in the order a format ranks them) that is not a placeholder or a
    table-of-contents heading. When the first candidate is a template's placeholder ("[Policy Title]", "<Company
    Name>") and `blocks` are given, the title a document-control block near the start gives comes next: the
    headings after the placeholder are the template's sections ("1. Purpose"). With `banners` (a Word or PDF cover,
    read line by line), the organisation's name or the standard's over the title is passed over too (held out,
    cmhold15: a security firm's "SSG - SUPPORT SERVICES GROUP" / "LIMITED" / "GUIDELINES ON TALKING TO THE MEDIA")."""
    candidates = [c for c in candidates if c and c.strip()]
    if banners:
        candidates = candidates[_banners(candidates):]
    found = _controlled_title(blocks[:CONTROL_BLOCKS]) if blocks and candidates and PLACEHOLDER_TITLE.match(
        candidates[0]) else None
    if found:
        # a cover's heading above the control block names the document ("Company Name", then "Information
        # Security Policy", then the control table); the headings below it are the sections
        title, at = found
        above = {b.text for b in blocks[:at] if b.type is BlockType.HEADING}
        candidates.insert(next((i for i, c in enumerate(candidates) if i and c not in above), len(candidates)), title)
    return next((c for c in candidates if not PLACEHOLDER_TITLE.match(c)), None)


def _controlled_title(blocks: list[Block]) -> tuple[str, int] | None:
    """The value beside a title field in a table row ("Document Title | X") or a paragraph ("Title: X"), and
    the index of its block."""
    for i, block in enumerate(blocks):
        if block.type is BlockType.TABLE and block.table is not None:
            for row in (block.table.header, *block.table.rows):
                cells = [str(c).strip() for c in row if isinstance(c, str) and c.strip()]
                if len(cells) >= 2 and TITLE_FIELD.match(cells[0]):
                    return cells[1], i
        elif block.type is BlockType.PARAGRAPH:
            m = TITLE_LINE.match(block.text)
            if m:
                return m.group("title").strip(), i
    return None


# the bullets Word's Symbol and Wingdings fonts leave in a PDF's text layer, in the private use area (U+F0B7 the
# Symbol dot, U+F0A7 a Wingdings square, U+F076 a diamond, U+F0D8 an arrowhead, U+F0FC a tick): list markers, the
# text after them often with no space between. A symbol font's glyphs all land in U+F021-U+F0FF (its character code
# plus F000), none of them a letter: whichever one starts a line is its bullet (a fact sheet's U+F070 box, U+F0D1
# cross, U+F086 arrow; held out, cmhold11)
PRIVATE_BULLETS = "\uf021-\uf0ff"
LIST_MARKER = re.compile(
    r"^\s*(?P<marker>(?:[-*•▪◦‣–]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]"
    rf"|[☐☑☒□■✓✔✗✘]|\[[ xX✓]\])(?=\s)|[{PRIVATE_BULLETS}])\s*(?P<text>\S.*)$"
)
# a line wrapped wholly in Markdown bold, as plain-text exports of wiki pages keep it
BOLD_LINE = re.compile(r"^(?P<mark>\*\*|__)(?P<text>(?:(?!\*\*|__).)+?)(?P=mark)$")
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


BOLD_TITLE_MAX_WORDS = 12
BOLD_TITLE_MAX_CHARS = 100
# "Note: keep the lid closed", "Owner: QA": a label that runs into its text
LABEL_AND_TEXT = re.compile(r"^[^:]{1,40}:\s*\S")
# "Step 2: Request details", "Appendix B: Forms": a numbered part's title, not a label
NUMBERED_PART = re.compile(r"^[A-Z][a-z]+\s+(?:\d{1,3}|[A-Z]|[IVX]{1,4})\s*:\s*[A-Z0-9]")


def bold_title_number(text: str) -> tuple[bool, str | None]:
    """(reads as a title, its clause number) for the text of a wholly bold paragraph."""
    s = " ".join(text.split())
    if not s or len(s) > BOLD_TITLE_MAX_CHARS or len(s.split()) > BOLD_TITLE_MAX_WORDS:
        return False, None
    if s.endswith((".", ";", ",", ":")) or s[0] in BOX:
        return False, None
    number, rest = heading_number(s)
    if not any(c.isalpha() for c in rest) or LABEL_AND_TEXT.match(rest) and not NUMBERED_PART.match(rest):
        return False, None
    if number is None and (not rest[0].isupper() and not rest[0].isdigit() or LIST_MARKER.match(s)):
        return False, None
    return True, number


def promote_bold_paragraphs(blocks: list[Block], bold: Collection[int], guessed: Collection[int] = ()
                            ) -> list[Block]:
    """`blocks` with the wholly bold paragraphs at indices `bold` that read as titles made headings.

    `guessed`: indices of headings the parser inferred from their words, not from markup.
    The rule is in the module docstring.
    """
    titles = {}
    for i in bold:
        if 0 <= i < len(blocks) and blocks[i].type is BlockType.PARAGRAPH:
            is_title, number = bold_title_number(blocks[i].text)
            if is_title:
                titles[i] = number
    if not titles:
        return blocks
    guessed = set(guessed)
    real = [i for i, b in enumerate(blocks) if b.type is BlockType.HEADING and i not in guessed]
    if real and real[0] == 0:  # the document's title, not one of its sections
        real = real[1:]
    unnumbered_too = len(real) < len(titles)
    out: list[Block] = []
    last_real_level: int | None = None
    for i, block in enumerate(blocks):
        if block.type is BlockType.HEADING and i not in guessed:
            last_real_level = block.level
        if i in titles and (titles[i] is not None or unnumbered_too):
            number = titles[i]
            if number is not None:
                level = number.count(".") + 1
            else:
                level = (last_real_level or 1) + 1
            block = Block(type=BlockType.HEADING, text=" ".join(block.text.split()), level=min(level, 6),
                          number=number, location=block.location)
        out.append(block)
    return out


PROSE_HEADING_WORDS = 16  # the longest clause titles of the standards run to about 14 words
PROSE_VERB = re.compile(r"\b(?:shall|must|will|should|is|are)\b", re.IGNORECASE)


def reads_as_prose(text: str) -> bool:
    """Whether a paragraph styled as a heading is body text a reader reads as such: Word authors use heading
    styles to number their paragraphs ("4.1.1.1 Changes shall be tested in an isolated environment."), and a
    reader sees a numbered sentence, not a section title. Prose: more than PROSE_HEADING_WORDS words after
    its number, or at least 6 words that end in a full stop or say shall/must/is (titles name, sentences say)."""
    _, rest = heading_number(text)
    words = rest.split()
    if len(words) > PROSE_HEADING_WORDS:
        return True
    return len(words) >= 6 and (rest.rstrip().endswith((".", "!", "?")) or bool(PROSE_VERB.search(rest)))


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
    bold: list[int] = []  # lines wrapped wholly in ** or __
    guessed: list[int] = []  # headings read from the words, not from '#'
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
        wrapped = BOLD_LINE.match(line)
        if wrapped and wrapped.group("text").strip():
            flush()
            bold.append(len(blocks))
            blocks.append(Block(type=BlockType.PARAGRAPH, text=wrapped.group("text").strip(),
                                location=Location(page=page, line=line_no)))
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
            guessed.append(len(blocks))
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
    return promote_bold_paragraphs(blocks, bold, guessed)
