"""Read a markdown draft back and check each traced statement against the records it cites.

The numbers are counted again here from the record's parsed table, with code of this module's
own (not the draft builder's), so a draft that misstates a share, a cadence or a fill rate fails.
"""
from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from gapscan.classify import classify
from gapscan.config import Config
from gapscan.ingest import DEFAULT_LIMITS, parse_file
from gapscan.records import RecordProfile, profile

FOOTNOTE = re.compile(r"^\[\^(\d+)\]: `(?P<path>[^`]+)` · (?P<where>.+?): (?P<what>.+)$")
REF = re.compile(r"\[\^(\d+)\]")
# the words a draft uses for a stated interval, in days (a fact table, kept here so the checker does not read
# gapscan's own)
ROUTINE_DAYS = {"daily": 1, "weekly": 7, "fortnightly": 14, "monthly": 30.4, "quarterly": 91.3, "half-yearly": 182.6,
                "yearly": 365.2}
ITEM = re.compile(r"^(?:-|\d+\.) (?P<body>.+)$")


@dataclass
class Line:
    section: str
    text: str
    refs: list[int]
    question: bool


@dataclass
class Parsed:
    title: str
    sections: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    notes: dict[int, re.Match] = field(default_factory=dict)
    loose: list[str] = field(default_factory=list)  # body lines that are neither statements nor notes


def parse(markdown: str) -> Parsed:
    rows = markdown.splitlines()
    parsed = Parsed(title=rows[0].removeprefix("# Draft: "))
    section = ""
    for row in rows[1:]:
        if not row.strip() or row.startswith(">") or row.startswith("<!--"):
            continue
        if row.startswith("## "):
            section = row[3:]
            parsed.sections.append(section)
            continue
        note = FOOTNOTE.match(row)
        if note:
            parsed.notes[int(note.group(1))] = note
            continue
        item = ITEM.match(row)
        if item:
            body = item.group("body")
            parsed.lines.append(Line(section=section, text=REF.sub("", body),
                                     refs=[int(n) for n in REF.findall(body)], question=body.startswith("**?**")))
            continue
        parsed.loose.append(row)
    return parsed


class Records:
    """Record profiles read straight from the files, once each."""

    def __init__(self, root: Path, config: Config) -> None:
        self.root, self.config = root, config
        self.cache: dict[str, object] = {}

    def doc(self, path: str):
        if ("doc", path) not in self.cache:
            self.cache[("doc", path)] = classify(parse_file(self.root / path, path, DEFAULT_LIMITS), self.config.kinds)
        return self.cache[("doc", path)]

    def profile(self, path: str) -> RecordProfile | None:
        if ("prof", path) not in self.cache:
            self.cache[("prof", path)] = profile(self.doc(path), date_orders=self.config.dates)
        return self.cache[("prof", path)]


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _column(prof: RecordProfile, where: str) -> int:
    name = re.match(r"column '(.+?)', ", where).group(1)
    return list(prof.table.header).index(name) if name in prof.table.header else \
        next(c.index for c in prof.columns if c.name == name)


def _values(prof: RecordProfile, j: int) -> list[str]:
    return [_text(v) for v in prof.table.column(j)]


def check_note(note: re.Match, records: Records, procedure: str) -> str:
    """The kind of fact the note states, after checking it; AssertionError when the record disagrees."""
    path, where, what = note.group("path"), note.group("where"), note.group("what")
    if path == procedure:
        m = re.fullmatch(r'"(.+)"', what)
        assert m, f"a note on the procedure quotes it: {what}"
        quote = " ".join(m.group(1).removesuffix("…").split())
        text = " ".join(" ".join(b.text for b in records.doc(path).blocks).split())
        cells = " ".join(" ".join(_text(v) for row in t.rows for v in row) for t in records.doc(path).tables())
        assert quote in text or all(part.strip() in text + " " + " ".join(cells.split())
                                    for part in quote.split(" | ")), f"not in {path}: {quote!r}"
        return "quote"
    if what == "a blank form, not a filled record":
        from gapscan.model import Kind

        doc = records.doc(path)
        assert doc.ok and (doc.kind is Kind.FORM or records.profile(path) is None), f"{path} is a filled record"
        return "blank"
    prof = records.profile(path)
    if what == "no data table":
        assert prof is None, f"{path} has a data table"
        return "no table"
    assert prof is not None, f"{path} has no data table"
    if m := re.fullmatch(r"(\d+) rows?(?:, dated (\S+) to (\S+) in column '(.+)')?", what):
        assert int(m.group(1)) == len(prof.table.rows), (path, what, len(prof.table.rows))
        if m.group(2):
            j = list(prof.table.header).index(m.group(4))
            dates = [d for d in next(c for c in prof.columns if c.index == j).dates if d]
            assert (m.group(2), m.group(3)) == (min(dates).isoformat(), max(dates).isoformat()), (path, what)
        return "rows"
    if m := re.fullmatch(r"(.+) of (\d+) rows \((\d+) filled\)", what):
        values = _values(prof, _column(prof, where))
        assert int(m.group(2)) == len(values), (path, where, what)
        assert int(m.group(3)) == sum(1 for v in values if v), (path, where, what)
        for value, count in re.findall(r"'(.+?)' in (\d+)", m.group(1)):
            assert values.count(value) == int(count), (path, where, value, count, values.count(value))
        return "share"
    if m := re.fullmatch(r"filled in (\d+) of (\d+) rows", what):
        values = _values(prof, _column(prof, where))
        assert (int(m.group(1)), int(m.group(2))) == (sum(1 for v in values if v), len(values)), (path, where, what)
        return "fill"
    if m := re.fullmatch(r"(\d+) gaps between consecutive entry dates(?: per '(.+)')?, median ([\d.]+) days, "
                         r"longest (\d+) days \(to (.+)\)(?:, (\d+) over ([\d.]+) days)?"
                         r"(?:; (\d+) of (\d+) (?:periods of ([\d.]+) days|([a-z-]+) periods) without an entry)?",
                         what):
        j = _column(prof, where)
        assert prof.table.header[j] == prof.entry_column, (path, where, prof.entry_column)
        dates = next(c for c in prof.columns if c.index == j).dates
        keys = _values(prof, list(prof.table.header).index(m.group(2))) if m.group(2) else [""] * len(dates)
        groups: dict[str, set[dt.date]] = {}
        for d, k in zip(dates, keys):
            if d:
                groups.setdefault(k, set()).add(d)
        gaps = [(b - a).days for days in groups.values() for a, b in zip(sorted(days), sorted(days)[1:])]
        assert int(m.group(1)) == len(gaps), (path, what, len(gaps))
        assert float(m.group(3)) == statistics.median(gaps), (path, what, statistics.median(gaps))
        assert int(m.group(4)) == max(gaps), (path, what, max(gaps))
        if m.group(6):
            assert int(m.group(6)) == sum(1 for g in gaps if g > float(m.group(7))), (path, what)
        if m.group(8):
            basis = float(m.group(10)) if m.group(10) else ROUTINE_DAYS[m.group(11)]
            periods = sum(max(1, round(g / basis)) for g in gaps)
            assert (int(m.group(8)), int(m.group(9))) == (periods - len(gaps), periods), (path, what, periods)
        return "cadence"
    if m := re.fullmatch(r"(\d+) days with entries, median ([\d.]+) entries a day, fewest (\d+), most (\d+)", what):
        j = _column(prof, where)
        assert prof.table.header[j] == prof.entry_column, (path, where, prof.entry_column)
        per_day = sorted(Counter(d for d in next(c for c in prof.columns if c.index == j).dates if d).values())
        assert (int(m[1]), float(m[2]), int(m[3]), int(m[4])) == \
            (len(per_day), statistics.median(per_day), per_day[0], per_day[-1]), (path, what)
        return "per day"
    if m := re.fullmatch(r"rows with '(.+)' in '(.+)' read (\S+) to (\S+) \((\d+) rows\)", what):
        labels = _values(prof, list(prof.table.header).index(m.group(2)))
        numbers = [float(v.replace(",", "")) for v, lab in zip(_values(prof, _column(prof, where)), labels)
                   if lab == m.group(1) and re.fullmatch(r"-?[\d,]+(?:\.\d+)?", v)]
        assert (float(m.group(3)), float(m.group(4)), int(m.group(5))) == (min(numbers), max(numbers), len(numbers)), \
            (path, what)
        return "range"
    if m := re.fullmatch(r"filled on (\d+) of (\d+) rows with '(.+)' in '(.+)', on (\d+) other rows", what):
        filled = [bool(v) for v in _values(prof, _column(prof, where))]
        labels = _values(prof, list(prof.table.header).index(m.group(4)))
        on = sum(1 for f, lab in zip(filled, labels) if f and lab == m.group(3))
        off = sum(1 for f, lab in zip(filled, labels) if f and lab != m.group(3))
        assert (int(m.group(1)), int(m.group(2)), int(m.group(5))) == (on, labels.count(m.group(3)), off), (path, what)
        return "follow-up"
    if m := re.fullmatch(r"item '(.+)'", what):
        cells = {_text(v) for row in prof.table.rows for v in row} | set(prof.table.header)
        assert m.group(1) in cells, (path, what)
        return "item"
    if m := re.fullmatch(r"columns (.+)", what):
        assert re.findall(r"'(.*?)'(?:, |$)", m.group(1)) == list(prof.table.header), (path, what)
        return "header"
    if m := re.fullmatch(r"(\d+) completed, median ([\d.]+) (days|working days), (\d+) over ([\d.]+); "
                         r"(\d+) still open", what):
        from gapscan.dates import working_days_between

        a, b = re.match(r"columns '(.+?)' to '(.+?)', ", where).groups()
        cols = {c.name: c for c in prof.columns}
        pairs = list(zip(cols[a].dates, cols[b].dates))
        done = [working_days_between(x, y) if m.group(3) == "working days" else (y - x).days
                for x, y in pairs if x and y]
        assert (int(m.group(1)), float(m.group(2)), int(m.group(4)), int(m.group(6))) == \
            (len(done), statistics.median(done), sum(1 for d in done if d > float(m.group(5))),
             sum(1 for x, y in pairs if x and not y)), (path, what)
        return "deadline"
    raise AssertionError(f"a note of no known kind cannot be checked: {what}")


def numbers_agree(line: Line, notes: dict[int, re.Match]) -> None:
    """Each 'k of n' and median a statement gives is in the notes it cites."""
    cited = " ".join(notes[n].group(0) for n in line.refs)
    cited_numbers = set(re.findall(r"\d+(?:\.\d+)?", cited))
    for k, n in re.findall(r"(\d+) of (\d+)", line.text):
        assert k in cited_numbers and n in cited_numbers, (line.text, cited)
    for median in re.findall(r"median (\d+(?:\.\d+)?)", line.text):
        assert f"median {median}" in cited, (line.text, cited)
