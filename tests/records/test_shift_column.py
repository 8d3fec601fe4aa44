"""A column of shift or day names is not a list of people (the defect tracker's 'Shift' column)."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.records import profile

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale" / "records"


def _profile_csv(tmp_path: Path, header: str, rows: list[str]):
    path = tmp_path / "log.csv"
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return profile(doc)


def test_shift_column_of_days_and_nights_is_not_people(tmp_path):
    rows = [f"2025-09-{d:02d},{'Days' if d % 3 else 'Nights'},{['Lee', 'Priya', 'Craig'][d % 3]}"
            for d in range(1, 29)]
    prof = _profile_csv(tmp_path, "Date,Shift,Found by", rows)
    assert prof.column("Shift").type == "status"
    assert prof.column("Found by").type == "person"
    assert set(prof.people) == {"Lee", "Priya", "Craig"}


def test_first_names_without_a_person_header_are_still_people(tmp_path):
    # the near miss: a few repeated capitalised first names, under a header that says nothing
    rows = [f"2025-09-{d:02d},{['Lee', 'Priya', 'May', 'Craig'][d % 4]}" for d in range(1, 29)]
    prof = _profile_csv(tmp_path, "Date,Crew", rows)
    assert prof.column("Crew").type == "person"


def test_weekday_column_is_not_people(tmp_path):
    rows = [f"2025-09-{d:02d},{['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][d % 5]}" for d in range(1, 29)]
    prof = _profile_csv(tmp_path, "Date,Day", rows)
    assert prof.column("Day").type != "person"


def test_example_defect_tracker_counts_six_people():
    path = EXAMPLES / "Cell B defect tracker (do not delete).xlsx"
    prof = profile(parse_file(path, f"records/{path.name}"))
    assert prof.column("Shift").type == "status"
    assert sorted(prof.people) == ["Craig", "Kieran", "Lee", "Martin", "Olu", "Priya"]


def test_customers_suppliers_and_destinations_are_not_people(tmp_path):
    # named like people ("Tesco Reading"), but they are who the entry is about, not who kept the record
    places = ["Tesco Reading", "Wilko Worksop", "Dunelm Stoke", "Boots Nottingham"]
    suppliers = ["Kent Watercress Beds", "Greenacre Packaging", "Fenland Leaf Growers"]
    rows = [f"2025-09-{d:02d},{places[d % 4]},{suppliers[d % 3]},{['Sam', 'Tina'][d % 2]}" for d in range(1, 29)]
    prof = _profile_csv(tmp_path, "Date,Destination,Supplier,Signed off by", rows)
    assert prof.column("Destination").type != "person"
    assert prof.column("Supplier").type != "person"
    assert set(prof.people) == {"Sam", "Tina"}


def test_a_by_column_of_things_is_not_people(tmp_path):
    # "Hit by" holds what hit the stock; the people are in "Who"
    hit = ["pump truck", "unknown", "reach truck", "Bendi"]
    rows = [f"2025-09-{d:02d},{hit[d % 4]},{['Sam', 'Tina', 'Ade'][d % 3]}" for d in range(1, 29)]
    prof = _profile_csv(tmp_path, "Date,Hit by,Who", rows)
    assert prof.column("Hit by").type != "person"
    assert set(prof.people) == {"Sam", "Tina", "Ade"}


def test_user_ids_and_roles_are_people(tmp_path):
    rows = [f"2025-09-{d:02d},{['s.morgan', 'wh.nights', 'Shift Lead'][d % 3]}" for d in range(1, 29)]
    prof = _profile_csv(tmp_path, "Date,User", rows)
    assert prof.column("User").type == "person"
    assert set(prof.people) == {"s.morgan", "wh.nights", "Shift Lead"}


def test_register_columns_of_things_are_not_people(tmp_path):
    # an asset register: capitalised names of things under headers that say what they are
    assets = ["Database Server", "Email System", "Company Laptops", "Backup Systems", "Network Infrastructure"]
    threats = ["Malware Attack", "Data Breach", "Power Outage"]
    rows = [f"{assets[d % 5]},{threats[d % 3]},{['IT Manager', 'Security Team'][d % 2]},2025-0{1 + d % 9}-01"
            for d in range(1, 13)]
    prof = _profile_csv(tmp_path, "Asset Name,Threat,Control Owner,Next_Review_Date", rows)
    assert [c.name for c in prof.columns if c.type == "person"] == ["Control Owner"]
    assert set(prof.people) == {"IT Manager", "Security Team"}
