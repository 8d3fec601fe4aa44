"""A register page of a document kit whose only filled tables are its own control block and revision history
holds no entry: it is the blank form, not a filled record (drhold4, a data-centre ISMS's empty registers)."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01

PROC = "# IR-02 Incident response\n\nThe on-call engineer records every incident in the incident log.\n"

CONTROL = ("# Incident Log\n\n## Document Control\n\n| Field | Value |\n|---|---|\n| Title | Incident Log |\n"
           "| Document ID | REG-010 |\n| Version | 1.0.0 |\n| Status | Draft |\n| Owner | Security Lead |\n"
           "| Approver | Board |\n| Effective Date | |\n\n")
HISTORY = ("## Revision History\n\n| Version | Date | Author | Description |\n|---|---|---|---|\n"
           "| 1.0.0 | 2025-11-05 | | Initial register. |\n")


def _register(rows: str) -> str:
    return (CONTROL + "## Register\n\n| Incident ID | Date | Severity | Description |\n|---|---|---|---|\n"
            + rows + "\n" + HISTORY)


def _incidents(scan, rows: str):
    scan.write("procedures/IR-02 Incident response.md", PROC)
    scan.write("records/Incident log.md", _register(rows))
    scan.csv("records/Patch log.csv", ["Date", "Host", "Patched by"], [[dt.date(2025, 3, 3), "web-1", "AB"]] * 3)
    return scan


def test_an_empty_register_under_its_control_block_is_the_blank_form(scan):
    (f,) = _incidents(scan, "| | | | |").csv("records/On-call handover.csv", ["Date", "Note", "By"],
                                              [[dt.date(2025, 3, 4), "incident on web-1 handed to day shift", "AB"]]
                                              ).findings(DR01)
    assert f.path == "procedures/IR-02 Incident response.md" and f.location.line == 3
    assert f.metrics["blank_forms"] == ["records/Incident log.md"]
    assert f.metrics["filled_instances"] == 0
    assert "only the blank form records/Incident log.md exists" in f.message


def test_an_empty_incident_register_where_no_record_names_an_incident_proves_nothing(scan):
    # an empty incident log in a set whose other records never name an incident: there may have been none
    # (pshold25); the empty register is still read as the blank form
    _, result = _incidents(scan, "| | | | |").run()
    (check,) = result.checks_for("DR01")
    assert check.status is ClaimStatus.NOT_CHECKABLE and check.related == ("records/Incident log.md",)
    assert scan.findings(DR01) == []


def test_a_register_with_one_entry_holds_the_claim(scan):
    _, result = _incidents(scan, "| INC-1 | 2025-12-01 | P2 | Phishing mail reported |").run()
    (check,) = result.checks_for("DR01")
    assert check.status is ClaimStatus.HOLDS and check.record == "records/Incident log.md"
    assert scan.findings(DR01) == []


def test_a_register_of_document_changes_is_a_record_not_a_revision_history(scan):
    # its Version and Date columns are about many documents, so its rows are entries of work
    scan.write("procedures/QP-01 Document control.md",
               "# QP-01 Document control\n\nEvery change is entered in the document change register.\n")
    scan.write("records/Document change register.md",
               "# Document change register\n\n| Document | Version | Date | Changed by |\n|---|---|---|---|\n"
               "| QP-03 | 2 | 2025-02-01 | AB |\n| WI-07 | 4 | 2025-03-11 | CD |\n")
    _, result = scan.run()
    (check,) = result.checks_for("DR01")
    assert check.status is ClaimStatus.HOLDS and check.record == "records/Document change register.md"


def test_an_issues_log_under_a_control_block_is_filled_when_it_has_entries(scan):
    # 'Issue' names the log's subject, not the document's issue number
    scan.write("procedures/QP-05 Issues.md", "# QP-05 Issues\n\nEach issue is entered in the issues log.\n")
    scan.write("records/Issues log.md", CONTROL.replace("Incident Log", "Issues Log")
               + "## Log\n\n| Issue | Date raised | Owner |\n|---|---|---|\n| Door sensor fault | 2025-06-02 | AB |\n")
    _, result = scan.run()
    (check,) = result.checks_for("DR01")
    assert check.status is ClaimStatus.HOLDS and check.record == "records/Issues log.md"
