"""ISO/IEC 27001's superseded 2013 Annex A: policies numbered A.9.2.3 or titled "Third party service delivery
management" are clause headings, and the numbers the two editions share (A.5.1, A.8.1) are read in the edition
the document's own numbering follows."""
from __future__ import annotations

import pytest

from gapscan import clauses
from gapscan.nlp.mirroring import analyze, match_heading


def test_the_2013_annex_is_read_only_when_an_edition_is_asked_for():
    iso = clauses.load("iso27001")
    assert len(iso.clauses) == 139  # coverage, mapping and `gapscan clauses` still see 2022 only
    assert len([c for c in iso.superseded if c.number.count(".") == 3]) == 114  # the 2013 controls
    assert iso.get("A.9.2.3") is None
    assert iso.get("A.9.2.3", "2022").title == "Management of privileged access rights"
    assert iso.get("A.5.1", "2022").title == "Policies for information security"
    assert iso.get("A.5.1", "2013").title == "Management direction for information security"
    assert iso.get("A.5.37", "2013").title == "Documented operating procedures"  # only 2022 has it
    assert iso.find_title("Access control", "2013").number == "A.9"
    assert iso.find_title("Access control", "2022").number == "A.5.15"


@pytest.mark.parametrize("numbers, edition", [
    (["A.5.1", "A.9.2.3", "A.8.1"], "2013"),  # three levels under A
    (["A.12", "A.13.1"], "2013"),  # domains past A.8
    (["A.5.1", "A.5.37", "A.8.1"], "2022"),
    (["A.5.1", "A.8.1"], "2022"),  # shared numbers tell nothing: the current edition
    ([], "2022"),
])
def test_the_edition_comes_from_numbers_only_one_edition_has(numbers, edition):
    assert clauses.load("iso27001").edition_of(numbers) == edition


def test_a_policy_numbered_like_2013_reads_shared_numbers_as_2013(make):
    doc = make("isms-policy.md", """
        # Information Security Policy

        ## A.5.1 Management direction for information security

        Security policies shall be defined and approved by management.

        ## A.8.1 Responsibility for assets

        Assets shall be identified and an inventory maintained.

        ## A.9.2.3 Management of privileged access rights

        The allocation of privileged access rights shall be restricted and controlled.

        ## A.12.3 Backup

        Backup copies shall be taken and tested regularly.
        """)
    a = analyze(doc, "iso27001")
    assert [(m.clause, m.how, m.title) for m in a.clause_headings] == [
        ("A.5.1", "number+title", "Management direction for information security (2013 edition)"),
        ("A.8.1", "number+title", "Responsibility for assets (2013 edition)"),
        ("A.9.2.3", "number+title", "Management of privileged access rights (2013 edition)"),
        ("A.12.3", "number+title", "Backup (2013 edition)")]
    assert a.order_run.length == 4


def test_a_policy_numbered_like_2022_keeps_the_2022_controls(make):
    doc = make("isms-policy.md", """
        # Information Security Policy

        ## A.5.1 Policies for information security

        Topic policies are approved by the CISO.

        ## A.5.37 Documented operating procedures

        Runbooks live in the ops wiki.

        ## A.8.1 User endpoint devices

        Laptops are enrolled in MDM before first use.
        """)
    a = analyze(doc, "iso27001")
    assert [(m.clause, m.title) for m in a.clause_headings] == [
        ("A.5.1", "Policies for information security"),
        ("A.5.37", "Documented operating procedures"),
        ("A.8.1", "User endpoint devices")]


@pytest.mark.parametrize("heading, clause", [
    ("Third Party Service Delivery Management", "A.15.2"),  # the 2005 title, renamed in 2013
    ("Responsibility for Assets", "A.8.1"),
    ("Supplier service delivery management", "A.15.2"),
])
def test_unnumbered_titles_of_the_older_annex_match_when_editions_are_read(heading, clause):
    assert match_heading(heading, None, "iso27001") is None  # the mapping's lookups stay on 2022
    hit = match_heading(heading, None, "iso27001", edition="2022")
    assert hit is not None and hit[0].number == clause


def test_the_standard_of_a_2013_policy_is_detected_from_its_controls(make):
    doc = make("access.md", """
        # Access Control Policy

        ## A.9.1.1 Access control policy

        An access control policy shall be established.

        ## A.9.2.1 User registration and de-registration

        A formal user registration process shall be implemented.

        ## A.9.2.5 Review of user access rights

        Asset owners shall review users' access rights at regular intervals.
        """)
    a = analyze(doc)
    assert a.standard == "iso27001"
    assert [m.clause for m in a.clause_headings] == ["A.9.1.1", "A.9.2.1", "A.9.2.5"]


@pytest.mark.parametrize("heading", [
    "Compliance",  # a one-word 2013 domain title: a topic, unless the numbers say 2013
    "Issue Management",  # near the 2013 "Asset management" in letters only
    "Access Management",  # near the 2013 "User access management"
])
def test_without_2013_numbers_an_older_title_must_be_exact_and_more_than_a_word(heading):
    assert match_heading(heading, None, "iso27001", edition="2022") is None


def test_in_a_2013_numbered_policy_a_one_word_domain_title_is_its_domain():
    hit = match_heading("Compliance", None, "iso27001", edition="2013")
    assert hit is not None and (hit[0].number, hit[1]) == ("A.18", "title")


def test_cm01_names_a_2013_control_in_its_own_edition(make):
    """A consultant reads "ISO/IEC 27001:2013 clause A.9.2.3 'Management of privileged access rights'", not a
    2022 clause whose title says "(2013 edition)"."""
    from gapscan.rules.cm import CM01

    from cm_helpers import run

    doc = make("access-policy.md", """
        # Access Control Policy

        ## A.9.1.1 Access control policy

        An access control policy shall be established, documented and reviewed.

        ## A.9.2.3 Management of privileged access rights

        The allocation and use of privileged access rights shall be restricted and controlled.

        ## A.9.4.1 Information access restriction

        Access to information shall be restricted in accordance with the access control policy.
        """)
    messages = [f.message for f in run(CM01, doc)]
    assert "heading 'A.9.2.3 Management of privileged access rights' is ISO/IEC 27001:2013 clause A.9.2.3 " \
           "'Management of privileged access rights' (clause number and title; ISO/IEC 27001:2013 is superseded by " \
           "ISO/IEC 27001:2022)" in messages
    assert not any("2022 clause" in m or "edition)" in m for m in messages)


def test_a_drafts_cross_reference_reads_a_2013_policy_in_its_edition(make):
    """draft's clause cross-reference took the headings' numbers into the 2022 catalogue: A.8.1 'Responsibility
    for assets' came out as 2022's 'User endpoint devices', and 2013-only numbers were dropped."""
    from gapscan.draft.crossref import clause_references

    doc = make("access-policy.md", """
        # Access Control Policy

        ## A.8.1 Responsibility for assets

        Assets shall be identified and an inventory maintained.

        ## A.9.2.3 Management of privileged access rights

        The allocation of privileged access rights shall be restricted and controlled.

        ## A.12.3 Backup

        Backup copies shall be taken and tested regularly.
        """)
    refs = clause_references(doc, analyze(doc, "iso27001"))
    assert [(r.standard, r.clause, r.title) for r in refs] == [
        ("ISO/IEC 27001:2013", "A.8.1", "Responsibility for assets"),
        ("ISO/IEC 27001:2013", "A.9.2.3", "Management of privileged access rights"),
        ("ISO/IEC 27001:2013", "A.12.3", "Backup")]
    assert clauses.load("iso27001").name_of(None) == clauses.load("iso27001").name_of("2022") == "ISO/IEC 27001:2022"
