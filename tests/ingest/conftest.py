"""Fixture files for the parser tests: generated in tmp_path, never shipped."""
from __future__ import annotations

from pathlib import Path

import pytest

from .builders import build_procedure_docx, build_register_xlsx


@pytest.fixture
def procedure_docx(tmp_path: Path) -> Path:
    return build_procedure_docx(tmp_path / "QP-07 Suppliers.docx")


@pytest.fixture
def register_xlsx(tmp_path: Path) -> Path:
    return build_register_xlsx(tmp_path / "calibration.xlsx")
