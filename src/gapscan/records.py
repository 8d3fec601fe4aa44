"""Record understanding: what a working record holds, column by column.

The dataclasses here are the interface the drift (DR), parallel-system (PS) and
system-health (SH) stages read. `profile()` builds them from a Document's tables.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Mapping

from gapscan.model import BlockType, Document, Location, Table, Value

# Column types a profile assigns.
COLUMN_TYPES = ("date", "person", "status", "identifier", "number", "boolean", "text", "empty")


@dataclass(frozen=True, kw_only=True)
class ColumnProfile:
    name: str
    index: int
    type: str  # one of COLUMN_TYPES
    fill_rate: float  # share of rows with a value, 0..1
    distinct: int  # distinct non-empty values
    date_order: str | None = None  # "dmy", "mdy", "ymd", "serial", "mixed" for date columns
    dates: tuple[dt.date | None, ...] = ()  # parsed dates aligned with table rows (date columns)
    top_values: tuple[tuple[str, int], ...] = ()  # most common values and counts (non-date columns)
    note: str = ""  # how a date column's order was decided ("ambiguous: assumed dd/mm/yyyy")


@dataclass(frozen=True, kw_only=True)
class RecordProfile:
    path: str
    table: Table  # the principal table (the one with most data rows)
    columns: tuple[ColumnProfile, ...]
    row_count: int
    entry_column: str | None  # the date column that dates each entry
    entry_dates: tuple[dt.date | None, ...]  # per row, from entry_column
    first_entry: dt.date | None
    last_entry: dt.date | None
    people: tuple[str, ...]  # distinct values of person/role columns, most frequent first
    tables: int = 1  # tables with data in the document
    checklist: bool = False  # a filled checklist (tick boxes / yes-no columns / ticked list items)
    notes: tuple[str, ...] = ()  # one line per assumption made (date order, header row moved)
    # when `table` joins several tables with one header (a sheet per month): each part and the
    # index of its first row in `table`, so a cell is named on the sheet it is really on
    parts: tuple[tuple[int, Table], ...] = ()

    def cell_location(self, row_index: int, column_index: int) -> Location:
        """Where a row of `table` is in the file: its own sheet and row when the table was joined."""
        if not self.parts:
            return self.table.cell_location(row_index, column_index)
        import bisect

        k = bisect.bisect_right([start for start, _ in self.parts], row_index) - 1
        start, part = self.parts[max(k, 0)]
        return part.cell_location(row_index - start, column_index)

    def column(self, name: str) -> ColumnProfile | None:
        low = name.strip().lower()
        return next((c for c in self.columns if c.name.strip().lower() == low), None)

    @property
    def dated_entries(self) -> list[dt.date]:
        return sorted(d for d in self.entry_dates if d is not None)

    def columns_of(self, *types: str) -> list[ColumnProfile]:
        return [c for c in self.columns if c.type in types]


TICKS = {"☑", "☒", "✓", "✔", "x", "■", "[x]", "yes", "y", "true", "done", "ok", "✅"}
NO_TICKS = {"☐", "□", "✗", "✘", "no", "n", "false", "[ ]", "❌"}
NA = {"na", "n/a", "n.a.", "-", "—"}
BOOLEAN_VALUES = TICKS | NO_TICKS | NA

PERSON_HEADER = re.compile(
    r"\b(by|owner|inspector|operator|responsible|approver|approved|name|signed?|signature|checker|"
    r"checked|auditor|lead|who|technician|assignee|assigned|initials|raised|reviewer|verified|"
    r"performed|completed|person|engineer|supervisor|manager|staff|employee|user|actionee)\b", re.I)
# Columns of names that are not people: the customer, supplier or destination an entry is about, its
# category or reason. Their values look like names ("Tesco Reading", "Kent Watercress Beds").
# The parties (customer, supplier, destination) are neither the record's people nor the work's vocabulary.
_PARTY_WORDS = (r"customers?|clients?|suppliers?|vendors?|accounts?|destinations?|origins?|consignees?|hauliers?|"
                r"carriers?|order\s+for")
PARTY_HEADER = re.compile(rf"\b(?:{_PARTY_WORDS})\b", re.I)
NOT_PERSON_HEADER = re.compile(
    rf"\b(?:{_PARTY_WORDS}|order|category|categories|type|reason|cause|actions?|products?|items?|parts?|sites?|"
    r"locations?|areas?|description|comments?|notes|remarks|equipment|machines?|vehicles?|assets?|threats?|"
    r"vulnerabilit(?:y|ies)|manufacturers?|makes?|models?|themes?|classifications?|environments?|systems?|"
    r"sources?|services?|applications?|processes|controls?|risks?|departments?|training|dates?)\b", re.I)
STATUS_HEADER = re.compile(r"\b(status|result|outcome|state|decision|rating|grade|pass|approved\?|ok\?)\b", re.I)
ID_HEADER = re.compile(r"(\bid\b|\bno\.?$|\bnumber\b|\bref\b|\breference\b|#|\bcode\b|\bserial\b|\bbatch\b|\blot\b)", re.I)
ROLE_WORDS = {"manager", "lead", "leader", "supervisor", "engineer", "technician", "inspector", "officer",
              "coordinator", "director", "operator", "auditor", "controller", "planner", "head", "owner",
              "administrator", "representative", "buyer", "chemist", "analyst", "team", "foreman",
              "storekeeper", "driver", "assistant", "advisor", "adviser", "champion", "qa", "qc", "hse", "ehs",
              "operative", "shunter", "warden", "picker", "loader", "cleaner", "hygienist", "leader"}
_NAME = re.compile(r"^(?:[A-Z][a-z'\-]+\.?\s){0,2}[A-Z][a-z'\-]+$|^[A-Z]\.?\s?[A-Z][a-z'\-]+$|^[A-Z]{2,3}$")
# Capitalised words that look like first names in a column but name a shift, a day, a month or a result:
# a "Shift" column of Days/Nights is not a list of people.
NOT_NAME_WORDS = {"day", "days", "night", "nights", "early", "earlies", "late", "lates", "morning", "mornings",
                  "afternoon", "afternoons", "evening", "evenings", "weekend", "weekends", "weekday", "weekdays",
                  "shift", "shifts", "back", "double", "split", "rota", "monday", "tuesday", "wednesday",
                  "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                  "fri", "sat", "sun", "january", "february", "march", "july", "september", "october", "november",
                  "december", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm",
                  # results and ratings: a column of Pass/Fail or High/Low is not a list of people
                  "pass", "passed", "fail", "failed", "high", "low", "medium", "caution", "green", "amber", "red"}
# (April, May, June, August and Jan are left out: they are people's names too.)
_IDENT = re.compile(r"^[A-Z]{1,6}[-/_ ]?\d[\w\-/.]*$|^\d{2,}[-/][A-Z0-9\-/]+$", re.I)
_NUMBER = re.compile(r"^[-+]?\d{1,3}(?:[,\s]\d{3})*(?:\.\d+)?%?$|^[-+]?\d+(?:\.\d+)?%?$")
_ENTRY_HINT = re.compile(r"\b(date|when|day|logged|raised|opened|performed|inspected|checked|calibrated|"
                         r"recorded|reported|received|entry|done)\b", re.I)
_NOT_ENTRY = re.compile(r"\b(due|next|target|expiry|expires|planned|deadline|closed|closure|completed|"
                        r"completion|effective|review date)\b", re.I)


def _cell_text(v: Value) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _empty(v: Value) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _row_is_headerlike(row: tuple[Value, ...], width: int) -> bool:
    texts = [v for v in row if not _empty(v)]
    if len(texts) < max(2, (width + 1) // 2):
        return False
    if not all(isinstance(v, str) for v in texts):
        return False
    from gapscan.dates import parse_date

    return not any(parse_date(v) or _NUMBER.match(v.strip()) for v in texts) and \
        all(len(v) <= 60 for v in texts)


def reheader(table: Table) -> tuple[Table, str | None]:
    """Move the header down when the parser took a title row for it.

    A sheet often starts with "Calibration log 2025" in A1 and the real header a few
    rows below. The header is the first row, within the first ten, that fills most of
    the width with short labels; what is above it becomes the table's title.
    """
    width = max([len(table.header)] + [len(r) for r in table.rows[:10]])
    filled_header = sum(1 for h in table.header if h and h.strip())
    if filled_header >= max(2, (width + 1) // 2):
        return table, None
    for i, row in enumerate(table.rows[:10]):
        if _row_is_headerlike(row, width):
            titles = [h for h in table.header if h and h.strip()]
            for above in table.rows[:i]:
                titles.extend(_cell_text(v) for v in above if not _empty(v))
            header = tuple(_cell_text(v) or f"Column {j + 1}" for j, v in enumerate(row))
            rows = tuple(tuple(r) + (None,) * (len(header) - len(r)) if len(r) < len(header) else tuple(r)
                         for r in table.rows[i + 1:])
            title = " ".join(t for t in [table.title or ""] + titles if t).strip() or None
            header_row = table.row_numbers[i] if i < len(table.row_numbers) else None
            new = Table(header=header, rows=rows, row_numbers=table.row_numbers[i + 1:],
                        location=table.location, header_row=header_row,
                        first_column=table.first_column, title=title)
            return new, f"header taken from row {header_row} under the title rows"
    return table, None


def checklist_table(doc: Document) -> Table | None:
    """Ticked list items (☑ Guard in place) as a two-column table: item, done."""
    items = [b for b in doc.blocks if b.type is BlockType.LIST_ITEM and b.checked is not None]
    if len(items) < 3:
        return None
    loc = items[0].location
    return Table(header=("Item", "Done"), rows=tuple((b.text, "☑" if b.checked else "☐") for b in items),
                 row_numbers=tuple(b.location.line or i + 1 for i, b in enumerate(items)),
                 location=Location(page=loc.page, line=loc.line, section=loc.section), title=doc.title)


def _column_type(name: str, filled: list[Value], date_share: float) -> str:
    if not filled:
        return "empty"
    n = len(filled)
    if date_share >= 0.8 or (date_share >= 0.6 and bool(re.search(r"date", name, re.I))):
        return "date"
    # each distinct value is looked at once and counted as often as it occurs (keyed by type
    # too, so True, 1 and 1.0 stay apart): a status or person column holds a few values
    seen = Counter((type(v), v) for v in filled)
    values = [(v, k, _cell_text(v)) for (_, v), k in seen.items()]
    lowered = {text.lower() for _, _, text in values}

    def share(test) -> int:
        return sum(k for v, k, text in values if test(v, text))

    if all(type(v) is bool for v, _, _ in values) or \
            share(lambda v, text: text.lower() in BOOLEAN_VALUES) >= 0.9 * n:
        return "boolean"
    numeric = share(lambda v, text: isinstance(v, (int, float)) and not isinstance(v, bool)
                    or isinstance(v, str) and _NUMBER.match(v.strip()))
    distinct = len(lowered)
    if numeric >= 0.9 * n:
        return "identifier" if ID_HEADER.search(name) and distinct >= 0.9 * n else "number"
    if ID_HEADER.search(name) and distinct >= 0.5 * n:
        return "identifier"
    if share(lambda v, text: _IDENT.match(text)) >= 0.9 * n and distinct >= 0.8 * n:
        return "identifier"
    spaced = name.replace("_", " ")
    thing = NOT_PERSON_HEADER.search(spaced)
    # "Asset Name", "Supplier name": the name of a thing; "Control Owner" is still a person
    said = {w.lower() for w in PERSON_HEADER.findall(spaced)} - ({"name"} if thing else set())
    if said and not STATUS_HEADER.search(name) and share(lambda v, text: _person_like(text)) >= 0.5 * n:
        return "person"
    if thing:
        return "status" if distinct <= 12 and n >= 8 and distinct <= 0.3 * n else "text"
    role_like = share(lambda v, text: set(re.findall(r"[a-z]+", text.lower())) & ROLE_WORDS)
    if role_like >= 0.8 * n and distinct <= max(12, n // 5):
        return "person"
    if STATUS_HEADER.search(name) and distinct <= max(12, n // 4):
        return "status"
    names = share(lambda v, text: _NAME.match(text) and not _calendar_words(text))
    if names >= 0.8 * n and distinct <= max(10, n // 5) and n >= 5:
        return "person"
    if distinct <= 12 and n >= 8 and distinct <= 0.3 * n and max(len(text) for _, _, text in values) <= 30:
        return "status"
    return "text"


def _person_like(text: str) -> bool:
    """A name ("Jay Patel", "J. Patel", "Sam"), initials ("AK"), a role ("Shift Lead") or a user id
    ("s.morgan", "wh.nights"); not "unknown", "pump truck" or "n/a"."""
    text = text.strip()
    if _NAME.match(text) and text.lower() not in NOT_A_PERSON:
        return True
    if set(re.findall(r"[a-z]+", text.lower())) & ROLE_WORDS:
        return True
    return bool(re.fullmatch(r"[a-z][a-z0-9_\-]*[.@][a-z0-9_.\-@]+", text, re.I))


NOT_A_PERSON = {"unknown", "none", "nobody", "n/a", "na", "tbc", "tba", "various", "other", "all", "yes", "no"}


def _calendar_words(text: str) -> bool:
    """'Days', 'Night shift', 'Mon': a shift, day or month, never a person's name."""
    found = re.findall(r"[a-z]+", text.lower())
    return bool(found) and all(w in NOT_NAME_WORDS for w in found)


SAMPLE = 2000  # values a column's type is decided on; counts and dates still use every row


def _sample(values: list[Value]) -> list[Value]:
    if len(values) <= SAMPLE:
        return values
    step = len(values) / SAMPLE
    return [values[int(i * step)] for i in range(SAMPLE)]


def _profile_column(path: str, table: Table, index: int, date_orders: Mapping[str, str] | None,
                    rows: int) -> ColumnProfile:
    from gapscan.dates import order_for, read_column

    name = table.header[index] if index < len(table.header) else f"Column {index + 1}"
    values = table.column(index)
    filled = [v for v in values if v is not None and v != "" and (type(v) is not str or v.strip())]
    order = order_for(date_orders, path, name)
    sample = _sample(filled)
    dc = None
    if filled and read_column(sample, header=name, order=order).share >= 0.5:
        # read the whole column only when a sample says it holds dates: the order is
        # decided on every value, since one "25/03" anywhere settles it
        dc = read_column(values, header=name, order=order)
    date_share = dc.share if dc else 0.0
    ctype = _column_type(name, sample, date_share)
    fill_rate = len(filled) / rows if rows else 0.0
    if ctype == "date" and dc is not None:
        return ColumnProfile(name=name, index=index, type="date", fill_rate=fill_rate,
                             distinct=len({d for d in dc.dates if d}), date_order=dc.order,
                             dates=dc.dates, note=dc.note)
    counts: Counter[str] = Counter()
    for value, n in Counter(filled).items():
        counts[_cell_text(value)] += n
    return ColumnProfile(name=name, index=index, type=ctype, fill_rate=fill_rate, distinct=len(counts),
                         top_values=tuple(counts.most_common(10)))


def _entry_column(columns: list[ColumnProfile]) -> ColumnProfile | None:
    dates = [c for c in columns if c.type == "date" and c.fill_rate > 0]
    if not dates:
        return None

    def rank(c: ColumnProfile) -> tuple:
        return (bool(_ENTRY_HINT.search(c.name)) and not _NOT_ENTRY.search(c.name),
                not _NOT_ENTRY.search(c.name), round(c.fill_rate, 1), -c.index)

    return max(dates, key=rank)


def _data_rows(table: Table) -> int:
    # tuple.count runs in C: this is called on every table of a 100k-row workbook
    return sum(1 for r in table.rows if r.count(None) + r.count("") < len(r))


def _header_key(table: Table) -> tuple[str, ...] | None:
    """A table's header as a join key; None when it is too thin to say two tables are one."""
    names = tuple(re.sub(r"\s+", " ", h or "").strip().lower() for h in table.header)
    named = [h for h in names if h and not re.fullmatch(r"column \d+", h)]
    return names if len(named) >= 2 else None


Joined = tuple[Table, tuple[tuple[int, Table], ...], str]


def join_periods(tables: list[Table]) -> list[Joined]:
    """Tables with one header (a sheet per month or year, each under its own title rows) as one.

    A register split by period is one record: its cadence runs across the sheets. Tables
    with other headers stay apart. Each result is (table, its parts as (row offset, part),
    a note saying what was joined); a table left alone has no parts and no note.
    """
    groups: dict[tuple[str, ...] | int, list[Table]] = {}
    for i, table in enumerate(tables):
        groups.setdefault(_header_key(table) or i, []).append(table)
    out: list[Joined] = []
    for members in groups.values():
        if len(members) == 1:
            out.append((members[0], (), ""))
            continue
        width = max(len(t.header) for t in members)
        rows: list[tuple] = []
        numbers: list[int] = []
        offsets: list[tuple[int, Table]] = []
        for t in members:
            offsets.append((len(rows), t))
            rows.extend(tuple(r) + (None,) * (width - len(r)) for r in t.rows)
            numbers.extend(t.row_numbers)
        first = members[0]
        table = Table(header=first.header, rows=tuple(rows), row_numbers=tuple(numbers), location=first.location,
                      header_row=first.header_row, first_column=first.first_column, title=first.title)
        sheets = [t.location.sheet for t in members if t.location.sheet]
        what = "sheets" if len(sheets) == len(members) else "tables"
        span = f", {sheets[0]}-{sheets[-1]}" if len(sheets) == len(members) else ""
        out.append((table, tuple(offsets), f"{len(members)} {what} read as one record{span} (same header)"))
    return out


def blank_tables(doc: Document) -> bool:
    """A document whose tables are all headers over empty rows: a blank form, whatever its kind."""
    tables = doc.tables()
    return bool(tables) and not any(_data_rows(reheader(t)[0]) for t in tables) and checklist_table(doc) is None


def _is_checklist(columns: list[ColumnProfile], table: Table) -> bool:
    return any(c.type == "boolean" for c in columns) and bool(table.rows)


def profile(doc: Document, date_orders: Mapping[str, str] | None = None) -> RecordProfile | None:
    """The profile of a record's principal table; None when the document holds no data table."""
    try:
        return _profile(doc, date_orders)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def _profile(doc: Document, date_orders: Mapping[str, str] | None) -> RecordProfile | None:
    if not doc.ok:
        return None
    notes: list[str] = []
    candidates: list[Table] = []
    for table in doc.tables():
        fixed, note = reheader(table)
        if _data_rows(fixed):
            candidates.append(fixed)
            if note:
                notes.append(note)
    joined = join_periods(candidates)
    listed = checklist_table(doc)
    if listed is not None:
        joined.append((listed, (), ""))
    if not joined:
        return None
    table, parts, join_note = max(joined, key=lambda j: (_data_rows(j[0]), len(j[0].header)))
    if join_note:
        notes.append(join_note)
    rows = len(table.rows)
    width = max([len(table.header)] + [len(r) for r in table.rows[:50]])
    columns = [_profile_column(doc.path, table, i, date_orders, rows) for i in range(width)]
    for c in columns:
        if c.type == "date" and c.note.startswith(("ambiguous", "mixed")):
            notes.append(f"{c.name}: {c.note}")
    entry = _entry_column(columns)
    entry_dates = entry.dates if entry else ()
    dated = [d for d in entry_dates if d is not None]
    people: Counter[str] = Counter()
    for c in columns:
        if c.type == "person":
            for value, count in c.top_values:
                people[value] += count
            if c.distinct > len(c.top_values):
                shown = dict(c.top_values)
                rest = Counter(v for v in table.column(c.index) if not _empty(v))
                for value, n in rest.items():
                    if _cell_text(value) not in shown:
                        people[_cell_text(value)] += n
    # a "Hit by" column also holds "pump truck" and "unknown": only names, initials, roles and user ids are people
    for value in [v for v in people if not _person_like(v)]:
        del people[value]
    return RecordProfile(path=doc.path, table=table, columns=tuple(columns), row_count=rows,
                         entry_column=entry.name if entry else None, entry_dates=tuple(entry_dates),
                         first_entry=min(dated) if dated else None, last_entry=max(dated) if dated else None,
                         people=tuple(p for p, _ in people.most_common()), tables=len(joined),
                         checklist=_is_checklist(columns, table) or table is listed, notes=tuple(dict.fromkeys(notes)),
                         parts=parts)


# A profile's place-holder for a table its document holds (see detach)
_IN_DOCUMENT = Table(header=(), rows=(), row_numbers=(), location=Location())
Detached = tuple[RecordProfile, int | None, tuple[int | None, ...]]


def detach(prof: RecordProfile, doc: Document) -> Detached:
    """The profile without the tables that are its document's own, and their places in
    `doc.tables()`: what a forked worker sends back, so that the cells are not pickled again
    and the main process holds each table once (the document's). `attach` puts them back."""
    tables = doc.tables()

    def place(table: Table) -> int | None:
        return next((k for k, t in enumerate(tables) if t is table), None)

    where = place(prof.table)
    parts = tuple(place(t) for _, t in prof.parts)
    bare = replace(prof, table=_IN_DOCUMENT if where is not None else prof.table,
                   parts=tuple((start, _IN_DOCUMENT if k is not None else t)
                               for (start, t), k in zip(prof.parts, parts)))
    return bare, where, parts


def attach(detached: Detached, doc: Document) -> RecordProfile:
    prof, where, parts = detached
    tables = doc.tables()
    return replace(prof, table=tables[where] if where is not None else prof.table,
                   parts=tuple((start, tables[k] if k is not None else t) for (start, t), k in zip(prof.parts, parts)))
