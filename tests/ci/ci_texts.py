"""Procedures for the CI-facing tests: one written for the auditor, one written for the work."""
from __future__ import annotations

# Written around ISO 9001's clauses: gapscan reads it as mirrored (CM02 is then an error).
MIRRORED = """# Purchasing Procedure PP-02

## 4 Context of the organization
The organization shall determine external and internal issues that are relevant to its purpose.

## 7.5 Documented information
The organization shall maintain documented information as applicable.
Documented information shall be retained as evidence of conformity.

## 8.4 Control of externally provided processes, products and services
The organization shall ensure that externally provided processes conform to requirements.
The organization shall determine the controls to be applied to external providers.

## 9.1 Monitoring, measurement, analysis and evaluation
The organization shall evaluate the performance and the effectiveness of the system.
"""

# Written around the work: roles, systems, limits, forms. gapscan finds nothing in it.
OPERATIONAL = """# WI-31 Receiving aluminium billet

## Steps
1. The Yard Supervisor books each delivery into SAP within 2 hours of the truck arriving.
2. The Receiving Inspector compares the cast number on the billet tag with the mill certificate.
3. If the cast number does not match, tag the load red, park it in bay R4 and phone the Buyer.
4. Record the check on form RF-09 with the cast number, the inspector's initials and the result.

## When it goes wrong
Two mismatched certificates from one mill within 60 days: the Buyer opens a supplier complaint in SAP.
"""


def line_of(text: str, start: str) -> int:
    """1-based number of the first line starting with `start`."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))
