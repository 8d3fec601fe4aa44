"""The values `gapscan map` produces: a clause-by-clause matrix and the three lists beside it."""
from __future__ import annotations

from dataclasses import dataclass

from gapscan.model import Location

STRONG = "strong"  # relevant, and answers two or more kinds of the clause's operational questions
PARTIAL = "partial"  # relevant, and answers one kind
MENTION = "mention"  # relevant by its words, answers none
RESTATED = "restated only"  # the section restates the clause (mirrored text), whatever its words


@dataclass(frozen=True, kw_only=True)
class Answer:
    """One operational question a section answers, quoted where it says so."""

    kind: str  # "role", "cadence", "record", "decision", "time limit"
    quote: str
    location: Location | None


@dataclass(frozen=True, kw_only=True)
class SectionMatch:
    """A section of a document that addresses a clause, and how well."""

    path: str
    section: str  # the section's heading ("(untitled start)" before the first heading)
    location: Location | None
    clause: str
    score: float  # BM25 of the section's words against the clause's query, normalised 0..1 per section
    strength: str  # STRONG, PARTIAL, MENTION or RESTATED
    answers: tuple[Answer, ...] = ()
    words: int = 0  # indexable words in the section: its weight in the document
    main: bool = True  # the clause is one of what the document is mainly about (core.DOC_SHARE)


@dataclass(frozen=True, kw_only=True)
class Declaration:
    """A document's own statement of the clauses it covers ("ISO 9001 references: 8.4, 8.5")."""

    path: str
    clauses: tuple[str, ...]  # mapping units ("8.4", "A.5.19"), in the catalogue's order
    text: str  # the line, heading or table as written
    location: Location | None
    section: str | None = None  # the heading (as written) of the one section it declares; None: the document
    how: str = "line"  # "line", "heading", "numbered heading", "table", "list", "cross-reference section"
    edition: str | None = None  # a superseded edition the text cites ("2013"): `clauses` are its conversion


@dataclass(frozen=True, kw_only=True)
class Disagreement:
    """Where a document's own cross-reference and what gapscan found differ."""

    path: str
    clause: str
    kind: str  # "declared, not found" or "found, not declared"
    detail: str  # one line for the reader


@dataclass(frozen=True, kw_only=True)
class ClauseRow:
    number: str
    title: str
    matches: tuple[SectionMatch, ...]  # best first
    declared_by: tuple[str, ...] = ()  # documents whose own cross-reference names this clause

    @property
    def addressed(self) -> bool:
        return bool(self.matches)

    @property
    def restated_only(self) -> bool:
        return bool(self.matches) and all(m.strength == RESTATED for m in self.matches)


@dataclass(frozen=True, kw_only=True)
class ClauseMap:
    """The whole cross-reference of one document set against one standard."""

    standard: str  # catalogue key, e.g. "iso9001"
    standard_name: str  # "ISO 9001:2015"
    standard_detected: bool  # False when the caller named it
    rows: tuple[ClauseRow, ...]  # every mapping unit of the catalogue, in its order
    documents: tuple[str, ...]  # the documents mapped, by path
    own_processes: tuple[str, ...]  # documents that address no clause
    declarations: tuple[Declaration, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    not_mapped: tuple[tuple[str, str], ...] = ()  # (path, why): records, forms, unreadable files
    method: str = ""

    @property
    def unaddressed(self) -> tuple[ClauseRow, ...]:
        return tuple(r for r in self.rows if not r.addressed)

    @property
    def restated_only(self) -> tuple[ClauseRow, ...]:
        return tuple(r for r in self.rows if r.restated_only)

    def row(self, number: str) -> ClauseRow | None:
        return next((r for r in self.rows if r.number == number), None)

    def clauses_of(self, path: str, *, section: str | None = None, main_only: bool = True) -> tuple[str, ...]:
        """The clauses a document is mainly about (every clause any of its sections touches with
        `main_only=False`), or that one of its sections addresses."""
        return tuple(r.number for r in self.rows
                     if any(m.path == path and (m.section == section if section is not None else
                                                m.main or not main_only) for m in r.matches))
