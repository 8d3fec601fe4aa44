"""Odd and huge records: every one is profiled or reported as unreadable, nothing crashes."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from .harness import audit_both, engine_run, paths_of
from .samples import PROCEDURE, write, xlsx_file


def _many_sheets(wb):
    wb.remove(wb.active)
    for i in range(40):
        ws = wb.create_sheet(f"Week {i + 1}")
        ws.append(["Date", "Machine", "Reason", "Qty"])
        for j in range(5):
            ws.append([dt.date(2026, 1, 5) + dt.timedelta(days=7 * i + j), f"M{j}", "chatter", j + 1])
    wb.create_sheet("Empty sheet")
    chart = wb.create_sheet("Notes")
    chart["A1"] = "Only a note, no table"


def _formula_errors(wb):
    ws = wb.active
    ws.title = "Log"
    ws.append(["Date raised", "Part", "Qty", "Cost", "Ratio"])
    for i in range(20):
        ws.append([dt.date(2026, 2, 1) + dt.timedelta(days=i), "VB-40", i, "#DIV/0!" if i % 3 else 12.5,
                   f"=C{i + 2}/0"])
    ws["A10"] = "#REF!"
    ws["B12"] = "#N/A"
    ws["A15"] = "=NOW()"


def _extreme_dates(wb):
    ws = wb.active
    ws.append(["Date", "Checked by", "Result"])
    for i, day in enumerate([dt.date(1900, 1, 1), dt.date(1900, 2, 28), dt.date(1900, 3, 1),
                             dt.date(2099, 12, 31), dt.date(2026, 3, 1), dt.date(9999, 12, 31)]):
        ws.append([day, "A. Novak", "Pass"])
    ws.append([dt.datetime(1899, 12, 31, 0, 0), "A. Novak", "Pass"])
    ws.append([-5, "A. Novak", "Pass"])
    ws.append([2958466, "A. Novak", "Pass"])


ODD_CSVS = {
    "no-date.csv": "Part,Operator,Result\n" + "".join(f"VB-{i},J. Patel,Pass\n" for i in range(30)),
    "one-column.csv": "Batch\n" + "".join(f"B{i}\n" for i in range(25)),
    "header-only.csv": "Date,Machine,Reason,Qty\n",
    "header-only-no-newline.csv": "Date,Machine,Reason,Qty",
    "ragged.csv": ('Date,Machine,"Reason, long",Qty\n'
                   '2026-01-05,M1,"chatter, heavy ""very""",3\n'
                   '2026-01-06,M2\n'
                   '2026-01-07,M3,porosity,2,extra,extra2,extra3\n'
                   '"2026-01-08",M4,"multi\nline reason",1\n'
                   '2026-01-09,M5,"unterminated quote,4\n'
                   ',,,\n'
                   '2026-01-10,M6,porosity,x\n'),
    "semicolon.csv": "Datum;Maschine;Grund\n" + "".join(f"{i + 1:02d}.03.2026;M{i};Rattermarken\n" for i in range(20)),
    "bom-crlf.csv": "\ufeffDate,Result\r\n" + "".join(f"2026-02-{i + 1:02d},Pass\r\n" for i in range(20)),
    "latin1.csv": "Date,Prüfer,Ergebnis\n".encode("latin-1").decode("latin-1") + "".join(
        f"2026-03-{i + 1:02d},Müller,i.O.\n" for i in range(10)),
    "future-past.csv": ("Date,Result\n1900-01-01,Pass\n1900-06-30,Pass\n2099-12-31,Pass\n3000-01-01,Pass\n"
                        "0001-01-01,Pass\n2026-02-30,Pass\n31/12/1899,Pass\n"),
    "only-blank-lines.csv": "\n\n\n,,,\n\n",
    "nul-bytes.csv": "Date,Value\n2026-01-01,\x00\x00\n2026-01-02,5\n",
}


def test_odd_csv_and_xlsx_records(tmp_path):
    client = tmp_path / "client"
    write(client / "procedures" / "QP-14 Calibration.md", PROCEDURE)
    for name, text in ODD_CSVS.items():
        path = client / "records" / name
        if name == "latin1.csv":
            write(path, text.encode("latin-1"))
        else:
            write(path, text)
    xlsx_file(client / "records" / "many-sheets.xlsx", _many_sheets)
    xlsx_file(client / "records" / "formula-errors.xlsx", _formula_errors)
    xlsx_file(client / "records" / "extreme-dates.xlsx", _extreme_dates)
    xlsx_file(client / "records" / "empty-workbook.xlsx", lambda wb: None)
    report, data, r = audit_both([client], out_dir=tmp_path / "out", audit_dates=(dt.date(2026, 3, 17),))
    assert report.run_errors == (), report.run_errors
    assert not [d for d in report.documents if d.rule_errors]
    docs = paths_of(data)
    assert len(docs) == len(ODD_CSVS) + 5
    for name in ("no-date.csv", "one-column.csv", "ragged.csv", "semicolon.csv", "bom-crlf.csv", "latin1.csv",
                 "many-sheets.xlsx", "formula-errors.xlsx", "extreme-dates.xlsx"):
        doc = docs[f"records/{name}"]
        assert doc["status"] == "ok", (name, doc.get("error"))
    for doc in docs.values():
        if doc["status"] != "ok":
            assert doc["error"] and "\n" not in doc["error"] and "Traceback" not in doc["error"]
    assert paths_of(r.report).keys() == docs.keys()
    assert r.report["run_errors"] == []


def test_dates_far_in_the_future_and_past_are_not_used_as_activity(tmp_path):
    """A 1900 or 2099 typo must not stretch a record's span into centuries of silence."""
    client = tmp_path / "client"
    rows = ["Date,Result"] + [f"2026-{m:02d}-{d:02d},Pass" for m in range(1, 12) for d in (3, 10, 17, 24)]
    rows += ["1900-01-01,Pass", "2099-12-31,Pass"]
    write(client / "QF-30 daily check log.csv", "\n".join(rows) + "\n")
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    assert report.run_errors == ()
    assert data["documents"][0]["status"] == "ok"
    for finding in data["findings"]:
        assert "1900" not in finding["message"] and "2099" not in finding["message"], finding["message"]


@pytest.mark.slow
def test_record_of_100000_rows(tmp_path):
    client = tmp_path / "client"
    start = dt.date(2020, 1, 1)
    lines = ["Date raised,Batch,Machine,Reason,Qty,Found by"]
    for i in range(100_000):
        day = start + dt.timedelta(days=i // 60)
        lines.append(f"{day.isoformat()},B{i % 5000:05d},M{i % 12},{('chatter', 'porosity', 'burr')[i % 3]},"
                     f"{i % 9 + 1},{('J. Patel', 'A. Novak', 'K. Osei')[i % 3]}")
    write(client / "records" / "Cell B defect tracker.csv", "\n".join(lines) + "\n")
    write(client / "procedures" / "QP-14 Calibration.md", PROCEDURE)
    t0 = time.process_time()
    report, data = engine_run([client])
    cpu = time.process_time() - t0
    assert report.run_errors == ()
    doc = paths_of(data)["records/Cell B defect tracker.csv"]
    assert doc["status"] == "ok" and doc["kind"] == "record"
    assert cpu < 60, f"{cpu:.1f} s of CPU for one 100k-row record"


def test_short_windows_1252_csv_keeps_its_umlauts(tmp_path):
    client = tmp_path / "client"
    text = "Date,Prüfer,Ergebnis\n" + "".join(f"2026-03-{i + 1:02d},Müller,i.O.\n" for i in range(10))
    write(client / "Prüfprotokoll.csv", text.encode("cp1252"))
    report, data = engine_run([client])
    table = report.documents[0].document.tables()[0]
    assert table.header[1] == "Prüfer"
