"""What each thing a register lists must have: "Production changes should have documented approval and evidence of
testing", "Critical-tier vendors require an on-file SOC 2 Type II report".

Held out (drhold30's itgc; drhold32's moski001 vendor register): such a sentence gave no field claim, so a change
log whose 'Approval' column reads 'No', or a vendor inventory whose 'SOC 2 Type II on File?' reads 'No' for a
Critical vendor, was never checked. Now it is a field claim (phrase "possession") of its holder: each of the
holder's rows answered 'No' is the thing not had, a register with no column for it says nothing, and a holder a
column tells apart ('Critical' in the tier column) is checked on its own rows only.
"""
from __future__ import annotations

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR04

CHANGES = ("# Change management\n\n## Control requirement\n\n"
           "Production changes should have documented approval and evidence of testing before deployment.\n")
CHANGE_HEADER = ["Change_ID", "System", "Description", "Approval", "Testing_Evidence", "Result"]


def _changes(scan, approvals, tests):
    scan.write("procedures/change-management.md", CHANGES)
    rows = [[f"CHG-{i:03d}", "Portal", "Patch", a, t, "Pass" if a == t == "Yes" else "Exception"]
            for i, (a, t) in enumerate(zip(approvals, tests), 1)]
    scan.csv("records/change_management.csv", CHANGE_HEADER, rows)


def test_a_change_answered_no_is_a_change_without_it(scan):
    _changes(scan, ["Yes", "Yes", "No", "Yes", "Yes", "Yes"], ["Yes", "Yes", "Yes", "No", "Yes", "Yes"])
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["documented approval"].status is ClaimStatus.DRIFTED, checks
    assert "'Approval' answered 'No' in 1 of the 6 rows" in checks["documented approval"].detail
    assert checks["evidence of testing"].status is ClaimStatus.DRIFTED
    findings = scan.findings(DR04)
    assert sorted(ev.text for f in findings for ev in f.evidence) == ["'Approval': No", "'Testing_Evidence': No"]
    assert {ev.location.row for f in findings for ev in f.evidence} == {4, 5}  # file rows: CHG-003, CHG-004


def test_every_change_with_both_holds(scan):
    _changes(scan, ["Yes"] * 4, ["Yes"] * 4)
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["documented approval"].status is ClaimStatus.HOLDS
    assert checks["documented approval"].detail == "'Approval' given in all 4 rows"
    assert not scan.findings(DR04)


VENDORS = ("# Vendor management\n\n"
           "Critical-tier vendors (those with access to patient data) require an on-file SOC 2 Type II report "
           "(or equivalent) and a signed Business Associate Agreement where applicable.\n")
VENDOR_HEADER = ["Vendor ID", "Vendor Name", "Inherent Risk Tier", "SOC 2 Type II on File?", "Last Assessment Date"]


def _vendors(scan, rows):
    scan.write("procedures/vendor-management.md", VENDORS)
    scan.csv("records/vendor-register.csv", VENDOR_HEADER,
             [[f"V-{i:03d}", name, tier, soc, "2025-11-01"] for i, (name, tier, soc) in enumerate(rows, 1)])


def test_only_the_holders_rows_are_checked(scan):
    # the Low and Medium vendors without a report are not what the sentence asks of Critical ones
    _vendors(scan, [("ClaimLink", "Critical", "Yes"), ("AWS", "Critical", "Yes"), ("CleanCo", "Low", "No"),
                    ("QuickHire", "Medium", "No"), ("Figma", "Low", "Yes")])
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    check = checks["on-file SOC 2 Type II report"]
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert check.detail == "'SOC 2 Type II on File?' given in all 2 rows of Critical-tier vendors " \
                           "('Inherent Risk Tier' Critical)"
    # no column for the agreement: it may be filed elsewhere, no finding
    assert checks["signed Business Associate Agreement"].status is ClaimStatus.NOT_CHECKABLE
    assert not scan.findings(DR04)


def test_a_critical_vendor_without_the_report_drifts(scan):
    _vendors(scan, [("ClaimLink", "Critical", "No"), ("AWS", "Critical", "Yes"), ("CleanCo", "Low", "No"),
                    ("Okta", "High", "Yes"), ("BillWise", "Critical", "Yes")])
    _, result = scan.run()
    [finding] = scan.findings(DR04)
    assert finding.metrics["rows_checked"] == 3 and finding.metrics["answered_no"] == 1
    assert [(ev.text, ev.location.row) for ev in finding.evidence] == [("'SOC 2 Type II on File?': No", 2)]
    assert "of the 3 rows of Critical-tier vendors ('Inherent Risk Tier' Critical)" in finding.message


def test_what_is_no_possession(tmp_path):
    from gapscan.ingest import parse_file
    from gapscan.nlp.claims import extract_claims

    sentences = ["All staff must have completed induction training before starting work.",  # done, not had
                 "The Quality Manager must have access to all records.",  # a person, not a register's rows
                 "This procedure requires that the supplier list is reviewed annually.",  # a clause
                 "If a supplier fails the audit, suppliers must have a corrective action plan.",  # a condition
                 "Auditors must have been trained.",
                 "Some tools require a formal induction.",  # some, not each (hacman)
                 "None of the resins require post-exposure bakes.",  # (asrc)
                 "Environmental regulations require special handling of cleaning chemicals.",  # rules, not rows
                 "New materials will require an approved request form.",  # 'will' is no part of the holder
                 "Employees must have a valid first aid certificate."]
    path = tmp_path / "p.md"
    path.write_text("# Procedure\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    claims = [c for c in extract_claims(parse_file(path, "p.md")) if c.phrase == "possession"]
    assert [(c.holder, c.fields) for c in claims] == [("materials", ("approved request form",)),
                                                      ("Employees", ("valid first aid certificate",))]
    assert claims[1].text == "Employees: each has valid first aid certificate"
