"""PS03 reads the records of the work a procedure governs. A table that says how often each thing is to be done
("Annual", "Every 3 years") and dates nothing is the procedure's own requirements (a training matrix, a
maintenance plan): its words are not what the work's records talk about. The same words in dated entries are."""
import datetime as dt
import random
from types import SimpleNamespace

from gapscan.model import Link
from gapscan.rules.base import Context
from gapscan.rules.ps import PS03
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("procs/Training.docx", [
    "The organization shall determine the necessary competence of persons doing work under its control.",
    "Records of competence shall be retained as evidence.",
])
COURSES = ["Crane slinging", "Nail gun safety", "Truss handling", "Moisture meter use", "Sealant application"]
METHODS = ["Toolbox briefing", "Vendor workshop", "Mentored practice"]


def _check(header, rows, types, entry=None):
    path = "training/matrix.xlsx"
    tbl = table(header, rows)
    prof = profile(path, tbl, types, entry=entry)
    links = {PROC.path: (Link(path=path, via="config", confidence=1.0),)}
    ctx = Context(documents=(PROC, record_doc(path, tbl)), records={path: prof}, drift=SimpleNamespace(links=links))
    return list(PS03.check(ctx))


def test_a_matrix_of_cadences_with_no_dates_is_no_record_of_the_work():
    rng = random.Random(5)
    rows = [(c, rng.choice(METHODS), rng.choice(["Annual", "Every 3 years", "Biennial", "Every 2 years"]))
            for c in COURSES for _ in range(8)]
    assert _check(("Course", "Method", "Refresher Frequency"), rows,
                  {"Method": "status", "Refresher Frequency": "status"}) == []


def test_the_same_words_in_dated_entries_are_the_work():
    rng = random.Random(5)
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=i), rng.choice(COURSES), rng.choice(METHODS),
             rng.choice(["Annual", "Every 3 years"]), ["Ann Lee", "Bo Chan"][i % 2]) for i in range(40)]
    [f] = _check(("Date", "Course", "Method", "Refresher Frequency", "Trainee"), rows,
                 {"Date": "date", "Method": "status", "Refresher Frequency": "status", "Trainee": "person"},
                 entry="Date")
    assert f.rule == "PS03"


def test_an_undated_list_without_cadences_is_still_read():
    rng = random.Random(5)
    rows = [(c, rng.choice(METHODS), rng.choice(["Hall A", "Yard"])) for c in COURSES for _ in range(8)]
    [f] = _check(("Course", "Method", "Where"), rows, {"Method": "status", "Where": "status"})
    assert f.rule == "PS03"
