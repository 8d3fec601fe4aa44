"""Helpers for the clause-mirroring tests: write a procedure to disk, parse it, run a rule."""
from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import Document, Kind
from gapscan.rules.base import Context


def procedure(tmp_path: Path, name: str, text: str) -> Document:
    """A file written to tmp_path, parsed by gapscan's own parser and marked as a procedure."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    doc = parse_file(path, name)
    assert doc.ok, doc.error
    return replace(doc, kind=Kind.PROCEDURE)


def run(rule, *docs: Document, **ctx_args) -> list:
    return list(rule.check(Context(documents=tuple(docs), **ctx_args)))


def anchors(text: str) -> list[tuple[str, str]]:
    """(text, kind) of every anchor the spaCy pipeline marks in text."""
    from gapscan.nlp.pipeline import get_nlp

    doc = get_nlp()(text)  # kept in a name: a span group dies with its Doc
    return [(s.text, s.label_) for s in doc.spans["anchors"]]


def own(text: str) -> list[tuple[str, str]]:
    """(text, kind) of the anchors that count as the organisation's own."""
    from gapscan.nlp.mirroring import own_anchors
    from gapscan.nlp.pipeline import get_nlp

    return [(s.text, s.label_) for s in own_anchors(get_nlp()(text))]
