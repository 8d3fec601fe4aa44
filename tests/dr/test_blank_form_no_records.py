"""drhold24's sole trader: every procedure names the order log and the incident register, and the set holds both,
as markdown tables with only a header and placeholder rows (read as forms), and no working record at all. Each
"uses the order log" claim read "not checkable: no working records in the scan", as if the log named were not in
the set. The reason now says the named form is there only as its blank template; still not checkable, and never a
finding (the work may be kept elsewhere, or not have started)."""
from __future__ import annotations

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01

PROCEDURE = ("# SOP-50 Glass control\n\nThe Hygiene Lead audits every glass item each month and records it on the "
             "glass audit form.\n")
FORM = ("# Glass audit form\n\nDate: ______  Auditor: ______\n\n"
        "| Item no. | Location | Condition OK (Y/N) | Action |\n|---|---|---|---|\n| | | | |\n| | | | |\n")


def test_the_blank_form_named_is_said_with_no_records(scan):
    scan.write("procedures/SOP-50 Glass control.md", PROCEDURE)
    scan.write("forms/Glass audit form.md", FORM)
    _, result = scan.run()
    (check,) = [c for c in result.checks_for("DR01") if "glass audit" in (c.claim.form_title or "")]
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert "forms/Glass audit form.md" in check.detail and "no working record" in check.detail, check.detail
    assert scan.findings(DR01) == []


def test_without_the_form_the_plain_reason_stays(scan):
    scan.write("procedures/SOP-50 Glass control.md", PROCEDURE)
    _, result = scan.run()
    (check,) = [c for c in result.checks_for("DR01") if "glass audit" in (c.claim.form_title or "")]
    assert check.status is ClaimStatus.NOT_CHECKABLE and check.detail == "no working records in the scan"
