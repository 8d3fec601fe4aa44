"""A document's own cross-reference: read where it is written, and taken out of what is mapped."""
from __future__ import annotations

from gapscan.ingest import DEFAULT_LIMITS, parse_file
from gapscan.mapping import declared
from gapscan.model import BlockType

from map_helpers import HARROW


def texts(doc) -> str:
    return "\n".join(b.text for b in doc.blocks if b.type is not BlockType.TABLE)


def test_reference_line_is_read_with_its_location_and_stripped(parse):
    doc = parse("qp12.md", "# QP-12 Buying\n\nISO 9001:2015 references: Clause 8.4, 8.5.1 (Production)\n\n"
                           "## Approval\n\nThe Buyer scores each new supplier out of 100.\n")
    found, stripped = declared.read(doc, "iso9001")
    assert [(d.clauses, d.location.line, d.section, d.how) for d in found] == [(("8.4", "8.5"), 3, None, "line")]
    assert "8.4" not in texts(stripped) and "Production" not in texts(stripped)
    assert "The Buyer scores each new supplier" in texts(stripped)


def test_heading_citation_declares_its_section_and_keeps_the_heading_words(parse):
    doc = parse("suppliers.md", "# Supplier security\n\nWe work with cloud vendors.\n\n"
                                "## Supplier Relationships & Classification (A 5.19)\n\n"
                                "Vendors are tiered by the data they hold.\n")
    found, stripped = declared.read(doc, "iso27001")
    assert [(d.clauses, d.section, d.location.line) for d in found] == [
        (("A.5.19",), "Supplier Relationships & Classification (A 5.19)", 5)]
    headings = [b.text for b in stripped.blocks if b.type is BlockType.HEADING]
    assert headings == ["Supplier security", "Supplier Relationships & Classification"]


def test_cross_reference_table_of_an_example_is_read():
    path = HARROW / "procedures" / "HS-04 Near-Miss Reporting Procedure.md"
    doc = parse_file(path, path.name, DEFAULT_LIMITS)
    found, stripped = declared.read(doc, "iso45001")
    assert [(d.clauses, d.how, d.location.line) for d in found] == [(("5.4", "6.1", "10.2"), "table", 23)]
    assert not any("Cross-reference" in b.text for b in stripped.blocks)
    assert not stripped.tables()


def test_near_misses_declare_nothing(parse):
    doc = parse("near.md", "# Tool qualification\n\n"
                           "Tool qualification follows ISO 26262 (Part 8, Clause 11).\n\n"
                           "Clauses 4-10: all of the framework applies.\n\n"
                           "See section 4.2 of this procedure for the sampling plan.\n\n"
                           "In planning, the sales team take account of the issues and requirements identified under "
                           "clause 4 and of the risks raised at the monthly meeting with the two largest customers.\n\n"
                           "| Audit # | Month | ISO 9001 Clauses | Lead Auditor |\n|---|---|---|---|\n"
                           "| 1 | March | 8.4 | J. Patel |\n| 2 | June | 8.5 | J. Patel |\n")
    found, stripped = declared.read(doc, "iso9001")
    assert found == ()
    assert len(stripped.blocks) == len(doc.blocks)


def test_title_loses_its_clause_citation_and_blind_drops_a_clause_numbered_title(parse):
    scope = parse("scope.md", "# ISMS Scope — ISO 27001:2022 Clause 4.3\n\nThe ISMS covers the Leeds office.\n")
    assert declared.title(scope, "iso27001") == "ISMS Scope"
    numbered = parse("qm.md", "# 8.4 Control of externally provided processes, products and services\n\n"
                              "Suppliers are approved by the Buyer.\n")
    assert declared.title(numbered, "iso9001", blind=True) == ""
    assert declared.title(numbered, "iso9001").startswith("8.4 Control of externally provided")


def test_a_procedures_own_numbering_is_not_read_as_clause_numbers(parse):
    # a supplier procedure numbering its own sections: "4.4" here is its fourth step, not ISO 9001's 4.4
    sop = parse("sop.md", "# Supplier and Purchasing Control\n\nISO 9001:2015 applies.\n\n"
                          "## 4.1 Supplier Evaluation Process\n\nThe Buyer sends each new supplier a survey.\n\n"
                          "## 4.2 Risk Categories\n\nSuppliers of critical parts are category A.\n\n"
                          "## 4.4 Supplier Selection Process\n\nThe Buyer picks the supplier with the best score.\n")
    assert declared.clause_numbered("4.4 Supplier Selection Process", None, "iso9001") is False
    # one word every clause title may hold ("management") does not make a heading the clause
    assert declared.clause_numbered("4.4 Opportunity Management", None, "iso9001") is False
    assert declared.clause_numbered("4.4 Food safety management system", None, "iso9001") is True
    found, stripped = declared.read(sop, "iso9001", blind=True)
    assert found == ()
    assert "4.4 Supplier Selection Process" in [b.text for b in stripped.blocks if b.type is BlockType.HEADING]
    # a manual numbered by the standard: its headings are clause numbers, and blind keeps only the number
    manual = parse("qm.md", "# Quality Manual\n\nISO 9001:2015 applies.\n\n"
                            "## 4.4 Quality management system and its processes\n\nOur processes are mapped.\n\n"
                            "## 8.4 Control of externally provided processes, products and services\n\n"
                            "The Buyer approves suppliers.\n\n## 9.2 Internal audit\n\nAudits run monthly.\n")
    assert declared.clause_numbered("9.2 Internal audit", None, "iso9001") is True
    found, _ = declared.read(manual, "iso9001", blind=True)
    assert [(d.clauses, d.how, d.location.line) for d in found] == [
        (("4.4",), "numbered heading", 5), (("8.4",), "numbered heading", 9), (("9.2",), "numbered heading", 13)]


def test_a_2013_citation_is_converted_never_read_as_the_2022_control_with_its_digits(parse):
    doc = parse("suppliers-2013.md", "# Supplier Security Policy\n\n"
                                     "ISO/IEC 27001 standard, clauses A.15.1.1, A.8.1.4, A.12.4\n\n"
                                     "## Vetting\n\nThe Buyer checks each new supplier's certificate.\n")
    found, stripped = declared.read(doc, "iso27001")
    # A.15.1.1 -> A.5.19, A.8.1.4 (Return of assets) -> A.5.11, the object A.12.4 (Logging and monitoring) ->
    # its controls' A.8.15 and A.8.17; 2022's A.8.1 and A.12 (no such control) appear nowhere
    assert [(d.clauses, d.edition, d.location.line) for d in found] == [
        (("A.5.19", "A.5.11", "A.8.15", "A.8.17"), "2013", 3)]
    assert "A.15" not in texts(stripped)


def test_a_2013_object_named_with_its_year_is_converted_and_2022_numbers_stay_as_cited(parse):
    old = parse("assets-2013.md", "# Asset Policy\n\nScope: ISO 27001:2013, Control A.8.1\n\n"
                                  "## Inventory\n\nIT keeps the asset register.\n")
    found, _ = declared.read(old, "iso27001")
    # two levels exist in both editions; the named year decides: 2013's "Responsibility for assets"
    assert [(d.clauses, d.edition) for d in found] == [(("A.5.9", "A.5.10", "A.5.11"), "2013")]
    new = parse("endpoints.md", "# Endpoint Policy\n\nScope: ISO 27001:2022, Control A.8.1\n\n"
                                "## Laptops\n\nIT encrypts every laptop.\n")
    found, _ = declared.read(new, "iso27001")
    assert [(d.clauses, d.edition) for d in found] == [(("A.8.1",), None)]


def test_blind_reads_a_control_numbered_without_its_a_only_under_the_control_own_title(parse):
    doc = parse("controls.md", "# Information security procedures\n\nHow we run the controls.\n\n"
                               "## 5.15 Access control\n\nAccess is granted by role.\n\n"
                               "## 5.2 Information security roles and responsibilities\n\nThe CISO owns the ISMS.\n\n"
                               "## 8.1 Security Practices\n\nPatches are applied monthly.\n")
    found, stripped = declared.read(doc, "iso27001", blind=True)
    assert [(d.section, d.clauses, d.location.line) for d in found] == [
        ("5.15 Access control", ("A.5.15",), 5),
        ("5.2 Information security roles and responsibilities", ("A.5.2",), 9)]
    # the policy's own section 8.1 keeps its words: "security" alone does not make it A.8.1 User endpoint devices
    assert "8.1 Security Practices" in [b.text for b in stripped.blocks if b.type is BlockType.HEADING]


def test_a_table_of_related_controls_and_a_document_section_column_are_not_coverage(parse):
    related = parse("classification.md", "# Classification Policy\n\nLabels follow the scheme.\n\n"
                                         "Related Controls:\n\n| Control | Integration Point |\n|---|---|\n"
                                         "| A.5.9 | Assets are classified |\n| A.8.24 | Encryption per level |\n")
    assert declared.read(related, "iso27001")[0] == ()
    own = parse("plan.md", "# Quality Plan\n\n| ISO 13485:2016 Section | Document Section |\n|---|---|\n"
                           "| 4.1.1 | 1. |\n| 4.1.2 | 4. |\n| 5.3 | 2. |\n\n## Summary\n\nThe plan for the product.\n")
    found, _ = declared.read(own, "iso13485")
    # 4.1.1, deeper than the catalogue lists, is its 4.1; the document's own "4." is not clause 4
    assert [(d.clauses, d.how, d.location.line) for d in found] == [(("4.1", "5.3"), "table", 3)]


def test_clause_10_of_a_2013_document_is_read_with_its_two_clauses_swapped(parse):
    old = parse("ca-2013.md", "# Corrective Actions\n\nISO/IEC 27001 standard, clause 10.1; control A.16.1.6\n\n"
                              "## Raising\n\nAnyone raises a nonconformity on the CA log.\n")
    found, _ = declared.read(old, "iso27001")
    # 2013's 10.1 Nonconformity and corrective action is 2022's 10.2; A.16.1.6 (learning from incidents) A.5.27
    assert [(d.clauses, d.edition) for d in found] == [(("10.2", "A.5.27"), "2013")]
    new = parse("ca-2022.md", "# Corrective Actions\n\nISO/IEC 27001:2022, clause 10.1\n\n"
                              "## Improving\n\nThe ISMS owner keeps an improvement log.\n")
    assert [d.clauses for d in declared.read(new, "iso27001")[0]] == [("10.1",)]
