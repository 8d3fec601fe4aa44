"""Excel registers: every sheet, header below title rows, dates, merged cells, A1 names."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status


def test_each_sheet_with_data_is_one_table(register_xlsx: Path) -> None:
    doc = parse_file(register_xlsx, "calibration.xlsx")
    assert doc.status is Status.OK, doc.error
    assert [b.location.sheet for b in doc.blocks] == ["Calibration", "Suppliers"]
    assert all(b.type is BlockType.TABLE for b in doc.blocks)


def test_header_below_title_rows_and_cell_names(register_xlsx: Path) -> None:
    table = parse_file(register_xlsx, "calibration.xlsx").tables()[0]
    assert table.header == ("Date", "Instrument", "Result", "Readings", "Checked by")
    assert table.title == "Calibration register - Owner: QA"
    assert table.header_row == 4 and table.first_column == 1
    assert table.row_numbers == (5, 6, 7, 8)
    assert table.cell_location(0, 0).describe() == "Calibration!B5"
    assert table.cell_location(2, 4).cell == "F7"


def test_values_are_typed(register_xlsx: Path) -> None:
    table = parse_file(register_xlsx, "calibration.xlsx").tables()[0]
    first, second, third, _ = table.rows
    assert first == (dt.date(2024, 1, 3), "Gauge 1", "Pass", 3, "AB")
    assert type(first[0]) is dt.date and type(first[3]) is int
    assert second[0] == dt.datetime(2024, 2, 5, 10, 30)
    assert second[2] is None and second[3] == 2.5
    assert third[3] == 4 and type(third[3]) is int


def test_merged_cells_and_trailing_blanks(register_xlsx: Path) -> None:
    table = parse_file(register_xlsx, "calibration.xlsx").tables()[0]
    last = table.rows[-1]
    assert last[:2] == (dt.date(2024, 4, 2), "Gauge 4")
    assert last[4] == "AB"  # F7:F8 merged: the reader sees the value in both rows
    assert len(table.header) == 5  # the empty far cell H30 adds no column
    assert len(table.rows) == 4  # no trailing empty rows


def test_title_row_merged_across_columns_is_not_a_header(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Training log"
    ws.merge_cells("A1:C1")
    ws.append(["Name", "Course", "Date"])
    ws.append(["Ann", "Forklift", dt.date(2024, 5, 1)])
    path = tmp_path / "training.xlsm"
    wb.save(path)
    doc = parse_file(path, "training.xlsm")
    assert doc.format == "xlsm"
    table = doc.tables()[0]
    assert table.title == "Training log"
    assert table.header == ("Name", "Course", "Date")
    assert table.rows == (("Ann", "Forklift", dt.date(2024, 5, 1)),)


def test_sheet_without_header_gets_column_letters(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Numbers"
    for r in range(3):
        ws.append([r, r * 2.5])
    path = tmp_path / "numbers.xlsx"
    wb.save(path)
    table = parse_file(path, "numbers.xlsx").tables()[0]
    assert table.header == ("A", "B") and table.header_row is None
    assert table.rows[0] == (0, 0) and table.row_numbers == (1, 2, 3)


def test_row_limit_is_a_clear_error(register_xlsx: Path) -> None:
    from gapscan.ingest.base import Limits

    doc = parse_file(register_xlsx, "calibration.xlsx", Limits(max_rows=3))
    assert doc.status is Status.ERROR and "rows" in doc.error


def test_repeated_values_are_shared_and_types_kept_apart(tmp_path: Path) -> None:
    """A log repeats its values: each distinct one is one object, also after the trip from a parse
    worker (pickle), while True, 1 and 1.0 (equal as dict keys) keep the types a reader sees."""
    import openpyxl
    import pickle

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Status", "Checked", "Count"])
    for i in range(40):
        ws.append([dt.date(2024, 3, 1 + i % 3), "Closed" if i % 2 else "Open", True if i % 2 else 1,
                   1.0 if i % 2 else 1.5])
    path = tmp_path / "log.xlsx"
    wb.save(path)
    doc = pickle.loads(pickle.dumps(parse_file(path, "log.xlsx")))
    rows = doc.tables()[0].rows
    assert rows[0] == (dt.date(2024, 3, 1), "Open", 1, 1.5) and rows[1] == (dt.date(2024, 3, 2), "Closed", True, 1)
    assert [type(v) for v in rows[0][2:]] == [int, float] and [type(v) for v in rows[1][2:]] == [bool, int]
    assert len({id(r[1]) for r in rows}) == 2 and len({id(r[0]) for r in rows}) == 3
