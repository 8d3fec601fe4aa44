"""A sentence that gives the path of its log: the path is where the fields go, not a field, and it is
the record the claim is checked against.

The shape of 15 wrong DR04 findings on a held-out makerspace set (docs/SCORING.md, December 2026):
"Record material lots used, chamber filter %, and any purges/calibration actions in
`/machines/makerbot-method-x/logs/maintenance-log.csv`" gave the fields 'machines', 'logs' and
'maintenance-log.csv', and was checked against another machine's maintenance log.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.nlp.claims import claims_in_text
from gapscan.rules.dr import DR04

D = dt.date


def _fields(sentence: str):
    return [c.fields for c in claims_in_text(sentence) if c.kind == "field"]


def test_a_path_after_the_fields_is_no_field():
    assert _fields("Record material lots used, chamber filter %, and any purges/calibration actions in "
                   "`/machines/method-x/logs/maintenance-log.csv`.") == [
        ("material lots used", "chamber filter %", "purges", "calibration actions")]
    assert _fields("Record job completion, materials, and any calibration performed in "
                   "machines/sketch/logs/maintenance-log.csv.") == [
        ("job completion", "materials", "calibration performed")]


def test_one_thing_logged_where_it_goes_is_no_list_of_fields():
    # 'issues' is what is logged when there are any, in the file named
    assert _fields("Log issues in `/logs/incident-log.csv` if any.") == []


def test_the_record_the_sentence_names_by_path_is_the_one_checked(scan):
    scan.write("procedures/printer-a-sop.md",
               "# Printer A operating procedure\n\nRecord the material lot, chamber filter "
               "and purges in `records/printer-a/logs/maintenance-log.csv`.\n")
    days = [D(2026, 3, 2) + dt.timedelta(days=3 * i) for i in range(10)]
    scan.csv("records/printer-a/logs/maintenance-log.csv", ["Date", "Operator", "Task", "Notes"],
             [[d, "Ann Lee", "nozzle clean", ""] for d in days])
    # another printer's log, which has the columns the sentence asks for
    scan.csv("records/printer-b/logs/maintenance-log.csv", ["Date", "Operator", "Material lot", "Chamber filter",
                                                            "Purges"],
             [[d, "Bo Chan", f"LOT-{i}", "80%", i % 2] for i, d in enumerate(days)])
    ctx, result = scan.run()
    checks = result.checks_for("DR04")
    assert {c.record for c in checks} == {"records/printer-a/logs/maintenance-log.csv"}
    findings = list(DR04.check(ctx))
    assert sorted(f.metrics["field"] for f in findings) == ["chamber filter", "material lot", "purges"]
    assert all(list(f.related) == ["records/printer-a/logs/maintenance-log.csv"] for f in findings)
    assert "named in the sentence" in findings[0].metrics["record_chosen"]


def test_a_path_many_records_could_be_is_not_checkable(scan):
    scan.write("procedures/sop-template.md",
               "# Machine SOP template\n\nRecord the operator, material and purges in "
               "`/logs/maintenance-log.csv`.\n")
    days = [D(2026, 3, 2) + dt.timedelta(days=3 * i) for i in range(10)]
    for machine in ("router", "laser"):
        scan.csv(f"records/{machine}/logs/maintenance-log.csv", ["Date", "Task", "Notes"],
                 [[d, "clean", ""] for d in days])
    ctx, result = scan.run()
    assert list(DR04.check(ctx)) == []
    checks = result.checks_for("DR04")
    assert checks and {c.status for c in checks} == {ClaimStatus.NOT_CHECKABLE}
    assert "logs/maintenance-log.csv" in checks[0].detail


def test_a_field_asked_for_only_when_there_is_any_may_sit_in_the_notes(scan):
    scan.write("procedures/printer-c-sop.md",
               "# Printer C operating procedure\n\nRecord the job, the material lot and any quirks or "
               "babystep adjustments in `records/printer-c/logs/maintenance-log.csv`.\n")
    days = [D(2026, 3, 2) + dt.timedelta(days=3 * i) for i in range(10)]
    scan.csv("records/printer-c/logs/maintenance-log.csv", ["Date", "Operator", "Job", "Notes"],
             [[d, "Ann Lee", f"JOB-{i}", "bed re-levelled" if i % 4 == 0 else ""] for i, d in enumerate(days)])
    ctx, result = scan.run()
    by_field = {c.subject: c for c in result.checks_for("DR04")}
    assert by_field["quirks"].status is ClaimStatus.NOT_CHECKABLE
    assert "'Notes'" in by_field["quirks"].detail
    assert by_field["babystep adjustments"].status is ClaimStatus.NOT_CHECKABLE
    assert by_field["job"].status is ClaimStatus.HOLDS
    [f] = DR04.check(ctx)
    assert f.metrics["field"] == "material lot"
    assert "has no column for 'material lot'" in f.message


def test_column_names_in_backticks_are_still_fields():
    [fields] = _fields("Record `date`, `operator` and `result` in the press log.")
    assert [f.strip("`") for f in fields] == ["date", "operator", "result"]


def test_a_record_the_procedure_gives_the_path_of_rules_out_look_alikes(scan):
    # a machine's schedule page ends "See `logs/maintenance-log.csv`"; another machine's log, with a column
    # named like the item ('Nozzle checks'), was checked in its place
    scan.write("procedures/printer-a-maintenance.md",
               "# Maintenance, printer A\n\n## Weekly\n\n- Inspect the nozzle and belts.\n\n"
               "See `records/printer-a/logs/maintenance-log.csv`.\n")
    scan.csv("records/printer-a/logs/maintenance-log.csv", ["Date", "Operator", "Task"],
             [[D(2026, 3, 2) + dt.timedelta(days=7 * i), "Ann Lee", "general service"] for i in range(6)])
    scan.csv("records/printer-b/logs/maintenance-log.csv", ["Date", "Operator", "Nozzle checks"],
             [[D(2026, 1, 5) + dt.timedelta(days=40 * i), "Bo Chan", "ok"] for i in range(4)])
    _, result = scan.run()
    [check] = result.checks_for("DR02")
    assert check.record is None
    assert "no linked record is about this (records/printer-a/logs/maintenance-log.csv)" in check.detail


def test_a_bare_file_name_in_capitals_names_its_record(scan):
    # no backtick and no slash: only the extension's dot (in capitals) marks the path
    scan.write("procedures/press-sop.md",
               "# Press operating procedure\n\nRecord the operator, the die and the tonnage in PRESS-LOG.CSV.\n")
    days = [D(2026, 3, 2) + dt.timedelta(days=3 * i) for i in range(10)]
    scan.csv("records/PRESS-LOG.CSV", ["Date", "Operator", "Die"], [[d, "Ann Lee", "D-4"] for d in days])
    # another press's log, which has every column the sentence asks for
    scan.csv("records/press-2-log.csv", ["Date", "Operator", "Die", "Tonnage"],
             [[d, "Bo Chan", "D-9", 120] for d in days])
    ctx, result = scan.run()
    assert {c.record for c in result.checks_for("DR04")} == {"records/PRESS-LOG.CSV"}
    [f] = DR04.check(ctx)
    assert f.metrics["field"] == "tonnage"
    assert "named in the sentence (PRESS-LOG.CSV)" in f.metrics["record_chosen"]
