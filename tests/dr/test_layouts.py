"""DR rules on the record layouts real sites use: sheets per month, sign-off columns that
name the role, Role columns, result values, docx and csv checklists, blank templates.
Each plant is found with its numbers; each clean counterpart in the same layout stays quiet."""
from __future__ import annotations

import datetime as dt

import pytest

from gapscan.drift import header_role
from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01, DR02, DR04, DR05, DR06

from .conftest import days

D = dt.date

# ---- DR05: sign-off columns that name the role

RELEASE = ("# QP-09 Batch release\n\nEach batch is checked against the batch release record (QF-40). "
           "Every batch release is approved by the {role} before dispatch.\n")


def _release(scan, role: str):
    rows = [[d, f"B{100 + i}", "KT" if i % 3 else "AS", "JB"] for i, d in enumerate(days(D(2025, 3, 3), [1] * 24))]
    scan.write("procedures/QP-09 Batch release.md", RELEASE.format(role=role))
    scan.xlsx("records/QF-40 Batch release record.xlsx",
              ["Date", "Batch", "Verified (QA Lead)", "Approved by (Plant Manager)"], rows,
              title="QF-40 Batch release record 2025")
    return scan


def test_dr05_reads_the_role_from_the_sign_off_header(scan):
    # initials under 'Approved by (Plant Manager)' are the Plant Manager's approvals: checked, and kept
    _, result = _release(scan, "Plant Manager").run()
    (check,) = result.checks_for("DR05")
    assert check.status is ClaimStatus.HOLDS
    assert check.detail == "Plant Manager in 100% of entries (roles from header 'Approved by (Plant Manager)')"


def test_dr05_counts_a_sign_off_column_over_every_row_its_siblings_signed(scan):
    # the Purchasing Manager approves every supplier; the Technical Manager's column is signed on 6 of 28
    scan.write("procedures/QP-04 Supplier approval.md",
               "# QP-04 Supplier approval\n\nEvery new supplier is approved by the Technical Manager and entered "
               "on the approved supplier list (FF-04).\n")
    rows = [[f"Supplier {i}", D(2025, 1, 6) + dt.timedelta(days=9 * i), "IM", "HO" if i % 5 == 0 and i < 30 else None]
            for i in range(28)]
    scan.xlsx("records/FF-04 Approved supplier list.xlsx",
              ["Supplier", "Date approved", "Approved (Purchasing Manager)", "Approved (Technical Manager)"], rows)
    (f,) = scan.findings(DR05)
    m = f.metrics
    assert m["column"] == "Approved (Technical Manager)" and m["rows"] == 28
    assert m["share_expected"] == round(6 / 28, 2)
    assert m["roles_seen"] == ["Purchasing Manager (22)", "Technical Manager (6)"]
    assert m["roles_from"] == "headers 'Approved (Purchasing Manager)', 'Approved (Technical Manager)'"
    assert "Technical Manager in 6 of 28" in f.message
    assert f.evidence[0].location.cell == "C3" and f.evidence[0].text == "Approved (Purchasing Manager): IM"


def test_dr05_fires_when_the_sign_off_column_names_another_role(scan):
    (f,) = _release(scan, "Technical Manager").findings(DR05)
    m = f.metrics
    assert m["column"] == "Approved by (Plant Manager)"
    assert m["roles_from"] == "header 'Approved by (Plant Manager)'"
    assert m["roles_seen"] == ["Plant Manager (25)"] and m["share_expected"] == 0.0
    assert m["link_confidence"] >= 0.5
    assert f.evidence[0].location.cell == "D4" and "JB" in f.evidence[0].text


@pytest.mark.parametrize("header,role", [
    ("Approved by (Plant Manager)", "Plant Manager"), ("Verified (QA Lead)", "QA Lead"),
    ("QA Lead signature", "QA Lead"), ("Signed off: Shift Supervisor", "Shift Supervisor"),
    # a column's job, or a sign-off without a role, names nobody
    ("Owner", None), ("Operator", None), ("Checked by", None), ("Approved by", None), ("Batch (lot)", None)])
def test_header_role(header, role):
    assert header_role(header) == role


HYGIENE = ("# SOP-21 Hygiene inspection\n\nThe Hygiene Lead inspects each production area every day and "
           "records the inspection in the hygiene inspection log (QF-21).\n")


def _hygiene(scan, others: int):
    names = {"Hygiene Lead": "P. Okoro", "Shift Supervisor": "D. Lane", "Line Leader": "R. Mistry"}
    rows = []
    for i, d in enumerate(days(D(2025, 6, 2), [1] * 29)):
        role = ("Shift Supervisor" if i % 2 else "Line Leader") if i < others else "Hygiene Lead"
        rows.append([d, "Filling hall", names[role], role, "Pass"])
    scan.write("procedures/SOP-21 Hygiene inspection.md", HYGIENE)
    scan.csv("records/QF-21 Hygiene inspection log.csv", ["Date", "Area", "Inspected by", "Role", "Result"], rows)
    return scan


def test_dr05_fires_when_the_role_column_shows_others_doing_most(scan):
    (f,) = _hygiene(scan, others=24).findings(DR05)
    m = f.metrics
    assert m["roles_from"] == "column 'Role'"
    assert m["share_expected"] == round(6 / 30, 2)
    assert m["roles_seen"][:2] == ["Line Leader (12)", "Shift Supervisor (12)"]
    assert "Hygiene Lead in 6 of 30" in f.message
    assert f.evidence and f.evidence[0].location.row == 2


def test_dr05_quiet_when_the_role_column_shows_the_named_role(scan):
    assert _hygiene(scan, others=4).findings(DR05) == []


# ---- DR02: a weekly round on a named weekday; a daily check kept one sheet per month

ROUND = ("# SOP-30 Hygiene round\n\nThe QA Lead walks the hygiene round every Monday and records the findings "
         "in the hygiene round log (QF-33).\n")


def _mondays(start: D, n: int) -> list[D]:
    return [start + dt.timedelta(weeks=k) for k in range(n)]


def test_dr02_finds_a_weekly_round_kept_only_in_bursts(scan):
    # a burst of five entries (Mon-Fri) every sixth week: 30 entries, but only 6 rounds in 26 weeks
    dates = [m + dt.timedelta(days=d) for m in _mondays(D(2025, 1, 6), 26)[::6] for d in range(5)]
    scan.write("procedures/SOP-30 Hygiene round.md", ROUND)
    scan.csv("records/QF-33 Hygiene round log.csv", ["Date", "Area", "Findings", "Checked by"],
             [[d, "Dispatch", "none", "QA Lead"] for d in dates])
    (f,) = scan.findings(DR02)
    m = f.metrics
    assert m["expected_interval_days"] == 7 and m["dated_entries"] == 25 and m["occasions"] == 5
    assert m["median_interval_days"] == 42 and m["share_over_limit"] == 1.0
    assert "25 entries made on only 5 occasions" in f.message
    assert f.evidence[0].location.row == 22  # CSV line of the first entry after the last six-week gap
    assert m["link_confidence"] >= 0.5


def test_dr02_quiet_when_the_round_is_walked_every_monday(scan):
    # every Monday, a bank holiday moved to the Tuesday, one Christmas week missed
    dates = [m for m in _mondays(D(2025, 1, 6), 52) if m != D(2025, 12, 22)]
    dates = [d + dt.timedelta(days=1) if d == D(2025, 5, 26) else d for d in dates]
    scan.write("procedures/SOP-30 Hygiene round.md", ROUND)
    scan.csv("records/QF-33 Hygiene round log.csv", ["Date", "Area", "Findings", "Checked by"],
             [[d, "Dispatch", "none", "QA Lead"] for d in dates])
    assert scan.findings(DR02) == []


def test_dr02_on_a_round_kept_in_runs_says_it_is_the_missed_weeks_not_the_median(scan):
    # four Mondays in a row, then eight weeks with no round, five times: the intervals that are there are a week
    # (median 7, a fifth over the limit), but 32 of the 51 weeks the gaps span have no entry
    dates = [D(2025, 1, 6) + dt.timedelta(weeks=12 * run + k) for run in range(5) for k in range(4)]
    scan.write("procedures/SOP-30 Hygiene round.md", ROUND)
    scan.csv("records/QF-33 Hygiene round log.csv", ["Date", "Area", "Findings", "Checked by"],
             [[d, "Dispatch", "none", "QA Lead"] for d in dates])
    (f,) = scan.findings(DR02)
    m = f.metrics
    assert (m["median_interval_days"], m["share_over_limit"], m["limit_days"]) == (7, 0.21, 10.8)
    assert (m["periods_missed"], m["periods"], m["share_periods_missed"]) == (32, 51, 0.63)
    assert f.message == ("'every Monday' is not kept in records/QF-33 Hygiene round log.csv: 32 of 51 weekly periods "
                         "have no entry (63%, more than 30%); within the limits: median interval 7 days vs "
                         "7 stated, 21% of 19 intervals over 10.8 days")
    # the documents' claims table says the same as the finding, not the median that is on time
    _, result = scan.run()
    (check,) = result.checks_for("DR02")
    assert f.message.endswith(": " + check.detail)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHILLER = ("# SOP-11 Chiller temperatures\n\nThe Shift Leader checks the chiller temperature daily and writes "
           "it in the chiller temperature log (QF-14). Each entry shall include the date, the chiller, the "
           "temperature and the initials.\n")


def _weekdays(year: int, month: int, upto: int = 31):
    d = D(year, month, 1)
    while d.month == month and d.day <= upto:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


def _chiller_book(scan, last_month: int = 12):
    sheets = [(m, f"Chiller temperature log {m} 2025", ["Date", "Chiller", "Temperature (C)", "Initials"],
               [[d, "CH-1", 3.4, "RM"] for d in _weekdays(2025, i + 1)])
              for i, m in enumerate(MONTHS) if i < last_month]
    scan.write("procedures/SOP-11 Chiller temperatures.md", CHILLER)
    scan.workbook("records/QF-14 Chiller temperature log 2025.xlsx", sheets)
    # another record dated to the end of the year: the newest date in the set
    scan.csv("records/QF-90 Visitors.csv", ["Date", "Visitor"], [[D(2025, 12, 31), "A. Visitor"]])
    return scan


def test_dr02_reads_a_month_per_sheet_workbook_as_one_log(scan):
    _, result = _chiller_book(scan).run()
    (check,) = result.checks_for("DR02")
    assert check.status is ClaimStatus.HOLDS
    assert check.metrics["dated_entries"] == 261 and check.metrics["median_interval_days"] == 1
    assert scan.findings(DR02) == [] and scan.findings(DR04) == []


def test_dr02_on_a_month_per_sheet_workbook_names_the_sheet_where_it_stopped(scan):
    (f,) = _chiller_book(scan, last_month=9).findings(DR02)
    assert f.metrics["last_entry"] == "2025-09-30" and f.metrics["stopped"] is True
    (stop,) = [e for e in f.evidence if e.text.startswith("last entry")]
    assert stop.location.sheet == "Sep" and stop.location.cell == "A25"  # 22 weekdays under 3 title/header rows


# ---- DR04: result values are not fields; a mandatory field left mostly empty

GUARDS = ("# WI-12 Guard checks\n\nBefore start-up the operator checks each guard on the guard check log (QF-12) "
          "and shall record the date, the guard, Pass/Fail and the initials.\n")


def test_dr04_does_not_read_pass_fail_as_columns(scan):
    scan.write("procedures/WI-12 Guard checks.md", GUARDS)
    scan.csv("records/QF-12 Guard check log.csv", ["Date", "Guard", "Result", "Initials"],
             [[d, f"G{i % 4}", "Pass", "AK"] for i, d in enumerate(days(D(2025, 2, 3), [1] * 20))])
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert set(checks) == {"date", "guard", "result", "initials"}
    assert checks["result"].metrics["column"] == "Result"
    assert scan.findings(DR04) == []


CORRECTIVE = ("# SOP-11 Chiller temperatures\n\nThe Shift Leader checks the chiller temperature daily on the "
              "chiller temperature log (QF-14). The corrective action column is mandatory.\n")


def _corrective(scan, filled_every: int):
    rows = [[d, "CH-1", 3.4, "RM", "none needed" if i % filled_every == 0 else None]
            for i, d in enumerate(days(D(2025, 2, 3), [1] * 29))]
    scan.write("procedures/SOP-11 Chiller temperatures.md", CORRECTIVE)
    scan.csv("records/QF-14 Chiller temperature log.csv",
             ["Date", "Chiller", "Temperature (C)", "Initials", "Corrective action"], rows)
    return scan


def test_dr04_finds_a_mandatory_column_filled_in_under_a_fifth_of_rows(scan):
    (f,) = _corrective(scan, filled_every=6).findings(DR04)
    m = f.metrics
    assert m["field"] == "corrective action" and m["column"] == "Corrective action"
    assert m["rows"] == 30 and m["share_empty"] == 0.83
    assert "'Corrective action' empty in 83% of 30 rows" in f.message
    assert f.evidence[0].location.row == 3 and f.evidence[0].location.column == "Corrective action"


def test_dr04_quiet_when_the_mandatory_column_is_filled(scan):
    assert _corrective(scan, filled_every=1).findings(DR04) == []


# ---- one claim said several ways: one finding

def test_a_cadence_said_three_ways_gives_one_finding(scan):
    scan.write("procedures/SOP-40 Pest control.md",
               "# SOP-40 Pest control\n\nBait points are inspected weekly and recorded on the bait point log "
               "(QF-41).\n\nEach week the Hygiene Lead walks all bait points.\n\n"
               "Every week the bait point log is signed off.\n")
    scan.csv("records/QF-41 Bait point log.csv", ["Date", "Bait points", "Activity", "Inspected by"],
             [[d, 12, "none", "Hygiene Lead"] for d in days(D(2025, 1, 6), [21] * 12)])
    (f,) = scan.findings(DR02)
    assert f.metrics["statements"] == 3
    assert f.metrics["stated_as"] == ["weekly", "Each week", "Every week"]
    assert f.metrics["lines"] == [3, 5, 7]
    assert f.metrics["median_interval_days"] == 21


# ---- DR06: checklists kept as docx tables with ticks, or as csv columns

STEPS = ["Check the guard is fitted", "Test the emergency stop", "Check the oil level", "Check the belt tension",
         "Clean the sealing jaws"]
DRIFTED_ITEMS = ["Check the guard is fitted", "Test the emergency stop", "Check the film roll", "Check the date coder"]
PRESTART = ("# WI-31 Pre-start checks of the flow wrapper\n\n## Steps\n\n"
            + "\n".join(f"{i}. {s}." for i, s in enumerate(STEPS, 1))
            + "\n\nRecord the checks on the pre-start checklist.\n")


def _docx_checklist(scan, items):
    # one table a week, ticks under the weekdays: the items are the rows, not the day columns
    scan.write("procedures/WI-31 Pre-start checks.md", PRESTART)
    week = (["Check item", "Mon", "Tue", "Wed", "Thu", "Fri"], [[it] + ["✓"] * 5 for it in items])
    scan.docx("records/Pre-start checklist line 2.docx", "Pre-start checklist", ["Line 2, March"], [week] * 3)
    return scan


def test_dr06_finds_a_docx_checklist_whose_items_differ_from_the_steps(scan):
    (f,) = _docx_checklist(scan, DRIFTED_ITEMS).findings(DR06)
    m = f.metrics
    assert m["steps_missing"] == ["Check the oil level", "Check the belt tension", "Clean the sealing jaws"]
    assert m["items_extra"] == ["Check the film roll", "Check the date coder"]
    assert m["steps"] == 5 and m["items"] == 4 and m["similarity"] == 0.44
    assert "3 step(s) never recorded; 2 recorded item(s) the procedure lacks" in f.message
    record = "records/Pre-start checklist line 2.docx"
    assert [e.text for e in f.evidence] == ["item not in the procedure: Check the film roll",
                                            "item not in the procedure: Check the date coder",
                                            f"step never recorded in {record}: Check the oil level",
                                            f"step never recorded in {record}: Check the belt tension",
                                            f"step never recorded in {record}: Clean the sealing jaws"]
    assert f.evidence[2].path == "procedures/WI-31 Pre-start checks.md" and f.evidence[2].location.line == 5
    assert f.evidence[0].location.row == 4 and m["link_confidence"] >= 0.5  # table row under header + 2 items


def test_dr06_quiet_on_a_docx_checklist_that_matches_the_steps(scan):
    _, result = _docx_checklist(scan, STEPS).run()
    (check,) = result.checks_for("DR06")
    assert check.status is ClaimStatus.HOLDS and check.metrics["items"] == 5


def _csv_checklist(scan, columns):
    scan.write("procedures/WI-31 Pre-start checks.md", PRESTART)
    scan.csv("records/Pre-start checklist export.csv", ["Date", "Line"] + columns + ["Initials"],
             [[d, "L2"] + ["Y"] * len(columns) + ["AK"] for d in days(D(2025, 3, 3), [1] * 20)])
    return scan


def test_dr06_finds_a_csv_checklist_whose_columns_differ_from_the_steps(scan):
    (f,) = _csv_checklist(scan, ["Guard fitted", "Emergency stop tested", "Film roll", "Date coder"]).findings(DR06)
    assert f.metrics["steps_missing"] == ["Check the oil level", "Check the belt tension", "Clean the sealing jaws"]
    assert f.metrics["items_extra"] == ["Film roll", "Date coder"]


def test_dr06_quiet_on_a_csv_checklist_whose_columns_are_the_steps(scan):
    columns = ["Guard fitted", "Emergency stop tested", "Oil level", "Belt tension", "Sealing jaws cleaned"]
    assert _csv_checklist(scan, columns).findings(DR06) == []


# ---- DR01: a blank form kept as markdown or html in a templates folder

GLASS = ("# SOP-50 Glass control\n\nThe Hygiene Lead audits every glass item each month and records it on the "
         "glass audit form.\n\nBroken glass is recorded on the glass breakage record.\n")
GLASS_MD = ("# Glass audit form\n\nDate: ______  Auditor: ______\n\n"
            "| Item no. | Location | Condition OK (Y/N) | Action |\n|---|---|---|---|\n| | | | |\n| | | | |\n")
BREAKAGE_HTML = ("<html><body><h1>Glass breakage record</h1><table><tr><th>Date</th><th>Location</th>"
                 "<th>Item broken</th><th>Cleared by</th></tr><tr><td></td><td></td><td></td><td></td></tr>"
                 "</table></body></html>")


def _glass(scan, filled: bool):
    scan.write("procedures/SOP-50 Glass control.md", GLASS)
    scan.write("templates/Glass audit form.md", GLASS_MD)
    scan.write("templates/breakage.html", BREAKAGE_HTML)
    scan.csv("records/Chiller log.csv", ["Date", "Chiller", "Temperature"], [[D(2025, 3, 3), "CH-1", 3.2]] * 3)
    if filled:
        scan.csv("records/Glass audit 2025.csv", ["Item no.", "Location", "Condition OK (Y/N)", "Action"],
                 [[f"G{i}", "Line 1", "Y", ""] for i in range(12)])
        scan.xlsx("records/Glass breakage record.xlsx", ["Date", "Location", "Item broken", "Cleared by"],
                  [[D(2025, 4, 2), "Line 1", "Lamp cover", "Hygiene Lead"]])
    return scan


def test_dr01_finds_md_and_html_templates_never_filled_in(scan):
    found = {f.metrics["form"]: f for f in _glass(scan, filled=False).findings(DR01)}
    # the breakage record is filled when glass breaks, and no record of the set names glass or a breakage: its
    # html template is still found as its blank, but its absence proves nothing (pshold25)
    assert set(found) == {"glass audit form"}
    audit = found["glass audit form"]
    assert audit.metrics["blank_forms"] == ["templates/Glass audit form.md"]
    assert audit.metrics["filled_instances"] == 0 and audit.metrics["records_scanned"] == 1
    assert audit.metrics["link_confidence"] == 0.8
    assert "only the blank form templates/Glass audit form.md exists" in audit.message
    assert audit.location.line == 3
    assert [(e.path, e.text) for e in audit.evidence] == [
        ("templates/Glass audit form.md", "blank form: expected a filled glass audit form, found 0 among 1 records")]
    _, result = scan.run()
    (breakage,) = [c for c in result.checks_for("DR01") if c.claim.form_title == "glass breakage record"]
    assert breakage.status is ClaimStatus.NOT_CHECKABLE and breakage.related == ("templates/breakage.html",)
    assert "no record of the set names the work" in breakage.detail


def test_dr01_quiet_when_the_templates_have_filled_instances(scan):
    assert _glass(scan, filled=True).findings(DR01) == []


# ---- a weak link is never drift

def test_a_weakly_linked_record_is_not_checkable_never_drift(scan):
    scan.write("procedures/HS-07 Emergency preparedness.md",
               "# HS-07 Emergency preparedness\n\nThe fire alarm is tested weekly from a different call point.\n")
    # shares words with the procedure, but no code, title or field names: a hint, not a link
    scan.csv("records/Call point tests.csv", ["Date", "Call point", "Alarm heard"],
             [[d, "CP1", "Y"] for d in days(D(2025, 1, 6), [35] * 8)])
    _, result = scan.run()
    (link,) = result.links["procedures/HS-07 Emergency preparedness.md"]
    assert link.confidence < 0.5
    (check,) = result.checks_for("DR02")
    assert check.status is ClaimStatus.NOT_CHECKABLE and check.detail.startswith("only weak links")
    assert scan.findings(DR02) == []
    assert result.scores["procedures/HS-07 Emergency preparedness.md"] is None


def test_dr01_a_procedure_naming_the_template_itself_is_not_checkable(scan):
    scan.write("procedures/QP-09 Audits.md", "# QP-09 Audits\n\nPlan each audit using the audit plan template.\n")
    scan.write("templates/audit-plan.md", "# Audit plan template\n\n| Audit | Scope | Auditor | Date |\n|---|---|---|---|\n"
                                           "| | | | |\n")
    scan.csv("records/Chiller log.csv", ["Date", "Chiller", "Temperature"], [[D(2025, 3, 3), "CH-1", 3.2]] * 3)
    _, result = scan.run()
    (check,) = result.checks_for("DR01")
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert check.detail == "the procedure names the template templates/audit-plan.md, not a record kept from it"
    assert scan.findings(DR01) == []


# ---- a missing column is drift only in the record the procedure names outright

def _intake(scan, name_by_code: bool):
    # the fields sentence does not name the record; the procedure names it elsewhere, by code or by title
    where = "the goods intake log (FF-02)" if name_by_code else "the goods intake log"
    scan.write("procedures/SOP-02 Goods intake.md",
               f"# SOP-02 Goods intake\n\nDeliveries are checked at the bay and kept on {where}.\n\n"
               "Each entry shall include the date, the supplier, the product temperature and the initials.\n")
    scan.csv("records/FF-02 Goods intake log.csv" if name_by_code else "records/Goods intake log 2025.csv",
             ["Date", "Supplier", "Checked by"], [[d, "Fenland Leaf", "AK"] for d in days(D(2025, 3, 3), [1] * 9)])
    return scan


def test_dr04_no_column_in_the_record_named_by_code(scan):
    (f,) = _intake(scan, name_by_code=True).findings(DR04)
    assert f.metrics["field"] == "product temperature" and f.metrics["column"] is None
    assert f.message == "required field 'product temperature': records/FF-02 Goods intake log.csv has no column " \
                        "for 'product temperature'"
    assert f.evidence[0].text == "columns: Date, Supplier, Checked by"


def test_dr04_no_column_in_a_record_found_by_its_title_is_not_checkable(scan):
    _, result = _intake(scan, name_by_code=False).run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["initials"].status is ClaimStatus.HOLDS  # the signer column holds the initials
    assert checks["product temperature"].status is ClaimStatus.NOT_CHECKABLE
    assert "does not name this record outright" in checks["product temperature"].detail
    assert scan.findings(DR04) == []


def test_dr04_on_a_csv_export_the_sentence_describes_field_by_field(scan):
    # no code, no title: the export is the record because it has a column for every field listed
    scan.write("procedures/WI-11 Goods receipt.md",
               "# WI-11 Goods receipt\n\nThe WMS receipt holds the arrival time, trailer, haulier, seal number, "
               "supplier, pallets and the user.\n")
    rows = [[f"RCV{i}", D(2025, 3, 3) + dt.timedelta(days=i // 4), f"TR{100 + i}", "DHL",
             str(7000000 + i) if i % 8 == 0 else "", "Reckitt", 12, "gi.sk"] for i in range(40)]
    scan.csv("records/WMS_inbound_receipts.csv",
             ["Receipt ID", "Arrived", "Trailer", "Haulier", "Seal No", "Supplier", "Pallets", "User"], rows)
    (f,) = scan.findings(DR04)
    assert f.metrics["column"] == "Seal No" and f.metrics["share_empty"] == 0.88 and f.metrics["rows"] == 40
    assert f.evidence[0].location.row == 3 and f.evidence[0].location.column == "Seal No"
    assert f.metrics["link_confidence"] >= 0.5


def test_dr02_a_weekly_test_on_a_rota_of_call_points_is_one_weekly_test(scan):
    # one call point a week, in turn: each point comes round every 17 weeks, the test is weekly
    scan.write("procedures/HS-05 Fire safety checks.md",
               "# HS-05 Fire safety checks\n\nThe fire alarm is tested weekly, every Thursday, from the next call "
               "point on the rota so that each call point is tested in turn, and logged in the fire alarm test "
               "log (HS-05A).\n")
    thursdays = [D(2025, 1, 2) + dt.timedelta(weeks=k) for k in range(60)]
    scan.csv("records/HS-05A Fire alarm test log.csv", ["Date", "Call point", "Zone", "Tested by"],
             [[d, f"CP{k % 17 + 1:02d}", "Z1", "Fire Warden"] for k, d in enumerate(thursdays)])
    _, result = scan.run()
    (check,) = result.checks_for("DR02")
    assert check.status is ClaimStatus.HOLDS and check.metrics["median_interval_days"] == 7
    assert "grouped_by" not in check.metrics


def test_dr01_a_filled_copy_with_the_forms_columns_counts_whatever_its_name(scan):
    """A register named by local habit ("GA-25.csv") that keeps the blank form's columns is the form filled in:
    DR01 saying "only the blank form exists" beside it would accuse a team that does fill the form."""
    _glass(scan, filled=False)
    scan.csv("records/GA-25.csv", ["Item no.", "Location", "Condition OK (Y/N)", "Action"],
             [[f"G{i}", "Line 1", "Y", ""] for i in range(12)])
    _, result = scan.run()
    checks = {c.claim.form_title: c for c in result.checks_for("DR01")}
    audit = checks["glass audit form"]
    assert audit.status is ClaimStatus.HOLDS and audit.record == "records/GA-25.csv"
    assert audit.detail == ("1 filled record(s) with the columns of the blank form templates/Glass audit form.md: "
                            "records/GA-25.csv")
    # the breakage record's columns are not in GA-25.csv: still only its blank, and no record names a breakage
    # (GA-25.csv's entries are glass items in good condition): not proof either way (pshold25)
    assert checks["glass breakage record"].status is ClaimStatus.NOT_CHECKABLE
    assert scan.findings(DR01) == []
