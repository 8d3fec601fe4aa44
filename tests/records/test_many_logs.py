"""Which tables of a file are logs of their own: dated entries under a header of their own. A contents or
summary table, a document's revision history, a key/value block and one log split by period are not."""
from __future__ import annotations

import datetime as dt

from gapscan.ingest import parse_file
from gapscan.records import logs, profile


def _table(header, rows):
    return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                     + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def _dates(start, n, step):
    return [(start + dt.timedelta(days=step * i)).isoformat() for i in range(n)]


def test_tables_that_are_not_logs_stay_out(tmp_path):
    audits = [[d, "Stores", "Ann Lee"] for d in _dates(dt.date(2025, 1, 9), 4, 90)]
    text = ("# Quality records\n\n## Contents\n\n" + _table(["Section", "Page", "Owner"], [["Audits", "2", "QM"],
                                                                                           ["Training", "3", "HR"]])
            + "\n## Record owner\n\n" + _table(["Field", "Value"], [["Owner", "QM"], ["Reviewed", "2025-01-01"]])
            + "\n## Internal audits\n\n"
            + _table(["Audit date", "Area", "Auditor"], audits)
            + "\n## Training\n\n" + _table(["Date", "Employee", "Course"],
                                           [[d, "Bo Chan", "Forklift"] for d in _dates(dt.date(2025, 2, 3), 6, 30)])
            + "\n## Document history\n\n" + _table(["Version", "Date", "Change"],
                                                   [["1", "2024-01-01", "First issue"], ["2", "2025-01-01", "Layout"]]))
    path = tmp_path / "Quality records.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, path.name)
    found = logs(doc, profile(doc))
    assert [(p.name, p.entry_column, p.row_count) for p in found] == [("Internal audits", "Audit date", 4),
                                                                       ("Training", "Date", 6)]


def test_a_file_of_one_log_has_no_logs_apart(tmp_path):
    text = "# Training\n\n" + _table(["Date", "Employee", "Course"], [[d, "Bo", "Forklift"]
                                                                     for d in _dates(dt.date(2025, 2, 3), 6, 30)])
    text += "\n## Contents\n\n" + _table(["Section", "Page", "Owner"], [["Training", "1", "HR"]])
    path = tmp_path / "Training.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, path.name)
    assert logs(doc, profile(doc)) == ()


def test_one_log_split_by_period_is_one_record(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for month in (1, 2, 3):
        ws = wb.create_sheet(f"2025-{month:02d}")
        ws.append(["Date", "Chiller", "Checked by"])
        for day in range(1, 21):
            ws.append([dt.date(2025, month, day), "CH-1", "AB"])
    path = tmp_path / "Chiller log.xlsx"
    wb.save(path)
    doc = parse_file(path, path.name)
    prof = profile(doc)
    assert prof.row_count == 60 and logs(doc, prof) == ()
