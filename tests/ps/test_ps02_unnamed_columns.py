"""PS02 names the columns two records have in common: a column with no name of its own (a blank header cell,
which gapscan calls by its letter, pandas' 'Unnamed: 8', Excel's 'Column1') is not a shared column. A real set
read "4 columns in common (I, ID, J, Stakeholder)"."""
from __future__ import annotations

import csv
from pathlib import Path

from test_ps02_exports import HEADER, ROWS, _ps02


def _with_extra(header_extra, rows, extra):
    return [HEADER + header_extra] + [row + extra(i) for i, row in enumerate(rows)]


def _write_csv(path: Path, table) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(table)


def _write_xlsx(path: Path, table) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for row in table:
        wb.active.append(row)
    wb.save(path)


def test_columns_without_a_name_are_not_columns_in_common(tmp_path):
    notes = lambda i: [f"checked {i % 4}", ["ok", "see mail", "open"][i % 3]]  # noqa: E731
    # blank header cells: gapscan names them by their letters, I and J, in both files
    _write_csv(tmp_path / "risk-register.csv", _with_extra(["", ""], ROWS, notes))
    _write_xlsx(tmp_path / "ops-risk-tracker.xlsx", _with_extra(["", ""], ROWS, notes))
    found = _ps02(tmp_path)
    assert len(found) == 1
    shared = [name for pair in found[0].metrics["shared_columns"] for name in pair]
    assert "Risk ID" in shared and "Asset" in shared
    assert not {"I", "J"} & set(shared), shared
    assert "(I," not in found[0].message and ", J" not in found[0].message, found[0].message


def test_export_placeholder_names_are_not_columns_in_common(tmp_path):
    notes = lambda i: [f"checked {i % 4}", ["ok", "see mail", "open"][i % 3]]  # noqa: E731
    _write_csv(tmp_path / "risk-register.csv", _with_extra(["Unnamed: 8", "Column1"], ROWS, notes))
    _write_xlsx(tmp_path / "ops-risk-tracker.xlsx", _with_extra(["Unnamed: 8", "Column1"], ROWS, notes))
    found = _ps02(tmp_path)
    assert len(found) == 1
    shared = {name for pair in found[0].metrics["shared_columns"] for name in pair}
    assert not {"Unnamed: 8", "Column1"} & shared, shared
    assert "Unnamed" not in found[0].message and "Column1" not in found[0].message
    assert found[0].metrics["shared_column_count"] == len(found[0].metrics["shared_columns"])
