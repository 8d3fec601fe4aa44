"""A document's own cross-reference: the clauses it says it covers, read where it says so.

Four shapes, each found in real procedures:

- a reference line: "ISO 9001:2015 Reference: Clause 8.4", "Standard: ISO 27001:2022, Clause 5.2",
  "Control A.5.17: Authentication", "... as required by ISO 9001:2015 Clause 9.2."
- a heading that cites its clause or control: "Supplier Relationships (A 5.19)",
  "Risk Identification (ISO 27001 Clause 6.1.2)"
- a cross-reference section or table: "## Cross-reference to ISO 45001" with a clause column
- a list announced by "ISO 9001 references:" whose lines start with clause numbers

`strip` returns the document without them, so the mapping can be measured against what the
document declared without reading the answer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from gapscan import clauses as cat
from gapscan.mapping import bm25, editions
from gapscan.mapping.model import Declaration
from gapscan.model import Block, BlockType, Document
from gapscan.nlp.mirroring import CLAUSE_CELL, CROSS_REFERENCE_HEADING, CROSS_REFERENCE_INTRO, REFERENCE_LINE

_NUM = r"(?:A\s?\.?\s?)?\d{1,2}(?:\.\d{1,2}){0,3}"
_STD = r"ISO(?:/IEC)?\s*[- ]?\s*\d{4,5}(?:\s*:\s*\d{4})?"
# a cue and the numbers after it: "Clause 4.3, 4.4", "Clauses 7.5 (Documented Information), 8.5.1",
# "Annex A 8.32", "Control 5.9", "Reference: 8.4 & 8.5", "ISO 27001:2022 — Clause 4.3"
_CITATION = re.compile(
    rf"(?:(?P<std>{_STD})\s*(?:[,:|—–-]\s*)?(?:references?\s*:?\s*|standard\s*:?\s*)?)?"
    rf"(?P<cue>\b(?:clauses?|cl\.|controls?|annex\s+a)\b\s*:?\s*|(?<=\()(?={_NUM}\s*[,)&]))"
    rf"(?P<nums>{_NUM}(?:\s*\([^)]{{0,60}}\))?(?:\s*(?:,|&|\band\b|/|;)\s*(?:(?:clauses?|controls?|annex\s+a)\s*)?"
    rf"{_NUM}(?:\s*\([^)]{{0,60}}\))?)*)",
    re.IGNORECASE,
)
_STD_ONLY = re.compile(rf"(?P<std>{_STD})\s*(?:[,:|—–-]\s*)?(?:references?|clauses?)\s*:\s*(?P<nums>{_NUM}"
                       rf"(?:\s*(?:,|&|\band\b|/|;)\s*{_NUM})*)", re.IGNORECASE)
_ONE_NUM = re.compile(_NUM, re.IGNORECASE)
_PAREN = re.compile(r"\([^)]*\)")
_MENTION = re.compile(r"\bISO(?:/IEC)?\s*[- ]?\s*(\d{4,5})", re.IGNORECASE)
_EDITION_YEAR = re.compile(r"\bISO(?:/IEC)?\s*[- ]?\s*(\d{4,5})\s*:\s*((?:19|20)\d\d)", re.IGNORECASE)
_TABLE_CLAUSE_HEADER = re.compile(r"\b(?:clause|control|iso|annex|requirement)\b", re.IGNORECASE)
# a clause column in an audit programme or an exclusions table is not this document's coverage
_TABLE_NOT_COVERAGE = re.compile(r"\b(?:exclu\w*|justification|audit\s*#|auditor|month|date|planned)\b", re.IGNORECASE)
# ... nor is a table of the other controls a policy works with ("Related Controls", "Stacked Control | Integration
# Point"): it names them to point at the policies that cover them
_RELATED = re.compile(r"\b(?:related|see also|integration|stacked|other controls)\b", re.IGNORECASE)
LEAD_WORDS = 8  # a line this short just before a table introduces it
SHORT_LINE_WORDS = 12
MAX_LINE_WORDS = 40  # a line longer than this is prose: only its citation is stripped, the rest is kept
_TITLE_FIELD = re.compile(r"^(?:document|policy|procedure)\s+(?:title|name)\s*:?$", re.IGNORECASE)
CONTROL_TABLE_BLOCKS = 15  # a document-control table stands among the first blocks
ANNEX_TITLE_MIN = 90.0  # title similarity (mirroring.match_heading) for "5.15 Access control" to be A.5.15


def unit_of(number: str, catalogue: cat.Catalogue) -> str | None:
    """The mapping unit a clause number belongs to: "8.4.1" -> "8.4", "A.5.19" stays; a whole
    clause ("8") stays whole; a sub-clause deeper than the catalogue lists is its nearest listed clause's
    ("4.1.1" in ISO 13485 -> "4.1"). None when the catalogue has no such clause or it is front matter."""
    parts = cat.normalise_number(number).split(".")
    floor = 3 if parts[0][:1].isalpha() else 2
    clause = catalogue.get(number)
    while clause is None and len(parts) > floor:
        parts.pop()
        clause = catalogue.get(".".join(parts))
    if clause is None:
        return None
    parts = clause.number.split(".")
    if clause.is_criterion:  # SOC 2: each criterion ("CC6.1") is a unit, its series ("CC6") as broad as a theme
        return clause.number if len(parts) == 2 else None
    if clause.is_annex:
        return ".".join(parts[:3]) if len(parts) >= 3 else None
    if parts[0] in ("1", "2", "3"):
        return None
    return ".".join(parts[:2])


def units_of(number: str, catalogue: cat.Catalogue, edition: str | None = None) -> tuple[tuple[str, ...], str | None]:
    """The mapping units a clause number stands for, and the superseded edition it was read in (None: the
    catalogue's own). `edition` is the one the document cites (document_edition); a number only one edition
    has is read in that one whatever the document's ("A.15.2.1" is 2013's, "A.5.37" 2022's). A superseded
    edition's clause becomes the current units it converts to (editions.convert: 2013's "A.9.2.1" ->
    "A.5.16"), never the current clause with the same digits; its domains ("A.12") are as broad as a theme:
    none."""
    clause = catalogue.get(number, edition or catalogue.edition)
    if clause is None:
        unit = unit_of(number, catalogue)
        return ((unit,) if unit else ()), None
    if clause.edition is None:  # the current edition's, or a main-body clause (the same in both but clause 10)
        moved = editions.MAIN_BODY.get((catalogue.standard, edition or ""), {})
        unit = unit_of(clause.number, catalogue)
        if unit in moved:
            return moved[unit], edition
        return ((unit,) if unit else ()), None
    if len(clause.number.split(".")) < (3 if clause.is_annex else 2):  # an annex domain ("A.12"), a main clause ("8")
        return (), None
    units = (unit_of(n, catalogue) for n in editions.convert(clause, catalogue) or ())
    return tuple(dict.fromkeys(u for u in units if u)), clause.edition


def _numbers(text: str, catalogue: cat.Catalogue, *, annex_cue: bool, edition: str | None = None
             ) -> tuple[list[str], str | None]:
    """The units the numbers in `text` stand for, and the superseded edition any of them was read in."""
    out, read_in = [], None
    for raw in _ONE_NUM.findall(_PAREN.sub(" ", text)):
        raw = raw.strip()
        number = raw
        if annex_cue and not raw[:1].isalpha():
            number = "A." + raw  # "Control 5.9", "Annex A 8.32": ISO/IEC 27001 controls
        found, old = units_of(number, catalogue, edition)
        if not found and number != raw:
            found, old = units_of(raw, catalogue, edition)
        out.extend(u for u in found if u not in out)
        read_in = read_in or (old if found else None)
    return out, read_in


def _raw_numbers(text: str, *, annex_cue: bool) -> list[str]:
    out = []
    for raw in _ONE_NUM.findall(_PAREN.sub(" ", text)):
        raw = raw.strip()
        out.append("A." + raw if annex_cue and not raw[:1].isalpha() else raw)
    return out


def document_edition(doc: Document, standard: str | None) -> str | None:
    """The edition of `standard` the document cites, when its catalogue knows more than one, for the numbers
    both editions have ("A.8.1" is 2013's "Responsibility for assets" and 2022's "User endpoint devices"):
    the one whose numbering its Annex A citations and numbered headings follow (Catalogue.edition_of:
    "A.9.2.1", "A.12.4" and "A.15" are 2013's); for a superseded main body read only by numbered headings
    (ISO 9001:2008, `numbered_only`), the edition its headings' numbers and titles vote for
    (mirroring.heading_edition), whatever years it names; or, when nothing tells, the edition year it names ("ISO
    27001:2013") if it names only one. Main-body numbers tell nothing of 27001: the superseded catalogue holds only
    the old Annex A."""
    from gapscan.ingest.textutil import heading_number

    if standard in (None, "other"):
        return None
    catalogue = cat.load(standard)
    if not catalogue.editions:
        return catalogue.edition
    numbers: list[str] = []
    years: set[str] = set()
    for block in doc.blocks:
        texts = [block.text] if block.type is not BlockType.TABLE or block.table is None else \
            [*block.table.header, *(str(v) for row in block.table.rows for v in row if v not in (None, ""))]
        for text in texts:
            for m in _EDITION_YEAR.finditer(text):
                if cat.normalise_standard(m.group(1)) == standard:
                    years.add(m.group(2))
            for rx in (_CITATION, _STD_ONLY):
                for m in rx.finditer(text):
                    cue = (m.groupdict().get("cue") or "").lower()
                    numbers.extend(_raw_numbers(m.group("nums"), annex_cue="control" in cue or "annex" in cue))
            if block.type is BlockType.TABLE:
                numbers.extend(_raw_numbers(text.split(" ")[0], annex_cue=False) if CLAUSE_CELL.match(text) else [])
        if block.type is BlockType.HEADING:
            numbers.extend(n for n in (block.number or heading_number(block.text)[0],) if n)
            annex = _annex_numbered(block.text, block.number, standard, None)
            if annex is not None and annex[0].edition is None:  # "5.37 Documented operating procedures": 2022's
                numbers.append(annex[0].number)
    annex = [n for n in numbers if n[:1].isalpha()]
    edition = catalogue.edition_of(annex)
    told = any(catalogue.get(n) is not None and all(catalogue.get(n, e).edition is None for e in catalogue.editions)
               for n in annex)
    if edition == catalogue.edition and not told and catalogue.numbered_only:
        # a main-body edition read only by numbered headings (ISO 9001:2008): the edition mirroring reads the
        # headings in (their number-and-title votes), whatever years the text names
        from gapscan.nlp.mirroring import heading_edition

        read_in = heading_edition(tuple(b for b in doc.blocks if b.type is BlockType.HEADING), standard)
        if read_in in catalogue.numbered_only:
            return read_in
    if edition == catalogue.edition and not told and len(years) == 1 and next(iter(years)) in catalogue.editions:
        return next(iter(years))
    return edition


def _standard_of(text: str, default: str | None) -> str | None:
    for m in _MENTION.finditer(text):
        key = cat.normalise_standard(m.group(1))
        if key is not None:
            return key
        return "other"  # a standard gapscan has no catalogue for ("ISO 26262 ... Clause 11")
    return default


def citations(text: str, standard: str | None, *, heading: bool = False, edition: str | None = None
              ) -> list[tuple[int, int, str, list[str], str | None]]:
    """(start, end, standard, units, superseded edition read in or None) for each clause citation in one
    line of text. A bare number in brackets ("(A 5.19)") counts only at the end of a heading. `edition` is the
    one `standard` is cited in (document_edition); a citation of another standard is read in that one's own."""
    out = []
    taken: list[tuple[int, int]] = []
    for rx in (_CITATION, _STD_ONLY):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            key = _standard_of(m.group(0), standard)
            if key in (None, "other"):
                continue
            cue = (m.groupdict().get("cue") or "").lower()
            if rx is _CITATION and not cue and not (heading and not text[m.end():].strip(" )]")):
                continue
            if re.match(r"\s*[-–]\s*\d", text[m.end():]):
                continue  # a range ("Clauses 4-10"): the whole system, not a clause
            if cue.startswith("control") and "." not in m.group("nums"):
                continue  # "Access control 10": a page or step number, not a control
            annex = key == "iso27001" and ("control" in cue or "annex" in cue)
            units, read_in = _numbers(m.group("nums"), cat.load(key), annex_cue=annex,
                                      edition=edition if key == standard else None)
            if units:
                out.append((m.start(), m.end(), key, units, read_in))
                taken.append((m.start(), m.end()))
    return sorted(out)


def document_standard(doc: Document) -> str | None:
    """The shipped standard a document names most often, or None."""
    counts: dict[str, int] = {}
    for block in doc.blocks:
        for m in _MENTION.finditer(block.text if block.type is not BlockType.TABLE else ""):
            key = cat.normalise_standard(m.group(1))
            if key:
                counts[key] = counts.get(key, 0) + 1
    for m in _MENTION.finditer(doc.title or ""):
        key = cat.normalise_standard(m.group(1))
        if key:
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


def clause_numbered(text: str, number: str | None, standard: str) -> bool | None:
    """Whether a numbered heading's number is the standard's clause: True when its title shares a word
    of that clause's subject (its title, aliases and the titles above and below it), False when its title
    is about something else ("4.4 Supplier Selection Process" in a procedure that numbers its own
    sections is not ISO 9001's 4.4 "Quality management system and its processes"; the shared "process"
    is a word of every clause), None when it cannot tell: no number of the catalogue, or no title words
    beyond the ones every clause shares."""
    from gapscan.ingest.textutil import heading_number

    num, rest = heading_number(text)
    catalogue = cat.load(standard)
    clause = catalogue.get(number or num or "")
    said = _title_terms(rest if num else "")
    if clause is None or clause.number.split(".")[0] in ("1", "2", "3") or not said:
        return None
    branch = [c for c in catalogue.clauses
              if c.number == clause.number or c.number.startswith(clause.number + ".")
              or clause.number.startswith(c.number + ".")]
    own = {t for c in branch for name in c.names() for t in _title_terms(name)}
    # or most of its words, the ones every clause shares included: "4.4 Food safety management system" is a
    # manual's 4.4 in a standard's words ("management system"), where "4.4 Supplier Selection Process" is not
    words = _title_words(rest)
    common = words & {w for c in branch for n in c.names() for w in _title_words(n)}
    # ... two of them at least: one such word ("4.4 Opportunity Management") is any heading's
    return bool(said & own) or (2 * len(common) >= len(words) and len(common) >= 2)


def _numbered_clause(text: str, number: str | None, standard: str, edition: str | None):
    """match_heading's (clause, how, score) for a heading that carries a clause's number and title, or None. A
    control numbered without its "A." ("5.15 Access control", "9.2.1 User registration" in a 2013 policy) is
    the Annex A control when its title is that control's and not the main-body clause's of the same digits:
    "5.2 Information security roles and responsibilities" is A.5.2, "5.2 Information security policy" is 5.2."""
    from gapscan.nlp.mirroring import match_heading

    catalogue = cat.load(standard)
    old = edition if edition != catalogue.edition else None
    hits = []
    if clause_numbered(text, number, standard) is not False:
        hits.append(match_heading(text, number, standard, edition=old))
    hits.append(_annex_numbered(text, number, standard, old))
    hits = [h for h in hits if h and h[1] in ("number+title", "number")]
    return max(hits, key=lambda h: h[2]) if hits else None


def _annex_numbered(text: str, number: str | None, standard: str, edition: str | None):
    """match_heading's hit for a heading numbered as an Annex A control without its "A.", when its title is
    that control's own, spelling aside (ANNEX_TITLE_MIN): "8.22 Segregation in networks" is A.8.22, where "8.1
    Security Practices" is a policy's own section 8.1 though "security" is a word of A.8.1's alias."""
    from gapscan.ingest.textutil import heading_number
    from gapscan.nlp.mirroring import match_heading

    digits = number or heading_number(text)[0]
    if not digits or not digits[:1].isdigit() or not any(c.is_annex for c in cat.load(standard).clauses):
        return None
    hit = match_heading(text, "A." + digits, standard, edition=edition)
    return hit if hit and hit[1] == "number+title" and hit[2] >= ANNEX_TITLE_MIN else None


def _title_words(text: str) -> set[str]:
    return {bm25.stem(w) for w in re.findall(r"[a-z][a-z'-]*", text.lower()) if len(w) > 2 and w not in _FUNCTION}


_FUNCTION = frozenset("and the for its with from into of to in on by or an".split())


def _title_terms(text: str) -> set[str]:
    return set(bm25.terms(re.findall(r"[a-z][a-z'-]*", text.lower())))


def read(doc: Document, standard: str | None = None, *, blind: bool = False
         ) -> tuple[tuple[Declaration, ...], Document]:
    """The document's declarations of `standard` (all shipped standards when None), and the
    document with them taken out.

    With `blind` (measuring the map, bench/eval_map.py), a heading that carries a clause number and
    its title ("8.4 Control of externally provided...") is a declaration too, and only its number is
    kept: the title's words are the answer. Otherwise such a heading is content, mapped as written.
    """
    named = document_standard(doc)
    default = standard or named
    edition = document_edition(doc, default)
    found: list[tuple[str, Declaration]] = []  # (standard, declaration)
    kept: list[Block] = []
    seen_body = False  # a heading before any body text belongs to the title block
    xref_level: int | None = None  # inside a cross-reference section
    in_list = False  # after "ISO 9001 references:"
    xref_std = default

    def add(key, units, text, block, how, section=None, read_in=None):
        if key not in (None, "other") and units:
            found.append((key, Declaration(path=doc.path, clauses=tuple(units), text=" ".join(text.split()),
                                           location=block.location, section=section, how=how, edition=read_in)))

    before = ""
    for block in doc.blocks:
        text = block.text
        lead, before = before, (text if block.type is not BlockType.TABLE else "")
        if in_list:
            if block.type is not BlockType.TABLE and REFERENCE_LINE.match(text):
                if xref_std not in (None, "other"):
                    units, read_in = _numbers(REFERENCE_LINE.match(text).group(0), cat.load(xref_std), annex_cue=False,
                                              edition=edition if xref_std == default else None)
                    add(xref_std, units, text, block, "list", read_in=read_in)
                continue
            in_list = False
        if block.type is BlockType.HEADING:
            level = block.level or 1
            if xref_level is not None and level <= xref_level:
                xref_level = None
            if CROSS_REFERENCE_HEADING.search(text):
                xref_level = level
                xref_std = _standard_of(text, default)
                continue
            if xref_level is not None:
                continue
            cites = citations(text, default, heading=True, edition=edition)
            if cites:
                # the document's title declares the whole document; a later heading its own section
                stripped = _strip_citations(text, cites)
                for _, _, key, units, read_in in cites:
                    add(key, units, text, block, "heading", None if not seen_body else text, read_in)
                if not stripped:
                    continue
                block = replace(block, text=stripped)
            elif blind and default not in (None, "other") and named in (None, default):
                # "8.4 Control of externally provided processes...": the clause number and its title
                hit = _numbered_clause(text, block.number, default, edition)
                found_units, read_in = units_of(hit[0].number, cat.load(default), hit[0].edition) if hit else ((), None)
                if found_units and all("." in u for u in found_units):
                    number = hit[0].number
                    add(default, list(found_units), text, block, "numbered heading", text, read_in)
                    block = replace(block, text=number)  # the title's words are the answer: only the number stays
            kept.append(block)
            continue
        seen_body = True
        if xref_level is not None:
            if block.type is BlockType.TABLE and block.table is not None:
                if xref_std not in (None, "other"):
                    units, read_in = _table_units(block, cat.load(xref_std), edition if xref_std == default else None)
                    add(xref_std, units, "(cross-reference table)", block, "table", read_in=read_in)
            else:
                for _, _, key, units, read_in in citations(text, xref_std,
                                                           edition=edition if xref_std == default else None):
                    add(key, units, text, block, "cross-reference section", read_in=read_in)
            continue
        if block.type is BlockType.TABLE:
            if block.table is not None and _is_coverage_table(block, lead) and default not in (None, "other"):
                units, read_in = _table_units(block, cat.load(default), edition)
                if units:
                    add(default, units, "(clause table)", block, "table", read_in=read_in)
                    continue
            kept.append(block)
            continue
        if CROSS_REFERENCE_INTRO.search(text.strip()) and len(text.split()) <= 12:
            in_list = True
            xref_std = _standard_of(text, default)
            for _, _, key, units, read_in in citations(text, default, edition=edition):
                add(key, units, text, block, "list", read_in=read_in)
            continue
        # in running prose a bare "clause 4" is a pointer ("the issues identified under clause 4"); a
        # declaration names a control, or its standard, or stands in a short line of its own
        words = len(text.split())
        cites = [c for c in citations(text, default, edition=edition)
                 if words <= SHORT_LINE_WORDS or _MENTION.search(text[c[0]:c[1]])
                 or (words <= MAX_LINE_WORDS and _MENTION.search(text)) or re.match(r"(?i)control|annex", text[c[0]:c[1]])]
        if cites:
            for _, _, key, units, read_in in cites:
                add(key, units, text, block, "line", read_in=read_in)
            if len(text.split()) <= MAX_LINE_WORDS and _MENTION.search(text) or len(text.split()) <= 8:
                continue  # a reference line: nothing in it but the reference and its metadata
            block = replace(block, text=_strip_citations(text, cites))
        kept.append(block)
    wanted = [d for key, d in found if standard is None or key == standard]
    return tuple(wanted), replace(doc, blocks=tuple(kept))


def title(doc: Document, standard: str | None, *, blind: bool = False) -> str:
    """The document's title without the clause citations in it ("ISMS Scope - ISO 27001 Clause 4.3" ->
    "ISMS Scope"). With `blind`, '' when the title is a clause-numbered heading ("8.4 Control of externally
    provided..."): its words are the answer."""
    from gapscan.nlp.mirroring import match_heading

    text = _controlled_title(doc) or doc.title or ""
    cites = citations(text, standard, heading=True)
    if cites:
        text = _strip_citations(text, cites)
    if blind and standard and text:
        edition = document_edition(doc, standard)
        hit = match_heading(text, None, standard, edition=None if edition == cat.load(standard).edition else edition)
        if hit and hit[1] in ("number+title", "number"):
            return ""
    return text


def _controlled_title(doc: Document) -> str:
    """The title a document-control table near the start gives ("Document Title | Secure Development Policy"):
    a template's first heading is often its organisation's or its first section's ("Information Security",
    "Executive Summary"), while the table names the document itself."""
    for block in doc.blocks[:CONTROL_TABLE_BLOCKS]:
        if block.type is not BlockType.TABLE or block.table is None:
            continue
        for row in (block.table.header, *block.table.rows):
            cells = [str(c).strip() for c in row if isinstance(c, str) and str(c).strip()]
            if len(cells) >= 2 and _TITLE_FIELD.match(cells[0]) and not cells[1].startswith("["):
                return cells[1]
    return ""


def _strip_citations(text: str, cites) -> str:
    out, last = [], 0
    for start, end, *_ in cites:
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    cleaned = re.sub(r"\(\s*\)|\[\s*\]", " ", "".join(out))
    return re.sub(r"\s+", " ", cleaned).strip(" -–—:|,;(")


def _is_coverage_table(block: Block, lead: str) -> bool:
    """Whether a table lists the clauses this document covers; `lead` is the text just before it."""
    header = " ".join(block.table.header)
    introduced = len(lead.split()) <= LEAD_WORDS and _RELATED.search(lead)
    return bool(_TABLE_CLAUSE_HEADER.search(header)) and not _TABLE_NOT_COVERAGE.search(header) \
        and not _RELATED.search(header) and not introduced


def _table_units(block: Block, catalogue: cat.Catalogue, edition: str | None = None
                 ) -> tuple[list[str], str | None]:
    table = block.table
    out: list[str] = []
    read_in = None
    annex = catalogue.standard == "iso27001" and re.search(r"control|annex", " ".join(table.header), re.I)
    # when a column is named for the standard's clauses, only it: "Document Section" beside "ISO 13485:2016
    # Section" holds the document's own numbers
    named = [c for c, name in enumerate(table.header) if _TABLE_CLAUSE_HEADER.search(str(name))]
    for c in named or range(len(table.header)):
        values = [str(v) for v in table.column(c) if v not in (None, "")]
        hits = [v for v in values if CLAUSE_CELL.match(v.split(" ")[0])]
        if values and len(hits) / len(values) >= 0.6:
            for v in hits:
                units, old = _numbers(v.split(" ")[0], catalogue, annex_cue=bool(annex), edition=edition)
                out.extend(u for u in units if u not in out)
                read_in = read_in or old
    return out, read_in
