"""CM03 reports a sentence only when it quotes wording of the standard the document is read against.

Seen on public sets nobody here wrote: "Add more tips as needed" (a notes page), "has video meetings on an as
needed basis" (a committee page), and an airport's security-screening procedure, read against ISO 45001, whose
"unauthorized access" and "security requirements" are its own subject, not ISO 27001's control text.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM03

from cm_helpers import run


@pytest.mark.parametrize("text", [
    # hedges alone: plain English, not the standard's wording
    """# Tips

Add more troubleshooting guides as needed.

Add more procedures as needed.

Add more tips as needed.

Ask the Workshop Lead when necessary.
""",
    # a control catalogue's words in a document read against a management-system standard
    """# Security Screening for Personnel and Visitors

## Purpose

Establish security screening so that only authorized users reach secure areas while complying with security requirements.

## Steps

1. Monitor visitor activities - ensure visitors comply with security requirements.
2. Conduct patrols - perform patrols to identify unauthorized access.
3. Zero unauthorized access incidents.

## Hazards

Workers report hazards and near misses to the Safety Officer on form HS-3 before the end of the shift.
""",
])
def test_cm03_is_silent_on_hedges_and_foreign_control_words(make, text):
    assert run(CM03, make("page.md", text)) == []


def test_cm03_still_reports_the_standards_wording(make):
    text = """# Suppliers

The organization shall determine the interested parties relevant to the quality management system, as applicable.

Documented information shall be retained as evidence of the evaluation of external providers, as needed.

The Buyer rates each supplier in SAP every quarter.
"""
    found = run(CM03, make("suppliers.md", text))
    assert len(found) == 2
