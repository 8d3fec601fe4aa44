"""A log with no header row: a line that starts with the time an entry was made is an entry, never the header.
Held out (drhold27, DanialGrey/secure-home-network): maintenance_log.csv holds one line a script appended,
"2025-06-12 09:28:48, Danial, Test"; it was read as a header over no entries, an empty form. A date alone may still
head a column (a rota's "Task,06/01/2025,13/01/2025")."""
from __future__ import annotations

from gapscan.ingest import parse_file


def _table(tmp_path, text: str, name: str = "maintenance_log.csv"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    doc = parse_file(tmp_path / name, name)
    (table,) = doc.tables()
    return table


def test_a_one_line_log_without_a_header_is_one_entry(tmp_path):
    table = _table(tmp_path, "2025-06-12 09:28:48, Danial, Test\n")
    # before: header ('2025-06-12 09:28:48', 'Danial', 'Test') over no rows
    assert table.header == ("A", "B", "C")
    assert [[str(v).strip() for v in row] for row in table.rows] == [["2025-06-12 09:28:48", "Danial", "Test"]]
    assert table.row_numbers == (1,)


def test_every_line_of_a_headerless_log_is_an_entry(tmp_path):
    table = _table(tmp_path, "12/06/2025 09:28, Danial, Router firmware checked\n"
                             "19/06/2025 10:02, Danial, Guest VLAN password rotated\n"
                             "26/06/2025 09:45 PM, Danial, Logs reviewed\n")
    assert len(table.rows) == 3 and table.header == ("A", "B", "C")


def test_a_header_row_and_dates_heading_columns_stay_headers(tmp_path):
    table = _table(tmp_path, "Date,Who,What\n2025-06-12 09:28:48,Danial,Test\n")
    assert table.header == ("Date", "Who", "What") and len(table.rows) == 1
    rota = _table(tmp_path, "Task,06/01/2025,13/01/2025\nFridge temperature,AR,BC\nFloor cleaned,AR,BC\n",
                  name="rota.csv")
    assert rota.header == ("Task", "06/01/2025", "13/01/2025") and len(rota.rows) == 2
