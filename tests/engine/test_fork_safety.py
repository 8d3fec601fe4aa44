"""Parse workers never come from a process that has pdfium loaded: a worker forked from one
aborted inside pypdfium2's get_page ("Fatal Python error: Aborted")."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from gapscan import engine
from gapscan.ingest import DEFAULT_LIMITS, parse_file

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PDFS = sorted((EXAMPLES / "harrow-vale" / "procedures").glob("*.pdf"))

_forks_with_pdfium: list[int] = []
_watching = False


def _before_fork() -> None:
    if _watching and "pypdfium2" in sys.modules:
        _forks_with_pdfium.append(os.getpid())


os.register_at_fork(before=_before_fork)


def test_workers_are_not_forked_from_a_process_that_loaded_pdfium():
    global _watching
    assert len(PDFS) >= 2
    here = parse_file(PDFS[0], PDFS[0].name, DEFAULT_LIMITS)  # loads pdfium in this process, as a test or library user would
    assert here.ok and "pypdfium2" in sys.modules
    _watching = True
    try:
        docs = engine.parse_all([(p, p.name) for p in PDFS], jobs=2, limits=DEFAULT_LIMITS)
    finally:
        _watching = False
    assert _forks_with_pdfium == []
    assert [d.error for d in docs] == [None] * len(PDFS)
    # the workers read the same file as this process did
    assert docs[0].blocks == here.blocks and docs[0].pages == here.pages
