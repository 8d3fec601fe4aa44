"""Golden files: the exact output for the hand-built reports, so a layout change shows as a diff.

Regenerate after an intended change and review the diff:
    GAPSCAN_REGOLD=1 .venv/bin/pytest tests/report -k golden
The markdown appendix and the SARIF rule list quote the rule catalogue, which other
modules own, so those parts are left out of the comparison.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from gapscan.report import render

from report_fixtures import build_check_report, build_report

GOLDEN = Path(__file__).parent / "golden"


def _outputs() -> dict[str, str]:
    audit, check = build_report(), build_check_report()
    markdown = render(audit, "markdown")
    sarif = json.loads(render(audit, "sarif"))
    for run in sarif["runs"]:
        run["tool"]["driver"]["rules"] = len(run["tool"]["driver"]["rules"])
    return {
        "audit.terminal.txt": render(audit, "terminal", width=80),
        "check.terminal.txt": render(check, "terminal", width=80),
        "audit.json": render(audit, "json"),
        "audit.md": markdown[: markdown.index("## Appendix")],
        "audit.sarif.json": json.dumps(sarif, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
    }


@pytest.mark.parametrize("name", sorted(_outputs()))
def test_golden(name):
    text = _outputs()[name]
    path = GOLDEN / name
    if os.environ.get("GAPSCAN_REGOLD"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} changed; regenerate with GAPSCAN_REGOLD=1 and review"
