"""A number after a heading ("Phishing — 5.4.1") is an ISO clause only when something says so: the citation
names the standard, the heading's words share a word with the clause's title, the number exists at that depth
in the standard, or the document (or run) is about the standard. A document that names another framework
(PCI DSS, NIST, HIPAA ...) and not the ISO standard keeps its own numbering."""
from __future__ import annotations

import pytest

from cm_helpers import run
from gapscan.nlp.mirroring import analyze, match_heading
from gapscan.rules.cm import CM01


@pytest.mark.parametrize("heading, standard", [
    ("Protocol and Cipher Standards — 4.2.1", "iso27001"),  # a requirement of another framework, 4.2 shares no word
    ("Phishing — 5.4.1", "iso45001"),
    ("The visitor log — 9.3.4", "iso27001"),
    ("Purchasing — 8.4.1", "iso9001"),  # 8.4.1 exists in ISO 9001, but this document is about another framework
])
def test_a_foreign_document_keeps_its_numbers(heading, standard):
    assert match_heading(heading, None, standard, about="foreign") is None


@pytest.mark.parametrize("heading, standard", [
    ("Phishing — 5.4.1", "iso45001"),  # 45001 has no 5.4.1 and "phishing" is no word of 5.4
    ("Trusted Keys Inventory — 4.2.1.1", "iso27001"),
])
def test_an_unsupported_citation_is_not_a_clause_in_a_document_naming_nothing(heading, standard):
    assert match_heading(heading, None, standard, about="unnamed") is None


@pytest.mark.parametrize("heading, standard, about, clause", [
    ("Purchasing — 8.4.1", "iso9001", "unnamed", "8.4.1"),  # exists at that depth
    ("Document Identification (7.5.3.1)", "iso9001", "unnamed", "7.5.3"),  # words shared with the title
    ("Supplier Relationships (A 5.19)", "iso27001", "foreign", "A.5.19"),  # words shared with the title
    ("Records (ISO 9001 7.5)", "iso9001", "foreign", "7.5"),  # the citation names the standard
    ("Phishing — 5.4.1", "iso45001", "named", "5.4"),  # the document is about ISO 45001
])
def test_a_supported_citation_is_still_the_clause(heading, standard, about, clause):
    hit = match_heading(heading, None, standard, about=about)
    assert hit is not None and (hit[0].number, hit[1]) == (clause, "cited")


PCI_CHAPTER = """
# Transmission Security

This chapter meets PCI DSS v4.0 Requirement 4 for the store estate.

## 1. Protocol and Cipher Standards — 4.2.1

TLS 1.2 or later on every store link; the network team checks the cipher list each quarter.

## 2. Trusted Keys Inventory — 4.2.1.1

The PKI lead keeps the inventory in the CMDB and reviews it monthly.

## 3. Phishing — 5.4.1

The mail gateway quarantines lookalike domains; the SOC reviews the queue daily.

## 4. The visitor log — 9.3.4

Reception keeps the visitor log for 90 days in the badge system.

## 5. Unique User IDs — 8.2.1

Every admin has a named account in the directory; shared accounts are disabled.
"""


def test_cm01_keeps_another_frameworks_requirement_numbers(make):
    doc = make("transmission.md", PCI_CHAPTER)
    assert run(CM01, doc) == []
    assert analyze(doc).clause_headings == ()


ISO_PROCEDURE = """
# Documents and Suppliers

## 7.5 Documented information

Documented information shall be controlled as appropriate.

## 8.4 Control of externally provided processes

The organization shall ensure externally provided processes conform to requirements.

## 8.5 Production and service provision

The organization shall implement production under controlled conditions.
"""

CITING_MANUAL = """
# Quality Manual

## Records kept (ISO 9001 7.5)

The quality lead files records in the DMS.

## Supplier approval (ISO 9001 8.4)

Buyers approve suppliers on the approved list.

## Internal audits (ISO 9001 9.2)

The audit lead plans audits each year.
"""


@pytest.mark.parametrize("text", [ISO_PROCEDURE, CITING_MANUAL])
def test_cm01_still_names_clause_mirrored_and_citing_headings(make, text):
    doc = make("qms.md", text)
    found = run(CM01, doc)
    assert [f.metrics["clause"] for f in found] == ["7.5", "8.4", "8.5" if text is ISO_PROCEDURE else "9.2"]
    assert all(f.metrics["standard"] == "iso9001" for f in found)


CONTROL_TABLE_ONLY = """
# Identity and Account Lifecycle

| Field | Value |
|---|---|
| Document ID | ID-504 |
| Program | Retail Group — PCI DSS v4.0.1 Compliance Program |
| Owner | Director of Infrastructure |

## 1. Unique Identification — 8.2.1

Every admin has a named directory account; the IAM lead reviews new accounts weekly.

## 2. Shared Accounts — 8.2.2

Shared accounts are disabled unless the CISO signs an exception.

## 3. The Lifecycle — 8.2.4

Joiners, movers and leavers flow from the HR system to the directory within one day.

## 4. Termination — 8.2.5

Leavers lose access on their last day; the service desk checks the list each morning.
"""


def test_a_framework_named_only_in_the_document_control_table_still_counts(make):
    doc = make("identity.md", CONTROL_TABLE_ONLY)
    assert run(CM01, doc) == []
