"""Report renderers: one module per format, each turning a model.Report into text.

A renderer lays out what the report holds (it may sort and count) and computes
nothing new. Modules are imported only when their format is asked for, so rich is
not loaded for a JSON run.
"""
from __future__ import annotations

from enum import Enum
from importlib import import_module

from gapscan.model import Report


class Format(str, Enum):
    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    JSON = "json"
    SARIF = "sarif"


def render(report: Report, fmt: Format | str, *, color: bool = False, width: int = 100) -> str:
    """The report in format `fmt` ('terminal', 'markdown', 'json', 'sarif').

    `color` and `width` only apply to the terminal format. Raises ValueError for an
    unknown format name (a usage error the CLI reports before any scan).
    """
    fmt = Format(fmt)
    module = import_module(f"gapscan.report.{fmt.value}")
    if fmt is Format.TERMINAL:
        return module.render(report, color=color, width=width)
    return module.render(report)


__all__ = ["Format", "render"]
