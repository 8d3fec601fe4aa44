"""A page saved without an extension, read as markdown, keeps its line numbers in SARIF and annotations.

kinds23 made gapscan read such pages (a foundation's quarterly report filed as '2025-Q3-BEAR-WG'); the report
looked a file's parser up by its suffix alone, so a finding there lost its line: no SARIF region, no GitHub
annotation line.
"""
from __future__ import annotations

import json

from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.report.common import file_line, is_text_file
from gapscan.report.sarif import render as render_sarif

PAGE = """# Purchasing

## 1 Purpose

This page sets how **purchasing** is controlled.

## 2 Rules

- The organization shall determine the criteria for the evaluation of external providers.
- The organization shall retain documented information of these activities and their results.
- The organization shall ensure that purchased products conform to the requirements set.
"""


def test_a_page_without_an_extension_keeps_its_lines(tmp_path):
    (tmp_path / "PURCHASING").write_text(PAGE)
    report = run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))
    assert [d.document.path for d in report.documents] == ["PURCHASING"]
    assert report.documents[0].document.format == "md"
    found = [f for f in report.findings if f.path == "PURCHASING" and f.location and f.location.line]
    assert found, [(f.rule, f.location) for f in report.findings]
    assert is_text_file("PURCHASING")
    assert file_line("PURCHASING", found[0].location) == found[0].location.line
    sarif = json.loads(render_sarif(report))
    regions = [loc["physicalLocation"].get("region") for r in sarif["runs"][0]["results"]
               for loc in r["locations"] if loc["physicalLocation"]["artifactLocation"]["uri"].endswith("PURCHASING")]
    assert regions and all(r and r["startLine"] >= 1 for r in regions), regions
