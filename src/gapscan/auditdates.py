"""Find external audit dates in the audit plans and reports of a scanned set.

SH01 compares record activity before audits with the rest of the year, so it needs
the audit dates. The user can give them (--audit-date, config); when they do not,
the engine calls `infer()` and the findings say the dates were inferred.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from gapscan.model import Document, Value

# A document is an audit plan/report when its name or title says so; internal audit
# programmes are left out because they spread dates over the whole year.
_AUDIT_DOC = re.compile(r"\baudit[\s_-]*(plan|report|programme|program|schedule|notification|summary)"
                        r"|\b(surveillance|certification|recertification|re-certification|stage[\s_-]*[12]|external)"
                        r"[\s_-]*audit", re.I)
_INTERNAL = re.compile(r"\binternal[\s_-]*audit", re.I)
_AUDIT_WORD = re.compile(r"\baudit", re.I)
_DATE_LABEL = re.compile(r"\b(audit\s+dates?|dates?\s+of\s+(the\s+)?audit|audit\s+on|on[\s-]*site\s+dates?|"
                         r"visit\s+dates?|date\s+of\s+visit)\b", re.I)
_PREVIOUS = re.compile(r"\b(previous|last|prior|earlier)\b[^.:]{0,40}\baudit", re.I)
_ISSUE_LABEL = re.compile(r"\b(issued?|prepared|printed|revision|rev\.?|approved|next|due|report\s+date)\b", re.I)

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_PATTERNS = [
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("dmy_text", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?[\s-]+" + _MONTH + r"\.?[\s,-]+(\d{4})\b", re.I)),
    ("mdy_text", re.compile(r"\b" + _MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})\b", re.I)),
    ("dmy", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")),
]


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Dates written in text, with their character offset; numeric d/m/y is read day-first
    unless that is impossible (13/25/2025 -> month-first)."""
    out: list[tuple[int, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            day = _to_date(kind, m.groups())
            if day is not None:
                out.append((m.start(), day))
                taken.append((m.start(), m.end()))
    return sorted(out)


def _to_date(kind: str, g: tuple) -> dt.date | None:
    try:
        if kind == "ymd":
            return dt.date(int(g[0]), int(g[1]), int(g[2]))
        if kind == "dmy_text":
            return dt.date(int(g[2]), _MONTHS[g[1][:3].lower()], int(g[0]))
        if kind == "mdy_text":
            return dt.date(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
        a, b, y = int(g[0]), int(g[1]), int(g[2])
        return dt.date(y, b, a) if b <= 12 else dt.date(y, a, b)
    except (ValueError, KeyError):
        return None


def is_audit_document(doc: Document) -> bool:
    """An external audit plan or report, judged by file name and title."""
    name = f"{doc.path.rsplit('/', 1)[-1]} {doc.title or ''}"
    return bool(_AUDIT_DOC.search(name)) and not _INTERNAL.search(name)


def audit_dates_of(doc: Document) -> list[dt.date]:
    """The audit dates a plan/report states: labelled dates ("Audit date: ...") and earlier
    audits it mentions ("Previous audit: 18 March 2025"); failing those, the first date in a
    line that talks about the audit and is not an issue, revision or due date."""
    labelled: list[dt.date] = []
    near: list[dt.date] = []
    for text in _texts(doc):
        dates = find_dates(text)
        if not dates:
            continue
        # A paragraph may hold several labels ("Audit date: ... Previous audit: ..."): each
        # label takes the first date written within 80 characters after it.
        labels = sorted([m.end() for m in _DATE_LABEL.finditer(text)] + [m.end() for m in _PREVIOUS.finditer(text)])
        if labels:
            for end in labels:
                after = [d for pos, d in dates if end <= pos <= end + 80]
                labelled.extend(after[:1])
        elif _AUDIT_WORD.search(text) and not _ISSUE_LABEL.search(text):
            near.append(dates[0][1])
    for header, value in _table_cells(doc):
        if isinstance(value, dt.date) and _AUDIT_WORD.search(header) and "date" in header.lower():
            labelled.append(value if not isinstance(value, dt.datetime) else value.date())
    return labelled or near[:1]


def infer(documents: Iterable[Document]) -> tuple[dt.date, ...]:
    """Audit dates stated in the set's external audit plans and reports, sorted.

    A plan and the report of the same audit give dates a few days apart; dates within
    14 days of an earlier one are taken as the same audit and the earlier is kept.
    """
    found = sorted({d for doc in documents
                    if doc.ok and is_audit_document(doc)
                    for d in audit_dates_of(doc)})
    merged: list[dt.date] = []
    for d in found:
        if not merged or (d - merged[-1]).days > 14:
            merged.append(d)
    return tuple(merged)


def _texts(doc: Document) -> list[str]:
    texts = [doc.title or ""]
    for block in doc.blocks:
        if block.table is None:
            texts.extend(line for line in block.text.splitlines() if line.strip())
        else:
            for row in block.table.rows:
                texts.append(" ".join(_cell_text(v) for v in row))
    return [t for t in texts if t]


def _table_cells(doc: Document) -> list[tuple[str, Value]]:
    cells = []
    for table in doc.tables():
        for row in table.rows:
            for i, value in enumerate(row):
                if i < len(table.header):
                    cells.append((table.header[i], value))
            # A two-column "field | value" table: the left cell labels the right.
            if len(row) >= 2 and isinstance(row[0], str):
                cells.append((row[0], row[1]))
    return cells


def _cell_text(value: Value) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)
