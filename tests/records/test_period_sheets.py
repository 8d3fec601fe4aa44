"""A register kept one sheet per month is one record; sheets holding other tables stay apart."""
from __future__ import annotations

import datetime as dt

from gapscan.ingest import parse_file
from gapscan.records import profile

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEADER = ["Date", "Chiller", "Temp (C)", "Checked by"]


def _workbook(path, sheets):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, title, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append([title])
        ws.append([])
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _weekdays(year: int, month: int):
    d = dt.date(year, month, 1)
    while d.month == month:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


def test_month_per_sheet_workbook_reads_as_one_record(tmp_path):
    sheets = [(m, f"Chiller temperature log - {m} 2025", HEADER,
               [[d, "CH-1", 3.5, "AB"] for d in _weekdays(2025, i + 1)]) for i, m in enumerate(MONTHS)]
    path = _workbook(tmp_path / "Chiller temperature log 2025.xlsx", sheets)
    doc = parse_file(path, path.name)
    prof = profile(doc)
    weekdays = sum(1 for i in range(12) for _ in _weekdays(2025, i + 1))
    assert prof.row_count == weekdays == 261
    assert prof.first_entry == dt.date(2025, 1, 1) and prof.last_entry == dt.date(2025, 12, 31)
    assert "12 sheets read as one record, Jan-Dec (same header)" in prof.notes
    # a December row is named on the December sheet, below its own title rows
    dec_first = next(i for i, d in enumerate(prof.entry_dates) if d == dt.date(2025, 12, 1))
    loc = prof.cell_location(dec_first, 2)
    assert (loc.sheet, loc.row, loc.cell) == ("Dec", 4, "C4")
    assert prof.cell_location(0, 0).sheet == "Jan"


def test_sheets_with_different_tables_stay_apart(tmp_path):
    sheets = [("Log", "Chiller log", HEADER, [[dt.date(2025, 1, d), "CH-1", 3.5, "AB"] for d in range(1, 29)]),
              ("Chillers", "Asset list", ["Chiller", "Location", "Set point"],
               [["CH-1", "Dock", 4], ["CH-2", "Store", 4], ["CH-3", "Line", 2]])]
    path = _workbook(tmp_path / "chillers.xlsx", sheets)
    prof = profile(parse_file(path, path.name))
    assert prof.tables == 2
    assert prof.row_count == 28 and list(prof.table.header) == HEADER
    assert not any("read as one record" in n for n in prof.notes)
    assert prof.cell_location(27, 0).sheet == "Log"
