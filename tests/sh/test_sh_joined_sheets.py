"""A register kept one sheet per month is one record: the findings on it name the sheet a row is really on."""
from __future__ import annotations

import datetime as dt
import json

from openpyxl import Workbook
from typer.testing import CliRunner

from gapscan.cli import app

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]


def _near_miss_log(path):
    wb = Workbook()
    wb.remove(wb.active)
    for i, month in enumerate(MONTHS):
        ws = wb.create_sheet(month)
        ws.append([f"Near miss log - {month} 2025"])
        ws.append([])
        ws.append(["Date", "Description", "Raised by"])
        for day in (3, 10, 17, 24):
            ws.append([dt.date(2025, i + 1, day), f"near miss {month} {day}", "Ann Lee"])
    wb.save(path)


def _press_checks(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Date", "Press", "OK"])
    d = dt.date(2025, 1, 2)
    while d <= dt.date(2025, 12, 18):
        if d.weekday() < 5:
            ws.append([d, "P1", "yes"])
        d += dt.timedelta(days=1)
    wb.save(path)


def test_stopped_feed_names_the_sheet_of_its_last_entry(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _near_miss_log(docs / "Near miss log 2025.xlsx")
    _press_checks(docs / "press_checks.xlsx")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["audit", str(docs), "--format", "json", "-o", str(out), "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    sh02 = [f for f in json.loads(out.read_text())["findings"] if f["rule"] == "SH02"]
    assert [f["path"] for f in sh02] == ["Near miss log 2025.xlsx"]
    last = next(e for e in sh02[0]["evidence"] if e["text"].startswith("last entry"))
    assert "2025-06-24" in last["text"]
    # the June row is on the June sheet, below its title rows: row 7 there (not row 7 of January)
    assert (last["location"]["sheet"], last["location"]["cell"]) == ("Jun", "A7")
