"""gapscan draft: an operational rewrite of a procedure, built only from what its records show."""
from __future__ import annotations

from gapscan.draft.reading import Analysis, analyse, analyse_all
from gapscan.draft.build import build
from gapscan.draft.model import Draft, Mark, Section, Statement, Trace

__all__ = ["Analysis", "Draft", "Mark", "Section", "Statement", "Trace", "analyse", "analyse_all", "build", "render"]


def render(draft: Draft, fmt: str) -> str | bytes:
    """markdown -> str, docx -> bytes."""
    if fmt == "docx":
        from gapscan.draft import docx

        return docx.render(draft)
    from gapscan.draft import markdown

    return markdown.render(draft)
