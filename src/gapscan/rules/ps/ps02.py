"""PS02 duplicate-recording: two records that write down the same entities or fields."""
from __future__ import annotations

import datetime as dt
import heapq
import html
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import is_not
from pathlib import PurePosixPath
from typing import Any, Callable, Iterator, NamedTuple

from gapscan.model import Evidence, Kind, Severity, column_letter
from gapscan.rules.base import Context, Rule
from gapscan.rules.ps.common import (cell_text, column_values, header_location, log_key_parts, on_files,
                                     record_profiles, reference_table, row_text, script_outputs, short_name)

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


_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_JOIN_SAMPLE = 400  # joined rows read to see which other columns agree: enough to measure a share


@lru_cache(maxsize=200_000)  # every copy of a log holds the same order numbers: each is judged once
def _reference_shaped(value: str) -> bool:
    """An order, portal, batch or ticket number: letters with digits ("PO-10234", "B2501-176") or a long
    number ("4500123456"); never a date, a quantity or a row number."""
    if _DATE_LIKE.match(value):
        return False
    digits = sum(map(str.isdigit, value))  # per character in C: this runs on every identifier value
    return (digits >= 1 and len(value) >= 4 and any(map(str.isalpha, value))) or digits >= 5


@dataclass(frozen=True)
class _EntityColumn:
    column: Any  # ColumnProfile
    spans: dict  # value -> (first, last) entry date it appears on; (None, None) when undated
    values: frozenset  # all of them
    first: dt.date | None  # the record's first and last entry
    last: dt.date | None
    filled: int  # rows with a value
    references: frozenset  # the values shaped like order, batch or ticket numbers


def _upper_texts(values: list) -> list[str]:
    """Each cell as _entity_columns compares it: stripped, upper case, "" when empty. A column of text repeats
    its values down the rows: each distinct text is turned once."""
    distinct = set(values)
    if all(v is None or isinstance(v, str) for v in distinct):
        # (numbers, dates and booleans go cell by cell: 1, 1.0 and True are one key of a set but three texts)
        turned = {v: "" if v is None else v.strip().upper() for v in distinct}
        return list(map(turned.__getitem__, values))
    return [v.strip().upper() if isinstance(v, str) else cell_text(v).upper() for v in values]


def _date_spans(texts: list[str], dates) -> dict[str, tuple]:
    """Non-empty text -> (first, last) entry date of the rows holding it, in the order the texts first
    appear; (None, None) when no row holding it is dated. A row past the end of `dates` is undated."""
    spans: dict[str, tuple] = dict.fromkeys(texts, (None, None))
    spans.pop("", None)
    dated = list(map(is_not, dates, repeat(None)))
    days, held = list(compress(dates, dated)), list(compress(texts, dated))
    try:
        order = sorted(range(len(held)), key=days.__getitem__)  # by day; a text's rows keep their order
    except TypeError:  # days that do not compare (a date beside a datetime): one text's days at a time
        for text, d in zip(held, days):
            if text:
                lo, hi = spans[text]
                spans[text] = (d if lo is None or d < lo else lo), (d if hi is None or d > hi else hi)
        return spans
    held, days = list(map(held.__getitem__, order)), list(map(days.__getitem__, order))
    last = dict(zip(held, days))  # the latest day of each text: the last one written
    first = dict(zip(reversed(held), reversed(days)))
    last.pop("", None)
    for text, hi in last.items():
        spans[text] = (first[text], hi)
    return spans


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
        texts = _upper_texts(column_values(profile.table, col.index))
        filled = len(texts) - texts.count("")
        # the values, in the order they first appear: the column keys the rows or not before any date is read
        values = dict.fromkeys(texts)
        values.pop("", None)
        if len(values) >= 5 and len(values) >= 0.5 * filled and not _is_counter(set(values)):
            spans = _date_spans(texts, profile.entry_dates)
            out.append(_EntityColumn(column=col, spans=spans, values=frozenset(spans),
                                     first=profile.first_entry, last=profile.last_entry, filled=filled,
                                     references=frozenset(filter(_reference_shaped, spans))))
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


def _by_date(entity: _EntityColumn) -> tuple[list, list, list, list]:
    """The dated values of a column sorted by the first and by the last day each was recorded."""
    dated = [(v, first, last) for v, (first, last) in entity.spans.items() if first is not None]
    by_first = sorted(dated, key=lambda t: t[1])
    by_last = sorted(dated, key=lambda t: t[2])
    return [t[1] for t in by_first], [t[0] for t in by_first], [t[2] for t in by_last], [t[0] for t in by_last]


def _values_in_sorted(entity: _EntityColumn, period: tuple[dt.date, dt.date], firsts, by_first, lasts,
                      by_last) -> frozenset[str] | set[str]:
    """_values_in through the sorted dates of _by_date: the values first recorded after the period or
    last recorded before it are left out."""
    from bisect import bisect_left, bisect_right

    lo, hi = period
    late = by_first[bisect_right(firsts, hi):]
    early = by_last[:bisect_left(lasts, lo)]
    if not late and not early:
        return entity.values
    return entity.values.difference(late, early)


# names a column gets when its header cell is blank: pandas' 'Unnamed: 8' ('Unnamed: 8_level_0'), Excel's
# table 'Column1'; gapscan's own (its letter) is checked against the column's place in `_unnamed`
_PLACEHOLDER_HEADER = re.compile(r"(?:unnamed:?\s*\d+(?:_level_\d+)?|column\s*\d+)", re.IGNORECASE)


def _unnamed(profile, column) -> bool:
    """A column whose header cell is blank: called by its own letter ('I' for the ninth column, as the
    ingest names it) or by a spreadsheet's placeholder. Two such columns share a place, not a meaning."""
    name = column.name.strip()
    if _PLACEHOLDER_HEADER.fullmatch(name):
        return True
    return name == column_letter(profile.table.first_column + column.index)


def _specific_columns(profile) -> list[str]:
    """Columns that say what a record is about: not dates, not empty, not 'comments' or 'status', not a
    column without a name of its own."""
    return [c.name for c in profile.columns
            if _norm_header(c.name) not in _GENERIC_HEADERS and c.type not in ("empty", "date")
            and not _unnamed(profile, c)]


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

    # 'Phase 03 rating' is a 'Rating'; but a one-letter header ('S', 'L') is in every header with that
    # letter as a word ('Treating standard(s)'): it is the same column only as the same letter
    score = fuzz.ratio(nx, ny)
    if min(len(nx), len(ny)) > 1:
        score = max(score, fuzz.token_set_ratio(nx, ny) - 5)
    if scores is not None:
        scores[(nx, ny)] = score
    return score


def _match_headers(left: tuple[tuple[str, str], ...], right: tuple[tuple[str, str], ...],
                   scores: dict | None = None) -> list[tuple[str, str]]:
    if scores is None:
        return _pair_headers(left, right, None)
    # records of one kind share their header row: each pair of header rows is matched once a run
    key = ("header rows", left, right)
    if key not in scores:
        scores[key] = _pair_headers(left, right, scores)
    return list(scores[key])


def _pair_headers(left: tuple[tuple[str, str], ...], right: tuple[tuple[str, str], ...],
                  scores: dict | None) -> list[tuple[str, str]]:
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


def _value_overlaps(entities: dict[str, list[_EntityColumn]],
                    min_shared: int) -> dict[tuple[str, str], dict[tuple[int, int], int]]:
    """(record a, record b) -> {(column index in a, column index in b): values the two columns share} for
    the columns that share at least `min_shared`. Only values two or more columns hold count; when the
    columns and those values are few enough, each column's values are a row of bits and a pair of columns
    is one AND and bit count in C (records that all share a catalogue of values cost columns x columns x
    values / 64, not values x their holders squared); otherwise by the value index (_overlaps_by_index)."""
    import numpy as np

    held = [(path, k, entity.values) for path, cols in entities.items() for k, entity in enumerate(cols)]
    every = set().union(*(values for _, _, values in held))
    number = dict(zip(every, range(len(every))))
    ids = [np.fromiter(map(number.__getitem__, values), dtype=np.intp, count=len(values)) for _, _, values in held]
    shared = np.bincount(np.concatenate(ids), minlength=len(every)) >= 2 if ids else np.zeros(0, dtype=bool)
    order = sorted((path, k, i) for i, (path, k, _) in enumerate(held) if shared[ids[i]].any())
    if not order:
        return {}
    columns = [(path, k) for path, k, _ in order]
    n_shared = int(shared.sum())
    if len(columns) > _DENSE_COLUMNS or len(columns) ** 2 * n_shared > _BIT_BUDGET:
        return _overlaps_by_index(entities, min_shared)
    bit = np.cumsum(shared) - 1  # a shared value's place in a row of bits
    width = -(-n_shared // 64) * 64
    bits = np.zeros((len(columns), width // 8), dtype=np.uint8)
    row = np.zeros(width, dtype=bool)
    for c, (_, _, i) in enumerate(order):
        row[:] = False
        row[bit[ids[i][shared[ids[i]]]]] = True
        bits[c] = np.packbits(row)
    words = bits.view(np.uint64)
    path_id = {p: i for i, p in enumerate(sorted({p for p, _ in columns}))}
    record = np.array([path_id[p] for p, _ in columns], dtype=np.intp)
    out: dict[tuple[str, str], dict[tuple[int, int], int]] = {}
    for a in range(len(columns) - 1):
        counts = np.bitwise_count(words[a] & words[a + 1:]).sum(axis=1)
        for j in np.nonzero((counts >= min_shared) & (record[a + 1:] != record[a]))[0].tolist():
            (pa, ka), (pb, kb) = columns[a], columns[a + 1 + j]
            out.setdefault((pa, pb), {})[(ka, kb)] = int(counts[j])
    return out


_BIT_BUDGET = 5 * 10 ** 10  # columns^2 x shared values: about 0.5 s of ANDs and bit counts on one core


def _overlaps_by_index(entities: dict[str, list[_EntityColumn]],
                       min_shared: int) -> dict[tuple[str, str], dict[tuple[int, int], int]]:
    """(record a, record b) -> {(column index in a, column index in b): values the two columns share} for
    the columns that share at least `min_shared`: every value is indexed once to the record columns holding
    it, and shared values are counted per pair of columns from that index, so the cost follows the shared
    values, not records x records."""
    index: dict[str, list[tuple[str, int]]] = {}
    for path, cols in entities.items():
        for k, entity in enumerate(cols):
            for value in entity.values:
                index.setdefault(value, []).append((path, k))
    # Values held by the same columns count together: a batch range every copy of a log repeats is one
    # group of holders, added once per pair of its columns with its size, not once per value.
    groups: Counter = Counter(tuple(sorted(holders)) for holders in index.values() if len(holders) >= 2)
    columns = sorted({h for holders in groups for h in holders})
    out: dict[tuple[str, str], dict[tuple[int, int], int]] = {}
    if not columns:
        return out
    if len(columns) > _DENSE_COLUMNS:
        from itertools import combinations

        counts: Counter = Counter()
        for holders, n in groups.items():
            for a, b in combinations(holders, 2):
                if a[0] != b[0]:
                    counts[(a, b)] += n
        pairs = [(a, b, n) for (a, b), n in counts.items() if n >= min_shared]
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
        pairs = [(columns[a], columns[b], n) for a, b, n in zip(i.tolist(), j.tolist(), shared[i, j].tolist())
                 if record[a] != record[b]]
    for (pa, ka), (pb, kb), n in pairs:
        out.setdefault((pa, pb), {})[(ka, kb)] = n
    return out


_DENSE_COLUMNS = 4000  # up to this many identifier columns share values, count them in a dense table


def _header_classes(headers: dict[str, tuple[tuple[str, str], ...]], paths: list[str],
                    scores: dict) -> list[tuple[tuple, tuple, list[str], list[str]]]:
    """(header row a, header row b, records with row a, records with row b) for each ordered pair of
    header rows where at least two of a's specific columns match some column of b: a pair of records
    with fewer can never give the two matched columns PS02 needs. Records of one kind share their
    header row, so this is decided once per pair of header rows, not per pair of records; each distinct
    normalised header is compared with each other once."""
    rows: dict[tuple, list[str]] = {}
    for p in paths:
        rows.setdefault(headers[p], []).append(p)
    distinct = sorted({n for row in rows for _, n in row})
    similar: dict[str, set[str]] = {n: set() for n in distinct}
    for nx in distinct:
        for ny in distinct:
            if _header_score(nx, ny, scores) >= 85:
                similar[nx].add(ny)
    out = []
    for row_a, holders_a in rows.items():
        named = {h: n for h, n in row_a}  # a column name counts once
        for row_b, holders_b in rows.items():
            held = {n for _, n in row_b}
            if sum(1 for n in named.values() if similar[n] & held) >= 2:
                out.append((row_a, row_b, holders_a, holders_b))
    return out


_PAIR_BLOCK = 256  # records of one header row whose pairs are compared at once


def _column_links(classes, profiles: dict, rank: dict[str, int], shared_pairs, scores: dict):
    """The links by columns alone of the record pairs that share no identifier values (those are
    compared whole): per pair of header rows the columns decide once whether such a pair can link
    (>= 3 shared columns, >= 60% of the smaller row), then the periods of all its record pairs are
    compared at once (30 days or more in common). Returns numpy arrays (strength, lower rank, higher
    rank) of the links; the same verdict as _duplicate_pair's without building one per pair."""
    import numpy as np

    n = len(rank)
    first = np.full(n, -1, dtype=np.int64)
    last = np.full(n, -1, dtype=np.int64)
    for p, i in rank.items():
        prof = profiles[p]
        if prof.first_entry and prof.last_entry:
            first[i], last[i] = prof.first_entry.toordinal(), prof.last_entry.toordinal()
    skip = np.array(sorted(rank[pa] * n + rank[pb] for pa, pb in shared_pairs), dtype=np.int64)
    los, his, s2 = [], [], []
    for row_a, row_b, holders_a, holders_b in classes:
        pairs = _match_headers(row_a, row_b, scores)
        smaller = min(len(row_a), len(row_b))
        if not (len(pairs) >= 3 and smaller and len(pairs) / smaller >= 0.6):
            continue
        ranks_a = np.array([rank[p] for p in holders_a], dtype=np.int64)
        yb = np.array([rank[p] for p in holders_b], dtype=np.int64)[None, :]
        for start in range(0, len(ranks_a), _PAIR_BLOCK):  # a block of rows at a time: bounded memory
            xa = ranks_a[start:start + _PAIR_BLOCK, None]
            days = np.minimum(last[xa], last[yb]) - np.maximum(first[xa], first[yb]) + 1
            i, j = np.nonzero((xa < yb) & (first[xa] >= 0) & (first[yb] >= 0) & (days >= 30))
            lo, hi = xa[i, 0], yb[0, j]
            if len(skip):
                free = ~np.isin(lo * n + hi, skip)
                lo, hi = lo[free], hi[free]
            los.append(lo)
            his.append(hi)
            s2.append(np.full(len(lo), len(pairs), dtype=np.int64))
    if not los:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return np.concatenate(s2), np.concatenate(los), np.concatenate(his)


def _common_period(a, b) -> tuple[dt.date, dt.date] | None:
    if not (a.first_entry and a.last_entry and b.first_entry and b.last_entry):
        return None
    return max(a.first_entry, b.first_entry), min(a.last_entry, b.last_entry)


def _overlap_days(a, b) -> int | None:
    if not (a.first_entry and a.last_entry and b.first_entry and b.last_entry):
        return None
    return (min(a.last_entry, b.last_entry) - max(a.first_entry, b.first_entry)).days + 1


def _value_rows(profile, col_index: int, cache: dict) -> dict[str, tuple[int, int]]:
    """Value (as _entity_columns reads it) -> (first row holding it, rows holding it); each column is
    indexed once per run."""
    key = (profile.path, col_index)
    rows = cache.get(key)
    if rows is None:
        rows = {}
        for i, v in enumerate(profile.table.column(col_index)):
            text = cell_text(v).upper()
            if text:
                first, n = rows.get(text, (i, 0))
                rows[text] = (first, n + 1)
        cache[key] = rows
    return rows


# Company names read like people's names (and profile as person columns); a supplier or customer is
# part of what the event was.
_ORGANISATION = re.compile(r"supplier|vendor|customer|client|company|carrier|haulier|consignee|retailer", re.I)


def _references(shared, entity: _EntityColumn) -> bool:
    """Most (80%) of the shared values are reference-shaped: shared small numbers and names prove nothing."""
    return len(shared & entity.references) >= 0.8 * len(shared)


def _keys_rows(entity: _EntityColumn) -> bool:
    """One row per value (at least 80% distinct): the column names the event itself. A check log with
    several rows per batch refers to the batches; it does not write the same events down."""
    return len(entity.values) >= 0.8 * entity.filled


@dataclass(frozen=True)
class _Link:
    """Two records found to write down the same entries; `describe` gives the numbers, evidence and
    sentence, worked out only for the links a finding shows."""
    small: str  # the record with fewer rows: the likelier copy
    big: str
    by: str  # "identifiers and columns", "columns" or "reference values"
    strength: tuple
    describe: Callable[[], _Detail]


@dataclass(frozen=True)
class _Detail:
    sentence: str  # "<small> records 57 of the same Batch values as <big> (...)"
    metrics: dict
    evidence: tuple


@on_files
def check_duplicate_recording(ctx: Context) -> Iterator:
    """Records that capture the same entities or fields: the same thing written down twice or more.

    Why it matters: double handling costs time, and copies drift apart; nobody knows
    which one is right when a customer, an auditor or a court asks.

    Evidence strength: a group whose records share only their columns (no identifier or reference value in
    common) is a lead: severity info, the message starting "Lead, not a finding:", metrics strength "lead" and
    lead_reason; held out, every such PS02 was wrong (docs/SCORING.md, 5 December 2026). So is a group each of whose
    links joins a chapter that prints the rows among its own prose (5+ paragraphs of 12+ words, 3+ tables: a
    programme's "04.10 Payment page script management" and its trackers/ spreadsheet): held out, none of eight
    could be proven two records kept, since a chapter may show a tracker's rows to its readers by design. So is a
    group each of whose links holds a file a page that names a program says it makes (common.script_outputs: a
    README's "Outputs:" naming the risk register main.py joins from risks.csv): a program's copy, by design.

    How it decides: every identifier value is indexed once to the record columns that hold it, and
    only pairs of records with at least `min_shared` values in common (or two matching column
    names) are compared, so 200 records of 2,000 rows cost about as much as reading them. Two
    records are linked in one of three ways. (1) Identifiers and columns: identifier columns (batch,
    lot, order, supplier, customer, part... by column type or header) share at least `min_shared`
    (default 5) values, 80% of them shaped like references (see 3: shared small numbers and
    names prove nothing), at least `min_containment` (default 0.5) of the smaller list,
    and at least 2 other columns match by name (similarity >= 85 after dropping "no", "number",
    "ref" ...; generic headers such as date, status or comments left out); where the matched
    columns are under 60% of the smaller record's, one of them must hold the same value for 80% of the
    identifiers they share (a table of treating standards and controls that cites a register's risks in
    its own words and rating scale matches 'Risk' and 'Rating' by name only: it is not a copy); where they are 60%
    or more, at least half the shared identifiers must join rows that hold half their words in common in those
    columns (each phase's RAID log numbering its own issues from IS-01 again shares the IDs, not the issues;
    a copy whose wording drifted still does). A record whose rows carry an identifier of their own and cite the
    other's identifiers several rows to one (assets naming the system they belong to), or one to one where most of
    its columns are its own (mitigation plans each naming the finding they answer), is about its own entries:
    not linked by those values. (2) Columns: the headers
    alone match strongly (>= 3 shared columns and >= 60% of the smaller record's columns) over
    periods that overlap by 30 days or more (a 2024 and a 2025 file of the same log are a rollover,
    not a duplicate). (3) Reference values, whatever the columns are called: a column of order,
    portal, batch or ticket numbers (letters with digits, or 5+ digits; not dates, quantities or
    row counters) that keys the rows of both records (one row per number) shares at least
    `min_shared` numbers, `min_containment` of the smaller list, and on the rows those numbers join
    at least 2 other columns, and at least half of the columns that say what the event was in the
    narrower record (not its own row numbers, not people's names), hold the same value in 80% of
    the rows, far above chance (a column of 'Closed' on every row agrees by chance). A log that
    only refers to another's numbers (corrective actions citing NCRs) agrees on a date at most and
    is not linked. Two reference tables (common.reference_table: charts, lists of what is required,
    catalogues such as two copies of a vendor's index barcodes) are never linked: nothing in them is
    work written down, once or twice. Identifier values are compared over the period both records cover, and only in
    columns that key their rows (at least half the values distinct; row counters 1, 2, 3 ... never
    count). Linked records form groups (connected components): one
    finding per group, on the smaller record of its strongest link, naming every member, the
    strongest link's numbers and the links with theirs: all of them up to 12 linked pairs, beyond
    that the strongest link that joins each member (a spanning tree), so a finding grows with the
    records it names, not with their pairs.

    Where the copies differ, the message names the first differing cells; a column of the smaller record that
    differs from its namesake on nearly every entry (80%, 5 entries at least) and says, entry for entry, what
    another column of the other record says is named as sitting under the wrong heading (a page whose rows leave
    out one cell: its 'Treatment' holds the register's 'Status'), metrics shifted_columns.

    How to fix: pick one record as the master for those entities, make the others read from
    it (or drop them), and say in the procedure which one is kept.
    """
    min_shared = int(ctx.option("PS02", "min_shared", 5))
    min_containment = float(ctx.option("PS02", "min_containment", 0.5))
    profiles = record_profiles(ctx)
    entities = {p: _entity_columns(prof) for p, prof in profiles.items()}
    headers = {p: _header_keys(prof) for p, prof in profiles.items()}
    overlaps = _value_overlaps(entities, min_shared)
    paths = sorted(profiles)
    scores: dict = {}
    rows_cache: dict = {}
    by_date: dict = {}

    def values_in(path: str, k: int, period) -> frozenset[str] | set[str]:
        entity = entities[path][k]
        if period is None or (entity.first is not None and entity.last is not None
                              and period[0] <= entity.first and entity.last <= period[1]):
            return entity.values
        # A record kept over another period than the rest is compared with each of them: what falls
        # outside each common period is found by bisection in its values sorted by date, once per column.
        if (path, k) not in by_date:
            by_date[(path, k)] = _by_date(entity)
        return _values_in_sorted(entity, period, *by_date[(path, k)])

    references: dict[str, bool] = {}

    def referenced(path: str) -> bool:
        if path not in references:
            references[path] = bool(reference_table(profiles[path]))
        return references[path]

    def link(pa: str, pb: str) -> _Link | None:
        a, b = profiles[pa], profiles[pb]
        if _saved_twice(pa, a, pb, b) or _one_file(pa, pb) or (referenced(pa) and referenced(pb)):
            return None
        period = _common_period(a, b)
        columns = overlaps.get((pa, pb), {})
        if not columns or (period is not None and period[0] > period[1]):
            ea = eb = []  # no identifier values in common (or kept in different periods: a coincidence)
        else:
            ea = [(k, entities[pa][k], values_in(pa, k, period)) for k in sorted({k for k, _ in columns})]
            eb = [(k, entities[pb][k], values_in(pb, k, period)) for k in sorted({k for _, k in columns})]
        # Records kept over the same period (or undated) are compared on all their values, which the
        # value index has already counted per pair of columns.
        whole = period is None or (a.first_entry, a.last_entry) == (b.first_entry, b.last_entry)
        counts = columns if whole else None
        found = _duplicate_pair(pa, a, ea, pb, b, eb, min_shared, min_containment, period,
                                headers[pa], headers[pb], scores, rows_cache, counts, sharing=columns,
                                own=(entities[pa], entities[pb]))
        if found is None and ea:
            found = _reference_join(pa, a, ea, pb, b, eb, min_shared, min_containment, period, rows_cache, counts,
                                    sharing=columns)
        return found

    yield from _linked_groups(link, overlaps, _header_classes(headers, paths, scores), profiles, paths, scores,
                              documents=ctx.documents, outputs=script_outputs(ctx))


def _one_file(pa: str, pb: str) -> bool:
    """Two logs of one file (a page of logs, a workbook's sheets): kept side by side in one place, one system,
    not two that write the same things down."""
    return log_key_parts(pa)[0] == log_key_parts(pb)[0]


def _saved_twice(pa: str, a, pb: str, b) -> bool:
    """One register saved in two formats under one name (ISMS-004_Risk_Register.csv beside its .xlsx),
    row for row: an export, which nobody types twice. A copy that has drifted from it (rows added, values
    changed) is two records again, the ones PS02 exists to find."""
    if PurePosixPath(pa).with_suffix("") != PurePosixPath(pb).with_suffix(""):
        return False

    def rows(profile) -> Counter:
        return Counter(tuple(cell_text(v) for v in row) for row in profile.table.rows)

    return (tuple(cell_text(h) for h in a.table.header) == tuple(cell_text(h) for h in b.table.header)
            and rows(a) == rows(b))


def _linked_groups(link, overlaps, classes, profiles: dict, paths: list[str], scores: dict, documents=(),
                   outputs=None):
    """One finding per group of linked records. A pair that shares identifier values is compared whole
    (`link`); the many pairs of one kind that can link by their columns alone are decided per header row
    (_column_links) and kept as numbers, and a _Link is made again only for the links a finding shows,
    so a set of 800 logs of one kind costs its 319,600 pairs as array rows, not as objects."""
    import numpy as np

    rank = {p: i for i, p in enumerate(paths)}
    strengths, lows, highs = [], [], []
    for pa, pb in overlaps:  # path order: pa before pb
        found = link(pa, pb)
        if found is not None:
            strengths.append(found.strength)
            lows.append(rank[pa]), highs.append(rank[pb])
    s2, lo, hi = _column_links(classes, profiles, rank, overlaps, scores)
    if len(lo):
        # two logs of one file are one system (_one_file)
        file_of = {f: i for i, f in enumerate(sorted({log_key_parts(p)[0] for p in paths}))}
        files = np.array([file_of[log_key_parts(p)[0]] for p in paths], dtype=np.int64)
        apart = files[lo] != files[hi]
        s2, lo, hi = s2[apart], lo[apart], hi[apart]
    count = len(strengths) + len(lo)
    if not count:
        return
    s0 = np.concatenate([np.array([s[0] for s in strengths], dtype=np.float64), np.zeros(len(lo))])
    s1 = np.concatenate([np.array([s[1] for s in strengths], dtype=np.float64), np.zeros(len(lo))])
    s2 = np.concatenate([np.array([s[2] for s in strengths], dtype=np.float64), s2.astype(np.float64)])
    lo = np.concatenate([np.array(lows, dtype=np.int64), lo])
    hi = np.concatenate([np.array(highs, dtype=np.int64), hi])
    # _order: the record with fewer rows is the likelier copy; of two the same size, the later path
    rows = np.array([profiles[p].row_count for p in paths], dtype=np.int64)
    lo_small = rows[lo] < rows[hi]
    small, big = np.where(lo_small, lo, hi), np.where(lo_small, hi, lo)
    order = np.lexsort((big, small, -s2, -s1, -s0))  # strongest first, then by the paths (ranks: path order)
    small_sorted, big_sorted = small[order].tolist(), big[order].tolist()
    # Kruskal's maximum spanning tree: every member is shown with the strongest link that joins it
    parent = list(range(len(paths)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    in_tree = np.zeros(count, dtype=bool)
    for i, (a, b) in enumerate(zip(small_sorted, big_sorted)):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            in_tree[i] = True
    node_root = np.array([root(x) for x in range(len(paths))], dtype=np.int64)
    group_of = node_root[small[order]]
    sizes = np.bincount(group_of, minlength=len(paths))
    groups: dict[int, list[int]] = {}
    # a group's tree links, then (shown only in a group of at most _SHOW_ALL_LINKS links) the others
    for i in np.nonzero(in_tree)[0].tolist():
        groups.setdefault(int(group_of[i]), []).append(i)
    for i in np.nonzero(~in_tree & (sizes[group_of] <= _SHOW_ALL_LINKS))[0].tolist():
        groups[int(group_of[i])].append(i)
    made = []
    for g, members in groups.items():
        shown = [link(paths[min(small_sorted[i], big_sorted[i])], paths[max(small_sorted[i], big_sorted[i])])
                 for i in members]
        made.append(((shown[0].small, shown[0].big), shown, int(sizes[g])))
    docs = {d.path: d for d in documents}
    chapters: dict[str, tuple[int, int] | None] = {}

    def chapter(path: str) -> tuple[int, int] | None:
        if path not in chapters:
            doc = docs.get(log_key_parts(path)[0])
            chapters[path] = None if doc is None else _chapter_shape(doc)
        return chapters[path]

    for _, shown, pair_count in sorted(made, key=lambda t: t[0]):
        yield _group_finding(shown, pair_count, profiles, chapter, outputs or {})


def _compact(link: _Link, detail: _Detail) -> dict:
    keys = ("id_columns", "shared_values", "containment", "rows_matched", "row_share", "shared_column_count",
            "column_share", "shared_columns", "agreeing_columns")
    return {"records": [link.small, link.big], "by": link.by,
            **{k: detail.metrics[k] for k in keys if k in detail.metrics}}


_SHOW_ALL_LINKS = 12


# A chapter: a page that explains its tables in paragraphs of its own, section by section (a programme's
# "04.10 Payment page script management" printing the script tracker's rows between what they mean)
CHAPTER_PARAGRAPHS = 5  # of CHAPTER_WORDS words or more
CHAPTER_WORDS = 12
CHAPTER_TABLES = 3


def _chapter_shape(doc) -> tuple[int, int] | None:
    """(paragraphs of prose, tables) of a document that is a chapter, None for one that is not (a log with a line
    of introduction, a spreadsheet)."""
    from gapscan.model import BlockType

    tables = len(doc.tables())
    if tables < CHAPTER_TABLES:
        return None
    paragraphs = sum(1 for b in doc.blocks if b.type is BlockType.PARAGRAPH and len(b.text.split()) >= CHAPTER_WORDS)
    return (paragraphs, tables) if paragraphs >= CHAPTER_PARAGRAPHS else None


def _group_finding(shown: list[_Link], pair_count: int, profiles: dict, chapter=lambda path: None, outputs=None):
    """The finding of one group: `shown` holds every linked pair of a small group; of a large one, for
    each member, the strongest link that joins it (the spanning tree), so the finding grows with the
    records, not the pairs (`pair_count` of them). `chapter(path)`: (paragraphs, tables) of a record that is a
    chapter printing its tables among its prose, else None. `outputs`: the files a page says a program makes
    (common.script_outputs), by path."""
    members = sorted({p for link in shown for p in (link.small, link.big)},
                     key=lambda p: (-profiles[p].row_count, p))
    details = [link.describe() for link in shown]
    strongest, top = shown[0], details[0]
    path = strongest.small
    small = profiles[path]
    location = header_location(small.table)
    evidence = [Evidence(path=path, text="columns: " + ", ".join(c.name for c in small.columns), location=location)]
    evidence.extend(top.evidence)
    for detail in details[1:5]:  # further links, two rows each
        evidence.extend(detail.evidence[:2])
    if len(members) == 2:
        message = top.sentence
    else:
        names = ", ".join(_told_apart(p, members) for p in members[:4]) + (f" and {len(members) - 4} more"
                                                                  if len(members) > 4 else "")
        message = (f"{len(members)} records write down the same entries ({names}; {pair_count} linked pairs). "
                   f"Strongest link: {top.sentence}")
    metrics = {**top.metrics, "group_size": len(members),
               "members": [{"path": p, "rows": profiles[p].row_count} for p in members],
               "pair_count": pair_count, "links": [_compact(link, d) for link, d in zip(shown, details)]}
    others = [p for p in members if p != path]
    if len(members) == 2:
        fix = (f"Choose one master for these entries (this file or {_told_apart(strongest.big, members)}) "
               "and make the other read from it or retire it.")
    else:
        fix = (f"Choose one master for these entries among the {len(members)} records "
               "and make the others read from it or retire them.")
    # Records that share only their columns, no entry, may be one form kept per team, phase or place by design:
    # held out, every such PS02 was wrong. They are a lead, not a finding.
    lead = None if any(link.by != "columns" for link in shown) else (
        "the records share their columns over the same period but no entry in common: one form kept per team, "
        "phase or place may be so by design; whether the same work is written down twice is not shown")
    # Entries shared with a chapter that prints them among its prose: judged held out, none of eight could be
    # proven a second record kept; the chapter may show the tracker's rows to its readers by design
    printed = [next((chapter(p) for p in (link.small, link.big) if chapter(p)), None) for link in shown]
    if lead is None and all(printed):
        (paragraphs, tables), name = next(
            (chapter(p), p) for link in shown for p in (link.small, link.big) if chapter(p))
        lead = (f"{'each link joins' if len(shown) > 1 else 'one of them is'} a chapter that prints the rows among "
                f"its prose ({_told_apart(name, members)}: {paragraphs} paragraphs, {tables} tables): a copy shown to "
                f"its readers may be so by design; which one people keep, and whether they keep both, is not shown")
    # a link one of whose records a page says a program makes (a README's "Outputs:" naming risk_register.csv beside
    # the risks.csv it is made from, drhold27): the copy is the program's, by design
    outputs = outputs or {}
    made = [next((p for p in (link.small, link.big) if log_key_parts(p)[0] in outputs), None) for link in shown]
    if lead is None and all(made):
        said = outputs[log_key_parts(made[0])[0]]
        line = f" line {said.location.line}" if said.location.line else ""
        quoted = said.text if len(said.text) <= 80 else said.text[:79] + "…"
        lead = (f"{_told_apart(made[0], members)} is named as a program's output in {said.page}{line} ('{quoted}'): "
                f"a file a program makes from another repeats its entries by design; whether anyone also keeps it by "
                f"hand is not shown")
        evidence.append(Evidence(path=said.page, text=said.text, location=said.location))
    if lead:
        message = f"Lead, not a finding: {message} Why only a lead: {lead}."
    metrics = {**metrics, "strength": "lead" if lead else "finding", **({"lead_reason": lead} if lead else {})}
    return PS02.finding(path=path, message=message, location=location, evidence=evidence, related=others,
                        metrics=metrics, fix=fix, **({"severity": Severity.INFO} if lead else {}))


def _told_apart(path: str, among) -> str:
    """short_name(path), or where another of `among` has the same short name, as much of the path as tells them
    apart ('01-scoping/logs/decision-log.md' and '02-network/logs/decision-log.md', not 'decision-log.md' twice)."""
    from gapscan.rules.ps.common import log_key_parts

    name = short_name(path)
    file = log_key_parts(path)[0]
    others = {log_key_parts(p)[0] for p in among if p != path and short_name(p) == name} - {file}
    if not others:
        return name
    parts = file.split("/")
    rest = name[len(parts[-1]):]  # a log's name after its file's
    for k in range(2, len(parts) + 1):
        tail = "/".join(parts[-k:])
        if not any(("/" + o).endswith("/" + tail) for o in others):
            return tail + rest
    return file + rest


def _join_evidence(small_path, small, cs, big_path, big, cg, shared, rows_cache, n=3) -> list[Evidence]:
    evidence = []
    for value in heapq.nsmallest(n, shared):  # sorted(shared)[:n] without sorting thousands of values
        for path, prof, col in ((small_path, small, cs), (big_path, big, cg)):
            hit = _value_rows(prof, col.index, rows_cache).get(value)
            if hit is not None:
                evidence.append(Evidence(path=path, text=row_text(prof.table, hit[0]),
                                         location=prof.cell_location(hit[0], col.index)))
    return evidence


def _join_numbers(small, cs, big, cg, shared, rows_cache) -> dict:
    """Rows of each record that hold a shared value, and their share of the record."""
    out = {}
    for key, prof, col in (("small", small, cs), ("big", big, cg)):
        index = _value_rows(prof, col.index, rows_cache)
        rows = sum(index[v][1] for v in shared if v in index)
        out[key] = (rows, round(rows / prof.row_count, 3) if prof.row_count else 0.0)
    return {"rows_matched": [out["small"][0], out["big"][0]], "row_share": [out["small"][1], out["big"][1]]}


def _rows_phrase(metrics: dict, small, big) -> str:
    here, there = metrics["rows_matched"]
    return f"{here} of {small.row_count} rows here, {there} of {big.row_count} there"


def _order(pa, a, pb, b):
    """(small path, small, big path, big, a is small): the record with fewer rows is the likelier copy."""
    if (a.row_count, pb) <= (b.row_count, pa):
        return pa, a, pb, b, True
    return pb, b, pa, a, False


def _shared_count(ka, va, kb, vb, counts) -> int:
    """How many values two columns share: read from the value index when they are compared whole,
    so a pair costs a look-up, not an intersection of thousands of values."""
    return counts.get((ka, kb), 0) if counts is not None else len(va & vb)


def _all_references(ea_col: _EntityColumn, eb_col: _EntityColumn) -> bool:
    """Every value of one of the columns is reference-shaped, so every value they share is."""
    return len(ea_col.references) == len(ea_col.values) or len(eb_col.references) == len(eb_col.values)


def _points_at(entities: list[_EntityColumn], shared_col, other_col, other_entities: list[_EntityColumn],
               own_columns: bool = False) -> bool:
    """Whether a record's rows cite the other record's entries as their parent rather than write them down again:
    the column they share repeats its values down this record's rows (several rows to one value, under 80%
    distinct) while it keys the other's rows, and this record keys its own rows by an identifier of its own (80%
    distinct or more, shaped like references). An inventory of assets, each naming the system it belongs to, is
    about its assets, not the systems (drhold26's NERC CIP set). With `own_columns` (most of this record's columns
    are its own, under 60% matched by the other's) one row to one value is citing too: a register of mitigation plans under
    their own IDs, each naming the finding it answers, is about its plans, not a copy of the findings (nerccip's
    mitigation plan register and PNC findings register)."""
    mine = next((e for e in entities if e.column.index == shared_col.index), None)
    theirs = next((e for e in other_entities if e.column.index == other_col.index), None)
    if mine is None or theirs is None or (_keys_rows(mine) and not own_columns) or not _keys_rows(theirs):
        return False
    return any(e.column.index != shared_col.index and _keys_rows(e) and len(e.values) >= len(mine.values)
               and len(e.references) >= 0.8 * len(e.values) for e in entities)


def _duplicate_pair(pa, a, ea, pb, b, eb, min_shared, min_containment, period, headers_a, headers_b,
                    scores, rows_cache, counts=None, sharing=None, own=None) -> _Link | None:
    """`ea` and `eb` hold (column number, identifier column, its values in the period); `counts` the values
    each pair of column numbers shares when their values are compared whole (None: intersect them);
    `sharing` the pairs of column numbers that share `min_shared` values over their whole values (None: any
    pair may): the values of a period are some of those, so no other pair can share enough in it. `own`: every
    identifier column of each record (its _EntityColumns), to tell a column citing the other's entries from a copy."""
    best = None
    for ka, ea_col, va in ea:
        for kb, eb_col, vb in eb:
            if sharing is not None and (ka, kb) not in sharing:
                continue
            n = _shared_count(ka, va, kb, vb, counts)
            if n < min_shared or not (_all_references(ea_col, eb_col) or _references(va & vb, ea_col)):
                continue
            containment = n / min(len(va), len(vb))
            jaccard = n / (len(va) + len(vb) - n)
            key = (containment, n)
            if containment >= min_containment and (best is None or key > best[0]):
                best = (key, ea_col.column, eb_col.column, (va, vb), containment, jaccard, n)
    pairs = _match_headers(headers_a, headers_b, scores)
    n_a, n_b = len(headers_a), len(headers_b)
    column_share = len(pairs) / min(n_a, n_b) if min(n_a, n_b) else 0.0
    # under 60% of the citing record's columns matched the other's: most of them are its own
    if best is not None and own is not None and (
            _points_at(own[0], best[1], best[2], own[1], bool(n_a) and len(pairs) < 0.6 * n_a)
            or _points_at(own[1], best[2], best[1], own[0], bool(n_b) and len(pairs) < 0.6 * n_b)):
        best = None
    id_names = {best[1].name, best[2].name} if best else set()
    other_pairs = [p for p in pairs if p[0] not in id_names and p[1] not in id_names]
    if best is not None and len(other_pairs) >= 2 and column_share < 0.6:
        # A table of its own columns (a treating standard, a control, an onward plan) that cites the
        # other's entries repeats their names and ratings in its own words and scale: it writes the same
        # entries down only when a column beside the identifier says the same thing on the joined rows.
        # A record made mostly of the other's columns registers the same things even where copies drifted.
        if not _same_facts(a, best[1], b, best[2], best[3][0] & best[3][1], other_pairs, rows_cache):
            best = None
    elif best is not None and len(other_pairs) >= 2:
        # Records of the same columns that each number their entries again (every phase's RAID log starts
        # at IS-01) share IDs for different entries: the same entries only where the joined rows say the
        # same things in their own words, drifted or not.
        if not _same_entries(a, best[1], b, best[2], best[3][0] & best[3][1], other_pairs, rows_cache):
            best = None
    overlap = _overlap_days(a, b)
    by_values = best is not None and len(other_pairs) >= 2
    # the same columns alone show double handling only over one period: two undated lists with one header row
    # may be two copies of a template for different things
    by_columns = len(pairs) >= 3 and column_share >= 0.6 and overlap is not None and overlap >= 30
    if not (by_values or by_columns):
        return None
    small_path, small, big_path, big, a_small = _order(pa, a, pb, b)

    pair = (small_path, big_path)

    def describe() -> _Detail:
        metrics: dict[str, Any] = {"other": big_path, "shared_columns": [list(p) if a_small else [p[1], p[0]]
                                                                        for p in pairs],
                                   "shared_column_count": len(pairs), "column_share": round(column_share, 3),
                                   "period_overlap_days": overlap}
        evidence = []
        if best is not None:
            _, ca, cb, (va, vb), containment, jaccard, _ = best
            shared = va & vb
            cs, cg = (ca, cb) if a_small else (cb, ca)
            metrics.update({"id_columns": [cs.name, cg.name], "shared_values": len(shared),
                            "containment": round(containment, 3), "jaccard": round(jaccard, 3),
                            "examples": heapq.nsmallest(5, shared),
                            "compared_period": [period[0].isoformat(), period[1].isoformat()] if period else None,
                            **_join_numbers(small, cs, big, cg, shared, rows_cache)})
            evidence = _join_evidence(small_path, small, cs, big_path, big, cg, shared, rows_cache)
            what = (f"{len(shared)} of the same {cs.name} values as {_told_apart(big_path, pair)} "
                    f"({containment:.0%} of the smaller list; {_rows_phrase(metrics, small, big)})")
            compared = _cells_compared(small, cs, big, cg, shared, metrics["shared_columns"], rows_cache)
        else:
            what = f"the same fields as {_told_apart(big_path, pair)} over {overlap} days of the same period"
            compared = None
        names = ", ".join(p[0] for p in (metrics["shared_columns"][:6]))
        sentence = (f"{_told_apart(small_path, pair)} records {what}; {len(pairs)} columns in common"
                    + (f" ({names})." if names else "."))
        if compared is not None and compared.count:
            sentence += f" {compared.sentence()}"
            metrics.update(compared.metrics())
            evidence.extend(compared.evidence(small_path, small, big_path, big))
        return _Detail(sentence=sentence, metrics=metrics, evidence=tuple(evidence))

    return _Link(small=small_path, big=big_path, by="identifiers and columns" if by_values else "columns",
                 strength=(best[6] if best else 0, round(best[4], 3) if best else 0.0, len(pairs)),
                 describe=describe)


class _Difference(NamedTuple):
    """One cell two copies fill differently: the entry, each record's column and cell (row, column index), and
    each cell's text as the message quotes it."""
    key: str
    column: str  # the smaller record's column name ("here")
    other_column: str
    here_cell: tuple[int, int]
    there_cell: tuple[int, int]
    here: str
    there: str


@dataclass(frozen=True)
class _Compared:
    """The cells two copies both fill on the entries they share (one row each, columns matched by name), and those
    that say different things: a second record kept by hand drifts from the first; a program's copy does not."""
    count: int
    differing: tuple[_Difference, ...]  # the first _DIFFERENCES_KEPT
    differing_count: int
    # (the smaller record's column, the other's column whose cells it holds, entries agreeing, entries joined): a
    # column whose cells sit under the wrong heading (_shifted_columns)
    shifted: tuple[tuple[str, str, int, int], ...] = ()

    def sentence(self) -> str:
        if not self.differing_count:
            return f"The copies agree on all {self.count} cells they both fill for those entries."
        shown = "; ".join(f"{d.column} of {d.key}: '{d.here}' here, '{d.there}' there" for d in self.said())
        more = "" if self.differing_count <= _DIFFERENCES_SAID else "; ..."
        said = (f"The copies differ on {self.differing_count} of the {self.count} cells they both fill for those "
                f"entries ({shown}{more}).")
        if self.shifted:
            said += (" Some cells sit under another heading here: "
                     + "; ".join(f"'{here}' here holds what '{there}' holds there ({n} of {m} entries)"
                                 for here, there, n, m in self.shifted) + ".")
        return said

    def said(self) -> list[_Difference]:
        """The differences the message names and the evidence shows: one an entry, of the first entries that differ
        (three cells of one entry would say less than one cell of each of three)."""
        seen, out = set(), []
        for diff in self.differing:
            if diff.key not in seen:
                seen.add(diff.key)
                out.append(diff)
        return (out + [d for d in self.differing if d not in out])[:_DIFFERENCES_SAID]

    def metrics(self) -> dict:
        return {"cells_compared": self.count, "cells_differing": self.differing_count,
                "differences": [{"id": d.key, "column": d.column, "here": d.here, "there": d.there}
                                for d in self.differing],
                **({"shifted_columns": [[here, there] for here, there, _, _ in self.shifted]} if self.shifted else {})}

    def evidence(self, small_path, small, big_path, big) -> list[Evidence]:
        out = []
        for d in self.said():
            out.append(Evidence(path=small_path, text=f"{d.column} of {d.key}: {d.here}",
                                location=small.cell_location(*d.here_cell)))
            out.append(Evidence(path=big_path, text=f"{d.other_column} of {d.key}: {d.there}",
                                location=big.cell_location(*d.there_cell)))
        return out


_DIFFERENCES_SAID = 3  # differing cells named in the message and shown as evidence (metrics keep up to _DIFFERENCES_KEPT)
_DIFFERENCES_KEPT = 20


_EMPHASIS = re.compile(r"[*_`]+")


def _plain(text: str) -> str:
    """A cell's comparable text (_row_value) without what only its file's markup makes of it: character references
    ('Physical &amp; Device', written so in a workbook's cell, is 'Physical & Device') and emphasis marks ('*(conditional)*')."""
    if "&" in text:
        text = html.unescape(text)
    return " ".join(_EMPHASIS.sub("", text).split())


def _same_cell(p: str, q: str) -> bool:
    """Two cells' comparable texts (_row_value) say the same: equal once markup is set aside (_plain), or the same
    number written two ways ('0.5', '0.50')."""
    if p == q:
        return True
    p, q = _plain(p), _plain(q)
    if p == q:
        return True
    try:
        return float(p) == float(q)
    except ValueError:
        return False


def _cells_compared(small, cs, big, cg, shared, columns, rows_cache) -> _Compared:
    """Cell by cell, the entries both records hold once (a tracker with several rows to an identifier is left out:
    which of its rows answers the other's one is not known), over the name-matched columns other than the
    identifier's (`columns`: pairs of small's name, big's name)."""
    rows_s, rows_b = _all_rows(small, cs.index, rows_cache), _all_rows(big, cg.index, rows_cache)
    by_name_s, by_name_b = {c.name: c for c in reversed(small.columns)}, {c.name: c for c in reversed(big.columns)}
    pairs = [(by_name_s[x], by_name_b[y]) for x, y in columns
             if x in by_name_s and y in by_name_b and by_name_s[x].index != cs.index and by_name_b[y].index != cg.index]
    count = differing_count = 0
    differing = []
    joined: list[tuple[int, int]] = []
    by_pair: Counter = Counter()  # (small column, big column) -> cells that differ
    filled: Counter = Counter()
    for key in sorted(shared):
        hit_s, hit_b = rows_s.get(key), rows_b.get(key)
        if not hit_s or not hit_b or len(hit_s) > 1 or len(hit_b) > 1:
            continue
        rs, rb = hit_s[0], hit_b[0]
        joined.append((rs, rb))
        for cx, cy in pairs:
            p, q = _row_value(small, cx, rs), _row_value(big, cy, rb)
            if not p or not q:
                continue
            count += 1
            filled[(cx.index, cy.index)] += 1
            if not _same_cell(p, q):
                differing_count += 1
                by_pair[(cx.index, cy.index)] += 1
                if len(differing) < _DIFFERENCES_KEPT:
                    differing.append(_Difference(key, cx.name, cy.name, (rs, cx.index), (rb, cy.index),
                                                 *_shown_apart(_cell(small, cx, rs), _cell(big, cy, rb))))
    off = [cx for cx, cy in pairs if filled[(cx.index, cy.index)] >= SHIFT_ENTRIES
           and by_pair[(cx.index, cy.index)] >= SHIFT_SHARE * filled[(cx.index, cy.index)]]
    return _Compared(count=count, differing=tuple(differing), differing_count=differing_count,
                     shifted=_shifted_columns(small, off, big, {cs.index: cg.index, **{x.index: y.index for x, y in pairs}},
                                              joined))


SHIFT_ENTRIES = 5  # joined entries a column must fill to be said to sit under another heading
SHIFT_SHARE = 0.8  # of them, the share on which it differs from its namesake and says what the other column says


def _shifted_columns(small, off: list, big, matched: dict[int, int], joined: list[tuple[int, int]]
                     ) -> tuple[tuple[str, str, int, int], ...]:
    """The columns of the smaller record (`off`: those that differ from their namesake on nearly every entry) whose
    cells, entry for entry, say what another column of the other record says (SHIFT_SHARE of the entries both
    fill, with two values at least): a page whose rows leave out one cell shows each later cell under the heading
    before it (binette87 grc/, risk-register.html's 'Treatment' holding the register's 'Status'). A column of one
    value throughout says nothing of where it belongs."""
    out = []
    for cx in off:
        best = None
        for cz in big.columns:
            if cz.index == matched.get(cx.index) or cz.type == "empty":
                continue
            pairs = [(_row_value(small, cx, rs), _row_value(big, cz, rb)) for rs, rb in joined]
            pairs = [(p, q) for p, q in pairs if p and q]
            same = [p for p, q in pairs if _same_cell(p, q)]
            if len(pairs) >= SHIFT_ENTRIES and len(same) >= SHIFT_SHARE * len(pairs) and len(set(same)) >= 2 \
                    and (best is None or len(same) > best[2]):
                best = (cx.name, cz.name, len(same), len(pairs))
        if best is not None:
            out.append(best)
    return tuple(sorted(out))


def _cell(profile, col, row: int) -> str:
    cells = profile.table.rows[row]
    return " ".join(cell_text(cells[col.index] if col.index < len(cells) else None).split())


def _shown_apart(here: str, there: str, width: int = 40) -> tuple[str, str]:
    """Two differing cells as the message quotes them, at most `width` characters each: where both are longer and
    begin alike, each is quoted from a little before the first character they differ at, so the quotes show the
    difference ('…Z7; VLAN 30 only…', not the same forty characters twice)."""
    def cut(text: str, start: int) -> str:
        head = "…" if start else ""
        room = width - len(head)
        return head + (text[start:] if len(text) - start <= room else text[start:start + room - 1] + "…")

    if len(here) <= width and len(there) <= width:
        return here, there
    same = next((i for i, (a, b) in enumerate(zip(here, there)) if a != b), min(len(here), len(there)))
    start = max(0, same - 12) if same > width - 12 else 0
    return cut(here, start), cut(there, start)


def _row_value(profile, col, row: int) -> str:
    """A cell as a comparable text: dates by the day they mean, numbers without '.0', words folded."""
    if col.type == "date":
        day = col.dates[row] if row < len(col.dates) else None
        return day.isoformat() if day else ""
    cells = profile.table.rows[row]
    return " ".join(cell_text(cells[col.index] if col.index < len(cells) else None).casefold().split())


def _agreeing_columns(a, ca, rows_a: list[int], b, cb, rows_b: list[int]) -> tuple[list, int, int]:
    """Pairs of columns (one of each record, each used once) that hold the same value on the joined
    rows: filled together on at least half of them, equal on at least 80%, and at least 0.5 above the
    agreement two columns of the same values would reach by chance. People's names are left out (the
    same person on two rows does not make them one event); companies' names (supplier, customer)
    stay. Also the number of columns of each record that say what the event was (not empty, not
    people, not identifiers: each system numbers its rows its own way)."""
    def vectors(prof, skip, rows):
        return [(c, [_row_value(prof, c, r) for r in rows]) for c in prof.columns
                if c.index != skip.index and c.type != "empty"
                and (c.type != "person" or _ORGANISATION.search(c.name))]

    va, vb = vectors(a, ca, rows_a), vectors(b, cb, rows_b)
    sets_b = [set(ys) - {""} for _, ys in vb]
    n = len(rows_a)
    scored = []
    for x, xs in va:
        xset = set(xs) - {""}
        for (y, ys), yset in zip(vb, sets_b):
            if not xset & yset:
                continue
            both = [(p, q) for p, q in zip(xs, ys) if p and q]
            if len(both) < 0.5 * n:
                continue
            agree = sum(p == q for p, q in both) / len(both)
            left, right = Counter(p for p, _ in both), Counter(q for _, q in both)
            chance = sum(k * right[v] for v, k in left.items()) / len(both) ** 2
            if agree >= 0.8 and agree - chance >= 0.5:
                scored.append((-agree, x.index, y.index, x, y, agree))
    used_a, used_b, out = set(), set(), []
    for _, _, _, x, y, agree in sorted(scored, key=lambda t: t[:3]):
        if x.index not in used_a and y.index not in used_b:
            used_a.add(x.index), used_b.add(y.index)
            out.append((x, y, round(agree, 3)))
    return out, sum(c.type != "identifier" for c, _ in va), sum(c.type != "identifier" for c, _ in vb)


def _same_facts(a, ca, b, cb, shared, pairs: list[tuple[str, str]], rows_cache) -> list[tuple[str, str]]:
    """The name-matched column pairs (a's name, b's name) that say the same thing on the rows the shared
    identifiers join: filled together for at least half of the identifiers, and for at least 80% of those
    one of a's rows and one of b's rows with that identifier hold the same value (a defect tracker has
    several rows per batch, the NCR register one). A traceability table that repeats each risk in a few
    words of its own and its rating as 'Moderate (9)' matches the register's 'Risk' and 'Rating' columns by
    name, not by what they say."""
    rows_a, rows_b = _all_rows(a, ca.index, rows_cache), _all_rows(b, cb.index, rows_cache)
    sample = [v for v in heapq.nsmallest(_JOIN_SAMPLE, shared) if v in rows_a and v in rows_b]
    by_name_a, by_name_b = {c.name: c for c in reversed(a.columns)}, {c.name: c for c in reversed(b.columns)}
    out = []
    for x, y in pairs:
        cx, cy = by_name_a.get(x), by_name_b.get(y)
        if cx is None or cy is None or not sample:
            continue
        filled = agree = 0
        for v in sample:
            xs = {_row_value(a, cx, r) for r in rows_a[v]} - {""}
            ys = {_row_value(b, cy, r) for r in rows_b[v]} - {""}
            if xs and ys:
                filled += 1
                agree += not xs.isdisjoint(ys)
        if filled >= 0.5 * len(sample) and agree >= 0.8 * filled:
            out.append((x, y))
    return out


_WORD = re.compile(r"[^\W_]+")
_FILLER = frozenset({"the", "and", "for", "with", "from", "its", "this", "that", "are", "was", "were", "not",
                     "has", "have", "been", "into", "than", "per", "all", "any"})
_ROWS_READ = 3  # rows of one identifier read for its words: a tracker with many rows per batch says enough in 3


def _row_words(profile, columns, rows: list[int], cache: dict) -> set[str]:
    """The words a record's rows hold in the given columns: numbers and codes whole (7, P3), other words of
    three letters or more, filler words left out. Each cell is read once per run (`cache`): every pair a
    record joins reads it."""
    words: set[str] = set()
    for r in rows[:_ROWS_READ]:
        for c in columns:
            key = ("words", profile.path, c.index, r)
            got = cache.get(key)
            if got is None:
                got = cache[key] = frozenset(w for w in _WORD.findall(_row_value(profile, c, r))
                                             if (len(w) > 2 or any(map(str.isdigit, w))) and w not in _FILLER)
            words |= got
    return words


def _same_entries(a, ca, b, cb, shared, pairs: list[tuple[str, str]], rows_cache) -> bool:
    """Whether the shared identifiers join the same entries: for at least half of them, the rows of a and
    of b hold, over the name-matched columns beside the identifier, at least half the words of the shorter
    side in common ('Badge readers log no exit times' against 'Badge readers at our dock log no exit times').
    An identifier whose rows say nothing in those columns counts as the same entry (nothing tells them
    apart). Two phases' RAID logs each starting at IS-01 join 'Nine appliances cannot accept an agent' to
    'Seven device-register serial mismatches': different issues under one number."""
    rows_a, rows_b = _all_rows(a, ca.index, rows_cache), _all_rows(b, cb.index, rows_cache)
    sample = [v for v in heapq.nsmallest(_JOIN_SAMPLE, shared) if v in rows_a and v in rows_b]
    if not sample:
        return True
    by_name_a, by_name_b = {c.name: c for c in reversed(a.columns)}, {c.name: c for c in reversed(b.columns)}
    cols_a = [by_name_a[x] for x, y in pairs if x in by_name_a and y in by_name_b]
    cols_b = [by_name_b[y] for x, y in pairs if x in by_name_a and y in by_name_b]
    same = 0
    for v in sample:
        wa, wb = _row_words(a, cols_a, rows_a[v], rows_cache), _row_words(b, cols_b, rows_b[v], rows_cache)
        same += not wa or not wb or len(wa & wb) >= 0.5 * min(len(wa), len(wb))
    return same >= 0.5 * len(sample)


def _all_rows(profile, col_index: int, cache: dict) -> dict[str, list[int]]:
    """Value (as _entity_columns reads it) -> every row holding it; each column is indexed once per run."""
    key = ("all rows", profile.path, col_index)
    rows = cache.get(key)
    if rows is None:
        rows = {}
        for i, v in enumerate(profile.table.column(col_index)):
            text = cell_text(v).upper()
            if text:
                rows.setdefault(text, []).append(i)
        cache[key] = rows
    return rows


def _reference_join(pa, a, ea, pb, b, eb, min_shared, min_containment, period, rows_cache,
                    counts=None, sharing=None) -> _Link | None:
    """The same events typed into two records under other column names, joined by shared reference
    numbers whose rows agree on most of the other columns (see check_duplicate_recording)."""
    best = None
    for ka, ea_col, va in ea:
        if not _keys_rows(ea_col):
            continue
        for kb, eb_col, vb in eb:
            if sharing is not None and (ka, kb) not in sharing:  # as in _duplicate_pair
                continue
            n = _shared_count(ka, va, kb, vb, counts)
            if n < min_shared:
                continue
            containment = n / min(len(va), len(vb))
            if containment < min_containment or not _keys_rows(eb_col):
                continue
            shared = va & vb
            if not _references(shared, ea_col):
                continue
            index_a = _value_rows(a, ea_col.column.index, rows_cache)
            index_b = _value_rows(b, eb_col.column.index, rows_cache)
            sample = heapq.nsmallest(_JOIN_SAMPLE, shared)
            agreeing, n_a, n_b = _agreeing_columns(a, ea_col.column, [index_a[v][0] for v in sample],
                                                   b, eb_col.column, [index_b[v][0] for v in sample])
            if len(agreeing) < 2 or len(agreeing) < 0.5 * min(n_a, n_b):
                continue
            key = (len(shared), containment, len(agreeing))
            if best is None or key > best[0]:
                best = (key, ea_col.column, eb_col.column, shared, containment, agreeing, len(sample),
                        len(va), len(vb))
    if best is None:
        return None
    _, ca, cb, shared, containment, agreeing, sampled, n_va, n_vb = best
    small_path, small, big_path, big, a_small = _order(pa, a, pb, b)
    cs, cg = (ca, cb) if a_small else (cb, ca)

    def describe() -> _Detail:
        pairs = [(x.name, y.name) if a_small else (y.name, x.name) for x, y, _ in agreeing]
        metrics: dict[str, Any] = {
            "other": big_path, "id_columns": [cs.name, cg.name], "shared_values": len(shared),
            "containment": round(containment, 3),
            "jaccard": round(len(shared) / (n_va + n_vb - len(shared)), 3),
            "examples": heapq.nsmallest(5, shared),
            "compared_period": [period[0].isoformat(), period[1].isoformat()] if period else None,
            "period_overlap_days": _overlap_days(a, b),
            **_join_numbers(small, cs, big, cg, shared, rows_cache),
            "agreeing_columns": [{"columns": list(p), "agreement": agree}
                                 for p, (_, _, agree) in zip(pairs, agreeing)],
            "rows_compared": sampled,
            "shared_columns": [list(p) for p in pairs], "shared_column_count": len(pairs)}
        names = ", ".join(f"{x} = {y}" for x, y in pairs[:6])
        sentence = (f"{_told_apart(small_path, (small_path, big_path))} records {len(shared)} of the same "
                    f"reference numbers as {_told_apart(big_path, (small_path, big_path))} ({cs.name} = {cg.name}: {containment:.0%} of the smaller list; "
                    f"{_rows_phrase(metrics, small, big)}), and on those rows "
                    f"{len(pairs)} more columns hold the same values ({names}).")
        evidence = _join_evidence(small_path, small, cs, big_path, big, cg, shared, rows_cache)
        return _Detail(sentence=sentence, metrics=metrics, evidence=tuple(evidence))

    return _Link(small=small_path, big=big_path, by="reference values",
                 strength=(len(shared), round(containment, 3), len(agreeing)), describe=describe)


PS02 = Rule(code='PS02', name='duplicate-recording', family='parallel system', applies_to=(R,),
    summary='two records capture the same entities/fields: double handling',
    severity=Severity.WARNING, check=check_duplicate_recording,
    example="Finds the same order numbers and dispatch dates typed into both 'dispatch-log.xlsx' and 'delivery-register.csv'. Better: keep one as the master and let the other read from it.")
