"""A sheet that repeats another's rows is a view, not a period; a request dates its entry whatever its progress;
people's columns are read in the plural and as the one who asked."""
from __future__ import annotations

import datetime as dt

from gapscan.ingest import parse_file
from gapscan.records import profile

HEADER = ["Ref", "Hazard", "Score", "Band", "Holder"]
HOLDERS = ["Ann Lee", "Bo Chan", "Cy Dunn"]


def _workbook(path, sheets):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _register(n: int) -> list[list]:
    return [[f"H-{k:02d}", f"hazard number {k}", 4 * (k % 5) + 1, "Top" if k % 5 == 4 else "Lower",
             HOLDERS[k % 3]] for k in range(1, n + 1)]


def test_a_sheet_repeating_rows_of_the_register_is_not_counted_again(tmp_path):
    rows = _register(20)
    top = [r for r in rows if r[3] == "Top"]
    path = _workbook(tmp_path / "hazards.xlsx", [("Register", HEADER, rows), ("Top hazards", HEADER, top)])
    prof = profile(parse_file(path, path.name))
    assert prof.row_count == 20
    band = prof.column("Band")
    assert dict(band.top_values)["Top"] == 4
    assert not any("read as one record" in n for n in prof.notes)


def test_the_repeating_sheet_may_come_first(tmp_path):
    rows = _register(12)
    path = _workbook(tmp_path / "hazards.xlsx", [("Top", HEADER, rows[:3]), ("All", HEADER, rows)])
    prof = profile(parse_file(path, path.name))
    assert prof.row_count == 12


def test_period_sheets_sharing_a_few_rows_are_still_joined(tmp_path):
    # a month's sheet that carries one open item over from the month before is still its own period
    jan = [[dt.date(2025, 1, d), f"J{d}", 1, "Lower", "Ann Lee"] for d in range(2, 28, 3)]
    feb = [jan[-1]] + [[dt.date(2025, 2, d), f"F{d}", 1, "Lower", "Bo Chan"] for d in range(2, 27, 3)]
    header = ["Date", "Item", "Score", "Band", "Holder"]
    path = _workbook(tmp_path / "log.xlsx", [("Jan", header, jan), ("Feb", header, feb)])
    prof = profile(parse_file(path, path.name))
    assert prof.row_count == len(jan) + len(feb)


def test_a_request_dates_its_entry_though_the_work_has_not_started(tmp_path):
    path = tmp_path / "changes.csv"
    path.write_text("Change ID,Requester,Description,Requested Date,Scheduled Date,Implementation Status\n"
                    "c1,Dana Poole,Widen the gate,2025-04-05 17:33:36,2025-04-15,Not Started\n"
                    "c2,Eli Marsh,Patch the switch,2025-04-09 08:01:10,2025-04-20,Done\n", encoding="utf-8")
    prof = profile(parse_file(path, path.name))
    assert prof.entry_column == "Requested Date"
    assert prof.first_entry == dt.date(2025, 4, 5) and prof.last_entry == dt.date(2025, 4, 9)


def test_work_dated_by_its_own_day_still_drops_a_planned_row(tmp_path):
    path = tmp_path / "inspections.csv"
    path.write_text("Date,Area,Status\n2025-04-05,Dock,Done\n2025-04-12,Yard,Done\n2025-05-30,Dock,Scheduled\n",
                    encoding="utf-8")
    prof = profile(parse_file(path, path.name))
    assert prof.last_entry == dt.date(2025, 4, 12)


def test_people_columns_in_the_plural_and_the_requester(tmp_path):
    path = tmp_path / "actions.csv"
    lines = ["Item,Owners,Assignees,Requester,Raised on"]
    # each row its own people (no few names repeated, which would say "people" by themselves)
    first = ["Dana", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon", "Kim", "Lou", "Max", "Ned", "Oda"]
    names = [f"{f} Poole" for f in first]
    n = len(names)
    for k in range(n):
        lines.append(f"A{k},{names[k]},{names[(k + 1) % n]},{names[(k + 2) % n]},2025-04-{k + 1:02d}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prof = profile(parse_file(path, path.name))
    assert {c.name for c in prof.columns_of("person")} == {"Owners", "Assignees", "Requester"}
    assert set(prof.people) == set(names)
