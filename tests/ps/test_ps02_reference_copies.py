"""PS02 and two copies of a reference table: a genomics lab keeps a vendor's list of index primer pairs twice, as
a workbook and as a csv export that has one row doubled. Each row is a barcode under its own name and every cell
a code: nothing in either copy was written down as work, so the pair is not the same work recorded twice. Two
copies of a log that dates its entries are still found."""
from __future__ import annotations

import datetime as dt

from ps_scan import rule_findings, write_csv

TOML = '[kinds]\n"*.md" = "procedure"\n"*.csv" = "record"\n'
PROC = ("# Library preparation\n\nAdd the index primer pair given on the plate map to each sample and record the "
        "pair used on the run sheet.\n")


def _pairs():
    bases = "ACGT"
    return [(f"UDI{n:04d}", "".join(bases[(n >> k) % 4] for k in range(8)),
             "".join(bases[(n >> k) % 4] for k in range(2, 10)), f"i7_UDI{n:04d}", f"i5UDI{n:04d}")
            for n in range(1, 41)]


HEADER = ("UDIndexName", "i7 Bases", "i5 Bases", "i7 Name", "i5 Name")


def test_two_copies_of_a_barcode_list_are_not_duplicate_recording(tmp_path):
    (tmp_path / "prep.md").write_text(PROC, encoding="utf-8")
    rows = _pairs()
    write_csv(tmp_path / "indexes" / "udi primer pairs.csv", HEADER, rows)
    write_csv(tmp_path / "indexes" / "udi pairs export.csv", HEADER, rows[:25] + [rows[24]] + rows[25:])
    assert rule_findings(tmp_path, "PS02", TOML) == []


def test_two_copies_of_a_dated_run_log_are_still_found(tmp_path):
    (tmp_path / "prep.md").write_text(PROC, encoding="utf-8")
    header = ("Run", "Date", "UDIndexName", "Sample", "Operator")
    rows = [(f"RUN-{n:03d}", (dt.date(2025, 1, 6) + dt.timedelta(days=n)).isoformat(), f"UDI{n:04d}",
             f"coral {n}", ("Ann Lee", "Bo Chan")[n % 2]) for n in range(1, 41)]
    write_csv(tmp_path / "runs" / "run log.csv", header, rows)
    write_csv(tmp_path / "runs" / "sequencing runs.csv", header, rows[:30])
    found = rule_findings(tmp_path, "PS02", TOML)
    assert len(found) == 1
