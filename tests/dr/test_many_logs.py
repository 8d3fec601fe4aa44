"""A file that holds several logs (a markdown page of logs under their headings, a workbook of sheets with
other headers, a Word file with a table per log) is several records: a claim is checked against the log it
speaks of, and the finding names that log so a reader can find it.

The shape of rate-nl/ISO's Logs.md (docs/SCORING.md, 4 December 2026): 16 evidence logs in one page, of which
gapscan read only the largest (the restore tests), so the manual's access review cadence was never checked.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus, Finding, Severity
from gapscan.report.common import evidence_where
from gapscan.rules.dr import DR02, DR05

from .conftest import days

D = dt.date

PROC_ACCESS = ("# Access control\n\nUser access rights are reviewed monthly. The IT Manager records each review in "
               "the Access Reviews log.\n")


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def _logs_page() -> str:
    """A page of three logs under their headings, after a summary table of the logs (not a log: no dates)."""
    summary = _md_table(["Log", "Owner", "Frequency"], [["Training log", "HR Manager", "Annually"],
                                                         ["Access reviews", "IT Manager", "Monthly"],
                                                         ["Restore tests", "IT Manager", "Monthly"]])
    training = _md_table(["Date", "Employee", "Course"],
                         [[d.isoformat(), "Ann Lee", "Awareness"] for d in days(D(2025, 1, 6), [90, 120])])
    # reviewed about every 91 days where the manual says monthly
    access = _md_table(["Review Date", "Users Reviewed", "Findings"],
                       [[d.isoformat(), "6", "all valid"] for d in days(D(2025, 1, 15), [91, 92, 90, 91, 92])])
    restore = _md_table(["Test Date", "Database", "Tested By", "Result"],
                        [[d.isoformat(), "prod_db", "Bo Chan", "Success"] for d in days(D(2025, 1, 7), [30] * 17)])
    return ("# Evidence logs\n\n## Summary\n\n" + summary + "\n## Training log\n\n" + training
            + "\n## Access reviews\n\n" + access + "\n## Restore tests\n\n" + restore)


def _finding_where(f: Finding) -> list[str]:
    return [evidence_where(f, ev) for ev in f.evidence]


def test_a_claim_is_checked_against_the_log_of_a_page_of_logs_it_speaks_of(scan):
    scan.write("procedures/Access control.md", PROC_ACCESS)
    scan.write("records/Logs.md", _logs_page())
    ctx, result = scan.run()
    (f,) = DR02.check(ctx)
    assert f.severity is Severity.WARNING or f.severity is Severity.ERROR
    assert "is not kept in records/Logs.md § Access reviews" in f.message
    assert f.metrics["median_interval_days"] == 91
    assert list(f.related) == ["records/Logs.md"]
    # every quote is on the file, named by its table and line
    assert {ev.path for ev in f.evidence} == {"records/Logs.md"}
    assert {ev.record for ev in f.evidence} == {"Access reviews"}
    text = scan.root.joinpath("records/Logs.md").read_text().splitlines()
    for ev in f.evidence:
        assert text[ev.location.line - 1].startswith("| 2025-") or text[ev.location.line - 1].startswith("| 2026-")
    access_rows = [i + 1 for i, line in enumerate(text) if line.endswith("| all valid |")]
    assert all(ev.location.line in access_rows for ev in f.evidence)
    first = f.evidence[0].location
    assert _finding_where(f)[0] == f"records/Logs.md, 'Access reviews' table, line {first.line} row {first.row}"


def test_the_file_of_one_log_and_its_principal_table_stay_as_they_were(scan):
    from gapscan.records import logs, profile

    scan.write("records/Logs.md", _logs_page())
    (doc,) = scan.documents()
    prof = profile(doc)
    # the file's own profile is still its largest table (what PS and SH read)
    assert prof.path == "records/Logs.md" and prof.table.header[0] == "Test Date" and prof.row_count == 18
    found = logs(doc, prof)
    assert [(p.name, p.path, p.file, p.row_count, p.table.location.line) for p in found] == [
        ("Training log", "records/Logs.md § Training log", "records/Logs.md", 3, 13),
        ("Access reviews", "records/Logs.md § Access reviews", "records/Logs.md", 6, 21),
        ("Restore tests", "records/Logs.md § Restore tests", "records/Logs.md", 18, 32)]
    assert [p.first_entry for p in found] == [D(2025, 1, 6), D(2025, 1, 15), D(2025, 1, 7)]


def test_sheets_of_other_logs_in_one_workbook_are_checked_apart(scan):
    # the larger sheet is the training log: before, the calibration claim was checked against it or not at all
    training = [[d, "Ann Lee", "Induction"] for d in days(D(2025, 1, 6), [7] * 39)]
    calibration = [[d, "BAL-1", "Pass"] for d in days(D(2025, 1, 10), [70, 75, 68, 72])]
    scan.workbook("records/QA registers.xlsx", [("Training", None, ["Date", "Employee", "Course"], training),
                                                ("Calibration", None, ["Calibration date", "Balance", "Result"],
                                                 calibration)])
    scan.write("procedures/Calibration.md", "# Calibration\n\nThe balances are calibrated every month.\n")
    ctx, _ = scan.run()
    (f,) = DR02.check(ctx)
    assert "is not kept in records/QA registers.xlsx § Calibration" in f.message
    assert f.metrics["median_interval_days"] == 71
    assert {(ev.path, ev.record, ev.location.sheet) for ev in f.evidence} == {
        ("records/QA registers.xlsx", "Calibration", "Calibration")}
    # the sheet names the table already: the reader is sent to the cell
    where = _finding_where(f)[0]
    assert where.startswith("records/QA registers.xlsx Calibration!A") and "table" not in where


def test_tables_of_a_word_records_file_are_named_by_their_headings(scan, tmp_path):
    from docx import Document

    path = tmp_path / "records" / "Maintenance records.docx"
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Document()
    doc.add_heading("Maintenance records", level=1)
    for heading, header, rows in [
            ("Forklift inspections", ["Date", "Truck", "Inspected by"],
             [[d.strftime("%d/%m/%Y"), "FLT-1", "Sam Ray"] for d in days(D(2025, 3, 3), [1, 1, 3, 1, 1, 1, 1, 3])]),
            ("Compressor service", ["Service date", "Compressor", "Engineer"],
             [[d.strftime("%d/%m/%Y"), "C-1", "Kim Ode"] for d in days(D(2025, 1, 20), [120, 150, 130])])]:
        doc.add_heading(heading, level=2)
        table = doc.add_table(rows=1 + len(rows), cols=len(header))
        for j, h in enumerate(header):
            table.cell(0, j).text = h
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                table.cell(i, j).text = v
    doc.save(path)
    scan.files.append("records/Maintenance records.docx")
    scan.write("procedures/Maintenance.md", "# Maintenance\n\nThe compressor is serviced every 3 months.\n")
    ctx, _ = scan.run()
    (f,) = DR02.check(ctx)
    assert "is not kept in records/Maintenance records.docx § Compressor service" in f.message
    assert f.metrics["median_interval_days"] == 130
    assert {(ev.path, ev.record) for ev in f.evidence} == {("records/Maintenance records.docx", "Compressor service")}
    assert _finding_where(f)[0].startswith("records/Maintenance records.docx, 'Compressor service' table, ")


def test_a_log_of_incidents_times_no_routine(scan):
    # 'reviewed monthly' shares 'incident' with the incident log, whose rows are incidents, not reviews
    incidents = _md_table(["Incident ID", "Date", "Description"],
                          [[f"IR-{i}", d.isoformat(), "phishing mail"] for i, d in
                           enumerate(days(D(2024, 3, 3), [200, 310, 150]))])
    restore = _md_table(["Test Date", "Database", "Tested By"],
                        [[d.isoformat(), "prod_db", "Bo Chan"] for d in days(D(2025, 1, 7), [30] * 6)])
    scan.write("records/Logs.md", "# Logs\n\n## Incident log\n\n" + incidents + "\n## Restore tests\n\n" + restore)
    scan.write("procedures/Incidents.md", "# Incident management\n\nThe Incident Log is reviewed monthly by the "
                                          "IT Manager.\n")
    ctx, result = scan.run()
    assert list(DR02.check(ctx)) == []
    (check,) = [c for c in result.claims["procedures/Incidents.md"] if c.kind == "frequency"]
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert check.detail == ("records/Logs.md § Incident log logs events ('incident') as they happen: its rows cannot "
                            "show how often a routine is done")


def test_a_role_is_not_checked_in_a_log_less_about_it(scan):
    # the access review log names nobody; the offboarding log's 'Signed off by' is not who reviews access
    access = _md_table(["Review Date", "Users Reviewed", "Findings"],
                       [[d.isoformat(), "6", "all valid"] for d in days(D(2025, 1, 15), [30] * 5)])
    offboarding = _md_table(["Date", "Employee", "Access Revoked", "Signed Off By"],
                            [[d.isoformat(), n, "yes", "Managing Director"] for d, n in
                             zip(days(D(2025, 2, 20), [40, 60, 30]), ["Al", "Bea", "Cy", "Di"])])
    scan.write("records/Logs.md", "# Logs\n\n## Access reviews\n\n" + access + "\n## Offboarding\n\n" + offboarding)
    scan.write("procedures/Access control.md", "# Access control\n\nThe IT Manager records each review in the "
                                               "Access Reviews log and the Offboarding log. Access reviews are "
                                               "approved by the IT Manager.\n")
    ctx, result = scan.run()
    assert list(DR05.check(ctx)) == []
    roles = [c for c in result.claims["procedures/Access control.md"] if c.kind == "role" and "approv" in c.text]
    assert roles and all(c.status is ClaimStatus.NOT_CHECKABLE for c in roles)
    assert any("records/Logs.md § Access reviews, the linked record closest to this, holds nothing" in c.detail
               for c in roles)


def test_the_summary_finds_the_incident_log_of_a_page_of_logs(scan):
    from gapscan.model import DocumentResult
    from gapscan.summary import build

    incidents = _md_table(["Incident ID", "Date", "Description"],
                          [[f"IR-{i}", d.isoformat(), "phishing mail"] for i, d in
                           enumerate(days(D(2024, 3, 3), [200, 310, 150]))])
    restore = _md_table(["Test Date", "Database", "Tested By"],
                        [[d.isoformat(), "prod_db", "Bo Chan"] for d in days(D(2025, 1, 7), [30] * 6)])
    scan.write("records/Logs.md", "# Logs\n\n## Incident log\n\n" + incidents + "\n## Restore tests\n\n" + restore)
    ctx, _ = scan.run()
    summary = build([DocumentResult(document=d) for d in ctx.documents], [], ctx)
    (section,) = [s for s in summary.sections if s.title == "Are problems still being reported?"]
    assert section.lines == ("1 log has too few dated entries to judge (fewer than 6): Logs.md § Incident log.",)


def test_review_minutes_kept_as_a_table_of_a_file_of_logs_are_not_said_to_be_missing(scan):
    # rate-nl/ISO keeps its management review minutes as Logs.md § 13: "No management review minutes were found"
    # was untrue
    from gapscan.model import DocumentResult
    from gapscan.summary import build

    minutes = _md_table(["Date", "Attendees", "Decisions"],
                        [[d.isoformat(), "MD, Team Lead", "budget approved"] for d in days(D(2025, 1, 20), [182])])
    restore = _md_table(["Test Date", "Database", "Tested By"],
                        [[d.isoformat(), "prod_db", "Bo Chan"] for d in days(D(2025, 1, 7), [30] * 6)])
    access = _md_table(["Review Date", "Users Reviewed", "Reviewer"],
                       [[d.isoformat(), "6", "IT Manager"] for d in days(D(2025, 1, 15), [91, 92])])
    # an access review is no management review
    scan.write("records/Logs.md", "# Logs\n\n## 3. Access Control Review Record\n\n" + access
               + "\n## 13. Management Review Minutes\n\n" + minutes + "\n## Restore tests\n\n" + restore)
    ctx, _ = scan.run()
    summary = build([DocumentResult(document=d) for d in ctx.documents], [], ctx)
    (section,) = [s for s in summary.sections if s.title == "Management review"]
    assert section.lines == ("No management review minutes were found as documents of their own; Logs.md § 13. "
                             "Management Review Minutes is a table of them in a file of logs, read as a log, not "
                             "as minutes.",)
