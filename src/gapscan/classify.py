"""Decide what each document is: procedure, form, record, review or other.

Signals come from the file name and title (what people call it) and from the content
(filled rows vs blank fields, prose with obligations vs minutes with attendees and
actions). Each kind gets a score; the highest wins and the reason says why, so a
consultant can see how gapscan decided and override it with [kinds] in the config.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import replace
from typing import Sequence

from gapscan.model import BlockType, Document, Kind, Table

NAME_SIGNALS: dict[Kind, re.Pattern[str]] = {
    Kind.REVIEW: re.compile(r"management[\s_-]*review|\bmr[\s_-]*minutes|review[\s_-]*minutes|"
                            r"\bmrm\b|board[\s_-]*review", re.I),
    Kind.PROCEDURE: re.compile(r"procedure|\bsop\b|\bsops?[\s_-]|work[\s_-]*instruction|\bwi[\s_-]?\d|"
                               r"policy|manual|process(?!ing)|standard[\s_-]*operating|guideline|"
                               r"\bqp[\s_-]?\d|\bpr[\s_-]?\d", re.I),
    Kind.FORM: re.compile(r"\bform\b|template|blank|\bqf[\s_-]?\d|\bf[\s_-]\d", re.I),
    Kind.RECORD: re.compile(r"register|\blog\b|logbook|tracker|\blist\b|matrix|records?\b|scores|"
                            r"results|history|schedule|completed|filled|\d{4}[\s_-]\d{2}", re.I),
}
OBLIGATION = re.compile(r"\b(shall|must|is responsible|are responsible|responsibilit)", re.I)
MINUTES = re.compile(r"\b(attendees|present:|apologies|minutes|agenda|action(s)? (agreed|owner)|"
                     r"chair(ed)?|next meeting)\b", re.I)
PROCEDURE_HEADINGS = re.compile(r"\b(purpose|scope|responsibilit|definitions|procedure|references|"
                                r"records|method|process)\b", re.I)
FORM_FIELD = re.compile(r"(_{3,}|\.{5,}|:\s*$|☐|□|\[ \])")


def matches_glob(path: str, pattern: str) -> bool:
    """Glob on the relative path; '*' and '**' both cross folders."""
    pattern = pattern.strip().lstrip("./")
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.rstrip("/") + "/*")


def classify(doc: Document, overrides: Sequence[tuple[str, Kind]] = ()) -> Document:
    """Return the document with `kind` and a `kind_reason` a person can check."""
    if not doc.ok:
        return doc
    for pattern, kind in overrides:
        if matches_glob(doc.path, pattern):
            return replace(doc, kind=kind, kind_reason=f"config [kinds] {pattern!r}")
    scores: dict[Kind, float] = {k: 0.0 for k in Kind}
    reasons: dict[Kind, list[str]] = {k: [] for k in Kind}

    def add(kind: Kind, points: float, why: str) -> None:
        scores[kind] += points
        reasons[kind].append(why)

    name = f"{doc.path.rsplit('/', 1)[-1]} {doc.title or ''}"
    for kind, pattern in NAME_SIGNALS.items():
        m = pattern.search(name)
        if m:
            add(kind, 2.0, f"name says {m.group(0).strip()!r}")

    tables = doc.tables()
    text_blocks = doc.text_blocks()
    filled_rows, blank_rows = _row_fill(tables)
    words = sum(len(b.text.split()) for b in text_blocks)
    if doc.format in {"xlsx", "xlsm", "csv", "tsv", "ods"}:
        if filled_rows >= 3:
            add(Kind.RECORD, 3.0 + min(filled_rows, 200) / 100, f"{filled_rows} filled rows")
        elif tables:
            add(Kind.FORM, 2.5, f"spreadsheet with {filled_rows} filled and {blank_rows} blank rows")
    else:
        headings = [b for b in text_blocks if b.type is BlockType.HEADING]
        obligations = sum(1 for b in text_blocks if OBLIGATION.search(b.text))
        text = " ".join(b.text for b in text_blocks[:400])
        minutes = len(set(m.group(1).lower() for m in MINUTES.finditer(text)))
        fields = sum(1 for b in text_blocks if FORM_FIELD.search(b.text))
        boxes = [b for b in text_blocks if b.checked is not None]
        ticked = sum(1 for b in boxes if b.checked)
        proc_heads = sum(1 for h in headings if PROCEDURE_HEADINGS.search(h.text))
        if minutes >= 2:
            add(Kind.REVIEW, 1.5 + minutes / 2, f"minutes vocabulary ({minutes} markers)")
            if re.search(r"management review", text, re.I):
                add(Kind.REVIEW, 2.0, "mentions management review")
        if obligations >= 2 or proc_heads >= 2:
            add(Kind.PROCEDURE, 1.0 + min(obligations, 20) / 5 + proc_heads / 2,
                f"{obligations} obligation sentences, {proc_heads} procedure-style headings")
        if words >= 250 and len(headings) >= 3:
            add(Kind.PROCEDURE, 1.0, f"{words} words under {len(headings)} headings")
        tick_cells, empty_tick_cells = _tick_cells(tables)
        if boxes or tick_cells or empty_tick_cells:
            ticked_all = ticked + tick_cells
            total = len(boxes) + tick_cells + empty_tick_cells
            if ticked_all >= max(3, total // 2):
                add(Kind.RECORD, 3.0, f"filled checklist: {ticked_all} of {total} boxes ticked")
            else:
                add(Kind.FORM, 2.5, f"checklist with {ticked_all} of {total} boxes ticked")
        if tables and filled_rows >= 5 and words < 400:
            add(Kind.RECORD, 1.5, f"{filled_rows} filled table rows")
        if fields >= 4 and words < 600 and filled_rows < 3:
            add(Kind.FORM, 1.0 + fields / 10, f"{fields} blank fields to fill")
        if tables and blank_rows >= 3 and filled_rows <= 1:
            add(Kind.FORM, 1.5, f"tables with {blank_rows} blank rows")

    best = max(scores, key=lambda k: (scores[k], -list(Kind).index(k)))
    if scores[best] < 1.5:
        return replace(doc, kind=Kind.OTHER,
                       kind_reason="no clear signal" + (f" ({'; '.join(reasons[best])})" if reasons[best] else ""))
    return replace(doc, kind=best, kind_reason="; ".join(reasons[best]))


def _row_fill(tables: list[Table]) -> tuple[int, int]:
    """(rows with at least half their cells filled, rows with at most one cell filled)."""
    filled = blank = 0
    for table in tables:
        width = max(1, len(table.header))
        for row in table.rows:
            n = sum(1 for v in row if v not in (None, "") and not (isinstance(v, str) and not v.strip()))
            if n >= max(2, width // 2):
                filled += 1
            elif n <= 1:
                blank += 1
    return filled, blank


TICKED = {"☑", "☒", "✓", "✔", "x", "X", "yes", "Yes", "YES", "y", "Y", "ok", "OK", "✗", "✘", "n/a", "N/A",
          "NA", "no", "No", "NO"}
UNTICKED = {"☐", "□"}


def _tick_cells(tables: list[Table]) -> tuple[int, int]:
    ticked = empty = 0
    for table in tables:
        for row in table.rows:
            for v in row:
                if isinstance(v, str):
                    s = v.strip()
                    if s in TICKED or s[:1] in {"☑", "☒", "✓", "✔"}:
                        ticked += 1
                    elif s in UNTICKED:
                        empty += 1
    return ticked, empty
