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
