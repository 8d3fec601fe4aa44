"""PS01-PS03 on small built sets: records and procedures that must fire, and clean twins."""
import datetime as dt
import random
from types import SimpleNamespace

from gapscan.model import Link, Severity
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01, PS02, PS03
from gapscan.rules.ps.common import procedure_texts, references
from recbuild import profile, record_doc, table, text_doc

PEOPLE = ["Ann Lee", "Bo Chan", "Cy Park", "Di Rossi"]


def _dated(path, start, n, every=1, header=("Date", "Machine", "Issue", "By"), values=None, title=None):
    rng = random.Random(path)
    values = values or (["Press 1", "Press 2", "Oven"], ["jam", "no power", "sensor fault"])
    rows = [(start + dt.timedelta(days=every * i), rng.choice(values[0]), rng.choice(values[1]), PEOPLE[i % 4])
            for i in range(n)]
    tbl = table(header, rows)
    prof = profile(path, tbl, {header[0]: "date", header[3]: "person", header[1]: "status"}, entry=header[0])
    return record_doc(path, tbl, title=title), prof


def _ctx(procs, recs, links=None):
    drift = SimpleNamespace(links=links or {})
    return Context(documents=tuple(procs) + tuple(d for d, _ in recs), records={p.path: p for _, p in recs},
                   drift=drift)


PROC = text_doc("procs/QP-07 Maintenance.docx", [
    "Operators log every calibration in form QF-11 within one shift.",
    "The maintenance supervisor keeps the calibration log and reviews it weekly.",
])


# ------------------------------------------------------------------ PS01

def test_link_strength():
    from gapscan.rules.ps.common import link_strength

    assert link_strength("config") == 3
    assert link_strength("code QF-08, title, fields") == 2
    assert link_strength("code QF-08, vocabulary") == 1
    assert link_strength("fields, vocabulary") == 0
    # Half a form title ("damages" of "damaged goods report") is a resemblance, not a naming.
    assert link_strength("title", 0.5) == 0
    assert link_strength("title, vocabulary", 0.65) == 0
    assert link_strength("code QF-31, title", 0.97) == 2
    assert link_strength("title", 0.8) == 2


def test_references_by_code_and_by_name():
    [proc] = procedure_texts(Context(documents=(PROC,)))
    assert references(proc, "records/QF11 gauge checks.xlsx", None) == "code QF11"
    assert references(proc, "records/Calibration_Log_2025_final.xlsx", None).startswith("name")
    assert references(proc, "records/downtime tracker.xlsx", None) is None
    assert references(proc, "records/log.xlsx", None) is None  # a generic one-word name proves nothing


def test_ps01_flags_unreferenced_records_ranked_by_use():
    start = dt.date(2025, 1, 1)
    by_code = _dated("records/QF-11 gauges.xlsx", start, 50, every=7)
    by_name = _dated("records/Calibration Log 2025.xlsx", start, 50, every=7)
    by_link = _dated("records/oven_temps.xlsx", start, 300)
    shadow_busy = _dated("records/downtime tracker.xlsx", start, 340)
    shadow_dead = _dated("records/old tool list.xlsx", dt.date(2024, 1, 1), 40, every=3)
    tiny = _dated("records/scratch.xlsx", start, 3)
    links = {PROC.path: (Link(path="records/oven_temps.xlsx", via="config", confidence=1.0),
                         Link(path="records/downtime tracker.xlsx", via="title", confidence=0.3),
                         # looking like the procedure's subject is not being governed by it
                         Link(path="records/old tool list.xlsx", via="fields, vocabulary", confidence=0.8))}
    found = list(PS01.check(_ctx([PROC], [by_code, by_name, by_link, shadow_busy, shadow_dead, tiny], links)))
    assert [f.path for f in found] == ["records/downtime tracker.xlsx", "records/old tool list.xlsx"]
    busy, dead = found
    assert busy.metrics["rank"] == 1 and dead.metrics["rank"] == 2
    assert busy.metrics["rows"] == 340
    newest = start + dt.timedelta(days=49 * 7)  # the weekly QF-11 record holds the newest date
    last_busy = start + dt.timedelta(days=339)
    assert busy.metrics["newest_in_set"] == newest.isoformat()
    assert busy.metrics["recent_entries"] == (last_busy - (newest - dt.timedelta(days=90))).days
    assert busy.metrics["people"] == 4
    assert busy.metrics["columns"] == ["Date", "Machine", "Issue", "By"]
    assert busy.severity is Severity.WARNING
    assert "Machine" in busy.message and "340 entries" in busy.message
    assert busy.location.cell == "A1"
    assert any(e.location and e.location.cell and e.location.cell.startswith("A") and e.location.row == 341
               for e in busy.evidence)  # the latest entry, row 341 of the sheet
    assert dead.metrics["recent_entries"] == 0
    assert dead.severity is Severity.INFO


def test_ps01_half_a_title_is_no_naming_and_a_naming_survives_a_resemblance_link():
    start = dt.date(2025, 1, 1)
    tally = _dated("records/bay 6 damages tally.xlsx", start, 60)
    named = _dated("records/Calibration Log 2025.xlsx", start, 60)
    # The linker saw half of a form title ("damaged goods report") in the tally's name, and only
    # similar fields in the calibration log that the procedure's text names.
    links = {PROC.path: (Link(path="records/bay 6 damages tally.xlsx", via="title", confidence=0.5),
                         Link(path="records/Calibration Log 2025.xlsx", via="fields", confidence=0.7))}
    found = list(PS01.check(_ctx([PROC], [tally, named], links)))
    assert [f.path for f in found] == ["records/bay 6 damages tally.xlsx"]
    full = {PROC.path: (Link(path="records/bay 6 damages tally.xlsx", via="title", confidence=0.8),)}
    assert [f.path for f in PS01.check(_ctx([PROC], [tally, named], full))] == []


def test_ps01_undated_entries_are_not_called_old():
    rows = [(f"{d:02d}/09", "22:00", 2.5, PEOPLE[d % 4]) for d in range(1, 29)]  # day/month, no year
    tbl = table(("Date", "Time", "Chill 1", "Who"), rows)
    undated = (record_doc("records/night temps.xlsx", tbl),
               profile("records/night temps.xlsx", tbl, {"Who": "person", "Chill 1": "number"}))
    dated = _dated("records/QF-11 gauges.xlsx", dt.date(2025, 1, 1), 50, every=7)
    [f] = PS01.check(_ctx([PROC], [undated, dated]))
    assert f.path == "records/night temps.xlsx"
    assert "recent_entries" not in f.metrics and f.metrics["dated_entries"] == 0
    # entries whose dates cannot be read do not show a log of work kept over weeks: a lead, not a finding
    # (test_ps01_evidence_strength.py); it was a warning before the evidence-strength gate
    assert f.severity is Severity.INFO and f.metrics["strength"] == "lead"
    assert "28 entries, none with a date that could be read" in f.message and "in the last 90 days" not in f.message


def test_ps01_without_procedures_says_nothing():
    rec = _dated("records/anything.xlsx", dt.date(2025, 1, 1), 30)
    assert list(PS01.check(_ctx([], [rec]))) == []  # nothing documented to compare the record with
    [f] = PS01.check(_ctx([PROC], [rec]))  # the same record beside a procedure that never names it
    assert f.path == "records/anything.xlsx" and f.metrics["rows"] == 30


# ------------------------------------------------------------------ PS02

def _batch_record(path, batches, start, extra_cols, kinds):
    header = ("Date", "Batch No", "Product", "Line") + extra_cols
    rng = random.Random(path)
    rows = [(start + dt.timedelta(days=i), b, rng.choice(["Hinge A", "Hinge B", "Bracket"]),
             rng.choice(["L1", "L2"])) + tuple(rng.choice(["ok", "hold", "x"]) for _ in extra_cols)
            for i, b in enumerate(batches)]
    tbl = table(header, rows)
    types = {"Date": "date", "Batch No": "identifier", "Product": "status", "Line": "status", **kinds}
    return record_doc(path, tbl), profile(path, tbl, types, entry="Date")


def test_ps02_fires_on_two_records_of_the_same_batches():
    batches = [f"B{24000 + i}" for i in range(120)]
    prod = _batch_record("prod/production_log.xlsx", batches, dt.date(2025, 1, 1), ("Qty",), {"Qty": "number"})
    qc = _batch_record("qc/final_inspection.xlsx", batches[10:70], dt.date(2025, 1, 11), ("Result",),
                       {"Result": "status"})
    [f] = PS02.check(_ctx([], [prod, qc]))
    assert f.path == "qc/final_inspection.xlsx"  # the smaller record carries it
    assert f.related == ("prod/production_log.xlsx",)
    m = f.metrics
    assert m["shared_values"] == 60
    assert m["containment"] == 1.0
    assert m["jaccard"] == 1.0  # over the period both cover, every inspected batch is in production
    assert m["compared_period"] == ["2025-01-11", "2025-03-11"]
    assert m["id_columns"] == ["Batch No", "Batch No"]
    assert ["Product", "Product"] in m["shared_columns"] and ["Line", "Line"] in m["shared_columns"]
    assert any(e.path == "prod/production_log.xlsx" and e.location.column == "Batch No" for e in f.evidence)


def test_ps02_fuzzy_headers_over_the_same_period():
    rng = random.Random(1)
    rows_a = [(dt.date(2025, 1, 1) + dt.timedelta(days=i), rng.choice(["Acme", "Brill"]), f"PO{i}", "steel", i)
              for i in range(60)]
    rows_b = [(dt.date(2025, 1, 20) + dt.timedelta(days=i), rng.choice(["Acme", "Brill"]), f"X{i}", "steel", i)
              for i in range(60)]
    a = table(("Date", "Supplier Name", "Order number", "Material", "Quantity"), rows_a)
    b = table(("Date received", "Supplier", "Order No.", "Material type", "Qty received"), rows_b)
    ta = {"Date": "date", "Supplier Name": "status", "Order number": "identifier", "Material": "status",
          "Quantity": "number"}
    tb = {"Date received": "date", "Supplier": "status", "Order No.": "identifier", "Material type": "status",
          "Qty received": "number"}
    recs = [(record_doc("p/goods_in.xlsx", a), profile("p/goods_in.xlsx", a, ta, entry="Date")),
            (record_doc("w/receipts.xlsx", b), profile("w/receipts.xlsx", b, tb, entry="Date received"))]
    [f] = PS02.check(_ctx([], recs))
    assert f.metrics["shared_column_count"] >= 3
    assert "shared_values" not in f.metrics  # the order numbers differ: a match on fields only
    assert f.metrics["period_overlap_days"] > 30
    # the sentence says how long the two lists ran side by side, the number behind "the same period"
    assert f"over {f.metrics['period_overlap_days']} days of the same period" in f.message


def test_ps02_two_undated_lists_with_the_same_columns_are_not_double_handling():
    # a real pack's risk register beside a copy of its template (same header, no dates, other rows): nothing
    # shows the same events recorded twice, so there is no duplicate recording a consultant could defend
    header = ("ID", "Asset", "Owner", "Impact", "Likelihood")
    types = {"ID": "identifier", "Asset": "status", "Owner": "status", "Impact": "status", "Likelihood": "status"}

    def rows(prefix):
        return [(f"{prefix}-{i}", ["Laptop", "Server", "CRM"][i % 3], ["Ops", "IT"][i % 2], ["Low", "High"][i % 2],
                 ["Rare", "Likely"][i % 2]) for i in range(20)]

    a, b = table(header, rows("R")), table(header, rows("T"))
    recs = [(record_doc("r/risk_register.md", a), profile("r/risk_register.md", a, types)),
            (record_doc("t/Risk_Register.md", b), profile("t/Risk_Register.md", b, types))]
    assert list(PS02.check(_ctx([], recs))) == []


def test_ps02_yearly_rollover_and_row_counters_are_not_duplicates():
    old = _batch_record("q/log_2024.xlsx", [f"A{i}" for i in range(50)], dt.date(2024, 1, 1), (), {})
    new = _batch_record("q/log_2025.xlsx", [f"C{i}" for i in range(50)], dt.date(2025, 3, 1), (), {})
    assert list(PS02.check(_ctx([], [old, new]))) == []
    counters = []
    for path, word in (("a/visitors.xlsx", "visitor"), ("b/keys.xlsx", "key")):
        tbl = table(("No", "Item"), [(i, f"{word} {i}") for i in range(1, 60)])
        counters.append((record_doc(path, tbl), profile(path, tbl, {"No": "identifier"})))
    assert list(PS02.check(_ctx([], counters))) == []


# ------------------------------------------------------------------ PS03

DEFECTS = ["seal leak", "short shot", "flash on parting line", "sink mark", "burn mark", "seal leak",
           "short shot", "seal leak"]


def _moulding_record():
    rng = random.Random(3)
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=i), rng.choice(["Injection press 3", "Injection press 5"]),
             rng.choice(DEFECTS), rng.choice(["regrind", "scrap"]), PEOPLE[i % 4]) for i in range(200)]
    tbl = table(("Date", "Machine", "Defect", "Disposition", "By"), rows)
    prof = profile("records/moulding_rejects.xlsx", tbl,
                   {"Date": "date", "Machine": "status", "Defect": "text", "Disposition": "status", "By": "person"},
                   entry="Date")
    return record_doc("records/moulding_rejects.xlsx", tbl), prof


def test_ps03_generic_procedure_misses_the_records_vocabulary():
    proc = text_doc("procs/Control of nonconforming output.docx", [
        "The organization shall ensure that outputs that do not conform to requirements are identified.",
        "Nonconforming outputs shall be controlled to prevent unintended use or delivery.",
        "Documented information describing the nonconformity and actions taken shall be retained.",
    ])
    rec = _moulding_record()
    links = {proc.path: (Link(path="records/moulding_rejects.xlsx", via="fields", confidence=0.7),)}
    [f] = PS03.check(_ctx([proc], [rec], links))
    assert f.path == proc.path
    terms = {t["term"]: t for t in f.metrics["missing_terms"]}
    assert "seal leak" in terms and terms["seal leak"]["count"] >= 40
    assert terms["seal leak"]["records"] == ["records/moulding_rejects.xlsx"]
    assert any(t in terms for t in ("short shot", "injection press", "regrind"))
    assert f.metrics["missing"] >= 3
    assert "ann" not in " ".join(terms)  # people's names are not vocabulary
    ev = f.evidence[0]
    assert ev.path == "records/moulding_rejects.xlsx" and ev.location.sheet == "Sheet1"


def test_ps03_procedure_that_speaks_the_work_is_clean():
    proc = text_doc("procs/Moulding rejects.docx", [
        "On injection press 3 and injection press 5 the setter checks every shot for a seal leak, a short shot, "
        "flash on the parting line, a sink mark or a burn mark.",
        "Rejected parts go to regrind if clean, otherwise to scrap; the setter logs the defect.",
    ])
    rec = _moulding_record()
    links = {proc.path: (Link(path="records/moulding_rejects.xlsx", via="fields", confidence=0.7),)}
    assert list(PS03.check(_ctx([proc], [rec], links))) == []


def test_ps03_needs_a_governed_record():
    proc = text_doc("procs/Generic.docx", ["The organization shall retain documented information."])
    rec = _moulding_record()
    weak = {proc.path: (Link(path="records/moulding_rejects.xlsx", via="title", confidence=0.3),)}
    assert list(PS03.check(_ctx([proc], [rec], weak))) == []
