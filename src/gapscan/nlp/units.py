"""Text units: the sentences of a document with the place a person finds them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from gapscan.model import Block, BlockType, Document, Location


@dataclass(frozen=True, kw_only=True)
class TextUnit:
    """A heading, list item or paragraph's text, with its block and enclosing heading."""

    text: str
    location: Location
    block_index: int
    block_type: BlockType
    heading: str | None  # text of the nearest heading above, None before the first
    # a schedule table's cadence cell ("1-2x/month (general), 1x/week (during a trial)"): its slowest cadence
    # is the one that always holds, the others are for some times only
    schedule: bool = False


def text_units(doc: Document, *, include_tables: bool = True) -> list[TextUnit]:
    """Every text-bearing block in order; table cells of procedures count as text too."""
    units: list[TextUnit] = []
    heading: str | None = None
    for i, block in enumerate(doc.blocks):
        if block.type is BlockType.HEADING:
            heading = block.text
            units.append(TextUnit(text=block.text, location=block.location, block_index=i,
                                  block_type=block.type, heading=None))
        elif block.type is BlockType.TABLE:
            if include_tables and block.table is not None:
                units.extend(_table_units(block, i, heading))
        elif block.text.strip():
            units.append(TextUnit(text=block.text, location=block.location, block_index=i,
                                  block_type=block.type, heading=heading))
    return units


# a column or row label that says how often: "Frequency", "How often", "Review cadence", "Audit interval"
_CADENCE_LABEL = re.compile(r"^(?:[\w/&' -]*\s)?(?:frequency|cadence|interval|periodicity|how often)\s*$", re.I)
# "1x/week", "2 x per month", "1-2x/month": so many times a period; a range at its slowest (its low end)
_TIMES_PER = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*[x×]\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+)"
                        r"(day|week|fortnight|month|quarter|year)\b", re.I)
_SHORT_VALUE = 6  # words: a label's value longer than this is a sentence of its own


def _times_per(text: str) -> str:
    """'1-2x/month' -> 'once a month', '2x/week' -> 'twice a week', '3x/week' -> '3 times a week'."""
    def words(m: re.Match) -> str:
        n = int(m.group(1))
        unit = m.group(2).lower()
        return f"{'once' if n == 1 else 'twice' if n == 2 else f'{n} times'} a {unit}" if n else m.group(0)
    return _TIMES_PER.sub(words, text)


def _label(text: str) -> str:
    text = " ".join(text.replace("*", " ").split()).strip(" :")
    return text[:1].upper() + text[1:]


# the column that names what is done: "Task", "Activity", "Check", "Control", "Meeting", ...
_TASK_HEADER = re.compile(r"^(?:[a-z]+\s)?(?:task|activity|action|check|control|test|review|meeting|job|duty|"
                          r"routine|verification|inspection|mechanism)s?(?:\s(?:name|method))?$", re.I)
# a column of identifiers names no task ("ID", "#", "Ref")
_ID_HEADER = re.compile(r"^(?:id|#|no\.?|nr\.?|ref\.?|reference|code|number|step|s/n)$", re.I)


def _task_column(header: list[str], cadence_col: int) -> int | None:
    cols = [c for c in range(len(header)) if c != cadence_col]
    named = next((c for c in cols if _TASK_HEADER.match(header[c].strip(" *:"))), None)
    if named is not None:
        return named
    return next((c for c in cols if not _ID_HEADER.match(header[c].strip(" *:"))), None)


# a column named for a day of the week: "Monday", "Mon", "Tue.", "Thurs"
_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|rs|r|urday)?\.?$", re.I)
_WORKING_WEEK = {"mon", "tue", "wed", "thu", "fri"}
_NOT_DONE = {"", "-", "—", "–", "no", "n", "n/a", "na", "none", "off", "closed", "✗", "☐", "[ ]"}
# a person's name in a cell ("Jo Bloggs"): who is in that day, not what is done
_PERSON = re.compile(r"^[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+){1,2}$")
_LIST_SPLIT = re.compile(r"\s*(?:[,;\n]|<br\s*/?>)\s*", re.I)


def _cadence_in_week(days: int, week: set[str]) -> str:
    if days == len(week) and week >= _WORKING_WEEK:
        return "every day" if len(week) == 7 else "every working day"
    return {1: "once a week", 2: "twice a week"}.get(days, f"{days} times a week")


def _weekday_units(table, index: int) -> list[TextUnit]:
    """A table whose columns are days of the week (three or more): each thing done, named by the row's task
    column or listed in the day's cell ("light, pH, salinity"), is done so many of the week's days: a cadence.
    Only a week with Monday to Friday in it says every working day; cells of one name each say who is in."""
    header = [h.strip(" *:") if isinstance(h, str) else "" for h in table.header]
    days = {c: m.group(1).lower() for c, h in enumerate(header) if (m := _WEEKDAY.match(h))}
    if len(set(days.values())) < 3 or len(set(days.values())) != len(days):
        return []
    week = set(days.values())
    task_col = next((c for c in range(len(header)) if c not in days and header[c]), None)
    seen: dict[str, tuple[set[str], object]] = {}
    for r, row in enumerate(table.rows):
        task = row[task_col] if task_col is not None and task_col < len(row) else None
        task = " ".join(task.replace("*", " ").split()) if isinstance(task, str) else ""
        for c, day in days.items():
            value = row[c] if c < len(row) else None
            text = str(value).strip() if value is not None else ""
            if task_col is not None:
                if task and text.lower() not in _NOT_DONE:
                    seen.setdefault(task, (set(), table.cell_location(r, task_col)))[0].add(day)
                continue
            for item in _LIST_SPLIT.split(text):
                item = " ".join(item.replace("*", " ").split())
                if item and item.lower() not in _NOT_DONE:
                    seen.setdefault(item, (set(), table.cell_location(r, c)))[0].add(day)
    if task_col is None:
        # the cells list what is done that day; a cell of one name each is a rota of people
        listed = any(len([i for i in _LIST_SPLIT.split(str(v)) if i.strip()]) > 1
                     for row in table.rows for c, v in enumerate(row) if c in days and isinstance(v, str))
        if not listed:
            return []
        seen = {k: v for k, v in seen.items() if not _PERSON.match(k)}
    return [TextUnit(text=f"Frequency: {_cadence_in_week(len(on), week)}", location=where, block_index=index,
                     block_type=BlockType.TABLE, heading=item, schedule=True)
            for item, (on, where) in seen.items()]


def _table_units(block: Block, index: int, heading: str | None) -> list[TextUnit]:
    table = block.table
    assert table is not None
    out = _weekday_units(table, index)
    header = [h if isinstance(h, str) else "" for h in table.header]
    # a schedule: one column says how often, the first other column names the task done that often
    cadence_col = next((c for c, h in enumerate(header) if _CADENCE_LABEL.match(h.strip(" *:"))), None)
    task_col = _task_column(header, cadence_col) if cadence_col is not None else None
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            if c == cadence_col and task_col is not None and isinstance(value, str) and value.strip():
                task = row[task_col] if task_col < len(row) and isinstance(row[task_col], str) else ""
                if task.strip():
                    # "Frequency: once a month" under the row's task: a label that names only the cadence
                    # takes the subject it stands under as its activity
                    out.append(TextUnit(text=f"{_label(header[c])}: {_times_per(value.strip())}",
                                        location=table.cell_location(r, c), block_index=index,
                                        block_type=BlockType.TABLE, heading=" ".join(task.replace("*", " ").split()),
                                        schedule=True))
                    continue
            if isinstance(value, str) and len(value.split()) >= 4:
                out.append(TextUnit(text=value, location=table.cell_location(r, c), block_index=index,
                                    block_type=BlockType.TABLE, heading=heading))
            elif c == 1 and isinstance(value, str) and value.strip() and isinstance(row[0], str) \
                    and _CADENCE_LABEL.match(row[0].strip(" *:")) and len(value.split()) <= _SHORT_VALUE:
                # a key | value row: "| Review cadence | Quarterly |" is the label's value
                out.append(TextUnit(text=f"{_label(row[0])}: {_times_per(value.strip())}",
                                    location=table.cell_location(r, c), block_index=index,
                                    block_type=BlockType.TABLE, heading=heading))
    return out
