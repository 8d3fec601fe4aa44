"""The summary's line on PS03 (procedures that never use the words filling their records) said of the example
machine shop's three procedures "all 3 read as written about the standard rather than the work", while gapscan's
verdict on each was mixed (0.76-0.94). PS03 is about missing vocabulary; what is true of the procedures it weighs
as a warning is their verdict, and the line now gives it as it is."""
from __future__ import annotations

import csv
from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine

PROCEDURE = """# Control of nonconforming output

## 8.7 Control of nonconforming outputs

The organization shall ensure that outputs that do not conform to their requirements are identified and controlled
to prevent their unintended use or delivery. The organization shall take appropriate action based on the nature of
the nonconformity and its effect on the conformity of products and services.

## 10.2 Nonconformity and corrective action

When a nonconformity occurs, the organization shall react to the nonconformity, evaluate the need for action to
eliminate its causes, and retain documented information as evidence of the nature of the nonconformities.

## What we do

The inspector who finds a bad part puts a red tag on it and moves it to the quarantine rack by the goods-out door.
The quality manager reviews the rack every Friday and decides rework, scrap or concession. Each decision is written
in the nonconforming output log the same day.
"""

PARTS = ["valve body VB-40", "seal carrier SC-25", "pump housing PH-120"]
MACHINES = ["Hermle C 42", "Haas VF-4", "DMG Mori NLX 2500"]
DEFECTS = ["oversize bore", "wrong datum setup", "chatter marks"]


def _run(root: Path):
    (root / "nonconforming-output.md").write_text(PROCEDURE, encoding="utf-8")
    with (root / "nonconforming-output-log.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Part", "Machine", "Defect", "Qty", "Raised by"])
        for i in range(30):
            w.writerow([f"2026-0{1 + i % 9}-{10 + i % 18}", PARTS[i % 3], MACHINES[(i // 2) % 3],
                        DEFECTS[(i // 3) % 3], 1 + i % 5, ["Ann Lee", "Bo Chan"][i % 2]])
    (root / "gapscan.toml").write_text('[kinds]\n"nonconforming-output.md" = "procedure"\n'
                                       '"nonconforming-output-log.csv" = "record"\n', encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(root))
    report = engine.run([root], cfg, engine.RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    return report


def test_the_vocabulary_line_gives_the_procedures_verdict_as_it_is(tmp_path):
    report = _run(tmp_path)
    [doc] = [r for r in report.documents if r.document.path == "nonconforming-output.md"]
    assert doc.verdict is not None and doc.verdict.value == "mixed"  # the set is built to be judged mixed
    assert [f.path for f in report.findings if f.rule == "PS03"] == ["nonconforming-output.md"]
    [line] = [line for s in report.summary.sections for line in s.lines if "never uses words" in line]
    # before: "...; it reads as written about the standard rather than the work."
    assert "written about the standard" not in line
    assert f"it is judged mixed (the standard's wording mixed with the actual work; model probability " \
           f"{doc.verdict_probability:.2f})" in line
