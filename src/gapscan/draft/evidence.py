"""Counting in records: the numbers a draft states, each with the cells it counted (a Trace)."""
from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Mapping, Sequence

from gapscan.draft.model import Trace
from gapscan.drift import periods_word
from gapscan.model import Document, Link, Location, Value
from gapscan.records import ROLE_WORDS, ColumnProfile, RecordProfile
from gapscan.report.common import counts_paragraphs

TOP_PEOPLE = 3  # people or roles named per column; the rest are counted together


def cell_text(value: Value) -> str:
    """A cell as the reader sees it: '' for empty, 12 for 12.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def span(prof: RecordProfile, col: int) -> str:
    """Where a column's data is: 'sheet 'ASL', F5:F32', or the table and its rows."""
    n = prof.row_count
    first, last = prof.cell_location(0, col), prof.cell_location(n - 1, col)
    own_name = PurePosixPath(prof.path).name
    if first.cell and last.cell:
        if first.sheet == last.sheet:
            sheet = "" if first.sheet in (None, own_name) else f"sheet '{first.sheet}', "
            return f"{sheet}{first.cell}:{last.cell}"
        return f"sheets '{first.sheet}' to '{last.sheet}', {first.cell} to {last.cell}"
    if counts_paragraphs(prof.path):
        where = f"table at paragraph {first.line}" if first.line else "table"
    else:
        where = f"table at {first.describe().split(' row ')[0]}" if first.line or first.page else "table"
    return f"{where}, rows {first.row}-{last.row}" if first.row is not None else where


def rows_trace(prof: RecordProfile) -> Trace:
    dated = ""
    if prof.first_entry and prof.last_entry and prof.entry_column:
        dated = f", dated {prof.first_entry.isoformat()} to {prof.last_entry.isoformat()} in column " \
                f"'{prof.entry_column}'"
    return Trace(path=prof.path, where=span(prof, 0), what=f"{rows(prof.row_count)}{dated}")


def rows(n: int) -> str:
    """'1 row', '12 rows'."""
    return f"{n} row" if n == 1 else f"{n} rows"


def value_counts(prof: RecordProfile, col: ColumnProfile) -> Counter:
    return Counter(t for t in (cell_text(v) for v in prof.table.column(col.index)) if t)


def shares_trace(prof: RecordProfile, col: ColumnProfile, values: Sequence[str] | None = None) -> Trace:
    counts = value_counts(prof, col)
    shown = list(values) if values is not None else [v for v, _ in counts.most_common(TOP_PEOPLE)]
    parts = ", ".join(f"'{v}' in {counts[v]}" for v in shown)
    return Trace(path=prof.path, where=f"column '{col.name}', {span(prof, col.index)}",
                 what=f"{parts} of {prof.row_count} rows ({sum(counts.values())} filled)")


def fill_trace(prof: RecordProfile, col: ColumnProfile) -> Trace:
    filled = sum(value_counts(prof, col).values())
    return Trace(path=prof.path, where=f"column '{col.name}', {span(prof, col.index)}",
                 what=f"filled in {filled} of {prof.row_count} rows")


def place(location: Location | None, path: str) -> str:
    """A location in the file's own terms: paragraphs in a Word file (which numbers no lines), else lines or cells."""
    return location.describe(paragraphs=counts_paragraphs(path)) if location is not None else ""


def text_trace(doc: Document, location: Location | None, quote: str) -> Trace:
    quote = " ".join(quote.split())
    if len(quote) > 160:
        quote = quote[:157].rsplit(" ", 1)[0] + " …"
    where = place(location, doc.path) or "text"
    return Trace(path=doc.path, where=where, what=f"\"{quote}\"")


@dataclass(frozen=True, kw_only=True)
class Cadence:
    """Gaps between consecutive entry dates of a record (per item when grouped)."""

    gaps: tuple[int, ...]
    median: float
    longest: int
    longest_row: int  # row index of the entry after the longest gap
    over: int | None  # gaps over the limit, when a written interval gives one
    limit: float | None
    # written interval of a week or more: periods the gaps span, and those with no entry (a hole of
    # ten weeks in a weekly routine is nine missed weeks, one late gap would hide it)
    periods: int | None = None
    missed: int | None = None
    limit_basis: float | None = None  # the written interval the periods are counted in


def cadence(prof: RecordProfile, group: ColumnProfile | None, expected: float | None,
            tolerance: float, slack: float) -> Cadence | None:
    """Gaps in calendar days between consecutive distinct entry dates; None under two gaps."""
    keys = prof.table.column(group.index) if group else [None] * prof.row_count
    dated: dict[str, dict[dt.date, int]] = {}
    for i, (d, k) in enumerate(zip(prof.entry_dates, keys)):
        if d is not None:
            dated.setdefault(cell_text(k), {}).setdefault(d, i)
    gaps: list[tuple[int, int]] = []
    for days in dated.values():
        ordered = sorted(days)
        gaps.extend(((b - a).days, days[b]) for a, b in zip(ordered, ordered[1:]))
    if len(gaps) < 2:
        return None
    values = tuple(g for g, _ in gaps)
    longest = max(gaps)
    limit = expected * (1 + tolerance) + slack if expected else None
    periods = sum(max(1, round(g / expected)) for g in values) if expected and expected >= 7 else None
    return Cadence(gaps=values, median=statistics.median(values), longest=longest[0], longest_row=longest[1],
                   over=sum(1 for g in values if g > limit) if limit is not None else None, limit=limit,
                   periods=periods, missed=periods - len(values) if periods is not None else None,
                   limit_basis=expected)


def cadence_trace(prof: RecordProfile, c: Cadence, group: ColumnProfile | None) -> Trace:
    entry = prof.column(prof.entry_column or "")
    per = f" per '{group.name}'" if group else ""
    where = prof.cell_location(c.longest_row, entry.index if entry else 0)
    over = f", {c.over} over {c.limit:g} days" if c.limit is not None else ""
    if c.periods is not None:
        over += f"; {c.missed} of {c.periods} {periods_word(c.limit_basis)} without an entry"
    return Trace(path=prof.path, where=f"column '{prof.entry_column}', {span(prof, entry.index if entry else 0)}",
                 what=f"{len(c.gaps)} gaps between consecutive entry dates{per}, median {c.median:g} days, "
                      f"longest {c.longest} days (to {place(where, prof.path)}){over}")


def per_day_trace(prof: RecordProfile) -> Trace | None:
    """How many entries each day with any holds: a routine of hours shows in its count per day."""
    entry = prof.column(prof.entry_column or "")
    per_day = Counter(d for d in prof.entry_dates if d is not None)
    if entry is None or not per_day:
        return None
    counts = sorted(per_day.values())
    return Trace(path=prof.path, where=f"column '{entry.name}', {span(prof, entry.index)}",
                 what=f"{len(counts)} days with entries, median {statistics.median(counts):g} entries a day, "
                      f"fewest {counts[0]}, most {counts[-1]}")


def days(value: float) -> str:
    """'every day', 'every 7 days', 'every 30.4 days'."""
    return "every day" if value == 1 else f"every {value:g} days"


def names_record(link: Link) -> bool:
    """A link by code, config, file name or title names the record; the drift checks trust the same ones."""
    from gapscan.drift import NAMING

    return any(v.startswith("code ") or v in NAMING for v in (x.strip() for x in link.via.split(",")))


def _copy_key(path: str, profiles: Mapping[str, RecordProfile]) -> tuple:
    """Filled copies of one form share their columns and their names but for dates and numbers."""
    prof = profiles.get(path)
    header = tuple(h.strip().lower() for h in prof.table.header) if prof is not None else None
    return header, re.sub(r"\d+", "#", PurePosixPath(path).stem.lower())


def copy_groups(links: Sequence[Link], profiles: Mapping[str, RecordProfile]) -> list[list[Link]]:
    """The links grouped by form (see _copy_key), in the order of each group's first link."""
    groups: dict[tuple, list[Link]] = {}
    for link in links:
        groups.setdefault(_copy_key(link.path, profiles), []).append(link)
    return list(groups.values())


def form_name(paths: Sequence[str]) -> str:
    """What copies of one form are called: the words their names start with ('FF-13 Changeover Clean L2'
    for '... L2 2026-11-16.docx' and '... L2 2026-11-18.docx'), else the first name."""
    stems = [PurePosixPath(p).stem.split() for p in paths]
    common = []
    for words in zip(*stems):
        if len(set(words)) > 1:
            break
        common.append(words[0])
    return " ".join(common) or PurePosixPath(paths[0]).name


def filled_copies(links: list[Link], profiles: Mapping[str, RecordProfile], used: Counter
                  ) -> tuple[list[Link], dict[str, list[str]]]:
    """One link per form: filled copies of one form are drafted from one of them, the copy the claims
    were checked against or else the last."""
    chosen, copies = [], {}
    for members in copy_groups(links, profiles):
        lead = max(members, key=lambda link: (used[link.path], link.path))
        chosen.append(lead)
        copies[lead.path] = sorted(link.path for link in members)
    return sorted(chosen, key=lambda link: (-link.confidence, link.path)), copies


def step_columns(steps: Sequence[str], prof: RecordProfile) -> list[list[ColumnProfile]]:
    """Per written step, the columns of a log whose names its words hold ('record the seal number' ->
    'Seal No'). A column most steps name is what the log is about (the instrument), not a step's record,
    and a column named for a role ('Technician') says who, not what was done."""
    from gapscan.linking import content_stems

    def usable(c: ColumnProfile) -> bool:
        words = set(re.findall(r"[a-z]+", c.name.lower()))
        return bool(c.name.strip() and content_stems(c.name)) and not words & ROLE_WORDS

    def names(c: ColumnProfile, step: str) -> bool:
        # an identifier column ('Animal ID', 'Change ID') says which item a row is about: a step that only
        # names the item ("score the animal's condition") is not shown done by it, one that writes the
        # identifier is ("write the animal's ID number")
        if not content_stems(c.name) <= content_stems(step):
            return False
        kinds = id_words(c.name)
        return not kinds or bool(kinds & id_words(step))

    found = [[c for c in prof.columns if usable(c) and names(c, step)] for step in steps]
    named = Counter(c.index for columns in found for c in columns)
    common = {i for i, n in named.items() if len(steps) >= 3 and n > len(steps) / 2}
    return [[c for c in columns if c.index not in common][:3] for columns in found]


# the words that say a value identifies an item: an ID, a number and '#' say the same to the reader
_ID_WORDS = {"id": "id", "ids": "id", "identifier": "id", "number": "id", "#": "id", "ref": "ref",
             "reference": "ref", "code": "code", "serial": "serial", "batch": "batch", "lot": "lot"}


def id_words(text: str) -> set[str]:
    """The kinds of identifier a header or a step names: 'Change ID' -> {'id'}, 'Lot No.' -> {'lot', 'id'}.
    'No' is a number only as the last word ('Seal No') or with its full stop ('No. 4'), not in 'no damage'."""
    words = re.findall(r"[a-z]+\.?|#", text.lower())
    # 'a number from 1 to 5' and 'the number of items' are a score and a count, not an identifier
    counted = {i for i, w in enumerate(words) if w.rstrip(".") == "number" and
               ((i and words[i - 1] in ("a", "an")) or words[i + 1:i + 2] == ["of"])}
    kinds = {_ID_WORDS[w.rstrip(".")] for i, w in enumerate(words) if w.rstrip(".") in _ID_WORDS and i not in counted}
    if "no." in words or (words and words[-1] == "no"):
        kinds.add("id")
    return kinds


def step_order(steps: Sequence[str], items: Sequence[tuple[str, Location]]) -> list[tuple[str, str, Any]]:
    """The record's items in their order, each written step never recorded placed before the item that
    records the next written step (at the end when none does): ('item', text, location), ('step', text, None)."""
    from gapscan.drift import align_steps

    matched: list[int | None] = []
    for item, _ in items:
        missing = set(align_steps(steps, [item])["steps_missing"])
        hit = [i for i, step in enumerate(steps) if step not in missing]
        matched.append(hit[0] if hit else None)
    recorded = {i for i in matched if i is not None}
    ahead: dict[int, list[int]] = {}  # item position -> written-only steps that go before it (len: at the end)
    for s in range(len(steps)):
        if s in recorded:
            continue
        later = [j for j, m in enumerate(matched) if m is not None and m > s]
        ahead.setdefault(later[0] if later else len(items), []).append(s)
    out: list[tuple[str, str, Any]] = []
    for j, (item, loc) in enumerate(items):
        out.extend(("step", steps[s], None) for s in ahead.get(j, []))
        out.append(("item", item, loc))
    out.extend(("step", steps[s], None) for s in ahead.get(len(items), []))
    return out
