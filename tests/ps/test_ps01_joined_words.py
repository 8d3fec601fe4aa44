"""PS01 and a record whose name the procedure writes as one word where the file name has two ("Saltwater Usage
Tracking List" for Salt_water_Usage_Tracking.csv; "timesheet" for time-sheet.xlsx). A held-out coral lab's tank
systems procedure says to track every batch of mixed salt water on that list, and the list was still "kept
outside the documented system ... no procedure names it"."""
from __future__ import annotations

from types import SimpleNamespace

from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from recbuild import profile, record_doc, table, text_doc

ROWS = [(f"2025-06-{d:02d}", "10:00", 17 + d, 55, "ZD", "") for d in range(1, 13)]
HEADER = ("Date", "Time", "Salt_Added_(lb)", "DI_Added(in_gal)", "Person", "Notes")


def _ctx(sentence: str, path: str = "Data/Salt_water_Usage_Tracking.csv"):
    tbl = table(HEADER, ROWS)
    prof = profile(path, tbl, {"Person": "person", "Time": "text"})
    proc = text_doc("protocols/Tank systems.md", ["Fill the mixing tank with DI water and add salt slowly.", sentence])
    return Context(documents=(proc, record_doc(path, tbl)), records={path: prof}, drift=SimpleNamespace(links={}))


def test_a_name_written_as_one_word_names_the_two_word_file():
    ctx = _ctx("Whenever you make new saltwater, track the salt added on the Saltwater Usage Tracking List.")
    assert list(PS01.check(ctx)) == []


def test_the_joined_word_alone_does_not_name_it():
    # "saltwater" is the thing made; the record's name is more than its first two words
    (f,) = PS01.check(_ctx("Whenever you make new saltwater, check the salinity before use."))
    assert f.path == "Data/Salt_water_Usage_Tracking.csv"


def test_a_two_word_file_named_as_one_word():
    ctx = _ctx("Hours are entered on the timesheet every Friday.", path="Data/time-sheet.csv")
    assert list(PS01.check(ctx)) == []
