"""`gapscan map` as a user runs it: the matrix, the three lists, the formats and the exit codes."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest

from map_helpers import HARROW


def gapscan(*args: str) -> subprocess.CompletedProcess:
    # wide enough that a quoted line is never wrapped in the middle
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "gapscan", *args], capture_output=True, text=True, timeout=300,
                          env=env)


def test_map_of_the_example_prints_matrix_and_lists():
    r = gapscan("map", str(HARROW))
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.startswith("gapscan map: ISO 9001:2015")
    assert "7.1 Resources" in out and "procedures/QP-14 Calibration of Measuring Equipment.docx" in out
    assert "calibrated every 12 months\" (paragraph 10)" in out
    for title in ("Clauses no document addresses", "Clauses addressed only by restated clause text",
                  "Documents that address no clause", "Declared vs found"):
        assert title in out
    assert "records/" in out.split("Not mapped")[1]  # records are listed as not mapped, with why


def test_xlsx_opens_with_sheets_frozen_header_and_filters(tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "map.xlsx"
    r = gapscan("map", str(HARROW), "--format", "xlsx", "-o", str(target))
    assert r.returncode == 0, r.stderr
    book = load_workbook(target)
    assert book.sheetnames == ["Matrix", "Not addressed", "Restated only", "Own processes", "Declared vs found"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    matrix = book["Matrix"]
    header = [c.value for c in matrix[1]]
    assert header[:6] == ["clause", "title", "document", "section", "location", "strength"]
    rows = [[c.value for c in row] for row in matrix.iter_rows(min_row=2)]
    calibration = [row for row in rows if row[0] == "7.1" and "QP-14" in (row[2] or "")]
    assert calibration and calibration[0][3] == "Who" and calibration[0][5] == "strong"


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")), reason="LibreOffice not on PATH")
def test_xlsx_converts_in_libreoffice(tmp_path):
    target = tmp_path / "map.xlsx"
    assert gapscan("map", str(HARROW), "--format", "xlsx", "-o", str(target)).returncode == 0
    office = shutil.which("libreoffice") or shutil.which("soffice")
    # an installation without Calc (libreoffice-writer only) loads no workbook at all: then a one-cell workbook
    # openpyxl writes fails the same way, and the check says nothing about ours
    import openpyxl

    plain = openpyxl.Workbook()
    plain.active["A1"] = "plain"
    plain.save(tmp_path / "plain.xlsx")
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"  # not the user's, which another run may hold
    for name in ("plain.xlsx", "map.xlsx"):
        subprocess.run([office, profile, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path),
                        str(tmp_path / name)], check=True, capture_output=True, timeout=180)
    if not (tmp_path / "plain.csv").is_file():
        pytest.skip("LibreOffice loads no xlsx here (no Calc installed)")
    assert "clause,title,document" in (tmp_path / "map.csv").read_text(encoding="utf-8", errors="replace")


def test_json_and_csv_carry_the_same_matrix():
    data = json.loads(gapscan("map", str(HARROW), "--format", "json").stdout)
    rows = list(csv.reader(io.StringIO(gapscan("map", str(HARROW), "--format", "csv").stdout)))
    assert data["standard"] == "iso9001" and rows[0][0] == "clause"
    from_json = sum(max(1, len(c["matches"])) for c in data["clauses"])
    assert from_json == len(rows) - 1
    assert set(data["not_addressed"]) == {r[0] for r in rows[1:] if r[5] == "not addressed"}


@pytest.mark.parametrize("args, message", [
    (["--standard", "iso9999"], "unknown standard"),
    (["--format", "xlsx"], "give it a name with -o"),
    (["--format", "pdf"], "--format must be one of"),
    (["--config", "no/such/gapscan.toml"], "config file not found"),
])
def test_usage_errors_exit_2(args, message):
    r = gapscan("map", str(HARROW), *args)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_no_documents_and_output_inside_the_scanned_folder_exit_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = gapscan("map", str(empty))
    assert r.returncode == 2 and "no documents found" in r.stderr
    inside = tmp_path / "docs"
    inside.mkdir()
    (inside / "p.md").write_text("# Buying\n\nThe Buyer approves suppliers.\n", encoding="utf-8")
    r = gapscan("map", str(inside), "-o", str(inside / "map.md"), "--format", "markdown")
    assert r.returncode == 2 and "refusing to write" in r.stderr and not (inside / "map.md").exists()


def test_a_map_left_in_a_scanned_folder_is_not_mapped_again(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "QP-12 Buying.md").write_text("# Buying\n\n## Approving a supplier\n\nThe Buyer scores each new "
                                            "supplier on form QF-07 and the Quality Manager approves it.\n",
                                            encoding="utf-8")
    for fmt in ("markdown", "html"):
        out = tmp_path / f"map.{'md' if fmt == 'markdown' else fmt}"
        assert gapscan("map", str(folder), "--format", fmt, "-o", str(out)).returncode == 0
        (folder / out.name).write_bytes(out.read_bytes())
    data = json.loads(gapscan("map", str(folder), "--format", "json").stdout)
    assert data["documents"] == ["QP-12 Buying.md"]
    reasons = {n["path"]: n["reason"] for n in data["not_mapped"]}
    assert set(reasons) == {"map.md", "map.html"} and all("written by gapscan" in r for r in reasons.values())


def test_what_the_readme_says_the_example_map_prints_is_what_it_prints():
    import re

    from map_helpers import ROOT

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    said = re.search(r"On the example it prints `([^`]+)`.*?beside the matrix: (\d+) clause no document addresses "
                     r"\(([\d.]+)\) and (\d+) clauses addressed only by restated clause text", readme)
    assert said, "README no longer describes what `gapscan map examples/harrow-vale` prints"
    out = gapscan("map", str(HARROW)).stdout
    assert out.splitlines()[0] == f"gapscan map: {said.group(1)}"
    assert f"Clauses no document addresses ({said.group(2)})\n  - {said.group(3)} " in out
    assert f"Clauses addressed only by restated clause text ({said.group(4)})" in out
