"""Record profiles built through the real parsers from files written in tmp_path."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.model import Block, BlockType, Document, Location, Status, Table
from gapscan.records import profile


def _parse(path: Path):
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return doc


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list], sheet: str = "Log") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_csv_under_title_rows_types_every_column(tmp_path):
    path = write_csv(tmp_path / "QF-11 Calibration log.csv", [
        "Harrow - QF-11 Calibration log", "Exported 01/03/2026", "",
        "Date,Instrument ID,Checked by,Result,Reading,Guard OK,Comment",
        "01/02/2026,MIC-01,Shift Lead,Pass,12.5,Yes,",
        "25/02/2026,MIC-02,Quality Manager,Fail,12.9,No,worn anvil",
        "03/03/2026,MIC-03,Shift Lead,Pass,12.4,Yes,",
        "04/03/2026,MIC-04,Shift Lead,Pass,12.5,Yes,",
    ])
    prof = profile(_parse(path))
    assert prof.table.header[0] == "Date"
    types = {c.name: c.type for c in prof.columns}
    assert types == {"Date": "date", "Instrument ID": "identifier", "Checked by": "person", "Result": "status",
                     "Reading": "number", "Guard OK": "boolean", "Comment": "text"}
    assert prof.row_count == 4
    assert prof.entry_column == "Date"
    assert prof.first_entry == dt.date(2026, 2, 1) and prof.last_entry == dt.date(2026, 3, 4)
    assert prof.people[0] == "Shift Lead"
    comment = prof.column("comment")
    assert comment.fill_rate == 0.25 and comment.distinct == 1
    assert prof.column("Date").date_order == "dmy"
    assert prof.table.cell_location(1, 0).row == 6  # the CSV line of the second data row


def test_xlsx_real_dates_and_serials_and_header_below_title(tmp_path):
    rows = [["Scrap log 2026"], [], ["Date", "Part", "Qty", "Operator", "Date closed"]]
    for i in range(12):
        day = dt.datetime(2026, 1, 5) + dt.timedelta(days=i)
        rows.append([day, f"P-{i % 3}", i + 1, ["Ann", "Bob"][i % 2], 46040 + i])
    path = write_xlsx(tmp_path / "scrap.xlsx", rows, sheet="Scrap")
    prof = profile(_parse(path))
    assert prof.table.header == ("Date", "Part", "Qty", "Operator", "Date closed")
    assert prof.entry_column == "Date"
    closed = prof.column("Date closed")
    assert closed.type == "date" and closed.date_order == "serial"
    assert closed.dates[0] == dt.date(2026, 1, 18)  # Excel day 46040
    assert prof.column("Qty").type == "number"
    assert prof.column("Operator").type == "person"
    assert prof.table.cell_location(0, 0).cell == "A4"


def test_entry_column_is_not_the_due_date(tmp_path):
    path = write_csv(tmp_path / "actions.csv", [
        "Ref,Due date,Date raised,Owner",
        "A1,2026-03-01,2026-01-01,Ann", "A2,2026-03-05,2026-01-05,Bob", "A3,2026-04-01,2026-02-01,Ann",
    ])
    prof = profile(_parse(path))
    assert prof.entry_column == "Date raised"


def test_ambiguous_dates_are_noted_and_overridable(tmp_path):
    path = write_csv(tmp_path / "log.csv", ["Date,Task", "01/02/2026,a", "03/04/2026,b", "05/06/2026,c"])
    doc = _parse(path)
    prof = profile(doc)
    assert prof.first_entry == dt.date(2026, 2, 1)
    assert any("ambiguous" in n for n in prof.notes)
    us = profile(doc, date_orders={"log.csv:Date": "mdy"})
    assert us.first_entry == dt.date(2026, 1, 2)


def test_filled_checklist_from_ticked_list_items():
    items = [("Guard in place", True), ("E-stop tested", True), ("Oil level", False)]
    doc = Document(path="c.docx", source="/c.docx", format="docx", blocks=tuple(
        Block(type=BlockType.LIST_ITEM, text=t, marker="☑" if ok else "☐", checked=ok, location=Location(line=i))
        for i, (t, ok) in enumerate(items, 1)))
    prof = profile(doc)
    assert prof.checklist
    assert prof.column("Done").type == "boolean"
    assert prof.column("Item").top_values[0][1] == 1


def test_tick_mark_table_is_a_checklist():
    table = Table(header=("No", "Check", "OK", "Initials"),
                  rows=tuple((str(i), f"check {i}", "☑" if i % 4 else "☐", "HW") for i in range(1, 9)),
                  row_numbers=tuple(range(2, 10)), location=Location(page=1))
    doc = Document(path="c.pdf", source="/c.pdf", format="pdf",
                   blocks=(Block(type=BlockType.TABLE, text="", location=Location(page=1), table=table),))
    prof = profile(doc)
    assert prof.checklist and prof.column("OK").type == "boolean"


def test_counts_blanks_ragged_rows_and_type_thresholds_exactly():
    # 20 rows; short rows leave the later columns empty; "  " is an empty cell, not a value
    rows = []
    for i in range(20):
        qty = "n/a" if i < 2 else i  # 18 of 20 numeric: 90%, a number column
        code = f"RT{i:03d}" if i < 17 else "see note"  # 17 of 20 codes: under 90%, so text, not identifier
        row = (f"{i + 1:02d}/03/2026", qty, code, "  " if i % 5 == 0 else "Ann Lee", "Open" if i % 2 else "Closed")
        rows.append(row if i % 4 else row[:3])
    table = Table(header=("Date", "Qty", "Tag", "Checked by", "Status"), rows=tuple(rows),
                  row_numbers=tuple(range(2, 22)), location=Location(sheet="Log"))
    doc = Document(path="r.xlsx", source="/r.xlsx", format="xlsx",
                   blocks=(Block(type=BlockType.TABLE, text="", location=Location(sheet="Log"), table=table),))
    prof = profile(doc)
    by = {c.name: c for c in prof.columns}
    assert [by[n].type for n in ("Date", "Qty", "Tag", "Checked by", "Status")] == \
        ["date", "number", "text", "person", "status"]
    assert by["Date"].distinct == 20 and by["Date"].dates[19] == dt.date(2026, 3, 20)
    # 5 short rows (every fourth) and 3 "  " cells among the 15 others (rows 5, 10, 15) are empty
    assert by["Checked by"].fill_rate == 12 / 20 and by["Checked by"].top_values == (("Ann Lee", 12),)
    assert by["Status"].top_values == (("Open", 10), ("Closed", 5))
    assert by["Qty"].top_values[0] == ("n/a", 2)


@pytest.mark.parametrize("doc", [
    Document(path="e.pdf", source="/e.pdf", format="pdf", status=Status.ERROR, error="broken"),
    Document(path="t.md", source="/t.md", format="md",
             blocks=(Block(type=BlockType.PARAGRAPH, text="No tables here.", location=Location(line=1)),)),
    Document(path="h.csv", source="/h.csv", format="csv", blocks=(Block(
        type=BlockType.TABLE, text="", location=Location(sheet="h"),
        table=Table(header=("A", "B"), rows=(), row_numbers=(), location=Location(sheet="h"))),)),
])
def test_no_data_means_no_profile(doc):
    assert profile(doc) is None


def test_junk_values_never_raise():
    junk = [None, "", " ", True, False, float("nan"), float("inf"), -1, 10**20, "x" * 5000, "31/31/2031",
            "00/00/0000", dt.date(1, 1, 1), dt.datetime(9999, 12, 31), "☑", "٣/٤/٢٠٢٦", "\x00", "45000.5"]
    rows = tuple(tuple(junk[(i + j) % len(junk)] for j in range(6)) for i in range(60))
    table = Table(header=("Date", "", "Date", "By", "Qty", "Status"), rows=rows,
                  row_numbers=tuple(range(2, 62)), location=Location(sheet="S"))
    doc = Document(path="j.xlsx", source="/j.xlsx", format="xlsx",
                   blocks=(Block(type=BlockType.TABLE, text="", location=Location(sheet="S"), table=table),))
    prof = profile(doc)
    assert prof is not None and prof.row_count == 60


def test_values_with_one_text_add_up_and_serials_only_under_a_date_header(tmp_path):
    # 'Pass ', 'Pass' and ' Pass' are one value of the Result column; 7 and 7.0 one of Qty. Numbers are read as
    # Excel serial dates under a date header only: the row numbers of 'Line' stay numbers.
    rows = [["Line", "Result", "Qty", "Inspected"]]
    results = ["Pass", "Pass ", " Pass", "Fail"]
    for i in range(12):
        rows.append([45650 + i, results[i % 4], 7 if i % 2 else 7.0, 45650 + i])
    doc = _parse(write_xlsx(tmp_path / "QF-03 Final inspection.xlsx", rows))
    prof = profile(doc)
    result, qty, line, inspected = (prof.column(n) for n in ("Result", "Qty", "Line", "Inspected"))
    assert result.top_values == (("Pass", 9), ("Fail", 3)) and result.distinct == 2
    assert qty.top_values == (("7", 12),) and qty.type == "number"
    assert line.type == "number" and line.dates == ()
    assert inspected.type == "date" and inspected.date_order == "serial"
    assert inspected.dates[0] == dt.date(2024, 12, 24) and prof.entry_column == "Inspected"
