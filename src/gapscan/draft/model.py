"""The draft rewrite of a procedure: sections of statements, each traced to its evidence.

A statement either cites where its numbers come from (a record's cells, a line of the
procedure) or is an open question for the process owner. Renderers turn the traces into
footnotes (markdown) or comments (Word); they compute nothing new.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Mark(str, Enum):
    """How a step, field or cadence stands between the text and the records."""

    BOTH = "written and recorded"
    WRITTEN_ONLY = "written, never recorded"
    RECORDED_ONLY = "recorded, never written"


@dataclass(frozen=True, kw_only=True)
class Trace:
    """Where one statement's evidence is: a file, the place in it, and what was counted there."""

    path: str
    where: str  # "sheet 'ASL', F5:F32", "line 12", "table at line 4, rows 2-10"
    what: str  # "'IM' in 28 of 28 filled cells", a quoted line of the procedure

    def text(self) -> str:
        return f"`{self.path}` · {self.where}: {self.what}"


@dataclass(frozen=True, kw_only=True)
class Statement:
    """One line of the draft. Without traces it must be a question."""

    text: str
    traces: tuple[Trace, ...] = ()
    question: bool = False  # no evidence: the owner must answer it
    uncertain: bool = False  # rests on a weak link to the record
    mark: Mark | None = None


@dataclass(frozen=True, kw_only=True)
class Section:
    key: str  # purpose, who, when, steps, record, rules, decisions, crossref, evidence
    title: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True, kw_only=True)
class Draft:
    procedure: str  # path relative to the scan root
    title: str
    scope: str  # the folder (or paths) records were looked for in
    records: tuple[str, ...]  # records linked strongly enough to draft from
    uncertain_records: tuple[str, ...]  # weak links: shown, never drafted from
    sections: tuple[Section, ...]
    tool_version: str
