"""Kinds the real corpus still got wrong after session 20 (kinds21), each cause both ways.

A page written for a clause of the standard: arturGRC/iso27001-practical-guide's ISMS documentation (corpus h197,
h198, h200, labelled procedure by both readers, h198 form by one) opens "Supports: Clause 4.1" over a list of
external and internal issues, a table of interested parties, a table of objectives. Nothing in them was a step,
an obligation or a procedure's heading, so they had no clear signal: other.
"""
from __future__ import annotations

from classify_helpers import assert_kind, kind_of
from gapscan.model import Kind

ISSUES = """# Context of the Organisation

**Supports:** Clause 4.1

## External Issues
- Data protection law and the rules of the sector
- Attacks seen against firms of our size
- Customers asking for proof of security

## Internal Issues
- How the company is run and who decides
- Budget and staff for security
- Old systems still in use

This analysis feeds the scope document and the risk assessment.
"""


def test_a_page_written_for_a_clause_is_a_procedure_like_page(tmp_path):
    # before: "no clear signal", other
    assert_kind(tmp_path, "context-of-organisation.md", ISSUES, Kind.PROCEDURE, "Supports: Clause 4.1")


def test_a_clause_named_in_passing_is_no_opening_line(tmp_path):
    # a sentence that mentions a clause ("feeds clause 8.4") says nothing of what the page is
    text = ISSUES.replace("**Supports:** Clause 4.1", "Sources are noted, as clause 8.4 asks.")
    kind, why = kind_of(tmp_path, "context-of-organisation.md", text)
    assert kind is Kind.OTHER and "written for" not in why, why


def test_a_template_for_a_clause_with_an_empty_tracker_stays_a_form(tmp_path):
    # the Ankit-Uniyal toolkit's audit programme (corpus s112, form): a clause line over an empty findings tracker
    text = """# Internal Audit Programme

## ISO/IEC 27001:2022 | Clause 9.2

## Findings Tracker

| Finding ID | Audit | Finding | Category | Owner | Due Date | Status |
|---|---|---|---|---|---|---|
| | | | | | | |
"""
    assert_kind(tmp_path, "audit-programme.md", text, Kind.FORM)


# A handbook page whose steps stand in a two-column table (ModelUser123/CJs-Company-Mans-Bible security-threats.md,
# corpus h064, procedure by both readers): "Step | Action", "1 | Report to supervisor", "4 | Notify law enforcement".
# Table cells were never read for steps, so its only signal was a small checklist: other.
THEFT = """# Site Security Threats

Theft, vandalism and trespass happen at remote sites. The site lead keeps the location secure.

## Perimeter

| Measure | Where |
|---------|-------|
| **Fencing** | Where practical |
| **Gates** | Locked when nobody is there |
| **Lighting** | Around the yard |

## If Something Is Stolen

| Step | Action |
|------|--------|
| 1 | Report it to the supervisor |
| 2 | List what was taken |
| 3 | Keep people away from the area |
| 4 | Notify the police |
| 5 | Send the police report to head office |
"""


def test_numbered_steps_in_a_table_are_steps(tmp_path):
    # before: "no clear signal", other
    assert_kind(tmp_path, "security-threats.md", THEFT, Kind.PROCEDURE, "numbered steps in a table of steps")


def test_a_numbered_action_log_is_no_table_of_steps(tmp_path):
    # the same orders, each given a date and a state: a log of what was done, not steps for a reader
    log = THEFT.split("| Step | Action |")[0] + """| # | Action | Due | Status |
|---|---|---|---|
| 1 | Report it to the supervisor | 03/02/2025 | Done |
| 2 | List what was taken | 04/02/2025 | Done |
| 3 | Keep people away from the area | 04/02/2025 | Done |
| 4 | Notify the police | 05/02/2025 | Open |
"""
    kind, why = kind_of(tmp_path, "security-threats.md", log)
    assert "table of steps" not in why, why


def test_a_numbered_list_of_decisions_is_no_table_of_steps(tmp_path):
    # a board's record of what it resolved ("1 | Close the programme ..."): orders in form, decisions in fact
    text = """# Programme Closure

## Decisions

| # | Decision | Reference |
|---|---|---|
| 1 | Close the programme at the end of June | DEC-909 |
| 2 | Carry the three open items into normal running | DEC-912 |
| 3 | Keep the red measure on the scorecard | DEC-903 |
"""
    kind, why = kind_of(tmp_path, "closure.md", text)
    assert "table of steps" not in why, why


# A master index of a policy pack (epact policies/POLICIES-INDEX.md, regression set epact): its tables list the
# pack's files, one a row, and its own upkeep has blanks ("Last Updated: [Date]", a contact's phone "[TBC]"). Those
# blanks, counted as a form's fields and a contacts table "with no entries", outweighed the index: form.
def _pack_index() -> str:
    rows = "\n".join(f"| {n:02d} | Policy {n} | `{n:02d}-policy-{n}.md` | Draft |" for n in range(1, 13))
    return f"""# Policies and Registers Index

**Last Updated**: [Date]
**Next Review**: [Date + 12 months]
**Approved by**: [Name]

## Policies

| # | Policy | File | Status |
|---|--------|------|--------|
{rows}

## Contacts

| Topic | Contact | Email | Phone |
|---|---|---|---|
| Policies | ISMS Lead | isms@example.org | [TBC] |
| Data protection | DPO | dpo@example.org | [TBC] |
| HR policies | Managing Director | md@example.org | [TBC] |

## Roadmap

- [x] Draft the twelve policies
- [x] Set up the registers
- [ ] Director reviews every policy
- [ ] Publish the policies on the intranet
- [ ] Email all staff where to find them
- [ ] Collect signed acknowledgements
- [ ] Book the first internal audit
- [ ] Book the certification audit

## Notes

The policies follow the order of Annex A so that an auditor can find each control.
Each register sits beside the policy that asks for it.
The pack was written for a company of about twenty people working mostly online.
A policy that no longer fits should be changed, not ignored.
Questions about a policy go to the ISMS lead first.
Training on the pack is given when someone joins and once a year after that.
"""


def test_an_index_of_files_keeps_its_own_blanks_as_gaps_not_a_forms_fields(tmp_path):
    # before: form ("1 table with no entries, 3 blank or example rows; 3 blank fields to fill", the checklist)
    assert_kind(tmp_path, "POLICIES-INDEX.md", _pack_index(), Kind.OTHER, "an index of them")


def test_a_contacts_form_with_blanks_is_still_a_form(tmp_path):
    # the same contacts table with nothing in it but blanks, on a page that is no index: the form to fill in
    text = """# Emergency Contacts

Fill in before the season starts.

| Role | Name | Phone |
|---|---|---|
| Site lead | [Name] | [Phone] |
| First aider | [Name] | [Phone] |
| Fire warden | [Name] | [Phone] |
"""
    assert_kind(tmp_path, "contacts.md", text, Kind.FORM)
