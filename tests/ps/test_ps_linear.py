"""The PS rules read each record and each procedure once per run and find namings through an
index: their results equal the pairwise definitions, and their work follows the size of the set."""
import datetime as dt
import random
import sys
from types import SimpleNamespace

from gapscan.model import Kind
from gapscan.rules.ps import common, ps03
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01, PS02, PS03
from gapscan.rules.ps.common import governed_records, procedure_texts, references
from recbuild import profile, record_doc, table, text_doc

PEOPLE = ["Ann Lee", "Bo Chan", "Cy Park", "Di Rossi"]
WORDS = ["calibration", "gauge", "scrap", "downtime", "training", "supplier", "complaint", "spill", "forklift",
         "permit", "audit", "waste", "boiler", "press", "oven", "valve", "seal", "pump", "bearing", "coolant"]


def _set(n_procs, n_recs, seed=3, rows=30):
    """Procedures that name records by code, by a phrase of their file name or title, or not at all."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    recs = []
    for r in range(n_recs):
        a, b = rng.sample(WORDS, 2)
        code = rng.choice([f"QF-{r}", f"EF{r}", ""])
        stem = rng.choice([f"{code} {a} {b} log", f"{a}_{b}_register_2025_final", f"{a} log", f"{a} {b}"])
        title = rng.choice([None, f"{b} {a} record", "Log"])
        path = f"records/{stem.strip()}.xlsx"
        tbl = table(("Date", "Item", "By"), [(start + dt.timedelta(days=i), f"{rng.choice(WORDS)} {rng.choice(WORDS)}",
                                             PEOPLE[i % 4]) for i in range(rows)])
        recs.append((record_doc(path, tbl, title=title),
                     profile(path, tbl, {"Date": "date", "By": "person"}, entry="Date")))
    procs = []
    for p in range(n_procs):
        said = [f"Keep the {' '.join(rng.sample(WORDS, rng.choice([1, 2, 3])))} records up to date." for _ in range(4)]
        said.append(f"Forms used: QF-{rng.randrange(n_recs)} and EF{rng.randrange(n_recs)}.")
        procs.append(text_doc(f"procs/QP-{p:03d} Procedure.docx", said))
    return Context(documents=tuple(procs) + tuple(d for d, _ in recs), records={p.path: p for _, p in recs},
                   drift=SimpleNamespace(links={}))


def test_indexed_naming_equals_pairwise_references():
    ctx = _set(40, 60)
    titles = {d.path: d.title for d in ctx.documents}
    expected = {proc.path: {r for r in ctx.records if references(proc, r, titles[r])}
                for proc in procedure_texts(ctx)}
    got = governed_records(ctx)
    assert got == expected
    assert sum(map(len, got.values())) > 20  # the set really has namings to find, by code and by name
    assert any(references(p, r, titles[r]).startswith("name") for p in procedure_texts(ctx)
               for r in got[p.path])


def test_each_procedure_and_cell_value_is_read_once_per_run(monkeypatch):
    ctx = _set(30, 30)
    texts, tokenised = [], []
    real_text, real_ids = common.document_text, ps03._identifiers
    monkeypatch.setattr(common, "document_text", lambda doc: texts.append(doc.path) or real_text(doc))
    monkeypatch.setattr(ps03, "_identifiers", lambda raw: tokenised.append(tuple(raw)) or real_ids(raw))
    monkeypatch.setattr(common, "_contains", lambda *a: (_ for _ in ()).throw(AssertionError("pairwise scan")))
    for rule in (PS01, PS02, PS03):
        list(rule.check(ctx))
    assert sorted(texts) == sorted(d.path for d in ctx.of_kind(Kind.PROCEDURE))  # once each, both rules
    distinct = {v for p in ctx.records.values() for v in p.table.column(1)}
    assert len(tokenised) == len(distinct)  # each distinct cell value once, however many records hold it
    # A new run (a new Context) reads afresh.
    list(PS01.check(_set(30, 30)))
    assert len(texts) == 60


def _work(ctx) -> int:
    """Python calls made inside gapscan while the PS rules run: a count of the work done that, unlike
    seconds, does not move with the machine's load (benchmarks, not tests, time things)."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call" and "/gapscan/" in frame.f_code.co_filename:
            calls += 1

    sys.setprofile(count)
    try:
        for rule in (PS01, PS02, PS03):
            list(rule.check(ctx))
    finally:
        sys.setprofile(None)
    return calls


def test_ps_work_grows_with_the_set_not_with_its_pairs():
    _work(_set(5, 5))  # load spaCy and the lexicon outside the measurement
    # A fresh Context each time: a second run on the same one would reuse what the first read.
    small = _work(_set(30, 30, seed=8))
    big = _work(_set(120, 120, seed=8))
    # 4x the documents: about 4x the work when linear (2.6x today: words are read once and looked up after),
    # 16x when every procedure is compared with every record.
    assert big < 7 * small, (small, big)


def _shift_log(path, people=PEOPLE):
    rng = random.Random(1)
    start = dt.date(2025, 1, 1)
    parts = ["valve body VB-40", "impeller IM-2", "bonnet BN-7", "seal carrier SC-1"]
    rows = [(start + dt.timedelta(days=i), rng.choice(["Days", "Nights", "Mon"]), rng.choice(parts),
             people[i % len(people)]) for i in range(80)]
    tbl = table(("Date", "Shift", "Part", "Operator"), rows)
    return record_doc(path, tbl), profile(path, tbl, {"Date": "date", "Shift": "status", "Operator": "person"},
                                          entry="Date")


def test_shift_and_calendar_words_are_neither_people_nor_terms():
    named = _shift_log("records/QF-20 defect log.xlsx")
    shadow = _shift_log("records/cell defects.xlsx", people=PEOPLE + ["Days", "Nights"])
    proc = text_doc("procs/QP-20 Control.docx", ["Defects are recorded on form QF-20 by the operator."])
    ctx = Context(documents=(proc, named[0], shadow[0]), records={named[1].path: named[1], shadow[1].path: shadow[1]},
                  drift=SimpleNamespace(links={}))
    [ps01] = PS01.check(ctx)
    assert ps01.path == "records/cell defects.xlsx"
    assert ps01.metrics["people"] == 4 and "Days" not in ps01.metrics["people_names"]
    [ps03] = PS03.check(ctx)
    top = set(ps03.metrics["top_terms"])
    assert {"valve body", "impeller", "bonnet", "seal carrier"} <= top
    assert not top & {"days", "nights", "mon", "day", "night"}
