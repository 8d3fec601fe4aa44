"""Classification from names and content, with the reason shown, and config overrides."""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

PROCEDURE = """# Handling of customer returns

## Purpose
This procedure describes how returned parts are received and assessed.

## Responsibilities
The Customer Service Lead is responsible for logging each return.
The Quality Engineer must assess the part within 5 working days.

## Method
Returned parts shall be tagged red and held in the returns cage.
"""

MINUTES = """# Management review minutes, 12 June 2026

Attendees: Managing Director, Quality Manager, Operations Manager.
Apologies: Finance Controller.

## Agenda
1. Audit findings
2. Actions from last review

Actions agreed: the Quality Manager to close overdue actions by 30 June.
Next meeting: December 2026.
"""

FORM = """# QF-07 Supplier evaluation form

Supplier name: ______
Address: ______
Product supplied: ______
Evaluated by: ______
Date: ______
Approved: ☐ yes ☐ no
"""


def kind_of(tmp_path: Path, name: str, text: str, overrides=()) -> tuple[Kind, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = classify(parse_file(path, name), overrides)
    return doc.kind, doc.kind_reason


def test_procedure_by_content_even_with_a_neutral_name(tmp_path):
    kind, reason = kind_of(tmp_path, "returns.md", PROCEDURE)
    assert kind is Kind.PROCEDURE
    assert "obligation" in reason


def test_minutes_are_a_review(tmp_path):
    kind, reason = kind_of(tmp_path, "mr-2026-06.md", MINUTES)
    assert kind is Kind.REVIEW
    assert "minutes" in reason


def test_blank_form(tmp_path):
    kind, _ = kind_of(tmp_path, "qf-07.md", FORM)
    assert kind is Kind.FORM


def test_filled_spreadsheet_is_a_record_and_blank_one_a_form(tmp_path):
    rows = "\n".join(f"2026-01-{d:02d},B{d},ok,J. Patel" for d in range(1, 21))
    kind, reason = kind_of(tmp_path, "batches.csv", "Date,Batch,Result,By\n" + rows + "\n")
    assert kind is Kind.RECORD and "20 filled rows" in reason
    kind, _ = kind_of(tmp_path, "blank.csv", "Date,Batch,Result,By\n,,,\n,,,\n,,,\n")
    assert kind is Kind.FORM


def test_config_override_wins_and_says_so(tmp_path):
    kind, reason = kind_of(tmp_path, "returns.md", PROCEDURE, overrides=[("returns*", Kind.OTHER)])
    assert kind is Kind.OTHER and "config [kinds]" in reason


# A management review written up as a report: no "attendees" or "agenda", but a header that says when it was held
# and who took part, then one section per review input (drhold5: an ISO 9001 project's baseline review was read as
# a procedure, and the report said no management review minutes were found)
HELD_REVIEW = """# Management Review - Baseline

**Review Date:** 2026-03-02
**Review Period:** 2025-03-01 to 2026-03-01
**Conducted By:** Ana Ruiz (Plant Manager)
**Participants:** Ana Ruiz, Tom Berg, Lena Ortiz

## 1. Changes in external and internal issues

No new customer requirements this year. The press line moved to two shifts in September.

## 2. Performance against quality objectives

### 2.1 Objective performance review

On-time delivery reached 96% against a target of 95%. Scrap stayed at 2.1%.

### 2.2 Process compliance

Two of the twelve process audits found missing first-off checks on line 3.

## 3. Actions

- Review the first-off check sheet with the line 3 leaders by April.
- Update the supplier list after the June evaluations.
- Check the calibration status of the two new gauges.
- Add the second shift to the training plan.
"""


def test_a_review_held_and_written_up_is_a_review_not_a_procedure(tmp_path):
    doc = classify(_parsed(tmp_path, "reviews/2026-03-baseline-review.md", HELD_REVIEW))
    assert doc.kind is Kind.REVIEW, doc.kind_reason
    assert "held on 2026-03-02" in doc.kind_reason


def test_a_review_procedure_with_a_next_review_date_stays_a_procedure(tmp_path):
    text = ("# Management review procedure\n\n**Next Review Date:** 2026-09-01\n**Approved By:** Ana Ruiz\n\n"
            "## Purpose\n\nThis procedure sets how top management reviews the system.\n\n"
            "## Method\n\nThe Plant Manager shall hold the review once a year.\n"
            "The Quality Manager must send the inputs two weeks before.\n"
            "Record the decisions and actions in the minutes.\n")
    doc = classify(_parsed(tmp_path, "procedures/Management review procedure.md", text))
    assert doc.kind is Kind.PROCEDURE, doc.kind_reason


def _parsed(tmp_path: Path, rel: str, text: str):
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_file(path, rel)
