"""Time and measure profiling a large record: python bench/profile_record.py [ROWS] [--xlsx].

Generates a working log (dates in dd/mm/yyyy text, ids, people, statuses, numbers,
free text) as CSV (or XLSX with --xlsx) in a temporary folder, parses it with the real
parser, profiles it, and prints the parse and profile times and the peak memory.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


def generate(path: Path, rows: int, xlsx: bool) -> None:
    rng = random.Random(7)
    header = ["Ref", "Date", "Machine", "Operator", "Status", "Qty", "Checked", "Comment", "Date closed"]
    start = dt.date(2020, 1, 1)

    def row(i: int) -> list:
        day = start + dt.timedelta(days=i // 40)
        closed = day + dt.timedelta(days=rng.randint(0, 40))
        return [f"NC-{i:06d}", day.strftime("%d/%m/%Y"), f"M{rng.randint(1, 30)}",
                rng.choice(["Ann Lee", "Bob Price", "Cy Dunn", "Di Rees", "Shift Lead"]),
                rng.choice(["Open", "Closed", "On hold"]), rng.randint(1, 500), rng.choice(["Yes", "No"]),
                rng.choice(["", "", "burr on face", "wrong offset", "porosity in casting"]),
                closed.strftime("%d/%m/%Y") if rng.random() < 0.8 else ""]

    if xlsx:
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Log")
        ws.append(["Big log - generated"])
        ws.append(header)
        for i in range(rows):
            ws.append(row(i))
        wb.save(path)
    else:
        with path.open("w", encoding="utf-8") as fh:
            fh.write("Big log - generated\n" + ",".join(header) + "\n")
            for i in range(rows):
                fh.write(",".join(str(v) for v in row(i)) + "\n")


def main() -> None:
    rows = int(next((a for a in sys.argv[1:] if a.isdigit()), 100_000))
    xlsx = "--xlsx" in sys.argv
    from gapscan.ingest import parse_file
    from gapscan.records import profile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("big.xlsx" if xlsx else "big.csv")
        t = time.perf_counter()
        generate(path, rows, xlsx)
        print(f"generated {rows} rows ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        doc = parse_file(path, path.name)
        parse_s = time.perf_counter() - t
        if not doc.ok:
            print(f"parse failed: {doc.error}")
            return
        t = time.perf_counter()
        prof = profile(doc)
        profile_s = time.perf_counter() - t
        # memory in a second run: tracemalloc slows Python down too much to time under it
        tracemalloc.start()
        profile(doc)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(f"parse   {parse_s:.2f} s")
    print(f"profile {profile_s:.2f} s, peak memory allocated while profiling {peak / 1e6:.1f} MB")
    print(f"rows {prof.row_count}, entry column {prof.entry_column}, {prof.first_entry} .. {prof.last_entry}")
    print("columns: " + ", ".join(f"{c.name}={c.type}" for c in prof.columns))


if __name__ == "__main__":
    main()
