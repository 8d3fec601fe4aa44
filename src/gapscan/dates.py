"""Dates in working records: parse every common spelling and decide a column's order.

A column of "03/04/2026" values is ambiguous one by one; the column as a whole usually
is not: one value whose first part is over 12 makes the whole column day-first. So the
order is decided per column, never per cell, and an undecidable column says so.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

ORDERS = ("dmy", "mdy", "ymd")
DEFAULT_ORDER = "dmy"  # UK/EU convention when nothing in the column decides

# Excel serial day numbers that are plausible record dates (1982-03-08 .. 2064-04-14).
SERIAL_MIN, SERIAL_MAX = 30000, 60000
_EXCEL_EPOCH = dt.date(1899, 12, 30)

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_CLOCK = r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?(?:Z|[+-]\d{2}:?\d{2})?"
_TIME = rf"(?:{_CLOCK})?"
_ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME + r"$", re.I)
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + _TIME + r"$", re.I)
_DAY_MONTH = re.compile(r"^(?:[a-z]{3,9},?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+" + _MONTH
                        + r"\.?,?[\s\-/.]+(?P<y>\d{4}|\d{2})" + _TIME + r"$", re.I)
_MONTH_DAY = re.compile(r"^(?:[a-z]{3,9},?\s+)?" + _MONTH + r"\.?[\s\-/.]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+"
                        r"(?P<y>\d{4})" + _TIME + r"$", re.I)
# a date in digits (year first or last) with its time of day: when a log's entry was made ("2025-06-12 09:28:48")
TIME_STAMP = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))" + _CLOCK, re.I)
_SERIAL_TEXT = re.compile(r"^\d{5}(?:\.\d+)?$")
# Year, month and day run together ("20220117", ISO 8601's basic form): read only where Excel serials are
# (a column headed as a date), since eight digits elsewhere are as likely a lot or batch number.
_COMPACT = re.compile(r"^(?P<y>19[89]\d|20[0-6]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)$")

# Header words that say a column holds dates (so bare numbers in it are Excel serials).
# An underscore or a dot parts header words as a space does ("Date_Received", "tris.date").
DATE_HEADER = re.compile(r"(?<![a-z0-9])(date|dated|when|day|on|due|raised|closed|opened|completed|received|"
                         r"performed|inspected|checked|calibrated|logged|reported|issued|expiry|time)(?![a-z0-9])",
                         re.I)


@dataclass(frozen=True, kw_only=True)
class DateColumn:
    """A column read as dates: the order used, the dates per row, and why."""

    order: str | None  # dmy, mdy, ymd, serial, mixed; None when nothing parsed
    dates: tuple[dt.date | None, ...]
    parsed: int  # values read as dates
    filled: int  # non-empty values
    note: str = ""  # "ambiguous: assumed dd/mm/yyyy", "decided by 25/03/2026", ...

    @property
    def share(self) -> float:
        return self.parsed / self.filled if self.filled else 0.0


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n < 70 else 1900 + n
    return n


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def from_serial(number: float) -> dt.date | None:
    """Excel's day count (1900 system) to a date; None outside plausible record years."""
    if not SERIAL_MIN <= number <= SERIAL_MAX:
        return None
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_date(value: object, order: str = DEFAULT_ORDER, *, serials: bool = False) -> dt.date | None:
    """One value as a date (None if it is not one); `order` settles dd/mm vs mm/dd."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):
        if not serials:
            return None
        if 10_000_000 <= value < 100_000_000 and value == int(value):
            return _compact(str(int(value)))
        return from_serial(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 40:
        return None
    m = _ISO.match(text)
    if m:
        return _make(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _NUMERIC.match(text)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), _year(m["y"])
        return _make(y, a, b) if order == "mdy" else _make(y, b, a)
    m = _DAY_MONTH.match(text) or _MONTH_DAY.match(text)
    if m:
        return _make(_year(m["y"]), MONTHS[m["mon"].lower()[:3]], int(m["d"]))
    if serials and _SERIAL_TEXT.match(text):
        return from_serial(float(text))
    if serials and len(text) == 8:
        return _compact(text)
    return None


def _compact(text: str) -> dt.date | None:
    m = _COMPACT.match(text)
    return _make(int(m["y"]), int(m["m"]), int(m["d"])) if m else None


def _is_serial(value: object) -> bool:
    """An Excel day count (a number, or five digits as text), not an eight-digit compact date."""
    if isinstance(value, str):
        return bool(_SERIAL_TEXT.match(value))
    return isinstance(value, (int, float)) and value < 10_000_000


def _numeric_parts(text: str) -> tuple[int, int] | None:
    m = _NUMERIC.match(text.strip())
    return (int(m["a"]), int(m["b"])) if m else None


def decide_order(values: Iterable[object]) -> tuple[str, str]:
    """The order of a column's dd/mm or mm/dd values, and the reason for it.

    A first part over 12 proves day-first, a second part over 12 proves month-first;
    both seen means the column mixes conventions; neither means it cannot be told.
    """
    dmy_proof = mdy_proof = None
    for v in values:
        if not isinstance(v, str):
            continue
        parts = _numeric_parts(v)
        if parts is None:
            continue
        a, b = parts
        if a > 12 >= b and dmy_proof is None:
            dmy_proof = v.strip()
        elif b > 12 >= a and mdy_proof is None:
            mdy_proof = v.strip()
        if dmy_proof and mdy_proof:
            return "mixed", f"mixed: {dmy_proof!r} is day-first, {mdy_proof!r} is month-first"
    if dmy_proof:
        return "dmy", f"day-first, decided by {dmy_proof!r}"
    if mdy_proof:
        return "mdy", f"month-first, decided by {mdy_proof!r}"
    return DEFAULT_ORDER, "ambiguous: no value decides dd/mm vs mm/dd; assumed dd/mm/yyyy (set date_orders to override)"


def read_column(values: Iterable[object], *, header: str = "", order: str | None = None) -> DateColumn:
    """Read a whole column as dates, deciding the order from all of its values.

    `order` (dmy/mdy/ymd) overrides the inference. Numbers count as Excel serials only
    when the header names a date or the column otherwise holds dates. Each distinct
    value is parsed once, so a 100k-row log with a few thousand dates stays fast.
    """
    values = list(values)
    if bool in set(map(type, values)):
        # True == 1 and False == 0: a tick stays apart from the numbers it would count as
        values = [("bool", v) if type(v) is bool else v for v in values]
    # each distinct value once, with how often it occurs (counted in C: a column is read per value, not per row)
    counts = Counter(values)
    # a column of calendar dates and blanks (a spreadsheet's date cells): each date reads as itself
    only_dates = _DATE_OR_BLANK.issuperset(map(type, counts))
    texts = [] if only_dates else [v for v in counts if isinstance(v, str)]
    serials = bool(DATE_HEADER.search(header or ""))
    note = ""
    if order in ORDERS:
        used, note = order, f"order {order} set in configuration"
    elif any(_NUMERIC.match(v.strip()) for v in texts):
        used, note = decide_order(sorted(texts))
    else:
        used = None
    if not serials:
        # A column of real dates with a few serials mixed in (pasted cells) still reads them.
        real = len(values) - counts[None] if only_dates else \
            sum(n for v, n in counts.items() if isinstance(v, (dt.date, dt.datetime)))
        serials = real > 0 and real >= len(values) // 2
    mixed = used == "mixed"
    parsed_of: dict[object, dt.date | None] = {}
    if only_dates:
        parsed_of = dict(zip(counts, counts))  # parse_date gives a date back, and None for a blank
    for v in () if only_dates else counts:
        if v is None or v == "" or isinstance(v, tuple):
            parsed_of[v] = None
        elif type(v) is str and len(v) > 40 and len(v.strip()) > 40:
            parsed_of[v] = None  # too long to be a date either way (parse_date's first test)
        else:
            parsed_of[v] = _parse_mixed(v, serials) if mixed else parse_date(v, used or DEFAULT_ORDER,
                                                                              serials=serials)
    dates = tuple(map(parsed_of.__getitem__, values))
    filled = len(values) - counts[None] - counts[""]
    parsed = len(dates) - dates.count(None)
    serial_count = 0 if only_dates else sum(n for v, n in counts.items() if parsed_of[v] is not None and
                                            _is_serial(v))
    final = used
    if parsed and (final is None or serial_count == parsed):
        final = "serial" if serial_count == parsed else "ymd"
    return DateColumn(order=final if parsed else None, dates=dates, parsed=parsed, filled=filled, note=note)


_DATE_OR_BLANK = frozenset((dt.date, type(None)))


def _parse_mixed(value: object, serials: bool) -> dt.date | None:
    """In a mixed column, a value is read the only way it is valid; ties stay day-first."""
    if isinstance(value, str):
        parts = _numeric_parts(value)
        if parts and parts[1] > 12 >= parts[0]:
            return parse_date(value, "mdy")
    return parse_date(value, DEFAULT_ORDER, serials=serials)


def order_for(date_orders: Mapping[str, str] | None, path: str, column: str) -> str | None:
    """The configured order for 'path:Column' or, failing that, for 'path'."""
    if not date_orders:
        return None
    for key in (f"{path}:{column}", path):
        value = date_orders.get(key)
        if value:
            value = value.strip().lower()
            if value in ORDERS:
                return value
    return None


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Monday-Friday days from start to end (0 on the same day, negative if end is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    weeks, rest = divmod((end - start).days, 7)
    return weeks * 5 + _WORKDAYS_IN_REST[start.weekday()][rest]


# Weekdays among the `rest` (0-6) days after a start on weekday `wd`: _WORKDAYS_IN_REST[wd][rest].
_WORKDAYS_IN_REST = tuple(tuple(sum(1 for i in range(1, rest + 1) if (wd + i) % 7 < 5) for rest in range(7))
                          for wd in range(7))
