"""Audit dates read from the audit plans and reports of a set (used when none are given)."""
import datetime as dt

from gapscan.auditdates import find_dates, infer, is_audit_document
from gapscan.model import Kind, Status
from recbuild import record_doc, table, text_doc


def test_find_dates_in_common_spellings():
    found = [d for _, d in find_dates("on 17 March 2026, 2025-03-18, 3rd-4th June 2024, Sept 9, 2025 and 25/12/2025")]
    assert found == [dt.date(2026, 3, 17), dt.date(2025, 3, 18), dt.date(2024, 6, 3), dt.date(2025, 9, 9),
                     dt.date(2025, 12, 25)]
    assert find_dates("31/02/2025 and 2025-13-01") == []


def test_is_audit_document_by_name_and_title():
    assert is_audit_document(text_doc("audit-plan-2026.md", []))
    assert is_audit_document(text_doc("x/report.pdf", [], title="Surveillance Audit Report"))
    assert not is_audit_document(text_doc("x/Internal Audit Plan 2025.docx", []))
    assert not is_audit_document(text_doc("procs/QP-03 Internal audit.docx", []))
    assert not is_audit_document(text_doc("records/calibration.xlsx", []))


def test_infer_from_plan_and_report():
    plan = text_doc("audit-plan-2026.md", [
        "Certification body: Albion Certification Ltd",
        "Document issued 2 February 2026",
        "Audit date: 17 March 2026 (one day on site)",
        "Previous audit: surveillance, 18 March 2025",
        "Recertification due: 10 March 2027",
    ], kind=Kind.OTHER)
    report = text_doc("Stage 2 audit report.docx", [
        "Report issued 21 March 2026.",
        "The audit took place on 16/03/2026 at Harrow Works.",
    ], kind=Kind.OTHER)
    assert infer([plan, report]) == (dt.date(2025, 3, 18), dt.date(2026, 3, 16))


def test_infer_from_one_paragraph_with_two_labels():
    plan = text_doc("External Audit Plan.md", [
        "Certification body: Albion Certification Ltd Type: surveillance audit Audit date: **17 March 2026** "
        "(one day on site) Previous audit: surveillance, 18 March 2025 Recertification due: March 2027"])
    assert infer([plan]) == (dt.date(2025, 3, 18), dt.date(2026, 3, 17))


def test_infer_from_a_table_cell_and_ignores_unreadable_or_unrelated_documents():
    tbl = table(("Field", "Value"), [("Audit date", dt.date(2025, 9, 30)), ("Auditor", "J. Ormerod")])
    report = record_doc("External audit report 2025.xlsx", tbl, kind=Kind.OTHER)
    other = text_doc("procs/QP-01.docx", ["The audit on 1 May 2025 is described here."])
    broken = text_doc("Audit report 2024.pdf", ["Audit date: 1 June 2024"])
    broken = broken.__class__(**{**broken.__dict__, "status": Status.ERROR})
    assert infer([report, other, broken]) == (dt.date(2025, 9, 30),)
    assert infer([]) == ()
