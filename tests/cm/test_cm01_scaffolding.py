"""CM01: the sections every written procedure has are not clause mirroring.

Seen on a modular-home builder's production SOPs (public, nobody here wrote them): "Document Control",
"4. Roles & Responsibilities" and "6.4 Documentation" were reported as ISO 14001 clauses 7.5.3, 5.3 and 7.5, in a
floor-assembly SOP whose other sections are its own work steps. A heading named in the standard's own words
("Documented information") or carrying the clause's number still counts.
"""
from __future__ import annotations

from gapscan.rules.cm import CM01

from cm_helpers import run

SOP = """# SOP-100: Floor System Production

## Document Control

| Version | Owner | Approved |
|---|---|---|
| 2.1 | Production Manager | 2024-03-01 |

## 1. Purpose

How the floor crew builds and checks floor cassettes in Bay 2.

## 2. Scope

All floor cassettes built in the plant.

## 3. References & Standards

Drawing set FS-100.

## 4. Roles & Responsibilities

The Floor Lead assigns the crew; the QC Inspector signs the hold point.

## 5. Procedure

### 5.1 Lay out the rim joists

Set the rim joists on the jig and check the diagonal within 3 mm.

### 5.2 Glue and nail the deck

Apply adhesive in a 6 mm bead and nail at 150 mm centres.

### 5.3 Check before release

The QC Inspector measures squareness and records it on form QC-12.

## 6. Documentation

The QC Inspector files form QC-12 in the job folder the same day.

## 7. Revision History

2.1 added the hold point.
"""


def test_cm01_is_silent_on_a_procedures_stock_sections(make):
    assert run(CM01, make("SOP-100.md", SOP)) == []


MANUAL = """# Quality Manual

## 4.1 Understanding the organization and its context

The organization determines the issues relevant to its purpose.

## 5.3 Organizational roles, responsibilities and authorities

Top management assigns responsibilities.

## Roles and Responsibilities

Top management assigns the roles.

## 7.5 Documented information

Documented information is controlled.

## 9.2 Internal audit

Audits are held at planned intervals.
"""


def test_cm01_still_counts_the_standards_own_wording_and_numbers(make):
    found = run(CM01, make("manual.md", MANUAL))
    texts = {f.evidence[0].text if f.evidence else f.message for f in found}
    joined = " ".join(f.message for f in found)
    assert "5.3 Organizational roles" in joined and "7.5 Documented information" in joined, texts
    assert "'Roles and Responsibilities'" not in joined
