"""Parallel-system rules (PS): the real system living beside the official one."""
from __future__ import annotations

import datetime as dt
import heapq
import math
import re
import weakref
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

from gapscan.model import Document, Evidence, Kind, Location, Severity, Value, column_letter
from gapscan.rules.base import Context, Rule

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW

LINK_CONFIDENCE = 0.5  # below this a drift link is a guess, never proof that a record is governed
RECENT_DAYS = 90

_CODE = re.compile(r"\b([A-Z]{1,5})[\s_-]?(\d{1,4}[A-Z]?)\b")
_YEARS = re.compile(r"\b(19|20)\d\d\b")
_NOISE_WORDS = {"copy", "final", "draft", "new", "old", "v", "ver", "version", "rev", "issue", "master", "current",
                "updated", "latest", "working", "xlsx", "xls", "csv", "docx", "sheet", "book", "data", "file"}
_GENERIC_NAMES = {"log", "register", "record", "records", "list", "tracker", "sheet", "form", "data", "book"}


# ---------------------------------------------------------------- shared helpers

_RUN: list = [None, None]  # (weak reference to the Context of the current run, its cache)


def _run_cache(ctx: Context) -> dict:
    """Data derived once per run (per Context) and shared by the PS and SH checks: procedure
    texts, links by record, record names, tokenised cell values. A new Context starts afresh."""
    ref = _RUN[0]
    if ref is not None and ref() is ctx:
        return _RUN[1]
    cache: dict = {}
    try:
        _RUN[0] = weakref.ref(ctx)
        weakref.finalize(ctx, cache.clear)  # the run's data goes with its Context
    except TypeError:  # not weak-referenceable: no sharing, still correct
        return cache
    _RUN[1] = cache
    return cache


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    from gapscan.nlp.review import lemma_key

    return lemma_key(word)


def _calendar_words(text: str) -> bool:
    """'Days', 'Night shift', 'Mon': a shift, day or month (gapscan.records.NOT_NAME_WORDS), not a
    person and not a thing the work is about."""
    from gapscan.records import NOT_NAME_WORDS

    found = re.findall(r"[a-z]+", text.lower())
    return bool(found) and all(w in NOT_NAME_WORDS for w in found)


def _people(profile) -> list[str]:
    """The record's people, without shift and calendar words a person column may also hold."""
    return [p for p in profile.people if not _calendar_words(str(p))]

def _cell_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def document_text(doc: Document) -> str:
    """All the words a person reads in a document: block text and table cells."""
    parts = [doc.title or ""]
    for block in doc.blocks:
        if block.table is not None:
            parts.append(" ".join(block.table.header))
            parts.extend(" ".join(_cell_text(v) for v in row) for row in block.table.rows)
        else:
            parts.append(block.text)
    return "\n".join(p for p in parts if p)


def _codes(text: str) -> set[str]:
    return {f"{a}{b}".upper() for a, b in _CODE.findall(text) if a.upper() != "ISO"}


def _keys(text: str) -> list[str]:
    return [_lemma(w) for w in re.findall(r"[A-Za-z][A-Za-z'&]+", text)]


def _name_phrase(doc_path: str, title: str | None) -> list[list[str]]:
    """The record's name as lemma-key phrases (file stem and title, without codes, years, 'final')."""
    stem = doc_path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    phrases = []
    for name in (stem, title or ""):
        name = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)  # "(do not delete)", "[old]"
        name = _CODE.sub(" ", _YEARS.sub(" ", re.sub(r"[_\-.]+", " ", name)))
        words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _NOISE_WORDS]
        keys = _keys(" ".join(words))
        if len(keys) >= 2 or (len(keys) == 1 and len(keys[0]) >= 5 and keys[0] not in _GENERIC_NAMES):
            phrases.append(keys)
    return phrases


def _contains(seq: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(seq[i:i + n] == phrase for i in range(len(seq) - n + 1))


@dataclass(frozen=True)
class _ProcText:
    path: str
    codes: frozenset[str]
    keys: tuple[str, ...]


def _procedure_texts(ctx: Context) -> list[_ProcText]:
    """Each procedure's codes and lemma keys, read once per run."""
    cache = _run_cache(ctx)
    if "procs" not in cache:
        out = []
        for doc in ctx.of_kind(Kind.PROCEDURE):
            text = document_text(doc)
            out.append(_ProcText(path=doc.path, codes=frozenset(_codes(text)), keys=tuple(_keys(text))))
        cache["procs"] = out
    return list(cache["procs"])


def references(proc: _ProcText, record_path: str, record_title: str | None) -> str | None:
    """How a procedure names a record ("code QF-11", "name 'calibration log'"), or None."""
    name = f"{record_path.rsplit('/', 1)[-1]} {record_title or ''}"
    shared = _codes(name) & proc.codes
    if shared:
        return f"code {sorted(shared)[0]}"
    keys = list(proc.keys)
    for phrase in _name_phrase(record_path, record_title):
        if _contains(keys, phrase):
            return "name '" + " ".join(phrase) + "'"
    return None


def record_profiles(ctx: Context) -> dict[str, Any]:
    """Profiles of the working records (kind record), by path, in path order."""
    cache = _run_cache(ctx)
    if "profiles" not in cache:
        kinds = {d.path: d.kind for d in ctx.documents}
        cache["profiles"] = {p: prof for p, prof in sorted(ctx.records.items())
                             if prof is not None and kinds.get(p, Kind.RECORD) is Kind.RECORD}
    return dict(cache["profiles"])


def _named_records(procs: list[_ProcText], records: Iterable[str],
                   titles: dict[str, str | None]) -> dict[str, set[str]]:
    """Procedure path -> records it names (what `references` finds), by index instead of pairs: each
    record's codes and name phrases are computed once and looked up in each procedure's text once."""
    by_code: dict[str, set[str]] = {}
    by_phrase: dict[tuple[str, ...], set[str]] = {}
    for r in records:
        name = f"{r.rsplit('/', 1)[-1]} {titles.get(r) or ''}"
        for code in _codes(name):
            by_code.setdefault(code, set()).add(r)
        for phrase in _name_phrase(r, titles.get(r)):
            by_phrase.setdefault(tuple(phrase), set()).add(r)
    sizes = sorted({len(p) for p in by_phrase})
    firsts = {p[0] for p in by_phrase}
    out: dict[str, set[str]] = {}
    for proc in procs:
        named: set[str] = set()
        for code in proc.codes:
            named.update(by_code.get(code, ()))
        keys = proc.keys
        for i, key in enumerate(keys):
            if key not in firsts:
                continue
            for n in sizes:
                if i + n <= len(keys):
                    named.update(by_phrase.get(keys[i:i + n], ()))
        out[proc.path] = named
    return out


def _titles(ctx: Context) -> dict[str, str | None]:
    return {d.path: d.title for d in ctx.documents}


_RESEMBLANCE = {"fields", "vocabulary"}


def link_strength(via: str) -> int:
    """How explicitly a link ties a record to a procedure: 3 config, 2 title, 1 code or name,
    0 resemblance only (the record's fields or words look like the procedure's)."""
    parts = [p.strip().lower() for p in via.split(",") if p.strip()]
    if any(p.startswith("config") for p in parts):
        return 3
    if any("title" in p for p in parts):
        return 2
    if any(p.split(" ", 1)[0] not in _RESEMBLANCE for p in parts):
        return 1
    return 0


def _links_by_record(ctx: Context, procs: list[_ProcText]) -> dict[str, list[tuple[int, float, str]]]:
    """Record path -> (strength, confidence, procedure path) for every link >= 0.5 and every naming."""
    cache = _run_cache(ctx)
    key = ("links_by_record", tuple(p.path for p in procs))
    if key not in cache:
        records = record_profiles(ctx)
        named = _named_records(procs, records, _titles(ctx))
        out: dict[str, list[tuple[int, float, str]]] = {r: [] for r in records}
        for proc in procs:
            seen = set()
            for link in ctx.links(proc.path):
                if link.path in out and link.confidence >= LINK_CONFIDENCE:
                    out[link.path].append((link_strength(link.via), float(link.confidence), proc.path))
                    seen.add(link.path)
            for r in sorted(named[proc.path] - seen):
                out[r].append((1, 1.0, proc.path))
        cache[key] = out
    return {r: list(links) for r, links in cache[key].items()}


def governed_records(ctx: Context, procs: list[_ProcText] | None = None) -> dict[str, set[str]]:
    """Procedure path -> records it explicitly governs: named by code/name in its text, or linked
    (confidence >= 0.5) by config, code or title. A link that rests only on resemblance (similar
    fields or words) does not count: a spreadsheet that looks like a procedure's subject but is
    never named in it is exactly what a shadow record is."""
    procs = _procedure_texts(ctx) if procs is None else procs
    out: dict[str, set[str]] = {p.path: set() for p in procs}
    for record, links in _links_by_record(ctx, procs).items():
        for strength, _, proc in links:
            if strength > 0:
                out[proc].add(record)
    return out


def primary_procedures(ctx: Context, procs: list[_ProcText]) -> dict[str, set[str]]:
    """Procedure path -> records whose work it is meant to govern: each record goes to the procedure(s)
    that link to it most strongly (config, then title, then code/name, then resemblance >= 0.5;
    then confidence). A procedure that only mentions a record in passing does not inherit its words."""
    out: dict[str, set[str]] = {p.path: set() for p in procs}
    for record, links in _links_by_record(ctx, procs).items():
        if not links:
            continue
        best = max((s, round(c, 2)) for s, c, _ in links)
        for strength, conf, proc in links:
            if (strength, round(conf, 2)) == best:
                out[proc].add(record)
    return out


def newest_date(profiles: Iterable[Any]) -> dt.date | None:
    """The newest entry date in the whole set (not the wall clock: a set can be a year old).

    Dates more than a month past today are typing errors (2052 for 2025) and are ignored.
    """
    limit = dt.date.today() + dt.timedelta(days=31)
    newest = None
    for p in profiles:
        last = p.last_entry
        if last is None or last > limit:
            last = max((d for d in p.entry_dates if d is not None and d <= limit), default=None)
        if last is not None and (newest is None or last > newest):
            newest = last
    return newest


def header_location(table) -> Location:
    """Where a table's header row is: the place a person looks to see what a record holds."""
    base = table.location
    row = table.header_row
    cell = f"{column_letter(table.first_column)}{row}" if base.sheet is not None and row is not None else None
    return Location(page=base.page, line=base.line, section=base.section, sheet=base.sheet, row=row, cell=cell)


def row_text(table, index: int, limit: int = 160) -> str:
    row = table.rows[index]
    text = " | ".join(f"{h}: {_cell_text(v)}" for h, v in zip(table.header, row) if _cell_text(v))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def latest_row(profile) -> tuple[int, int] | None:
    """(row index, column index) of the newest entry, for evidence a person can open."""
    col = profile.column(profile.entry_column) if profile.entry_column else None
    best = None
    for i, d in enumerate(profile.entry_dates):
        if d is not None and (best is None or d >= best[1]):
            best = (i, d)
    if best is None or col is None:
        return None
    return best[0], col.index


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def short_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


# ---------------------------------------------------------------- PS01

@dataclass(frozen=True)
class _Use:
    rows: int
    recent: int
    people: int

    @property
    def score(self) -> float:
        # Logarithms keep the three measures comparable: 400 rows is not 400x more use than 1 person.
        return round(math.log1p(self.rows) + 2 * math.log1p(self.recent) + 1.5 * math.log1p(self.people), 3)


def _what_it_carries(profile) -> tuple[list[str], list[str]]:
    headers = [c.name for c in profile.columns if c.type != "empty" and c.name.strip()]
    values: list[tuple[int, str]] = []
    for col in profile.columns:
        if col.type in ("status", "text", "identifier") and col.top_values:
            values.extend((n, str(v)) for v, n in col.top_values[:3] if str(v).strip() and n > 1)
    tops = [v for _, v in sorted(values, key=lambda t: (-t[0], t[1]))][:5]
    return headers, tops


def check_shadow_record(ctx: Context) -> Iterator:
    """A working record no controlled procedure references or covers: the real system beside the official one.

    Why it matters: when the work lives in a spreadsheet nobody's procedure mentions, the
    documented system describes something else, the record has no owner, no retention and
    no review, and the knowledge leaves with the person who built it.

    How it decides: a record (kind record, at least `min_rows` rows, default 5) is a shadow
    record when no procedure names it (a form code such as QF-11 in its file name or title,
    or its name as a phrase, found in the procedure text) and no procedure is linked to it
    with confidence >= 0.5 by the config, a code or a title. Links that rest only on
    resemblance (similar column names or words) do not count: looking like a procedure's
    subject without being named in it is what a shadow record is. Shadow records are
    ranked by use: rows, entries in the last 90 days of the set (relative to the newest
    date in the set), and distinct people; the use score is log(1+rows) + 2 log(1+recent) + 1.5 log(1+people). A record with recent
    entries is a warning; one with none in the last 90 days is info.

    How to fix: decide whether the work it carries is part of the system. If it is, name
    the record in the procedure that governs that work (or write one), give it a code,
    an owner and a retention; if it is not, retire it.
    """
    min_rows = int(ctx.option("PS01", "min_rows", 5))
    profiles = record_profiles(ctx)
    if not profiles:
        return
    covered: set[str] = set().union(*governed_records(ctx).values()) if ctx.of_kind(Kind.PROCEDURE) else set()
    newest = newest_date(profiles.values())
    shadows = []
    for path, profile in profiles.items():
        if path in covered or profile.row_count < min_rows:
            continue
        recent = 0
        if newest is not None:
            since = newest - dt.timedelta(days=RECENT_DAYS)
            recent = sum(1 for d in profile.entry_dates if d is not None and since < d <= newest)
        shadows.append((path, profile, _Use(rows=profile.row_count, recent=recent, people=len(_people(profile)))))
    shadows.sort(key=lambda t: (-t[2].score, t[0]))
    for rank, (path, profile, use) in enumerate(shadows, start=1):
        headers, tops = _what_it_carries(profile)
        carries = ", ".join(headers[:8]) + (f" (+{len(headers) - 8} more)" if len(headers) > 8 else "")
        message = (f"{short_name(path)} is kept outside the documented system: {use.rows} entries"
                   f"{f', {use.recent} in the last {RECENT_DAYS} days' if newest else ''}"
                   f", by {use.people} {'person' if use.people == 1 else 'people'}; no procedure names it or links to it."
                   f" It records {carries}" + (f"; most common values: {', '.join(tops)}." if tops else "."))
        evidence = [Evidence(path=path, text="columns: " + ", ".join(headers), location=header_location(profile.table))]
        latest = latest_row(profile)
        if latest is not None:
            evidence.append(Evidence(path=path, text=row_text(profile.table, latest[0]),
                                     location=profile.table.cell_location(*latest)))
        yield PS01.finding(
            path=path, message=message, location=header_location(profile.table), evidence=evidence,
            severity=Severity.WARNING if use.recent > 0 or newest is None else Severity.INFO,
            metrics={"rows": use.rows, "recent_entries": use.recent, "recent_days": RECENT_DAYS,
                     "people": use.people, "people_names": _people(profile)[:5], "columns": headers,
                     "top_values": tops, "use_score": use.score, "rank": rank, "shadow_records": len(shadows),
                     "first_entry": _iso(profile.first_entry), "last_entry": _iso(profile.last_entry),
                     "newest_in_set": _iso(newest)},
            fix="Name this record in the procedure that governs its work (code, owner, retention), or retire it.")


# ---------------------------------------------------------------- PS02

_ID_HINT = re.compile(r"batch|lot\b|order|\bpo\b|purchase|supplier|vendor|customer|client|employee|staff|"
                      r"operator|trainee|serial|part|sku|product|job|work\s*order|\bwo\b|ncr|invoice|asset|"
                      r"equipment|instrument|gauge|tag|item code|reference|\bref\b|\bid\b", re.I)
_PERSON_ENTITY = re.compile(r"employee|staff|trainee|operative|worker|personnel|starter", re.I)
_GENERIC_HEADERS = {"date", "comment", "comments", "note", "notes", "remark", "remarks", "status", "description",
                    "signature", "sign", "signed", "initials", "by", "time", "details", "detail", "action", "no",
                    "", "yes", "n", "other", "name", "title", "type", "value", "result"}
_HEADER_DROP = {"no", "number", "num", "nr", "id", "ref", "reference", "code", "#", "the", "of", "name"}


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
            text = v.strip().upper() if isinstance(v, str) else _cell_text(v).upper()
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
            if _cell_text(v).upper() == value:
                return i
        return None
    key = (profile.path, col_index)
    rows = cache.get(key)
    if rows is None:
        rows = {}
        for i, v in enumerate(profile.table.column(col_index)):
            rows.setdefault(_cell_text(v).upper(), i)
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


# ---------------------------------------------------------------- PS03

_VALUE_NOISE = {"yes", "no", "open", "closed", "close", "done", "complete", "completed", "ok", "okay", "pass",
                "passed", "fail", "failed", "none", "pending", "tbc", "tba", "n/a", "na", "nil", "approved",
                "rejected", "accepted", "true", "false", "see", "attached", "other", "misc", "various", "new",
                "high", "medium", "low", "minor", "major", "jan", "feb", "mar", "apr", "may", "jun", "jul",
                "aug", "sep", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july",
                "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday", "week", "day", "month", "year", "am", "pm",
                "nearly", "almost", "still", "already", "again", "also", "very", "just"}


_PAST = {"told", "made", "took", "sent", "found", "gave", "put", "got", "left", "kept", "lost", "went", "came",
         "said", "saw", "fell", "broke", "ran", "brought", "bought", "thrown", "done", "seen", "given", "taken",
         "causing", "using", "making", "doing", "having", "being", "getting", "going", "showing", "leaning",
         "waiting", "needing", "taking", "giving", "trying", "looking", "coming", "leaving", "putting", "keeping"}


def _content_word(word: str, stop, people: set[str]) -> bool:
    """A word that can name a thing: products, machines, failure modes. Past tenses and
    participles ("corrected", "reversed", "told") say what someone did and are left out."""
    if not word.isalpha() or len(word) < 3 or word in stop or word in _VALUE_NOISE or word in people:
        return False
    if word in _PAST or (word.endswith("ed") and not word.endswith("eed") and len(word) > 4):
        return False
    return True


def _phrase_shape(words: list[str]) -> bool:
    """Noun-phrase-like runs only: an -ing word may open a two-word phrase ("cutting tool") or
    end one ("pump housing") but not sit inside a longer one ("port causing seal")."""
    if len(words) < 3:
        return True
    return not any(len(w) > 5 and w.endswith("ing") for w in words[:-1])


@dataclass
class _TermStats:
    count: int = 0
    surface: str = ""
    sources: dict | None = None  # record path -> (row index, column index) of first use
    marked: int = 0  # uses as a label (the whole entry) or a name (an acronym, or next to an identifier)


# Columns whose values are the organisation's own categories (who: role, team; how it ended: result,
# status, severity), not the things the work is about.
_CATEGORY_COLUMN = re.compile(r"\b(?:role|team|position|job\s*title|department|dept|grade|result|status|outcome|"
                              r"rating|severity|priority|decision|closed\??)\b", re.I)


def _identifier(token: str) -> bool:
    """A part, model or instrument number: letters and digits together ("VB-40", "VF-4", "M8x1.25")."""
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


def _identifiers(tokens: list[str]) -> list[bool]:
    """Which tokens are part of an identifier: letters and digits together, or a model code split in
    two ("LB 300", "C 42": capitals followed by a number)."""
    out = [_identifier(t) for t in tokens]
    for j in range(1, len(tokens)):
        if tokens[j].isdigit() and tokens[j - 1].isalpha() and tokens[j - 1].isupper() and len(tokens[j - 1]) <= 4:
            out[j - 1] = out[j] = True
    return out


@lru_cache(maxsize=1)
def _background() -> frozenset[str]:
    """Lemma keys of the generic vocabulary every workplace shares: the anchor word lists of
    gapscan.nlp.lexicon (roles, teams, equipment, places, units, time words, records, decisions,
    standard topics). A record term made only of these names no particular product, machine or
    failure: "pallet", "bay", "cnc operator", "inspection"."""
    from gapscan.nlp import lexicon
    from gapscan.nlp.review import lemma_key

    lists = (lexicon.ROLE_HEADS, lexicon.ROLE_WORDS, lexicon.TEAM_HEADS, lexicon.SYSTEM_HEADS, lexicon.EQUIPMENT,
             lexicon.PLACES, lexicon.PLACE_HEADS, lexicon.UNITS, lexicon.TIME_UNITS, lexicon.FREQUENCY_WORDS,
             lexicon.RECORD_HEADS, lexicon.DECISION_WORDS, lexicon.STANDARD_TOPIC_TERMS)
    return frozenset(lemma_key(w) for entry in (e for group in lists for e in group)
                     for w in re.findall(r"[A-Za-z]+", entry))


@dataclass(frozen=True)
class _Tokens:
    """One cell value, tokenised once per run however many records and columns hold it."""
    raw: tuple[str, ...]
    words: tuple[str, ...]
    keys: tuple[str, ...]
    ids: tuple[bool, ...]
    label: tuple[int, ...]
    acronym: tuple[bool, ...]  # an all-capitals word of 2+ letters outside the generic vocabulary
    calendar: bool  # only shift, day and month words ("Days", "Nights", "Mon")


def _tokens(value: str, nlp, cache: dict) -> _Tokens:
    tok = cache.get(value)
    if tok is None:
        raw = [t.text for t in nlp.make_doc(value)]
        ids = _identifiers(raw)
        background = _background()
        tok = _Tokens(raw=tuple(raw), words=tuple(w.lower() for w in raw), keys=tuple(_lemma(w.lower()) for w in raw),
                      ids=tuple(ids),
                      # The entry's own words, without identifiers, numbers and punctuation: "valve body" of
                      # "valve body VB-40". A term that is all of them is the entry's label.
                      label=tuple(j for j, w in enumerate(raw) if w[:1].isalpha() and not ids[j] and len(w) > 1),
                      acronym=tuple(len(w) >= 2 and w.isalpha() and w.isupper() and _lemma(w) not in background
                                    for w in raw),
                      calendar=_calendar_words(value))
        cache[value] = tok
    return tok


def _record_terms(path: str, profile, people: set[str],
                  token_cache: dict | None = None) -> dict[tuple[str, ...], _TermStats]:
    """Unigram and bigram lemma keys of a record's text cells, counted once per cell. Cells of
    shift and calendar words only ("Days", "Nights", "Mon") name no product, machine or failure."""
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    stop = nlp.Defaults.stop_words
    token_cache = {} if token_cache is None else token_cache
    terms: dict[tuple[str, ...], _TermStats] = {}
    for col in profile.columns:
        if col.type not in ("text", "status") or _CATEGORY_COLUMN.search(col.name):
            continue
        firsts: dict[str, int] = {}
        counts: Counter = Counter()
        for r, v in enumerate(profile.table.column(col.index)):
            if isinstance(v, str) and v.strip():
                counts[v] += 1
                firsts.setdefault(v, r)
        for value, uses in counts.most_common(20000):
            tok = _tokens(value, nlp, token_cache)
            if tok.calendar:
                continue
            words, keys, ids, label = tok.words, tok.keys, tok.ids, list(tok.label)
            ok = [_content_word(w, stop, people) for w in words]
            found: dict[tuple[str, ...], tuple[str, bool]] = {}
            for j in range(len(words)):
                # Runs of one to three content words: "seal", "seal leak", "dmg mori dmu".
                for size in (1, 2, 3):
                    if j + size <= len(words) and all(ok[j:j + size]) and _phrase_shape(list(words[j:j + size])):
                        near = ids[max(0, j - 1):j] + ids[j + size:j + size + 2]
                        marked = (label == list(range(j, j + size))
                                  or any(tok.acronym[j:j + size])
                                  or any(near))
                        found.setdefault(tuple(keys[j:j + size]), (" ".join(words[j:j + size]), marked))
            for key, (surface, marked) in found.items():
                stats = terms.setdefault(key, _TermStats(surface=surface, sources={}))
                stats.count += uses
                stats.marked += uses if marked else 0
                stats.sources.setdefault(path, (firsts[value], col.index))
    return terms


def check_practice_vocabulary_gap(ctx: Context) -> Iterator:
    """Terms that dominate the working records never appear in the procedure meant to govern that work.

    Why it matters: when the records talk about products, lines, failure modes and systems
    the procedure never names, the procedure was written about the standard, not about the
    work; people cannot find their job in it and auditors cannot test it against practice.

    How it decides: each record is assigned to the procedure(s) that govern it most directly
    (a config link, then a title or code link or a naming in the text, then a resemblance
    link with confidence >= 0.5); each procedure's records are read cell by cell (text and status columns; people, dates,
    numbers and identifiers are left out, and so are columns of the organisation's own categories: role,
    team, department, result, status, severity, priority). Words and phrases of up to three words are reduced to lemma
    keys with spaCy's tokenizer and counted once per cell. Only terms that carry weight are ranked: a
    term must be used, in at least half its uses, as the label of an entry (all of the entry's words,
    identifiers and numbers aside: "porosity in casting", "valve body" of "valve body VB-40") or as a name
    (an acronym such as "DMG", or next to an identifier such as "VF-4" or "LB 300"), and it must not be
    made only of the generic workplace vocabulary of gapscan.nlp.lexicon (roles, equipment, places, units:
    "pallet", "bay", "cnc operator"). Words of running text ("cable across the walkway") are left out:
    they describe events, not the products, machines and failure modes the procedure should name. Each term is weighted
    log(1 + count) x idf, where idf = ln((1 + N) / (1 + df)) + 1 over all records and
    procedures in the set, so words every log uses (open, closed, date) weigh little. Of the
    top `top_terms` (default 12) terms used at least `min_count` times (default 3), those
    the procedure never uses are missing; it fires when at least `min_missing` (default 3)
    are missing and they are at least 30% of the top terms. Past tenses and participles
    ("corrected", "told") are left out: they say what someone did, not what the work is about.
    On a procedure whose verdict is operational (written around the work) the finding is
    info: the gap is real but the procedure already speaks the work's language elsewhere.

    How to fix: rewrite the procedure around the work the records show: name the products,
    lines, failure modes and systems, and say what is done about each.
    """
    from gapscan.nlp.pipeline import get_nlp

    top_n = int(ctx.option("PS03", "top_terms", 12))
    min_count = int(ctx.option("PS03", "min_count", 3))
    min_missing = int(ctx.option("PS03", "min_missing", 3))
    procs = _procedure_texts(ctx)
    governed = primary_procedures(ctx, procs)
    if not any(governed.values()):
        return
    profiles = record_profiles(ctx)
    stop = get_nlp().Defaults.stop_words
    per_record: dict[str, dict] = {}
    token_cache = _run_cache(ctx).setdefault("tokens", {})
    for path, prof in profiles.items():
        # Words of the people columns are never terms (shift words a person column also holds included).
        people = {w.lower() for name in prof.people for w in re.findall(r"[A-Za-z]+", str(name))}
        per_record[path] = _record_terms(path, prof, people, token_cache)
    # Document frequency over every record and procedure of the set.
    df: Counter = Counter()
    for terms in per_record.values():
        df.update(terms.keys())
    proc_sets = {}
    for proc in procs:
        keys = [k for k in proc.keys if k not in stop]
        grams = set((k,) for k in keys) | set(zip(proc.keys, proc.keys[1:])) | \
            set(zip(proc.keys, proc.keys[1:], proc.keys[2:]))
        proc_sets[proc.path] = grams
        df.update(grams)
    n_docs = len(per_record) + len(procs)
    for proc in procs:
        records = sorted(governed.get(proc.path, ()))
        if not records:
            continue
        merged: dict[tuple[str, ...], _TermStats] = {}
        for path in records:
            for key, st in per_record[path].items():
                m = merged.setdefault(key, _TermStats(surface=st.surface, sources={}))
                m.count += st.count
                m.marked += st.marked
                m.sources.update(st.sources)
        ranked = _rank_terms(merged, df, n_docs, min_count)[:top_n]
        if not ranked:
            continue
        have = proc_sets[proc.path]
        missing = [(key, st, w) for key, st, w in ranked
                   if key not in have and not all((k,) in have for k in key)]
        if len(missing) < min_missing or len(missing) / len(ranked) < 0.3:
            continue
        verdict = getattr(ctx.mirroring.get(proc.path), "verdict", None)
        operational = getattr(verdict, "value", verdict) == "operational"
        yield _vocabulary_finding(proc.path, records, ranked, missing, profiles,
                                  Severity.INFO if operational else PS03.severity)


def _rank_terms(merged, df, n_docs, min_count):
    # A word or phrase mostly used inside a longer phrase is reported as the longer phrase.
    container: dict[tuple[str, ...], int] = {}
    for key, st in merged.items():
        for size in range(1, len(key)):
            for i in range(len(key) - size + 1):
                sub = key[i:i + size]
                container[sub] = max(container.get(sub, 0), st.count)
    scored = []
    background = _background()
    for key, st in merged.items():
        if st.count < min_count or container.get(key, 0) >= 0.6 * st.count:
            continue
        if all(k in background for k in key) or st.marked < 0.5 * st.count:
            continue  # generic workplace words, or words of running text rather than names of things
        idf = math.log((1 + n_docs) / (1 + df.get(key, 0))) + 1
        scored.append((key, st, round(math.log1p(st.count) * idf, 4)))
    scored.sort(key=lambda t: (-t[2], -t[1].count, t[0]))
    return scored


def _vocabulary_finding(proc_path, records, ranked, missing, profiles, severity):
    terms = [{"term": st.surface, "count": st.count, "weight": w, "records": sorted(st.sources)}
             for _, st, w in missing]
    shown = ", ".join(f"'{t['term']}' ({t['count']}x)" for t in terms[:6])
    evidence = []
    for _, st, _ in missing[:5]:
        path, (row, col) = sorted(st.sources.items())[0]
        table = profiles[path].table
        evidence.append(Evidence(path=path, text=f"'{st.surface}' used {st.count} times; e.g. {row_text(table, row)}",
                                 location=table.cell_location(row, col)))
    message = (f"The records this procedure governs keep talking about {shown}, "
               f"but the procedure never uses {'that term' if len(terms) == 1 else 'these terms'} "
               f"({len(missing)} of the top {len(ranked)} record terms missing).")
    return PS03.finding(path=proc_path, message=message, evidence=evidence, related=records, severity=severity,
                        metrics={"missing_terms": terms, "missing": len(missing), "top_terms_checked": len(ranked),
                                 "missing_share": round(len(missing) / len(ranked), 3),
                                 "top_terms": [st.surface for _, st, _ in ranked], "records": records},
                        fix="Name the products, lines, failure modes and systems the records show, "
                            "and say what is done about each.")


PS01 = Rule(code='PS01', name='shadow-record', family='parallel system', applies_to=(R,),
    summary='a working record that no controlled procedure references or covers: the real system beside the official one',
    severity=Severity.WARNING, check=check_shadow_record)
PS02 = Rule(code='PS02', name='duplicate-recording', family='parallel system', applies_to=(R,),
    summary='two records capture the same entities/fields: double handling',
    severity=Severity.WARNING, check=check_duplicate_recording)
PS03 = Rule(code='PS03', name='practice-vocabulary-gap', family='parallel system', applies_to=(P,),
    summary='terms that dominate the working records never appear in the procedures meant to govern that work',
    severity=Severity.WARNING, check=check_practice_vocabulary_gap)

RULES = (PS01, PS02, PS03,)
