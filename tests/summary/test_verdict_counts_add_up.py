"""The executive summary's procedure counts add up to the procedures read: one too short for a verdict is
counted as such, not silently left out (a real set showed '25 operational' of 26 procedures)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OPERATIONAL = """# Purchasing procedure

## Steps
1. The buyer raises a purchase order in SAP for every order over 500 EUR.
2. The purchasing manager approves orders above 5000 EUR within two working days.
3. The buyer checks the approved supplier list and places the order within three days.
4. The storekeeper checks the delivery note against the order and records it in the goods-in log.
"""


def gapscan(*args: str, cwd: Path) -> str:
    r = subprocess.run([sys.executable, "-m", "gapscan", *args, "--no-cache"], capture_output=True, text=True,
                       cwd=cwd, timeout=300)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return r.stdout


def test_a_procedure_too_short_for_a_verdict_is_counted(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    for name in ("qp-01-purchasing.md", "qp-03-receiving.md", "qp-04-orders.md"):
        (folder / name).write_text(OPERATIONAL)
    (folder / "qp-02-calibration.md").write_text("# Calibration procedure\n\nGauges get calibrated.\n")
    terminal = " ".join(gapscan("audit", "set", cwd=tmp_path).split())
    assert "4 procedures: 3 operational, 1 too short to judge" in terminal
    # the chart's bars hold the three verdicts only, and say so
    assert "procedures by how they are written (1 too short to judge not shown)" in terminal
    markdown = gapscan("audit", "set", "--format", "markdown", cwd=tmp_path)
    assert "- Procedures by verdict: 3 operational, 1 too short to judge (of 4)" in markdown
    html = gapscan("audit", "set", "--format", "html", cwd=tmp_path)
    assert '<span class="n">1</span><span>too short to judge</span>' in html
