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
    HTML = "html"
    DOCX = "docx"
    GITHUB = "github"


BINARY = {Format.DOCX}  # formats rendered as bytes, written only to a file


def render(report: Report, fmt: Format | str, *, color: bool = False, width: int = 100,
           verbose: bool = False) -> str | bytes:
    """The report in format `fmt` ('terminal', 'markdown', 'json', 'sarif', 'html', 'docx', 'github').

    `color` and `width` only apply to the terminal format; `verbose` to the human formats
    (everything, with model scores and internal reasons). docx comes back as bytes.
    Raises ValueError for an unknown format name (a usage error the CLI reports before any scan).
    """
    from gapscan.report.common import with_headings

    fmt = Format(fmt)
    module = import_module(f"gapscan.report.{fmt.value}")
    report = with_headings(report)
    if fmt is Format.TERMINAL:
        return module.render(report, color=color, width=width, verbose=verbose)
    if fmt in (Format.JSON, Format.SARIF, Format.GITHUB):
        return module.render(report)
    return module.render(report, verbose=verbose)


__all__ = ["Format", "render"]
