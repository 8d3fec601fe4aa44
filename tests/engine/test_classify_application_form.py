"""An application form that speaks of itself as "this form" and leaves a line to sign is a form, not a procedure.

Seen on a real set in session 17: a community interest company's membership application (RZZT/Company-Documents,
"rzzt", Membership-Application.pdf) has fields with guidance under each ("Your full surnames"), a yes/no question,
declarations ("I confirm the information provided in this form is accurate"), "Please return this completed form to
the secretary" and "Signature of applicant". Its guidance lines ("Choose and register a nickname", "Please provide a
brief description") read as three imperative steps and two obligations, so it was a procedure. A procedure that
mentions the form it uses still is one. The texts below are written for these tests.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

APPLICATION = """# Membership application

## Personal details

### Forename(s)

Your full given names.

### Email address

This will be the main way the company writes to you.

### Chat nickname

Choose and register a nickname before your first meeting.

## Suitability

### Why do you want to be a member?

Please provide a short description of your reasons.

Have you ever been convicted of a criminal offence?

Yes No

## Declarations

I have read the Articles of Association.

I understand that my liability will be one pound, which I must pay if the company winds up while I am a member.

I confirm the information provided in this form is accurate.

I agree to tell the company of any change to the information provided in this form.

Signature of applicant

## Returning the form

Please return this completed form to the Company Secretary, who will check it and send it to the Directors.
"""


def test_an_application_form_is_a_form(tmp_path):
    k, why = kind_of(tmp_path, "Membership application/membership-application.md", APPLICATION)
    assert k is Kind.FORM, why


PROCEDURE = """# Membership application process

## Process

1. The applicant fills in the membership application form and signs it.
2. The Company Secretary checks the form within 5 working days.
3. The Company Secretary sends the form to the Directors.
4. The Directors decide at their next meeting and the Secretary writes to the applicant.

## Records

Signature of the Secretary on the register of members.

This form of words is used in every reply: "Your application has been accepted".
"""


def test_a_procedure_naming_the_form_is_still_a_procedure(tmp_path):
    k, why = kind_of(tmp_path, "Processes/membership-application-process.md", PROCEDURE)
    assert k is Kind.PROCEDURE, why
