"""examples/meadowgate-foods: the committed set is what its builder makes, `gapscan audit` finds every
gap planted in it (examples/README.md, one case per row) and says nothing DR or PS about the clean
counterparts. Cases the current rules miss are strict xfails: each turns into a failure the day the
rule starts to work, so the mark has to come off with the fix."""
from __future__ import annotations

import pytest

from example_audit import EXAMPLES, audit, builder, digests, has_number, hits, text, touching, verdicts

SET = EXAMPLES / "meadowgate-foods"
P, R = "procedures/", "records/"
FF02, FF04 = R + "FF-02 Goods Intake Log 2026.xlsx", R + "FF-04 Approved Supplier List.xlsx"
FF07, FF08 = R + "FF-07 Metal Detector Check Log L2 2026.xlsx", R + "FF-08 Daily Release Record 2026.xlsx"
FF09, FF10 = R + "FF-09 Glass and Hard Plastics Audit 2026.xlsx", R + "FF-10 CAPA Log.xlsx"
FF15, FF16 = R + "FF-15 Complaints Log.xlsx", R + "FF-16 Product Hold Register.xlsx"
FF17, FF18 = R + "FF-17 ATP Results.xlsx", R + "FF-18 Foreign Body Incident Log.xlsx"
WMS, NIGHT = R + "WMS blocked stock report.csv", R + "Night shift temps (Mick) DO NOT DELETE.xlsx"
FF12 = (R + "checklists/FF-12 Pre-start Checklist L2 2026-11-17.docx",
        R + "checklists/FF-12 Pre-start Checklist L2 2026-11-18.docx")
FF13 = (R + "checklists/FF-13 Changeover Clean L2 2026-11-16.docx",
        R + "checklists/FF-13 Changeover Clean L2 2026-11-18.docx")
SOP02, QP04, SOP07 = P + "SOP-02 Goods Intake.md", P + "QP-04 Supplier Approval.pdf", P + "SOP-07 Metal Detection.docx"
SOP08, SOP09 = P + "SOP-08 Positive Release.docx", P + "SOP-09 Glass and Hard Plastics Control.md"
SOP10, SOP11 = P + "SOP-10 Nonconformity and Corrective Action.pdf", P + "SOP-11 Allergen Changeover.md"
SOP14, QP15 = P + "SOP-14 Cleaning Verification by ATP.md", P + "QP-15 Customer Complaints.pdf"
WI12, WI13 = P + "WI-12 Line 2 Pre-start Check.docx", P + "WI-13 Line 2 Changeover Clean.docx"
FSM01 = P + "FSM-01 Food Safety Management System Manual.docx"
MR_JUL, MR_JAN = "management-review/Management Review 2026-07-14.docx", "management-review/Management Review 2026-01-20.docx"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return audit(SET, tmp_path_factory.mktemp("meadowgate") / "report.json")


def test_committed_set_is_what_the_builder_makes(tmp_path):
    builder("build_meadowgate").build(tmp_path / "set")
    assert digests(SET) == digests(tmp_path / "set")


def test_set_is_small_and_messy():
    from openpyxl import load_workbook

    assert sum(p.stat().st_size for p in SET.rglob("*") if p.is_file()) < 1024 * 1024
    book = load_workbook(SET / FF02, read_only=True)
    assert book.sheetnames[0] == "Jan 2026" and len(book.sheetnames) == 11
    headers = {tuple(next(ws.iter_rows(min_row=4, max_row=4, values_only=True))) for ws in book.worksheets}
    assert len(headers) == 1  # every month repeats the same header under its own title rows
    assert load_workbook(SET / FF17, read_only=True).sheetnames == ["2024", "2025", "2026"]


# Each case: rule, document the finding sits on, and what a reader must see in it.
PLANTS = [
    pytest.param("DR01", SOP11, lambda f: "ff-14" in text(f)
                 and "templates/ff-14 allergen changeover verification.md" in text(f), id="DR01-FF-14-blank-md"),
    pytest.param("DR02", SOP09, lambda f: FF09 in f.get("related", [])
                 and (has_number(f, 104, 106) or has_number(f, 33, 35)),
                 id="DR02-glass-every-Monday-bursts"),
    pytest.param("DR03", SOP10, lambda f: FF10 in f.get("related", []) and has_number(f, 28, 28)
                 and has_number(f, 52, 56), id="DR03-CAPA-28-days"),
    pytest.param("DR04", SOP02, lambda f: FF02 in f.get("related", []) and "product temp" in text(f)
                 and (has_number(f, 85, 91) or has_number(f, 9, 15)) and (has_number(f, 665, 665)
                                                                          or has_number(f, 496, 496)),
                 id="DR04-product-temp-under-a-fifth"),
    pytest.param("DR05", QP04, lambda f: FF04 in f.get("related", []) and "technical manager" in text(f)
                 and "purchasing manager" in text(f) and has_number(f, 28, 28),
                 id="DR05-technical-manager-signs-6-of-28"),
    pytest.param("DR06", WI13, lambda f: any(p in text(f) for p in (s.lower() for s in FF13))
                 and "sanitise" in text(f) and "floor drains" in text(f), id="DR06-changeover-docx-ticks"),
    pytest.param("PS01", NIGHT, lambda f: has_number(f, 1335, 1335), id="PS01-night-shift-temps"),
    pytest.param("PS02", FF16, lambda f: WMS in {f["path"], *f.get("related", [])} and has_number(f, 44, 46),
                 id="PS02-holds-in-register-and-WMS"),
    pytest.param("PS03", SOP10, lambda f: sum(t in text(f) for t in ("watercress", "listeria", "baby leaf",
                                                                      "ishida", "leakers", "label allergen")) >= 2,
                 id="PS03-capa-vocabulary"),
    pytest.param("SH01", FF10, lambda f: "2025-06-10" in text(f) or "2026-06-09" in text(f),
                 id="SH01-CAPA-before-audit"),
    pytest.param("SH02", FF18, lambda f: "2026-04-25" in text(f), id="SH02-foreign-body-log-stopped"),
    pytest.param("SH03", MR_JUL, lambda f: True, id="SH03-July-review-paperwork"),
]


@pytest.mark.parametrize("rule, path, check", PLANTS)
def test_planted_gap_is_found(report, rule, path, check):
    if rule == "PS02":
        found = touching(report, rule, path)
    else:
        found = hits(report, rule, path)
    assert any(check(f) for f in found), [(f["rule"], f["path"], f["message"]) for f in found]


def test_clause_mirroring_manual(report):
    for rule in ("CM01", "CM02", "CM03", "CM04", "CM05"):
        assert hits(report, rule, FSM01), rule
    found = verdicts(report)
    assert found[FSM01] == "mirrored"
    assert found[QP04] == "mixed"
    for path in (SOP02, SOP07, SOP08, SOP09, SOP11, SOP14, WI12, WI13):
        assert found[path] == "operational", path
        assert not [f for f in report["findings"] if f["rule"].startswith("CM") and f["path"] == path], path


def test_clause_headings_around_real_rules_read_as_mixed(report):
    assert verdicts(report)[QP15] == "mixed"


def test_clause_headings_around_real_rules_are_never_a_confident_operational(report):
    # what a reader is shown either way: mixed, or a verdict marked uncertain (no CM02 error on a guess)
    [found] = [d for d in report["documents"] if d["path"] == QP15]
    assert found["verdict"] == "mixed" or found["verdict_uncertain"]


# Each case: the rules that must stay quiet on a document whose records show it followed.
CLEAN = [
    pytest.param(("DR01",), (SOP02, SOP07, SOP08, SOP09, SOP10, QP15, SOP14, WI12, WI13),
                 id="DR01-every-other-form-filled"),
    pytest.param(("DR01",), (QP04,), id="DR01-QP-04-certificate-not-a-form"),
    pytest.param(("DR01",), (FSM01,), id="DR01-FSM-01-names-no-form"),
    pytest.param(("DR02",), (SOP07,), id="DR02-metal-detector-month-sheets"),
    pytest.param(("DR02",), (SOP08,), id="DR02-daily-release-month-sheets"),
    pytest.param(("DR02",), (SOP14,), id="DR02-ATP-weekly-per-year-sheets"),
    pytest.param(("DR02",), (QP04,), id="DR02-QP-04-not-checkable"),
    pytest.param(("DR02",), (SOP10,), id="DR02-SOP-10-meeting-not-checkable"),
    pytest.param(("DR03",), (QP15,), id="DR03-complaints-within-10-working-days"),
    pytest.param(("DR04",), (SOP08,), id="DR04-release-record-filled"),
    pytest.param(("DR04",), (SOP07,), id="DR04-metal-detector-pass-fail-values"),
    pytest.param(("DR04",), (SOP14,), id="DR04-ATP-result-values"),
    pytest.param(("DR05",), (SOP08, SOP14, SOP10, QP15), id="DR05-sign-off-columns-name-the-role"),
    pytest.param(("DR06",), (WI12,), id="DR06-pre-start-checklist-is-the-steps"),
    pytest.param(("PS03",), (SOP09, SOP14), id="PS03-procedures-name-their-areas-and-points"),
    pytest.param(("SH01",), (FF07, FF08, FF17), id="SH01-steady-records"),
    pytest.param(("SH02",), (FF10, FF15), id="SH02-logs-still-fed"),
    pytest.param(("SH03",), (MR_JAN,), id="SH03-January-review-on-the-business"),
]


@pytest.mark.parametrize("rules, paths", CLEAN)
def test_clean_counterpart_stays_quiet(report, rules, paths):
    found = [(f["rule"], f["path"], f["message"]) for f in report["findings"]
             if f["rule"] in rules and f["path"] in paths]
    assert found == []


def test_no_shadow_record_but_the_night_sheet(report):
    flagged = {f["path"] for f in report["findings"] if f["rule"] == "PS01"}
    assert flagged <= {NIGHT}, flagged


@pytest.mark.parametrize("pair", [(FF02, FF04), (FF08, FF16), (FF12[0], FF12[1]), (FF13[0], FF13[1])],
                         ids=["intake-vs-suppliers", "release-vs-holds", "two-FF-12", "two-FF-13"])
def test_related_records_are_not_duplicates(report, pair):
    assert touching(report, "PS02", *pair) == []
