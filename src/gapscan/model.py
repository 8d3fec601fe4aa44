"""The plain values that flow between gapscan's stages.

ingest -> Document; nlp/drift -> analyses; rules -> Finding; engine -> Report.
Everything here is a frozen, keyword-only dataclass so a stage can never change
what an earlier stage produced.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any, Mapping, Union


# Every report gapscan writes carries this marker (a closing comment in markdown, the generator meta tag in
# HTML, the keywords of a Word file), so that ingest can tell last month's report from a procedure.
REPORT_MARKER = "gapscan-report"
# The start of the kind reason of a file `gapscan check` was named and judged as a procedure whatever it looked like:
# the reports tell the user what it looked like.
CHECKED_AS_PROCEDURE = "checked as a procedure"

class Kind(str, Enum):
    """What a document is in the management system."""

    PROCEDURE = "procedure"
    FORM = "form"
    RECORD = "record"
    REVIEW = "review"
    OTHER = "other"


class Status(str, Enum):
    OK = "ok"
    ERROR = "error"
    SKIPPED = "skipped"


class Severity(IntEnum):
    """Ordered so that `finding.severity >= threshold` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


class Verdict(str, Enum):
    MIRRORED = "mirrored"
    MIXED = "mixed"
    OPERATIONAL = "operational"


class BlockType(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


# A cell value as a parser found it: text, a number, a date/datetime, a bool, or empty.
Value = Union[str, int, float, dt.date, dt.datetime, bool, None]


@dataclass(frozen=True, kw_only=True)
class Location:
    """Where a person finds a thing: page/line for text, sheet/row/cell for tables."""

    page: int | None = None
    line: int | None = None
    section: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    cell: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def describe(self, *, paragraphs: bool = False) -> str:
        """Short human form: 'p.3 line 12', 'line 40', 'Sheet1!B7', 'Sheet1 row 7'.

        `paragraphs`: the file is a word-processor package (docx, odt) whose `line` counts paragraphs,
        which Word never numbers: 'under "4 Responsibilities", paragraph 13', the heading first so a reader
        finds the section, then counts.
        """
        if self.sheet is not None or self.cell is not None:
            where = self.sheet or ""
            if self.cell:
                return f"{where}!{self.cell}" if where else self.cell
            if self.row is not None:
                return f"{where} row {self.row}".strip()
            return where
        if paragraphs and self.page is None:
            under = f'under "{self.section}"' if self.section else ""
            count = f"paragraph {self.line}" if self.line is not None else ""
            if count and self.row is not None:
                count = f"table at {count}, row {self.row}"
            return ", ".join(p for p in (under, count) if p)
        parts = []
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if not parts and self.section:
            parts.append(self.section)
        return " ".join(parts)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True, kw_only=True)
class Table:
    """A table from a document or a sheet: one header row and typed data rows.

    Cell locations are derived, not stored per cell, so a 100k-row sheet stays small.
    `row_numbers[i]` is the source row of `rows[i]` (sheet row, CSV line, or table row);
    `first_column` is the 0-based column of `header[0]` in the sheet (for A1 cell names).
    `row_lines[i]`, for a table in a text file (Markdown, AsciiDoc, HTML), is the source line of
    `rows[i]`: a person and a code annotation go to the row's own line, not the table's first.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    row_numbers: tuple[int, ...]
    location: Location
    header_row: int | None = None
    first_column: int = 0
    title: str | None = None
    row_lines: tuple[int, ...] = ()

    def cell_location(self, row_index: int, column_index: int) -> Location:
        base = self.location
        row = self.row_numbers[row_index] if 0 <= row_index < len(self.row_numbers) else None
        line = self.row_lines[row_index] if 0 <= row_index < len(self.row_lines) else base.line
        column = self.header[column_index] if 0 <= column_index < len(self.header) else None
        cell = None
        if base.sheet is not None and row is not None:
            cell = f"{column_letter(self.first_column + column_index)}{row}"
        return Location(page=base.page, line=line, section=base.section, sheet=base.sheet,
                        row=row, column=column, cell=cell)

    def column(self, index: int) -> list[Value]:
        return [r[index] if index < len(r) else None for r in self.rows]


@dataclass(frozen=True, kw_only=True)
class Block:
    """One ordered piece of a document.

    heading: `level` (1 = top) and `number` (a clause-style number such as "8.4.1" if the
    heading carries one); list_item: `marker` ("1.", "a)", "-", "☐") and `checked`
    (True/False for tick boxes, None otherwise), and `level`, its list's depth (1 = top, 2 = a list inside an
    item), where the format says it (markdown; None elsewhere); table: `table`. `links`: the targets of the links the
    block's text carries, in order ("data/daily_log.csv" for "[daily log](data/daily_log.csv)"); only the
    markdown and HTML readers fill it, the link's text being what `text` shows.
    """

    type: BlockType
    text: str
    location: Location
    level: int | None = None
    number: str | None = None
    marker: str | None = None
    checked: bool | None = None
    table: Table | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Document:
    """A parsed file. A file that could not be read is a Document with status error."""

    path: str  # relative to the scan root, forward slashes
    source: str  # absolute path on disk (never rendered in reports)
    format: str  # lower-case type: docx, pdf, md, html, txt, xlsx, csv, ...
    status: Status = Status.OK
    error: str | None = None
    title: str | None = None
    blocks: tuple[Block, ...] = ()
    kind: Kind = Kind.OTHER
    kind_reason: str = ""
    pages: int | None = None
    sha256: str | None = None
    ignores: tuple["InlineIgnore", ...] = ()  # `gapscan: ignore` comments found in the text
    # the code of the language its prose is in ("en", "pt"; nlp/language.py), None when not yet read or too
    # short to tell: rules that read through English word lists do not judge a text in another language
    language: str | None = None
    # the plain 'key: value' lines of a leading YAML front matter (markdown), key lower-cased, quotes off, with the
    # line each is on: a page's own metadata ('start: 2022-12-06T12:00:43Z', 'date: 2024-03-12'); () elsewhere
    front_matter: tuple[tuple[str, str, int], ...] = ()
    # the lines of the code blocks a text shows (a markdown fence or indented block), each a paragraph Block at its own
    # line: what a person types ("squeue -u $USER"), which CM05 counts as details. Kept out of `blocks`, which hold the
    # prose: a command is no sentence, and claims, the verdict, word counts and kinds are read from the prose alone
    code: tuple[Block, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.table is not None]

    def text_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.type is not BlockType.TABLE]


@dataclass(frozen=True, kw_only=True)
class InlineIgnore:
    """A `gapscan: ignore CODES reason="..."` comment in a document, and the lines it covers.

    `first_line` None: the whole file (`ignore-file`). `last_line` None: to the end of the file.
    `problem` says why a malformed comment suppresses nothing (it is reported, not dropped).
    """

    line: int  # where the comment is
    codes: tuple[str, ...]
    reason: str | None = None
    expires: dt.date | None = None
    first_line: int | None = None
    last_line: int | None = None
    problem: str | None = None


@dataclass(frozen=True, kw_only=True)
class Evidence:
    path: str
    text: str
    location: Location | None = None
    record: str | None = None  # the log it is from when its file holds several (its heading or sheet)


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One problem, complete when created: where, what, and the numbers behind it."""

    rule: str
    name: str
    severity: Severity
    path: str
    message: str
    location: Location | None = None
    evidence: tuple[Evidence, ...] = ()
    related: tuple[str, ...] = ()
    metrics: Mapping[str, Any] = field(default_factory=dict)
    fix: str | None = None
    # "<hash>:<occurrence>" from rule, path and normalised evidence (baseline.py); set by the engine
    fingerprint: str | None = None

    def sort_key(self) -> tuple:
        loc = self.location or Location()
        return (self.path, loc.page or 0, loc.line or 0, loc.sheet or "", loc.row or 0,
                self.rule, self.message)


@dataclass(frozen=True, kw_only=True)
class Link:
    """A working record matched to a procedure, and how sure gapscan is of it."""

    path: str
    via: str  # "code QF-11", "title", "fields", "config", ...
    confidence: float  # 0..1; below ~0.5 is a weak link, never used as proof


class ClaimStatus(str, Enum):
    HOLDS = "holds"
    DRIFTED = "drifted"
    NO_EVIDENCE = "no evidence"
    NOT_CHECKABLE = "not checkable"


@dataclass(frozen=True, kw_only=True)
class ClaimCheck:
    """What a procedure claims, and what the records say about it."""

    kind: str  # form, frequency, deadline, field, role, steps
    text: str  # the claim in short form ("calibrate every 12 months")
    location: Location | None
    status: ClaimStatus
    detail: str = ""  # "median interval 410 days vs 365 expected"
    record: str | None = None  # the record it was checked against


@dataclass(frozen=True, kw_only=True)
class Scores:
    mirroring: float | None = None
    specificity: float | None = None
    drift: float | None = None

    def to_dict(self) -> dict[str, float | None]:
        return {"mirroring": self.mirroring, "specificity": self.specificity, "drift": self.drift}


@dataclass(frozen=True, kw_only=True)
class DocumentResult:
    """A document as the report shows it: what it is, how it scored, what it links to."""

    document: Document
    scores: Scores = Scores()
    verdict: Verdict | None = None
    # P(verdict) from the calibrated model; below its threshold the verdict is a guess and says so
    verdict_probability: float | None = None
    verdict_uncertain: bool = False
    standard: str | None = None  # the standard a procedure mirrors, e.g. "iso9001"
    links: tuple[Link, ...] = ()
    claims: tuple[ClaimCheck, ...] = ()
    rule_errors: tuple[str, ...] = ()  # "PS02: <reason>": a rule that failed on this document


@dataclass(frozen=True, kw_only=True)
class Chart:
    """A small series for a text chart (bars or sparkline): labels and values, same length."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    marks: tuple[str, ...] = ()  # labels to highlight, e.g. audit weeks


@dataclass(frozen=True, kw_only=True)
class SummarySection:
    """One part of the executive summary: a heading, plain sentences, optional charts."""

    title: str
    lines: tuple[str, ...]
    charts: tuple[Chart, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ExecutiveSummary:
    headline: str
    verdict_counts: Mapping[str, int]
    average_drift: float | None
    sections: tuple[SummarySection, ...] = ()
    top_findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Suppressed:
    """A finding kept out of the exit status by a suppression, with the reason someone gave."""

    finding: Finding
    reason: str
    kind: str  # SARIF's terms: "inSource" (a comment in the document) or "external" (the config)
    source: str  # where the suppression is written: "procedures/qp-04.md:12", "gapscan.toml [[ignore]] #2"


@dataclass(frozen=True, kw_only=True)
class Report:
    root: str  # the scanned path(s) as given on the command line
    base: str | None = None  # the absolute folder document paths are relative to
    tool_version: str
    command: str  # "audit" or "check"
    documents: tuple[DocumentResult, ...]
    findings: tuple[Finding, ...]
    generated_at: str | None = None
    summary: ExecutiveSummary | None = None
    audit_dates: tuple[dt.date, ...] = ()
    audit_dates_inferred: bool = False  # True when the dates were read from audit plans in the set
    run_errors: tuple[str, ...] = ()  # "PS02 failed: ...": a rule or stage that failed, run went on
    select: tuple[str, ...] = ()  # --select / --ignore (or the config's) as given
    ignore: tuple[str, ...] = ()
    rules_ran: tuple[str, ...] = ()  # the codes of the rules that ran
    config_hash: str | None = None  # what the configuration changes in the results (baseline.config_hash)
    baseline: str | None = None  # the baseline file applied, as named on the command line
    baselined: tuple[Finding, ...] = ()  # findings the baseline knows: listed, not counted
    suppressed: tuple["Suppressed", ...] = ()  # findings an ignore comment or [[ignore]] entry took out
    suppression_warnings: tuple[str, ...] = ()  # expired, malformed or reasonless suppressions
    unused_ignores: tuple[str, ...] = ()  # suppressions that matched nothing (only with --report-unused-ignores)

    def findings_for(self, path: str) -> list[Finding]:
        return [f for f in self.findings if f.path == path]

    def counts_by_severity(self) -> dict[str, int]:
        out = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for f in self.findings:
            out[f.severity.label] += 1
        return out

    def counts_by_rule(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in sorted(self.findings, key=lambda f: f.rule):
            out[f.rule] = out.get(f.rule, 0) + 1
        return out

    @property
    def error_count(self) -> int:
        return sum(1 for d in self.documents if d.document.status is Status.ERROR)
