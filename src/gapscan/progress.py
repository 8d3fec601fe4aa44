"""The progress display on stderr while an audit runs: which stage, and how many files are read.

Shown only to a person at a terminal: not when stderr is piped or redirected, not in CI (the CI variable
that GitHub Actions, GitLab and most others set), not with --quiet. The engine knows only the tiny
engine.Progress protocol; rich lives here.
"""
from __future__ import annotations

import os
import sys
from typing import Any

STAGES = {
    "walk": "finding files",
    "parse": "reading files",
    "classify": "sorting documents into procedures, forms and records",
    "nlp": "reading the procedures' language",
    "records": "profiling the records",
    "drift": "comparing procedures with records",
    "audit dates": "looking for audit dates",
    "rules": "running the rules",
    "summary": "writing the summary",
    "render": "writing the report",
}


def wanted(quiet: bool) -> bool:
    """True when a person is watching stderr and has not asked for silence."""
    in_ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return not quiet and not in_ci and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


class TerminalProgress:
    """engine.Progress drawn with rich on stderr; it clears itself when the run ends."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                  TextColumn("{task.fields[count]}"), TimeElapsedColumn(),
                                  console=Console(stderr=True), transient=True)
        self._task: Any = None
        self._total: int | None = None

    def __enter__(self) -> "TerminalProgress":
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def stage(self, name: str, total: int | None) -> None:
        self._total = total
        label = STAGES.get(name, name)
        count = f"0/{total} files" if total else ""
        if self._task is not None:
            self._progress.remove_task(self._task)  # a new task: a stage without a count shows a pulsing bar
        self._task = self._progress.add_task(label, total=total, count=count)
        # a stage may end before the next automatic refresh: draw each one at least once
        self._progress.refresh()

    def update(self, done: int) -> None:
        if self._task is not None:
            self._progress.update(self._task, completed=done, count=f"{done}/{self._total} files")
            if done == self._total:
                self._progress.refresh()  # a quick stage would otherwise end before its last count is drawn
