"""A column that names what was used (materials, chemicals, metals) is not a list of people. A held-out
cleanroom's evaporator run log ("Date, User Name, Materials, ...": Au, Cr, Ti, Ag) had its Materials column
read as people, so PS01 said "no column names who made them (49 people listed under User Name, Materials)":
gold and chromium counted as people who were listed."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.records import profile

USERS = ["Ana Ruiz", "Ben Okafor", "Cy Park", "Dee Lam"]
METALS = ["Au", "Cr", "Ti", "Ag", "Ni", "Ge"]


def _profile_csv(tmp_path: Path, header: str, rows: list[str]):
    path = tmp_path / "run-log.csv"
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return profile(doc)


def _rows(values: list[str]) -> list[str]:
    return [f"2025-03-{d:02d},{USERS[d % 4]},{values[d % len(values)]},{10 + d % 7}" for d in range(1, 29)]


def test_a_materials_column_of_element_symbols_is_not_people(tmp_path):
    prof = _profile_csv(tmp_path, "Date,User Name,Materials,Thickness", _rows(METALS))
    assert prof.column("Materials").type != "person"
    assert not set(METALS) & set(prof.people)
    assert set(prof.people) == set(USERS)


def test_named_materials_and_chemicals_are_not_people(tmp_path):
    for header, values in (("Material", ["Steel", "Brass", "Copper"]), ("Chemical", ["Acetone", "Ethanol"]),
                           ("Substance", ["Toluene", "Xylene", "Hexane"])):
        prof = _profile_csv(tmp_path, f"Date,User Name,{header},Thickness", _rows(values))
        assert prof.column(header).type != "person", header


def test_first_names_under_a_plain_header_are_still_people(tmp_path):
    # the same shape of column, under a header that names no thing: still read as people
    prof = _profile_csv(tmp_path, "Date,User Name,Crew,Thickness", _rows(["Lee", "Priya", "Craig"]))
    assert prof.column("Crew").type == "person"
