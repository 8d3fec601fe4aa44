"""The PS and SH plants of examples/harrow-vale (examples/README.md) are found; the clean counterparts are not."""
from pathlib import Path

import pytest

from gapscan import config as config_mod
from gapscan import engine

ROOT = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"
TRACKER = "records/Cell B defect tracker (do not delete).xlsx"


@pytest.fixture(scope="module")
def report():
    if not ROOT.is_dir():
        pytest.skip("examples/harrow-vale is not in this checkout")
    cfg = config_mod.load(config_mod.discover(ROOT))
    options = engine.RunOptions(select=("PS", "SH"), jobs=1, timestamp=False)
    result = engine.run([ROOT], cfg, options, warn=lambda msg: None)
    unreadable = [d.document.path for d in result.documents if d.document.status.value == "error"]
    if unreadable:
        # The plants below need every file; a parser failure is reported by the ingest tests.
        pytest.skip(f"example files not readable in this checkout: {unreadable}")
    return result


def _by_rule(report, code):
    return {f.path: f for f in report.findings if f.rule == code}


def _column(path, name):
    import openpyxl

    sheet = openpyxl.load_workbook(ROOT / path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    at = next(i for i, row in enumerate(rows) if name in row)
    column = rows[at].index(name)
    return {row[column] for row in rows[at + 1:] if row[column]}


def test_ps01_shadow_record(report):
    found = _by_rule(report, "PS01")
    assert list(found) == [TRACKER]  # every other record carries a code a procedure names
    m = found[TRACKER].metrics
    assert m["rows"] == 460 and m["recent_entries"] == 128 and m["rank"] == 1


def test_ps02_tracker_and_ncr_register(report):
    found = _by_rule(report, "PS02")
    pairs = {frozenset((f.path, *f.related)) for f in found.values()}
    assert frozenset((TRACKER, "records/QF-08 NCR Register.xlsx")) in pairs
    f = next(f for f in found.values() if TRACKER in (f.path, *f.related))
    assert f.metrics["id_columns"] == ["Batch", "Batch"]
    # the batch numbers both sheets hold, read from the sheets themselves
    tracker, register = _column(TRACKER, "Batch"), _column("records/QF-08 NCR Register.xlsx", "Batch")
    assert f.metrics["shared_values"] == len(tracker & register) == 47
    # the tracker's rows are hand copies of NCRs: machines and parts agree; only the count made at the
    # machine differs now and then, and the finding names those cells
    assert 0 < f.metrics["cells_differing"] <= f.metrics["cells_compared"] // 10
    assert {d["column"] for d in f.metrics["differences"]} == {"Qty affected"}
    # clean counterpart: complaints and NCRs are different entities
    assert frozenset(("records/QF-14 Customer Complaints Log.xlsx", "records/QF-08 NCR Register.xlsx")) not in pairs


def test_ps03_scrap_vocabulary_missing_from_qp16_not_wi22(report):
    found = _by_rule(report, "PS03")
    qp16 = found["procedures/QP-16 Production Planning and Control.pdf"]
    assert "records/QF-16 Scrap Log.csv" in qp16.related
    terms = " ".join(t["term"] for t in qp16.metrics["missing_terms"])
    assert "hermle" in terms and "valve body" in terms
    assert "procedures/WI-22 Final Inspection of Valve Bodies.docx" not in found


def test_sh01_ncr_register_spikes_before_both_audits(report):
    found = _by_rule(report, "SH01")
    ncr = found["records/QF-08 NCR Register.xlsx"]
    assert ncr.metrics["audits_with_spike"] == 2
    assert ncr.metrics["lift"] > 3
    for clean in ("records/QF-14 Customer Complaints Log.xlsx", "records/QF-21 5S Audit Scores.xlsx",
                  "records/HF-03 Near-Miss Log.csv", "records/QF-16 Scrap Log.csv"):
        assert clean not in found
    assert set(found) <= {"records/QF-08 NCR Register.xlsx", "records/QF-09 Corrective Action Log.csv"}


def test_sh02_near_miss_log_stopped(report):
    found = _by_rule(report, "SH02")
    assert list(found) == ["records/HF-03 Near-Miss Log.csv"]
    m = found["records/HF-03 Near-Miss Log.csv"].metrics
    assert m["status"] == "stopped" and m["last_entry"].startswith("2026-05") and m["days_silent"] > 150


def test_sh03_paperwork_review_only(report):
    found = _by_rule(report, "SH03")
    assert list(found) == ["management-review/Management Review Minutes 2026-04-22.docx"]
    m = next(iter(found.values())).metrics
    assert m["paperwork_share"] > 0.8
    assert {"margin", "delivery", "scrap and rework"} <= set(m["missing_business_topics"])
