"""A claim in a row of a Markdown, AsciiDoc or HTML table is found at that row's own line in every format.

A person opening the file at the table's first line, or a code annotation placed there, points
at the header while the drifted promise sits rows below.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gapscan.config import load
from gapscan.engine import RunOptions, run
from gapscan.report import render

MARKDOWN = """# SOP-20 Calibration of measuring equipment

## Purpose
The Metrology Technician keeps every gauge in the workshop within its calibration interval.

## Steps

| Step | What happens |
|---|---|
| 1 | The Metrology Technician checks the calibration due list every Monday. |
| 2 | Gauges found out of tolerance are quarantined in cabinet C3 by the Metrology Technician. |
| 3 | The Quality Manager signs the calibration register within 5 working days of each calibration. |
"""

ASCIIDOC = """= SOP-20 Calibration of measuring equipment

== Purpose
The Metrology Technician keeps every gauge in the workshop within its calibration interval.

== Steps

[options="header"]
|===
|Step |What happens
|1 |The Metrology Technician checks the calibration due list every Monday.
|2 |Gauges found out of tolerance are quarantined in cabinet C3 by the Metrology Technician.
|3 |The Quality Manager signs the calibration register within 5 working days of each calibration.
|===
"""

HTML = """<html><body>
<h1>SOP-20 Calibration of measuring equipment</h1>
<h2>Purpose</h2><p>The Metrology Technician keeps every gauge in the workshop within its calibration interval.</p>
<h2>Steps</h2>
<table>
<tr><th>Step</th><th>What happens</th></tr>
<tr><td>1</td><td>The Metrology Technician checks the calibration due list every Monday.</td></tr>
<tr><td>2</td><td>Gauges found out of tolerance are quarantined in cabinet C3 by the Metrology Technician.</td></tr>
<tr><td>3</td><td>The Quality Manager signs the calibration register within 5 working days of each calibration.</td></tr>
</table>
</body></html>
"""

REGISTER = """Gauge,Calibrated on,Signed on,Signed by
MIC-014,05/01/2026,30/01/2026,R. Hale
CAL-002,12/02/2026,20/03/2026,R. Hale
MIC-015,10/03/2026,28/04/2026,R. Hale
CAL-003,14/04/2026,30/05/2026,R. Hale
MIC-016,12/05/2026,29/06/2026,R. Hale
CAL-004,09/06/2026,27/07/2026,R. Hale
"""

# (file name, text, line of the 'every Monday' row, line of the 'within 5 working days' row)
CASES = [("sop-20-calibration.md", MARKDOWN, 10, 12), ("sop-20-calibration.adoc", ASCIIDOC, 11, 13),
         ("sop-20-calibration.html", HTML, 7, 9)]


@pytest.mark.parametrize("name, text, monday, deadline", CASES)
def test_table_row_findings_point_at_the_row_line(tmp_path: Path, monkeypatch, name: str, text: str, monday: int,
                                                  deadline: int) -> None:
    root = tmp_path / "client"
    (root / "procedures").mkdir(parents=True)
    (root / "records").mkdir()
    (root / "procedures" / name).write_text(text, encoding="utf-8")
    (root / "records" / "calibration-register.csv").write_text(REGISTER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # SARIF and annotation paths are read from the working directory
    report = run([Path("client")], load(None), RunOptions(timestamp=False, jobs=1))
    path = f"procedures/{name}"
    by_rule = {f.rule: f for f in report.findings if f.path == path}
    assert {"DR02", "DR03"} <= set(by_rule)
    # the header is row 1, as in a Word table: 'every Monday' is row 2, the deadline row 4
    assert by_rule["DR02"].location.line == monday and by_rule["DR02"].location.row == 2
    assert by_rule["DR03"].location.line == deadline and by_rule["DR03"].location.row == 4

    sarif = json.loads(render(report, "sarif"))
    lines = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in sarif["runs"][0]["results"]}
    assert lines["DR02"] == monday and lines["DR03"] == deadline
    github = render(report, "github")
    assert f"line={deadline}," in next(a for a in github.splitlines() if "DR03" in a)
    assert f"line {monday} row 2" in render(report, "markdown")
    assert f"line {deadline} row 4" in render(report, "terminal", width=200)
    data = json.loads(render(report, "json"))
    located = {f["rule"]: f["location"] for f in data["findings"]}
    assert located["DR03"] == {"line": deadline, "row": 4, "column": "What happens"}
