"""Record understanding: what a working record holds, column by column.

The dataclasses here are the interface the drift (DR), parallel-system (PS) and
system-health (SH) stages read. `profile()` builds them from a Document's tables.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import weakref
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain, compress, filterfalse, repeat
from operator import add, ge, is_, is_not, itemgetter, le, lt, methodcaller, not_
from typing import Collection, Mapping, Sequence

from gapscan.model import BlockType, Document, Evidence, Location, Table, Value, column_letter

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
    # a file that holds several logs (a markdown page of logs under their headings, a workbook of sheets with
    # other headers): each log is a record of its own, named by its heading or sheet, its `path` the file's
    # followed by LOG_MARK and that name; the file's own profile (the principal table) lists them in `logs`
    name: str | None = None
    logs: tuple["RecordProfile", ...] = ()
    # rows of `table` whose entry date is no evidence of the last entry: a lone date that breaks the log's date
    # order and stands further past the rest than any gap between its other dates (07/18 among March's rows)
    set_aside: tuple[int, ...] = ()

    @property
    def file(self) -> str:
        """The file the record is in (its path, less the log's name when it is one of the file's logs)."""
        return self.path[: -len(LOG_MARK + self.name)] if self.name else self.path

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


LOG_MARK = " § "  # between a file's path and the name of one of its logs ("Logs.md § Access reviews")


def log_parts(key: str, paths=()) -> tuple[str, str | None]:
    """(file, log name) of a record key: the key itself and None when it is a file's path (one of `paths`).
    A file's own name or a log's heading may hold the mark ('Site § North.md § Form § 4'): the key is split
    where a known path ends, else after the first part that ends as a file gapscan reads does ('.md'), else
    at the first mark."""
    if key in paths or LOG_MARK not in key:
        return key, None
    cuts = [m.start() for m in re.finditer(re.escape(LOG_MARK), key)]
    cut = (next((c for c in cuts if key[:c] in paths), None)
           or next((c for c in cuts if _read_suffix().search(key[:c])), None) or cuts[0])
    return key[:cut], key[cut + len(LOG_MARK):]


@functools.cache
def _read_suffix():
    from gapscan.ingest import PARSERS

    return re.compile("(" + "|".join(re.escape(s) for s in sorted(PARSERS, key=len, reverse=True)) + r")$", re.I)


def on_file(evidence: tuple[Evidence, ...], related: tuple[str, ...], paths: Collection[str]
            ) -> tuple[tuple[Evidence, ...], tuple[str, ...]]:
    """A finding's evidence and related paths with each log's key as its file, each quote naming its log."""
    out = []
    for ev in evidence:
        file, name = log_parts(ev.path, paths)
        out.append(replace(ev, path=file, record=name) if name else ev)
    return tuple(out), tuple(dict.fromkeys(log_parts(p, paths)[0] for p in related))


TICKS = {"☑", "☒", "✓", "✔", "x", "■", "[x]", "yes", "y", "true", "done", "ok", "✅"}
NO_TICKS = {"☐", "□", "✗", "✘", "no", "n", "false", "[ ]", "❌"}
NA = {"na", "n/a", "n.a.", "-", "—"}
BOOLEAN_VALUES = TICKS | NO_TICKS | NA

# (in the plural too: 'Owners', 'Assignees', 'Approvers'; and the one who asked: 'Requester')
PERSON_HEADER = re.compile(
    r"\b(by|owner|inspector|operator|responsible|approver|approved|name|signed?|signature|checker|"
    r"checked|auditor|lead|who|technician|assignee|assigned|initials|raised|reviewer|verified|"
    r"performed|completed|person|engineer|supervisor|manager|staff|employee|user|actionee|requester|requestor)"
    r"s?\b", re.I)
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
    r"sources?|services?|applications?|processes|controls?|risks?|departments?|training|dates?|"
    # what was used (an evaporator log's "Materials": Au, Cr, Ti), not who used it
    r"materials?|chemicals?|substances?|elements?|metals?|ingredients?|compounds?|reagents?)\b", re.I)
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
# A date still to come: when the next review is due, when a contract or key expires. No work was done on it.
PLANNED_DATE = re.compile(r"\b(due|next|target|expiry|expiring|expires|planned|deadline|scheduled|valid until|"
                          r"renewal)\b", re.I)


# The day the animal or person a row is about was born ('dob', 'Date of birth', 'Birthdate'): it dates the row's
# subject, not the entry, however many dates the column holds.
BIRTH_DATE = re.compile(r"\b(?:d\.?o\.?b|date of birth|birth ?date|birthday|born)\b", re.I)


def header_words(header: str) -> str:
    """A header as words: an export's 'Due_Date' or 'Next_Audit_Date' says what 'Due date' says, but a word
    boundary does not fall between 'Due' and '_', so every header pattern reads the spaced form."""
    return (header or "").replace("_", " ")


def planned_date(header: str) -> bool:
    """A column of dates something is due, planned or expires ('Next Review', 'Due date', 'Expiry', 'Due_Date')."""
    return bool(PLANNED_DATE.search(header_words(header)))


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
                        first_column=table.first_column, title=title, row_lines=table.row_lines[i + 1:])
            return new, f"header taken from row {header_row} under the title rows"
    return table, None


def checklist_table(doc: Document) -> Table | None:
    """Ticked list items (☑ Guard in place) as a two-column table: item, done."""
    items = [b for b in doc.blocks if b.type is BlockType.LIST_ITEM and b.checked is not None]
    if len(items) < 3:
        return None
    loc = items[0].location
    return Table(header=("Item", "Done"), rows=tuple((b.text, "☑" if b.checked else "☐") for b in items),
                 row_numbers=tuple(range(1, len(items) + 1)),
                 location=Location(page=loc.page, line=loc.line, section=loc.section), title=doc.title,
                 row_lines=tuple(b.location.line for b in items) if all(b.location.line for b in items) else ())


# a list item that starts with its date ("2026-03-16 | GOV-002 | Ratified ...", "12/03/2026 - Boiler serviced"):
# one entry of a log kept as a list; the date is followed by a separator, not by more of a sentence
DATED_ITEM = re.compile(r"^\s*(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
                        r"|\d{1,2} [A-Za-z]{3,9}\.? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4})"
                        r"\s*(?:\||:|—|–|-)\s*(?P<rest>\S.*)$", re.S)
# a blank template line above the entries ("- Decision ID:"): a label and its colon, nothing after
_BLANK_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w /&()'-]{0,40}?)\s*:\s*$")
DATED_LIST_MIN = 3


# a heading or a line that is an entry's date and title, the entry's text under it ("### 25-Jun-2021: Storage
# failed", "__1:00 PM, 20-Dec-18: Outage due to AC failure__"): the day may follow a time of day, be written
# "25-Jun-2021" or "20-Dec-18", and run to another ("16-Jun-17 to 17-Jun-17"); a title is a few words
_DAY = (r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-[A-Za-z]{3,9}-\d{2,4}|\d{1,2} [A-Za-z]{3,9}\.? \d{4}"
        r"|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}")
DATED_TITLE = re.compile(rf"^\s*(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?,?\s+)?(?P<date>{_DAY})"
                         rf"(?:\s+(?:to|-|–)\s+(?:{_DAY}))?\s*(?::|—|–|-|\|)\s*(?P<rest>\S.*)$", re.S)
DATED_TITLE_WORDS = 15


def dated_items(blocks) -> list[tuple[object, dt.date, str]]:
    """The blocks of `blocks` that are a log's dated entries: (block, date, the rest of the line). A list item
    that starts with its date, or a heading or short line that is a date and a title (DATED_TITLE, the entry's
    text under it). Fewer than three is no log (a date or two in a list is a note)."""
    from gapscan.dates import parse_date

    found = []
    for b in blocks:
        if b.type is BlockType.LIST_ITEM and b.checked is None:
            m = DATED_ITEM.match(b.text)
        elif b.type in (BlockType.HEADING, BlockType.PARAGRAPH) and len(b.text.split()) <= DATED_TITLE_WORDS \
                and not b.text.rstrip().endswith((".", ";", ",")):
            m = DATED_TITLE.match(b.text)
        else:
            continue
        if not m:
            continue
        when = parse_date(m.group("date"))
        if when is not None:
            found.append((b, when, m.group("rest").strip()))
    return found if len(found) >= DATED_LIST_MIN else []


def dated_entry_words(blocks, found) -> int:
    """The words of a log's dated entries (dated_items' `found`): a list item's own, and for a dated heading or
    line the text under it too, up to the next heading or entry."""
    starts = {id(b) for b, _, _ in found}
    titled = {id(b) for b, _, _ in found if b.type is not BlockType.LIST_ITEM}
    words, inside = 0, False
    for b in blocks:
        if id(b) in starts:
            inside = id(b) in titled
            words += len(b.text.split())
        elif b.type is BlockType.HEADING:
            inside = False
        elif inside and b.type is not BlockType.TABLE:
            words += len(b.text.split())
    return words


def dated_list_table(doc: Document) -> Table | None:
    """A log kept as a dated list, one entry a list item, as a table: the date, then the entry's parts where
    every entry has as many ' | ' parts, named by the log's own blank template when it has that many labels."""
    found = dated_items(doc.blocks)
    if not found:
        return None
    parts = [tuple(p.strip() for p in rest.split(" | ")) for _, _, rest in found]
    width = len(parts[0])
    if width < 2 or any(len(p) != width for p in parts):
        parts = [(rest,) for _, _, rest in found]
        width = 1
    labels = [m.group("label").strip() for b in doc.blocks
              if b.type is BlockType.LIST_ITEM and (m := _BLANK_LABEL.match(b.text))]
    if len(labels) == width + 1 and re.search(r"date|when|day", labels[0], re.I):
        header = tuple(labels)
    else:
        header = ("Date", "Entry", *(f"Part {i}" for i in range(3, width + 2)))
    rows = tuple((when.isoformat(), *p) for (_, when, _), p in zip(found, parts))
    loc = found[0][0].location
    lines = tuple(b.location.line for b, _, _ in found)
    return Table(header=header, rows=rows, row_numbers=tuple(range(1, len(rows) + 1)),
                 location=Location(page=loc.page, line=loc.line, section=loc.section), title=doc.title,
                 row_lines=lines if all(lines) else ())


def _column_type(name: str, filled: list[Value], date_share: float) -> str:
    if not filled:
        return "empty"
    name = header_words(name)  # 'Incident_ID', 'Implementation_Status': the header patterns read words
    n = len(filled)
    if date_share >= 0.8 or (date_share >= 0.6 and bool(re.search(r"date", name, re.I))):
        return "date"
    if _NUMBER_TYPES.issuperset(map(type, filled)):
        # only ints and floats (no bool): no number's text is a tick word and every value is a number, so the
        # tests below would say "number" (or "identifier"); their texts are made only for an identifier header
        if ID_HEADER.search(name):
            return "identifier" if len({_cell_text(v) for v in set(filled)}) >= 0.9 * n else "number"
        return "number"
    # each distinct value is looked at once and counted as often as it occurs (keyed by type
    # too, so True, 1 and 1.0 stay apart): a status or person column holds a few values
    seen = Counter(zip(map(type, filled), filled))
    kept = list(map(itemgetter(1), seen))
    texts = _texts_of(kept)
    values = list(zip(kept, seen.values(), texts))
    distinct = len(set(map(str.lower, texts)))

    def reaches(test, need: float) -> bool:
        """Whether the values passing `test` make up at least `need` of the n, looking only until
        that is settled: a column of 2,000 distinct texts fails a 90% test after 200 of them."""
        hit, left = 0, n
        for v, k, text in values:
            left -= k
            if test(v, text):
                hit += k
                if hit >= need:
                    return True
            elif hit + left < need:
                return False
        return hit >= need

    if all(type(v) is bool for v, _, _ in values) or \
            reaches(lambda v, text: text.lower() in BOOLEAN_VALUES, 0.9 * n):
        return "boolean"
    if reaches(lambda v, text: isinstance(v, (int, float)) and not isinstance(v, bool)
               or isinstance(v, str) and _NUMBER.match(v.strip()), 0.9 * n):
        return "identifier" if ID_HEADER.search(name) and distinct >= 0.9 * n else "number"
    if ID_HEADER.search(name) and distinct >= 0.5 * n:
        return "identifier"
    if distinct >= 0.8 * n and reaches(lambda v, text: _IDENT.match(text), 0.9 * n):
        return "identifier"
    spaced = name.replace("_", " ")
    thing = NOT_PERSON_HEADER.search(spaced)
    # "Asset Name", "Supplier name": the name of a thing; "Control Owner" is still a person
    said = {w.lower() for w in PERSON_HEADER.findall(spaced)} - ({"name"} if thing else set())
    if said and not STATUS_HEADER.search(name) and reaches(lambda v, text: _person_like(text), 0.5 * n):
        return "person"
    if thing:
        return "status" if distinct <= 12 and n >= 8 and distinct <= 0.3 * n else "text"
    if distinct <= max(12, n // 5) and \
            reaches(lambda v, text: set(re.findall(r"[a-z]+", text.lower())) & ROLE_WORDS, 0.8 * n):
        return "person"
    if STATUS_HEADER.search(name) and distinct <= max(12, n // 4):
        return "status"
    if n >= 5 and distinct <= max(10, n // 5) and \
            reaches(lambda v, text: _NAME.match(text) and not _calendar_words(text), 0.8 * n):
        return "person"
    if distinct <= 12 and n >= 8 and distinct <= 0.3 * n and max(len(text) for _, _, text in values) <= 30:
        return "status"
    return "text"


_NUMBER_TYPES = frozenset((int, float))


def _person_like(text: str) -> bool:
    """A name ("Jay Patel", "J. Patel", "Sam"), initials ("AK"), a role ("Shift Lead") or a user id
    ("s.morgan", "wh.nights"), or two or three of them made the entry together ("MM;JH", "Ana Ruiz & Ben
    Okafor"); not "unknown", "pump truck" or "n/a"."""
    parts = makers_in(text)
    if len(parts) > 1:
        return all(_one_person(p) and not _calendar_words(p) for p in parts)
    return _one_person(text)


_JOINT = re.compile(r"\s*[;/&+]\s*|\s+and\s+", re.I)


def makers_in(text: str) -> list[str]:
    """The people a cell lists: 'PP; JH' is PP and JH (a comma is left alone: 'Patel, Jay' is one name)."""
    parts = [p.strip() for p in _JOINT.split(text.strip())]
    return [p for p in parts if p] if 1 < len(parts) <= 4 else [text.strip()]


def _one_person(text: str) -> bool:
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
    return list(_sample_of(len(values))(values))


@functools.lru_cache(maxsize=64)
def _sample_of(n: int) -> itemgetter:
    """The SAMPLE values _sample takes from n (evenly spaced), taken in C: a table's columns share their length."""
    step = n / SAMPLE
    return itemgetter(*[int(i * step) for i in range(SAMPLE)])


def _column_values(table: Table, index: int, short: int) -> list[Value]:
    """table.column(index), read in C when no row of the table is shorter than `short` (the
    length of its shortest row, which the caller works out once per table)."""
    if index < short:
        return list(map(itemgetter(index), table.rows))
    return table.column(index)


def _profile_column(path: str, table: Table, index: int, date_orders: Mapping[str, str] | None,
                    rows: int, short: int) -> ColumnProfile:
    from gapscan.dates import DATE_HEADER, order_for, read_column

    name = table.header[index] if index < len(table.header) else f"Column {index + 1}"
    values = _column_values(table, index, short)
    # every distinct value once, with its count: the rows are walked in C, the values in Python
    counts = Counter(values)
    kinds = set(map(type, counts))
    empty = _blank_values(counts, kinds)
    filled = list(filterfalse(empty.__contains__, values)) if empty else values
    order = order_for(date_orders, path, name)
    sample = _sample(filled)
    dc = None
    # only a text or a date can be read as a date, and a number only under a date header (an Excel serial):
    # a column of amounts or row numbers is not probed
    datable = bool(DATE_HEADER.search(name)) or any(issubclass(t, (str, dt.date)) for t in kinds)
    probe = read_column(sample, header=name, order=order) if filled and datable else None
    if probe is not None and probe.share >= 0.5:
        # read the whole column only when a sample says it holds dates: the order is
        # decided on every value, since one "25/03" anywhere settles it (a column with no
        # empty cell and no more values than a sample was read whole already)
        dc = probe if sample is values else read_column(values, header=name, order=order)
    date_share = dc.share if dc else 0.0
    ctype = _column_type(name, sample, date_share)
    fill_rate = len(filled) / rows if rows else 0.0
    if ctype == "date" and dc is not None:
        return ColumnProfile(name=name, index=index, type="date", fill_rate=fill_rate,
                             distinct=len(set(dc.dates) - {None}), date_order=dc.order,
                             dates=dc.dates, note=dc.note)
    kept = list(filterfalse(empty.__contains__, counts)) if empty else list(counts)
    keys = _texts_of(kept)
    texts: Counter[str] = Counter(dict(zip(keys, map(counts.__getitem__, kept))))
    if len(texts) < len(keys):
        # two values with one text (' A' and 'A', 1 and 1.0): their counts add up
        texts = Counter()
        for key, value in zip(keys, kept):
            texts[key] += counts[value]
    return ColumnProfile(name=name, index=index, type=ctype, fill_rate=fill_rate, distinct=len(texts),
                         top_values=tuple(texts.most_common(10)))


_PLAIN_KINDS = frozenset((str, int, float, bool, dt.date, dt.datetime, type(None)))


def _blank_values(counts: Counter, kinds: set[type]) -> set:
    """The values of `counts` that are no entry: None, and texts of white space or nothing (the texts found in C,
    where every value is of a kind the readers give)."""
    if not kinds <= _PLAIN_KINDS:
        return {v for v in counts if v is None or v == "" or (type(v) is str and not v.strip())}
    blank = {None} if None in counts else set()
    if str in kinds:
        texts = list(counts) if len(kinds) == 1 else list(compress(counts, map(is_, map(type, counts), repeat(str))))
        blank.update(compress(texts, map(not_, map(str.strip, texts))))
    return blank


def _texts_of(values: list[Value]) -> list[str]:
    """_cell_text of each value. A column of texts, or of numbers (ints, and floats: readings, amounts), is read
    in C, one call a value; another one value by value, with its common kinds written out."""
    kinds = set(map(type, values))
    if kinds == _TEXT:
        return list(map(str.strip, values))
    if kinds <= _NUMBER_TYPES:
        texts = list(map(repr, values))  # an int's repr is its str, a float's the shortest that reads back
        if float in kinds:
            # a whole float is written as an int: its repr, and only its, ends in ".0" or holds an exponent
            n = range(len(texts))
            for i in chain(compress(n, map(str.endswith, texts, repeat(".0"))),
                           compress(n, map(str.__contains__, texts, repeat("e")))):
                if values[i].is_integer():
                    texts[i] = str(int(values[i]))
        return texts
    return [value.strip() if type(value) is str else str(value) if type(value) is int else
            (str(int(value)) if value.is_integer() else repr(value)) if type(value) is float else _cell_text(value)
            for value in values]


_TEXT = {str}


def _entry_column(columns: list[ColumnProfile]) -> ColumnProfile | None:
    # a register dated only by when its next review is due says nothing about when anything was done
    dates = [c for c in columns if c.type == "date" and c.fill_rate > 0 and not planned_date(c.name)
             and not BIRTH_DATE.search(header_words(c.name))]
    if not dates:
        return None

    def rank(c: ColumnProfile) -> tuple:
        name = header_words(c.name)
        return (bool(_ENTRY_HINT.search(name)) and not _NOT_ENTRY.search(name),
                not _NOT_ENTRY.search(name), round(c.fill_rate, 1), -c.index)

    return max(dates, key=rank)


def _data_rows(table: Table) -> int:
    # rows with a cell that is neither None nor "", counted in C: this is called on every table of a 100k-row
    # workbook
    rows = table.rows
    return sum(map(lt, map(add, map(methodcaller("count", None), rows), map(methodcaller("count", ""), rows)),
                   map(len, rows)))


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
        members = _without_repeats(members)
        if len(members) == 1:
            out.append((members[0], (), ""))
            continue
        width = max(len(t.header) for t in members)
        rows: list[tuple] = []
        numbers: list[int] = []
        lines: list[int] = []
        offsets: list[tuple[int, Table]] = []
        for t in members:
            offsets.append((len(rows), t))
            rows.extend(tuple(r) + (None,) * (width - len(r)) for r in t.rows)
            numbers.extend(t.row_numbers)
            lines.extend(t.row_lines)
        first = members[0]
        table = Table(header=first.header, rows=tuple(rows), row_numbers=tuple(numbers), location=first.location,
                      header_row=first.header_row, first_column=first.first_column, title=first.title,
                      row_lines=tuple(lines) if len(lines) == len(numbers) else ())
        sheets = [t.location.sheet for t in members if t.location.sheet]
        what = "sheets" if len(sheets) == len(members) else "tables"
        span = f", {sheets[0]}-{sheets[-1]}" if len(sheets) == len(members) else ""
        out.append((table, tuple(offsets), f"{len(members)} {what} read as one record{span} (same header)"))
    return out


def _without_repeats(members: list[Table]) -> list[Table]:
    """Tables of one header less those whose every data row is a row of another of them, cell for cell: a
    summary sheet that lists the register's High risks again is a view of the register, not a period of it,
    and joined it would count each of its rows twice. (Of tables with the same rows, the first is kept.)"""
    if len(members) < 2:
        return members
    width = max(len(t.header) for t in members)

    def rows_of(t: Table) -> set[tuple]:
        return {tuple(r) + (None,) * (width - len(r)) for r in t.rows
                if any(v is not None and v != "" for v in r)}

    rows = [rows_of(t) for t in members]
    kept = [t for k, t in enumerate(members)
            if not rows[k] or not any(j != k and rows[k] <= rows[j] and (len(rows[j]) > len(rows[k]) or j < k)
                                      for j in range(len(members)))]
    return kept


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


Candidates = tuple[list[Joined], dict[int, int], list[str], Table | None]
# by id of a document still alive: its candidates, read once for its profile and again for its logs
_CANDIDATES: dict[int, tuple[weakref.ref, Candidates]] = {}


def _candidates(doc: Document) -> Candidates:
    """The document's data tables, periods joined (with the ticked list when there is one), their data rows
    by id, the notes made reading them, and the ticked list's table. Read once per document (callers do not
    change what they are given): profile and logs both start here."""
    hit = _CANDIDATES.get(id(doc))
    if hit is not None and hit[0]() is doc:
        return hit[1]
    found = _read_candidates(doc)
    try:
        # held by a weak reference: the entry goes with its document
        _CANDIDATES[id(doc)] = (weakref.ref(doc, lambda _, key=id(doc): _CANDIDATES.pop(key, None)), found)
    except TypeError:  # not weak-referenceable: read again next time, still correct
        pass
    return found


def _read_candidates(doc: Document) -> Candidates:
    notes: list[str] = []
    candidates: list[Table] = []
    # data rows by id of a candidate (alive in `candidates`, so its id is its own): a table left alone
    # is weighed once, not twice
    data_rows: dict[int, int] = {}
    for table in doc.tables():
        fixed, note = reheader(table)
        count = _data_rows(fixed)
        if count:
            candidates.append(fixed)
            data_rows[id(fixed)] = count
            if note:
                notes.append(note)
    dated = dated_list_table(doc)
    if dated is not None:
        candidates.append(dated)
        data_rows[id(dated)] = len(dated.rows)
    joined = join_periods(candidates)
    listed = checklist_table(doc)
    if listed is not None:
        joined.append((listed, (), ""))
    return joined, data_rows, notes, listed


def _label_block(table: Table) -> bool:
    """A two-column block of labels and their values ("Version | 1.0", "Regulator | ..."): every first cell
    a different short label that is not a date or a number."""
    if len(table.header) != 2 or len(table.rows) < 2:
        return False
    labels = [str(r[0]).strip() if r and r[0] is not None else "" for r in table.rows]
    return (len(set(labels)) == len(labels)
            and all(label and len(label.split()) <= 4 and not label[0].isdigit() for label in labels))


def _profile(doc: Document, date_orders: Mapping[str, str] | None) -> RecordProfile | None:
    if not doc.ok:
        return None
    joined, data_rows, notes, listed = _candidates(doc)
    if not joined:
        return None
    # a document control block (Field | Value: version, regulator, status) heads the page; the entries below
    # it are the log, however few
    def weight(j) -> tuple[int, int]:
        return (data_rows[id(j[0])] if id(j[0]) in data_rows else _data_rows(j[0]), len(j[0].header))

    # (a signature line of one row under the block is not the log: entries are two rows or more)
    entries = [j for j in joined if not _label_block(j[0]) and weight(j)[0] >= 2]
    table, parts, join_note = max(entries or joined, key=weight)
    return _profile_table(doc, table, parts, notes + [join_note] if join_note else notes, date_orders,
                          tables=len(joined), listed=listed)


def _profile_table(doc: Document, table: Table, parts: tuple[tuple[int, Table], ...], notes: list[str],
                   date_orders: Mapping[str, str] | None, *, tables: int, listed: Table | None,
                   name: str | None = None) -> RecordProfile:
    notes = list(notes)
    path = doc.path + LOG_MARK + name if name else doc.path
    rows = len(table.rows)
    width = max([len(table.header)] + [len(r) for r in table.rows[:50]])
    short = min(map(len, table.rows), default=0)
    # a log's date orders are configured by its file's path
    columns = [_profile_column(doc.path, table, i, date_orders, rows, short) for i in range(width)]
    for c in columns:
        if c.type == "date" and c.note.startswith(("ambiguous", "mixed")):
            notes.append(f"{c.name}: {c.note}")
    entry = _entry_column(columns)
    entry_dates = entry.dates if entry else ()
    # a row whose entry date says when it was raised ('Requested Date', 'Logged') is an entry made, however far
    # its work has got: only a row dated by the work itself is no entry while that work is planned
    planned = _planned_rows(table, columns) if entry and not _RAISED_DATE.search(header_words(entry.name)) \
        else set()
    if planned:
        # a row whose status says "Scheduled" is the next occasion planned, not one held
        entry_dates = tuple(None if i in planned else d for i, d in enumerate(entry_dates))
        notes.append(f"{_count_rows(len(planned))} with a planned or scheduled status not counted as entries")
    set_aside = out_of_order_last(entry_dates)
    for i in set_aside:
        notes.append(f"data row {i + 1} dated {entry_dates[i].isoformat()} set aside as the last entry: it breaks the "
                     f"log's date order and stands {(entry_dates[i] - _last_kept(entry_dates, set_aside)).days} "
                     "days past the rest")
    dated = [d for i, d in enumerate(entry_dates) if d is not None and i not in set_aside]
    people: Counter[str] = Counter()
    for c in columns:
        if c.type == "person":
            for value, count in c.top_values:
                people[value] += count
            if c.distinct > len(c.top_values):
                shown = dict(c.top_values)
                # every value counted in C; the blank ones passed over once each
                for value, n in Counter(_column_values(table, c.index, short)).items():
                    if not _empty(value) and _cell_text(value) not in shown:
                        people[_cell_text(value)] += n
    # a "Hit by" column also holds "pump truck" and "unknown": only names, initials, roles and user ids are people
    for value in [v for v in people if not _person_like(v)]:
        del people[value]
    # "MM;JH" made the entry together: each of them is one of the people
    for value in [v for v in people if len(makers_in(v)) > 1]:
        n = people.pop(value)
        for part in makers_in(value):
            people[part] += n
    return RecordProfile(path=path, table=table, columns=tuple(columns), row_count=rows,
                         entry_column=entry.name if entry else None, entry_dates=tuple(entry_dates),
                         first_entry=min(dated) if dated else None, last_entry=max(dated) if dated else None,
                         people=tuple(p for p, _ in people.most_common()), tables=tables,
                         checklist=_is_checklist(columns, table) or table is listed, notes=tuple(dict.fromkeys(notes)),
                         parts=parts, name=name, set_aside=set_aside)


# A table a program wrote from other records is no working record of people's work (a summary or a computed
# table beside the log it was made from): read by marks a person does not leave (a third, a fixed sampling step, below).
# (1) The first column, under no heading, numbers the rows 1..n or 0..n-1: what R's write.csv and pandas'
# to_csv put first unless told not to (read back, pandas calls it "Unnamed: 0", readr "...1").
# (2) Two or more number columns whose values are mostly carried to machine precision (COMPUTED_DIGITS
# significant digits or more: -56.6399111111111), and no column says who made an entry: people type what an
# instrument shows; a sheet they keep may compute a column, but their initials on it say the work is theirs.
INDEX_HEADERS = {"unnamed: 0", "...1"}
COMPUTED_DIGITS = 10
COMPUTED_COLUMNS = 2


def _significant(value) -> int:
    if isinstance(value, bool) or not isinstance(value, float):
        return 0
    return len(repr(abs(value)).lower().split("e")[0].replace(".", "").lstrip("0"))


def _row_numbers(table: Table) -> bool:
    if not table.header or len(table.rows) < 2:
        return False
    head = table.header[0].strip()
    if head != column_letter(table.first_column) and head.lower() not in INDEX_HEADERS:
        return False
    numbers = []
    for row in table.rows:
        value = row[0] if row else None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        numbers.append(value)
    return numbers[0] in (0, 1) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def written_by_program(prof: RecordProfile) -> str:
    """Why the record's table was written by a program, not kept by people ("" when it was not)."""
    table = prof.table
    if _row_numbers(table):
        return (f"its first column, under no heading, numbers the rows 1 to {len(table.rows)}, as a program "
                "writing a table out does")
    if any(c.type == "person" for c in prof.columns):
        return ""
    computed = []
    for c in prof.columns:
        if c.type != "number":
            continue
        values = [v for v in _sample(table.column(c.index)) if isinstance(v, (int, float)) and not isinstance(v, bool)]
        long = [v for v in values if _significant(v) >= COMPUTED_DIGITS]
        if values and 2 * len(long) >= len(values):
            computed.append(f"{c.name} {long[0]!r}")
    if len(computed) >= COMPUTED_COLUMNS:
        return (f"{len(computed)} columns hold values computed to machine precision ({', '.join(computed[:2])}) "
                "and no column says who made an entry")
    return _sampled(prof)


# (3) Entries stamped to the minute at one fixed step of a few minutes, row after row (a SCADA or data logger export:
# '2024-01-15 06:00:00', '06:05:00', ...): a system sampling at an interval, not people writing up their work, who
# note the minute they got to it (ricordoyan/manufacturing-copilot's sensor_data.csv, drhold18).
SAMPLED_ROWS = 20  # fewer readings at one step may be a person's short series
SAMPLED_STEP = dt.timedelta(minutes=15)  # at most this: a round people walk every half hour lands at any minute
SAMPLED_SHARE = 0.9  # of the steps between consecutive entries that are the one step
_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")


def _sampled(prof: RecordProfile) -> str:
    col = prof.column(prof.entry_column) if prof.entry_column else None
    if col is None or prof.row_count < SAMPLED_ROWS:
        return ""
    stamps = []
    for value in prof.table.column(col.index):
        if isinstance(value, dt.datetime):
            stamps.append(value)
            continue
        m = _STAMP.match(str(value).strip()) if value is not None else None
        if m is None:
            return ""
        try:
            stamps.append(dt.datetime(*(int(g or 0) for g in m.groups())))
        except ValueError:
            return ""
    steps = Counter(b - a for a, b in zip(stamps, stamps[1:]))
    step, n = steps.most_common(1)[0]
    if not dt.timedelta(0) < step <= SAMPLED_STEP or n < SAMPLED_SHARE * (len(stamps) - 1):
        return ""
    minutes = int(step.total_seconds() // 60)
    every = f"every {minutes} minutes" if minutes > 1 else f"every {int(step.total_seconds())} seconds"
    return f"its {len(stamps)} entries are stamped {every}, as a system sampling at a fixed interval writes them"


ORDERED_SHARE = 0.8  # of consecutive dated rows in one direction: a log kept in date order
SET_ASIDE_MAX = 3  # lone dates set aside at most (and never more than SET_ASIDE_SHARE of the dated rows)
SET_ASIDE_SHARE = 0.05


def _last_kept(dates, set_aside) -> dt.date:
    return max(d for i, d in enumerate(dates) if d is not None and i not in set_aside)


def out_of_order_last(dates: Sequence[dt.date | None]) -> tuple[int, ...]:
    """Rows whose date is no evidence of a log's last entry. In a log kept in date order (ORDERED_SHARE of its
    consecutive dated rows run one way, oldest or newest first), the last entry is the date at the log's end
    (its last row, or its first when newest first): a date past it on a row in the middle breaks the order. A
    few such rows (at most SET_ASIDE_MAX, and SET_ASIDE_SHARE of the dated rows) are set aside when each stands
    further past the log's end than any gap between the log's own dates up to it: "07/18/2025" and "07/10/2025"
    among March's rows of a run log ending on 2 July. One within that spacing is kept (a day's entry written
    on an earlier line)."""
    # the dated rows and their indexes, walked in C (a log's 2,000 rows)
    if None in dates:
        dated = list(map(is_not, dates, repeat(None)))
        days, at = list(compress(dates, dated)), list(compress(range(len(dates)), dated))
    else:
        days, at = list(dates), range(len(dates))
    if len(days) < 5:
        return ()
    pairs = len(days) - 1
    up = sum(map(ge, days[1:], days))
    down = sum(map(le, days[1:], days))
    if max(up, down) < ORDERED_SHARE * pairs:
        return ()
    end = days[-1] if up >= down else days[0]
    past = list(compress(zip(at, days), map(lt, repeat(end), days)))
    if not past or len(past) > min(SET_ASIDE_MAX, SET_ASIDE_SHARE * len(days)):
        return ()
    kept = sorted({d for d in days if d <= end})
    spacing = max(((b - a).days for a, b in zip(kept, kept[1:])), default=0)
    return tuple(i for i, d in past if (d - end).days > spacing)


# an entry date that says when the entry was made, not when its work was done
_RAISED_DATE = re.compile(r"\b(?:request(?:ed)?|raised|logged|reported|opened|received|submitted|created|entered|"
                          r"recorded)\b", re.I)
_PLAN_STATUS_HEADER = re.compile(r"\b(?:status|state|progress)\b", re.I)


def _planned_rows(table: Table, columns: list[ColumnProfile]) -> set[int]:
    """Rows whose status column reads "Planned", "Scheduled" or "Not started"."""
    from gapscan.classify import PLANNED_STATUS

    rows: set[int] = set()
    for c in columns:
        if c.type in ("status", "text") and _PLAN_STATUS_HEADER.search(header_words(c.name)) and \
                any(str(v).strip().lower() in PLANNED_STATUS for v, _ in c.top_values):
            rows.update(i for i, v in enumerate(table.column(c.index))
                        if isinstance(v, str) and v.strip().lower() in PLANNED_STATUS)
    return rows


def _count_rows(n: int) -> str:
    return f"{n} row" + ("" if n == 1 else "s")


def _table_names(doc: Document) -> dict[int, str]:
    """By id of a table of the document: the heading it sits under, else its sheet, else its title."""
    names: dict[int, str] = {}
    heading: str | None = None
    for block in doc.blocks:
        if block.type is BlockType.HEADING:
            heading = block.text.strip() or heading
        elif block.table is not None:
            table = block.table
            name = heading or table.location.sheet or table.title
            if name:
                names[id(table)] = re.sub(r"\s+", " ", name)[:80]
    return names


_REVISION_HEADING = re.compile(r"\b(?:document|revision|version|change|amendment)\s+history\b|"
                               r"\b(?:revision|version)\s+log\b|\brevisions?\b|\bamendments?\b", re.I)
# a column that numbers a document's revisions ('Rev', 'Version no.', 'Issue'); 'Issue' also heads an issue
# log's column of problems, so it numbers revisions only when its values do (1, 2.1, B, v3)
_VERSION_HEADER = re.compile(r"^\s*(?:version|ver\.?|rev\.?|revision|amendment|issue|v)\s*(?:no\.?|number|#)?\s*$",
                             re.I)
_ISSUE_HEADER = re.compile(r"^\s*issue\b", re.I)
_VERSION_VALUE = re.compile(r"^(?:v\.?\s*)?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?$|^[a-z]{1,2}$|^draft\b", re.I)
# what a revision history says besides the version: when, what changed, who wrote and approved it
_CHANGE_HEADER = re.compile(r"\bchanges?\b|\bamend|\bdescription\b|\bsummary\b|\bdetails?\b|\breason\b", re.I)
# a column naming other documents: a register of documents and their versions is not one document's history
_DOCUMENT_HEADER = re.compile(r"\b(document|doc|title|file|record|procedure|policy)\b", re.I)
# a column of work an issue, action or change log tracks to its end: a history has nothing to raise or close
_WORK_HEADER = re.compile(r"\b(?:raised|opened|closed|closure|owner|assign(?:ed|ee)|due|priority|severity|"
                          r"resolution|resolved|target)\b", re.I)


def _numbers_versions(table: Table, index: int) -> bool:
    values = [_cell_text(r[index]) for r in table.rows if index < len(r) and not _empty(r[index])]
    return bool(values) and sum(bool(_VERSION_VALUE.match(v)) for v in values) >= 0.8 * len(values)


def revision_history(table: Table, heading: str = "") -> bool:
    """Whether a table is a document's own revision history, not a log of work: under a heading that says so
    ('Document history', 'Revisions'), or a version column beside a date or a column of what changed, with no
    column naming other documents and none of work raised, owned or closed.

    'Rev | Date | Description | Issue' dates a document's revisions; 'Issue | Raised | Owner | Closed' is an issue
    log. One detector for the logs of a file (records.logs) and for what a table is about (drift._what_about)."""
    if heading and _REVISION_HEADING.search(heading):
        return True
    heads = [str(h or "").strip() for h in table.header]
    versions = [i for i, h in enumerate(heads) if _VERSION_HEADER.match(h)
                and (not _ISSUE_HEADER.match(h) or _numbers_versions(table, i))]
    if not versions:
        return False
    others = [h for i, h in enumerate(heads) if h and i not in versions]
    if any(_DOCUMENT_HEADER.search(h) or _WORK_HEADER.search(h) for h in others):
        return False
    return any("date" in h.lower() or _CHANGE_HEADER.search(h) for h in others)


def logs(doc: Document, principal: RecordProfile | None,
         date_orders: Mapping[str, str] | None = None) -> tuple[RecordProfile, ...]:
    """The logs of a document that holds several, each profiled on its own; () when it holds one or none.

    A log is a table of dated entries under a header of its own (periods of one log are joined first). A
    table without an entry date (a contents table, a RACI, a list of definitions, a summary of the logs)
    and a two-column key/value block are not logs. `principal` is the document's profile: its table is
    not profiled again.
    """
    if principal is None or not doc.ok:
        return ()
    try:
        return _logs(doc, principal, date_orders)
    except (ValueError, TypeError, IndexError, OverflowError):
        return ()


def _logs(doc: Document, principal: RecordProfile, date_orders: Mapping[str, str] | None
          ) -> tuple[RecordProfile, ...]:
    joined, _, _, listed = _candidates(doc)
    tables = [(t, parts, note) for t, parts, note in joined if t is not listed and len(t.header) >= 3
              and _header_key(t) is not None]
    if len(tables) < 2:
        return ()
    names = _table_names(doc)
    # a table built by reheader or join_periods is a new object: its first part, or the table it was read
    # from (same location), carries the name
    by_place = {(t.location.sheet, t.location.line, t.location.page): names[id(t)]
                for t in doc.tables() if id(t) in names}

    def name_of(table: Table, parts: tuple[tuple[int, Table], ...]) -> str:
        loc = (parts[0][1] if parts else table).location
        return by_place.get((loc.sheet, loc.line, loc.page), "")

    # a document's own history (Version | Date | Change) dates its revisions, not work done
    tables = [(t, parts, note) for t, parts, note in tables if not revision_history(t, name_of(t, parts))]
    found: list[RecordProfile] = []
    used: Counter[str] = Counter()
    for k, (table, parts, note) in enumerate(tables):
        name = name_of(table, parts) or f"table {k + 1}"
        used[name] += 1
        if used[name] > 1:
            name = f"{name} ({used[name]})"
        if table is principal.table:
            prof = replace(principal, path=doc.path + LOG_MARK + name, name=name, tables=1)
        else:
            prof = _profile_table(doc, table, parts, [note] if note else [], date_orders, tables=1, listed=None,
                                  name=name)
        if prof.entry_column is not None:
            found.append(prof)
    return tuple(found) if len(found) >= 2 else ()


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
