"""Decision rules seen in a record: how often each outcome happens, the readings that decide it, and what
is written when a rarer outcome happens (the escalation practised)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePosixPath

from gapscan.draft.evidence import cell_text, shares_trace, span, value_counts
from gapscan.draft.model import Statement, Trace
from gapscan.model import Value
from gapscan.records import ColumnProfile, RecordProfile


def decision_rules(prof: RecordProfile) -> list[Statement]:
    """Outcome counts, the readings that separate the outcomes, and what is written on a rarer one."""
    from gapscan.nlp.claims import RESULT_VALUE

    out: list[Statement] = []
    outcomes = [c for c in prof.columns_of("status", "boolean") if _outcome(c, RESULT_VALUE)]
    for col in outcomes:
        counts = value_counts(prof, col)
        if not counts or _statements(counts):
            continue
        shown = [v for v, _ in counts.most_common(4)]
        total = sum(counts.values())
        text = ", ".join(f"{v} {counts[v]} of {total}" for v in shown)
        out.append(Statement(text=f"Outcomes in '{col.name}' ({PurePosixPath(prof.path).name}): {text}.",
                             traces=(shares_trace(prof, col, shown),)))
        if len(counts) < 2:
            continue
        out.extend(_limits(prof, col))
        out.extend(_follow_ups(prof, col, counts))
    return out


def _limits(prof: RecordProfile, outcome: ColumnProfile) -> list[Statement]:
    """A number column whose readings part cleanly by outcome shows the limit used in practice."""
    out = []
    labels = [cell_text(v) for v in prof.table.column(outcome.index)]
    for col in prof.columns_of("number"):
        readings: dict[str, list[float]] = {}
        for label, v in zip(labels, prof.table.column(col.index)):
            number = _number(v)
            if label and number is not None:
                readings.setdefault(label, []).append(number)
        if len(readings) < 2:
            continue
        ranges = sorted((min(r), max(r), label, len(r)) for label, r in readings.items())
        if any(a[1] >= b[0] for a, b in zip(ranges, ranges[1:])):
            continue  # the outcomes overlap on this column: it is not what decides them
        parts = "; ".join(f"{label} at {lo:g}" if lo == hi else f"{label} at {lo:g} to {hi:g}"
                          for lo, hi, label, _ in ranges)
        bounds = ", ".join(f"between {a[1]:g} and {b[0]:g}" for a, b in zip(ranges, ranges[1:]))
        traces = tuple(Trace(path=prof.path, where=f"column '{col.name}', {span(prof, col.index)}",
                             what=f"rows with '{label}' in '{outcome.name}' read {lo:g} to {hi:g} ({n} rows)")
                       for lo, hi, label, n in ranges)
        out.append(Statement(text=f"In every row '{outcome.name}' follows '{col.name}': {parts}.", traces=traces))
        out.append(Statement(text=f"What is the limit on '{col.name}'? The records put it {bounds}: write it "
                                  f"into the procedure.", question=True))
    return out


def _follow_ups(prof: RecordProfile, outcome: ColumnProfile, counts: Counter) -> list[Statement]:
    """A column filled mostly on the rows of a rarer outcome is what is done when it happens."""
    out = []
    labels = [cell_text(v) for v in prof.table.column(outcome.index)]
    usual = counts.most_common(1)[0][0]
    for col in prof.columns_of("text", "status"):
        if col is outcome or col.fill_rate > 0.5:
            continue
        filled = [bool(cell_text(v)) for v in prof.table.column(col.index)]
        for label in counts:
            if label == usual:
                continue
            on = sum(1 for f, lab in zip(filled, labels) if f and lab == label)
            off = sum(1 for f, lab in zip(filled, labels) if f and lab != label)
            if on >= 1 and on >= 0.8 * counts[label] and off <= on:
                trace = Trace(path=prof.path, where=f"column '{col.name}', {span(prof, col.index)}",
                              what=f"filled on {on} of {counts[label]} rows with '{label}' in '{outcome.name}', "
                                   f"on {off} other rows")
                out.append(Statement(text=f"On {label}, '{col.name}' is written: {on} of {counts[label]} "
                                          f"{label} rows.", traces=(trace,)))
    return out


def _statements(counts: Counter) -> bool:
    """A column of sentences, each row its own ('Adopt the scope policy as written'): what was decided,
    in words, not an outcome chosen from a few (Approved/Rejected) that a rule could be read from."""
    total = sum(counts.values())
    lengths = sorted(len(v.split()) for v in counts)
    return total >= 3 and len(counts) == total and lengths[len(lengths) // 2] > 3


def _outcome(col: ColumnProfile, result_value: re.Pattern) -> bool:
    """A column of results or decisions (Pass/Fail, Released/Held), not a list of categories."""
    from gapscan.records import STATUS_HEADER

    total = sum(n for _, n in col.top_values)
    results = sum(n for v, n in col.top_values if result_value.match(v.strip()))
    return bool(total) and (results >= 0.8 * total or bool(STATUS_HEADER.search(col.name)))


def _number(value: Value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip()) if value is not None else None
    except ValueError:
        return None
