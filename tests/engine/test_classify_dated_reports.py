"""A report filed under a dated folder ("reports/2026-04-17-lambing-event/report.md") or named by its day is the
account of one piece of work done that day, not instructions.

The shape on a farm's repository (drhold15, classify16): each analysis a tool ran has its own dated folder holding
the data it read and the report it wrote (an event summary, tables of values, "Recommendation: use the proven sire",
"should be retained"); 4 of 7 such reports were procedures on their advice and the tables' notes. A procedure for
writing such reports, or one filed beside them, keeps its kind.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import assert_kind, kind as _kind


REPORT = """# Lambing Event Summary — ewe 2023-078 × ram 2025-141

Date: April 17, 2026  Event: twin birth  Breed: Katahdin

## Event Summary

| Field | Value |
|---|---|
| Lambs born | 2 |
| Alive at 24 h | 2 |

Good outcome: both lambs born alive. This ewe should be kept for the next season.

## Inbreeding Check

| Metric | Result |
|---|---|
| Coefficient | 18.75% |

Avoid repeating this pairing. Use an outside ram next season. Keep the ewe lambs for breeding.

## Recommendations

- Record the lamb weights at 60 days.
- Check the dam's condition score in two weeks.
- Choose a ram with a lower birth weight index.
- Review the pairing list before the next mating.

## Predicted Offspring

Growth should stay above the breed midpoint. Birth weight must be watched.
"""

PROCEDURE = """# Writing an analysis report

## Purpose

How an analysis report is written after each event.

## Steps

1. Create a folder named by the date and the event.
2. Export the flock data to data.csv in that folder.
3. Run the analysis and save its report beside the data.
4. Check the figures against the flock book.
5. Send the report to the farm manager.

The farm manager must read each report within a week.
"""


def test_a_report_in_a_dated_folder_is_no_procedure(tmp_path):
    assert_kind(tmp_path, "reports/2026-04-17-lambing-event/report.md", REPORT, Kind.OTHER, "2026-04-17")


def test_a_report_named_by_its_day_is_no_procedure(tmp_path):
    assert _kind(tmp_path, "reports/lambing-report-2026-04-17.md", REPORT) is Kind.OTHER


def test_the_procedure_for_the_reports_keeps_its_kind(tmp_path):
    assert _kind(tmp_path, "reports/2026-04-17-lambing-event/report-procedure.md", PROCEDURE) is Kind.PROCEDURE
    assert _kind(tmp_path, "docs/writing-a-report.md", PROCEDURE) is Kind.PROCEDURE


def test_an_undated_report_is_read_as_before(tmp_path):
    assert _kind(tmp_path, "reports/lambing-event/report.md", REPORT) is Kind.PROCEDURE
