"""CM01 in a document that follows the clause numbering: its own front matter, and one edition per document.

Session 23 (ed2008's leftovers on cmhold12's csarabia, a quality manual numbered in ISO 9001:2008): the manual
opens with the quality management principles as its own sections "1.1 Customer Focus:" ... "1.6 Continual
Improvement:", which matched clauses by title alone (4 wrong CM01), and two of them named ISO 9001:2015 clauses
("1.2 Leadership:" as 2015's clause 5) in a document otherwise read in 2008: one document's findings named two
editions.
"""
from __future__ import annotations

from gapscan.mapping.declared import document_edition
from gapscan.nlp.mirroring import analyze
from gapscan.rules.cm import CM01

from cm_helpers import run

BODY_2008 = """
    ## 4.2.3 Control of Documents

    Documents required by the quality management system shall be controlled.

    ## 4.2.4 Control of Records

    Records shall be controlled and kept legible.

    ## 5.5.2 Management Representative

    Top management shall appoint a member of management as management representative.

    ## 8.2.2 Internal Audit

    The organization shall conduct internal audits at planned intervals.
    """

MANUAL = """
    # Quality Manual

    This manual describes the quality management system of Harbour Valves Ltd and how it meets ISO 9001. The
    system has been certified to ISO 9001 since 2012; the manual follows the clauses of ISO 9001.

    ## 1 Quality Principles

    ## 1.1 Customer Focus

    We put our customers first in everything we do at Harbour Valves.

    ## 1.6 Continual Improvement

    We improve our valves and our ways of working every year.
    """ + BODY_2008


def test_front_matter_numbers_matched_by_title_are_the_documents_own_sections(make):
    doc = make("quality-manual.md", MANUAL)
    a = analyze(doc)
    texts = {m.text for m in a.clause_headings}
    assert "4.2.4 Control of Records" in texts and "8.2.2 Internal Audit" in texts
    assert not any(t.startswith("1.") for t in texts), texts
    assert not any(f.message.startswith("heading '1.") for f in run(CM01, doc))


def test_a_title_matched_heading_outside_the_front_numbers_still_counts(make):
    """Only the 1.x-3.x numbers are front matter: "Continual Improvement" unnumbered, or numbered 9.1 (no clause of
    that title), still names its clause by title."""
    doc = make("quality-manual.md", MANUAL.replace("## 1.6 Continual Improvement", "## Continual Improvement"))
    assert any(m.text == "Continual Improvement" and m.clause == "8.5.1" for m in analyze(doc).clause_headings)


def test_a_document_without_clause_numbering_keeps_its_1x_title_matches(make):
    """A procedure in its own outline (1, 2, 3 ...) follows no clause numbering: "2.1 Control of Documents" there is
    a section named as the clause, which CM01 reports."""
    doc = make("procedure.md", """
        # Document Control Procedure

        This procedure meets ISO 9001:2015 for Harbour Valves Ltd.

        ## 1 Purpose

        To say how Harbour Valves controls its documents.

        ## 2.1 Control of documented information

        Documents are approved by the Quality Manager before issue and reviewed every two years.
        """)
    assert any(m.clause == "7.5.3" for m in analyze(doc).clause_headings)


def test_a_policy_in_its_own_outline_that_agrees_with_two_clauses_by_accident_keeps_its_title_matches(make):
    """The corpus's m086 kind: an ISMS scope statement numbered 1-9 in its own outline, where "4.1 Organizational
    Units" and "4.3 Information Assets" agree with clauses 4.1 and 4.3 by number and title among a dozen sections
    numbered 4 and on; its "2. Organizational Context" still names clause 4.1 by title."""
    sections = "".join(f"""
        ## {n} {title}

        Harbour Valves Ltd lists its {title.lower()} here and reviews them each March.
        """ for n, title in [("4.", "Included Elements"), ("4.1", "Organizational Units"), ("4.2", "Geographic Locations"),
                             ("4.3", "Information Assets"), ("4.4", "IT Systems and Applications"),
                             ("5.", "Excluded Elements"), ("5.1", "Excluded Units"), ("5.2", "Excluded Locations"),
                             ("6.", "Boundaries and Interfaces"), ("6.1", "Internal Boundaries"),
                             ("7.", "Rationale"), ("8.", "Review and Maintenance")])
    doc = make("isms-scope.md", """
        # ISMS Scope

        This document sets the scope of Harbour Valves Ltd's ISMS under ISO/IEC 27001:2022.

        ## 1. Purpose

        It says what the ISMS covers.

        ## 2. Organizational Context

        Harbour Valves makes valves in two plants and sells them in ten countries.
        """ + sections)
    matches = {m.text: (m.clause, m.how) for m in analyze(doc).clause_headings}
    assert matches.get("2. Organizational Context") == ("4.1", "title"), matches


def test_a_document_read_in_2008_names_no_2015_clause_by_title(make):
    doc = make("quality-manual.md", MANUAL.replace("## 1 Quality Principles", "## Leadership").replace(
        "## 1.1 Customer Focus", "## Context of the organization"))
    a = analyze(doc)
    assert {m.edition for m in a.clause_headings} == {"2008"}, [(m.text, m.clause, m.edition) for m in a.clause_headings]
    assert not any("9001:2015 clause" in f.message for f in run(CM01, doc))


def test_a_2015_document_still_matches_2015_titles(make):
    doc = make("policy.md", """
        # Quality Policy

        Harbour Valves Ltd keeps a quality management system to ISO 9001:2015.

        ## Leadership

        The managing director leads the system and chairs the monthly quality meeting.
        """)
    assert any(m.clause == "5" and m.edition is None for m in analyze(doc).clause_headings)


def test_document_edition_reads_2008_from_headings_numbered_and_titled_in_it(make):
    """The manual names no edition year (or names both, on its way to 2015): its headings decide."""
    doc = make("quality-manual.md", MANUAL)
    assert document_edition(doc, "iso9001") == "2008"
    both = make("quality-manual.md", MANUAL.replace(
        "since 2012;", "since 2012 to ISO 9001:2008 and moves to ISO 9001:2015 next year;"))
    assert document_edition(both, "iso9001") == "2008"


def test_document_edition_stays_2015_for_a_2015_numbered_document(make):
    doc = make("procedure.md", """
        # Audit Procedure

        Meets ISO 9001.

        ## 9.2 Internal audit

        Audits follow the programme.

        ## 10.2 Nonconformity and corrective action

        Actions are logged.
        """)
    assert document_edition(doc, "iso9001") == "2015"
