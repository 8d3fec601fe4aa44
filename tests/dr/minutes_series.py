"""Shared set-up of the meeting tests: files of minutes written to a `scan`, read as minutes (Kind.REVIEW), grouped
into series by gapscan.meetings, or run through the drift analysis for DR02. Each test file keeps its own texts."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Iterable, Sequence

from gapscan import meetings
from gapscan.model import Kind

# minutes that say only who was present and what was decided: a name to group them by, nothing to date them
NOTES = """# {title}

- Present: Ana Ruiz, Ben Cole, Cy Park

The budget for the bandsaw was approved. Meeting adjourned at 9pm.
"""


def as_minutes(docs: Iterable, under: str | None = None) -> list:
    """The documents with those under `under` (every one when None) read as minutes."""
    return [replace(d, kind=Kind.REVIEW) if under is None or d.path.startswith(under) else d for d in docs]


def series(scan, files: Sequence[tuple[str, str]] = (), text: str = NOTES, under: str | None = None,
           only: bool = False) -> tuple:
    """The meeting series of the scan once `files` ((path, title) pairs) are written from `text`; `under`: only the
    files there are minutes (`only`: and the others are left out)."""
    for rel, title in files:
        scan.write(rel, text.format(title=title))
    docs = as_minutes(scan.documents(), under)
    if only and under is not None:
        docs = [d for d in docs if d.path.startswith(under)]
    return meetings.series_of(docs)


def write_dated(scan, folder: str, title: str, days: Iterable[dt.date], text: str, name: str = "{day:%Y-%m-%d}"):
    """One file of minutes a day in `folder`, named by `name` and filled from `text` ({title}, {day} in ISO form)."""
    for day in days:
        scan.write(f"{folder}/{name.format(day=day, title=title)}.md", text.format(title=title, day=day.isoformat()))


def months(year: int, ms: Iterable[int], day: int = 12) -> list[dt.date]:
    return [dt.date(year, m, day) for m in ms]


def run(scan):
    """(findings, checks) of DR02 with every file under a 'minutes' folder read as minutes."""
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    docs = as_minutes(scan.documents(), "minutes")
    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02"]


def meeting_checks(checks) -> list:
    """The checks of a claim against minutes (a meeting series), not against a log or nothing."""
    return [c for c in checks if c.metrics.get("minutes_files")]
