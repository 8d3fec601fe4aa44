"""A table that shows no work done is a reference the organisation looks things up in, not a working record.

A makerspace's tool pages hold speed charts (drill size against wood), the protective equipment a tool needs
(item, Y/M) and a filament chart (material against printer, ticks and crosses). No row of these says that something was done, when or by whom: PS01 must not call them
records kept outside the system, and PS03 must not read a chart of marks as what the work's records talk about.
A table with a date column (even one whose days cannot be read), a column naming who made the entries, or a
status column of words is still read as a record."""
import datetime as dt
from types import SimpleNamespace

from gapscan.model import Link
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01, PS03
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("tools/workshop rules.md", [
    "Members clamp every workpiece before drilling and wear eye protection at the bench.",
    "The workshop officer checks the guards of each machine monthly and reports faults to the committee.",
])


def _rec(path, header, rows, types=None):
    tbl = table(header, rows)
    return record_doc(path, tbl), profile(path, tbl, types or {})


def _ctx(recs, links=None):
    return Context(documents=(PROC,) + tuple(d for d, _ in recs), records={p.path: p for _, p in recs},
                   drift=SimpleNamespace(links=links or {}))


SPEEDS = _rec("tools/bench drill.md", ("Bit", "Size (mm)", "Softwood rpm", "Hardwood rpm"),
              [(b, f"{lo}-{lo + 4}", 2600 - 100 * lo, 1400 - 60 * lo) for b in ("Twist", "Spade", "Forstner")
               for lo in (2, 7, 12, 17)])
PPE = _rec("tools/brazing torch.md", ("Item", "Requirement", "Notes"),
           [("Eye protection", "Y", "shade 5 or darker"), ("Gloves", "Y", "heat resistant"),
            ("Apron", "M", "long jobs"), ("Ear protection", "M", ""), ("Boots", "Y", "steel cap"),
            ("Respirator", "M", "coated metals")], {"Requirement": "status"})


def test_ps01_leaves_reference_tables_alone():
    assert list(PS01.check(_ctx([SPEEDS, PPE]))) == []


def test_ps01_still_reads_tables_that_show_work():
    undated_log = _rec("tools/guard checks.md", ("Date", "Machine", "Guard ok", "Checked by"),
                       [(f"{d:02d}/03", m, "yes", "Ann Lee") for d in range(1, 4) for m in ("lathe", "mill")])
    makers = _rec("tools/blade changes.md", ("Machine", "Blade", "Changed by"),
                  [(m, b, p) for m, b, p in (("saw", "60T", "Ann Lee"), ("saw", "40T", "Bo Chan"),
                                             ("bandsaw", "6 tpi", "Cy Park"), ("saw", "60T", "Di Rossi"),
                                             ("bandsaw", "10 tpi", "Ann Lee"))])
    status = _rec("club/repairs.md", ("Machine", "Fault", "Status"),
                  [(m, f, s) for m, f, s in (("lathe", "belt worn", "done"), ("mill", "no power", "open"),
                                             ("saw", "fence loose", "done"), ("sander", "dust port", "open"),
                                             ("drill", "chuck key lost", "done"))], {"Status": "status"})
    ratings = _rec("club/risks.md", ("Hazard", "Likelihood", "Impact", "Score"),
                   [(h, lk, im, lk * im) for h, lk, im in (("Kickback", 3, 4), ("Dust", 4, 2), ("Burns", 2, 3),
                                                           ("Noise", 4, 1), ("Cuts", 3, 3))])
    found = {f.path for f in PS01.check(_ctx([undated_log, makers, status, ratings]))}
    assert found == {"tools/guard checks.md", "tools/blade changes.md", "club/repairs.md", "club/risks.md"}


MATERIALS = [f"{base}{kind}" for base in ("PETG", "ABS", "ASA", "Nylon", "HIPS")
             for kind in ("", " (CF)", " (GF)", " (Matte)")]
MARKS = ["✅", "❌", "💨", "✅❌💨"]


def _chart():
    rows = [(m, MARKS[i % 3], MARKS[(i + 1) % 3], MARKS[3]) for i, m in enumerate(MATERIALS)]
    return _rec("tools/printers.md", ("", "Printer A", "Printer B", "Printer C"), rows,
                {"Printer A": "status", "Printer B": "status", "Printer C": "status"})


def test_ps03_does_not_read_a_chart_of_marks_as_the_work():
    chart = _chart()
    links = {PROC.path: (Link(path="tools/printers.md", via="config", confidence=1.0),)}
    assert list(PS03.check(_ctx([chart], links))) == []


def test_ps03_still_reads_the_same_words_in_dated_entries():
    rows = [(dt.date(2025, 3, 1) + dt.timedelta(days=i), MATERIALS[i % len(MATERIALS)], "Printer A",
             ["Ann Lee", "Bo Chan"][i % 2]) for i in range(40)]
    log = _rec("tools/print log.md", ("Date", "Material", "Printer", "By"), rows,
               {"Date": "date", "By": "person", "Printer": "status"})
    log = (log[0], profile("tools/print log.md", log[0].blocks[0].table,
                           {"Date": "date", "By": "person", "Printer": "status"}, entry="Date"))
    links = {PROC.path: (Link(path="tools/print log.md", via="config", confidence=1.0),)}
    [f] = PS03.check(_ctx([log], links))
    assert f.rule == "PS03"
