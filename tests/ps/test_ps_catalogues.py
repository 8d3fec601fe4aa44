"""A catalogue is a reference the work looks things up in, not a record of the work.

A lab's wiki keeps a page of the supplies it usually buys (description, supplier, catalogue code) beside its
ordering how-to, and a protocol folder keeps the vendor's list of index barcodes (plate, well, index ID,
sequence). Each row is a thing, named by a code of its own; no row says that anything was done, when or by
whom. PS01 must not call such a list a record kept outside the system, and PS03 must not read the products of
a catalogue as what the ordering procedure's records talk about. The same list stays a record once it shows
work: a column of states (open, closed, in use), a count, a rating, or headers that name events (issue,
corrective action), and of course a date or a person column."""
import datetime as dt
from types import SimpleNamespace

from gapscan.model import Link
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01, PS03
from gapscan.rules.ps.common import reference_table
from gapscan.rules.ps.ps01 import undated_list
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("ordering.md", [
    "Raise a requisition in the purchasing system for every order and attach the quote when there is one.",
    "The approver checks the order against the grant before it is sent to the buyer.",
])

GOODS = [("200ul Pipette Tips, case of 4800", "Vendor A"), ("1000ul Pipette Tips, case of 3072", "Vendor A"),
         ("10ul Pipette Tips, extended", "Vendor A"), ("50mL Centrifuge Tubes, bulk, 500/unit", "Vendor B"),
         ("15mL Centrifuge Tubes, bulk, 500/unit", "Vendor B"), ("5mL Centrifuge Tubes, round bottom", "Vendor B"),
         ("Serological pipets; Capacity: 5mL; 200/case", "Vendor C"),
         ("Serological pipets; Capacity: 10mL; 200/case", "Vendor C"),
         ("Serological pipets; Capacity: 25mL; 200/case", "Vendor C")]


def _rec(path, header, rows, types=None, entry=None):
    tbl = table(header, rows)
    return record_doc(path, tbl), profile(path, tbl, types or {}, entry=entry)


def _ctx(recs, links=None):
    return Context(documents=(PROC,) + tuple(d for d, _ in recs), records={p.path: p for _, p in recs},
                   drift=SimpleNamespace(links=links or {}))


def _supplies():
    return _rec("lab/usual buys.md", ("Description", "Supplier", "Code"),
                [(d, s, f"{80000 + 37 * i}-{i:02d}") for i, (d, s) in enumerate(GOODS)],
                {"Supplier": "status", "Code": "identifier"})


def _barcodes():
    rows = [(plate, f"{r}{c}", f"UDP{n:04d}", "ACGTTGCA"[n % 8:] + "ACGTTGCA"[:n % 8])
            for n, (plate, r, c) in enumerate(((p, r, c) for p in "AB" for c in (1, 2) for r in "ABCD"), start=1)]
    return _rec("preps/files/index sequences.xlsx", ("Plate", "Well in Plate", "Index ID", "Index Sequence"), rows,
                {"Plate": "status", "Index ID": "identifier"})


def test_ps01_leaves_catalogues_alone():
    assert list(PS01.check(_ctx([_supplies(), _barcodes()]))) == []


def test_ps01_still_reads_lists_that_show_work():
    states = _rec("nc list.md", ("Ref", "Description", "Status"),
                  [(f"NC-{i:03d}", d, ("open", "closed")[i % 2]) for i, (d, _) in enumerate(GOODS)],
                  {"Ref": "identifier", "Status": "status"})
    counts = _rec("stock.md", ("Code", "Description", "Qty on hand"),
                  [(f"ST-{i:03d}", d, 3 + i) for i, (d, _) in enumerate(GOODS)], {"Code": "identifier"})
    events = _rec("problems.md", ("No", "Issue", "Corrective action"),
                  [(f"P{i:03d}", f"{d} arrived damaged", "returned to vendor") for i, (d, _) in enumerate(GOODS)],
                  {"No": "identifier"})
    rated = _rec("hazards.md", ("Risk ID", "Hazard", "Likelihood", "Impact"),
                 [(f"R-{i:02d}", d, 1 + i % 4, 2 + i % 3) for i, (d, _) in enumerate(GOODS)], {"Risk ID": "identifier"})
    found = {f.path for f in PS01.check(_ctx([states, counts, events, rated]))}
    assert found == {"nc list.md", "stock.md", "problems.md", "hazards.md"}


def test_ps01_reads_a_list_whose_codes_repeat():
    # the same code on several rows: entries about things, not one row per thing
    repeats = _rec("lab/bought.md", ("Description", "Supplier", "Code"),
                   [(d, s, ("80001", "80002")[i % 2]) for i, (d, s) in enumerate(GOODS)],
                   {"Supplier": "status", "Code": "identifier"})
    assert reference_table(repeats[1]) is None
    # bare, it has nothing of a log (no date, person, state, count): PS01 says nothing of it for that
    # (test_ps01_undated_lists.py); who ordered each shows work, and it is read
    assert undated_list(repeats[1]) and list(PS01.check(_ctx([repeats]))) == []
    ordered = _rec("lab/bought.md", ("Description", "Supplier", "Code", "Ordered by"),
                   [(d, s, ("80001", "80002")[i % 2], ("Ann Lee", "Bo Chan")[i % 2]) for i, (d, s) in enumerate(GOODS)],
                   {"Supplier": "status", "Code": "identifier", "Ordered by": "person"})
    assert [f.path for f in PS01.check(_ctx([ordered]))] == ["lab/bought.md"]


def test_ps03_does_not_read_a_catalogue_as_the_work():
    links = {PROC.path: (Link(path="lab/usual buys.md", via="file name", confidence=0.9),)}
    assert list(PS03.check(_ctx([_supplies()], links))) == []


def test_ps03_still_reads_the_same_goods_in_dated_orders():
    rows = [(dt.date(2025, 3, 1) + dt.timedelta(days=i), GOODS[i % len(GOODS)][0].split(",")[0],
             ["Ann Lee", "Bo Chan"][i % 2]) for i in range(40)]
    log = _rec("orders log.md", ("Date", "Item", "Ordered by"), rows,
               {"Date": "date", "Ordered by": "person"}, entry="Date")
    links = {PROC.path: (Link(path="orders log.md", via="config", confidence=1.0),)}
    [f] = PS03.check(_ctx([log], links))
    assert f.rule == "PS03"


def test_ps01_still_reads_registers_of_own_things_and_approved_suppliers():
    # unique codes alone do not make a catalogue: the organisation's own things described in words, and a list of
    # suppliers whose rows say where each stands, are registers someone keeps
    assets = _rec("lab/assets.md", ("Asset", "Description", "Location"),
                  [(f"AS-{i:03d}", f"{d.split(',')[0]} dispenser", ("bay one", "cold room")[i % 2])
                   for i, (d, _) in enumerate(GOODS)], {"Asset": "identifier"})
    approved = _rec("lab/vendors.md", ("Code", "Supplier", "Scope", "Status"),
                    [(f"V{i:02d}", s, d.split(",")[0], "approved") for i, (d, s) in enumerate(GOODS)],
                    {"Code": "identifier", "Supplier": "status", "Status": "status"})
    assert reference_table(assets[1]) is None and reference_table(approved[1]) is None
    found = {f.path for f in PS01.check(_ctx([assets, approved]))}
    # the asset list has no date, person, state or count: nothing of a log, so no PS01 (test_ps01_undated_lists.py)
    assert found == {"lab/vendors.md"}
