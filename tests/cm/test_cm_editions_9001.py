"""ISO 9001:2008 as a superseded edition of the ISO 9001 catalogue.

Held out in session 22 (cmhold12, csarabia): a quality manual that names ISO 9001 throughout and is numbered in the
2008 edition ("4.2.3 Control of Documents", "5.5.2 Management Representative", "8.2.2 Internal Quality Auditing")
was read against ISO 13485:2016, which kept the 2008 structure, and its 28 CM01 findings and its CM02 named 13485
clauses ("4.2.4 Control of Records" came out as 13485's 4.2.4 'Control of documents'). The manual is a 9001 manual
in the 2008 numbering: read it so, and say that edition is superseded.
"""
from __future__ import annotations

import pytest

from gapscan import clauses
from gapscan.nlp.mirroring import analyze, heading_edition
from gapscan.rules.cm import CM01, CM02

from cm_helpers import run

MANUAL_2008 = """
    # Quality Manual

    This manual describes the quality management system of Harbour Valves Ltd and how it meets ISO 9001. The
    system has been certified to ISO 9001 since 2012; the manual follows the clauses of ISO 9001.

    ## 4 Quality Management System

    ## 4.1 General Requirements

    The organization shall determine the processes needed for the quality management system.

    ## 4.2.3 Control of Documents

    Documents required by the quality management system shall be controlled.

    ## 4.2.4 Control of Records

    Records shall be controlled and kept legible.

    ## 5.5.2 Management Representative

    Top management shall appoint a member of management as management representative.

    ## 5.6.2 Review Input

    The input to management review shall include results of audits and customer feedback.

    ## 7.5.1 Control of Production and Service Provision

    The organization shall plan and carry out production under controlled conditions.

    ## 7.6 Control of Monitoring and Measuring Devices

    Measuring equipment shall be calibrated at specified intervals.

    ## 8.2.2 Internal Audit

    The organization shall conduct internal audits at planned intervals.

    ## 8.5.3 Preventive Action

    The organization shall determine action to eliminate the causes of potential nonconformities.
    """


def test_the_2008_edition_is_read_only_when_asked_for_and_only_by_numbers():
    iso = clauses.load("iso9001")
    assert iso.editions == ("2008",)
    assert len(iso.clauses) == 75  # coverage, mapping and `gapscan clauses` still see 2015 only
    assert iso.get("5.5.2") is None
    assert iso.get("5.5.2", "2008").title == "Management representative"
    assert iso.get("8.2.2", "2008").title == "Internal audit"
    assert iso.get("8.2.2").title == "Determining the requirements for products and services"
    assert iso.name_of("2008") == "ISO 9001:2008"
    # its titles are 13485's and the 2015 edition's too: in a document of the 2015 numbering a title alone is no
    # sign of the 2008 edition (27001:2013's exact older titles still are)
    assert iso.find_title("Management representative", "2015") is None
    assert iso.find_title("Management representative", "2008").number == "5.5.2"
    assert clauses.load("iso27001").find_title("Access control", "2022").number == "A.5.15"


@pytest.mark.parametrize("numbers, agreeing, edition", [
    # numbers alone never say 2008: a procedure's own outline runs through numbers only 2008 has
    (["4.2.3", "5.5.2", "7.6", "8.2.2"], [], "2015"),
    (["4.2.3", "5.5.2", "7.6", "8.2.2"], ["2008", "2008"], "2008"),  # two headings whose titles agree with 2008
    (["5.5.2"], ["2008"], "2015"),  # one is not enough
    (["4.3", "6.1", "9.2", "10.2"], [], "2015"),
    (["4.1", "8.2", "8.3"], [], "2015"),  # numbers both have tell nothing by themselves: the current edition
])
def test_the_edition_comes_from_numbers_only_one_edition_has(numbers, agreeing, edition):
    assert clauses.load("iso9001").edition_of(numbers, agreeing) == edition


def test_a_procedures_own_outline_is_not_read_in_2008_for_its_numbers(make):
    """A 13485 SOP numbered in its own outline ("4.1.8 Resources", "4.2.1 Management Representative", "4.3.5
    Corrective and Preventive Action"; the corpus's m060) has numbers only 2008 has, under other titles: read in
    2008 it gained 2008 titles and became a 9001 document (a first version of this change did that)."""
    doc = make("audit-sop.md", """
        # SOP-005 Internal and External Audits

        This SOP describes audits of our ISO 13485 quality system.

        ## 4.1.8 Resources

        The Quality Manager books two auditors for each audit.

        ## 4.2.1 Management Representative

        The Management Representative approves the audit plan each January.

        ## 4.3.5 Corrective and Preventive Action

        Findings are raised as CAPA records within five days.
        """)
    assert heading_edition(_headings(doc), "iso9001") == "2015"
    assert analyze(doc).standard == "iso13485"


def test_a_number_both_editions_have_is_read_in_the_edition_its_title_names(make):
    """"8.2 Monitoring and measurement" is 2008's 8.2; 2015's is 'Requirements for products and services'. Before,
    a page of chapter 8 with only such numbers was read in 2015 and its headings matched by title alone to 2015's
    9.1 and 9.1.3; the same holds for ISO/IEC 27001:2013's A.8.1 'Responsibility for assets'."""
    doc = make("chapter8.md", """
        # Measurement, analysis and improvement

        ## 8.2 Monitoring and measurement

        Customer satisfaction is one measure of the performance of the quality management system.

        ## 8.3 Control of nonconforming product

        Product that does not conform is identified and controlled.

        ## 8.4 Analysis of data

        Data from monitoring is analysed to show where improvement is needed.
        """)
    a = analyze(doc, "iso9001")
    assert [(m.clause, m.how, m.edition) for m in a.clause_headings] == [
        ("8.2", "number+title", "2008"), ("8.3", "number+title", "2008"), ("8.4", "number+title", "2008")]
    policy = make("assets.md", """
        # Asset Policy

        ## A.5.1 Management direction for information security

        Policies are approved by management.

        ## A.8.1 Responsibility for assets

        Assets are listed in the inventory.
        """)
    assert heading_edition(_headings(policy), "iso27001") == "2013"


def _headings(doc):
    from gapscan.model import BlockType

    return tuple(b for b in doc.blocks if b.type is BlockType.HEADING)


def test_a_2008_numbered_manual_that_names_iso_9001_is_read_as_iso_9001_2008(make):
    doc = make("quality-manual.md", MANUAL_2008)
    a = analyze(doc)
    assert a.standard == "iso9001"
    by_clause = {m.clause: (m.how, m.edition, m.title) for m in a.clause_headings}
    assert by_clause["4.2.4"] == ("number+title", "2008", "Control of records (2008 edition)")
    assert by_clause["5.5.2"][:2] == ("number+title", "2008")
    assert by_clause["8.2.2"] == ("number+title", "2008", "Internal audit (2008 edition)")
    assert by_clause["7.6"][:2] == ("number+title", "2008")  # its 2000 title, "devices"


def test_cm01_and_cm02_name_iso_9001_2008_and_say_it_is_superseded(make):
    doc = make("quality-manual.md", MANUAL_2008)
    cm01 = {f.metrics["clause"]: f for f in run(CM01, doc)}
    f = cm01["8.2.2"]
    assert f.message == ("heading '8.2.2 Internal Audit' is ISO 9001:2008 clause 8.2.2 'Internal audit' (clause number "
                         "and title; ISO 9001:2008 is superseded by ISO 9001:2015)")
    assert f.metrics["edition"] == "2008" and f.metrics["standard"] == "iso9001"
    # the fix asks the questions of the clause 2008's 8.2.2 became (2015's 9.2), not of 2015's 8.2.2
    internal_audit = clauses.load("iso9001").get("9.2").questions[0]
    requirements = clauses.load("iso9001").get("8.2.2").questions[0]
    assert internal_audit in f.fix and requirements not in f.fix
    assert not any("13485" in x.message or "9001:2015 clause" in x.message for x in cm01.values())
    (order,) = run(CM02, doc)
    assert "follow ISO 9001:2008 clause order (4 -> 8.5.3); ISO 9001:2008 is superseded by ISO 9001:2015" \
        in order.message, order.message


def test_a_13485_manual_in_that_numbering_stays_13485(make):
    """The corpus's t040 kind: a manual numbered like ISO 9001:2008 that names ISO 13485 is a 13485 manual."""
    doc = make("quality-manual.md", MANUAL_2008.replace("Harbour Valves Ltd", "Harbour Catheters Ltd")
               .replace("ISO 9001", "ISO 13485:2016"))
    a = analyze(doc)
    assert a.standard == "iso13485"
    assert not any(m.edition for m in a.clause_headings)


def test_where_nothing_is_named_the_headings_still_decide(make):
    """No standard named: the catalogue the headings agree with, a 13485 manual by its 13485-only clauses."""
    doc = make("device-manual.md", """
        # Quality Manual

        ## 4.2.3 Medical device file

        A file is kept for each device type.

        ## 4.2.5 Control of records

        Records are kept for the lifetime of the device.

        ## 7.5.8 Identification

        Product is identified throughout realization.

        ## 8.2.2 Complaint handling

        Complaints are recorded and investigated.
        """)
    assert analyze(doc).standard == "iso13485"


def test_a_standard_the_document_names_beats_one_admitted_only_by_its_headings(make):
    """A manual titled and written for ISO 9001 whose headings follow ISO 13485:2016 (the template was a 13485 one; the
    company makes valves) is read against the standard it names, whose clauses two of its headings name by number
    and title; 13485, which nothing names, is not a candidate. Before, 13485's better fit decided. The same headings
    in a manual that names ISO 13485 as well are still read by their fit."""
    body = """
        ## 5.5.2 Management representative

        The Quality Manager is the management representative.

        ## 5.6.2 Review input

        Review input includes audit results and customer feedback.

        ## 4.2.5 Control of records

        Records are kept for ten years.

        ## 7.5.2 Cleanliness of product

        Valves are cleaned before packing.

        ## 7.5.3 Installation activities

        Installation on site follows the installation checklist.

        ## 7.5.4 Servicing activities

        Service visits are booked through the service desk.

        ## 7.5.8 Identification

        Product is identified with its batch number.

        ## 7.5.9 Traceability

        Batches are traceable to the raw material certificate.

        ## 8.2.2 Complaint handling

        Complaints are logged in the complaints register within one day.

        ## 8.2.4 Internal audit

        Internal audits are held each year.

        ## 8.2.5 Monitoring and measurement of processes

        Process measures are reviewed each month.
        """
    named = make("quality-manual.md", """
        # ISO 9001 Quality Manual

        This manual sets out how the quality management system of Harbour Valves Ltd meets ISO 9001. Our certificate
        of registration to ISO 9001 covers the design and supply of valves.
        """ + body)
    assert analyze(named).standard == "iso9001"
    both = make("quality-manual.md", """
        # Quality Manual

        This manual sets out how the quality management system of Harbour Catheters Ltd meets ISO 13485:2016 and
        ISO 9001. Our certificate of registration to ISO 9001 covers the design and supply of catheters.
        """ + body)
    assert analyze(both).standard == "iso13485"
