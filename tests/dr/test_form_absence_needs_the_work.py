"""A form filled on occasion (not for a routine: an audit, inspection, check, test, review, drill) with no filled
copy is drift only where a record of the set shows the occasion: a record whose name, columns or entries hold a
word of the form's name. Without one, the occasion may never have come, and the form's absence proves nothing (pshold25, an AI governance plan: four DR01 'release
checklist is required but has no filled instance' in a set whose one use case is still 'Proposed', its registers an
AI inventory and a risk register that never mention a release)."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01

PROC = ("# Intake and approval\n\nBefore release, the owner completes the release checklist and links it to the use"
        " case record.\n")
FORM = ("# Release checklist\n\nUse case: ________\n\n| Check | Done | Initials |\n|---|---|---|\n"
        "| Evaluation passed | | |\n| Monitoring plan in place | | |\n| Rollback plan tested | | |\n")
INVENTORY = (["Use case", "Tier", "Owner", "Status", "Reviewed"],
             [["UC-001 Support assistant", "T0", "A. Solen", "Proposed", dt.date(2026, 1, 9)],
              ["UC-002 Invoice triage", "T1", "B. Kerr", "Proposed", dt.date(2026, 1, 12)],
              ["UC-003 Contract summary", "T1", "C. Diaz", "In review", dt.date(2026, 1, 20)]])


def _pack(scan):
    scan.write("procedures/Intake and approval.md", PROC)
    scan.write("forms/Release checklist.md", FORM)
    scan.csv("records/AI inventory.csv", *INVENTORY)
    return scan


def test_no_record_showing_a_release_makes_the_missing_checklist_not_checkable(scan):
    # fails before pshold25: DR01 'release checklist is required but has no filled instance' beside a dated
    # inventory whose use cases are all still proposed or in review
    _, result = _pack(scan).run()
    (check,) = [c for c in result.checks_for("DR01") if c.claim.form_title == "release checklist"]
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert "no record of the set names the work" in check.detail
    assert scan.findings(DR01) == []


def test_a_record_showing_releases_makes_the_missing_checklist_drift(scan):
    _pack(scan).csv("records/Change log.csv", ["Date", "Change", "Approved by"],
                    [[dt.date(2026, 2, 2), "Release 1.0 of the support assistant", "CTO"],
                     [dt.date(2026, 2, 20), "Release 1.1: prompt filter", "CTO"]])
    (f,) = scan.findings(DR01)
    assert f.metrics["blank_forms"] == ["forms/Release checklist.md"]
    assert f.metrics["filled_instances"] == 0


def test_a_column_naming_the_work_shows_it_too(scan):
    _pack(scan).csv("records/Deployments.csv", ["Release date", "Use case", "By"],
                    [[dt.date(2026, 2, 2), "UC-001", "AS"], [dt.date(2026, 3, 2), "UC-002", "BK"]])
    (f,) = scan.findings(DR01)
    assert f.metrics["filled_instances"] == 0


def test_a_routine_form_needs_no_record_naming_its_work(scan):
    # an audit comes round whatever else happens: beside other kept records its missing form is drift, as before
    scan.write("procedures/Internal audit.md", "# Internal audit\n\nThe auditor completes the audit checklist for"
               " every process audited.\n")
    scan.write("forms/Audit checklist.md", "# Audit checklist\n\n| Question | Finding | Evidence |\n|---|---|---|\n"
               "| Is the procedure followed? | | |\n| Are records kept? | | |\n| Are staff trained? | | |\n")
    scan.csv("records/AI inventory.csv", *INVENTORY)
    (f,) = scan.findings(DR01)
    assert f.metrics["blank_forms"] == ["forms/Audit checklist.md"]
