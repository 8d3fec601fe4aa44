"""Practice drift: each procedure's claims checked against the records that evidence it.

For every procedure: extract its claims, link it to records, then check each claim
against the one record that can confirm or contradict it. A claim is only called
drifted on a strong link and a clear choice of record; anything uncertain is
"not checkable" with the reason, so ambiguity never reads as drift.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from pathlib import PurePosixPath
from typing import Any, Callable, Mapping, Sequence

from gapscan import meetings
from gapscan.dates import working_days_between
from gapscan.linking import (GENERIC as GENERIC_WORDS, ITEM_CODE, ITEM_CODES, ITEM_HEADER, REGISTER_KINDS,
                             STOP as STOP_WORDS, STRONG, RecordIndex, RecordSet, code_pattern, content_stems,
                             field_header, index_record, item_codes_of, link_scores, logs_apart, names_code,
                             parallel_parts, stem, title_score, words)
from gapscan.model import BlockType, ClaimCheck, ClaimStatus, Document, Evidence, Kind, Link, Location
from gapscan.nlp.claims import Claim, extract_claims, routine_claims
from gapscan.nlp.lexicon import MANAGEMENT_SYSTEM_WORDS, RECORD_HEADS
from gapscan.records import (LOG_MARK, NO_TICKS, ROLE_WORDS, ColumnProfile, RecordProfile, blank_tables, planned_date,
                             reheader, revision_history)

RULE_OF_KIND = {"form": "DR01", "frequency": "DR02", "deadline": "DR03", "field": "DR04", "role": "DR05",
                "steps": "DR06"}
WEIGHTS = {"form": 1.0, "frequency": 2.0, "deadline": 2.0, "field": 1.0, "role": 1.5, "steps": 1.5}

CADENCE_SLACK_DAYS = 2  # added to every cadence limit so a daily check done next morning is not late


@dataclass(frozen=True, kw_only=True)
class Thresholds:
    """The numbers DR rules decide with; `[rules.DRnn]` options in the config change them."""

    cadence_tolerance: float = 0.25  # DR02: an interval over (1 + this) x the stated one, + 2 days, is late
    cadence_share: float = 0.3  # DR02: drift when over this share of intervals are late (or the median is)
    stopped_grace_days: float = 7  # DR02: stopped when no entry for a late interval + this many days
    deadline_share: float = 0.1  # DR03: drift when over this share of items exceed the limit
    empty_share: float = 0.2  # DR04: a required field empty in this share of rows or more
    role_share: float = 0.5  # DR05: drift when the stated role does under this share of entries
    max_similarity: float = 1.0  # DR06: drift when steps and items diverge and similarity is at most this


# config option (per rule) -> Thresholds field
OPTIONS = {"DR02": {"tolerance": "cadence_tolerance", "max_share_late": "cadence_share",
                    "stopped_grace_days": "stopped_grace_days"},
           "DR03": {"max_share_late": "deadline_share"},
           "DR04": {"max_share_empty": "empty_share"},
           "DR05": {"min_share": "role_share"},
           "DR06": {"max_similarity": "max_similarity"}}


def thresholds_from(options: Mapping[str, Mapping[str, Any]] | None) -> Thresholds:
    """Thresholds from the config's [rules.DRnn] tables; unknown keys are left to the config check."""
    values: dict[str, float] = {}
    for code, keys in OPTIONS.items():
        for key, name in keys.items():
            raw = (options or {}).get(code, {}).get(key)
            if raw is not None:
                values[name] = float(raw)
    return Thresholds(**values)
ITEM_COVERAGE = 0.8  # an item is a step when 80% of its words are in the step...
ITEM_PARAPHRASE = 85  # ...or the two read alike word for word (rapidfuzz token_sort_ratio)
STEP_FILLER = {"check", "ensur", "confirm", "make", "sure", "verify", "carry", "out", "tick"}
MIN_ROWS = 3

GROUP_HINT = re.compile(r"\b(equipment|instrument|asset|item|machine|gauge|serial|vehicle|line|area|location|"
                        r"plant|device|tool|extinguisher|point|site|room|zone|id|tag|system|supplier)\b", re.I)
APPROVE_HEADER = re.compile(r"approv|authori[sz]|sign|releas|verif|countersign|endors", re.I)
# who verified a deletion or checked a result did not approve it: only these headers answer "approved by whom"
APPROVAL_HEADER = re.compile(r"approv|authori[sz]|sign|releas|countersign|endors", re.I)
DOER_HEADER = re.compile(r"\b(by|operator|inspector|performed|completed|technician|name|initials|responsible|"
                         r"owner|who|done|checker|engineer|auditor|person)\b", re.I)
# whom an entry is about, not who did it: an offboarding log's 'Employee Name' or 'Leaver' is the person leaving
SUBJECT_HEADER = re.compile(r"\b(?:employees?|staff member|leavers?|joiners?|(?:new )?starters?|movers?|new hires?|"
                            r"trainees?|learners?|attendees?|participants?|delegates?|candidates?|visitors?|users?|"
                            r"account holders?|students?|apprentices?)\b", re.I)
START_WORDS = {"rais", "open", "log", "report", "receiv", "receipt", "creat", "issu", "detect", "identif", "notif",
               "start", "found", "occur", "incident", "complaint", "request", "order"}
# what a log of events is named for, and the words that make a record of a routine about them ('incident review
# minutes')
EVENT_LOG = frozenset(content_stems("incident incidents complaint complaints accident accidents injury injuries "
                                    "breach breaches nonconformity nonconformities nonconformance ncr ncrs"))
ROUTINE_RECORD = frozenset(content_stems("review reviews meeting meetings minutes audit audits summary summaries "
                                         "inspection inspections check checks drill drills test tests"))
END_WORDS = {"clos", "complet", "finish", "resolv", "respons", "respond", "repl", "reply", "acknowledg",
             "implement", "verif", "sign", "dispatch", "despatch", "ship", "releas", "deliver", "done", "action",
             "inspect", "approv", "effective"}


@dataclass(frozen=True, kw_only=True)
class DriftCheck:
    """One claim checked against one record, with the numbers a DR rule reports."""

    rule: str  # DR01..DR06
    procedure: str
    claim: Claim
    status: ClaimStatus
    detail: str
    record: str | None = None
    metrics: Mapping[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    related: tuple[str, ...] = ()
    subject: str | None = None  # the field of a DR04 check

    def claim_check(self) -> ClaimCheck:
        text = self.claim.text if self.subject is None else f"record holds {self.subject}"
        return ClaimCheck(kind=self.claim.kind, text=text, location=self.claim.location, status=self.status,
                          detail=self.detail, record=self.record)


@dataclass(frozen=True, kw_only=True)
class DriftResult:
    links: dict[str, tuple[Link, ...]]
    claims: dict[str, tuple[ClaimCheck, ...]]
    scores: dict[str, float | None]
    checks: tuple[DriftCheck, ...] = ()
    extracted: dict[str, tuple[Claim, ...]] = field(default_factory=dict)
    reference_date: dt.date | None = None  # newest entry in the whole record set
    errors: dict[str, str] = field(default_factory=dict)  # procedure -> one line, when its analysis failed
    config_links: tuple[tuple[str, str], ...] = ()
    thresholds: Thresholds = Thresholds()

    def checks_for(self, rule: str) -> list[DriftCheck]:
        return [c for c in self.checks if c.rule == rule]


@dataclass(frozen=True, kw_only=True)
class _Scope:
    """What a procedure's checks can look at."""

    procedure: Document
    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    records: Mapping[str, RecordIndex]
    forms: Sequence[RecordIndex]
    profiles: Mapping[str, RecordProfile]
    reference: dt.date | None
    any_records: bool
    # whether any record shows work being kept (a dated entry or a ticked checklist): without one, and without a
    # record the procedure names itself, a form with no filled copy says only that the records were not handed over
    kept_records: bool = True
    file_names: tuple[str, ...] = ()  # the names of every file of the set, whatever its kind
    register_columns: tuple = ()  # each register's identifier column (_find_register_columns)
    record_set: RecordSet  # the records and the blank forms indexed for matching a form claim
    form_set: RecordSet
    limits: Thresholds
    # values derived from one record, shared by every procedure's checks (a record is read once)
    memo: dict = field(default_factory=dict)
    meetings: tuple = ()  # the set's minutes, one meetings.Series per meeting
    reports: tuple = ()  # the set's reports named by their quarter, one meetings.ReportSeries per subject


def analyze(documents: Sequence[Document], profiles: Mapping[str, RecordProfile], *,
            config_links: Sequence[tuple[str, str]] = (), thresholds: Thresholds | None = None,
            claims: Mapping[str, tuple[Claim, ...]] | None = None) -> DriftResult:
    """Claims, links, claim checks and drift scores for every procedure.

    `claims` holds procedures' claims already extracted (by path, from the cache); the others
    are extracted here.
    """
    return finish(prepare(documents, profiles, config_links=config_links, thresholds=thresholds), claims)


@dataclass(frozen=True)
class Prepared:
    """The part of the analysis that reads no claim (prepare): the procedures in their order and what every
    procedure's checks read (the record index, forms, profiles, meetings)."""

    procedures: tuple[Document, ...]
    shared: _Shared
    # the pages whose cadences are checked too (ROUTINE_KINDS): their checks only, never their claims or links
    pages: tuple[Document, ...] = ()


def prepare(documents: Sequence[Document], profiles: Mapping[str, RecordProfile], *,
            config_links: Sequence[tuple[str, str]] = (), thresholds: Thresholds | None = None,
            registers: Mapping[str, tuple] | None = None) -> Prepared:
    """analyze's first half: everything but the procedures' claims, so it can be built while they are read
    (the engine does it beside the nlp workers). finish(prepare(...), claims) is analyze(..., claims=claims).

    `registers`: register_columns_of(path, profile) already read, by record path, for records whose profile
    is the one in `profiles` (the others are read here)."""
    ok = [d for d in documents if d.ok]
    procedures = sorted((d for d in ok if d.kind is Kind.PROCEDURE), key=lambda d: d.path)
    # a "record" or "other" file whose tables are all empty is a blank form (a template page
    # in md or html): it proves the form exists, never that it was filled in
    blank = {d.path for d in ok if d.kind in (Kind.RECORD, Kind.OTHER) and d.path not in profiles
             and blank_tables(d)} | {d.path for d in ok if d.kind is Kind.RECORD and about_itself(d)}
    # a page read as minutes that records no meeting held (dated nowhere, naming no one present: "Meeting Minutes"
    # over a repository's meeting schedule) states cadences as a page does
    pages = sorted((d for d in ok if d.kind in ROUTINE_KINDS and d.path not in blank
                    or d.kind is Kind.REVIEW and not meetings.held_meeting(d)), key=lambda d: d.path)
    records = {d.path: index_record(d, profiles[d.path].table.header, profiles[d.path].table) if d.path in profiles
               else index_record(d) for d in ok if d.kind is Kind.RECORD and d.path not in blank}
    # a file of several logs (a page of logs under their headings) is several records
    records, profiles = logs_apart(records, profiles)
    forms = [index_record(d) for d in ok if d.kind is Kind.FORM or d.path in blank]
    from gapscan.rules.ps.common import newest_date

    # the newest day anything was recorded: a date still to come is a plan ('Review Date'), not an entry
    reference = newest_date(profiles.values())
    shared = _Shared(records=records, forms=forms, profiles=profiles, reference=reference,
                     config_links=tuple(config_links), thresholds=thresholds or Thresholds(),
                     record_set=RecordSet(records.values(), parallel_parts([p.path for p in procedures], records)),
                     form_set=RecordSet(forms),
                     kept_records=_kept_records(records, profiles),
                     file_names=tuple(sorted({PurePosixPath(d.path).name for d in documents})),
                     register_columns=_find_register_columns(records, profiles, registers or {}) if procedures else (),
                     meetings=meetings.series_of(ok),
                     # a report that could not be read is still filed: its name dates it
                     reports=meetings.report_series(documents))
    return Prepared(procedures=tuple(procedures), shared=shared, pages=tuple(pages))


def finish(prepared: Prepared, claims: Mapping[str, tuple[Claim, ...]] | None = None,
           meanwhile: Callable[[Callable[[], bool]], None] | None = None) -> DriftResult:
    """analyze's second half: each procedure's claims (`claims`, by path, or extracted here), links and checks.
    `meanwhile(busy)`: parallel.fork_map's, run in this process beside the workers when the procedures are split
    over them (work of the caller's that reads nothing of this stage's)."""
    procedures = list(prepared.procedures)
    shared = replace(prepared.shared, claims=claims or {})
    config_links, thresholds, reference = shared.config_links, shared.thresholds, shared.reference
    links: dict[str, tuple[Link, ...]] = {}
    claim_checks: dict[str, tuple[ClaimCheck, ...]] = {}
    scores: dict[str, float | None] = {}
    extracted: dict[str, tuple[Claim, ...]] = {}
    checks: list[DriftCheck] = []
    errors: dict[str, str] = {}
    pages = list(prepared.pages)
    outcomes = _run_procedures(procedures + pages, shared, meanwhile)
    for page, outcome in zip(pages, outcomes[len(procedures):]):
        if isinstance(outcome, str):
            continue
        checks.extend(outcome[2])
        # a cadence on a page that a record confirmed or contradicted is reported as the page's claim, with its
        # drift score, so the summary's drift rests on it as the DR finding does; a page's cadences that no record
        # shows stay out (a README's "we meet weekly" is no procedure's promise), and so do its links
        looked = [c for c in outcome[2] if c.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED)]
        if looked:
            claim_checks[page.path] = tuple(c.claim_check() for c in looked)
            scores[page.path] = drift_score(looked)
    for proc, outcome in zip(procedures, outcomes):
        if isinstance(outcome, str):
            # one odd procedure must not cost the whole run its drift analysis
            errors[proc.path] = outcome
            links[proc.path], claim_checks[proc.path], scores[proc.path] = (), (), None
            continue
        claims, proc_links, proc_checks = outcome
        extracted[proc.path] = claims
        links[proc.path] = proc_links
        checks.extend(proc_checks)
        claim_checks[proc.path] = tuple(c.claim_check() for c in proc_checks)
        scores[proc.path] = drift_score(proc_checks)
    return DriftResult(links=links, claims=claim_checks, scores=scores, checks=tuple(checks),
                       extracted=extracted, reference_date=reference, errors=errors,
                       config_links=config_links, thresholds=thresholds)


# A document's own control block: a label | value table whose labels name the document, not any work
CONTROL_LABEL = re.compile(r"(?:document|doc\.?)(?: (?:id|no\.?|number|code|title|type|owner|status|"
                           r"classification))?|title|version|revision|rev\.?|issue(?: no\.?| number| date)?|"
                           r"status|owner|author|approver|approved by|approval date|prepared by|reviewed by|"
                           r"program(?:me)? manager|effective date|(?:last |next )?review date|classification|"
                           r"organi[sz]ation|related documents?|date", re.I)
# labels only a document's control block has: an audit report's "Date | Status | Author" block is not one
DOCUMENT_LABEL = re.compile(r"(?:document|doc\.?) (?:id|no\.?|number|code)|version|revision|approver|approval date|"
                            r"effective date|next review date|classification", re.I)
# (its revision history is records.revision_history's to tell)


CONTROL_ROWS = 40  # a control block is a short label | value table; a longer one is a register


def _filled(row) -> bool:
    return any(v is not None and str(v).strip() != "" for v in row)


def _what_about(table) -> str | None:
    """'control' for a document's control block, 'history' for its revision history, 'blank' for a table
    left empty; None for anything else (a table of work)."""
    header = [str(h or "").strip() for h in table.header]
    if len(header) == 2 and len(table.rows) <= CONTROL_ROWS:
        rows = [r for r in table.rows if _filled(r)]
        if not rows:
            return "blank"
        labels = [x for x in [header[0]] + [str(r[0] or "").strip().rstrip(":") for r in rows] if x]
        control = (sum(bool(CONTROL_LABEL.fullmatch(x)) for x in labels) * 3 >= 2 * len(labels)
                   and any(DOCUMENT_LABEL.fullmatch(x) for x in labels))
        return "control" if control else None
    if revision_history(table):  # the detector records.logs uses too
        return "history"
    # a filled register stops the look at its first entry
    return None if any(map(_filled, table.rows)) else "blank"


def about_itself(doc: Document) -> bool:
    """Whether the document is a register page of a document kit, filled in nowhere: a control block naming
    the document (Document ID, Version, Approver...), and besides it only a revision history or tables left
    blank.

    Its Title | Document ID | Version rows are not entries of work, however many more rows they have than
    the empty register under them."""
    kinds = [_what_about(reheader(t)[0]) for t in doc.tables()]
    return "control" in kinds and None not in kinds


@dataclass(frozen=True, kw_only=True)
class _Shared:
    """What every procedure's analysis reads: the record index, forms and profiles."""

    records: Mapping[str, Any]
    forms: Sequence[Any]
    profiles: Mapping[str, RecordProfile]
    reference: dt.date | None
    config_links: tuple[tuple[str, str], ...]
    thresholds: Thresholds
    claims: Mapping[str, tuple[Claim, ...]] = field(default_factory=dict)
    # built once, before the procedures are split over processes
    record_set: RecordSet = field(default_factory=lambda: RecordSet(()))
    form_set: RecordSet = field(default_factory=lambda: RecordSet(()))
    kept_records: bool = True
    file_names: tuple[str, ...] = ()
    register_columns: tuple = ()
    meetings: tuple = ()
    reports: tuple = ()


# The kinds of page besides procedures whose cadences are checked (routine_claims: frequency claims only). A page
# that is "other" (a roster, a README, a constitution, a handbook page) is where a group that writes no procedure
# states its routines ("the full board meets once a month", "keys are audited every month"). Minutes (review) are
# the evidence a meeting's cadence is checked against, and tell what was done or decided once; records and forms
# are the evidence, and a cadence in them is a column or a label of their own.
ROUTINE_KINDS = (Kind.OTHER,)


def _one_procedure(proc: Document, shared: _Shared, memo: dict):
    """(claims, links, checks) of one procedure (or of a page of ROUTINE_KINDS: its cadences), or a one-line
    error."""
    try:
        if proc.kind is not Kind.PROCEDURE:
            claims = routine_claims(proc)
            if not claims:
                return (), (), []
        else:
            claims = shared.claims[proc.path] if proc.path in shared.claims else extract_claims(proc)
        proc_links = link_scores(proc, claims, shared.record_set, shared.config_links)
        scope = _Scope(procedure=proc, claims=claims, links=proc_links, records=shared.records,
                       record_set=shared.record_set, form_set=shared.form_set,
                       forms=shared.forms, profiles=shared.profiles, reference=shared.reference,
                       any_records=bool(shared.records), kept_records=shared.kept_records,
                       file_names=shared.file_names, register_columns=shared.register_columns,
                       limits=shared.thresholds, memo=memo, meetings=shared.meetings,
                       reports=shared.reports)
        proc_checks = _one_per_claim([c for claim in _distinct_forms(claims) for c in check_claim(claim, scope)])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, ZeroDivisionError) as exc:
        return f"drift analysis failed: {type(exc).__name__}: {exc}"[:300]
    return claims, proc_links, proc_checks


PARALLEL_MIN_PROCEDURES = 40


def _kept_records(records: Mapping[str, Any], profiles: Mapping[str, RecordProfile]) -> bool:
    """Whether a record of the set shows work being kept: a date in a date column of its rows, or ticked boxes.
    An index of documents, a training requirements matrix or a tool list dates nothing, and its Yes/No column
    ("Certification: Yes") answers what is required, it ticks nothing done."""
    return any(any(c.type == "date" and any(c.dates) or c.type == "boolean" and _ticks(p.table, c.index)
                   for c in p.columns)
               for path, p in profiles.items() if path in records)


BOX_TICKS = {"☑", "☒", "✓", "✔", "x", "■", "[x]", "✅"}


def _ticks(table, index: int) -> bool:
    return any(str(v).strip().lower() in BOX_TICKS for v in table.column(index) if v is not None)


def _run_procedures(procedures: Sequence[Document], shared: _Shared, meanwhile=None) -> list:
    """Each procedure's analysis is independent (the memo is only a cache, one per chunk), so
    a large set is split over forked processes that inherit the record index."""
    from gapscan.parallel import fork_map

    def chunk(procs: list[Document]) -> list:
        memo: dict = {}
        return [_one_procedure(p, shared, memo) for p in procs]

    return fork_map(chunk, procedures, parallel=len(procedures) >= PARALLEL_MIN_PROCEDURES, meanwhile=meanwhile)

def _distinct_forms(claims: Sequence[Claim]) -> list[Claim]:
    """Each form once per procedure (its first mention): a form named five times is one claim."""
    seen: set[str] = set()
    out = []
    for claim in claims:
        if claim.kind == "form":
            key = (claim.form_code or claim.form_title or "").lower()
            if key in seen:
                continue
            seen.add(key)
        out.append(claim)
    return out


def _same_claim(check: DriftCheck) -> tuple | None:
    """What makes two checks one claim said twice: the same record read the same way."""
    if check.record is None or check.status not in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED):
        return None
    m, claim = check.metrics, check.claim
    if claim.kind == "frequency":
        return (check.rule, check.record, claim.interval_days, m.get("grouped_by"), m.get("rows_about_item"))
    if claim.kind == "deadline":
        return (check.rule, check.record, claim.limit_days, m.get("from_column"), m.get("to_column"))
    if claim.kind == "field":
        return (check.rule, check.record, (m.get("column") or check.subject or "").lower())
    if claim.kind == "role":
        return (check.rule, check.record, (claim.role or "").lower(), m.get("column"))
    if claim.kind == "steps":
        return (check.rule, check.record)
    return None


def _one_per_claim(checks: list[DriftCheck]) -> list[DriftCheck]:
    """'Weekly', 'each week' and 'every week' about one record are one claim: one check.

    The first statement stands for all (the first that drifted, if any did); its metrics
    list how else the procedure says it, so the finding shows every place.
    """
    groups: dict[tuple, list[DriftCheck]] = {}
    for check in checks:
        key = _same_claim(check)
        if key is not None:
            groups.setdefault(key, []).append(check)
    kept: dict[int, DriftCheck | None] = {}  # by id of a check: what stands in its place (None: dropped)
    for same in groups.values():
        lead = next((c for c in same if c.status is ClaimStatus.DRIFTED), same[0])
        if len(same) > 1:
            said = [c.claim.phrase or c.subject or c.claim.text for c in same]
            lines = [c.claim.location.line for c in same if c.claim.location.line]
            lead = replace(lead, metrics={**lead.metrics, "stated_as": list(dict.fromkeys(said)),
                                          "statements": len(same), **({"lines": lines} if lines else {})})
        kept[id(same[0])] = lead
        for c in same[1:]:
            kept[id(c)] = None
    out = [kept.get(id(c), c) for c in checks]
    return [c for c in out if c is not None]


def drift_score(checks: Sequence[DriftCheck]) -> float | None:
    """0-100: weighted share of the checked claims that drifted.

    Only claims a record confirmed or contradicted count: a claim whose record is not in
    the set says nothing about practice, so it never moves the score.
    """
    checked = [c for c in checks if c.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED)]
    if not checked:
        return None
    total = sum(WEIGHTS[c.claim.kind] for c in checked)
    bad = sum(WEIGHTS[c.claim.kind] for c in checked if c.status is ClaimStatus.DRIFTED)
    return round(100 * bad / total, 1)


def not_checkable(checks: Sequence[ClaimCheck]) -> int:
    """How many of a procedure's claims no record in the set could confirm or contradict."""
    return sum(1 for c in checks if c.status is ClaimStatus.NOT_CHECKABLE)


# the line before a quotation of rules no longer in force: "What the previous bylaws said:", "The former wording:"
FORMER_LEAD = re.compile(r"\b(?:previous|former|old|superseded|replaced|prior|original|earlier)\b[^.:]{0,60}"
                         r"(?:\b(?:said|read|stated|says|reads|wording|text|version|rules?|bylaws?|procedure)\b)[^.]{0,20}:\s*$",
                         re.I)


def _quoted_former(claim: Claim, scope: _Scope) -> str | None:
    """The lead-in when the claim is in a paragraph quoted as what a former version said, else None."""
    line = claim.location.line
    if line is None:
        return None
    key = ("former leads", scope.procedure.path)
    if key not in scope.memo:
        blocks = [b for b in scope.procedure.text_blocks() if b.location.line is not None]
        scope.memo[key] = {b.location.line: a.text.strip() for a, b in zip(blocks, blocks[1:])
                           if FORMER_LEAD.search(a.text.strip()) and a.type is not BlockType.HEADING}
    return scope.memo[key].get(line)


def check_claim(claim: Claim, scope: _Scope) -> list[DriftCheck]:
    if claim.kind == "frequency" and claim.relative_to:
        # "at the first committee meeting after each annual general meeting": which meeting followed which, and
        # what each one decided, is not in the dates of minutes or the rows of a log
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"timed from another meeting ('{claim.relative_to}'), not by the calendar: the dates of "
                        f"minutes or entries cannot show it, and gapscan does not read what each meeting decided")]
    checks = _check_claim(claim, scope)
    if claim.kind == "frequency" and claim.or_event:
        return [_or_event_met(check) for check in checks]
    return checks


def _or_event_met(check: DriftCheck) -> DriftCheck:
    """A cadence the procedure lets an event stand in for ("weekly or before each batch"): gaps longer than the
    cadence break the claim only if the event happened in them, which no record of the cadence shows."""
    if check.status is not ClaimStatus.DRIFTED:
        return check
    return replace(check, status=ClaimStatus.NOT_CHECKABLE, evidence=(), related=(),
                   detail=f"{check.detail}; but the procedure also accepts '{check.claim.or_event}', and the records "
                          f"do not show when that happened: not drift on this record alone")


def _check_claim(claim: Claim, scope: _Scope) -> list[DriftCheck]:
    if claim.kind == "form":
        return [_check_form(claim, scope)]
    former = _quoted_former(claim, scope)
    if former:
        # the rule the document quotes as replaced is not one it asks to be kept
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE, f"quoted as a former rule ('{former[:60]}')")]
    meeting = None
    unit = _report_unit(claim) if claim.kind == "frequency" and scope.reports else None
    if unit:
        found_reports = meetings.reports_about(claim.sentence, claim.phrase, claim.activity,
                                               [s for s in scope.reports if s.unit == unit],
                                               scope.procedure.path, scope.procedure.title or "",
                                               before=_sentence_before(claim, scope))
        if found_reports:
            return [_check_reports(claim, scope, found_reports)]
    if claim.kind == "frequency" and scope.meetings:
        # the headings over the claim, the page's title among them, name the meeting "we meet" is
        over = f"{scope.procedure.title or ''} {_headings_over(claim, scope)}"
        found, meeting = meetings.about(claim.sentence, claim.phrase, scope.meetings, claim.activity, over,
                                        section=_heading_at(claim, scope))
        if not found and meeting and meetings.unnamed_meeting(claim.sentence):
            # "we meet" on the page of a group whose minutes are filed below it, named more fully than the page's
            # title names the group ('next-10' over the minutes of the 'Node.js Next 10 Years Team Meeting')
            group = meetings.group_series(scope.procedure.title or "", scope.procedure.path, scope.meetings)
            found = [group] if group is not None else []
        if not found and meeting and meetings.generic_meeting(claim.sentence):
            # "The full group meets ..." under headings that name no body: the one body the page names in full
            body = meetings.named_on_page(" ".join(b.text for b in scope.procedure.text_blocks()), scope.meetings)
            found = [body] if body is not None else []
        if found:
            retired = _retired_notice(scope)
            if retired:
                return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                                f"the page says its group no longer meets ('{retired[0][:80]}'"
                                f"{'' if retired[1] is None else f', line {retired[1]}'}): "
                                f"the cadence it states is a former one, and minutes that end are its end, not drift")]
            return [_check_meetings(claim, scope, found)]
    if not scope.any_records:
        reason = _no_records_reason(scope)
        if meeting:
            # the claim is about a meeting that neither it nor the headings over it name as the set's minutes name
            # theirs: which meeting it is cannot be told, not that its minutes are missing
            reason = (f"which meeting this is cannot be told: neither the sentence nor the headings over it name one "
                      f"of the meetings whose minutes the set holds ("
                      f"{', '.join(s.name for s in scope.meetings[:4])}{', …' if len(scope.meetings) > 4 else ''})")
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE, reason)]
    fn = {"frequency": _check_frequency, "deadline": _check_deadline, "field": _check_fields,
          "role": _check_role, "steps": _check_steps}[claim.kind]
    return fn(claim, scope)


def _no_records_reason(scope: _Scope) -> str:
    """Why a claim is not checked when the set holds no working record: said so only where it also holds no
    minutes; beside minutes, that none of them is linked to the claim, and which there were (a client told "no
    working records" beside 48 files of minutes reads it as false)."""
    if not scope.meetings:
        return "no working records in the scan"
    files = sum(len(s.meetings) + len(s.undated) for s in scope.meetings)
    ranked = sorted(scope.meetings, key=lambda s: -(len(s.meetings) + len(s.undated)))
    shown = ", ".join(f"{s.name} {len(s.meetings) + len(s.undated)}" for s in ranked[:3])
    return (f"no record linked to this claim: the set's only records are {files} "
            f"{'file' if files == 1 else 'files'} of minutes ({shown}{', …' if len(ranked) > 3 else ''}), "
            f"none of them linked to it")


def _result(claim: Claim, scope: _Scope, status: ClaimStatus, detail: str, record: str | None = None,
            chosen: str = "", **kw: Any) -> DriftCheck:
    """A check; its metrics say how sure the link to the record is and why it was chosen."""
    link = _links_of(scope)["by path"].get(record)
    if link is not None and "metrics" in kw:
        kw["metrics"] = {**kw["metrics"], "link": f"{link.via} ({link.confidence:.2f})",
                         "link_confidence": link.confidence, **({"record_chosen": chosen} if chosen else {})}
    return DriftCheck(rule=RULE_OF_KIND[claim.kind], procedure=scope.procedure.path, claim=claim, status=status,
                      detail=detail, record=record, **kw)


# --- DR01: forms -------------------------------------------------------------------------

def _form_matches(claim: Claim, index: RecordIndex, dated: bool = True) -> float:
    """How surely the record is the claim's form filled in. `dated`: whether the record dates its entries; a
    register named by another of its names ('Asset Inventory' for the asset register) is the register kept only
    then (a list of asset types is not)."""
    if claim.form_code and names_code(claim.form_code, index.names):
        return 0.95
    if claim.form_title:
        score = title_score(claim.form_title, index.names, synonyms=dated)
        return 0.8 if score >= 1.0 else 0.45 if score >= 0.5 else 0.0
    return 0.0


def _dated(scope: _Scope, path: str) -> bool:
    prof = scope.profiles.get(path)
    return prof is not None and prof.first_entry is not None


def _form_scores(claim: Claim, scope: _Scope, records: RecordSet) -> dict[int, float]:
    """_form_matches of the records (by position) that match the claim's form at all: found through
    the index entries of its code and its title's words, once per form and set of records in a run."""
    key = ("form", id(records), claim.form_code, claim.form_title)
    if key not in scope.memo:
        scores: dict[int, float] = {}
        if claim.form_code:
            scores.update(dict.fromkeys(records.with_code(claim.form_code), 0.95))
        if claim.form_title:
            for n in records.sharing(records.name_stems, content_stems(claim.form_title)) - scores.keys():
                scores[n] = _form_matches(claim, records.records[n], _dated(scope, records.records[n].path))
        scope.memo[key] = {n: s for n, s in scores.items() if s > 0}
    return scope.memo[key]


def _logs_anchored(claim: Claim, scope: _Scope, paths: list[str]) -> list[str]:
    """Of the logs of one file a link points at ('Logs.md', a page of sixteen logs), the one whose heading the
    link's anchor names ('Logs.md#16-credential--vault-backup-log'), as a markdown renderer makes it; all of
    them when the file holds one."""
    if len(paths) <= 1:
        return paths
    anchors = {t.partition("#")[2].lower() for t in _claim_links(claim, scope) if "#" in t}

    def slug(path: str) -> str:
        heading = path.rpartition(LOG_MARK)[2] if LOG_MARK in path else ""
        return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")

    return [p for p in paths if slug(p) and slug(p) in anchors]


def _only_form_of_line(claim: Claim, scope: _Scope) -> bool:
    """Whether the claim's line names no other form ('fill in the incident form and update the risk register'
    names two: a record it links may be either's)."""
    where = (claim.location.page, claim.location.line)
    return not any(c.kind == "form" and (c.location.page, c.location.line) == where
                   and (c.form_code or c.form_title or "").lower() != (claim.form_code or claim.form_title or "").lower()
                   for c in scope.claims)


def _check_form(claim: Claim, scope: _Scope) -> DriftCheck:
    name = claim.form_code or claim.form_title or "form"
    if not scope.any_records:
        # the one blank form plainly named is in the set: say so, or "no working records" reads as if the register
        # the procedure names had been missed (a sole trader's order log, a header and placeholder rows only)
        blank = [n for n, s in _form_scores(claim, scope, scope.form_set).items() if s >= STRONG]
        if len(blank) == 1:
            path = scope.form_set.records[blank[0]].path
            return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                           f"{_no_records_reason(scope)}; the form is in the set only as its blank template {path}, "
                           f"so whether it is filled in cannot be seen", related=(path,))
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE, _no_records_reason(scope))
    hits = sorted(((s, scope.record_set.records[n].path) for n, s in
                   _form_scores(claim, scope, scope.record_set).items()), reverse=True)
    blank_scores = {n: s for n, s in _form_scores(claim, scope, scope.form_set).items() if s >= STRONG}
    if len(blank_scores) != 1 and not (hits and hits[0][0] >= STRONG):
        # the sentence links the blank form itself, whatever its file is called ('Initial Incident Report Form'
        # linked to .../Documents/RI-State-Initial-Injury-Report.pdf), or which of several it means ('the Witness
        # Report of Accident Form' of two accident forms)
        linked = _linked_forms(claim, scope)
        if linked and (not blank_scores or linked[0] in blank_scores):
            blank_scores = {linked[0]: blank_scores.get(linked[0], 1.0)}
    blanks = [scope.form_set.records[n].path for n in sorted(blank_scores)]
    if hits and hits[0][0] >= STRONG:
        paths = [p for s, p in hits if s >= STRONG]
        return _result(claim, scope, ClaimStatus.HOLDS, f"{len(paths)} filled record(s): {', '.join(paths[:3])}",
                       record=paths[0], related=tuple(paths))
    entry = _register_entry(claim, scope) if claim.form_code and not hits and not blank_scores else None
    if entry is not None:
        return entry
    kept = _linked_path(claim, scope) if not claim.form_code and _only_form_of_line(claim, scope) else None
    if kept is not None:
        # the line that names the form, and no other, links a record of the set ('the change request form
        # ([register](...))'): the procedure points at where the filled form is kept, whatever its name and columns
        # (of a file of several logs, the one its anchor names, else none)
        written, paths = kept
        paths = _logs_anchored(claim, scope, paths)
        if len(paths) == 1:
            return _result(claim, scope, ClaimStatus.HOLDS,
                           f"the procedure links the filled record on this line ({written}): {paths[0]}",
                           record=paths[0], related=tuple(paths))
    # a blank form plainly the one named shows what its filled copy looks like: a record that keeps its columns is
    # that copy, and one that only shares a word with the name and not the columns is not, and does not hide it
    passed_over = ""
    if hits and blanks and _blank_columns_known(blank_scores, scope):
        if not _filled_copies(blank_scores, scope):
            passed_over = f"; {hits[0][1]} shares words with its name but not the blank form's columns"
        hits = []
    if hits:
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"possible match {hits[0][1]} (weak link), not proof either way", record=hits[0][1])
    if blanks and not claim.form_code and (claim.form_title or "").endswith("template"):
        # "use the audit plan template" names the blank itself: its being in the set is no news,
        # and the filled copies the procedure never names are not evidence either way
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"the procedure names the template {blanks[0]}, not a record kept from it",
                       related=tuple(blanks))
    copies = _filled_copies(blank_scores, scope) if blanks else []
    if copies:
        # a register named by its own habit ("RR_2025.csv") is still the form filled in when it keeps the form's columns
        return _result(claim, scope, ClaimStatus.HOLDS,
                       f"{len(copies)} filled record(s) with the columns of the blank form {blanks[0]}: "
                       f"{', '.join(copies[:3])}", record=copies[0], related=tuple(copies))
    forms = _distinct_forms_of(blanks)
    if not claim.form_code and len(forms) > 1:
        # "the inspection checklist" that the floor, wall and final inspection forms all answer: which one the
        # procedure means is not known, and naming the first in file order would name the wrong one
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"'{name}' could be any of {len(blanks)} blank forms ({', '.join(forms[:3])}"
                       f"{', ...' if len(forms) > 3 else ''}): which one is meant is not known",
                       related=tuple(blanks))
    if blanks and not scope.kept_records and not any(link.confidence >= STRONG for link in scope.links):
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"only the blank form {blanks[0]} is in the set, and no record in the set dates an entry or "
                       f"ticks a box: the records of the work were not handed over, not proof either way{passed_over}",
                       related=tuple(blanks))
    if blanks and not _work_seen(claim, scope):
        # the organisation has the form, but no record shows the work it is filled for being done: a release
        # checklist in a set whose one use case is still proposed, an incident form where nothing logs an incident
        what = claim.form_title or name
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"only the blank form {blanks[0]} is in the set, and no record of the set names the work it "
                       f"is for ('{what}': {', '.join(sorted(_form_words(claim)))}) in its name, columns or entries: "
                       f"whether that work was done without the form is not shown, not proof either way"
                       f"{passed_over}", related=tuple(blanks))
    if blanks:
        # the blank form in the set is the link: the organisation has the form, nobody fills it in
        confidence = max(blank_scores.values())
        # the record files searched, as the report's head counts records: a page of several logs is one file
        searched = len(_record_files(scope))
        metrics = {"form": name, "blank_forms": blanks, "records_scanned": searched,
                   "filled_instances": 0, "link": f"blank form {blanks[0]} ({confidence:.2f})",
                   "link_confidence": confidence}
        return _result(claim, scope, ClaimStatus.DRIFTED,
                       f"only the blank form {blanks[0]} exists; no filled {name} among "
                       f"{searched} records{passed_over}", metrics=metrics, related=tuple(blanks),
                       evidence=tuple(Evidence(path=b, text=f"blank form: expected a filled {name}, found 0 among "
                                                            f"{searched} records") for b in blanks[:3]))
    return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                   f"no filled {name} among the {len(_record_files(scope))} records and no blank form: "
                   f"not in the set, not proof either way")


def _form_words(claim: Claim) -> frozenset[str]:
    """The content stems of the form's name ('release checklist' -> releas): the work it is filled for, less the
    words every form name has (form, checklist, log, record, template)."""
    return frozenset(content_stems(claim.form_title or ""))


def _record_words(rec: RecordIndex, scope: _Scope) -> frozenset[str]:
    """The content stems of a record's names, columns and the text of its entries, read once per run."""
    key = ("record words", rec.path)
    if key not in scope.memo:
        words = set(rec.stems)
        prof = scope.profiles.get(rec.path)
        if prof is not None:
            for value in {v for row in prof.table.rows for v in row if isinstance(v, str) and v.strip()}:
                words |= content_stems(value)
        scope.memo[key] = frozenset(words)
    return scope.memo[key]


def _work_seen(claim: Claim, scope: _Scope) -> bool:
    """Whether the set shows the work the claim's form is filled for, so that no filled copy is drift. A form for
    a routine (an audit, inspection, check, test, review or drill: ROUTINE_RECORD) is filled whenever the routine
    comes round, and a set that keeps other records should hold it: its work is held to be seen. A form filled on
    occasion (a release checklist, a breakage record, a change request, an incident form) is seen only where a
    record of the set holds a word of its name in its names, columns or entries ('change' of the change request
    form in a change log, 'release' in a deployments log): without one the occasion may never have come (the
    release checklist of a set whose only use case is still proposed, the incident form where no record names an
    incident), and the form's absence proves nothing. A form named by its code alone says nothing of its work: it
    is held to be seen."""
    wanted = _form_words(claim)
    if claim.form_code or not wanted or wanted & ROUTINE_RECORD:
        return True
    return any(wanted & _record_words(rec, scope) for rec in scope.record_set.records)


# --- DR01: an entry of a register cited by its identifier ('risk R-41', 'change CR-12') ----------------

# an identifier alone in a cell: 'RISK-004', 'CR-12', 'IR-2026-001', 'ADR-0003'
_ID_CELL = re.compile(r"[A-Za-z]{1,8}(?:[-_.][A-Za-z]{1,8})*[-_. ]?\d{1,6}(?:[-_.]\d{1,6})*[A-Za-z]?")
ID_SHARE = 0.8  # a column is a register's identifiers when this share of its values are identifiers, each once
# words of an identifier column's header that say only that it is one ('Risk ID', 'Ref', 'No.')
ID_HEADER_WORDS = frozenset({"id", "ids", "ref", "reference", "no", "number", "code", "key", "identifier", "nr"})


def _file_named_by_code(code: str, scope: _Scope) -> bool:
    """Whether a file of the set carries the code in its name ('ADR-0006-risk-method.md' for ADR-0006), as
    code_pattern reads it. Only the files with a run of letters that starts with the code's first letters are
    searched: the pattern starts its match at a letter after no letter or digit (every claim against every file
    name was 21 million searches, 10 s, on the 2,000-document set)."""
    key = ("file names by letter run",)
    if key not in scope.memo:
        runs: dict[str, dict[str, list[str]]] = {}  # first letter -> run -> files
        for name in scope.file_names:
            for run in set(re.findall(r"[a-z]+", name.casefold())):
                runs.setdefault(run[0], {}).setdefault(run, []).append(name)
        scope.memo[key] = runs
    parts = re.findall(r"[A-Za-z]+|\d+", code)
    if not parts or parts[0].isdigit():
        files = scope.file_names
    else:
        first = parts[0].casefold()
        files = [f for run, names in scope.memo[key].get(first[0], {}).items() if run.startswith(first)
                 for f in names]
    pattern = code_pattern(code)
    return any(pattern.search(f) for f in files)


def _code_key(code: str) -> tuple:
    """'R-01', 'R01' and 'r 1' alike: the letter parts upper-cased, the numbers as numbers."""
    return tuple(p.upper() if p.isalpha() else int(p) for p in re.findall(r"[A-Za-z]+|\d+", code))


def _scheme(key: tuple) -> tuple:
    """An identifier's numbering scheme: its letter parts and where its numbers stand ('R-01' -> ('R', 0))."""
    return tuple(p if isinstance(p, str) else 0 for p in key)


def _register_columns(scope: _Scope) -> tuple[tuple[str, int, Counter], ...]:
    """Each register's identifier column (found once for the run: _find_register_columns)."""
    return scope.register_columns


def _find_register_columns(records: Mapping[str, Any], profiles: Mapping[str, RecordProfile],
                           known: Mapping[str, tuple] = {}) -> tuple[tuple[str, int, Counter], ...]:
    """Each register's identifier column, as (record, column, how many of its identifiers follow each numbering
    scheme). An identifier column holds one identifier a row, each once (a 'Raises' column citing risks is not
    one). Read once, before the procedures are split over processes: a worker reading every cell of every log
    writes to each cell's reference count and so copies the pages that hold them (500 documents: peak memory
    535 -> 745 MB). Only the counts are kept; the identifiers of the one column wanted are read again
    (_register_holding)."""
    found: list[tuple[str, int, Counter]] = []
    for path in records:
        prof = profiles.get(path)
        if prof is None:
            continue
        found.extend(known[path] if path in known else register_columns_of(path, prof))
    return tuple(found)


def register_columns_of(path: str, prof: RecordProfile) -> tuple[tuple[str, int, Counter], ...]:
    """_find_register_columns' part for one record: its identifier columns. The engine has it read where the
    record was profiled (a classify worker), and hands it to prepare as `registers`: read in the main process
    beside the nlp workers, every row of every log was copied (the workers still mapped it; 105 MB on the
    500-document set)."""
    found: list[tuple[str, int, Counter]] = []
    for col in prof.columns:
        if col.type in ("date", "boolean", "number"):
            continue
        # the profile already counted the column's filled cells and distinct texts: identifiers each once
        # in ID_SHARE of the filled cells need that many distinct texts (a column of statuses or names is
        # passed over without reading a cell)
        if col.distinct < ID_SHARE * col.fill_rate * prof.row_count - 0.5:
            continue
        ids = _identifiers(prof.table.rows, col.index)
        if ids is None:
            continue
        keys = {_code_key(v) for v in ids}
        if len(keys) < len(ids):
            continue
        found.append((path, col.index, Counter(_scheme(k) for k in keys)))
    return tuple(found)


def _not_none(value: object) -> bool:
    return value is not None


def _identifiers(rows: Sequence[Sequence], index: int) -> list[str] | None:
    """The texts of a column's filled cells (stripped) when ID_SHARE of them or more are identifiers (_ID_CELL), else
    None. The reading stops once the texts that are not identifiers are too many for the share even were every
    cell filled (a column of names or descriptions is given up after about a fifth of its cells)."""
    total = len(rows)
    ids: list[str] = []
    misses = 0
    cells = (r[index] if index < len(r) else None for r in rows)  # Table.column's, read only as far as needed
    for text in filter(None, map(str.strip, map(str, filter(_not_none, cells)))):
        if _ID_CELL.fullmatch(text):
            ids.append(text)
        else:
            misses += 1
            # the filled cells are at most `total`: fewer than the share are identifiers whatever is left (one
            # cell of margin, so the float product cannot decide a tie the full reading would not)
            if total - misses + 1 <= ID_SHARE * total:
                return None
    if not ids or len(ids) < ID_SHARE * (len(ids) + misses):
        return None
    return ids


def _column_ids(scope: _Scope, path: str, j: int) -> list[tuple[int, tuple]]:
    """The identifiers of a register's identifier column: (row, identifier key)."""
    out = []
    for i, v in enumerate(_column(scope, scope.profiles[path], j)):
        text = str(v).strip() if v is not None else ""
        if text and _ID_CELL.fullmatch(text):
            out.append((i, _code_key(text)))
    return out


def _register_holding(want: tuple, scope: _Scope) -> list[tuple[str, int, int]]:
    """(record, row, column) of each register entry the identifier names."""
    key = ("register entry", want)
    if key not in scope.memo:
        scheme = _scheme(want)
        scope.memo[key] = [(p, i, j) for p, j, schemes in _register_columns(scope) if schemes[scheme]
                           for i, k in _column_ids(scope, p, j) if k == want]
    return scope.memo[key]


NAMING_WORDS = 2  # the words before an identifier that say what it numbers ('emergency change CR-12')


def _register_subject(claim: Claim, rec: RecordIndex, header: str) -> bool:
    """Whether the sentence cites the identifier as an entry of this register: a word just before it names the
    register's subject (a word of its name, or of its identifier column's header: 'risk R-41' in the risk log,
    'change CR-12' under 'Change ID'), or the identifier's letters are that column's name ('ADR' over ADR-0001).
    'Register', 'log' or 'list' say no subject, and a subject word elsewhere in the sentence is not the
    identifier's ('R-10 pulled forward' in a sentence about risk scores)."""
    code = claim.form_code or ""
    letters = [p.lower() for p in re.findall(r"[A-Za-z]+", code) if len(p) >= 2]
    if letters and letters[0] in set(words(header)):
        return True
    # the register's own name (its file's, or its heading's for one of a file's logs), not a title row that may
    # carry the organisation's name ('MercyBridge Health - System Inventory')
    own_name = PurePosixPath(rec.file or rec.path).stem + " " + rec.path.partition(LOG_MARK)[2]
    subject = content_stems(own_name) | (content_stems(header) - content_stems(" ".join(ID_HEADER_WORDS)))
    for match in code_pattern(code).finditer(claim.sentence):
        before = [w for w in words(claim.sentence[:match.start()]) if w not in STOP_WORDS][-NAMING_WORDS:]
        if content_stems(" ".join(before)) & subject:
            return True
    return False


def _own_row(claim: Claim, scope: _Scope) -> bool:
    """Whether the procedure's own table keeps the identifier as a row of its own (a retention schedule's 'R-01'):
    the procedure defines it, it cites no register's entry."""
    key = ("own ids", scope.procedure.path)
    if key not in scope.memo:
        scope.memo[key] = {_code_key(str(v).strip()) for t in scope.procedure.tables() for row in t.rows
                           for v in row[:1] if v is not None and _ID_CELL.fullmatch(str(v).strip())}
    return _code_key(claim.form_code or "") in scope.memo[key]


_RANGE_WORD = r"\s*(?:to|through|thru|until|\u2026|\.\.\.|\u2013|\u2014|-)\s*"
_RANGE_BEFORE = re.compile(r"[A-Za-z]{1,8}[-_. ]?\d{1,6}" + _RANGE_WORD + r"$", re.I)
_RANGE_AFTER = re.compile(r"^" + _RANGE_WORD + r"[A-Za-z]{1,8}[-_. ]?\d{1,6}", re.I)


def _range_end(code: str, sentence: str) -> bool:
    """Whether the code stands as one end of a range of codes in the sentence ('R-01 to R-56', 'R-01 … R-56',
    '**R-01**–**R-56**')."""
    plain = re.sub(r"[*`_]{1,2}(?=\w)|(?<=\w)[*`_]{1,2}", "", sentence)
    return any(_RANGE_BEFORE.search(plain[:m.start()]) or _RANGE_AFTER.match(plain[m.end():])
               for m in code_pattern(code).finditer(plain))


def _register_entry(claim: Claim, scope: _Scope) -> DriftCheck | None:
    """A code no record or form is named by may be an entry of a register the sentence cites ('risk R-41', 'the
    change CR-12'): it holds when a register the words before it name (_register_subject) keeps that identifier
    in its identifier column; it drifts when such a register numbers its entries the same way (at least MIN_ROWS
    of them) and no register of the set keeps it, nor does any file carry it in its name. None when no register
    of that subject numbers entries that way, and for an identifier of a row of the procedure's own table (it
    defines that one)."""
    if _own_row(claim, scope):
        return None
    want = _code_key(claim.form_code or "")
    entries = _register_holding(want, scope)
    name = claim.form_code
    # the register with the most entries first: the risk register before a plan that lists a few of its risks
    held = sorted(((p, i, j) for p, i, j in entries
                   if _register_subject(claim, scope.records[p], scope.profiles[p].columns[j].name)),
                  key=lambda h: (-scope.profiles[h[0]].row_count, h[0]))
    if held:
        path, i, j = held[0]
        prof = scope.profiles[path]
        paths = list(dict.fromkeys(p for p, _, _ in held))
        return _result(claim, scope, ClaimStatus.HOLDS,
                       f"{name} is an entry of {path} ('{prof.columns[j].name}', row {i + 1} of {prof.row_count})"
                       + (f" and {len(paths) - 1} other register(s)" if len(paths) > 1 else ""),
                       record=path, related=tuple(paths))
    if entries or _file_named_by_code(name, scope):
        # kept by a register about something else the words before it do not name ('R-23 (ransomware)' in the
        # risk register), or a document of its own ('ADR-0006-risk-method.md'): no proof it is missing
        return None
    if _range_end(name, claim.sentence):
        # 'changes CR-1 to CR-20' spans a numbering, planned or summed up: no one entry is cited as kept
        return None
    scheme = _scheme(want)
    registers = [(p, j, schemes[scheme]) for p, j, schemes in _register_columns(scope) if schemes[scheme] >= MIN_ROWS
                 and _register_subject(claim, scope.records[p], scope.profiles[p].columns[j].name)]
    if not registers:
        return None
    registers.sort(key=lambda r: (-r[2], r[0], r[1]))
    path, j, _ = registers[0]
    keys = sorted({k for _, k in _column_ids(scope, path, j) if _scheme(k) == scheme})
    prof = scope.profiles[path]
    column = prof.columns[j].name
    values = {_code_key(str(v).strip()): (i, str(v).strip()) for i, v in enumerate(_column(scope, prof, j))
              if v is not None and str(v).strip()}
    first, last = values[keys[0]], values[keys[-1]]
    others = f" (nor do {len(registers) - 1} other register(s) numbered so)" if len(registers) > 1 else ""
    metrics = {"form": name, "register": path, "column": column, "entries": len(keys), "first": first[1],
               "last": last[1], "registers_searched": [p for p, _, _ in registers]}
    return _result(claim, scope, ClaimStatus.DRIFTED,
                   f"{path} keeps {len(keys)} entries {first[1]} to {last[1]} in '{column}', no {name}{others}",
                   record=path, related=tuple(dict.fromkeys(p for p, _, _ in registers)), metrics=metrics,
                   evidence=(Evidence(path=path, text=f"{column}: {len(keys)} entries {first[1]} to {last[1]}, "
                                                      f"no {name}", location=_loc(prof, first[0], j)),))


# a form's code in a file name: FORM-I-101, FORM-I101, QF-07, F12
NAME_CODE = re.compile(r"\b([A-Z]{1,5})[-_ ]?([A-Z]?)[-_ ]?(\d{2,4})\b")


def _distinct_forms_of(paths: Sequence[str]) -> list[str]:
    """The different forms among blank-form files, one name each: files carrying the same code (FORM-I-101 and
    FORM-I101 V2) are copies of one form; a file with no code is a form of its own."""
    seen: dict[str, str] = {}
    for path in paths:
        stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        m = NAME_CODE.search(stem.upper())
        key = "".join(m.groups()) if m else stem.lower()
        seen.setdefault(key, stem)
    return list(seen.values())


# A filled copy of a blank form keeps at least this share of the form's columns (and the form has at least
# FORM_COLUMNS of them: two columns such as Date and Comments are in every register).
COPY_SHARE = 0.6
FORM_COLUMNS = 3


def _filled_copies(blank_scores: dict[int, float], scope: _Scope) -> list[str]:
    """The working records that keep the columns of one of these blank forms: its filled copies, whatever
    their file names say. Once per set of forms in a run."""
    key = ("copies", tuple(sorted(blank_scores)))
    if key not in scope.memo:
        found: list[str] = []
        for n in sorted(blank_scores):
            columns = {_column_key(h) for h in scope.form_set.records[n].headers} - {""}
            if len(columns) < FORM_COLUMNS:
                continue
            for record in scope.record_set.records:
                kept = columns & {_column_key(h) for h in record.headers}
                if len(kept) >= COPY_SHARE * len(columns) and record.path not in found:
                    found.append(record.path)
        scope.memo[key] = found
    return scope.memo[key]


def _blank_columns_known(blank_scores: dict[int, float], scope: _Scope) -> bool:
    """Whether one of these blank forms has enough columns to tell its filled copy by them."""
    return any(len({_column_key(h) for h in scope.form_set.records[n].headers} - {""}) >= FORM_COLUMNS
               for n in blank_scores)


def _column_key(header: str) -> str:
    return " ".join(str(header).lower().split())


# --- choosing the one record a claim is checked against -----------------------------------

def _pick(claim: Claim, scope: _Scope, usable) -> tuple[str | None, str, str]:
    """(record, how chosen, reason if none): a clear choice among strong links, or nothing."""
    links = _links_of(scope)
    strong, weak = links["strong"], links["weak"]
    # a record named by its path in the sentence is the record, whatever else resembles the claim more
    named_path = _path_named(claim, scope)
    if named_path is not None:
        path, records = named_path
        if len(records) > 1 and len({scope.records[r].file for r in records} - {""}) == 1:
            return _pick_log(claim, scope, usable, path, records)
        if len(records) > 1:
            return None, "", f"the sentence names {path}, which {len(records)} records in the set could be"
        if claim.kind == "field" or usable(records[0]):
            return records[0], f"named in the sentence ({path})", ""
        return None, "", f"the sentence names {records[0]}, which holds nothing this claim can be checked against"
    # a record file the sentence names that the set does not hold: the claim is about that file, not another
    # that resembles it
    unheld = _unheld_files(claim, scope)
    if unheld:
        return None, "", f"{unheld[0]} is not in the scan"
    # a form named in the same sentence points at its record directly
    for form in links["forms by sentence"].get(claim.sentence, ()):
        for link in strong:
            if _form_matches(form, scope.records[link.path]) >= STRONG and usable(link.path):
                return link.path, f"named in the sentence ({form.form_code or form.form_title})", ""
    # only a link that names its record can be chosen for a claim other than a field (usable() is the dearer test)
    pool = strong if claim.kind == "field" else links["strong named"]
    usable_paths = {link.path for link in pool if usable(link.path)}
    candidates = [link for link in pool if link.path in usable_paths]
    in_procedure = _procedure_path(scope)
    if in_procedure is not None and any(link.path == in_procedure[1] for link in candidates):
        # the procedure gives the path of its one record: another that resembles the claim is not where it is kept
        candidates = [link for link in candidates if link.path == in_procedure[1]]
    if not candidates:
        if pool:
            return None, "", "the linked records hold nothing this claim can be checked against"
        if strong:
            # the strong links only resemble the claim (title words, shared fields or words): none was looked at,
            # since a record the procedure does not name is not where its routine is shown to be kept
            like = "; ".join(f"{link.path} ({link.via})" for link in strong[:3])
            return None, "", (f"no record named for this; {like} only resemble{'s' if len(strong) == 1 else ''} "
                              f"the procedure, which is not proof either way")
        if weak:
            return None, "", f"only weak links ({', '.join(w.path for w in weak[:3])}); not proof either way"
        return None, "", "no record in the set is linked to this procedure" + _nearest_unlinked(claim, scope)
    want = content_stems(_claim_words(claim)) - ROLE_STEMS
    routine = claim.kind == "frequency"

    def about(link: Link) -> int:
        n = _about(want, scope.records[link.path], "config" in link.via, routine)
        if not n and routine and "item codes" in link.via and link.path in scope.profiles \
                and _rows_naming(claim, scope.profiles[link.path], scope):
            # a log of jobs on the procedure's equipment is about the routine its rows name ('Calibration check'),
            # and most plainly when every row names it (a log of that one job)
            return 1
        return n

    ranked = sorted(((about(c), c.confidence, c.path) for c in candidates), reverse=True)
    best = ranked[0]
    # the record most about the claim holds nothing to check it against (an access review log without a
    # reviewer column): a record less about it is not where the claim is kept (multilog)
    closer = max(((about(c), c.path) for c in pool if c.path not in usable_paths), default=(0, ""))
    if closer[0] > best[0] and claim.kind not in ("field", "steps"):
        return None, "", (f"{closer[1]}, the linked record closest to this, holds nothing this claim can be checked "
                          f"against")
    if best[0] == 0 and not (len(strong) == 1 and claim.kind in ("field", "steps")):
        return None, "", f"no linked record is about this ({', '.join(c.path for c in candidates[:3])})"
    if len(ranked) > 1 and ranked[1][0] == best[0] and claim.kind not in ("field", "steps"):
        return None, "", f"ambiguous: {ranked[0][2]} and {ranked[1][2]} could both hold this"
    return best[2], "closest linked record", ""


# words a record's columns share with any claim: they make no record nearer than another
_PLAIN_COLUMN_WORDS = frozenset(stem(w) for w in "date dates time day days notes note comment comments remarks name "
                                "names number started start end ended signed sign initials".split())
NEAREST_FEW = 3  # fewer dated days than this show no routine


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z\s])")


def _sentence_before(claim: Claim, scope: _Scope) -> str:
    """The sentence just before the claim's in its paragraph, or the last of the paragraph or list item just before
    it under the same heading; "" where the claim opens its section."""
    want = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", claim.sentence)]
    line = claim.location.line if claim.location else None
    if not want or line is None:
        return ""
    previous = ""
    for b in scope.procedure.blocks:
        if b.location.line is not None and b.location.line > line:
            break
        if b.type is BlockType.HEADING or b.type is BlockType.TABLE:
            previous = ""
            continue
        parts = [p for p in _SENTENCE_END.split(b.text) if p.strip()]
        for i, part in enumerate(parts):
            if [w.lower() for w in re.findall(r"[A-Za-z0-9]+", part)] == want:
                return parts[i - 1] if i else previous
        previous = parts[-1] if parts else ""
    return ""


def _headings_over(claim: Claim, scope: _Scope) -> str:
    """The headings in force at the claim's line ('pH Measurement' over 'Process:' over 'Daily during 1F')."""
    line = claim.location.line if claim.location else None
    if line is None:
        return ""
    stack: list[tuple[int, str]] = []
    first = True
    for b in scope.procedure.blocks:
        if b.location.line is not None and b.location.line > line:
            break
        if b.type is BlockType.HEADING:
            level = b.level or 1
            # the page's title (its first heading, at level 1) names the whole procedure, not what this claim is
            # about; a later heading at level 1 opens a part of the page ('# This Committee is Retired' then
            # '# Community Committee' over '## Meetings') and names what is under it
            title = first and level == 1
            first = False
            stack = [h for h in stack if h[0] < level] + [(level, "" if title else b.text)]
    return " ".join(t for level, t in stack if t)


def _heading_at(claim: Claim, scope: _Scope) -> str:
    """The nearest heading over the claim's line, whatever its level ('Legal Team' over 'Time and cadence: ...')."""
    line = claim.location.line if claim.location else None
    if line is None:
        return ""
    at = ""
    for b in scope.procedure.blocks:
        if b.location.line is not None and b.location.line > line:
            break
        if b.type is BlockType.HEADING:
            at = b.text
    return at


def _claim_column_words(text: str) -> set[str]:
    """Stems of the words a record's columns might share with a claim: not stop words, record kinds, cadence words
    or the management-system words every register carries; a two-letter word only as written with a capital
    ('pH', 'QA')."""
    from gapscan.nlp.claims import ADVERBS

    short = {t.lower() for t in re.findall(r"\b[A-Za-z]{2}\b", text) if not t.islower()}
    return {stem(w) for w in words(text) if (len(w) > 2 or w in short) and w not in STOP_WORDS
            and w not in GENERIC_WORDS and w not in ADVERBS} - COLUMN_COMMONPLACE - _PLAIN_COLUMN_WORDS


def _nearest_unlinked(claim: Claim, scope: _Scope) -> str:
    """For a claim no record is linked to: the one record whose columns share most of the claim's words (its
    sentence and the headings over it), those columns, and what it lacks to check the claim; "" when no
    record shares a word or two share as many. Only for what a log of work can show (a cadence, a time limit,
    fields), and only a record with dated entries: a reference table shares words with anything."""
    if claim.kind not in ("frequency", "deadline", "field"):
        return ""
    want = _claim_column_words(f"{claim.sentence} {claim.activity or ''} {_headings_over(claim, scope)}")
    if not want:
        return ""
    key = ("dated column words",)
    if key not in scope.memo:
        # once per chunk: each dated record's columns with their words, and the records grouped by the words all
        # their columns hold: records of one template score alike, so a claim is weighed against each group once
        # (2,000 documents of one shape: 800 records, one group; the claims x records loop was drift's 39 s)
        columns_of: dict[str, list] = {}
        groups: dict[frozenset, list[str]] = {}
        for path, rec in scope.records.items():
            if scope.profiles.get(path) is None or not any(scope.profiles[path].entry_dates):
                continue
            columns_of[path] = [(str(h), _claim_column_words(str(h))) for h in rec.headers if h]
            groups.setdefault(frozenset().union(*(w for _, w in columns_of[path])), []).append(path)
        scope.memo[key] = (columns_of, groups)
    columns_of, groups = scope.memo[key]
    ranked = []
    for held, paths in groups.items():
        shared = len(held & want)
        if shared:
            ranked.append((shared, min(paths), len(paths)))
    if not ranked:
        return ""
    ranked.sort(key=lambda r: (-r[0], r[1]))
    # two records sharing as many words (two of one group, or the next group) leave none the nearest
    if ranked[0][2] > 1 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return ""
    path = ranked[0][1]
    columns = [h for h, w in columns_of[path] if w & want]
    prof = scope.profiles.get(path)
    named = ", ".join(str(c) for c in columns[:4])
    lead = f"; nearest: {path} ({named})"
    if claim.kind == "field" and claim.fields:
        heads = set().union(*(w for _, w in columns_of[path]))
        missing = [f for f in claim.fields if not _claim_column_words(f) & heads]
        if missing:
            return f"{lead}, which has no column for {', '.join(missing[:4])}"
    if claim.kind in ("frequency", "deadline") and prof is not None:
        dated = sorted(d for d in prof.entry_dates if d is not None)
        days = sorted(set(dated))
        if len(days) < NEAREST_FEW:
            when = (f"all dated {days[0].isoformat()}" if len(days) == 1 else
                    f"on {len(days)} days, {days[0].isoformat()} to {days[-1].isoformat()}")
            what = f"the {claim.phrase.lower()} routine" if claim.kind == "frequency" and claim.phrase else "this"
            return f"{lead}, which keeps {prof.row_count} entries, {when}: too few dated entries to show {what}"
    return f"{lead}, which shares those words but nothing ties it to this procedure"


def _pick_log(claim: Claim, scope: _Scope, usable, path: str, logs: list[str]) -> tuple[str | None, str, str]:
    """The sentence names a file of several logs by its path: the claim is kept in one of them, the one most
    about it (its heading's words and columns), whatever other records of the set resemble it."""
    file = scope.records[logs[0]].file
    # the log the sentence names by its heading ('recorded in the CrowdSec Monitoring Log (Logs.md)')
    for form in _links_of(scope)["forms by sentence"].get(claim.sentence, ()):
        titled = [p for p in logs if _form_matches(form, scope.records[p]) >= STRONG]
        if len(titled) == 1 and usable(titled[0]):
            return titled[0], f"named in the sentence ({path}, {form.form_code or form.form_title})", ""
    want = content_stems(_claim_words(claim)) - ROLE_STEMS
    ranked = sorted(((_about(want, scope.records[p]), p) for p in logs), reverse=True)
    best_about, best = ranked[0]
    if best_about == 0:
        return None, "", f"the sentence names {file}, none of whose {len(logs)} logs is about this"
    if len(ranked) > 1 and ranked[1][0] == best_about:
        return None, "", f"the sentence names {file}: {ranked[0][1]} and {ranked[1][1]} could both hold this"
    if claim.kind != "field" and not usable(best):
        return None, "", f"the sentence names {file}; {best}, its log closest to this, holds nothing this claim " \
                         f"can be checked against"
    return best, f"named in the sentence ({path})", ""


# each form FILE_PATH (nlp/claims.py) matches holds a backtick, a slash or an extension's dot: one search for
# them clears most sentences at a fifth of the cost of FILE_PATH's tries at every word (a claim's sentence is
# read again for each of its claims)
_MAYBE_PATH = re.compile(r"[`/§]|\.[a-z]", re.I)


def _path_named(claim: Claim, scope: _Scope) -> tuple[str, list[str]] | None:
    """(the path as written, the records it can be) for the first record path the claim's sentence gives:
    relative to the procedure's folder, else to the set, else any record whose path ends with it; else the
    first record a link of the claim's paragraph points at ('[daily log](../data/daily_log.csv)')."""
    return next(iter(_paths_in(claim.sentence, scope)), None) or _linked_path(claim, scope)


def _claim_links(claim: Claim, scope: _Scope) -> tuple[str, ...]:
    """The link targets of the block the claim was read from (its line)."""
    line = claim.location.line if claim.location else None
    if line is None:
        return ()
    key = ("links by line", scope.procedure.path)
    if key not in scope.memo:
        by_line: dict[tuple[int | None, int], tuple[str, ...]] = {}
        for b in scope.procedure.blocks:
            if b.links and b.location.line is not None:
                by_line[(b.location.page, b.location.line)] = by_line.get((b.location.page, b.location.line), ()) \
                    + b.links
        scope.memo[key] = by_line
    return scope.memo[key].get((claim.location.page, line), ())


def _file_links(claim: Claim, scope: _Scope):
    """(its path, the path's parts, the file it names from the procedure's folder) for each link of the claim's
    line that names a file (a last part with an extension); the third is None for an address or an absolute path."""
    import posixpath

    from gapscan.linking import link_target_path

    folder = scope.procedure.path.rpartition("/")[0]
    for target in _claim_links(claim, scope):
        path = link_target_path(target)
        parts = [p for p in path.split("/") if p]
        if not parts or "." not in parts[-1]:
            continue
        near = None
        if "://" not in target and not path.startswith("/"):
            near = posixpath.normpath(posixpath.join(folder, path)) if folder else posixpath.normpath(path)
        yield path, parts, near


def _linked_path(claim: Claim, scope: _Scope) -> tuple[str, list[str]] | None:
    """(the target's path, the records it can be) for the first link of the claim's paragraph that points at
    a record: a relative target from the procedure's folder, else the longest tail of the target's path that
    is a record's path ('Data/daily_log.csv' of 'https://host/lab/blob/main/Data/daily_log.csv')."""
    files = _record_files(scope)
    for path, parts, near in _file_links(claim, scope):
        if near in files:
            return path, list(files[near])
        for k in range(len(parts)):
            ends = _files_at("/".join(parts[k:]), scope)
            if ends:
                return "/".join(parts[k:]), [r for f in ends for r in files[f]]
    return None


def _linked_forms(claim: Claim, scope: _Scope) -> list[int]:
    """The blank form (its index in the form set) that the one link of the claim's line points at, by a relative
    target from the procedure's folder, or by an address whose path ends in the form's whole path in the set (a
    repository address 'https://github.com/OWNER/REPO/blob/master/Docs/Form.pdf' of 'Docs/Form.pdf'); [] when the
    line links no form, or several."""
    forms = {rec.path: n for n, rec in enumerate(scope.form_set.records)}
    if not forms:
        return []
    found: set[int] = set()
    for _, parts, near in _file_links(claim, scope):
        if near is not None:
            # a relative target is that file or none: 'index.md' of another folder is not this folder's form
            if near in forms:
                found.add(forms[near])
            continue
        # an address: the tail of its path that is a form's whole path in the set
        tail = next((t for t in ("/".join(parts[k:]) for k in range(len(parts))) if t in forms), None)
        if tail is not None:
            found.add(forms[tail])
    return sorted(found) if len(found) == 1 else []


def _unheld_files(claim: Claim, scope: _Scope) -> list[str]:
    """Record files (a table's extension) the claim's sentence names by path that are not in the scan."""
    from gapscan.linking import unheld_record_files

    key = ("scan names",)
    if key not in scope.memo:
        scope.memo[key] = frozenset(n.lower() for n in scope.file_names)
    return unheld_record_files(claim.sentence, scope.memo[key])


def _paths_in(text: str, scope: _Scope) -> list[tuple[str, list[str]]]:
    from gapscan.nlp.claims import FILE_PATH

    if _MAYBE_PATH.search(text) is None:
        return []
    found = _numbered_logs_in(text, scope)
    taken = [span for span, _ in found]
    for match in FILE_PATH.finditer(text):
        if any(a <= match.start() and match.end() <= b for a, b in taken):
            continue  # the file of a numbered log named just above ('Logs.md § 4')
        written = match.group(0).strip("` ")
        ends = _files_at(written, scope)
        if ends:
            # a file of several logs is each of its logs ('Logs.md' is 'Logs.md § 4. DB Restore Test Log', ...)
            files = _record_files(scope)
            found.append((match.span(), (written, [r for f in ends for r in files[f]])))
    return [named for _, named in sorted(found, key=lambda f: f[0])]


def _files_at(written: str, scope: _Scope) -> list[str]:
    """The record files a path written in a procedure can be: relative to its folder, else to the set, else any
    whose path ends with it."""
    rel = written.lstrip("./")
    if not rel or not ("/" in rel or "." in rel):
        return []
    folder = scope.procedure.path.rpartition("/")[0]
    files = _record_files(scope)
    exact = next((p for p in (f"{folder}/{rel}" if folder else rel, rel) if p in files), None)
    return [exact] if exact else sorted(p for p in files if p.endswith("/" + rel))


# a log of a file of several named by its number: 'Logs.md § 4', '(Logs §4)', 'log 4 of Logs.md'
_LOG_NUMBER = re.compile(r"(?<![\w./~-])(?P<file>[\w.~/-]*\w)\s*§\s*(?P<num>\d+(?:\.\d+)*)(?![\w.]*\d)|"
                         r"\blogs?\s+(?:no\.?\s*|number\s+|#\s*)?(?P<num2>\d+(?:\.\d+)*)\s+(?:of|in)\s+"
                         r"`?(?P<file2>[\w.~/-]*\w)", re.I)


def _numbered_logs_in(text: str, scope: _Scope) -> list[tuple[tuple[int, int], tuple[str, list[str]]]]:
    """((span, (as written, [the log])) for each log of a file of several the text names by its number: the
    file by its path, or by its name without the extension ('Logs' for Logs.md), and the one log of it whose
    heading starts with that number ('4. DB Restore Test Log'). A number no log has names nothing here."""
    if "§" not in text and not re.search(r"\blogs?\s", text, re.I):
        return []
    files = _record_files(scope)
    out = []
    for match in _LOG_NUMBER.finditer(text):
        written = match.group("file") or match.group("file2")
        number = match.group("num") or match.group("num2")
        paths = _files_at(written, scope) if "." in written.rsplit("/", 1)[-1] else []
        if not paths:
            stem = written.lower().rsplit("/", 1)[-1]
            paths = [p for p in files if p.lower().rsplit("/", 1)[-1].rsplit(".", 1)[0] == stem]
        head = re.compile(rf"\W*{re.escape(number)}(?!\.?\d)")
        # a log's key is its file's path, the mark and its heading (records.LOG_MARK)
        logs = [r for p in paths if len(files[p]) > 1 for r in files[p]
                if r.startswith(p + LOG_MARK) and head.match(r[len(p + LOG_MARK):])]
        if len(logs) == 1:
            out.append((match.span(), (match.group(0).strip("()` "), logs)))
    return out


def _record_files(scope: _Scope) -> dict[str, list[str]]:
    """Each record file's path -> its records: itself, or each of its logs when it holds several."""
    key = ("record files",)
    if key not in scope.memo:
        files: dict[str, list[str]] = {}
        for path, rec in scope.records.items():
            files.setdefault(rec.file or path, []).append(path)
        scope.memo[key] = files
    return scope.memo[key]


def _procedure_path(scope: _Scope) -> tuple[str, str] | None:
    """(the path as written, the record) when the procedure gives the path of one record and no other
    ("See `logs/maintenance-log.csv`." under a machine's schedule): where its claims are kept, if anywhere."""
    key = ("procedure path", scope.procedure.path)
    if key not in scope.memo:
        named = {records[0]: written for block in scope.procedure.blocks
                 for written, records in _paths_in(block.text, scope) if len(records) == 1}
        scope.memo[key] = next(((w, r) for r, w in named.items()), None) if len(named) == 1 else None
    return scope.memo[key]


# ('item codes': the record's entries are jobs on equipment the procedure lists by its codes, linking.entry_item_codes)
NAMING = ("config", "title", "procedure title", "file name", "item codes")
# words every register's columns carry ('Last Review', 'Asset / Process', 'Status'): a claim sharing only these
# with a record's columns is not about that record
COLUMN_COMMONPLACE = frozenset(st for w in MANAGEMENT_SYSTEM_WORDS | {"status", "title", "description", "process"}
                               for st in content_stems(w))


# the kind of record a name gives ('provider register', 'training matrix'): not what it is about
RECORD_KIND_STEMS = frozenset(stem(w) for w in REGISTER_KINDS | set(RECORD_HEADS) |
                              {"records", "reports", "forms", "matrix", "workbook"})


def _named_for(want: set[str], rec: RecordIndex) -> bool:
    """Whether a routine carries what the record is named for: most of the distinctive words of one of its names
    (its file name, its dated sheet's title, a log's heading). One word of two ('remediation' of
    'remediation-and-reassessment', whose dated sheet is a plan's milestones) or a column word ('Evidence held')
    is not the record's subject (drfix9, a PCI DSS programme's narrative cadences measured against registers).
    A record whose names carry no distinctive word ('log.csv') is judged by its columns as before."""
    parts = [w for w in map(_name_words, rec.name_parts) if w]
    return not parts or any(2 * sum(1 for w in p if _carried(w, want)) > len(p) for p in parts)


def _carried(word: str, want: set[str]) -> bool:
    """The name's word is one of the claim's, or shares its stem with one the stemmer cut differently
    ('inspection' of 'racking_inspections', 'inspect' of 'inspects')."""
    return word in want or any(min(len(w), len(word)) >= 5 and (w.startswith(word) or word.startswith(w))
                               for w in want)


@lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    """The distinctive words of one of a record's names, once per name in a run (a claim meets many records)."""
    return frozenset(content_stems(name) - COLUMN_COMMONPLACE - RECORD_KIND_STEMS)


def _about(want: set[str], rec: RecordIndex, configured: bool = False, routine: bool = False) -> int:
    """How many of the claim's words the record is about: words of its names, and of its columns when they are
    not the management-system words every register's columns carry (all of them for a record the config links:
    the client has said what it is about). A routine must also carry most of one of the record's names."""
    shared = want & rec.key_stems
    if not shared or configured:
        return len(shared)
    if routine and not _named_for(want, rec):
        return 0
    named = content_stems(rec.names)
    return sum(1 for w in shared if w in named or w not in COLUMN_COMMONPLACE)


def _links_of(scope: _Scope) -> dict[str, Any]:
    """The procedure's links sorted the ways its claims look them up, once per procedure rather than per
    claim: a procedure can link to every record of a large set."""
    key = ("links", scope.procedure.path)
    if key not in scope.memo:
        strong = [link for link in scope.links if link.confidence >= STRONG]
        forms: dict[str, list[Claim]] = {}
        for c in scope.claims:
            if c.kind == "form":
                forms.setdefault(c.sentence, []).append(c)
        scope.memo[key] = {"strong": strong, "weak": [link for link in scope.links if link.confidence < STRONG],
                           "strong named": [link for link in strong if _named_link(link, scope)],
                           "by path": {link.path: link for link in reversed(scope.links)},
                           "forms by sentence": forms}
    return scope.memo[key]


def _named_link(link: Link, scope: _Scope) -> bool:
    """Links by code, config, file name or title name the record; field, vocabulary or shared title
    words only resemble it. A title names it only when a form the procedure names carries the record's whole
    title: half of one ("the detection record" for a workbook with a sheet called 'Drift Detection') is a
    resemblance, as DR01 and the PS rules read it (drhold9, a PCI DSS programme's routines measured against a
    test's findings)."""
    via = {x.strip() for x in link.via.split(",")}
    if any(v.startswith("code ") or (v in NAMING and v != "title") for v in via):
        return True
    if "title" not in via or link.path not in scope.records:
        return False
    key = ("whole title", scope.procedure.path, link.path)
    if key not in scope.memo:
        names = scope.records[link.path].names
        scope.memo[key] = any(c.form_title and title_score(c.form_title, names) >= 1.0
                              for c in scope.claims if c.kind == "form")
    return scope.memo[key]


ROLE_STEMS = {stem(w) for w in ROLE_WORDS} | {"quality", "shift", "production"}


def _claim_words(claim: Claim) -> str:
    if claim.kind == "steps":
        return " ".join(claim.steps)
    if claim.kind in ("frequency", "deadline"):
        return " ".join(x for x in (claim.activity, claim.from_event) if x)
    if claim.kind == "role" and claim.role:
        # the role's own title says who, not what: 'The Vendor Risk team is responsible for' is about no risk
        # register, whatever words the team's name shares with one (drhold27); the rest of the sentence says what
        return re.sub(rf"(?<!\w){re.escape(claim.role)}(?!\w)", " ", claim.sentence, flags=re.IGNORECASE)
    return claim.sentence


def _no_record(claim: Claim, scope: _Scope, reason: str) -> DriftCheck:
    # a record that was not handed over is not evidence that the work is not done
    return _result(claim, scope, ClaimStatus.NOT_CHECKABLE, reason)


def _loc(prof: RecordProfile, row: int, col: int) -> Location:
    return prof.cell_location(row, col)


# --- DR02: cadence --------------------------------------------------------------------------

def _group_column(prof: RecordProfile) -> ColumnProfile | None:
    for c in prof.columns:
        if c.type in ("identifier", "text", "status") and GROUP_HINT.search(c.name) and \
                2 <= c.distinct <= max(2, prof.row_count // 2):
            return c
    return None


def _column(scope: _Scope, prof: RecordProfile, index: int) -> list:
    """A record column's values, read from the table once per run."""
    key = ("column", prof.path, index)
    if key not in scope.memo:
        scope.memo[key] = prof.table.column(index)
    return scope.memo[key]


class _Strip(dict):
    """(type, value) -> the value as stripped text ('' for None), made on first ask. Keyed by type too:
    True, 1 and 1.0 are one dict key but 'True', '1' and '1.0' as text."""

    def __missing__(self, key: tuple) -> str:
        value = key[1]
        text = self[key] = "" if value is None else str(value).strip()
        return text


def _stripped(scope: _Scope, prof: RecordProfile, index: int) -> list[str]:
    """A record column's cells as stripped text, each distinct value stripped once per run."""
    key = ("stripped", prof.path, index)
    if key not in scope.memo:
        values = _column(scope, prof, index)
        scope.memo[key] = list(map(_Strip().__getitem__, zip(map(type, values), values)))
    return scope.memo[key]


def _distinct_texts(scope: _Scope, prof: RecordProfile, index: int) -> set[str]:
    key = ("distinct", prof.path, index)
    if key not in scope.memo:
        scope.memo[key] = {str(v) for v in _column(scope, prof, index) if v is not None}
    return scope.memo[key]


def _rows_named(claim: Claim, prof: RecordProfile, scope: _Scope) -> set[int] | None:
    """Rows about the one item a claim names ('the Zeiss Contura CMM'), None if it names none, or every row
    (then the whole log is about it, and no row is left out)."""
    rows = _rows_naming(claim, prof, scope)
    return rows if rows and len(rows) < prof.row_count else None


def _rows_naming(claim: Claim, prof: RecordProfile, scope: _Scope) -> set[int]:
    """The rows of a log whose cell names what the claim names ('Calibration check' of 'Flow rate calibration
    check: every 30 days'); all of them in a log of that one job."""
    text = claim.activity or claim.sentence
    said = set(re.findall(r"[a-z0-9]+", text.lower()))
    acronyms = set(re.findall(r"\b[A-Z]{3,}\b", text))
    rows: set[int] = set()
    for c in prof.columns:
        # a column of a few kinds of job ("Calibration check", "Belt tension check") reads as a status column
        if c.type not in ("text", "identifier", "status") or c.distinct > 200:
            continue
        values = _column(scope, prof, c.index)
        named = set()
        for v in _distinct_texts(scope, prof, c.index):
            alpha = [w for w in re.findall(r"[a-z]+", v.lower()) if len(w) >= 3]
            head = re.match(r"[A-Z]{3,}", v.strip())
            if len(alpha) >= 2 and set(alpha) <= said or head and head.group(0) in acronyms:
                named.add(v)
        rows.update(i for i, v in enumerate(values) if v is not None and str(v) in named)
    return rows


def _item_code_column(scope: _Scope, prof: RecordProfile) -> ColumnProfile | None:
    """The column of a log of jobs naming, by their codes, the equipment the procedure lists ('Component': V-15,
    V-16, V-17 of the procedure's valves), each code on several rows: what a scheduled task is done on."""
    key = ("item codes of", scope.procedure.path)
    if key not in scope.memo:
        scope.memo[key] = item_codes_of(scope.procedure)
    listed = scope.memo[key]
    if len(listed) < ITEM_CODES:
        return None
    for c in prof.columns:
        if c.type not in ("identifier", "text", "status") or not ITEM_HEADER.search(c.name.replace("_", " ")):
            continue
        seen = [code for v in _column(scope, prof, c.index) if v is not None for code in ITEM_CODE.findall(str(v))]
        if len(set(seen) & listed) >= ITEM_CODES and len(set(seen)) < len(seen):
            return c
    return None


def _items_in(value: Any) -> list[str]:
    """The items one cell names: its equipment codes, each its own ('V-15, V-16'), else the cell as written."""
    text = str(value)
    return list(dict.fromkeys(ITEM_CODE.findall(text))) or [text]


def _items_not_kept(intervals: Sequence[tuple[int, int, str]], expected: float, limit: float,
                    share: float) -> list[tuple[str, str, int, int]]:
    """(item, what its entries show, row and days of its longest gap) of each item whose own intervals fail DR02's
    tests (median over the limit, more than `share` of them over it, or of its periods with no entry); an item
    needs two intervals (three occasions) to be measured."""
    per: dict[str, list[tuple[int, int]]] = {}
    for gap, row, item in intervals:
        per.setdefault(item, []).append((gap, row))
    out = []
    for item, own in per.items():
        if len(own) < 2:
            continue
        gaps = [g for g, _ in own]
        median = statistics.median(gaps)
        over = sum(g > limit for g in gaps)
        periods = sum(max(1, round(g / expected)) for g in gaps) if expected >= 7 else len(gaps)
        missed = periods - len(gaps)
        if median > limit or over / len(gaps) > share or missed / periods > share:
            worst = max(own)
            out.append((item, f"{item} (median interval {median:g} days, longest {worst[0]})", worst[1], worst[0]))
    return sorted(out, key=lambda b: -b[3])


def _gap(a: dt.date, b: dt.date, working: bool) -> int:
    return working_days_between(a, b) if working else (b - a).days


def _entry_groups(prof: RecordProfile, group: ColumnProfile | None, named: set[int] | None, working: bool,
                  scope: _Scope, merge_days: float = 0
                  ) -> tuple[dict[str, list[tuple[dt.date, int]]], list[tuple[int, int]], list[dt.date]]:
    """Dated entries per item (sorted), the gaps between occasions and all their dates.

    Entries less than `merge_days` after the one before, in a run shorter than twice that,
    are one occasion: a weekly round written up on five days of one week, then not for six
    weeks, was done once in seven weeks.
    The same for every claim about these rows, so computed once per run.
    """
    rows_key = ("groups", prof.path, group.index if group else None,
                frozenset(named) if named is not None else None)
    key = rows_key + (working, merge_days)
    if key in scope.memo:
        return scope.memo[key]
    if rows_key not in scope.memo:
        grouped: dict[str, list[tuple[dt.date, int]]] = {}
        keys = _column(scope, prof, group.index) if group else [None] * prof.row_count
        for i, (d, k) in enumerate(zip(prof.entry_dates, keys)):
            if d is not None and (named is None or i in named):
                # a job on several items ('V-15, V-16, V-17') is an entry of each
                for item in (_items_in(k) if group else [""]):
                    grouped.setdefault(item, []).append((d, i))
        for entries in grouped.values():
            entries.sort()
        scope.memo[rows_key] = grouped
    groups = scope.memo[rows_key]
    intervals: list[tuple[int, int, str]] = []  # (gap, row index of the later entry, item)
    for item, entries in groups.items():
        occasions: list[tuple[dt.date, int]] = []
        previous = None
        for d, row in entries:
            # an entry close after the last one, in a run shorter than two merges, is the same occasion
            if occasions and (d == previous or previous is not None and (d - previous).days < merge_days
                              and (d - occasions[-1][0]).days < 2 * merge_days):
                previous = d
                continue
            occasions.append((d, row))
            previous = d
        for (a, _), (b, row) in zip(occasions, occasions[1:]):
            intervals.append((_gap(a, b, working), row, item))
    dated = [d for entries in groups.values() for d, _ in entries]
    scope.memo[key] = groups, intervals, dated
    return groups, intervals, dated


PLAIN_DATE = {"date", "time", "day", "when", "entri", "entry"}
ROTA = re.compile(r"\b(?:in turn|rota|rotation|rotating|one at a time)\b", re.I)
PER_ITEM = re.compile(r"\b(?:each|every|all|any)\s+(?!(?:day|days|week|weeks|month|months|year|years|quarter|shift|"
                      r"shifts|hour|hours|time|times|working|business|other|morning|evening|night|fortnight|"
                      r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)\b)[a-z]", re.I)


def _unnamed(header: str | None) -> bool:
    """'B' or 'Column 5': a column the sheet gives no name, so what its dates mean is unknown."""
    return bool(header) and bool(re.fullmatch(r"[A-Z]{1,2}|Column \d+", header.strip()))


def _dates_something_else(claim: Claim, prof: RecordProfile) -> str:
    """Why the record's entry dates cannot time this routine, or "" when they can.

    A CAPA log is dated by 'Date raised': a weekly review of open CAPAs is not one of its
    rows. When the entry column names an event ('Date raised', 'Review date') that the
    activity does not, the rows record that event, not the routine; a plain 'Date' dates
    whatever the record is about.
    """
    entry = prof.entry_column or ""
    said = content_stems(claim.activity or claim.sentence) - ROLE_STEMS
    # a log named for events (incidents, complaints) has a row when one happens: a routine ('incident log
    # review: monthly', 'reviewed annually or after a major incident') is not one of its rows (multilog)
    subject = content_stems(prof.name or PurePosixPath(prof.file).stem)
    events = sorted(subject & EVENT_LOG)
    if events and not subject & ROUTINE_RECORD:
        return (f"{prof.path} logs events ('{events[0]}') as they happen: its rows cannot show how often a routine "
                f"is done")
    entry_words = content_stems(entry) - PLAIN_DATE
    if not entry_words or entry_words & said:
        return ""
    others = [c for c in prof.columns_of("date") if c.name != entry]
    named = [c.name for c in others if (content_stems(c.name) - PLAIN_DATE) & said]
    if named:
        return f"{prof.path} dates its rows by '{entry}'; '{named[0]}' is the date of this, and is not a log of it"
    ends = [c.name for c in others if content_stems(c.name) & END_WORDS]
    if ends and entry_words & START_WORDS:
        return (f"{prof.path} logs events ('{entry}' to '{ends[0]}'), not this routine: its rows cannot "
                f"show how often it is done")
    return f"{prof.path} dates its rows by '{entry}', an event the procedure does not tie to this routine"


def _check_frequency(claim: Claim, scope: _Scope) -> list[DriftCheck]:
    record, chosen, reason = _pick(claim, scope, lambda p: p in scope.profiles and
                                scope.profiles[p].last_entry is not None)
    if record is None:
        return [_no_record(claim, scope, reason)]
    return _cadence(claim, scope, record, chosen, scope.profiles[record])


def _cadence(claim: Claim, scope: _Scope, record: str, chosen: str, prof: RecordProfile) -> list[DriftCheck]:
    """The claim's cadence against the dated entries of the one record chosen for it."""
    if _unnamed(prof.entry_column):
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"the dates of {record} are in a column with no header ('{prof.entry_column}'): what they "
                        f"date is unknown", record=record, chosen=chosen, metrics={"entry_column": prof.entry_column})]
    elsewhere = _dates_something_else(claim, prof)
    if elsewhere:
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE, elsewhere, record=record, chosen=chosen,
                        metrics={"entry_column": prof.entry_column})]
    expected = float(claim.interval_days or 0)
    if 0 < expected < 1:
        return [_check_within_day(claim, scope, record, chosen, prof, expected)]
    items = _item_column(scope, prof)
    if items is not None:
        return [_check_items(claim, scope, record, chosen, prof, items, expected)]
    working = expected <= 1.5  # daily and per-shift cadences skip weekends
    # per item only when the claim says so ("each instrument is calibrated ..."): a weekly alarm
    # test from the next call point on the rota is one weekly test, not a test of each point
    # per item too when it is a schedule table's row, a task with its own interval: done on each item the log names
    per_item = (PER_ITEM.search(claim.sentence) or claim.scheduled) and not ROTA.search(claim.sentence)
    group = (_group_column(prof) or _item_code_column(scope, prof)) if per_item else None
    named = _rows_named(claim, prof, scope)
    # weekly and longer routines: entries within half an interval of each other are one occasion
    merge = expected / 2 if expected >= 7 else 0
    groups, intervals, dated = _entry_groups(prof, group, named, working, scope, merge)
    limits = scope.limits
    limit = expected * (1 + limits.cadence_tolerance) + CADENCE_SLACK_DAYS
    last = max(dated) if dated else None
    ref = scope.reference or last
    since = _gap(last, ref, working) if last and ref else None
    grace = limits.stopped_grace_days * (5 / 7 if working else 1)
    stopped = since is not None and since > limit + grace
    entry_col = prof.column(prof.entry_column or "")
    metrics: dict[str, Any] = {"expected_interval_days": round(expected, 1), "limit_days": round(limit, 1),
                               "rows": prof.row_count,
                               "dated_entries": len(dated),
                               "last_entry": last.isoformat() if last else None,
                               "days_since_last_entry": since, "reference_date": ref.isoformat() if ref else None,
                               "working_days": working}
    if group:
        metrics["grouped_by"] = group.name
        if ref is not None:
            metrics["items_overdue"] = sum(1 for entries in groups.values()
                                           if _gap(entries[-1][0], ref, working) > limit)
            metrics["items"] = len(groups)
    if named is not None:
        metrics["rows_about_item"] = len(named)
    occasions = len(intervals) + len(groups)
    bunched = bool(merge) and occasions < len(dated)
    if bunched:
        metrics["occasions"] = occasions
    evidence: list[Evidence] = []
    col = entry_col.index if entry_col else 0
    if not dated:
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE, f"no dated entries in {record} for this",
                        record=record, chosen=chosen, metrics=metrics)]
    if len(intervals) >= 2:
        gaps = [g for g, _, _ in intervals]
        median = statistics.median(gaps)
        over = [x for x in intervals if x[0] > limit]
        worst = max(intervals)
        metrics.update(median_interval_days=median, max_interval_days=worst[0], intervals=len(gaps),
                       share_over_limit=round(len(over) / len(gaps), 2))
        evidence.append(Evidence(path=record, text=f"longest gap: {worst[0]} days before this entry"
                                                   + (f" ({group.name} {worst[2]})" if group else ""),
                                 location=_loc(prof, worst[1], col)))
        late = median > limit or len(over) / len(gaps) > limits.cadence_share
        if expected >= 7:
            # a routine kept in runs with long holes between them: count the periods with no entry,
            # which a median of the short intervals inside the runs hides; counted over the periods the gaps
            # span, as `gapscan draft` counts them (the period an item's first entry is in is no gap)
            periods = sum(max(1, round(g / expected)) for g in gaps)
            missed = periods - len(gaps)
            metrics.update(periods=periods, periods_missed=missed, share_periods_missed=round(missed / periods, 2))
            gappy = missed / periods > limits.cadence_share
            late = late or gappy
        if group and len(groups) > 1:
            # a routine of each item is not kept when one item's is not: V-17 checked every 75 days is not made
            # good by V-15 and V-16 checked every 30 (pooled, their intervals hide it)
            behind = _items_not_kept(intervals, expected, limit, limits.cadence_share)
            if behind:
                metrics.update(items_not_kept=len(behind), items_not_kept_named=", ".join(b[0] for b in behind[:5]))
            if behind and not late:
                # said, and quoted, where it is the reason: the pooled tests passed
                metrics["items_not_kept_said"] = ", ".join(b[1] for b in behind[:3]) + (", ..." if len(behind) > 3
                                                                                       else "")
                for name, _, row, gap in behind[:3]:
                    if (gap, row, name) == worst:
                        continue  # the longest gap, already quoted
                    evidence.append(Evidence(path=record, text=f"{group.name} {name}: {gap} days before this entry",
                                             location=_loc(prof, row, col)))
                late = True
    else:
        # one or two dates (a register stamped once) show neither a cadence nor that it stopped
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"{len(prof.dated_entries)} dated entries on {len(intervals) + len(groups)} occasion(s) in "
                        f"{record}: too few to measure a cadence", record=record, chosen=chosen, metrics=metrics)]
    if stopped:
        last_row = max((i for entries in groups.values() for _, i in entries),
                       key=lambda i: prof.entry_dates[i] or dt.date.min)
        evidence.append(Evidence(path=record, text=f"last entry {last.isoformat()}, {since} days before "
                                                   f"the newest record date {ref.isoformat()}",
                                 location=_loc(prof, last_row, col)))
    metrics["stopped"] = stopped
    unit = "working days" if working else "days"
    if late or stopped:
        return [_result(claim, scope, ClaimStatus.DRIFTED, cadence_said(metrics, limits),
                        record=record, chosen=chosen, metrics=metrics,
                        evidence=tuple(evidence), related=(record,))]
    detail = (f"median interval {metrics.get('median_interval_days')} {unit} vs {round(expected, 1)} expected"
              if "median_interval_days" in metrics else f"last entry {since} {unit} ago")
    return [_result(claim, scope, ClaimStatus.HOLDS, detail,
                    record=record, chosen=chosen, metrics=metrics, related=(record,))]


# A register of items (a policy register, an asset register, a provider list): one row per item, each with the
# date its next review is due. Its rows are items, not occasions: the gap between one policy's review and another's
# says nothing of "reviewed annually". A log of occasions has one row per time the work was done, named by an entry
# number ('Review ID', 'Ref') or a date, and its subject repeats; a log that tests another call point each week
# (fire-alarm-test-log: 'Call point', 'Next due') names a new item on every row and is still a log: the record's
# own name must say it is a register, inventory, list, catalogue or tracker.
ITEM_RECORDS = REGISTER_KINDS - {"log", "logs", "logbook"}
ENTRY_NAME = frozenset(content_stems("entry entries log record ref reference no number line row occasion visit "
                                     "meeting")) | ROUTINE_RECORD | EVENT_LOG
ITEM_NAME_WORDS = 8  # an item's name is short: a column of longer texts is notes or descriptions


def _item_column(scope: _Scope, prof: RecordProfile) -> ColumnProfile | None:
    """The column naming each row's item when the record is a register of items, else None: named a register (or
    inventory, list, ...), with a column of when the next review is due ('Next review', 'Review due'), and a first
    text or identifier column that names a thing (not an entry number), filled and different on every row, in
    short names."""
    key = ("item column", prof.path)
    if key in scope.memo:
        return scope.memo[key]
    found = None
    named_register = set(words(PurePosixPath(prof.file).stem + " " + (prof.name or ""))) & ITEM_RECORDS
    planned = any(planned_date(c.name) and c.fill_rate >= 0.5 and c.name != prof.entry_column for c in prof.columns)
    if named_register and prof.row_count >= 2 and planned:
        first = next((c for c in prof.columns if c.type in ("identifier", "text")), None)
        if first is not None and first.fill_rate >= 0.8 and not content_stems(first.name) & ENTRY_NAME:
            names = [v for v in _stripped(scope, prof, first.index) if v]
            if len(set(names)) == len(names) and all(len(v.split()) <= ITEM_NAME_WORDS for v in names):
                found = first
    scope.memo[key] = found
    return found


def _check_items(claim: Claim, scope: _Scope, record: str, chosen: str, prof: RecordProfile, items: ColumnProfile,
                 expected: float) -> DriftCheck:
    """Each item's last review against the stated period, as of the newest day the set records anything (not
    today's date, so a rerun gives the same answer): an item past a late interval and DR02's grace for a routine
    that stopped is overdue, and one overdue item is the claim not kept."""
    limits = scope.limits
    limit = expected * (1 + limits.cadence_tolerance) + CADENCE_SLACK_DAYS
    overdue_after = limit + limits.stopped_grace_days
    ref = scope.reference
    entry = prof.entry_column or ""
    if not content_stems(entry) & (ROUTINE_RECORD | content_stems(claim.activity or claim.sentence)):
        # a provider register's 'Date' may date the provider's certificate, not Marketa's review of it
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"{record} is a register of items (one row per '{items.name}', each with its next review), not "
                       f"a log of occasions; its '{entry}' column does not say it dates each item's review",
                       record=record, chosen=chosen, metrics={"item_column": items.name, "entry_column": entry})
    named = _rows_named(claim, prof, scope)
    names = _stripped(scope, prof, items.index)
    rows = [i for i in range(prof.row_count) if names[i] and (named is None or i in named)]
    dated = [(i, prof.entry_dates[i]) for i in rows if prof.entry_dates[i] is not None]
    metrics: dict[str, Any] = {"expected_interval_days": round(expected, 1), "limit_days": round(limit, 1),
                               "rows": prof.row_count, "items": len(rows), "items_dated": len(dated),
                               "item_column": items.name, "reference_date": ref.isoformat() if ref else None}
    if not dated or ref is None:
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"{record} is a register of items (one row per '{items.name}', each with its next review), "
                       f"and none of its items has a dated last review", record=record, chosen=chosen,
                       metrics=metrics)
    late = sorted(((ref - d).days, i, d) for i, d in dated if (ref - d).days > overdue_after)[::-1]
    metrics.update(items_overdue=len(late), oldest_review=min(d for _, d in dated).isoformat())
    undated = len(rows) - len(dated)
    said = f"{len(dated)} items" + (f" ({undated} more with no dated review)" if undated else "")
    if not late:
        return _result(claim, scope, ClaimStatus.HOLDS,
                       f"all {said} in {record} reviewed within {round(overdue_after):g} days of {ref.isoformat()} "
                       f"(a register of items, one row per '{items.name}': each item's last review measured)",
                       record=record, chosen=chosen, metrics=metrics, related=(record,))
    col = prof.column(prof.entry_column or "")
    evidence = tuple(Evidence(path=record, text=f"{names[i]}: last reviewed {d.isoformat()}, {days} days before "
                                                f"{ref.isoformat()}",
                              location=_loc(prof, i, col.index if col else items.index)) for days, i, d in late[:5])
    listed = ", ".join(f"{names[i]} ({d.isoformat()})" for _, i, d in late[:5]) + (", ..." if len(late) > 5 else "")
    return _result(claim, scope, ClaimStatus.DRIFTED,
                   f"{len(late)} of {said} in {record} last reviewed more than {round(overdue_after):g} days "
                   f"(stated: {routine_word(expected)}; allowed with the {limits.cadence_tolerance:.0%} + 2-day "
                   f"tolerance and {limits.stopped_grace_days:g} days' grace) before the newest record date "
                   f"{ref.isoformat()}: {listed}",
                   record=record, chosen=chosen, metrics=metrics, evidence=evidence, related=(record,))


def _check_meetings(claim: Claim, scope: _Scope, found: list) -> DriftCheck:
    """A cadence claim about a meeting, against the minutes of that meeting (gapscan.meetings): one entry per
    file of minutes, judged over the span they cover (minutes not handed over are not meetings not held), with the
    periods of the stated cadence counted: how many the span holds, how many have minutes, which not. Minutes that
    stop long before the newest date of the set's records, or of the minutes of another meeting held beside it
    (_minutes_stopped), are drift too: the set was kept after the meetings' last minutes."""
    if len(found) > 1:
        best = max(len(s.words) for s in found)
        found = [s for s in found if len(s.words) == best]
    if len(found) > 1:
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"ambiguous: {found[0].key} and {found[1].key} could both be this meeting's")
    series = found[0]
    read = len(series.meetings) + len(series.undated)
    if len(series.unread) > read:
        # most files filed under the meeting's name were read as something else: a period without minutes may
        # be one of them, so the gaps prove nothing either way
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"only {read} of the {read + len(series.unread)} files named for the {series.name} beside "
                       f"them were read as its minutes; the other {len(series.unread)} (e.g. "
                       f"{series.unread[0]}) were read as procedures or pages, so a period without minutes may be "
                       f"one of them", metrics={"minutes_files": read, "unread_files": len(series.unread)})
    # the files named for the meeting and dated inside the span of its minutes, read as pages or procedures, are
    # meetings too: counted with the minutes, and said
    inside = [m for m in series.unread_dated if series.meetings[0][0] <= m[0] <= series.meetings[-1][0]]
    series = meetings.with_files(series, inside)
    prof = series.profile
    # the span of the minutes is all that is judged: no 'stopped' against newer dates of other records
    label = meetings.counted_label(series, len(inside))
    checks = _cadence(claim, replace(scope, reference=prof.last_entry), label, f"minutes of the {series.name}", prof)
    check = checks[0]
    evidence = []
    for ev in check.evidence:
        row = (ev.location.row or 1) - 1
        file, line = series.file(row) if 0 <= row < len(series.meetings) else (ev.path, None)
        evidence.append(replace(ev, path=file, location=Location(line=line)))
    metrics = {**check.metrics, "minutes_files": len(series.meetings), "first_meeting":
               series.meetings[0][0].isoformat(), "last_meeting": series.meetings[-1][0].isoformat()}
    if series.undated:
        metrics["minutes_undated"] = len(series.undated)
    # three dated files of minutes (a log's minimum) whose meetings fall on fewer occasions (two in one month) give
    # too few intervals to measure, but the periods they span can still be counted where the span holds more
    # periods than there are files: then some periods have none, whatever was handed over inside the span
    few = (check.status is ClaimStatus.NOT_CHECKABLE and "median_interval_days" not in check.metrics
           and len(series.meetings) >= MIN_ROWS and check.metrics.get("dated_entries", 0) >= MIN_ROWS)
    if check.status is ClaimStatus.NOT_CHECKABLE and not few:
        detail = check.detail if series.name in check.detail else \
            f"{check.detail} ({len(series.meetings)} files of minutes of the {series.name})"
        return replace(check, evidence=tuple(evidence), metrics=metrics, detail=detail)
    # meetings held more often than the rules say are not a cadence missed: no 'occasions' test
    metrics.pop("occasions", None)
    counted = meetings.calendar([d for d, _, _ in series.meetings], float(claim.interval_days or 0),
                                series.named_periods)
    if counted is not None:
        # the periods of the stated cadence the span holds, counted on the calendar (a month with no minutes),
        # stand for DR02's periods so that the message gives one count
        missing = counted["missing"]
        metrics.update(meetings_expected=counted["expected"], meetings_found=counted["found"],
                       periods_without_minutes=missing, periods=counted["expected"], periods_missed=len(missing),
                       share_periods_missed=round(len(missing) / counted["expected"], 2))
        unit = "half-yearly" if counted["unit"] == "half" else f"{counted['unit']}ly"
        said = (f"{counted['expected']} expected {counted['first']}..{counted['last']} (the span of the "
                f"minutes), {counted['found']} with minutes")
        if inside:
            said += (f", counting {len(inside)} file{'s' if len(inside) > 1 else ''} named for the meeting and read "
                     f"as {'pages or procedures' if len(inside) > 1 else 'a page or procedure'}")
    limits = scope.limits
    stop = _minutes_stopped(series, scope, metrics, claim)
    if few:
        # fewer files of minutes than the periods their span holds is itself evidence; as many or more is not
        # (minutes that stopped are, whatever the span holds)
        enough = counted is not None and counted["expected"] > len(series.meetings)
        if not enough and stop is None:
            return replace(check, evidence=tuple(evidence), metrics=metrics,
                           detail=f"{check.detail} ({len(series.meetings)} files of minutes of the {series.name})")
        if enough:
            said += (f"; {len(series.meetings)} files of minutes on {check.metrics.get('occasions', 2)} occasions: "
                     f"too few intervals to measure, so the {counted['unit']}s they span decide")
        evidence = [Evidence(path=f, location=Location(line=line), text=f"minutes of the {series.name} dated "
                                                                        f"{d.isoformat()}")
                    for d, f, line in series.meetings[:5]]
    if stop is not None:
        evidence.extend(stop[1])
    if counted is None:
        # a cadence with no calendar unit (every 6 weeks): DR02's own tests, over the span of the minutes
        if stop is not None:
            said = cadence_said({**metrics, "stopped": False}, limits) if check.status is ClaimStatus.DRIFTED \
                else check.detail
            return replace(check, status=ClaimStatus.DRIFTED, detail=f"{stop[0]}; {said}", evidence=tuple(evidence),
                           metrics=metrics, related=(label,))
        return replace(check, detail=check.detail if check.status is ClaimStatus.HOLDS else
                       cadence_said(metrics, limits), evidence=tuple(evidence), metrics=metrics,
                       related=(label,))
    # the periods without minutes decide, as a log's periods without entries do; the median and the late intervals
    # are told, and decide only when every file of minutes is dated (an undated one fills a gap they cannot see)
    median = metrics.get("median_interval_days")
    gappy = metrics["share_periods_missed"] > limits.cadence_share
    slow = median is not None and median > metrics["limit_days"] and not series.undated
    # in a client's words, as cadence_said gives a log's: the routine stated and the days the tolerance allows
    interval = ("" if median is None else
                f"median interval {median:g} days, longer than allowed (stated: "
                f"{routine_word(metrics['expected_interval_days'], 'days')}; allowed up to {metrics['limit_days']:g} "
                f"days with the {limits.cadence_tolerance:.0%} + 2-day tolerance)" if slow else
                f"median interval {median:g} days vs {metrics['expected_interval_days']:g} stated")
    share = (f"{metrics['periods_missed']} of {metrics['periods']} {counted['unit']}s without minutes "
             f"({metrics['share_periods_missed']:.0%}{f', more than {limits.cadence_share:.0%}' if gappy else ''})")
    undated = (f"; {len(series.undated)} undated file{'s' if len(series.undated) > 1 else ''} of minutes counted "
               f"in the year or month named") if series.undated else ""
    # the key numbers first, then the periods without minutes, the first named and the rest counted
    shown = ", ".join(missing[:MINUTES_NAMED]) + (f" and {len(missing) - MINUTES_NAMED} more"
                                                  if len(missing) > MINUTES_NAMED else "")
    moved = (f"the page says the minutes are kept at {metrics['minutes_kept_elsewhere']}: none in the set after "
             f"{metrics['minutes_since']} is where they moved, not the meetings stopping"
             if "minutes_kept_elsewhere" in metrics else "")
    detail = f"{unit}: " + "; ".join(x for x in (stop[0] if stop else "", share, said, interval,
                                                 f"none for {shown}" if missing else "", moved) if x) + undated
    elsewhere = _minutes_kept_elsewhere(claim, scope) if (gappy or slow) and stop is None else None
    if elsewhere is not None:
        # the page says the meeting's minutes are kept outside the set: the files here may be only some of them
        metrics["minutes_kept_elsewhere"] = elsewhere[0]
        return replace(check, status=ClaimStatus.NOT_CHECKABLE, evidence=tuple(evidence), metrics=metrics,
                       related=(label,),
                       detail=f"{detail}; but the page says the meeting's minutes are kept at {elsewhere[0]} (line "
                              f"{elsewhere[1]}): the {len(series.meetings)} files in the set may be only some of "
                              f"them, so {counted['unit']}s without minutes here show nothing either way")
    if gappy or slow or stop is not None:
        return replace(check, status=ClaimStatus.DRIFTED, detail=detail, evidence=tuple(evidence), metrics=metrics,
                       related=(label,))
    return replace(check, status=ClaimStatus.HOLDS, detail=detail, evidence=(), metrics=metrics,
                   related=(label,))


MINUTES_NAMED = 12  # periods without minutes named in DR02's message; the rest are counted
# minutes are approved, and often written up, at the next meeting: the last meeting before the set was handed over
# may have none yet, so minutes stop only when one interval more than a log's limit has passed without them
MINUTES_LAG_INTERVALS = 1


# a folder that files what is no longer in use ("archived/2021-02-22/wg-qa/README.md"): a group whose page is there
# was retired, and minutes that stop before the set's newest date are its end, not drift
ARCHIVED_FOLDER = re.compile(r"^(?:archived?|retired|deprecated|obsolete)$", re.I)


# what says, at the head of a page, that the group it is for was retired ('# This Committee is Retired', 'The Node.js
# Community Committee has been retired.', 'This working group is archived', 'The team no longer meets'): a cadence
# stated on it is a former one, as on a page filed in an archived folder (ARCHIVED_FOLDER)
RETIRED_NOTICE = re.compile(
    r"\b(?:this|the|our)\s+(?:[\w.'-]+\s+){0,4}?(?:committee|group|team|council|board|wg|sig|initiative|project|"
    r"repository|repo|body|forum)\s+(?:is|has\s+been|was|have\s+been|are)\s+(?:now\s+|permanently\s+|formally\s+)?"
    r"(?:retired|archived|disbanded|dissolved|discontinued|sunset|inactive)\b|\bno\s+longer\s+(?:meets?|meeting|holds?\s+"
    r"meetings|active)\b", re.I)
RETIRED_HEAD_BLOCKS = 4  # the blocks at a page's head (its title among them) that may say so


def _retired_notice(scope: _Scope) -> tuple[str, int | None] | None:
    """(the words, their line) where the page's title or its first blocks say the group it is for was retired or no
    longer meets; None where they say nothing of the kind ('### Completed / Retired' over a list of initiatives
    further down is no notice)."""
    for b in scope.procedure.blocks[:RETIRED_HEAD_BLOCKS]:
        if RETIRED_NOTICE.search(b.text):
            return b.text.strip(), b.location.line
    title = scope.procedure.title or ""
    return (title, None) if RETIRED_NOTICE.search(title) else None


# what says where a meeting's minutes are kept: 'Meeting minutes and agendas: in this doc', 'Notes: hackmd.io/...'
_MINUTES_KEPT = re.compile(r"\b(?:minutes|notes)\b", re.I)
_OUTSIDE = re.compile(r"^(?:https?:)?//|^www\.", re.I)
_ADDRESS = re.compile(r"\bhttps?://[^\s)>\]]+", re.I)
# a calendar's or a video call's address: where a meeting is joined or scheduled, never where its minutes are kept
_NOT_KEPT_AT = re.compile(r"calendar|\.ics\b|zoom\.us|meet\.google|teams\.microsoft|webex|meet\.jit\.si", re.I)


def _minutes_kept_elsewhere(claim: Claim | None, scope: _Scope) -> tuple[str, int | None] | None:
    """(the address, its line) where the section of the page stating the cadence says the meeting's minutes are
    kept outside the set ("## Legal Team" ... "* Meeting minutes and agendas: in [this doc](https://docs.google.com/
    ...)", "Meeting minutes and agendas: https://hackmd.io/@team/notes"); None where it says nothing of the kind. The
    section is the blocks between the headings either side of the claim's line."""
    line = claim.location.line if claim is not None and claim.location else None
    if line is None:
        return None
    section: list = []
    for b in scope.procedure.blocks:
        at = b.location.line
        if b.type is BlockType.HEADING:
            if at is not None and at > line:
                break
            section = []
            continue
        section.append(b)
    for b in section:
        if not _MINUTES_KEPT.search(b.text):
            continue
        outside = [t for t in getattr(b, "links", ()) or () if _OUTSIDE.match(t)] + _ADDRESS.findall(b.text)
        # "the usual schedule can be found on the [W3C Calendar](...) ... the agenda and notes are kept on GitHub in
        # the [meetings](...) repository": the calendar is where the meeting is scheduled, not where its notes are
        kept = [t for t in outside if not _NOT_KEPT_AT.search(t)] or outside
        if kept:
            return kept[0], b.location.line
    return None


def _minutes_stopped(series, scope: _Scope, metrics: dict, claim: Claim | None = None
                     ) -> tuple[str, list[Evidence]] | None:
    """(what is said, the evidence) where a series' minutes stop long before the newest date the set was kept to
    (never the wall clock): no minutes for longer than the stated interval's limit, one interval more for minutes
    written up at the next meeting (MINUTES_LAG_INTERVALS), and the grace a log has. The set was kept to the newest
    date of its records (scope.reference, as a log's "stopped" is judged) or to the newest minutes of another
    meeting, whichever is later: a series that stops while another held beside it goes on is a meeting that
    stopped, or whose newer minutes were not handed over. Not judged where another meeting's minutes begin only
    after this one's last (_first_day): it may be this meeting renamed, and one renamed has not stopped
    (jupyterhub/team-compass: the team meeting's reports stop in February 2023 and the HPC meeting's notes run to
    December 2023, but the Collaboration Café's notes begin in November 2023, and the guide's "team meeting"
    links to the page of those cafés).
    The last minutes' file and the record row or the other meeting's minutes holding the newest date are the
    evidence. Not judged where a file named for the meeting was read undated, or as something else and not dated by
    its name to within the span of the minutes: it may hold the later minutes. Records metrics 'reference_date',
    'days_since_last_entry' and 'stopped' on `metrics`, and 'reference_minutes' (the other meeting's name) where the
    newest date is its minutes'."""
    last_day, last_file, last_line = series.meetings[-1]
    metrics["stopped"] = False
    if any(ARCHIVED_FOLDER.match(part) for part in PurePosixPath(scope.procedure.path).parts[:-1]):
        return None  # a cadence stated on a page filed as archived is a retired group's: its minutes end with it
    others = [s for s in scope.meetings if s.key != series.key and (s.meetings or s.named_periods)]
    home = _minutes_area(series)
    if any(_first_day(s) > last_day and _minutes_area(s) & home for s in others):
        # another meeting's minutes filed beside these begin after these end: it may be this meeting renamed
        return None
    ref = scope.reference
    beside = max(((s.meetings[-1], s) for s in others if s.meetings), key=lambda t: t[0][0], default=None)
    by_minutes = beside is not None and (ref is None or beside[0][0] > ref)
    if by_minutes:
        ref = beside[0][0]
    limit = float(metrics.get("limit_days") or 0)
    # a file named for the meeting and read as something else may hold later minutes, unless its name dates it to
    # within the span of the minutes (then it is counted among them: with_files)
    dated = {path for _, path, _ in series.unread_dated}
    later = any(path not in dated for path in series.unread) or any(d > last_day for d, _, _ in series.unread_dated)
    if ref is None or not limit or series.undated or later or ref <= last_day:
        return None
    since = (ref - last_day).days
    expected = float(metrics.get("expected_interval_days") or 0)
    if since <= limit + MINUTES_LAG_INTERVALS * expected + scope.limits.stopped_grace_days:
        return None
    elsewhere = _minutes_kept_elsewhere(claim, scope)
    if elsewhere is not None:
        # the page says the minutes are kept outside the set: the folder's minutes ending is where they moved, not
        # the meeting stopping (spdx/meetings: the teams' newer minutes are in Google Docs and HackMD)
        metrics.update(minutes_kept_elsewhere=elsewhere[0], minutes_since=last_day.isoformat())
        return None
    metrics.update(stopped=True, days_since_last_entry=since, reference_date=ref.isoformat())
    evidence = [Evidence(path=last_file, location=Location(line=last_line),
                         text=f"last minutes of the {series.name}, dated {last_day.isoformat()}")]
    allowed = (f"(allowed up to {limit + MINUTES_LAG_INTERVALS * expected:g} days, one interval more than a log for "
               f"minutes written up at the next meeting)")
    if by_minutes:
        (_, file, line), other = beside
        metrics["reference_minutes"] = other.name
        evidence.append(Evidence(path=file, location=Location(line=line),
                                 text=f"newest minutes of the {other.name}, dated {ref.isoformat()}"))
        said = (f"no minutes since {last_day.isoformat()}, {since} days before the newest minutes of the "
                f"{other.name} ({ref.isoformat()} in {file}), a meeting held beside it {allowed}: the meetings "
                f"stopped while others went on, or their newer minutes were not handed over")
        return said, evidence
    where = ""
    for path, prof in sorted(scope.profiles.items()):
        rows = [i for i, d in enumerate(prof.entry_dates) if d == ref]
        if rows:
            col = prof.column(prof.entry_column or "")
            evidence.append(Evidence(path=path, location=_loc(prof, rows[-1], col.index if col else 0),
                                     text=f"newest record date in the set: {ref.isoformat()}"))
            where = f" in {path}"
            break
    said = (f"no minutes since {last_day.isoformat()}, {since} days before the newest record date "
            f"{ref.isoformat()}{where} {allowed}: the meetings stopped, or their "
            f"newer minutes were not handed over")
    return said, evidence


def _minutes_area(series) -> set[str]:
    """The folders a series' minutes are filed beside: the folder above each of its minutes' folders, a folder a year
    ('minutes/general/2024') read as the folder above the years. A meeting renamed files its minutes there, in the
    same folder or a sibling ('meetings/community', 'meetings/collab-cafe'); another group's folder
    ('wg-outreach/meeting-notes' beside 'wg-upgrades/meeting-notes') is another group's."""
    out = set()
    for path in [p for _, p, _ in series.meetings] + list(series.undated):
        folder = PurePosixPath(path).parent
        while folder.name and meetings.YEAR_FOLDER.match(folder.name):
            folder = folder.parent
        out.add(str(folder.parent))
    return out


def _first_day(series) -> dt.date:
    """The first day a series of minutes covers: its first dated minutes, or the first period an undated file is
    named for ('Collab Cafe 2023.md': 1 January 2023), whichever is earlier."""
    named = [dt.date(year, month or 1, 1) for year, month in series.named_periods]
    return min([*(d for d, _, _ in series.meetings[:1]), *named])


def _report_unit(claim: Claim) -> str | None:
    """The period of the claim's cadence a series of reports can be dated by (a quarter, month, half-year or year):
    reports dated only to their period check that cadence and no other."""
    return next((u for lo, hi, u in meetings.PERIODS if u in meetings.REPORT_UNITS
                 and lo <= float(claim.interval_days or 0) <= hi), None)


REPORT_EVIDENCE = 12  # files quoted at most: those either side of the first gaps


def _check_reports(claim: Claim, scope: _Scope, found: list) -> DriftCheck:
    """A reporting claim ("each initiative provides quarterly updates", "we post a monthly update") against the
    reports filed one per subject and period of its cadence (meetings.report_series; the series all of one unit):
    each subject judged over the span of its own reports (a subject that started late or stopped, or was renamed,
    is not a report missed), the periods of that span without a report named by subject, as DR02 names the periods
    without minutes."""
    unit = found[0].unit
    word = meetings.REPORT_UNIT_WORD[unit]
    units = {"quarter": "quarters", "month": "months", "half": "half-years", "year": "years"}[unit]

    def label(q: tuple[int, int]) -> str:
        return meetings.period_label(unit, q)

    def after(q: tuple[int, int]) -> tuple[int, int]:
        return meetings.next_period(unit, q)

    limits = scope.limits
    expected = found_n = 0
    missing: list[str] = []
    behind: list[str] = []
    evidence: list[Evidence] = []
    for series in found:
        name = series.subject or series.folder or "reports"
        held = dict(series.files)
        q, last, span, lacking = series.quarters[0], series.quarters[-1], 0, []
        while q <= last:
            span += 1
            if q not in held:
                lacking.append(q)
            q = after(q)
        expected += span
        found_n += len(series.quarters)
        missing.extend(f"{name}: {label(x)}" for x in lacking)
        if lacking and len(lacking) / span > limits.cadence_share:
            behind.append(f"{name} ({len(lacking)} of {span} {units})")
        # the reports either side of each run of quarters without one
        for i in range(1, len(series.files)):
            (q0, p0), (q1, p1) = series.files[i - 1], series.files[i]
            if after(q0) == q1 or len(evidence) >= REPORT_EVIDENCE:
                continue
            none = [x for x in lacking if q0 < x < q1]
            evidence.append(Evidence(path=p0, text=f"{name}: {label(q0)}, then no report for "
                                                   f"{', '.join(label(x) for x in none)}"))
            evidence.append(Evidence(path=p1, text=f"{name}: {label(q1)}, the next report"))
    folders = sorted({s.folder for s in found})
    files = sum(len({path for _, path in s.files}) for s in found)  # a file of two months is one file
    noun = found[0].noun
    record = (f"{word} {noun}s in {', '.join(f + '/' for f in folders) or 'the set'} ({files} file"
              f"{'' if files == 1 else 's'}, {len(found)} subject{'' if len(found) == 1 else 's'})")
    share = round(len(missing) / expected, 2) if expected else 0.0
    first = min(s.quarters[0] for s in found)
    last_q = max(s.quarters[-1] for s in found)
    metrics = {"expected_interval_days": round(float(claim.interval_days or 0), 1), "report_files": files,
               "subjects": len(found), "reports_expected": expected, "reports_found": found_n,
               "periods_without_record": missing, "periods": expected, "periods_missed": len(missing),
               "share_periods_missed": share, "first_report": label(first), "last_report": label(last_q)}
    if behind:
        metrics["subjects_not_kept"] = behind
    gappy = share > limits.cadence_share
    shown = ", ".join(missing[:12]) + (", …" if len(missing) > 12 else "")
    detail = (f"{word}: {expected} expected {label(first)}..{label(last_q)} (each subject over the span of its own "
              f"{noun}s), {found_n} with a {noun}{'; none for ' + shown if missing else ''}; {len(missing)} of "
              f"{expected} {units} without a {noun} ({share:.0%}{f', more than {limits.cadence_share:.0%}' if gappy else ''})"
              + (f"; not kept for {', '.join(behind[:5])}{', …' if len(behind) > 5 else ''}" if behind else ""))
    if gappy or behind:
        return _result(claim, scope, ClaimStatus.DRIFTED, detail, record=record, metrics=metrics,
                       evidence=tuple(evidence), related=(record,))
    return _result(claim, scope, ClaimStatus.HOLDS, detail, record=record, metrics=metrics)


# a stated interval in days (as the claims give it: 12 months = 365.2) and the word a client uses for it
ROUTINE_WORDS = ((1, "daily"), (7, "weekly"), (14, "fortnightly"), (30.4, "monthly"), (91.3, "quarterly"),
                 (182.6, "half-yearly"), (365.2, "yearly"), (730.5, "every 2 years"), (1095.7, "every 3 years"))


def routine_word(expected: float, unit: str = "days") -> str:
    """'yearly' for 365.2 days, 'weekly' for 7; 'every 10 days' where no word fits."""
    if unit == "days":
        for days, word in ROUTINE_WORDS:
            if abs(expected - days) <= 0.01 * days + 0.05:
                return word
    return f"every {expected:g} {unit}"


def periods_word(expected: float) -> str:
    """'yearly periods', or 'periods of 10 days' where no word fits."""
    word = routine_word(expected)
    return f"{word} periods" if not word.startswith("every ") else f"periods of {expected:g} days"


def cadence_said(m: dict, limits) -> str:
    """Which of DR02's tests the records failed, each with its numbers and its limit; what they passed follows
    as context, so a median on time is never given as the reason a routine is not kept. Empty for a routine of
    every few hours, measured within the day, which has its own wording. It is the drifted claim's detail, which
    the documents' claims table and DR02's message both show, so the two never disagree."""
    if "limit_days" not in m or "median_interval_days" not in m:
        return ""
    unit = "working days" if m.get("working_days") else "days"
    expected, limit, median = m["expected_interval_days"], m["limit_days"], m["median_interval_days"]
    share, most = m.get("share_over_limit", 0.0), limits.cadence_share
    failed, passed = [], []
    said = (f"median interval {median:g} {unit}, longer than allowed (stated: {routine_word(expected, unit)}; "
            f"allowed up to {limit:g} {unit} with the {limits.cadence_tolerance:.0%} + 2-day tolerance)")
    (failed if median > limit else passed).append(
        said if median > limit else f"median interval {median:g} {unit} vs {expected:g} stated")
    said = f"{share:.0%} of {m['intervals']} intervals over {limit:g} {unit}"
    (failed if share > most else passed).append(said + (f" (more than {most:.0%})" if share > most else ""))
    if "periods" in m:
        gappy = m["share_periods_missed"] > most
        per = (f", counted per {m['grouped_by']} ({m['items']} items)" if m.get("grouped_by") and "items" in m
               else "")
        said = (f"{m['periods_missed']} of {m['periods']} {periods_word(expected)} have no entry "
                f"({m['share_periods_missed']:.0%}{f', more than {most:.0%}' if gappy else ''}){per}")
        (failed if gappy else passed).append(said)
    if m.get("items_not_kept_said"):
        failed.append(f"{m['items_not_kept']} of {m.get('items', 'the')} items ({m['grouped_by']}) over the limit on "
                      f"their own: {m['items_not_kept_said']}")
    if m.get("occasions"):
        failed.append(f"{m['dated_entries']} entries made on only {m['occasions']} occasions (entries under "
                      f"{expected / 2:g} days apart counted once)")
    if m.get("stopped"):
        failed.append(f"no entry for {m['days_since_last_entry']} {unit} since {m['last_entry']} (newest record "
                      f"date {m['reference_date']})")
    return "; ".join(failed + ([f"within the limits: {', '.join(passed)}"] if passed else []))


TIME_CELL = re.compile(r"^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*$")
WITHIN_DAY_SLACK_HOURS = 0.5  # added to a within-day limit: a 2-hourly check done at 2h20 is on time


def _minute_of_day(value: Any) -> int | None:
    if isinstance(value, dt.datetime):
        return value.hour * 60 + value.minute if (value.hour, value.minute) != (0, 0) else None
    if isinstance(value, dt.time):
        return value.hour * 60 + value.minute
    m = TIME_CELL.match(str(value)) if isinstance(value, str) else None
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def _time_column(prof: RecordProfile, scope: _Scope) -> tuple[int, list[int | None]] | None:
    """The column holding each entry's time of day ('06:07'), and its minutes per row; None if no column does.
    Read once per record: every hourly routine of every procedure linked to it asks again."""
    key = ("time column", prof.path)
    if key not in scope.memo:
        scope.memo[key] = _read_time_column(prof)
    return scope.memo[key]


def _read_time_column(prof: RecordProfile) -> tuple[int, list[int | None]] | None:
    for c in prof.columns:
        if c.type not in ("text", "status", "date", "number", "identifier"):
            continue
        values = prof.table.column(c.index)
        # each distinct value read once (a column of 2,000 rows holds a few hundred times of day), and the
        # rows mapped only for the column that holds times; True, 1 and 1.0 share a key but none is a time
        counts = Counter(values)
        of = {v: _minute_of_day(v) for v in counts}
        found = sum(n for v, n in counts.items() if of[v] is not None)
        if found >= 3 and found >= 0.8 * (len(values) - counts[None] - counts[""]):
            return c.index, list(map(of.__getitem__, values))
    return None


def _check_within_day(claim: Claim, scope: _Scope, record: str, chosen: str, prof: RecordProfile,
                      expected: float) -> DriftCheck:
    """An every-N-hours routine ("every 2 hours while the line runs"), measured between entries of the
    same day from the rows' times; days apart are not intervals (the line does not run overnight)."""
    hours = round(expected * 24, 2)
    limit = hours * (1 + scope.limits.cadence_tolerance) + WITHIN_DAY_SLACK_HOURS
    timed = _time_column(prof, scope)
    per_day = Counter(d for d in prof.entry_dates if d is not None)
    metrics: dict[str, Any] = {"expected_interval_hours": round(hours, 2), "rows": prof.row_count,
                               "days_with_entries": len(per_day),
                               "median_entries_per_day": statistics.median(per_day.values()) if per_day else 0}
    if timed is None:
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"{record} dates its rows but holds no time of day: an interval of {hours:g} hours cannot be "
                       f"measured ({metrics['median_entries_per_day']:g} entries on the median day)",
                       record=record, chosen=chosen, metrics=metrics)
    col, minutes = timed
    day_rows: dict[dt.date, list[tuple[int, int]]] = {}
    for i, (day, minute) in enumerate(zip(prof.entry_dates, minutes)):
        if day is not None and minute is not None:
            day_rows.setdefault(day, []).append((minute, i))
    gaps: list[tuple[float, int]] = []  # hours since the entry before on the same day, and the row
    for entries in day_rows.values():
        entries.sort()
        gaps += [((b - a) / 60, i) for (a, _), (b, i) in zip(entries, entries[1:])]
    metrics["time_column"] = prof.table.header[col] if col < len(prof.table.header) else str(col)
    if len(gaps) < 2:
        return _result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                       f"{len(gaps)} interval(s) within a day in {record}: too few to measure an interval of "
                       f"{hours:g} hours", record=record, chosen=chosen, metrics=metrics)
    median = statistics.median(g for g, _ in gaps)
    over = [x for x in gaps if x[0] > limit]
    worst = max(gaps)
    metrics.update(median_interval_hours=round(median, 2), max_interval_hours=round(worst[0], 2),
                   intervals=len(gaps), share_over_limit=round(len(over) / len(gaps), 2))
    said = (f"median interval {median:.1f} hours vs {hours:g} expected, between entries of the same day; "
            f"{round(100 * len(over) / len(gaps))}% of {len(gaps)} intervals over {limit:g} hours")
    if median > limit or len(over) / len(gaps) > scope.limits.cadence_share:
        evidence = (Evidence(path=record, text=f"longest gap in a day: {worst[0]:.1f} hours before this entry",
                             location=_loc(prof, worst[1], col)),)
        return _result(claim, scope, ClaimStatus.DRIFTED, said, record=record, chosen=chosen, metrics=metrics,
                       evidence=evidence, related=(record,))
    return _result(claim, scope, ClaimStatus.HOLDS, said, record=record, chosen=chosen, metrics=metrics,
                   related=(record,))


# --- DR03: deadlines --------------------------------------------------------------------------

def _column_for_event(event: str | None, dates: list[ColumnProfile], words: set[str],
                      exclude: ColumnProfile | None = None) -> ColumnProfile | None:
    """The date column an event names ('raising the NCR' -> 'Date raised'); None if none does."""
    want = content_stems(event or "") - ROLE_STEMS
    best, best_score = None, 0
    for c in dates:
        if c is exclude:
            continue
        have = content_stems(c.name)
        shared = len(want & have)
        score = 2 * shared + (1 if have & words else 0) if shared else 0
        if score > best_score:
            best, best_score = c, score
    return best


def _event_dates(prof: RecordProfile) -> list[ColumnProfile]:
    """Date columns of things that happened: 'Last Review' to 'Next Review' is a planned cycle, not a delay."""
    return [c for c in prof.columns_of("date") if not planned_date(c.name)]


def _check_deadline(claim: Claim, scope: _Scope) -> list[DriftCheck]:
    def usable(path: str) -> bool:
        prof = scope.profiles.get(path)
        if prof is None:
            return False
        n = len(_event_dates(prof))
        return n >= 2 or (claim.from_event == "start of the month" and n >= 1)

    record, chosen, reason = _pick(claim, scope, usable)
    if record is None:
        return [_no_record(claim, scope, reason)]
    prof = scope.profiles[record]
    dates = _event_dates(prof)
    limit = float(claim.limit_days or 0)
    ref = scope.reference
    from gapscan.dates import working_days_between

    if claim.from_event == "start of the month":
        to_col = _column_for_event(claim.to_event, dates, END_WORDS) or prof.column(prof.entry_column or "")
        if to_col is None:
            return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE, "no date column for the deadline",
                            record=record, chosen=chosen)]
        from_col = None
        pairs = [(i, d.replace(day=1), d) for i, d in enumerate(to_col.dates) if d]
    else:
        from_col = _column_for_event(claim.from_event, dates, START_WORDS) if claim.from_event else None
        if from_col is None and not claim.from_event:
            entry = prof.column(prof.entry_column or "")
            from_col = entry if entry is not None and entry.type == "date" else None
        to_col = _column_for_event(claim.to_event, dates, END_WORDS, exclude=from_col) if from_col else None
        if from_col is None or to_col is None or _unnamed(from_col.name) or _unnamed(to_col.name):
            return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                            f"{record} has no pair of date columns for "
                            + (f"'{claim.from_event}' and " if claim.from_event else "")
                            + f"'{claim.to_event}'", record=record, chosen=chosen)]
        pairs = [(i, a, b) for i, (a, b) in enumerate(zip(from_col.dates, to_col.dates)) if a]
    deltas: list[tuple[float, int]] = []
    open_overdue: list[int] = []
    for i, start, end in pairs:
        if end is None:
            if ref is not None and (ref - start).days > limit:
                open_overdue.append(i)
            continue
        if claim.from_event == "start of the month":
            delta = working_days_between(start, end) + (1 if start.weekday() < 5 else 0) if claim.working_days \
                else (end - start).days + 1
        else:
            delta = working_days_between(start, end) if claim.working_days else (end - start).days
        deltas.append((delta, i))
    metrics: dict[str, Any] = {"limit_days": limit, "working_days": claim.working_days,
                               "from_column": from_col.name if from_col else "start of month",
                               "to_column": to_col.name, "rows": len(deltas) + len(open_overdue)}
    if len(deltas) + len(open_overdue) < MIN_ROWS:
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"{len(deltas)} completed items in {record}: too few to judge", record=record, chosen=chosen,
                        metrics=metrics)]
    late = [x for x in deltas if x[0] > limit]
    values = [d for d, _ in deltas]
    median = statistics.median(values) if values else None
    share_late = len(late) / len(deltas) if deltas else 0.0
    share_open = len(open_overdue) / (len(deltas) + len(open_overdue))
    metrics.update(median_days=median, max_days=max(values) if values else None, late=len(late),
                   closed=len(deltas), open_overdue=len(open_overdue), share_late=round(share_late, 2))
    evidence = tuple(Evidence(path=record, text=f"{d} days against a limit of {limit:g}",
                              location=_loc(prof, i, to_col.index)) for d, i in sorted(late, reverse=True)[:3])
    evidence += tuple(Evidence(path=record, text="still open past the limit",
                               location=_loc(prof, i, to_col.index)) for i in open_overdue[:2])
    unit = "working days" if claim.working_days else "days"
    detail = (f"median {median} {unit} vs limit {limit:g}; {round(100 * share_late)}% of {len(deltas)} "
              f"completed items late, {len(open_overdue)} open past the limit")
    share_limit = scope.limits.deadline_share
    drifted = (share_late > share_limit or share_open > share_limit
               or (median is not None and median > limit))
    return [_result(claim, scope, ClaimStatus.DRIFTED if drifted else ClaimStatus.HOLDS, detail,
                    record=record, chosen=chosen, metrics=metrics, evidence=evidence if drifted else (),
                    related=(record,))]


# --- DR04: required fields ---------------------------------------------------------------------

RESULT_FIELDS = re.compile(r"^(result|outcome|pass/fail|pass or fail|status|ok|accept(ed)?|decision)$", re.I)


SIGNATURE_FIELDS = re.compile(r"^(?:initials|signature|sign(?:ed)?|name|signed by|name and role|"
                              r"(?:name|initials) of the \w+)$", re.I)


def _result_column(name: str, prof: RecordProfile) -> str | None:
    """'the result' is held by a column of results (Pass/Fail, Y/N, ticks) when none is called that;
    one result column per test piece or item is still the result."""
    from gapscan.nlp.claims import RESULT_VALUE

    if not RESULT_FIELDS.match(name.strip()):
        return None
    ticks = prof.columns_of("boolean")
    if len(ticks) == 1:
        return ticks[0].name
    results = [c for c in prof.columns_of("boolean", "status")
               if c.top_values and sum(n for v, n in c.top_values if RESULT_VALUE.match(v.strip()))
               >= 0.8 * sum(n for _, n in c.top_values)]
    return results[0].name if results else None


def _signature_column(name: str, prof: RecordProfile) -> str | None:
    """'your initials' or 'signature' is held by the column of who did it ('Checked by', 'Tested by')."""
    if not SIGNATURE_FIELDS.match(name.strip()):
        return None
    subjects = _subject_columns(prof)
    people = [c for c in prof.columns_of("person") if (DOER_HEADER.search(c.name) or APPROVE_HEADER.search(c.name))
              and c not in subjects]
    return people[0].name if people else None


# what went wrong, by any of its names: the 'findings' a procedure asks for are a log's 'Issues Found'
PROBLEMS = re.compile(r"\b(?:findings?|issues?|problems?|defects?|faults?|deficienc(?:y|ies)|anomal(?:y|ies)|"
                      r"non-?conformit(?:y|ies)|nc(?:r)?s?)\b", re.I)


def _problem_column(name: str, prof: RecordProfile) -> str | None:
    """'findings' (or 'issues', 'defects') is held by the one column named for problems found, whatever it
    calls them; a field that says more than that ('findings closed') is no such field."""
    if not PROBLEMS.fullmatch(name.strip()):
        return None
    columns = [str(h) for h in prof.table.header if h and PROBLEMS.search(str(h))]
    return columns[0] if len(columns) == 1 else None


FREE_TEXT = re.compile(r"\b(notes?|comments?|remarks?|details?|description|observations?)\b", re.I)
LABELLED_MIN = 2  # values the procedure writes under a field's label that one column must hold
LABELLED_WORDS = 0.6  # share of a cell's content words found in the value written under the label


def _labelled_values(name: str, procedure: Document, memo: dict) -> list:
    """The content stems of each value the procedure writes under the label `name` ("Root cause: ..."), two stems
    at least: read once per procedure and field (`memo`: the run's shared memo), whatever records are linked."""
    key = ("labelled values", procedure.path, name)
    if key not in memo:
        label = re.compile(rf"(?:^|[.;]\s+){re.escape(name)}\s*:\s*([^:]+?)(?=$|[.;]\s+[A-Z][\w ]{{0,30}}:)", re.I)
        values = []
        for b in procedure.blocks:
            if name[:4].lower() in b.text.lower():
                values.extend(v for m in label.finditer(b.text) if len(v := content_stems(m.group(1))) >= 2)
        memo[key] = values
    return memo[key]


def _labelled_column(name: str, prof: RecordProfile, procedure: Document, memo: dict | None = None) -> str | None:
    """The column that holds a field under another name, shown by the procedure's own words: it writes each entry's
    value under the field's label ("Root cause: Recovery plan not updated to reflect the new EMS ...") and one text
    column of the record holds those values, each cell's content words (60% of them, two at least) in a value
    written under the label, for two of the values at least and half of them ('Weakness': "Recovery plan not updated
    for new EMS"). Read from the documents, not a list of synonyms: a 'Weakness' column is a control's deficiency in
    one register and a finding's cause in another. None when no column, or more than one, holds them. `memo`: where
    the procedure's values are kept between records (_labelled_values)."""
    values = _labelled_values(name, procedure, {} if memo is None else memo)
    if len(values) < LABELLED_MIN:
        return None
    found = []
    for col in prof.columns:
        if col.type != "text":
            continue
        held = set()
        for cell in prof.table.column(col.index):
            words = content_stems(cell) if isinstance(cell, str) else set()
            if len(words) >= 2:
                held.update(i for i, v in enumerate(values) if len(words & v) >= LABELLED_WORDS * len(words))
        if len(held) >= LABELLED_MIN and 2 * len(held) >= len(values):
            found.append(col.name)
    return found[0] if len(found) == 1 else None


def _optional_field(claim: Claim, name: str) -> bool:
    """A field the sentence asks for only when there is one: 'and any purges', 'any damage'."""
    first = re.escape(name.split()[0])
    return re.search(rf"\bany\s+(?:[\w%-]+[\s/]+){{0,2}}?{first}(?!\w)", claim.sentence, re.I) is not None


def _free_text_column(prof: RecordProfile) -> str | None:
    return next((h for h in prof.table.header if h and FREE_TEXT.search(str(h))), None)


def _check_fields(claim: Claim, scope: _Scope) -> list[DriftCheck]:
    def usable(path: str) -> bool:
        prof = scope.profiles.get(path)
        return prof is not None and any(field_header(f, prof.table.header) for f in claim.fields)

    record, chosen, reason = _pick(claim, scope, usable)
    if record is None:
        return [_no_record(claim, scope, reason)]
    prof = scope.profiles[record]
    if claim.phrase == "possession":
        return _check_possession(claim, scope, record, chosen, prof)
    link = _links_of(scope)["by path"].get(record)
    named = chosen.startswith("named in the sentence") or (link is not None and _named_link(link, scope))
    # a missing column is drift only in the record the procedure names outright (in the sentence,
    # by code, file name or config); a record found by its title may be another of that kind
    exact = chosen.startswith("named in the sentence") or (link is not None and any(
        v.strip().startswith("code ") or v.strip() in ("config", "file name") for v in link.via.split(",")))
    headers = {name: field_header(name, prof.table.header) or _result_column(name, prof)
               or _signature_column(name, prof) or _problem_column(name, prof) for name in claim.fields}
    # a field the record holds under a name of its own, shown by the values the procedure writes under its label
    labelled = {name: h for name in claim.fields if headers[name] is None
                and (h := _labelled_column(name, prof, scope.procedure, scope.memo))}
    headers.update(labelled)
    # a record with a column for nearly every field the sentence lists is the record it describes
    described = len(claim.fields) >= 3 and sum(1 for h in headers.values() if h) >= 0.8 * len(claim.fields)
    out = []
    for name in claim.fields:
        header = headers[name]
        metrics: dict[str, Any] = {"field": name, "rows": prof.row_count}
        if header is None and claim.phrase == "mandatory":
            out.append(_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                               f"{record} has no column for '{name}': the procedure may mean an activity, not a "
                               f"field", record=record, chosen=chosen, subject=name))
            continue
        if _optional_field(claim, name):
            # "... and any quirks": written only when there are some, in its own column or in the notes
            notes, own = _free_text_column(prof), prof.column(header) if header is not None else None
            where = (f"it may be written in '{notes}'" if header is None and notes else
                     "empty rows are expected" if own is not None
                     and 1 - own.fill_rate >= scope.limits.empty_share else None)
            if where is not None:
                out.append(_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                                   f"'{name}' is recorded only when there is any: {where}", record=record,
                                   chosen=chosen, subject=name))
                continue
        if header is None and not exact:
            # a record that only resembles the one meant (shared fields or words) lacking a column
            # says nothing: the record the procedure means may be another one
            out.append(_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                               f"{record} has no column for '{name}', but the procedure does not name this "
                               f"record outright: it may mean another", record=record, chosen=chosen, subject=name))
            continue
        col = prof.column(header) if header is not None else None
        if col is not None and not (named or described) and 1 - col.fill_rate >= scope.limits.empty_share:
            out.append(_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                               f"'{header}' empty in {round(100 * (1 - col.fill_rate))}% of rows, but {record} is "
                               f"only like the record meant (linked by resemblance)", record=record, chosen=chosen,
                               subject=name))
            continue
        if header is None:
            # no such column is not a column left empty: no share of empty rows to give
            metrics.update(column=None, recorded="not recorded in this log (no such column)")
            out.append(_result(claim, scope, ClaimStatus.DRIFTED,
                               f"{record} has no column for '{name}'", record=record, chosen=chosen, metrics=metrics,
                               related=(record,), subject=name,
                               evidence=(Evidence(path=record, text="columns: " + ", ".join(prof.table.header),
                                                  location=prof.table.location),)))
            continue
        col = prof.column(header)
        share_empty = round(1 - col.fill_rate, 2) if col else 1.0
        metrics.update(column=header, share_empty=share_empty)
        # a yes/no column answered 'No' ('Approval: No') says the field's thing was not given in that row: it is not
        # what the procedure requires recorded, any more than an empty cell is
        said_no = _answered_no(prof, col) if col is not None and (GIVEN_FIELD.search(name)
                                                                  or GIVEN_FIELD.search(header)) else []
        if said_no:
            share_empty = round(share_empty + len(said_no) / max(prof.row_count, 1), 2)
            metrics.update(share_empty=share_empty, answered_no=len(said_no))
        if share_empty >= scope.limits.empty_share:
            empty_rows = [i for i, v in enumerate(prof.table.column(col.index))
                          if v is None or (isinstance(v, str) and not v.strip())][:3]
            said = (f"'{header}' empty or answered 'No'" if said_no and empty_rows else
                    f"'{header}' answered 'No'" if said_no else f"'{header}' empty")
            out.append(_result(claim, scope, ClaimStatus.DRIFTED,
                               f"{said} in {round(100 * share_empty)}% of {prof.row_count} rows",
                               record=record, chosen=chosen, metrics=metrics, related=(record,), subject=name,
                               evidence=tuple(Evidence(path=record, text=f"'{header}' empty",
                                                       location=_loc(prof, i, col.index)) for i in empty_rows)
                               + tuple(Evidence(path=record, text=f"'{header}': {prof.table.column(col.index)[i]}",
                                                location=_loc(prof, i, col.index)) for i in said_no[:3])))
        else:
            held = (f", holding what the procedure writes under '{name}'" if name in labelled else "")
            if name in labelled:
                metrics["column_by_values"] = True
            no = f" (answered 'No' in {len(said_no)} of {prof.row_count})" if said_no else ""
            out.append(_result(claim, scope, ClaimStatus.HOLDS,
                               f"'{header}' filled in {round(100 * (1 - share_empty))}% of rows{no}{held}",
                               record=record, chosen=chosen, metrics=metrics, subject=name))
    return out


def _holder_rows(claim: Claim, prof: RecordProfile) -> tuple[list[int], str | None]:
    """The rows of a register that are the claim's holder ("Critical-tier vendors": the rows whose 'Inherent Risk
    Tier' reads 'Critical'), and the column and value that tell them: a word of the holder before its head that is
    a whole cell of one column in some of its rows, not all. A holder no column tells apart ("Production changes"
    in a log of production changes) is every row."""
    words = re.split(r"[\s/-]+", (claim.holder or "").lower())[:-1]
    for word in (w for w in words if len(w) >= 3):
        for col in prof.columns:
            if col.type not in ("text", "status"):
                continue
            values = prof.table.column(col.index)
            rows = [i for i, v in enumerate(values) if isinstance(v, str) and v.strip().lower() == word]
            if 0 < len(rows) < prof.row_count:
                return rows, f"'{col.name}' {values[rows[0]].strip()}"
    return list(range(prof.row_count)), None


def _check_possession(claim: Claim, scope: _Scope, record: str, chosen: str, prof: RecordProfile
                      ) -> list[DriftCheck]:
    """'Critical-tier vendors require an on-file SOC 2 Type II report': each of the holder's rows must have each
    field. A yes/no column answered 'No' records the thing not had, row by row, so one such row of the holder's is
    the claim not kept; empty cells count against DR04's share, as for any field. No column for the thing says
    nothing: a register need not show everything each of its items has (the report may be filed elsewhere)."""
    rows, told_by = _holder_rows(claim, prof)
    of = f"{len(rows)} rows of {claim.holder} ({told_by})" if told_by else f"{len(rows)} rows"
    out = []
    for name in claim.fields:
        header = field_header(name, prof.table.header)
        if header is None or not rows:
            out.append(_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                               f"{record} has no column for '{name}': what each of {claim.holder} has may be "
                               f"shown elsewhere", record=record, chosen=chosen, subject=name))
            continue
        col = prof.column(header)
        values = prof.table.column(col.index)
        answered_no = set(_answered_no(prof, col))  # once per column, not once per row
        said_no = [i for i in rows if i in answered_no]
        empty = [i for i in rows if values[i] is None or (isinstance(values[i], str) and not values[i].strip())]
        share_empty = round(len(empty) / len(rows), 2)
        metrics: dict[str, Any] = {"field": name, "column": header, "rows": prof.row_count, "rows_checked": len(rows),
                                   "answered_no": len(said_no), "share_empty": share_empty}
        if told_by:
            metrics["holder_rows"] = told_by
        if said_no or share_empty >= scope.limits.empty_share:
            said = "; ".join(x for x in (f"answered 'No' in {len(said_no)}" if said_no else "",
                                         f"empty in {len(empty)}" if empty else "") if x)
            evidence = tuple(Evidence(path=record, text=f"'{header}': {values[i]}", location=_loc(prof, i, col.index))
                             for i in said_no[:3]) + tuple(Evidence(path=record, text=f"'{header}' empty",
                                                                    location=_loc(prof, i, col.index))
                                                           for i in empty[:3 - min(3, len(said_no))])
            out.append(_result(claim, scope, ClaimStatus.DRIFTED,
                               f"'{header}' {said} of the {of} in {record}; the procedure requires it of each of "
                               f"{claim.holder}", record=record, chosen=chosen, metrics=metrics, related=(record,),
                               subject=name, evidence=evidence))
        else:
            out.append(_result(claim, scope, ClaimStatus.HOLDS,
                               f"'{header}' given in all {of}", record=record, chosen=chosen, metrics=metrics,
                               subject=name))
    return out


# a field the row must have been given ('Approval', 'Manager_Approval', 'Testing_Evidence', 'Signed off',
# 'Business_Justification'): answered 'No', it was not given; a result ('OK', 'Pass', 'Result') answered 'No' is a
# result recorded, the check failed, not a field left unfilled
GIVEN_FIELD = re.compile(r"(?:approv|authori[sz]|sign(?:ed|ature|[\s_-]?off)|evidence|justif|verified|"
                         r"consent|documented)", re.I)


def _answered_no(prof: RecordProfile, col: ColumnProfile) -> list[int]:
    """The rows of a yes/no column (records' 'boolean' type) answered 'No' (or unticked, or False); none for any other
    column. 'N/A' is an answer that the thing did not apply, not that it was left undone."""
    if col.type != "boolean":
        return []
    return [i for i, v in enumerate(prof.table.column(col.index))
            if v is False or (isinstance(v, str) and v.strip().lower() in NO_TICKS)]


# --- DR05: roles -------------------------------------------------------------------------------

def initials(role: str) -> str:
    return "".join(w[0] for w in role.split() if w[:1].isalpha()).upper()


# a body of people whose members act for it: "The GRC team maintains the register" is kept where the GRC Manager or a
# GRC Analyst signs (a committee decides together: one member's signature is not the committee's)
TEAM_WORDS = frozenset("team teams department dept group function unit".split())


def role_matches(role: str, value: str) -> bool:
    """'Quality Manager' matches 'Quality Manager', 'quality mgr', 'QM'; a team matches a role of that team ('GRC
    team' matches 'GRC Manager', 'GRC Analyst'), never the other way round: a procedure that names the GRC Manager
    asks for that role, and 'GRC team' does not show it (drhold27's grcerca)."""
    from rapidfuzz import fuzz

    v = value.strip()
    if not v:
        return False
    if len(role.split()) > 1 and v.replace(".", "").upper() == initials(role):
        return True
    if fuzz.token_set_ratio(role.lower(), v.lower()) >= 85 or fuzz.ratio(role.lower(), v.lower()) >= 85:
        return True
    return _member_of(role, v)


def _member_of(team: str, value: str) -> bool:
    """Whether `value` is a role of the team `team` names: every word of the team's name but its last ('GRC' of 'GRC
    team') in the value, and a role word beside them ('GRC Manager'), no team word ('GRC group')."""
    words = re.findall(r"[a-z]+", team.lower())
    if len(words) < 2 or words[-1] not in TEAM_WORDS:
        return False
    got = set(re.findall(r"[a-z]+", value.lower()))
    return set(words[:-1]) <= got and not got & TEAM_WORDS and bool((got - set(words[:-1])) & ROLE_WORDS)


def _role_like(value: str) -> bool:
    """A role title ('Shift Lead', 'QA inspector'), not a person's name or initials."""
    return bool(set(re.findall(r"[a-z]+", value.lower())) & ROLE_WORDS)


SIGN_WORDS = re.compile(r"\b(approved|approval|approver|authori[sz]ed|signed|sign(?:ature|-off|ed off)?|off|"
                        r"verified|verification|checked|countersigned|released|reviewed|by|initials|name|date|"
                        r"performed|completed|done)\b", re.I)


@lru_cache(maxsize=4096)
def header_role(header: str) -> str | None:
    """The role a sign-off column names: 'Approved by (Plant Manager)', 'QA Lead signature'."""
    # a bare 'Owner' or 'Operator' header names the column's job, not a role that signed
    inner = re.findall(r"\(([^)]*)\)", header)
    outer = re.sub(r"\([^)]*\)", " ", header)
    for text in inner + ([outer] if SIGN_WORDS.search(outer) else []):
        rest = " ".join(SIGN_WORDS.sub(" ", text).replace(":", " ").split())
        if rest and _role_like(rest) and len(rest.split()) <= 4:
            return rest
    return None


def _subject_columns(prof: RecordProfile) -> list[ColumnProfile]:
    """The columns naming whom each entry is about ('Employee Name', 'Leaver') and, when there is one, a bare
    'Role' column beside them, which is that person's job ('Role Ended'), not the role that did the step."""
    def actor(name: str) -> bool:
        return bool(re.search(r"\bby\b", name, re.I) or APPROVE_HEADER.search(name))

    subjects = [c for c in prof.columns if SUBJECT_HEADER.search(c.name) and not actor(c.name)]
    if not subjects:
        return []
    roles = [c for c in prof.columns if re.search(r"\brole\b", c.name, re.I) and not actor(c.name)
             and not DOER_HEADER.search(c.name)]
    return subjects + roles


def _role_column(claim: Claim, prof: RecordProfile) -> ColumnProfile | None:
    subjects = _subject_columns(prof)
    people = [c for c in prof.columns_of("person") if c not in subjects]
    # a sign-off column that names the claimed role is where that role signs
    named = [c for c in people if (r := header_role(c.name)) and role_matches(claim.role or "", r)]
    if len(named) == 1:
        return named[0]
    if claim.responsibility != "approving":
        roles = [c for c in people if re.search(r"\brole\b", c.name, re.I)]
        if len(roles) == 1:
            return roles[0]
    if claim.responsibility == "approving":
        # 'Approved by' before 'Verified by' when both are signed: approval is the act claimed
        return next((c for c in people if re.search(r"approv|authori[sz]", c.name, re.I)),
                    next((c for c in people if APPROVAL_HEADER.search(c.name)), None))
    action = (claim.action or "")[:5].lower()
    by_action = [c for c in people if action and action in c.name.lower() and not APPROVE_HEADER.search(c.name)]
    if by_action:
        return by_action[0]
    doers = [c for c in people if DOER_HEADER.search(c.name) and not APPROVE_HEADER.search(c.name)]
    return doers[0] if len(doers) == 1 else None


_ACT = re.compile(r"approv|authori[sz]|verif|check|sign|releas|review|rais|swab|test|inspect|perform|complet|"
                  r"handl|clos|investig|receiv|accept", re.I)


@lru_cache(maxsize=4096)
def _act(header: str) -> str:
    """What a sign-off column records: 'approv' for 'Approved (Technical Manager)'."""
    m = _ACT.search(header)
    return m.group(0).lower() if m else ""


def _role_source(prof: RecordProfile, col: ColumnProfile) -> tuple[ColumnProfile | None, str | None]:
    """Where the role of each entry in `col` is written: a Role column beside it, or its header.

    A column of initials or names under 'Verified (QA Lead)' says the QA Lead signed; a
    'Role' column next to a 'Name' column says which role each person acted in.
    """
    if re.search(r"\brole\b", col.name, re.I):
        return None, None
    subjects = _subject_columns(prof)
    roles = [c for c in prof.columns if c is not col and re.search(r"\brole\b", c.name, re.I) and c not in subjects]
    beside = [c for c in roles if abs(c.index - col.index) == 1]
    people = [c for c in prof.columns_of("person") if c is not col and c not in roles]
    role_col = beside[0] if beside else roles[0] if len(roles) == 1 and not people else None
    return role_col, header_role(col.name)


def _entry_roles(scope: _Scope, prof: RecordProfile, col: ColumnProfile,
                 claimed: str) -> tuple[Counter, Callable[[str], list[tuple[int, int]]], str]:
    """How many entries of a person column each role did, the first (row, column) cells a role
    signed, and where the roles were read.

    When sign-off columns name their roles ('Approved (Purchasing Manager)', 'Approved
    (Technical Manager)'), every row one of them signed is an entry, done by the claimed
    role when its column is signed on that row: a column the claimed role signs in 6 rows
    of 28 is not 6 out of 6.
    """
    key = ("roles", prof.path, col.index)
    if key not in scope.memo:
        rows, source = _signed_rows(scope, prof, col)
        scope.memo[key] = rows, Counter(signed for _, signed in rows), source
    rows, patterns, source = scope.memo[key]
    is_claimed = {r: role_matches(claimed, r) for r in {role for signed in patterns for role, _ in signed}}

    def pick(signed: tuple) -> tuple[str, int]:
        # a row signed by several roles counts for the claimed one when it is among them
        return next((s for s in signed if is_claimed[s[0]]), signed[0])

    def cells_of(role: str) -> list[tuple[int, int]]:
        return [(i, pick(signed)[1]) for i, signed in rows if pick(signed)[0] == role][:3]

    counts: Counter = Counter()
    for signed, n in patterns.items():
        counts[pick(signed)[0]] += n
    return counts, cells_of, source


def _signed_rows(scope: _Scope, prof: RecordProfile, col: ColumnProfile
                 ) -> tuple[list[tuple[int, tuple[tuple[str, int], ...]]], str]:
    """Per entry of a person column, every (role, column) that signed the row; where roles were read."""
    role_col, from_header = _role_source(prof, col)
    if role_col is None and from_header:
        act = _act(col.name)
        signers = [(c, header_role(c.name)) for c in prof.columns_of("person")
                   if header_role(c.name) and _role_source(prof, c)[0] is None and _act(c.name) == act]
        entries = [(role, c.index) for c, role in signers]
        # per signer column, whether each row is signed; a row's signers picked out of them in C
        flags = [list(map(bool, _stripped(scope, prof, c.index)[:prof.row_count])) for c, _ in signers]
        for f in flags:
            f.extend([False] * (prof.row_count - len(f)))
        out = [(i, tuple(compress(entries, row))) for i, row in enumerate(zip(*flags)) if True in row]
        names = ", ".join(f"'{c.name}'" for c, _ in signers)
        return out, f"header{'s' if len(signers) > 1 else ''} {names}"
    cells = _stripped(scope, prof, col.index)
    roles = _stripped(scope, prof, role_col.index) if role_col else [""] * len(cells)
    out = []
    for i, (v, r) in enumerate(zip(cells, roles)):
        if v:
            out.append((i, ((r or from_header or v, col.index),)))
    source = (f"column '{role_col.name}'" if role_col else "") + \
        (" and " if role_col and from_header else "") + (f"header '{col.name}'" if from_header else "")
    return out, source or f"column '{col.name}'"


# a document's control block: 'Approved by: CEO' (the label's colon), the approval of the document itself
_DOCUMENT_APPROVAL = re.compile(r"\bapproved\s+by\s*:", re.I)
_TITLE_HEADER = re.compile(r"^\s*(?:document\s+)?(?:title|name)\s*$|^\s*document\s*$", re.I)
_DOC_ID_HEADER = re.compile(r"^\s*(?:doc(?:ument)?\.?\s*)(?:id|no\.?|number|code|ref)\s*$", re.I)
_APPROVER_HEADER = re.compile(r"^\s*(?:approver|approved\s+by|approval\s+by)\s*$", re.I)
TITLE_WORDS = 2  # a register's title of fewer content words names no one document ('Plan')


def _document_rows(scope: _Scope) -> list[tuple[str, RecordProfile, ColumnProfile, ColumnProfile | None,
                                                ColumnProfile]]:
    """The document registers of the set: (path, profile, title column, code column, approver column)."""
    key = ("document registers",)
    if key not in scope.memo:
        found = []
        for path in scope.records:
            prof = scope.profiles.get(path)
            if prof is None:
                continue
            title = next((c for c in prof.columns if _TITLE_HEADER.match(c.name)), None)
            approver = next((c for c in prof.columns if _APPROVER_HEADER.match(c.name)), None)
            if title is not None and approver is not None:
                code = next((c for c in prof.columns if _DOC_ID_HEADER.match(c.name)), None)
                found.append((path, prof, title, code, approver))
        scope.memo[key] = found
    return scope.memo[key]


def _document_approval(claim: Claim, scope: _Scope) -> DriftCheck | None:
    """'Approved by: CEO' in the procedure's own control block, against the Approver its row of a document
    register names: the row whose title is the procedure's (every content word of it in the procedure's title,
    at least TITLE_WORDS), or whose document code the procedure's title or file name carries. None when no
    register has one such row (or rows that disagree): the claim is then checked as any other."""
    proc = scope.procedure
    name = " ".join(x for x in (proc.title or "", PurePosixPath(proc.path).stem) if x)
    have = content_stems(name)
    rows = []
    for path, prof, title, code, approver in _document_rows(scope):
        titles, codes = _column(scope, prof, title.index), _column(scope, prof, code.index) if code else None
        for i, value in enumerate(titles):
            want = content_stems(str(value or ""))
            by_title = len(want) >= TITLE_WORDS and want <= have
            coded = codes is not None and bool(str(codes[i] or "").strip()) and \
                bool(code_pattern(str(codes[i]).strip()).search(name))
            if by_title or coded:
                rows.append((path, prof, i, title, code, approver))
    said = {str(_column(scope, prof, approver.index)[i] or "").strip().lower()
            for path, prof, i, _, _, approver in rows}
    if not rows or len(said) != 1 or "" in said:
        return None
    path, prof, i, title, code, approver = rows[0]
    value = str(_column(scope, prof, approver.index)[i]).strip()
    doc = str(_column(scope, prof, title.index)[i]).strip()
    ref = f" ({str(_column(scope, prof, code.index)[i]).strip()})" if code else ""
    metrics = {"roles_expected": [claim.role], "roles_seen": [value], "column": approver.name,
               "roles_from": f"column '{approver.name}'", "rows": 1, "document": doc + ref}
    evidence = (Evidence(path=path, text=f"{approver.name}: {value} ('{doc}'{ref})",
                         location=_loc(prof, i, approver.index)),)
    if role_matches(claim.role or "", value):
        return _result(claim, scope, ClaimStatus.HOLDS, f"{path} names {value} as {approver.name} of '{doc}'{ref}",
                       record=path, metrics=metrics, evidence=evidence)
    return _result(claim, scope, ClaimStatus.DRIFTED,
                   f"{path} names {value} as {approver.name} of '{doc}'{ref}, row {i + 1}",
                   record=path, metrics=metrics, related=(path,), evidence=evidence)


def _check_role(claim: Claim, scope: _Scope) -> list[DriftCheck]:
    def usable(path: str) -> bool:
        prof = scope.profiles.get(path)
        return prof is not None and _role_column(claim, prof) is not None

    if claim.responsibility == "approving" and _DOCUMENT_APPROVAL.search(claim.sentence):
        checked = _document_approval(claim, scope)
        if checked is not None:
            return [checked]
    record, chosen, reason = _pick(claim, scope, usable)
    if record is None:
        return [_no_record(claim, scope, reason)]
    prof = scope.profiles[record]
    col = _role_column(claim, prof)
    counts, cells_of, source = _entry_roles(scope, prof, col, claim.role or "")
    total = sum(counts.values())
    # what a Role column or a sign-off header says is a role, whatever the title ('Shunter')
    said_roles = source != f"column '{col.name}'" or bool(re.search(r"\brole\b", col.name, re.I))
    role_like = total if said_roles else \
        sum(n for v, n in counts.items() if _role_like(v) or role_matches(claim.role or "", v))
    seen = counts.most_common(5)
    metrics: dict[str, Any] = {"roles_expected": [claim.role], "roles_seen": [f"{v} ({n})" for v, n in seen],
                               "column": col.name, "roles_from": source, "rows": total}
    if _owner_column(col.name) and not OWNING_ACT.match(claim.action or ""):
        # a register's 'Risk Owner' names who owns each entry, by design a different role per risk: it shows who
        # is answerable for the entries, not who maintains, reviews or updates the register (drhold27)
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"'{col.name}' names who owns each entry, not who did what the procedure assigns "
                        f"('{claim.action or 'acts'}')", record=record, chosen=chosen, metrics=metrics)]
    if total < MIN_ROWS:
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE, f"{total} entries in '{col.name}'",
                        record=record, chosen=chosen, metrics=metrics)]
    if role_like < 0.5 * total:
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"'{col.name}' holds people's names, not roles: cannot tell who holds "
                        f"the {claim.role} role", record=record, chosen=chosen, metrics=metrics)]
    matched = sum(n for v, n in counts.items() if role_matches(claim.role or "", v))
    share = round(matched / total, 2)
    metrics["share_expected"] = share
    where = f" (roles from {source})" if source != f"column '{col.name}'" else ""
    if share >= scope.limits.role_share:
        return [_result(claim, scope, ClaimStatus.HOLDS, f"{claim.role} in {round(100 * share)}% of entries{where}",
                        record=record, chosen=chosen, metrics=metrics)]
    if not matched and (claim.role or "").lower().split()[-1:] == ["owner"]:
        # the data owner, the risk owner: whoever owns that data or risk, which a column of job titles cannot show
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"the {claim.role} is whoever owns what the entry is about; '{col.name}' names job "
                        f"titles, not who owned it", record=record, chosen=chosen, metrics=metrics)]
    others = [(v, n) for v, n in seen if not role_matches(claim.role or "", v)]
    rows = cells_of(others[0][0])
    who = ", ".join(f"{v} ({n} of {total})" for v, n in others[:3])
    return [_result(claim, scope, ClaimStatus.DRIFTED,
                    f"records show {who} in '{col.name}'{where}; {claim.role} in {matched} of {total}",
                    record=record, chosen=chosen, metrics=metrics, related=(record,),
                    evidence=tuple(Evidence(path=record, text=_signed(prof.columns[j].name,
                                                                      _column(scope, prof, j)[i], others[0][0]),
                                            location=_loc(prof, i, j)) for i, j in rows))]


# the acts an owner column can show: being answerable for the entries, not doing something to the record
OWNING_ACT = re.compile(r"(?:responsib|accountab|own|assign|in charge)", re.I)


def _owner_column(header: str) -> bool:
    """'Risk Owner', 'Owner', 'Action owner': whom each entry is assigned to, not a sign-off ('Owner sign-off',
    'Closed by owner', 'Owner (Quality Manager)')."""
    return bool(re.search(r"\bowners?\b", header, re.I)) and not re.search(r"\bby\b", header, re.I) \
        and not SIGN_WORDS.search(header) and header_role(header) is None


def _signed(column: str, value, role: str) -> str:
    value = str(value).strip()
    said = value == role or role.lower() in column.lower()
    return f"{column}: {value}" + ("" if said else f" ({role})")


# --- DR06: steps -------------------------------------------------------------------------------

OVERALL = re.compile(r"^(?:result|outcome|overall|status|pass/fail|released|accepted|accept)\b", re.I)
PERIOD_HEADER = re.compile(r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|"
                           r"(?:wednes|thurs|satur)day|week\s*\d+|day\s*\d+|shift\s*\w*|early|late|night|am|pm|"
                           r"\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?|\d{4}-\d{2}-\d{2})$", re.I)


def checklist_items(prof: RecordProfile) -> tuple[tuple[str, ...], list[Location]]:
    """The items a checklist record tracks: item rows ticked off, tick-box or score columns."""
    # 'Result' or 'Released Y/N' sums the checks up; it is not one of them
    bools = [c for c in prof.columns_of("boolean") if not OVERALL.match(c.name.strip())]
    if not bools:
        return _scored_items(prof)
    texts = [c for c in prof.columns if c.type in ("text", "status", "identifier") and c.fill_rate >= 0.5]
    texts.sort(key=lambda c: (c.type != "text", -sum(len(v) * n for v, n in c.top_values)))
    # tick columns per day or shift ('Mon', 'Tue', ... or dates) are when, the item rows are what
    by_period = all(PERIOD_HEADER.match(c.name.strip()) for c in bools)
    if texts and (len(bools) <= 3 or by_period):
        col = texts[0]
        seen: dict[str, int] = {}
        for i, v in enumerate(prof.table.column(col.index)):
            if v is not None and str(v).strip() and str(v).strip() not in seen:
                seen[str(v).strip()] = i
        return tuple(seen), [_loc(prof, i, col.index) for i in seen.values()]
    if len(bools) >= 3:
        return tuple(c.name for c in bools), [prof.table.location for _ in bools]
    return (), []


RUN_ROWS_DATED = 0.5  # of a record's rows, the share that must carry an entry date for its rows to be runs


def items_are_columns(prof: RecordProfile, items: Sequence[str]) -> bool:
    """Whether a checklist's items are its columns (tick or score columns, one row per time it was filled), not its
    rows (one item a row, ticked off)."""
    header = {str(h).strip() for h in prof.table.header if h is not None}
    return bool(items) and all(x in header for x in items)


def rows_are_runs(prof: RecordProfile) -> bool:
    """Whether a record's rows are runs of the work: dated by an entry column (not by a due or target date) on
    at least half its rows. A register's rows are items (a risk, an asset, a supplier): its number columns
    ('Likelihood', 'Impact') are each item's attributes, not the checks done on a run."""
    return prof.entry_column is not None and prof.row_count > 0 and \
        len(prof.dated_entries) >= RUN_ROWS_DATED * prof.row_count


def _item_boxes(prof: RecordProfile, items: Sequence[str]) -> dict[str, tuple[bool, Location]] | None:
    """Each item's one tick box (ticked?, where) when the checklist is one filled copy: one box column, each
    item on one row (a Word checklist's content-control boxes). None for a log of many checks, a column per
    day, or anything else."""
    bools = [c for c in prof.columns_of("boolean") if not OVERALL.match(c.name.strip())]
    if len(bools) != 1 or not items:
        return None
    box = bools[0]
    out: dict[str, tuple[bool, Location]] = {}
    want = set(items)
    for i, row in enumerate(prof.table.rows):
        value = row[box.index] if box.index < len(row) else None
        named = [str(v).strip() for v in row if isinstance(v, str) and str(v).strip() in want]
        if not named:
            continue
        if named[0] in out or not isinstance(value, bool):
            return None
        out[named[0]] = (value, _loc(prof, i, box.index))
    return out if len(out) == len(want) else None


def _scored_items(prof: RecordProfile) -> tuple[tuple[str, ...], list[Location]]:
    """A score sheet's item columns ('Sort', 'Shine', ...): numeric columns other than totals."""
    cols = [c for c in prof.columns if c.type == "number" and not re.search(r"total|sum|score$|qty|cost|%",
                                                                                c.name, re.I)]
    if len(cols) < 3:
        return (), []
    return tuple(c.name for c in cols), [prof.table.location for _ in cols]


def align_steps(steps: Sequence[str], items: Sequence[str]) -> dict[str, Any]:
    """Match each recorded item to its closest step, then measure how far the order agrees.

    One step may be split into several checklist items ("check the route card and the
    drawing revision"), so several items may share a step; a step no item matches was
    never recorded, an item no step matches is practice the procedure lacks.
    """
    from rapidfuzz import fuzz

    def norm(text: str) -> set[str]:
        return (content_stems(text) - STEP_FILLER) or set(text.lower().split())

    sa, sb = [norm(s) for s in steps], [norm(s) for s in items]
    item_step: dict[int, int] = {}
    for j, said in enumerate(sb):
        # coverage: how much of what the item says the step says too; Dice breaks ties
        # in favour of the step closest in length and content
        best = max(((len(said & sa[i]) / len(said), 2 * len(said & sa[i]) / (len(said) + len(sa[i])), i)
                    for i in range(len(sa))), default=None)
        if best is not None and best[0] >= ITEM_COVERAGE:
            item_step[j] = best[2]
            continue
        alike = max(((fuzz.token_sort_ratio(" ".join(sorted(said)), " ".join(sorted(sa[i]))), i)
                     for i in range(len(sa))), default=None)
        if alike is not None and alike[0] >= ITEM_PARAPHRASE:
            item_step[j] = alike[1]
    covered = set(item_step.values())
    order = [item_step[j] for j in sorted(item_step)]
    in_order = _lis_nondecreasing(order)
    matched_steps = len(covered)
    similarity = (matched_steps + len(item_step)) / (len(steps) + len(items)) if steps or items else 1.0
    return {"matched": matched_steps, "matched_items": len(item_step), "in_order": in_order, "item_step": item_step,
            "out_of_order": len(order) - in_order, "similarity": round(similarity, 2),
            "steps_missing": [steps[i] for i in range(len(steps)) if i not in covered],
            "items_extra": [items[j] for j in range(len(items)) if j not in item_step]}


def _lis_nondecreasing(seq: list[int]) -> int:
    """Items already in the procedure's order: the longest non-decreasing run of step numbers."""
    import bisect

    tails: list[int] = []
    for x in seq:
        k = bisect.bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def _check_steps(claim: Claim, scope: _Scope) -> list[DriftCheck]:
    enough = max(2, round(0.3 * len(claim.steps)))

    def overlap(path: str) -> int:
        prof = scope.profiles.get(path)
        if prof is None:
            return 0
        items, _ = checklist_items(prof)
        if items and items_are_columns(prof, items) and not rows_are_runs(prof):
            return 0  # a register's columns are its items' attributes: no steps done
        return align_steps(claim.steps, items)["matched"] if items else 0

    def usable(path: str) -> bool:
        if overlap(path) >= enough:
            return True
        prof = scope.profiles.get(path)
        return prof is not None and len(step_columns(claim.steps, prof)) >= enough

    record, chosen, reason = _pick(claim, scope, usable)
    by_columns = _log_of_steps(claim, scope)
    if by_columns is not None and by_columns[0] != record and (record is None or overlap(record) < enough and len(
            step_columns(claim.steps, scope.profiles[record])) < by_columns[1]):
        # a linked log with a column for most of the steps is the process's log, whatever the procedure calls it,
        # before a record it names that holds fewer (cmt: changes.csv, 4 of 5 steps, and a change log of 2)
        record, chosen = by_columns[0], f"its columns record {by_columns[1]} of the {len(claim.steps)} steps"
    if record is None:
        return [_no_record(claim, scope, reason)]
    prof = scope.profiles[record]
    items, _ = checklist_items(prof)
    if items and items_are_columns(prof, items) and not rows_are_runs(prof) and (
            by_columns is None or by_columns[0] != record):
        first = prof.columns[0].name if prof.columns else "item"
        return [_result(claim, scope, ClaimStatus.NOT_CHECKABLE,
                        f"{record}'s rows are items (one per '{first}'), not dated runs of the procedure: its "
                        f"columns ({', '.join(repr(x) for x in items[:3])}{', ...' if len(items) > 3 else ''}) are "
                        f"each item's attributes, not the steps done on a run",
                        record=record, chosen=chosen,
                        metrics={"steps": len(claim.steps), "items": len(items), "rows": prof.row_count,
                                 "rows_dated": len(prof.dated_entries)})]
    if overlap(record) < enough:
        return [_steps_in_log(claim, scope, record, chosen, prof)]
    items, locations = checklist_items(prof)
    result = align_steps(claim.steps, items)
    metrics: dict[str, Any] = {"steps": len(claim.steps), "items": len(items), "matched": result["matched"],
                               "similarity": result["similarity"], "steps_missing": result["steps_missing"],
                               "items_extra": result["items_extra"], "out_of_order": result["out_of_order"]}
    drifted = bool(result["steps_missing"] or result["items_extra"] or metrics["out_of_order"]) \
        and result["similarity"] <= scope.limits.max_similarity
    # one filled copy of a checklist: a step whose every box is unticked is on the form but not shown done
    boxes = _item_boxes(prof, items)
    unticked: list[tuple[str, Location]] = []
    if boxes is not None:
        metrics["boxes_ticked"] = sum(1 for t, _ in boxes.values() if t)
        metrics["boxes_unticked"] = len(boxes) - metrics["boxes_ticked"]
        by_step: dict[int, list[str]] = {}
        for j, i in result["item_step"].items():
            by_step.setdefault(i, []).append(items[j])
        unticked = [(x, boxes[x][1]) for i in sorted(by_step) if not any(boxes[x][0] for x in by_step[i])
                    for x in by_step[i]]
        metrics["steps_unticked"] = sorted({claim.steps[i] for i in by_step
                                            if not any(boxes[x][0] for x in by_step[i])})
    if not drifted and not unticked:
        return [_result(claim, scope, ClaimStatus.HOLDS, f"all {len(claim.steps)} steps recorded in order",
                        record=record, chosen=chosen, metrics=metrics)]
    extra_loc = [locations[items.index(x)] for x in result["items_extra"][:3]]
    parts = []
    if unticked:
        parts.append(f"{len(metrics['steps_unticked'])} of {len(claim.steps)} steps not ticked "
                     f"({metrics['boxes_unticked']} of {len(boxes)} boxes unticked)")
    if result["steps_missing"] and drifted:
        parts.append(f"{len(result['steps_missing'])} step(s) never recorded")
    if result["items_extra"] and drifted:
        parts.append(f"{len(result['items_extra'])} recorded item(s) the procedure lacks")
    if metrics["out_of_order"] and drifted:
        parts.append(f"{metrics['out_of_order']} step(s) recorded out of order")
    return [_result(claim, scope, ClaimStatus.DRIFTED, "; ".join(parts) + f" (similarity {result['similarity']})",
                    record=record, chosen=chosen, metrics=metrics, related=(record,),
                    evidence=tuple(Evidence(path=record, text=f"box unticked: {x}", location=loc)
                                   for x, loc in unticked[:5])
                    + tuple(Evidence(path=record, text=f"item not in the procedure: {x}", location=loc)
                            for x, loc in zip(result["items_extra"][:3] if drifted else (), extra_loc))
                    + tuple(Evidence(path=scope.procedure.path, text=f"step never recorded in {record}: {x}",
                                     location=claim.location)
                            for x in (result["steps_missing"][:3] if drifted else ())))]


# --- DR06: a log with a column per step (a change log's 'Requested', 'Approved on', 'Implemented on') ----------

# words of a column header that say what kind of value it holds, not which step it records
_COLUMN_KIND_WORDS = frozenset(content_stems("date dates day on at status state level score notes note comments "
                                             "comment remarks details detail result results time when who by "
                                             "name names number no id ref reference value"))
# a cell that shows its step not done yet; "N/A" is a step someone judged not to apply, so it is no gap
NOT_DONE = frozenset({"pending", "awaiting", "waiting", "not done", "not yet", "no", "-", "--", "none", "open",
                      "planned", "scheduled", "not started", "not yet started", "to do", "todo", "tbd", "tba"})
# drift when more than this share of a log's entries record a later step with an earlier one left blank (and
# at least two entries do): one skipped cell in a long log is a slip of the pen, not a practice
STEP_SKIP_SHARE = 0.1
_STEP_NAME = re.compile(r"\s+[\u2013\u2014-]\s+|:\s+")
STEP_NAME_WORDS = 6  # a step's name, before its dash or colon, is this many words at most


STEP_LOG_SHARE = 0.6  # of a process's steps, the share a log's columns must record to be its log by its columns


def _log_of_steps(claim: Claim, scope: _Scope) -> tuple[str, int] | None:
    """(path, steps recorded) of the one strongly linked log, by any signal, whose columns record most of the claim's
    steps (STEP_LOG_SHARE, three at least); None when none does, or two do."""
    want = max(3, math.ceil(STEP_LOG_SHARE * len(claim.steps)))
    found = [(link.path, n) for link in _links_of(scope)["strong"] if link.path in scope.profiles
             for n in (len(step_columns(claim.steps, scope.profiles[link.path])),) if n >= want]
    return found[0] if len(found) == 1 else None


def _step_name(step: str) -> str:
    """A step's name: 'Approval' of 'Approval – The change board approves ...'; the whole step when unnamed."""
    parts = _STEP_NAME.split(step, maxsplit=1)
    return parts[0] if len(parts) == 2 and len(parts[0].split()) <= STEP_NAME_WORDS else step


def _step_key(step: str) -> str:
    """What a log's column must name to stand for a step: the step's name, or for a step written as one
    instruction its first word, the action ('Approve' of 'Approve the change in the board meeting'): a column
    sharing a word with a long instruction ('Decision', 'Summary') is not that step."""
    name = _step_name(step)
    return name if name != step else (step.split() or [""])[0]


def step_columns(steps: Sequence[str], prof: RecordProfile) -> dict[int, list[int]]:
    """By step (index): the columns of a log that record it. A column records a step when the words of its
    header, less the words for the kind of value ('date', 'status'), are all in that step's name and in no other
    step's; identifiers and columns never filled record no step."""
    names = [content_stems(_step_key(s)) - STEP_FILLER for s in steps]
    out: dict[int, list[int]] = {}
    for col in prof.columns:
        if col.type == "identifier" or col.fill_rate == 0:
            continue
        words = content_stems(col.name) - _COLUMN_KIND_WORDS
        holders = [i for i, name in enumerate(names) if words and all(_stem_in(w, name) for w in words)]
        if len(holders) == 1:
            out.setdefault(holders[0], []).append(col.index)
    return out


def _stem_in(word: str, stems: set[str]) -> bool:
    """Whether a stem is among these, or one of them begins the other ('approv' of 'approved', 'approval': the
    stemmer leaves '-al' on)."""
    return word in stems or len(word) >= 5 and any(len(s) >= 5 and (s.startswith(word) or word.startswith(s))
                                                   for s in stems)


def _done(value: Any) -> bool:
    if value is None or value is False:
        return False
    text = str(value).strip().lower()
    return bool(text) and text not in NOT_DONE


def _steps_in_log(claim: Claim, scope: _Scope, record: str, chosen: str, prof: RecordProfile) -> DriftCheck:
    """The steps checked against a log with a column per step: each entry is one pass through the procedure, and
    an entry that records a later step with an earlier one blank skipped it."""
    columns = step_columns(claim.steps, prof)
    order = sorted(columns)
    entries = 0
    skips: list[tuple[int, int]] = []  # (row, first step skipped)
    skipped_steps: Counter = Counter()
    for r, row in enumerate(prof.table.rows):
        shown = [any(_done(row[j]) for j in columns[i] if j < len(row)) for i in order]
        if not any(shown):
            continue
        entries += 1
        last = max(k for k, v in enumerate(shown) if v)
        gaps = [order[k] for k in range(last) if not shown[k]]
        if gaps:
            skips.append((r, gaps[0]))
            skipped_steps.update(gaps)
    unshown = [claim.steps[i] for i in range(len(claim.steps)) if i not in columns]
    metrics: dict[str, Any] = {"steps": len(claim.steps), "steps_with_column": len(columns), "rows": entries,
                               "rows_skipping": len(skips),
                               "step_columns": {_step_name(claim.steps[i]): [prof.table.header[j] for j in columns[i]]
                                                for i in order},
                               "steps_without_column": [_step_name(x) for x in unshown]}
    said = f"{len(columns)} of {len(claim.steps)} steps have a column in {record}"
    if unshown:
        said += f" (none for {', '.join(repr(_step_name(x)) for x in unshown[:3])}{', ...' if len(unshown) > 3 else ''})"
    if not skips:
        return _result(claim, scope, ClaimStatus.HOLDS,
                       f"{said}; none of its {entries} entries records a step after one left blank",
                       record=record, chosen=chosen, metrics=metrics)
    worst = ", ".join(f"'{_step_name(claim.steps[i])}' ({n})" for i, n in skipped_steps.most_common(3))
    detail = (f"{said}; {len(skips)} of {entries} entries record a later step while an earlier one is blank: "
              f"{worst}")
    if entries < MIN_ROWS or len(skips) < 2 or len(skips) <= STEP_SKIP_SHARE * entries:
        return _result(claim, scope, ClaimStatus.HOLDS if entries >= MIN_ROWS else ClaimStatus.NOT_CHECKABLE,
                       detail + (" (too few entries to call it practice)" if entries < MIN_ROWS else
                                 f" (at most {STEP_SKIP_SHARE:.0%} of entries: slips, not practice)"),
                       record=record, chosen=chosen, metrics=metrics)
    evidence = tuple(Evidence(path=record, text=f"'{_step_name(claim.steps[i])}' blank, a later step recorded",
                              location=_loc(prof, r, columns[i][0])) for r, i in skips[:5])
    return _result(claim, scope, ClaimStatus.DRIFTED, detail, record=record, chosen=chosen, metrics=metrics,
                   related=(record,), evidence=evidence)
