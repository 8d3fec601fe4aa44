"""A page citing a standard by code with its requirements ("CIP-004 R5") is not linked by that code to another
chapter whose title cites the same standard, and the standard is no form to be filled. Held out (drhold26, a
NERC CIP programme): a physical security plan's logging requirement was checked against a chapter's table of
information types, linked by 'CIP-004' (three wrong DR04), and 'CIP-008' was a form without a filled copy
(a wrong DR01)."""
from __future__ import annotations

from gapscan.model import ClaimStatus

PLAN = ("# Physical security plan\n\n"
        "Badge rights are provisioned only from CIP-004 authorization records and reviewed each quarter. "
        "Access is revoked within 24 hours of a termination, as CIP-004 R5 asks.\n\n"
        "| Requirement | How it is met |\n|---|---|\n"
        "| CIP-006-6 R1 | The badge system logs each physical entry with the person, the date and the time |\n")
STORAGE = ("# CIP-004 information storage\n\n"
           "| Information type | Holds sensitive data? | Storage location |\n|---|---|---|\n"
           "| Network diagrams | Yes | Vault A |\n| Firewall rules | Yes | Vault A |\n"
           "| Badge exports | Yes | Vault B |\n| Recovery plans | Yes | Vault B |\n"
           "| Vendor contacts | No | Share C |\n| Training slides | No | Share C |\n")


def test_a_standard_code_links_no_chapter_and_checks_no_fields_there(scan):
    scan.write("procedures/physical-security.md", PLAN)
    scan.write("records/information-storage.md", STORAGE)
    _, result = scan.run()
    claims = result.claims["procedures/physical-security.md"]
    assert not [c for c in claims if c.kind == "form" and "CIP-004" in c.text], [c.text for c in claims]
    drifted = [c for c in claims if c.status is ClaimStatus.DRIFTED]
    assert not drifted, [(c.text, c.detail) for c in drifted]
    links = {link.path: link.via for link in result.links["procedures/physical-security.md"]}
    assert "code" not in links.get("records/information-storage.md", ""), links


RECOVERY = ("# Recovery testing\n\n"
            "Recovery plans are exercised once a year under CIP-009 R2 and revised under CIP-009 R3.\n\n"
            "The tabletop sharpened the hand-off checklist between the CIP-008 and CIP-009 plans.\n")
TEMPLATE = ("# CIP-008 incident response plan template\n\n"
            "| Field | Entry |\n|---|---|\n| Incident ID | |\n| Reported by | |\n| Date | |\n| Actions | |\n")


def test_a_standard_is_no_form_without_a_filled_copy(scan):
    scan.write("procedures/recovery-testing.md", RECOVERY)
    scan.write("forms/incident-response-plan-template.md", TEMPLATE)
    _, result = scan.run()
    forms = [c for c in result.claims["procedures/recovery-testing.md"] if c.kind == "form"]
    assert not [c for c in forms if "CIP-008" in c.text or "CIP-009" in c.text], [c.text for c in forms]
    assert not [c for c in forms if c.status is ClaimStatus.DRIFTED], [(c.text, c.detail) for c in forms]
