"""A document whose own code marks it a record or a letter, a signed letter, minutes that record decisions and a
report of a period are no procedures, whatever "shall" and "Purpose" they hold.

The shape on a consultant's ISO 27001 pack (Labetexx/MockProtect-ISMS@0ab478a, kinds20): every document's title
opens with its code ("PL-004 Access Control Policy", "REC-023 Management Review Report", "LTR-002 Executive
Statement of Commitment ..."), and the records and letters share the policies' layout ("1. Purpose", "2. Scope")
and their "shall be reviewed annually". The letter, the review report and a filled record were procedures, and CM
rules fired on them. On carpentries/governance, minutes without an attendee list and a yearly governance report
"Reporting period: ..." were procedures too.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

HEADER = """**VERSION:** 1
**DATE:** 3rd June 2025
**DOCUMENT OWNER:** Northwind Ltd

## 1. Purpose

To make sure suppliers are chosen for their quality record and that this register is kept current.

## 2. Scope

This document applies to all suppliers of services to Northwind Ltd.

## 3. Responsibilities

The purchasing manager shall keep the list current. Buyers must check a supplier before each order.
"""

MATRIX = """
## 4. Supplier Ratings

| Supplier | Service | Rating | Reviewed on |
|---|---|---|---|
| Acme Freight | Transport | Good | 12/01/2025 |
| Blue Print | Printing | Fair | 14/02/2025 |
| Coastal IT | Hosting | Good | 03/03/2025 |
| Delta Clean | Cleaning | Poor | 21/03/2025 |

## 5. Review

This record shall be reviewed annually. Review the ratings when a supplier changes.
"""


def test_a_record_code_in_the_title_makes_a_record(tmp_path):
    k, why = kind_of(tmp_path, "pack/Supplier Ratings.md", "# REC-031 Supplier Ratings\n\n" + HEADER + MATRIX)
    assert k is Kind.RECORD, why
    assert "REC-031" in why


def test_the_same_page_without_its_code_is_read_as_before(tmp_path):
    # no code: the policy layout and its obligations decide, as they did
    k, why = kind_of(tmp_path, "pack/Supplier Ratings.md", "# Supplier Ratings\n\n" + HEADER + MATRIX)
    assert k is Kind.PROCEDURE, why


def test_a_coded_log_of_two_entries_stays_a_record(tmp_path):
    rows = MATRIX.split("| Acme")[0] + "| Acme Freight | Transport | Good | 12/01/2025 |\n| Blue Print | Printing | Fair | 14/02/2025 |\n"
    k, why = kind_of(tmp_path, "pack/Supplier Ratings.md", "# REC-031 Supplier Ratings\n\n" + HEADER + rows)
    assert k is Kind.RECORD, why


def test_minutes_coded_as_a_record_stay_minutes(tmp_path):
    # the pack's document header above it: who wrote, owns and approved the page, before the meeting's own header
    text = """# REC-003 Meeting Minutes

**CLASSIFICATION:** Internal

**VERSION:** 1

**AUTHOR:** Ann Lee

**OWNER:** Northwind Ltd

## Distribution

| Name | Position |
|---|---|
| Ann Lee | CEO |
| Bob Roe | CTO |

## Approval

| Name | Position | Status |
|---|---|---|
| Ann Lee | CEO | Signed: 03/06/2025 |
| Bob Roe | CTO | Signed: 03/06/2025 |

## Meeting: Supplier review

**Date:** 12 March 2024
**Chairperson:** Ann Lee

### 1. Attendees

| Name | Role |
|---|---|
| Ann Lee | CEO |
| Bob Roe | CTO |
| Cy Dee | Buyer |

## Agenda

1. Supplier ratings
2. Training

## Minutes

The ratings were discussed. Actions agreed: Ann to write to Delta Clean.

## Next meeting

June 2024.
"""
    k, why = kind_of(tmp_path, "pack/Meeting Minutes Record.md", text)
    assert k is Kind.REVIEW, why


def test_a_coded_record_that_records_nothing_dated_is_read_by_its_content(tmp_path):
    # a schedule of months and roles coded as a record: nothing in it is an entry of work done, so its policy
    # layout and obligations still decide, with the code weighed as a name
    plan = MATRIX.replace("Reviewed on", "Owner")
    for day, who in (("12/01/2025", "Buyer"), ("14/02/2025", "IT lead"), ("03/03/2025", "Buyer"), ("21/03/2025", "CFO")):
        plan = plan.replace(day, who)
    k, why = kind_of(tmp_path, "pack/Supplier Ratings.md", "# REC-031 Supplier Ratings\n\n" + HEADER + plan)
    assert k is Kind.PROCEDURE, why
    assert "records no dated or valued entry" in why or "REC-031" not in why


def test_a_procedure_code_or_a_code_inside_a_word_is_no_record_code(tmp_path):
    assert kind_of(tmp_path, "pack/a.md", "# SOP-031 Supplier Ratings\n\n" + HEADER + MATRIX)[0] is Kind.PROCEDURE
    assert kind_of(tmp_path, "pack/b.md", "# PREC-31 Supplier Ratings\n\n" + HEADER + MATRIX)[0] is Kind.PROCEDURE


def test_a_blank_record_with_its_code_is_a_form(tmp_path):
    blank = MATRIX.split("| Acme")[0] + "|  |  |  |  |\n|  |  |  |  |\n|  |  |  |  |\n"
    k, why = kind_of(tmp_path, "pack/Supplier Ratings.md", "# REC-031 Supplier Ratings\n\n" + HEADER + blank)
    assert k is Kind.FORM, why


LETTER_BODY = """We, the directors of Northwind Ltd, endorse the Quality Policy as the base of our management system.

This policy reflects our commitment to:

- Meeting our customers' requirements.
- Complying with all applicable legal obligations.
- Setting and reviewing measurable quality objectives.

The Quality Policy shall be communicated to all employees and shall be reviewed annually. Every manager is
responsible for applying it, and staff must raise any concern with the quality manager.
"""


def test_a_letter_code_in_the_title_makes_a_letter(tmp_path):
    k, why = kind_of(tmp_path, "pack/Directors Statement on the Quality Policy.md",
                     "# LTR-004 Directors' Statement of Commitment\n\n" + LETTER_BODY)
    assert k is Kind.OTHER, why
    assert "LTR-004" in why


def test_a_signed_letter_named_a_letter_is_a_letter(tmp_path):
    text = "# Commitment to Quality\n\n" + LETTER_BODY + \
        "\n---\n\n**Signed:**\n\n- Ann Lee - Managing Director - Signed: 03/06/2025\n- Bob Roe - Director\n"
    k, why = kind_of(tmp_path, "pack/Support Letter for Quality Policy.md", text)
    assert k is Kind.OTHER, why
    # the same words named a policy, with its signature under it, stay a policy
    assert kind_of(tmp_path, "pack/Quality Policy.md", text)[0] is Kind.PROCEDURE


def test_a_letter_by_its_salutation_and_closing(tmp_path):
    text = "# Quality Commitment\n\nDear colleagues,\n\n" + LETTER_BODY + "\nYours sincerely,\n\nAnn Lee\n\nManaging Director\n"
    k, why = kind_of(tmp_path, "pack/commitment.md", text)
    assert k is Kind.OTHER, why
    assert "Dear" in why
    # the template of a letter is the form it is written on, as before
    blank = text.replace("Dear colleagues,", "Dear [NAME],").replace("Ann Lee", "[SIGNATORY]")
    k, why = kind_of(tmp_path, "pack/commitment-letter-template.md", blank)
    assert "a letter" not in why, why


MINUTES = """### Minutes Northwind Board meeting March 12, 2024

**012/24 Supplier review**

* Ratings for the year were discussed. Decision to drop Delta Clean at the end of the contract.

* **Action point**: Ann will write to Delta Clean. Buyers must check every new supplier's insurance.

**013/24 Training**

* We agreed that staff should finish the security course by June. Check the course records each quarter.

* Remaining issues: the trainer shall send the dates. Accepted.

**014/24 Website**

* Please add comments to the draft page. Send the final text to Bob by Friday.

* The page should list every policy, and each owner must confirm theirs. Update the links. Accepted.
"""


def test_minutes_recording_decisions_are_a_review(tmp_path):
    k, why = kind_of(tmp_path, "minutes/2024/board-minutes-2024-03-12.md", MINUTES)
    assert k is Kind.REVIEW, why


def test_minutes_titled_minutes_of_a_dated_meeting_are_a_review(tmp_path):
    # no attendee list and no decision worded as one: the title says these are a dated meeting's minutes
    text = """### **Minutes Northwind Board meeting January 17th, 2024**

**24/001 Onboarding documents**

* We have documents to give new board members. Add the new members to the mailing list.

* We discussed whether new members should see earlier minutes. Check the archive first.

**24/002 Website**

* Please review the draft page. The page must list every policy, and each owner should confirm theirs.
"""
    k, why = kind_of(tmp_path, "minutes/2024/board-minutes-2024-01-17.md", text)
    assert k is Kind.REVIEW, why
    assert "title opens 'Minutes'" in why
    # a meeting's agenda is not called its minutes by its title (its own words may still make it a review)
    agenda = text.replace("Minutes Northwind", "Agenda Northwind")
    assert "title opens" not in kind_of(tmp_path, "board/board-agenda-2024-01-17.md", agenda)[1]


def test_a_report_of_a_period_is_no_procedure(tmp_path):
    text = """# Northwind Yearly Governance Report
*Reporting period: January 1, 2023 to December 31, 2023*

## Summary

The board met six times. Each director is responsible for one committee. Review the committee charters at
each meeting.

## Committees

The audit committee checks the accounts. The finance team reports to the board each quarter. Staff must
complete the training.

## Finances

Income grew by 10%.

## Next year

We should hire two trainers.
"""
    k, why = kind_of(tmp_path, "year-in-review/nw-2023.md", text)
    assert k is Kind.OTHER, why
    assert "Yearly Governance Report" in why
    # named a report alone, the period it says it covers makes it one
    k, why = kind_of(tmp_path, "year-in-review/nw-2023b.md", text.replace("Yearly Governance", "Governance"))
    assert k is Kind.OTHER, why
    assert "Reporting period" in why
    # its template is still a form
    template = "# Yearly Governance Report\n\n## Summary\n\n[Write the summary here]\n\n| Committee | Chair | Meetings |\n" \
        "|---|---|---|\n|  |  |  |\n|  |  |  |\n|  |  |  |\n"
    k, why = kind_of(tmp_path, "year-in-review/report-template.md", template)
    assert k is Kind.FORM, why
    # the same page with no period and no year in its name is read as before
    plain = text.replace("Yearly Governance", "Governance").replace("*Reporting period: January 1, 2023 to "
                                                                    "December 31, 2023*\n", "")
    assert kind_of(tmp_path, "year-in-review/nw-2023c.md", plain)[0] is Kind.PROCEDURE
