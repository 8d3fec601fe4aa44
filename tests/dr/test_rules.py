"""Each DR rule on a small generated client folder: it fires with the right numbers, and a
near-miss that must stay quiet."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01, DR02, DR03, DR04, DR05, DR06, RULES

from .conftest import days

D = dt.date


# ---- DR01 unused-form

def _dr01(scan, with_filled: bool):
    scan.write("procedures/QP-12 Purchasing.md",
               "# Purchasing\n\nThe Buyer evaluates each supplier on the supplier list (QF-07).\n\n"
               "A supplier scoring under 60 gets a corrective action request on QF-19.\n")
    scan.csv("records/QF-07 Supplier list.csv", ["Supplier", "Score"], [["Acme", 80], ["Bolt", 55]])
    scan.csv("forms/QF-19 Supplier CAR template.csv", ["Supplier", "Problem", "Response"], [])
    if with_filled:
        scan.csv("records/QF19 requests 2026.csv", ["Supplier", "Problem"], [["Bolt", "late"]])
    return scan.findings(DR01)


def test_dr01_fires_when_only_the_blank_form_exists(scan):
    (f,) = _dr01(scan, with_filled=False)
    assert f.path == "procedures/QP-12 Purchasing.md"
    assert f.location.line == 5
    assert f.metrics["form"] == "QF-19"
    assert f.metrics["blank_forms"] == ["forms/QF-19 Supplier CAR template.csv"]
    assert "QF-19" in f.message and "blank form" in f.message
    assert "forms/QF-19 Supplier CAR template.csv" in f.related


def test_dr01_quiet_when_a_filled_instance_exists(scan):
    assert _dr01(scan, with_filled=True) == []


def test_dr01_quiet_when_the_scan_has_no_records(scan):
    scan.write("procedures/QP-12 Purchasing.md", "# P\n\nRequests go on QF-19.\n")
    assert scan.findings(DR01) == []


# ---- DR02 cadence-drift

PROC_CAL = ("# Calibration\n\nEach gauge on the calibration register (QF-11) is calibrated every 12 months "
            "by the Metrology Technician.\n")


def _calibration(scan, gap: int):
    rows = []
    for n, start in enumerate([D(2022, 1, 10), D(2022, 2, 14), D(2022, 3, 21)]):
        for d in days(start, [gap + n, gap - n, gap]):
            rows.append([f"G-{n + 1}", d, "Pass"])
    rows.sort(key=lambda r: r[1])
    scan.write("procedures/QP-14 Calibration.md", PROC_CAL)
    scan.xlsx("records/QF-11 Calibration register.xlsx", ["Instrument ID", "Calibration date", "Result"], rows,
              title="QF-11 Calibration register")
    return scan


def test_dr02_fires_on_long_intervals_with_metrics(scan):
    (f,) = _calibration(scan, gap=540).findings(DR02)
    m = f.metrics
    assert m["expected_interval_days"] == 365.2
    assert m["median_interval_days"] == 540
    assert m["share_over_limit"] == 1.0 and m["max_interval_days"] == 542
    assert m["grouped_by"] == "Instrument ID"
    assert f.location.line == 3
    assert f.related == ("records/QF-11 Calibration register.xlsx",)
    assert f.evidence and f.evidence[0].location.cell.startswith("B")


def test_dr02_quiet_when_cadence_is_kept(scan):
    assert _calibration(scan, gap=360).findings(DR02) == []


def _every_two_hours(scan, step_minutes: int | None):
    """A metal detector log: the claim is every 2 hours while the line runs, 06:00 to 16:00 on weekdays."""
    scan.write("procedures/SOP-07 Metal detection.md",
               "# Metal detection\n\nThe Line Leader tests the metal detector every 2 hours while the line runs "
               "and writes the result in the metal detector check log (FF-07).\n")
    rows = []
    for d in [x for x in days(D(2026, 1, 5), [1] * 40) if x.weekday() < 5]:
        for minute in range(6 * 60, 16 * 60 + 1, step_minutes or 600):
            rows.append([d, f"{minute // 60:02d}:{minute % 60:02d}", "Pass", "PK"] if step_minutes else
                        [d, "Pass", "PK"])
    header = ["Date", "Time", "Result", "Initials"] if step_minutes else ["Date", "Result", "Initials"]
    scan.csv("records/FF-07 Metal detector check log.csv", header, rows)
    return scan


def test_dr02_every_two_hours_is_measured_between_entries_of_a_day(scan):
    ctx, result = _every_two_hours(scan, step_minutes=120).run()
    (check,) = [c for c in result.checks if c.rule == "DR02"]
    assert check.status is ClaimStatus.HOLDS
    assert check.metrics["expected_interval_hours"] == 2 and check.metrics["median_interval_hours"] == 2
    assert "median interval 2.0 hours vs 2 expected" in check.detail


def test_dr02_fires_when_an_every_two_hours_check_is_done_every_four(scan):
    (f,) = _every_two_hours(scan, step_minutes=240).findings(DR02)
    assert f.metrics["median_interval_hours"] == 4 and f.metrics["share_over_limit"] == 1.0
    assert "median interval 4.0 hours vs 2 expected, between entries of the same day" in f.message
    assert f.evidence and f.evidence[0].location.cell.startswith("B")


def test_dr02_every_two_hours_without_times_is_not_checkable(scan):
    ctx, result = _every_two_hours(scan, step_minutes=None).run()
    (check,) = [c for c in result.checks if c.rule == "DR02"]
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert "no time of day" in check.detail


def _weekly(scan, last: D, newest: D):
    scan.write("procedures/HS-02 Fire alarm.md",
               "# Fire alarm\n\nThe fire alarm is tested weekly and the result written in the fire alarm "
               "test log (QF-30).\n")
    scan.csv("records/QF-30 Fire alarm test log.csv", ["Date", "Call point", "Tested by"],
             [[d, "CP1", "Facilities Lead"] for d in days(D(2026, 1, 5), [7] * 30) if d <= last])
    scan.csv("records/QF-31 Visitors.csv", ["Date", "Visitor"], [[newest, "A. Visitor"]])
    return scan


def test_dr02_fires_when_records_stopped_relative_to_newest_record_date(scan):
    (f,) = _weekly(scan, last=D(2026, 5, 4), newest=D(2026, 8, 28)).findings(DR02)
    assert f.metrics["stopped"] is True
    assert f.metrics["last_entry"] == "2026-05-04"
    assert f.metrics["reference_date"] == "2026-08-28"
    assert f.metrics["days_since_last_entry"] == (D(2026, 8, 28) - D(2026, 5, 4)).days
    assert f.metrics["median_interval_days"] == 7


def test_dr02_quiet_when_weekly_log_is_current(scan):
    # the log's last test (3 Aug) is 4 days before the newest date anywhere in the records
    assert _weekly(scan, last=D(2026, 8, 31), newest=D(2026, 8, 7)).findings(DR02) == []


# ---- DR03 deadline-drift

def _actions(scan, durations: list[int]):
    scan.write("procedures/QP-08 Corrective action.md",
               "# Corrective action\n\nCorrective actions are recorded in the corrective action log (QF-09). "
               "Each corrective action shall be closed within 30 days of raising the NCR.\n")
    rows = []
    for i, n in enumerate(durations):
        raised = D(2026, 1, 5) + dt.timedelta(days=7 * i)
        rows.append([f"CA-{i}", raised, raised + dt.timedelta(days=n), "Closed"])
    scan.csv("records/QF-09 Corrective action log.csv", ["CA No", "NCR raised", "Date closed", "Status"], rows)
    return scan


def test_dr03_fires_with_median_and_share_late(scan):
    (f,) = _actions(scan, [45, 50, 20, 60, 25, 40]).findings(DR03)
    m = f.metrics
    assert m["limit_days"] == 30
    assert m["median_days"] == 42.5
    assert m["share_late"] == round(4 / 6, 2) and m["closed"] == 6 and m["open_overdue"] == 0
    assert m["from_column"] == "NCR raised" and m["to_column"] == "Date closed"
    assert f.evidence[0].text.startswith("60 days")
    assert f.evidence[0].location.column == "Date closed"


def test_dr03_quiet_when_limit_is_met(scan):
    assert _actions(scan, [12, 20, 25, 28, 30, 14]).findings(DR03) == []


# ---- DR04 empty-required-field

def _inspection(scan, result_every: int, with_inspector: bool = True):
    scan.write("procedures/WI-10 Goods-in.md",
               "# Goods-in inspection\n\nThe goods-in record (QF-12) shall include the batch number, inspector "
               "and result.\n")
    header = ["Date", "Batch No."] + (["Inspector"] if with_inspector else []) + ["Result"]
    rows = []
    for i in range(10):
        row = [D(2026, 2, 2) + dt.timedelta(days=i), f"B{i:03d}"] + (["Ann"] if with_inspector else [])
        rows.append(row + (["Pass"] if i % result_every == 0 else [""]))
    scan.csv("records/QF-12 Goods-in record.csv", header, rows)
    return scan


def test_dr04_fires_on_an_often_empty_field(scan):
    (f,) = _inspection(scan, result_every=2).findings(DR04)
    assert f.metrics["field"] == "result"
    assert f.metrics["share_empty"] == 0.5
    assert f.metrics["rows"] == 10
    assert f.evidence[0].location.column == "Result"


def test_dr04_fires_on_a_missing_field(scan):
    (f,) = _inspection(scan, result_every=1, with_inspector=False).findings(DR04)
    assert f.metrics["field"] == "inspector" and f.metrics["column"] is None
    # a column the record does not have is not a column left empty: no 'share empty: 100%'
    assert "share_empty" not in f.metrics
    assert f.metrics["recorded"] == "not recorded in this log (no such column)"


def test_dr04_missing_field_reads_in_the_report(scan):
    from gapscan.report.common import metric_lines

    (f,) = _inspection(scan, result_every=1, with_inspector=False).findings(DR04)
    lines = metric_lines(f.metrics, rule="DR04")
    assert not any("share empty" in line for line in lines)
    assert any("not recorded in this log (no such column)" in line for line in lines)


def test_dr04_quiet_when_fields_are_filled(scan):
    assert _inspection(scan, result_every=1).findings(DR04) == []


# ---- DR05 role-drift

def _concessions(scan, approvers: list[str]):
    scan.write("procedures/QP-09 Concessions.md",
               "# Concessions\n\nEach concession on the concession register (QF-15) is approved by the Quality "
               "Manager.\n")
    scan.csv("records/QF-15 Concession register.csv", ["Ref", "Date", "Part", "Approved by"],
             [[f"C{i}", D(2026, 3, 1) + dt.timedelta(days=i), "VB-40", who] for i, who in enumerate(approvers)])
    return scan


def test_dr05_fires_and_names_who_does_the_work(scan):
    (f,) = _concessions(scan, ["Production Manager"] * 6 + ["Quality Manager"] * 2).findings(DR05)
    assert f.metrics["roles_expected"] == ["Quality Manager"]
    assert f.metrics["roles_seen"][0] == "Production Manager (6)"
    assert f.metrics["share_expected"] == 0.25
    assert "Production Manager (6 of 8)" in f.message
    # the act in the procedure's words, not the bare verb ("approving ('approved')")
    assert f.message.startswith("the procedure says 'Each concession on the concession register (QF-15) is approved "
                                "by the Quality Manager', but records show Production Manager (6 of 8)")


def test_dr05_act_is_the_clause_of_its_verb():
    from types import SimpleNamespace

    from gapscan.rules.dr import _act, _role_message

    def claim(sentence, action, role="Quality Manager", responsibility="approving"):
        return SimpleNamespace(sentence=sentence, action=action, role=role, responsibility=responsibility)

    assert _act(claim("Each evaluation shall be approved by the Quality Manager before the supplier is added "
                      "to the approved supplier list.", "approved")) == \
        "Each evaluation shall be approved by the Quality Manager"
    assert _act(claim("Calibration: the Metrology Technician reviews the register monthly; overdue gauges are "
                      "tagged.", "review", role="Metrology Technician")) == \
        "the Metrology Technician reviews the register monthly"
    # a table cell that never uses the verb keeps the verb, with the role named beside it
    check = SimpleNamespace(claim=claim("Sign-off | Quality Manager", "approve"), detail="records show QA (5 of 5)")
    assert _role_message(check) == "the procedure makes the Quality Manager approving ('approve'), but records show " \
                                   "QA (5 of 5)"


def test_dr05_quiet_when_the_role_does_it(scan):
    assert _concessions(scan, ["Quality Manager"] * 6 + ["QM", "Production Manager"]).findings(DR05) == []


def test_dr05_quiet_on_personal_names(scan):
    ctx_scan = _concessions(scan, ["Ann Lee", "Bob Price", "Ann Lee", "Bob Price", "Cy Dunn"])
    assert ctx_scan.findings(DR05) == []
    _, result = ctx_scan.run()
    (check,) = result.checks_for("DR05")
    assert check.status is ClaimStatus.NOT_CHECKABLE


# ---- DR06 step-drift

PROC_STEPS = ("# Press start-up\n\n## Steps\n\n1. Check the guard is closed\n2. Test the emergency stop\n"
              "3. Check the oil level\n4. Clean the bed\n\nEach check is ticked on the start-up checklist "
              "(QF-40).\n")


def _checklist(scan, items: list[str]):
    scan.write("procedures/WI-40 Press start-up.md", PROC_STEPS)
    scan.csv("records/QF-40 Start-up checklist.csv", ["Item", "Done", "Initials"],
             [[item, "Yes", "AL"] for item in items])
    return scan


def test_dr06_fires_listing_missing_steps_and_extra_items(scan):
    (f,) = _checklist(scan, ["Guard closed - check", "Emergency stop tested", "Check the oil level",
                             "Check air pressure"]).findings(DR06)
    assert f.metrics["steps_missing"] == ["Clean the bed"]
    assert f.metrics["items_extra"] == ["Check air pressure"]
    assert f.metrics["similarity"] == round(2 * 3 / 8, 2)
    assert f.evidence[0].text.endswith("Check air pressure")


def test_dr06_quiet_when_checklist_mirrors_the_steps(scan):
    assert _checklist(scan, ["Check guard closed", "Test emergency stop", "Check oil level",
                             "Clean bed"]).findings(DR06) == []


# ---- shared behaviour

def test_every_rule_is_implemented_and_documented():
    for rule in RULES:
        assert rule.implemented
        doc = rule.doc
        assert "Why" in doc and "How" in doc and "Fix" in doc


def test_weak_links_are_never_proof(scan):
    # the record only shares vocabulary with the procedure: no code, no title, no config
    scan.write("procedures/QP-30 Audits.md", "# Audits\n\nInternal audits of each area are carried out every "
                                              "2 months by a trained auditor.\n")
    scan.csv("records/planning sheet.csv", ["Date", "Internal audit area", "Auditor"],
             [[d, "Cell A", "Ann"] for d in days(D(2025, 1, 6), [200, 200, 200])])
    ctx, result = scan.run()
    links = result.links["procedures/QP-30 Audits.md"]
    assert links and all(link.confidence < 0.5 for link in links)
    assert list(DR02.check(ctx)) == []
    (check,) = result.checks_for("DR02")
    assert check.status is ClaimStatus.NOT_CHECKABLE


def test_config_link_makes_a_record_evidence(scan):
    scan.write("procedures/QP-30 Audits.md", "# Audits\n\nInternal audits are carried out every 2 months.\n")
    scan.csv("records/planning sheet.csv", ["Date", "Audit area"],
             [[d, "Cell A"] for d in days(D(2025, 1, 6), [200, 200, 200])])
    (f,) = scan.findings(DR02, config_links=[("procedures/QP-30 Audits.md", "records/planning sheet.csv")])
    assert f.metrics["median_interval_days"] == 200


def test_drift_scores(scan):
    _actions(scan, [45, 50, 20, 60, 25, 40])
    scan.write("procedures/QP-99 Notes.md", "# Notes\n\nThis page has no checkable statement.\n")
    _, result = scan.run()
    assert result.scores["procedures/QP-99 Notes.md"] is None
    score = result.scores["procedures/QP-08 Corrective action.md"]
    assert score is not None and 0 < score <= 100
    statuses = {c.kind: c.status for c in result.claims["procedures/QP-08 Corrective action.md"]}
    assert statuses["deadline"] is ClaimStatus.DRIFTED and statuses["form"] is ClaimStatus.HOLDS


def test_odd_documents_never_raise(scan):
    scan.write("procedures/empty.md", "# \n\n\n")
    scan.write("procedures/unicode.md", "# Ünïcödé\n\n1. ☐\n2. ☑ ✓\n3. —\n\nWithin days of . Every  months. "
                                        "Approved by the . QF- shall include , and .\n")
    scan.csv("records/odd.csv", ["", "Date", "Date"], [["", "32/13/2026", "x"], ["a", "", ""]])
    ctx, result = scan.run()
    for rule in RULES:
        list(rule.check(ctx))
    assert result.errors == {}
    assert result.scores["procedures/empty.md"] is None


def test_rule_options_change_the_thresholds(scan):
    from dataclasses import replace as with_

    _calibration(scan, gap=540)
    _inspection(scan, result_every=2)
    ctx, _ = scan.run()
    assert list(DR02.check(ctx)) and list(DR04.check(ctx))
    relaxed = with_(ctx, options={"DR02": {"tolerance": 0.6}, "DR04": {"max_share_empty": 0.6}})
    assert list(DR02.check(relaxed)) == [] and list(DR04.check(relaxed)) == []
