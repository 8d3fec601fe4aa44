"""PS01 shadow-record: a working record no controlled procedure names or links to."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import PurePosixPath
from typing import Iterator

from gapscan.model import Evidence, Kind, Severity
from gapscan.linking import stem
from gapscan.records import LOG_MARK, makers_in
from gapscan.rules.base import Context, Rule
from gapscan.rules.ps.common import (RECENT_DAYS, column_values, governed_records, header_location, iso_day,
                                     latest_row, newest_date, on_files, people_of, record_profiles,
                                     reference_table, row_text, script_outputs, short_name, work_column)

@dataclass(frozen=True)
class _Use:
    rows: int
    recent: int
    people: int

    @property
    def score(self) -> float:
        # Logarithms keep the three measures comparable: 400 rows is not 400x more use than 1 person.
        return round(math.log1p(self.rows) + 2 * math.log1p(self.recent) + 1.5 * math.log1p(self.people), 3)

R = Kind.RECORD

# a person column that says who made the entry ('Recorded by', 'Inspector', 'Initials'); the others
# ('Name', 'Owner', 'Line Manager') list the people an entry is about or answerable for, not its makers
_MAKER_HEADER = re.compile(r"\b(?:by|inspector|operator|signed?|signature|checker|checked|auditor|technician|"
                           r"initials|raised|reviewer|verified|performed|completed|who|recorded|entered|logged|"
                           r"reported)\b", re.I)


def _makers(profile) -> tuple[list[str], list[str]]:
    """(people who made the entries, the person columns that only name people)."""
    makers: dict[str, None] = {}
    named = []
    for col in profile.columns:
        if col.type != "person":
            continue
        if not _MAKER_HEADER.search(col.name.replace("_", " ")):
            named.append(col.name)
            continue
        # "MM;JH" made the entry together: each of them is one of its makers
        values = {part for v in profile.table.column(col.index) if v not in (None, "") for part in makers_in(str(v))}
        makers.update(dict.fromkeys(p for p in people_of(profile) if p in values))
    return list(makers), named


def _filled_texts(values: list) -> set[str]:
    """The distinct filled cells as stripped text. A person column repeats a few names down thousands of rows:
    each distinct text is turned once (numbers, dates and booleans cell by cell: 1, 1.0 and True are one key
    of a set but three texts)."""
    distinct = set(values)
    if all(v is None or isinstance(v, str) for v in distinct):
        return {v.strip() for v in distinct if v is not None and v != ""}
    return {str(v).strip() for v in values if v not in (None, "")}


def _listed_people(profile, named: list[str], makers: list[str]) -> tuple[list[str], int]:
    """The person columns the message tells as listing people, and how many people they list: a column whose
    heading says it holds people ('Name', 'Owner', 'Line Manager') or whose values are roles ('Engineer'). A
    column read as people only for its few capitalised words ('Niveau': Basis/Mittel, 'Pflicht': Ja, 'Level':
    Basic/Advanced) names a level or an answer, not a person."""
    from gapscan.records import PERSON_HEADER, ROLE_WORDS

    kept, values = [], set()
    for name in named:
        col = profile.column(name)
        cells = _filled_texts(column_values(profile.table, col.index)) if col else set()
        roles = bool(cells) and 5 * sum(1 for v in cells if set(re.findall(r"[a-z]+", v.lower())) & ROLE_WORDS) \
            >= 4 * len(cells)
        if PERSON_HEADER.search(name.replace("_", " ")) or roles:
            kept.append(name)
            values |= {part for v in cells for part in makers_in(v)}
    return kept, sum(1 for p in people_of(profile) if p not in makers and p in values)


def _what_it_carries(profile) -> tuple[list[str], list[str]]:
    headers = [c.name for c in profile.columns if c.type != "empty" and c.name.strip()]
    values: list[tuple[int, str]] = []
    for col in profile.columns:
        if col.type in ("status", "text", "identifier") and col.top_values:
            values.extend((n, str(v)) for v, n in col.top_values[:3] if str(v).strip() and n > 1)
    # one value heads several columns ('High' likelihood, 'High' impact): named once
    tops = list(dict.fromkeys(v for _, v in sorted(values, key=lambda t: (-t[0], t[1]))))[:5]
    return headers, tops


def _all_ahead(profile, after: dt.date) -> bool:
    """Every entry date lies after `after` (the day of the scan), and most entries have one: a table of
    conditions, actions or bookings still to come ("Internal Audit verifies all recommendations | 2027-Q2 |
    2027-03-31"), each date the day something is due. No work done is written down in it yet."""
    dates = [d for d in profile.entry_dates if d is not None]
    return bool(dates) and 2 * len(dates) >= profile.row_count and min(dates) > after


# a row marked done, closed or complete is work done
_DONE = re.compile(r"^(?:done|closed|complete|completed|finished|resolved|implemented|verified|yes|y|✓|✔|x)$", re.I)


def plan_reading(profile, after: dt.date) -> str | None:
    """How a table says it lists what is still to be done, not work done, or None when it does not. Its own words
    first, whatever day it is read: every status reads planned, scheduled or not started; or its dates are only
    in a due/target column (no column dates work done) filled on most rows and no status marks a row done.
    Only then the day of the scan: every entry dated after `after` (_all_ahead)."""
    from gapscan.classify import PLANNED_STATUS
    from gapscan.records import header_words, planned_date

    rows = profile.row_count
    statuses = [c for c in profile.columns if c.type in ("status", "text")
                and _STATUS_HEADER.search(header_words(c.name))]
    read = _status_values(profile, statuses)
    values, count = list(read), sum(read.values())
    done = any(_DONE.match(v) for v in values)
    # a date something is due by ("Due date", "Target", "Deadline"); not "Next review" or "Expiry", which a
    # register of things kept (risks, assets, certificates) carries on every row
    due = [c for c in profile.columns if c.type == "date" and planned_date(c.name)
           and _DUE_BY.search(header_words(c.name))
           and c.fill_rate >= 0.5]
    # "Open" alone is an issue or a risk still being worked (a RAID log): a plan says planned or scheduled
    if values and 2 * count >= rows and all(v in PLANNED_STATUS for v in values):
        return (f"every {', '.join(repr(c.name) for c in statuses)} reads "
                f"{'/'.join(sorted(set(values)))}")
    if due and profile.entry_column is None and not done:
        return f"its dates are in {', '.join(repr(c.name) for c in due)} and no row is marked done"
    if _all_ahead(profile, after):
        return f"every entry is dated after the day of the scan ({after - dt.timedelta(days=1)})"
    return None


def _status_values(profile, statuses) -> dict[str, int]:
    """The status columns' filled cells as stripped lower-case text, each with how many cells read it. A
    register's status column repeats a few words over thousands of rows: each distinct text is turned once."""
    cells: Counter = Counter()
    for c in statuses:
        cells.update(column_values(profile.table, c.index))
    out: Counter = Counter()
    if all(v is None or isinstance(v, str) for v in cells):
        for v, n in cells.items():
            if v is not None and v.strip():
                out[v.strip().lower()] += n
        return out
    # numbers, dates or booleans: 1, 1.0 and True are one key of a Counter but three texts, so cell by cell
    for c in statuses:
        for v in profile.table.column(c.index):
            if v not in (None, "") and str(v).strip():
                out[str(v).strip().lower()] += 1
    return out


def _property_sheet(profile) -> bool:
    """A sheet of one thing's properties ("category,field,value": "event,lambing_date,2026-04-13"): each row names
    a field and gives its value, so the rows are one entry's fields, not entries. Three columns at most, one headed
    for the field and one for its value, and no column dating the rows (a dated "Date,Field,Value" is a log)."""
    heads = [str(h).strip().lower().replace("_", " ") for h in profile.table.header]
    return (len(heads) <= 3 and profile.entry_column is None and any(_FIELD_HEAD.fullmatch(h) for h in heads)
            and any(_VALUE_HEAD.fullmatch(h) for h in heads))


_FIELD_HEAD = re.compile(r"(?:field|attribute|property|key|parameter)(?: name)?")
_VALUE_HEAD = re.compile(r"values?|details?")
_DUE_BY = re.compile(r"\b(?:due|target|deadline|planned|scheduled)\b", re.I)
_STATUS_HEADER = re.compile(r"\b(?:status|state|progress)\b", re.I)


def _described_by_folder_page(ctx: Context, profiles) -> set[str]:
    """Records a page of their own folder, or of a folder above, names by file name (in its text, its tables'
    cells or a code block: a folder's file inventory, its tree of folders): a README or index page
    ("`qc-tools-procurement.csv` - procurement spreadsheet with suggested models") that says what the file is
    documents it, whatever kind the page itself was given. A page of a sibling folder (one whose parent holds
    the record's folder) documents it when it names it by path, in its words or as a link's target ("[CSV]
    (.../WQ_Tracking/tank_wq_tracking.csv)"): a bare name from there may be another folder's file."""
    from gapscan.linking import link_targets_text

    pages = [d for d in ctx.of_kind(Kind.OTHER) if d.ok]
    if not pages:
        return set()
    found: set[str] = set()
    texts = {d.path: " ".join(chain((b.text for b in d.blocks), (b.text for b in d.code), _cells(d))).lower()
             + " " + link_targets_text(d).lower() for d in pages}
    worded: dict[str, str] = {}
    for path in profiles:
        # a file of several logs is keyed "file § log": the file is what a page names
        file = path.split(LOG_MARK, 1)[0]
        folder, _, name = file.rpartition("/")
        for page in pages:
            above = page.path.rpartition("/")[0]
            if (not above or folder == above or folder.startswith(above + "/")) and name.lower() in texts[page.path]:
                found.add(path)
                break
            if folder == above and _names_in_words(name, page, worded):
                found.add(path)
                break
            parent = above.rpartition("/")[0]
            if above and (not parent or folder.startswith(parent + "/")) and "/" + name.lower() in texts[page.path]:
                found.add(path)
                break
    return found


def _cells(page) -> Iterator[str]:
    """The cells of a page's tables, header and rows: a folder's file inventory lists its files in a table
    ("| 38 | `trackers/compliance-package-inventory.xlsx` | 6,519 |"), as its tree of folders does in a code block."""
    return (str(v) for t in page.tables() for row in (t.header, *t.rows) for v in row if v is not None)


def _names_in_words(name: str, page, worded: dict[str, str]) -> bool:
    """Whether a page of the record's own folder gives its file name in words, in its text or a table's cells: a
    contents table's "[Grant Tracker](./grant-tracker.md)" keeps the words of grant-tracker.md, not the link. A
    name of one word ("data.csv", "log.md") could be anything the page says: two words at least."""
    words = _WORDS.findall(PurePosixPath(name).stem.lower())
    if len(words) == 1:
        return _listed_with_its_type(words[0], PurePosixPath(name).suffix.lower().lstrip("."), page)
    if len(words) < 2:
        return False
    if page.path not in worded:
        cells = " ".join(_cells(page))
        worded[page.path] = " " + " ".join(_WORDS.findall((" ".join(b.text for b in page.blocks) + " " + cells)
                                                          .lower())) + " "
    return f" {' '.join(words)} " in worded[page.path]


_WORDS = re.compile(r"[a-z0-9]+")


def _listed_with_its_type(word: str, ext: str, page) -> bool:
    """Whether a line of the page names a file of one word by that word beside its file type ("data/: CSVs for
    controls, assets, risks, mappings" names risks.csv): a folder's contents said in words. The word alone
    ('risks' in any sentence) could be anything the page is about; the type beside it says it is the file."""
    if not ext or ext.isdigit():
        return False
    want = {stem(word)}
    for text in chain((b.text for b in page.blocks), (" ".join(str(v) for v in row if v is not None)
                                                       for t in page.tables() for row in t.rows)):
        found = _WORDS.findall(text.lower())
        if (ext in found or ext + "s" in found) and want & {stem(w) for w in found if w != ext}:
            return True
    return False
_COLUMNS_WORD = re.compile(r"\b(?:columns?|headings?|headers?)\b", re.I)
# column names any record may have: a procedure that lists them says nothing about which record it means
_COMMON_HEADER = frozenset({
    "date", "time", "day", "name", "names", "notes", "note", "comments", "comment", "remarks", "initials", "by",
    "id", "no", "number", "description", "details", "status", "owner", "person", "type", "value", "values",
    "result", "results", "reading", "readings", "item", "items", "location", "total", "sample", "unit", "units"})


def _laid_out_by_procedure(ctx: Context, profiles) -> set[str]:
    """Records whose columns a procedure spells out: a paragraph or list item about columns or headings ("Column 1:
    mVTris; Column 2: TTris", 'the column headings "date", "TTris" and "mVTris"') that gives at least two of the
    record's uncommon column names and two thirds of them says how that record is made, so it governs it. A column
    name that is an ordinary word ("Salinity", "Mass") counts only where the paragraph quotes it: in its prose
    the word is the thing measured, not a column."""
    blocks: list[tuple[frozenset[str], frozenset[str]]] = []
    for doc in ctx.of_kind(Kind.PROCEDURE):
        for b in doc.blocks:
            if b.text and _COLUMNS_WORD.search(b.text):
                words = frozenset(w.lower().strip(".") for w in _NAME_TOKEN.findall(b.text))
                quoted = frozenset(q.strip().lower() for q in _QUOTED.findall(b.text))
                blocks.append((words, quoted))
    if not blocks:
        return set()
    found: set[str] = set()
    for path, prof in profiles.items():
        own = {h.strip(): h.strip().lower() for h in prof.table.header if h and h.strip()}
        uncommon = {h: low for h, low in own.items()
                    if low not in _COMMON_HEADER and len(low) >= 3 and re.search(r"[a-z]", low)}
        if len(uncommon) < 2:
            continue
        for words, quoted in blocks:
            hit = sum(1 for h, low in uncommon.items()
                      if low in quoted or (low in words and _NAME_LIKE.search(h)))
            if hit >= 2 and 3 * hit >= 2 * len(uncommon):
                found.add(path)
                break
    return found


_NAME_TOKEN = re.compile(r"[A-Za-z][\w.]*")
_QUOTED = re.compile(r"[\"\u201c`]([^\"\u201d`]{1,40})[\"\u201d`]")
# a column name no sentence would use as a word: inner capitals (mVTris, TTris, SampleID), digits, _ or .
_NAME_LIKE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]|\d|[_.]")


# A log of work, for PS01 to speak as a finding: most entries dated, on at least LOG_DAYS different days over at
# least LOG_SPAN_DAYS (several weeks of work kept). Held out, the right PS01 were such logs; the wrong ones lists,
# charts, rosters and a few readings of two weeks (docs/SCORING.md, 5 December 2026, psgate).
LOG_DAYS = 5
LOG_SPAN_DAYS = 28


def lead_reason(profile, visible: bool, days: int = LOG_DAYS, span_days: int = LOG_SPAN_DAYS) -> str | None:
    """Why a record no procedure names is only a lead, or None when the evidence holds: the set's procedures
    govern some of its records (`visible`: without that, the documented system's reach cannot be seen, and
    the procedure that governs this record may simply not have been handed over), and the record is a log of
    work: at least half its entries dated, on `days` different days or more, spanning `span_days` or more."""
    if not visible:
        return ("the set's procedures name, describe or lay out none of its records, so what the documented system "
                "covers cannot be seen (the procedure that governs this record may not have been handed over)")
    dates = [d for d in profile.entry_dates if d is not None]
    distinct = len(set(dates))
    span = (max(dates) - min(dates)).days if dates else 0
    needs = f"a finding needs most entries dated, on {days} days or more over {span_days} days or more"
    if not dates:
        # a date column written without the year ("01/09" on every row of a night-temperature log) dates the
        # entries all the same: its days are read within one year
        shown = _days_without_year(profile)
        if shown is not None and shown[0] >= days and shown[1] >= span_days:
            return None
        planned = _planned_columns(profile)
        if planned:
            return (f"none of its {profile.row_count} entries is dated by its work: its only dates "
                    f"({', '.join(repr(c) for c in planned[:3])}) say when work is planned or due, not when an entry "
                    f"was made ({needs})")
        return (f"none of its {profile.row_count} entries carries a date that could be read (dated on 0 days): a "
                f"list, chart or roster, or a log whose dates cannot be read, not a log of work seen kept over weeks"
                f" ({needs})")
    if 2 * len(dates) < profile.row_count or distinct < days or span < span_days:
        return (f"{len(dates)} of its {profile.row_count} entries are dated, on {distinct} days over {span} days:"
                f" a few readings or a list, not a log of work seen kept over weeks ({needs})")
    return None


def _planned_columns(profile) -> list[str]:
    """The date columns of a record that say when work is planned or due ('Scheduled_Date', 'Next Review'), filled
    on most rows: a record dated only by these has dates, just none of an entry made."""
    from gapscan.records import planned_date

    return [c.name for c in profile.columns if c.type == "date" and planned_date(c.name) and c.fill_rate >= 0.5]


def undated_list(profile) -> bool:
    """A record with nothing of a log of work: none of its entries dated, no column of dates, and no column that
    says when an entry was made (a heading of a date, day, time, start or end over cells that are not a measured
    duration: "Soak time (min)"), who made or owns it (a person column, 'Checked by'), or what became of it
    ('Status', 'Progress', 'Done'), none that shows work as a catalogue's test reads it (common.work_column: a
    rating, an event or a count, cells of states), and no name calling it a log or a tracker. A parts list, an
    inventory, a chart of settings, a sheet of figures: it shows no work tracked outside the documented system, so
    PS01 says nothing of it. Held out, 7 of 16 PS01 leads were such tables and none was worth a look
    (docs/SCORING.md, 5 December 2026, ps01undated); an undated record with any of these stays a lead, its
    dates perhaps unreadable."""
    if any(d is not None for d in profile.entry_dates):
        return False
    stem = PurePosixPath(profile.path.split(LOG_MARK, 1)[0]).stem
    if _LOG_NAME.search(" ".join(_WORDS.findall(f"{stem} {profile.name or ''}".replace("_", " ").lower()))):
        return False
    for col in profile.columns:
        if col.type == "empty":
            continue
        head = col.name.replace("_", " ")
        if col.type in ("date", "person") or _MAKER_HEADER.search(head) or _STATE_HEADER.search(head):
            return False
        if _WHEN_HEADER.search(head) and not (col.type == "number" and _DURATION.search(head)):
            return False
    return work_column(profile) is None


def control_assessment(profile) -> str | None:
    """Why a table is an assessment of controls or requirements, not a log, or None: no entry dated and no column
    dating anything, saying when, or naming who made an entry ('Checked by'); each row one control under a code of
    its own (its first column filled on every row, 95% of its codes on one row only); and a status column whose
    every cell is an implementation verdict ('Implemented', 'Partially Implemented', 'Not Implemented',
    'Compliant', 'N/A'), one at least saying implemented, compliant, met or in place. Its 'Status' and 'Owner' are
    each control's state and who answers for it, not what became of an entry and who made it (a control mapping,
    a statement of applicability's status, a gap assessment). An undated tracker whose status says where work
    stands (open, closed) is no such table. Held out, both control mappings of a consultancy's set were wrong PS01
    leads (docs/SCORING.md, session 18, drfix19)."""
    if any(d is not None for d in profile.entry_dates) or profile.row_count < 2:
        return None
    first = next((c for c in profile.columns if c.type != "empty"), None)
    if first is None:
        return None
    keys = [str(v).strip() for v in profile.table.column(first.index) if v not in (None, "") and str(v).strip()]
    # as a catalogue's codes (common._catalogue): 95% of the rows carry a code no other row holds (a sheet's
    # numbers 3.1 and 3.10 are both read 3.1)
    if len(keys) != profile.row_count or len(set(keys)) < 0.95 * len(keys):
        return None
    statuses = []
    for col in profile.columns:
        if col.type == "empty":
            continue
        head = col.name.replace("_", " ")
        if col.type == "date" or _MAKER_HEADER.search(head) or _WHEN_HEADER.search(head):
            return None
        if _STATE_HEADER.search(head):
            statuses.append(col)
    cells = {str(v).strip().lower() for c in statuses for v in profile.table.column(c.index) if v not in (None, "")
             and str(v).strip()}
    if not cells or not all(_VERDICT.fullmatch(v) for v in cells) or not any(_DONE_VERDICT.search(v) for v in cells):
        return None
    return (f"each of its {profile.row_count} rows is a control under its own {first.name!r}, its "
            f"{', '.join(repr(c.name) for c in statuses)} a verdict ({'/'.join(sorted(cells)[:4])})")


# an implementation verdict on a control or requirement
_VERDICT = re.compile(r"(?:(?:fully|partially|partly|largely|not(?: yet)?|to be)\s+)?(?:implemented|in place|met|"
                      r"compliant|addressed|covered|applicable)|non-?\s?compliant|partial|n/?a|yes|no|gap|planned|"
                      r"not started|not assessed", re.I)
_DONE_VERDICT = re.compile(r"^(?:fully\s+)?(?:implemented|in place|met|compliant|addressed|covered)$|partial", re.I)


# a heading that says when an entry was made or a piece of work ran
_WHEN_HEADER = re.compile(r"\b(?:date|dated|day|days|week|month|year|when|time|times|timestamp|start|started|end|"
                          r"ended|finish|finished|opened|closed|shift|period|received|logged)\b", re.I)
# a heading of a measured length of time ("Soak time (min)", "Duration"): a number under it is no moment
_DURATION = re.compile(r"\b(?:duration|elapsed|min|mins|minutes|sec|secs|seconds|s|h|hr|hrs|hours|ms)\b", re.I)
# a heading that says what became of an entry
_STATE_HEADER = re.compile(r"\b(?:status|state|progress|done|complete|completed|outcome|result|results|resolved|"
                           r"passed|failed|pass|fail)\b", re.I)
# a name that calls the record a log of work
_LOG_NAME = re.compile(r"\b(?:log|logs|logbook|tracker|tracking|diary|journal)\b")


_DAY_MONTH = re.compile(r"(\d{1,2})[/.-](\d{1,2})")


def _days_without_year(profile) -> tuple[int, int] | None:
    """(distinct days, span in days) of a column headed as a date whose cells, on at least half the rows, are a
    day and a month without the year ("01/09", "1.9."), read day first or, where that is no date, month first
    (the reading every cell allows); None when no such column."""
    for col in profile.columns:
        if not re.search(r"\b(?:date|day)\b", col.name.replace("_", " "), re.I):
            continue
        cells = [str(v).strip().rstrip(".") for v in profile.table.column(col.index) if v not in (None, "")]
        pairs = [(int(m.group(1)), int(m.group(2))) for m in map(_DAY_MONTH.fullmatch, cells) if m]
        if not pairs or 2 * len(pairs) < profile.row_count:
            continue
        for day_first in (True, False):
            try:
                seen = {dt.date(2000, b, a) if day_first else dt.date(2000, a, b) for a, b in pairs}
            except ValueError:
                continue
            return len(seen), (max(seen) - min(seen)).days
    return None


# the formats a register is kept in as data; a page (html, md, docx, pdf) of the same name shows it
DATA_FORMATS = (".csv", ".tsv", ".xlsx", ".xlsm", ".xltx", ".xltm", ".ods")


def page_copies(profiles) -> dict[str, str]:
    """Each record that is another's copy under the same name in another format -> the record kept: two files of
    one folder and one name less its extension (audit-schedule.csv, audit-schedule.html), whole files (not one
    of a file's logs), whose first columns share at least half the smaller one's values (the same entries, AUD-001
    ...). The one kept is the data file (a csv or a workbook beside a page), else the one with more columns, else
    the first by path. A page of the same name about other entries is no copy."""
    by_name: dict[PurePosixPath, list[str]] = {}
    for path in profiles:
        if LOG_MARK not in path:
            by_name.setdefault(PurePosixPath(path).with_suffix(""), []).append(path)
    out: dict[str, str] = {}
    for paths in by_name.values():
        if len(paths) < 2:
            continue
        keys = {p: _first_values(profiles[p]) for p in paths}
        ranked = sorted(paths, key=lambda p: (PurePosixPath(p).suffix.lower() not in DATA_FORMATS,
                                              -len(profiles[p].table.header), p))
        kept = ranked[0]
        for other in ranked[1:]:
            small = min(len(keys[kept]), len(keys[other]))
            if small and len(keys[kept] & keys[other]) >= max(2, small / 2):
                out[other] = kept
    return out


def _first_values(profile) -> set[str]:
    """The distinct filled cells of a record's first filled column, as stripped text."""
    first = next((c for c in profile.columns if c.type != "empty"), None)
    if first is None:
        return set()
    return {str(v).strip() for v in profile.table.column(first.index) if v not in (None, "") and str(v).strip()}


@on_files
def check_shadow_record(ctx: Context) -> Iterator:
    """A working record no controlled procedure references or covers: the real system beside the official one.

    Why it matters: when the work lives in a spreadsheet nobody's procedure mentions, the
    documented system describes something else, the record has no owner, no retention and
    no review, and the knowledge leaves with the person who built it.

    How it decides: a record (kind record, at least `min_rows` rows, default 5) is a shadow
    record when no procedure (any document classed as a procedure, work instruction or
    policy, whatever its format: docx, pdf, md, html, txt) names it (a form code such as
    QF-11 in its file name or title, or its name as a phrase, found in the procedure text, also with
    another word for a list: "training records" names training-register.csv), no procedure is named for
    it (its file name, less the word for a list, is all in the procedure's title: cryptography-register.csv
    and the Cryptography Policy),
    no procedure spells out its columns (a paragraph about columns or headings giving two or more of its
    uncommon column names and two thirds of them: "Column 1: mVTris; Column 2: TTris"),
    and no procedure is linked to it with confidence >= 0.5 by the config, a code or a
    whole form title (half a title, "damages" for "damaged goods report", is a
    resemblance). Links that rest only on resemblance (similar column names or words) do
    not count: looking like a procedure's subject without being named in it is what a
    shadow record is. Shadow records are
    ranked by use: rows, entries in the last 90 days of the set (relative to the newest
    date in the set), and distinct people who made them (a person column that says so: 'Recorded by',
    'Inspector', 'Initials'; a 'Name' or 'Owner' column lists people, it does not show who keeps the
    record, and the message says how many it names); the use score is log(1+rows) + 2 log(1+recent)
    + 1.5 log(1+people). A record with recent entries is a warning; one with none in the last
    90 days is info; one whose entries carry no date gapscan can read is a warning (nothing shows
    that its use has stopped). A table that lists what is still to be done (conditions, actions,
    bookings), not work done, is no working record; it is read by its own words first, whatever day the
    scan runs (every status says planned or scheduled; or its dates are only in a due/target column and no
    row is marked done), and only then by the day of the scan (every entry dated after it). Nor is a reference
    table that dates nothing and names no one (common.reference_table): a chart whose columns after its row labels
    hold only numbers or marks (drill speeds, a filament chart), a list whose 'Requirement' column holds only
    marks (a tool's protective equipment), a list of things and their versions only (the packages a cluster has
    installed), or a catalogue, each row a thing under a code of its own (the supplies a lab buys by catalogue
    number, a kit's index barcodes) with no column of states, counts, ratings or events. Nor is a table with
    nothing of a log (`undated_list`): no entry dated, and no column saying when (a date, day, time, start or end;
    not a duration such as "Soak time (min)"), who (a person column, 'Checked by'), or what became of an entry
    (status, progress, done, or a state, count, rating or event as above), and no name calling it a log or a
    tracker: a parts list, an inventory, a chart of settings, a sheet of figures. Nor is an undated assessment of
    controls (`control_assessment`): one row per control under a code of its own, its status an implementation
    verdict ('Implemented', 'Partially Implemented'), no column dating anything or naming who made an entry.
    Nor is a file a page that names a program says the program makes (common.script_outputs: a README's
    "Outputs:" list naming `reports/risk_register.csv`): the program, which the set documents, keeps it.
    A register kept under one name in two formats (audit-schedule.csv and the page audit-schedule.html that shows
    its entries: the two files' first columns share half the smaller one's values) is one record, judged once on
    its data file (`page_copies`), covered when either is; the message names the copy.
    A set without any procedure gives no PS01: with nothing documented to
    compare with, no record can be said to live outside the documented system.
    Evidence strength: a shadow record is a finding only when the evidence would hold for a consultant: the
    set's procedures name, describe or lay out at least one of its records (so what the documented system
    covers can be seen at all), and the record is a log of work: at least half its entries dated, on 5
    different days or more (`log_days`) spanning 28 days or more (`log_span_days`). Otherwise it is reported
    as a lead: severity info, the message starting "Lead, not a finding:" and saying why, metrics
    strength "lead" and lead_reason (an undated record that has something of a log, a few readings over
    days, or a set whose procedures name none of its records). Held out, the right PS01 were such logs and
    the wrong ones were not (docs/SCORING.md, 5 December 2026).

    How to fix: decide whether the work it carries is part of the system. If it is, name
    the record in the procedure that governs that work (or write one), give it a code,
    an owner and a retention; if it is not, retire it.
    """
    min_rows = int(ctx.option("PS01", "min_rows", 5))
    profiles = record_profiles(ctx)
    if not profiles or not ctx.of_kind(Kind.PROCEDURE):
        return
    covered: set[str] = set().union(*governed_records(ctx).values()) | _described_by_folder_page(ctx, profiles) \
        | _laid_out_by_procedure(ctx, profiles)
    # a register kept under one name in two formats (a csv and the page that shows it) is judged once, on its data
    # file, and is covered when either is
    copies = page_copies(profiles)
    covered |= {kept for copy, kept in copies.items() if copy in covered}
    shown_in: dict[str, list[str]] = {}
    for copy, kept in sorted(copies.items()):
        shown_in.setdefault(kept, []).append(copy)
    log_days = int(ctx.option("PS01", "log_days", LOG_DAYS))
    log_span = int(ctx.option("PS01", "log_span_days", LOG_SPAN_DAYS))
    # the documented system is visible when a procedure (or its folder page) names, describes or lays out one
    # of the set's records
    visible = any(path in covered for path in profiles)
    newest = newest_date(profiles.values())
    ahead = dt.date.today() + dt.timedelta(days=1)  # as newest_date: a client's time zone may be a day ahead
    # a file a page says a program makes (a README's "Outputs:") is the program's, which the set documents
    outputs = script_outputs(ctx)
    shadows = []
    for path, profile in profiles.items():
        if path in covered or path in copies or path.split(LOG_MARK, 1)[0] in outputs or profile.row_count < min_rows \
                or plan_reading(profile, ahead) \
                or _property_sheet(profile) or reference_table(profile) or undated_list(profile) \
                or control_assessment(profile):
            continue
        recent = 0
        if newest is not None:
            since = newest - dt.timedelta(days=RECENT_DAYS)
            recent = sum(1 for d in profile.entry_dates if d is not None and since < d <= newest)
        shadows.append((path, profile, _Use(rows=profile.row_count, recent=recent, people=len(_makers(profile)[0]))))
    shadows.sort(key=lambda t: (-t[2].score, t[0]))
    for rank, (path, profile, use) in enumerate(shadows, start=1):
        headers, tops = _what_it_carries(profile)
        carries = ", ".join(headers[:8]) + (f" (+{len(headers) - 8} more)" if len(headers) > 8 else "")
        # Entries without a date gapscan can read ("01/09", no year) say nothing about when it was last used.
        dated = any(d is not None for d in profile.entry_dates)
        planned = _planned_columns(profile) if not dated else []
        if planned:
            when = (f", none dated by its work: its only dates ({', '.join(repr(c) for c in planned[:3])}) say when "
                    "work is planned or due (how recent is unknown)")
        elif not dated:
            when = ", none with a date that could be read (how recent is unknown)"
        elif newest:
            when = f", {use.recent} in the last {RECENT_DAYS} days"
        else:
            when = ""
        makers, named = _makers(profile)
        who = f"by {use.people} {'person' if use.people == 1 else 'people'}" if use.people else \
            "no column names who made them"
        named, listed = _listed_people(profile, named, makers)
        if named and listed:
            who += f" ({listed} {'other ' if use.people else ''}{'person' if listed == 1 else 'people'} listed" \
                   f" under {', '.join(named)})"
        message = (f"{short_name(path)} is kept outside the documented system: {use.rows} entries{when}"
                   f", {who}; no procedure names it or links"
                   f" to it. It records {carries}" + (f"; most common values: {', '.join(tops)}." if tops else "."))
        if path in shown_in:
            message += (f" The same entries are kept under its name as {', '.join(short_name(c) for c in shown_in[path])}"
                        f" too, judged here with it.")
        aside = getattr(profile, "set_aside", ())
        if aside and profile.entry_column:
            col = profile.column(profile.entry_column)
            cells = ", ".join(f"{profile.cell_location(i, col.index).cell or f'row {i + 1}'}"
                              f" ({profile.entry_dates[i].isoformat()})" for i in aside)
            message += (f" Set aside as its last entry: {cells}, "
                        f"{'a lone date' if len(aside) == 1 else 'lone dates'} out of the log's order"
                        f" (its last entry is taken as {iso_day(profile.last_entry)}).")
        lead = lead_reason(profile, visible, log_days, log_span)
        if lead:
            message = f"Lead, not a finding: {message} Why only a lead: {lead}."
        evidence = [Evidence(path=path, text="columns: " + ", ".join(headers), location=header_location(profile.table))]
        latest = latest_row(profile)
        if latest is not None:
            evidence.append(Evidence(path=path, text=row_text(profile.table, latest[0]),
                                     location=profile.cell_location(*latest)))
        yield PS01.finding(
            path=path, message=message, location=header_location(profile.table), evidence=evidence,
            severity=Severity.INFO if lead else
            Severity.WARNING if use.recent > 0 or newest is None or not dated else Severity.INFO,
            # Undated: no recent_entries at all rather than a 0 that reads as "not used lately".
            metrics={"rows": use.rows, **({"recent_entries": use.recent} if dated else {"dated_entries": 0}),
                     "recent_days": RECENT_DAYS,
                     "people": use.people, "people_names": makers[:5], "columns": headers,
                     "top_values": tops, "use_score": use.score, "rank": rank, "shadow_records": len(shadows),
                     "first_entry": iso_day(profile.first_entry), "last_entry": iso_day(profile.last_entry),
                     "newest_in_set": iso_day(newest),
                     "strength": "lead" if lead else "finding", **({"lead_reason": lead} if lead else {}),
                     **({"set_aside_rows": len(aside)} if aside else {}),
                     **({"copies": shown_in[path]} if path in shown_in else {})},
            fix="Name this record in the procedure that governs its work (code, owner, retention), or retire it.")


PS01 = Rule(code='PS01', name='shadow-record', family='parallel system', applies_to=(R,),
    summary='a working record that no controlled procedure references or covers: the real system beside the official one',
    severity=Severity.WARNING, check=check_shadow_record,
    example="Finds 'tooling-tracker.xlsx' is filled in every week, but no procedure names it or covers its work. Better: name it in the procedure for that work, with an owner, or retire it.")
