"""docs/DRAFT-example.md shows the draft gapscan writes today for SOP-09 (GAPSCAN_REGOLD=1 rewrites it)."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from gapscan import __version__
from gapscan.config import discover, load
from gapscan.draft import analyse_all, build, render

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "DRAFT-example.md"
MARK = "<!-- the draft below is generated: GAPSCAN_REGOLD=1 pytest tests/draft/test_example_doc.py -->\n"
PROCEDURE = "procedures/SOP-09 Glass and Hard Plastics Control.md"


def test_the_example_draft_in_the_docs_is_current():
    folder = ROOT / "examples" / "meadowgate-foods"
    analysis = next(a for a in analyse_all(folder, load(discover(folder))) if a.procedure.path == PROCEDURE)
    draft = render(build(replace(analysis, scope="examples/meadowgate-foods"), __version__), "markdown")
    preface, _, shown = DOC.read_text(encoding="utf-8").partition(MARK)
    if os.environ.get("GAPSCAN_REGOLD"):
        DOC.write_text(preface + MARK + "\n" + draft, encoding="utf-8")
        shown = "\n" + draft
    assert shown == "\n" + draft
