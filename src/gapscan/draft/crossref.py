"""The clause cross-reference of a draft: the clauses the procedure itself names.

For now it reads the procedure's own references (clause headings the mirroring analysis
matched, a cross-reference table, "clause 8.4" in the text). `clause_references` is the one
function the draft calls, so that the `gapscan map` module can take its place later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from gapscan.model import BlockType, Document, Location

_CITED = re.compile(r"\b(?:clause|cl\.|section)\s+((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){1,3})\b", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class ClauseReference:
    standard: str  # "ISO 45001:2018"
    clause: str  # "6.1.2"
    title: str  # the catalogue's title of the clause
    location: Location | None
    text: str  # the procedure's words that name it


def clause_references(doc: Document, mirroring) -> tuple[ClauseReference, ...]:
    """Each clause the procedure names, once, in clause order."""
    from gapscan import clauses

    # the standard the text names beats the one its headings resemble most
    detected = mirroring.standard if mirroring is not None else None
    key = _named_standard(doc) or detected
    if key is None:
        return ()
    catalogue = clauses.load(key)
    found: dict[str, ClauseReference] = {}

    def add(number: str, location: Location | None, text: str, edition: str | None = None) -> None:
        number = clauses.normalise_number(number)
        clause = catalogue.get(number, edition)
        if clause is not None and number not in found:
            found[number] = ClauseReference(standard=catalogue.name_of(clause.edition), clause=number,
                                            title=clause.title, location=location, text=text)

    # a heading matched in a superseded edition (a policy numbered by 27001:2013's A.9.2.3) is read in it
    for match in (mirroring.clause_headings if mirroring is not None and detected == key else ()):
        add(match.clause, match.location, match.text, match.edition)
    for block in doc.blocks:
        if block.table is not None and _reference_table(block.table.header):
            for i, row in enumerate(block.table.rows):
                for value in row:
                    text = str(value or "").strip()
                    if re.fullmatch(r"(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,3}", text):
                        add(text, block.table.cell_location(i, 0),
                            " | ".join(str(v or "").strip() for v in row))
        elif block.type is not BlockType.TABLE:
            for m in _CITED.finditer(block.text):
                add(m.group(1), block.location, block.text)
    return tuple(sorted(found.values(), key=lambda r: clauses.clause_key(r.clause)))


def _reference_table(header: tuple[str, ...]) -> bool:
    return bool(re.search(r"\bclause\b|\biso\b|\bcontrol\b|annex", " ".join(header), re.IGNORECASE))


def _named_standard(doc: Document) -> str | None:
    from gapscan.clauses import normalise_standard

    for block in doc.blocks:
        key = normalise_standard(block.text) if re.search(r"\biso\b", block.text, re.IGNORECASE) else None
        if key is not None:
            return key
    return None
