"""What a reader sees as a clause heading: citations of controls and sub-clauses, defined terms set as
headings, and tables of contents."""
from __future__ import annotations

import pytest

from gapscan.nlp.mirroring import analyze, match_heading


@pytest.mark.parametrize("heading, standard, clause", [
    ("1.1 Inventory of IT Assets (Control 5.9)", "iso27001", "A.5.9"),  # no clause 5.9: the control
    ("7.1 Device Management (Control 8.1)", "iso27001", "A.8.1"),  # clause 8.1 exists, but a control is cited
    ("9.2 Monitoring and Time Synchronization (Controls 8.16–8.17)", "iso27001", "A.8.17"),
    ("Document Identification (7.5.3.1)", "iso9001", "7.5.3"),  # deeper than the catalogue: its parent
    ("Supplier Relationships (A 5.19)", "iso27001", "A.5.19"),
])
def test_a_cited_control_or_sub_clause_is_the_clause_it_names(heading, standard, clause):
    hit = match_heading(heading, None, standard)
    assert hit is not None and (hit[0].number, hit[1]) == (clause, "cited")


@pytest.mark.parametrize("heading, standard", [
    ("Change Management/Control Process (12.1.2)", "iso27001"),  # a 2013 number: neither 12.1.2 nor 12.1
    ("Something Else (4.9.9)", "iso9001"),  # never climbs to a whole clause ("4")
])
def test_a_citation_the_catalogue_cannot_place_is_not_a_clause_heading(heading, standard):
    assert match_heading(heading, None, standard) is None


def test_controls_cited_in_headings_count_as_clause_headings(make):
    doc = make("it-admin.md", """
        # IT Administration Policy

        ## 1.1 Inventory of IT Assets (Control 5.9)

        - Keep a register of all hardware and software.

        ## 1.2 Acceptable Use of IT Assets (Control 5.10)

        - Use company assets for business purposes only.

        ## 1.3 Return of Assets (Control 5.11)

        - Return all assets when leaving.
        """)
    a = analyze(doc, "iso27001")
    assert [(m.text, m.clause) for m in a.clause_headings] == [
        ("1.1 Inventory of IT Assets (Control 5.9)", "A.5.9"),
        ("1.2 Acceptable Use of IT Assets (Control 5.10)", "A.5.10"),
        ("1.3 Return of Assets (Control 5.11)", "A.5.11")]
    assert a.order_run.length == 3


def test_terms_set_as_headings_in_a_definitions_section_are_not_headings(make):
    doc = make("manual.md", """
        # Laboratory Quality Manual

        ## 3 Terms and Definitions

        #### Calibration

        The relationship between the instrument response and the known value of a standard.

        #### Traceability

        The ability to trace a standard to its source.

        ## 4 Sample Receipt

        Samples are logged in the LIMS on arrival and stored at 4 degrees.
        """)
    a = analyze(doc, "iso9001")
    assert a.headings == 3  # the title, "3 Terms and Definitions" and "4 Sample Receipt"
    assert [m.clause for m in a.clause_headings] == []  # "Calibration" is a defined word, not clause 7.1.5
    assert a.words == 13  # only the sample receipt sentence is scored


def test_a_table_of_contents_is_not_text(make):
    doc = make("policy.md", """
        # Access Control Policy

        ## Table of Contents

        1. Purpose
        2. Scope
        3. Access Reviews

        ## 1. Purpose

        Access rights are reviewed by each system owner every quarter in the IAM portal.
        """)
    a = analyze(doc, "iso27001")
    assert a.headings == 2  # the title and "1. Purpose": the contents heading is not a section
    assert a.words == 14
