"""A register template whose note says its rows are examples is a form, not a register with entries."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

HEADER = ["Risk ID", "Asset", "Threat", "Likelihood (1-5)", "Impact (1-5)", "Owner", "Review Date"]
ROWS = [["R-001", "User accounts", "Weak passwords", 4, 4, "IT Ops", "2026-09-01"],
        ["R-002", "Servers", "Missing patches", 5, 4, "IT Ops", "2026-10-01"],
        ["R-003", "Laptops", "Theft", 3, 3, "Facilities", "2026-11-01"]]


def register(tmp_path: Path, note: str | None) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws.append(["Acme - Risk Register"])
    if note:
        ws.append([note])
    ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    path = tmp_path / "Risk-Register.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("note", [
    "Legend: Yellow rows = example entries. Risk Score = Likelihood x Impact.",
    "Yellow cells = example row showing expected format. Delete or overwrite before use.",
])
def test_register_template_with_example_note_is_a_form(tmp_path: Path, note: str) -> None:
    doc = classify(parse_file(register(tmp_path, note), "Risk-Register.xlsx"))
    assert doc.kind is Kind.FORM, doc.kind_reason
    assert "spreadsheet with no filled rows (0 blank, 3 example)" in doc.kind_reason


def test_the_same_register_without_the_note_is_a_record(tmp_path: Path) -> None:
    doc = classify(parse_file(register(tmp_path, None), "Risk-Register.xlsx"))
    assert doc.kind is Kind.RECORD, doc.kind_reason
    assert "3 filled rows" in doc.kind_reason
