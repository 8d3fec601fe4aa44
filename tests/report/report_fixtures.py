"""Realistic reports built by hand: several kinds, unreadable files, every location shape."""
from __future__ import annotations

import datetime as dt
import math

from gapscan.model import (Chart, ClaimCheck, ClaimStatus, Document, DocumentResult, Evidence,
                           ExecutiveSummary, Kind, Link, Location, Report, Scores, Severity, Status,
                           SummarySection, Verdict)
from gapscan.rules.registry import BY_CODE

PROC = "procedures/purchasing.md"
PDF = "procedures/calibration.pdf"
REVIEW = "reviews/management review 2025.md"
XLSX = "records/supplier_eval.xlsx"
CSV = "records/old_log.csv"
FORM = "forms/QF-11.docx"
BROKEN = "broken/scan.pdf"
BIG = "misc/big.bin"

PIPE_MESSAGE = "sentence restates the standard: 'shall | should' language instead of a named role"


def _doc(path: str, fmt: str, kind: Kind, **kw) -> Document:
    return Document(path=path, source=f"/tmp/client/{path}", format=fmt, kind=kind,
                    kind_reason=kw.pop("kind_reason", f"looks like a {kind.value}"), **kw)


def _find(code: str, path: str, message: str, **kw):
    return BY_CODE[code].finding(path=path, message=message, **kw)


def documents() -> tuple[DocumentResult, ...]:
    return (
        DocumentResult(
            document=_doc(PROC, "md", Kind.PROCEDURE, title="Purchasing | supplier control"),
            scores=Scores(mirroring=82.4, specificity=14.04, drift=61.0), verdict=Verdict.MIRRORED,
            standard="iso9001",
            links=(Link(path=XLSX, via="code QF-11", confidence=0.9),
                   Link(path=CSV, via="title", confidence=0.35)),
            claims=(
                ClaimCheck(kind="frequency", text="evaluate suppliers every 12 months",
                           location=Location(line=20), status=ClaimStatus.DRIFTED,
                           detail="median interval 410 days vs 365 expected", record=XLSX),
                ClaimCheck(kind="form", text="use form QF-11", location=Location(line=22),
                           status=ClaimStatus.HOLDS, detail="48 filled rows", record=XLSX),
                ClaimCheck(kind="deadline", text="close complaints within 30 days", location=None,
                           status=ClaimStatus.NO_EVIDENCE, detail="no dates for open | closed"),
            )),
        DocumentResult(
            document=_doc(PDF, "pdf", Kind.PROCEDURE, title="Calibration of gauges", pages=4,
                          sha256="ab" * 32),
            scores=Scores(mirroring=45.0, specificity=40.0, drift=None), verdict=Verdict.MIXED,
            standard="iso9001"),
        DocumentResult(
            document=_doc(REVIEW, "md", Kind.REVIEW, title="Management review 2025"),
            scores=Scores(mirroring=30.0, specificity=55.5), verdict=Verdict.OPERATIONAL,
            rule_errors=("PS03: ValueError: vocabulary table was empty",)),
        DocumentResult(document=_doc(XLSX, "xlsx", Kind.RECORD, title="Supplier evaluation")),
        DocumentResult(document=_doc(CSV, "csv", Kind.RECORD)),
        DocumentResult(document=_doc(FORM, "docx", Kind.FORM, title="QF-11 Supplier evaluation form")),
        DocumentResult(document=_doc(BROKEN, "pdf", Kind.OTHER, status=Status.ERROR,
                                     error="encrypted PDF: cannot be read without a password")),
        DocumentResult(document=_doc(BIG, "bin", Kind.OTHER, status=Status.SKIPPED,
                                     error="larger than the 50 MB limit")),
    )


def findings() -> tuple:
    return (
        _find("CM01", PROC, "12 of 14 headings carry clause numbers of ISO 9001",
              location=Location(line=3, section="8.4 Control of externally provided processes"),
              evidence=[Evidence(path=PROC, text="8.4 Control of externally provided processes",
                                 location=Location(line=3)),
                        Evidence(path=PROC, text="8.4.1 General", location=Location(line=9))],
              metrics={"matched_headings": 12, "share_of_headings": 0.857142857}),
        _find("CM03", PROC, PIPE_MESSAGE, location=Location(line=12),
              evidence=[Evidence(path=PROC, text="The organization shall determine | ensure the controls.",
                                 location=Location(line=12))],
              metrics={"phrases": ("the organization shall", "as applicable")},
              fix="Say who does what: 'The buyer checks ...'"),
        _find("DR02", PROC, "suppliers are evaluated every 410 days, not every 12 months",
              severity=Severity.ERROR, location=Location(line=20), related=[XLSX],
              evidence=[Evidence(path=XLSX, text="2024-03-04",
                                 location=Location(sheet="Log", row=31, column="Date", cell="B31"))],
              metrics={"expected_interval_days": 365, "median_interval_days": 410.5,
                       "last_entry": dt.date(2025, 3, 4), "share_late": 0.4213, "months": (1, 2, 3),
                       "spread": math.nan},
              fix="Either evaluate yearly or write the cadence you actually keep."),
        _find("CM04", PDF, "'the organization' is the actor of 9 obligations; name the role",
              location=Location(page=2, line=7),
              evidence=[Evidence(path=PDF, text="The organization shall calibrate [bold]equipment[/bold].",
                                 location=Location(page=2, line=7))],
              metrics={"sentences": 9}),
        _find("CM05", PDF, "the text names 1 role and no system, place or time limit",
              metrics={"anchors_per_1000_words": 2.13}),
        _find("SH03", REVIEW, "minutes are dominated by audit findings and document status",
              severity=Severity.INFO, location=Location(line=5), metrics={"paperwork_share": 0.7}),
        _find("PS02", CSV, "records the same suppliers and fields as records/supplier_eval.xlsx",
              location=Location(row=4, column="Supplier"), related=[XLSX],
              metrics={"shared_values": 37, "containment": 0.92, "shared_columns": ["Supplier", "Date"]}),
        _find("SH01", XLSX, "entries cluster in the 4 weeks before the audit: 3.2x the usual rate",
              location=Location(sheet="Log", row=7, column="Date", cell="B7"),
              metrics={"audit_date": dt.date(2025, 5, 12), "lift": 3.2, "window_days": 28,
                       "entries_in_window": 14, "expected_in_window": 4.37,
                       "audit_dates_inferred": False,
                       "generated": dt.datetime(2025, 6, 1, 12, 30)}),
    )


def summary(found: tuple) -> ExecutiveSummary:
    weeks = tuple(f"2025-W{i:02d}" for i in range(1, 31))
    entries = tuple(float(v) for v in [2, 1, 3, 2, 2, 1, 0, 2, 3, 2, 1, 2, 1, 2, 3, 9, 12, 14, 11, 2,
                                       1, 1, 2, 0, 1, 2, 1, 2, 1, 1])
    return ExecutiveSummary(
        headline="2 of 3 procedures describe the standard, not the work",
        verdict_counts={"mirrored": 1, "mixed": 1, "operational": 1},
        average_drift=61.0,
        sections=(
            SummarySection(title="The documented system",
                           lines=("Purchasing copies ISO 9001 clause 8.4 heading by heading.",
                                  "Calibration mixes clause text with real gauge names.")),
            SummarySection(title="The system in use",
                           lines=("Supplier evaluations happen every 410 days on average.",),
                           charts=(Chart(title="Procedures by verdict", labels=("mirrored", "mixed", "operational"),
                                         values=(1.0, 1.0, 1.0)),
                                   Chart(title="Supplier log entries per week", labels=weeks, values=entries,
                                         marks=("2025-W18",)))),
        ),
        top_findings=tuple(f for f in found if f.rule in ("DR02", "SH01")),
    )


def build_report(*, command: str = "audit", reverse: bool = False) -> Report:
    docs, found = documents(), findings()
    ranked = summary(found)  # the summary's ranking is its own: renderers keep that order
    if reverse:  # the renderers must sort; the engine's order is not theirs to trust
        docs, found = tuple(reversed(docs)), tuple(reversed(found))
    return Report(root="/srv/acme/qms", tool_version="0.1.0", command=command, documents=docs,
                  findings=found, generated_at="2026-11-26T02:00:00Z", summary=ranked,
                  audit_dates=(dt.date(2025, 5, 12),), audit_dates_inferred=True,
                  run_errors=("DR05 failed: KeyError: 'role' (dr.py:88)",))


def build_check_report() -> Report:
    """What `gapscan check` produces: procedures only, CM findings with lines and pages."""
    docs = tuple(d for d in documents() if d.document.path in (PROC, PDF, BROKEN))
    found = tuple(f for f in findings() if f.rule.startswith("CM"))
    return Report(root="procedures", tool_version="0.1.0", command="check", documents=docs,
                  findings=found)
