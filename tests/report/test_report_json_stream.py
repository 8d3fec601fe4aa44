"""The JSON report written to a file a list item at a time is the same text render() returns."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from gapscan.report import json as json_report

from report_fixtures import build_report


def test_streamed_json_is_render_byte_for_byte(report, check_report, empty_report):
    for r in (report, check_report, empty_report, build_report(reverse=True)):
        out = io.StringIO()
        json_report.write(r, out)
        assert out.getvalue() == json_report.render(r)


def test_cli_file_output_is_the_stdout_report(tmp_path: Path):
    root = tmp_path / "client"
    root.mkdir()
    (root / "sop-12-goods-in.md").write_text(
        "# SOP-12 Goods-in inspection\n\n## Steps\n1. The Stores Supervisor books the delivery in within 4 hours.\n"
        "2. Record the result on form QF-21 with the heat number and inspector.\n", encoding="utf-8")
    (root / "goods-in-log.csv").write_text("Date,Heat number,Inspector,Result\n03/01/2026,H1001,J. Patel,Pass\n"
                                           "10/01/2026,H1002,J. Patel,Fail\n", encoding="utf-8")
    common = [sys.executable, "-m", "gapscan", "audit", str(root), "--format", "json", "--fail-on", "never",
              "--audit-date", "2026-02-01"]
    shown = subprocess.run(common, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    written = subprocess.run(common + ["-o", str(tmp_path / "report.json")], capture_output=True, text=True,
                             timeout=300, cwd=tmp_path)
    assert shown.returncode == written.returncode == 0
    text = (tmp_path / "report.json").read_text(encoding="utf-8")
    strip = lambda t: "\n".join(line for line in t.splitlines() if '"generated_at"' not in line)  # noqa: E731
    assert '"findings"' in text and strip(text) == strip(shown.stdout)
