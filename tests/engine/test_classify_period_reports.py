"""An annual report's chapters and a corporate plan tell a year's work and its intent, not steps to follow.

The shape on AusDTO/dta-website@5e71fd4 (docs/SCORING.md, classify15): an annual report filed as one page a
chapter under "annual-report-15-16/" ("01-introduction.md"), and a corporate plan under "corporate/plan/", full
of "the agency must", "we will", "the team delivers". Those were counted as obligations and described steps, and
the chapters were procedures. A procedure about the report (its name says procedure or process) keeps its kind.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind


CHAPTER = """# Introduction

## The year in review

The agency must deliver simpler services. The delivery team reports to the board each quarter. We should reach
every state by June. Each team is responsible for its own budget. The service desk answers most calls in a day.
Every programme is reviewed by the board. Staff must complete security training. The chief officer shall publish
the results. Partners are required to share their data. The agency must report on its targets.

## Our people

The agency grew to 200 staff. Each manager is responsible for the wellbeing of the team.

## Looking ahead

We must keep the pace. The plan should be refreshed next year.
"""

PROCEDURE = """# Annual report preparation procedure

## Purpose

How the annual report is prepared.

## Steps

1. Collect each team's results by 31 July.
2. Check the figures against the finance system.
3. Send the draft to the board.
4. Record the board's changes.
5. Publish the report on the website by 31 October.

The communications lead shall approve the layout.
"""


def test_annual_report_chapter_is_not_a_procedure(tmp_path):
    assert _kind(tmp_path, "corporate/annual-report-2025/01-introduction.md", CHAPTER) is Kind.OTHER


def test_corporate_plan_is_not_a_procedure(tmp_path):
    assert _kind(tmp_path, "corporate/plan/corporate-plan-2025-28.md",
                 CHAPTER.replace("# Introduction", "# Corporate Plan 2025-28")) is Kind.OTHER


def test_procedure_for_the_annual_report_keeps_its_kind(tmp_path):
    assert _kind(tmp_path, "corporate/annual-report-2025/preparation-procedure.md", PROCEDURE) is Kind.PROCEDURE


def test_same_text_elsewhere_is_read_as_before(tmp_path):
    assert _kind(tmp_path, "corporate/introduction.md", CHAPTER) is Kind.PROCEDURE
