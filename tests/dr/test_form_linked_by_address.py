"""A form the procedure links to by its repository address under another name is the blank form in the set.

Held out on a lab's resources (meschedl/PPP-Lab-Resources@3014ddb): "a [State of Rhode Island Initial Incident
Report Form](https://github.com/OWNER/REPO/blob/master/Lab_Safety_and_Training/Documents/RI-State-Initial-Injury-
Report.pdf) needs to be filled out within 24 hours". The blank form is in the set, but its name says Injury where
the text says Incident, and the link was not read, so the reason given was "no filled ... form ... and no blank
form", which is untrue.
"""
from __future__ import annotations

from gapscan.model import ClaimStatus

PROCEDURE = """# Chemical safety

## Exposure

- For an employee a [State Initial Incident Report Form](https://github.com/acme/lab/blob/master/forms/State-Injury-Report.md) needs to be filled out within 24 hours.
"""
FORM = """# State injury report

| Name | Date of injury | Body part | Witness |
|---|---|---|---|
| | | | |
"""


def _form_check(scan):
    _, result = scan.run()
    return [c for c in result.checks if c.rule == "DR01"]


def test_the_linked_blank_form_is_the_form(scan):
    scan.write("procedures/chemical-safety.md", PROCEDURE)
    scan.write("forms/State-Injury-Report.md", FORM)
    scan.csv("records/reagents.csv", ["Reagent", "Supplier"], [["Ethanol", "Acme"], ["Acetone", "Acme"]])
    (check,) = _form_check(scan)
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert "no blank form" not in check.detail, check.detail
    assert "forms/State-Injury-Report.md" in check.detail, check.detail


def test_a_link_elsewhere_keeps_the_plain_reason(scan):
    scan.write("procedures/chemical-safety.md", PROCEDURE.replace("github.com/acme/lab/blob/master/forms/",
                                                                  "example.org/ehs/"))
    scan.csv("records/reagents.csv", ["Reagent", "Supplier"], [["Ethanol", "Acme"], ["Acetone", "Acme"]])
    (check,) = _form_check(scan)
    assert "no blank form" in check.detail, check.detail


def test_the_link_says_which_of_two_blank_forms_is_meant(scan):
    scan.write("procedures/chemical-safety.md", """# Chemical safety

- A witness fills out the [Witness Report of Accident Form](https://github.com/acme/lab/blob/master/forms/Witness-Form.md).
""")
    scan.write("forms/Witness-Form.md", FORM.replace("State injury report", "Witness report of accident form"))
    scan.write("forms/Student-Accident-Form.md", FORM.replace("State injury report", "Student accident form"))
    scan.csv("records/reagents.csv", ["Reagent", "Supplier"], [["Ethanol", "Acme"], ["Acetone", "Acme"]])
    (check,) = _form_check(scan)
    assert "could be any of" not in check.detail, check.detail
    assert "forms/Witness-Form.md" in check.detail, check.detail


def test_a_relative_link_to_another_folders_index_is_not_a_form_of_the_same_name(scan):
    """publiccode: '[finance updates](../finance-updates/index.md)' on the line of 'build concept template' was
    read as the blank form activities/staff-meetings/index.md, another folder's file of the same name."""
    scan.write("procedures/minutes/2021-10-27.md", """# Board meeting

- Follow up: Eric to build the concept template of a financial report, building on the [finance updates](../finance-updates/index.md).
""")
    scan.write("forms/staff-meetings/index.md", FORM)
    scan.csv("records/reagents.csv", ["Reagent", "Supplier"], [["Ethanol", "Acme"], ["Acetone", "Acme"]])
    checks = _form_check(scan)
    assert not any("forms/staff-meetings/index.md" in c.detail for c in checks), [c.detail for c in checks]
