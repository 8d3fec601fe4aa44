"""PS02 duplicate-recording: two records that write down the same entities or fields."""
from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator

from gapscan.model import Evidence, Kind, Severity
from gapscan.rules.base import Context, Rule
from gapscan.rules.ps.common import cell_text, header_location, record_profiles, row_text, short_name

_ID_HINT = re.compile(r"batch|lot\b|order|\bpo\b|purchase|supplier|vendor|customer|client|employee|staff|"
                      r"operator|trainee|serial|part|sku|product|job|work\s*order|\bwo\b|ncr|invoice|asset|"
                      r"equipment|instrument|gauge|tag|item code|reference|\bref\b|\bid\b", re.I)
_PERSON_ENTITY = re.compile(r"employee|staff|trainee|operative|worker|personnel|starter", re.I)
_GENERIC_HEADERS = {"date", "comment", "comments", "note", "notes", "remark", "remarks", "status", "description",
                    "signature", "sign", "signed", "initials", "by", "time", "details", "detail", "action", "no",
                    "", "yes", "n", "other", "name", "title", "type", "value", "result"}
_HEADER_DROP = {"no", "number", "num", "nr", "id", "ref", "reference", "code", "#", "the", "of", "name"}

R = Kind.RECORD


def _norm_header(h: str) -> str:
    words = re.findall(r"[a-z0-9]+", h.lower())
    kept = [w for w in words if w not in _HEADER_DROP]
    return " ".join(kept or words)


def _is_counter(values: set[str]) -> bool:
    """Row numbers (1, 2, 3 ...) overlap between any two sheets and say nothing."""
    ints = [int(v) for v in values if v.isdigit() and len(v) <= 5]
    if len(ints) < 0.8 * len(values) or not ints:
        return False
    return (max(ints) - min(ints) + 1) <= 1.5 * len(ints)


@dataclass(frozen=True)
class _EntityColumn:
    column: Any  # ColumnProfile
    spans: dict  # value -> (first, last) entry date it appears on; (None, None) when undated
    values: frozenset  # all of them
    first: dt.date | None  # the record's first and last entry
    last: dt.date | None


def _entity_columns(profile) -> list[_EntityColumn]:
    """Columns naming the entities each row is about, with when each value was recorded.

    A column must key the rows (at least half its values distinct): a batch or order number
    does, a part number or supplier name repeated on every row is a catalogue everybody shares.
    """
    out = []
    for col in profile.columns:
        if col.type == "date" or col.distinct < 5:
            continue
        header_says = bool(_ID_HINT.search(col.name))
        if not (col.type == "identifier" or (header_says and col.type in ("text", "status", "identifier"))
                or (col.type == "person" and _PERSON_ENTITY.search(col.name))):
            continue
        spans: dict[str, tuple] = {}
        filled = 0
        dates = profile.entry_dates
        for i, v in enumerate(profile.table.column(col.index)):
            text = v.strip().upper() if isinstance(v, str) else cell_text(v).upper()
            if not text:
                continue
            filled += 1
            d = dates[i] if i < len(dates) else None
            lo, hi = spans.get(text, (d, d))
            if d is not None:
                lo, hi = (d if lo is None or d < lo else lo), (d if hi is None or d > hi else hi)
            spans[text] = (lo, hi)
        if len(spans) >= 5 and len(spans) >= 0.5 * filled and not _is_counter(set(spans)):
            out.append(_EntityColumn(column=col, spans=spans, values=frozenset(spans),
                                     first=profile.first_entry, last=profile.last_entry))
    return out


def _values_in(entity: _EntityColumn, period: tuple[dt.date, dt.date] | None) -> frozenset[str] | set[str]:
    """Values recorded within the period (undated values always count). Read only: when every value
    counts this is the column's own frozenset, not a copy."""
    if period is None:
        return entity.values
    lo, hi = period
    if entity.first is not None and entity.last is not None and lo <= entity.first and entity.last <= hi:
        return entity.values  # the record lies inside the period: no need to look value by value
    return {v for v, (first, last) in entity.spans.items() if first is None or (first <= hi and last >= lo)}


def _specific_columns(profile) -> list[str]:
    """Columns that say what a record is about: not dates, not empty, not 'comments' or 'status'."""
    return [c.name for c in profile.columns
            if _norm_header(c.name) not in _GENERIC_HEADERS and c.type not in ("empty", "date")]


def _header_keys(profile) -> tuple[tuple[str, str], ...]:
    """(column name, normalised header) of a record's specific columns, computed once per record."""
    return tuple((name, _norm_header(name)) for name in _specific_columns(profile))


def _header_score(nx: str, ny: str, scores: dict | None = None) -> float:
    """Similarity of two normalised headers; `scores` caches it per pair of distinct headers for a run."""
    if scores is not None:
        got = scores.get((nx, ny))
        if got is not None:
            return got
    from rapidfuzz import fuzz

    score = max(fuzz.ratio(nx, ny), fuzz.token_set_ratio(nx, ny) - 5)
    if scores is not None:
        scores[(nx, ny)] = score
    return score


def _match_headers(left: tuple[tuple[str, str], ...], right: tuple[tuple[str, str], ...],
                   scores: dict | None = None) -> list[tuple[str, str]]:
    scored = sorted(((_header_score(nx, ny, scores), x, y)
                     for x, nx in left for y, ny in right), key=lambda t: (-t[0], t[1], t[2]))
    used_l, used_r, pairs = set(), set(), []
    for score, x, y in scored:
        if score < 85:
            break
        if x not in used_l and y not in used_r:
            used_l.add(x), used_r.add(y)
            pairs.append((x, y))
    return pairs


def _value_overlaps(entities: dict[str, list[_EntityColumn]], min_shared: int) -> dict[tuple[str, str], set]:
    """(record a, record b) -> {(column index in a, column index in b)} whose values could overlap by at
    least `min_shared`: every value is indexed once to the record columns holding it, and shared values are
    counted per pair of columns from that index, so the cost follows the shared values, not records x records."""
    index: dict[str, list[tuple[str, int]]] = {}
    for path, cols in entities.items():
        for k, entity in enumerate(cols):
            for value in entity.values:
                index.setdefault(value, []).append((path, k))
    # Values held by the same columns count together: a batch range every copy of a log repeats is one
    # group of holders, added once per pair of its columns with its size, not once per value.
    groups: Counter = Counter(tuple(sorted(holders)) for holders in index.values() if len(holders) >= 2)
    columns = sorted({h for holders in groups for h in holders})
    out: dict[tuple[str, str], set] = {}
    if not columns:
        return out
    if len(columns) > _DENSE_COLUMNS:
        from itertools import combinations

        counts: Counter = Counter()
        for holders, n in groups.items():
            for a, b in combinations(holders, 2):
                if a[0] != b[0]:
                    counts[(a, b)] += n
        pairs = [(a, b) for (a, b), n in counts.items() if n >= min_shared]
    else:
        import numpy as np

        # A column x column table of shared values, filled one group of holders at a time (in C).
        number = {c: i for i, c in enumerate(columns)}
        shared = np.zeros((len(columns), len(columns)), dtype=np.int64)
        for holders, n in groups.items():
            ids = np.fromiter((number[h] for h in holders), dtype=np.intp, count=len(holders))
            shared[np.ix_(ids, ids)] += n
        path_id = {p: i for i, p in enumerate(sorted({p for p, _ in columns}))}
        record = np.array([path_id[p] for p, _ in columns], dtype=np.intp)
        i, j = np.nonzero(np.triu(shared, 1) >= min_shared)
        pairs = [(columns[a], columns[b]) for a, b in zip(i.tolist(), j.tolist()) if record[a] != record[b]]
    for (pa, ka), (pb, kb) in pairs:
        out.setdefault((pa, pb), set()).add((ka, kb))
    return out


_DENSE_COLUMNS = 4000  # up to this many identifier columns share values, count them in a dense table


def _header_candidates(headers: dict[str, tuple[tuple[str, str], ...]], paths: list[str],
                       scores: dict) -> list[tuple[str, str]]:
    """Pairs of records (path order) where at least two of the first record's specific columns match
    some column of the second: fewer can never give the two matched columns PS02 needs. Each distinct
    normalised header is compared with each other once; records are found through them, not in pairs."""
    holders: dict[str, set[str]] = {}
    for p in paths:
        for _, n in headers[p]:
            holders.setdefault(n, set()).add(p)
    distinct = sorted(holders)
    similar: dict[str, set[str]] = {n: set() for n in distinct}
    for nx in distinct:
        for ny in distinct:
            if _header_score(nx, ny, scores) >= 85:
                similar[nx].add(ny)
    rank = {p: i for i, p in enumerate(paths)}
    out = []
    for pa in paths:
        matched: Counter = Counter()
        for name, nx in {h: n for h, n in headers[pa]}.items():
            others = set().union(*(holders[ny] for ny in similar[nx]))
            matched.update(pb for pb in others if rank[pb] > rank[pa])
        out.extend((pa, pb) for pb, n in matched.items() if n >= 2)
    out.sort(key=lambda t: (rank[t[0]], rank[t[1]]))
    return out


def _common_period(a, b) -> tuple[dt.date, dt.date] | None:
    if not (a.first_entry and a.last_entry and b.first_entry and b.last_entry):
        return None
    return max(a.first_entry, b.first_entry), min(a.last_entry, b.last_entry)


def _overlap_days(a, b) -> int | None:
    if not (a.first_entry and a.last_entry and b.first_entry and b.last_entry):
        return None
    return (min(a.last_entry, b.last_entry) - max(a.first_entry, b.first_entry)).days + 1


def _first_row(profile, col_index: int, value: str, cache: dict | None = None) -> int | None:
    """The first row holding the value; with `cache`, each column is indexed once per run."""
    if cache is None:
        for i, v in enumerate(profile.table.column(col_index)):
            if cell_text(v).upper() == value:
                return i
        return None
    key = (profile.path, col_index)
    rows = cache.get(key)
    if rows is None:
        rows = {}
        for i, v in enumerate(profile.table.column(col_index)):
            rows.setdefault(cell_text(v).upper(), i)
        cache[key] = rows
    return rows.get(value)


def check_duplicate_recording(ctx: Context) -> Iterator:
    """Two records capture the same entities or fields: the same thing written down twice.

    Why it matters: double handling costs time, and two copies drift apart; nobody knows
    which one is right when a customer, an auditor or a court asks.

    How it decides: every identifier value is indexed once to the record columns that hold it, and
    only pairs of records with at least `min_shared` values in common are compared value by value, so
    200 records of 2,000 rows cost about as much as reading them. For each pair it compares (1) identifier columns (batch, lot,
    order, supplier, customer, part, employee... by column type or header): the shared values
    and their containment (shared / size of the smaller set) and Jaccard; row counters
    (1, 2, 3 ...) are ignored; and (2) column headers, matched fuzzily (similarity >= 85 after
    dropping "no", "number", "ref" ...), leaving out generic headers such as date, status or
    comments. Identifier values are compared only over the period both records cover, and
    only for columns that key their rows (at least half the values distinct: batches and
    orders, not a part list every record repeats). It fires when the identifier values overlap (>= `min_shared`, default 5, and
    containment >= `min_containment`, default 0.5) and at least 2 other columns match, or
    when the headers alone match strongly (>= 3 shared columns and >= 60% of the smaller
    record's columns) over periods that overlap (a 2024 and a 2025 file of the same log are
    a rollover, not a duplicate). The finding sits on the smaller record; the other is related.

    How to fix: pick one record as the master for those entities, make the other read from
    it (or drop it), and say in the procedure which one is kept.
    """
    min_shared = int(ctx.option("PS02", "min_shared", 5))
    min_containment = float(ctx.option("PS02", "min_containment", 0.5))
    profiles = record_profiles(ctx)
    entities = {p: _entity_columns(prof) for p, prof in profiles.items()}
    headers = {p: _header_keys(prof) for p, prof in profiles.items()}
    overlaps = _value_overlaps(entities, min_shared)
    paths = sorted(profiles)
    scores: dict = {}
    first_rows: dict = {}
    # A pair of records with fewer than two matching columns can fire neither way (it needs two
    # matched columns besides the identifiers, or three in all): only the others are compared.
    for pa, pb in _header_candidates(headers, paths, scores):
        a, b = profiles[pa], profiles[pb]
        period = _common_period(a, b)
        columns = overlaps.get((pa, pb), ())
        if not columns or (period is not None and period[0] > period[1]):
            ea = eb = []  # no identifier values in common (or kept in different periods: a coincidence)
        else:
            ea = [(entities[pa][k].column, _values_in(entities[pa][k], period))
                  for k in sorted({k for k, _ in columns})]
            eb = [(entities[pb][k].column, _values_in(entities[pb][k], period))
                  for k in sorted({k for _, k in columns})]
        finding = _duplicate_pair(pa, a, ea, pb, b, eb, min_shared, min_containment, period,
                                  headers[pa], headers[pb], scores, first_rows)
        if finding is not None:
            yield finding


def _duplicate_pair(pa, a, ea, pb, b, eb, min_shared, min_containment, period, headers_a, headers_b,
                    scores=None, first_rows=None):
    best = None
    for ca, va in ea:
        for cb, vb in eb:
            shared = va & vb
            if len(shared) < min_shared:
                continue
            containment = len(shared) / min(len(va), len(vb))
            jaccard = len(shared) / (len(va) + len(vb) - len(shared))
            key = (containment, len(shared))
            if containment >= min_containment and (best is None or key > best[0]):
                best = (key, ca, cb, shared, containment, jaccard)
    pairs = _match_headers(headers_a, headers_b, scores)
    id_names = {best[1].name, best[2].name} if best else set()
    other_pairs = [p for p in pairs if p[0] not in id_names and p[1] not in id_names]
    n_a, n_b = len(headers_a), len(headers_b)
    column_share = len(pairs) / min(n_a, n_b) if min(n_a, n_b) else 0.0
    overlap = _overlap_days(a, b)
    by_values = best is not None and len(other_pairs) >= 2
    by_columns = len(pairs) >= 3 and column_share >= 0.6 and (overlap is None or overlap >= 30)
    if not (by_values or by_columns):
        return None
    # The smaller record carries the finding: it is the likelier copy.
    (small_path, small, big_path, big) = (pa, a, pb, b) if (a.row_count, pb) <= (b.row_count, pa) else (pb, b, pa, a)
    metrics: dict[str, Any] = {"other": big_path, "shared_columns": [list(p) if small is a else [p[1], p[0]]
                                                                    for p in pairs],
                               "shared_column_count": len(pairs), "column_share": round(column_share, 3),
                               "period_overlap_days": overlap}
    evidence = []
    if best is not None:
        _, ca, cb, shared, containment, jaccard = best
        first = heapq.nsmallest(5, shared)  # sorted(shared)[:5] without sorting thousands of values
        cs, cg = (ca, cb) if small is a else (cb, ca)
        metrics.update({"id_columns": [cs.name, cg.name], "shared_values": len(shared),
                        "containment": round(containment, 3), "jaccard": round(jaccard, 3),
                        "examples": first,
                        "compared_period": [period[0].isoformat(), period[1].isoformat()] if period else None})
        for value in first[:3]:
            for path, prof, col in ((small_path, small, cs), (big_path, big, cg)):
                row = _first_row(prof, col.index, value, first_rows)
                if row is not None:
                    evidence.append(Evidence(path=path, text=row_text(prof.table, row),
                                             location=prof.table.cell_location(row, col.index)))
        what = (f"{len(shared)} of the same {cs.name} values as {short_name(big_path)} "
                f"({containment:.0%} of the smaller list)")
    else:
        what = f"the same fields as {short_name(big_path)} over the same period"
    names = ", ".join(p[0] for p in (metrics["shared_columns"][:6]))
    message = (f"{short_name(small_path)} records {what}; {len(pairs)} columns in common"
               + (f" ({names})." if names else "."))
    location = header_location(small.table)
    evidence.insert(0, Evidence(path=small_path, text="columns: " + ", ".join(c.name for c in small.columns),
                                location=location))
    return PS02.finding(path=small_path, message=message, location=location, evidence=evidence,
                        related=[big_path], metrics=metrics,
                        fix=f"Choose one master for these entries (this file or {short_name(big_path)}) "
                            "and make the other read from it or retire it.")


PS02 = Rule(code='PS02', name='duplicate-recording', family='parallel system', applies_to=(R,),
    summary='two records capture the same entities/fields: double handling',
    severity=Severity.WARNING, check=check_duplicate_recording)
