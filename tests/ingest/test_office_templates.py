"""Word and Excel templates (.dotx, .dotm, .xltx, .xltm) are read as the documents they make: a client share keeps
its blank forms and procedure masters as templates, and they were left out of the run without a word."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.ingest import is_candidate, parse_file
from gapscan.model import Status

WORD_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
EXCEL_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
TEMPLATE_MAINS = {
    ".dotx": (WORD_MAIN, b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    ".dotm": (WORD_MAIN, b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
    ".xltx": (EXCEL_MAIN, b"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"),
    ".xltm": (EXCEL_MAIN, b"application/vnd.ms-excel.template.macroEnabled.main+xml"),
}


def _as_template(package: Path, target: Path) -> Path:
    """`package` saved as the template `target` names: the same parts, the main part's content type a template's."""
    old, new = TEMPLATE_MAINS[target.suffix]
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                assert old in data
                data = data.replace(old, new)
            dst.writestr(info, data)
    return target


@pytest.mark.parametrize("suffix", [".dotx", ".dotm"])
def test_a_word_template_is_read_as_a_document(procedure_docx: Path, tmp_path: Path, suffix: str) -> None:
    template = _as_template(procedure_docx, tmp_path / f"QP-07 master{suffix}")
    assert is_candidate(template)
    doc = parse_file(template, template.name)
    assert doc.status is Status.OK and doc.format == "docx"
    assert [b.text for b in doc.blocks] == [b.text for b in parse_file(procedure_docx, procedure_docx.name).blocks]


@pytest.mark.parametrize("suffix", [".xltx", ".xltm"])
def test_an_excel_template_is_read_as_a_workbook(register_xlsx: Path, tmp_path: Path, suffix: str) -> None:
    template = _as_template(register_xlsx, tmp_path / f"calibration register{suffix}")
    assert is_candidate(template)
    doc = parse_file(template, template.name)
    plain = parse_file(register_xlsx, register_xlsx.name)
    assert doc.status is Status.OK and doc.format in {"xlsx", "xlsm"}
    assert [t.rows for t in doc.tables()] == [t.rows for t in plain.tables()] != []


def test_an_audit_lists_the_templates_of_a_folder(procedure_docx: Path, register_xlsx: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _as_template(procedure_docx, share / "QP-07 master.dotx")
    _as_template(register_xlsx, share / "calibration register.xltx")
    report = run([share], Config(), RunOptions(timestamp=False, jobs=1))
    assert sorted(r.document.path for r in report.documents) == ["QP-07 master.dotx", "calibration register.xltx"]
    assert all(r.document.ok for r in report.documents)


def test_a_template_that_is_no_office_package_is_a_one_line_error(tmp_path: Path) -> None:
    fake = tmp_path / "form.dotx"
    fake.write_bytes(b"%PDF-1.4 not a Word template")
    doc = parse_file(fake, fake.name)
    assert doc.status is Status.ERROR and doc.error and "\n" not in doc.error
