"""Golden reports of the bundled example set: any change in what gapscan reports shows as a diff.

Regenerate after an intended change, then review the diff before committing:

    GAPSCAN_REGOLD=1 .venv/bin/pytest tests/golden
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from gapscan.config import discover, load
from gapscan.engine import RunOptions, run
from gapscan.report import render

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "harrow-vale"
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def report():
    cwd = os.getcwd()
    os.chdir(ROOT)  # the report's root is the path as given: keep it relative and stable
    try:
        rel = EXAMPLE.relative_to(ROOT)
        return run([rel], load(discover(rel)), RunOptions(timestamp=False, jobs=2))
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("fmt, name", [("json", "harrow-vale.json"), ("markdown", "harrow-vale.md")])
def test_example_report_matches_golden(report, fmt, name):
    text = render(report, fmt)
    golden = HERE / name
    if os.environ.get("GAPSCAN_REGOLD"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file: run GAPSCAN_REGOLD=1 pytest {Path(__file__).name}"
    assert text == golden.read_text(encoding="utf-8"), (
        f"{fmt} report of examples/harrow-vale changed: if intended, regenerate with "
        "GAPSCAN_REGOLD=1 pytest tests/golden and review the diff")


def test_the_summary_names_the_audit_spikes_in_one_order(report):
    """The summary's top findings listed QF-09 (one audit, 7.3x) before QF-08 (both audits, 4.3x), where its section
    'Records kept for the auditor' put QF-08 first: a reader saw two rankings of the same two records."""
    top = [f.path.rsplit("/", 1)[-1] for f in report.summary.top_findings if f.rule == "SH01"]
    [section] = [s for s in report.summary.sections if s.title == "Records kept for the auditor"]
    listed = [line.split(":", 1)[0] for line in section.lines if "times its normal rate" in line]
    assert len(top) == 2 and len(listed) == 2
    assert top == listed
