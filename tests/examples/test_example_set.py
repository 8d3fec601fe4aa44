"""The bundled example set (examples/harrow-vale) has the promised shape and plants.

These tests read the committed files the way a user gets them after install, and
regenerate the set into tmp_path to prove examples/build_examples.py is deterministic
and that the committed copy is what the script produces.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import importlib.util
import re
import statistics
import tomllib
from collections import Counter
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SET = EXAMPLES / "harrow-vale"
AUDITS = (dt.date(2025, 3, 18), dt.date(2026, 3, 17))


def _builder():
    spec = importlib.util.spec_from_file_location("build_examples", EXAMPLES / "build_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files(root: Path, folder: str) -> list[Path]:
    return sorted(p for p in (root / folder).rglob("*") if p.is_file())


_MONTHS = "%d %B %Y", "%d-%b-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"


def _as_date(value) -> dt.date | None:
    """Dates as a person reading the sheet would: Excel dates, ISO, d/m/y, month names."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.search(r"\d", value) and len(value) <= 20:
        for fmt in _MONTHS:
            try:
                return dt.datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    return None


def _table(path: Path) -> tuple[list[str], list[list]]:
    """Header and data rows of a record's main table: the first row with 4+ filled cells is the header."""
    if path.suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        rows = [r for r in csv.reader(text.splitlines())]
    else:
        from openpyxl import load_workbook

        ws = load_workbook(path, read_only=True).worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if sum(1 for v in r if v not in (None, "")) >= 4)
    header = [str(v) if v is not None else "" for v in rows[start]]
    return header, [r for r in rows[start + 1:] if any(v not in (None, "") for v in r)]


def _column(path: Path, name: str) -> list:
    header, rows = _table(path)
    index = header.index(name)
    return [r[index] if index < len(r) else None for r in rows]


def _record(name: str) -> Path:
    return next(p for p in _files(SET, "records") if p.name.startswith(name))


def test_procedures_cover_every_format_and_style():
    procedures = _files(SET, "procedures")
    assert len(procedures) >= 8
    formats = Counter(p.suffix for p in procedures)
    assert {".docx", ".pdf", ".md", ".html"} <= set(formats)
    from docx import Document

    manual = Document(SET / "procedures" / "QM-01 Quality Manual.docx")
    headings = [p.text for p in manual.paragraphs if p.style.name.startswith("Heading")]
    numbers = [h.split()[0] for h in headings if h[0].isdigit()]
    assert "8.4" in numbers and numbers.index("4") < numbers.index("8.4") < numbers.index("10.3")
    text = "\n".join(p.text for p in manual.paragraphs)
    assert "interested parties" in text and "The organization shall determine" in text
    assert "Quality Manager" not in text and "Epicor" not in text


def test_pdf_headings_are_larger_bold_text():
    import pdfplumber

    with pdfplumber.open(SET / "procedures" / "EMS-01 Environmental Management Procedure.pdf") as pdf:
        words = [w for page in pdf.pages for w in page.extract_words(extra_attrs=["size", "fontname"])]
    heading = next(w for w in words if w["text"] == "8.2")
    body = next(w for w in words if w["text"] == "shall")
    assert heading["size"] > body["size"] and "Bold" in heading["fontname"]


def test_forms_are_blank_templates_with_codes():
    forms = _files(SET, "forms")
    assert len(forms) >= 2 and {".docx", ".xlsx"} <= {p.suffix for p in forms}
    from docx import Document

    scar = Document(SET / "forms" / "QF-19 Supplier Corrective Action Request.docx")
    assert "QF-19" in scar.sections[0].header.paragraphs[0].text
    entries = [row.cells[1].text for row in scar.tables[0].rows[1:]]
    assert entries and all(e == "" for e in entries)


def test_every_working_record_spans_a_year_of_dated_rows():
    records = [p for p in _files(SET, "records") if p.suffix in (".xlsx", ".csv")]
    assert len(records) >= 8 and {".xlsx", ".csv"} <= {p.suffix for p in records}
    for path in records:
        header, rows = _table(path)
        dates = [d for r in rows for d in map(_as_date, r) if d is not None]
        assert len(rows) >= 20, path.name
        assert (max(dates) - min(dates)).days >= 365, path.name


def test_date_formats_are_mixed_across_records():
    styles = set()
    for path in [p for p in _files(SET, "records") if p.suffix in (".xlsx", ".csv")]:
        for row in _table(path)[1][:40]:
            for v in row:
                if isinstance(v, (dt.date, dt.datetime)):
                    styles.add("excel")
                elif isinstance(v, str) and _as_date(v):
                    styles.add("iso" if re.match(r"\d{4}-", v) else "dmy" if "/" in v else "month name")
    assert styles == {"excel", "iso", "dmy", "month name"}


def test_checklist_review_and_audit_config():
    from docx import Document

    checklist = Document(next(p for p in _files(SET, "records") if p.suffix == ".docx"))
    ticks = "".join(c.text for t in checklist.tables for row in t.rows for c in row.cells)
    assert "\u2611" in ticks and "\u2610" in ticks
    reviews = _files(SET, "management-review")
    assert len(reviews) >= 1 and all(p.suffix == ".docx" for p in reviews)
    config = tomllib.loads((SET / "gapscan.toml").read_text(encoding="utf-8"))
    assert config["audit_dates"] == ["2025-03-18", "2026-03-17"]
    assert "17 March 2026" in (SET / "audit-plan-2026.md").read_text(encoding="utf-8")
    for link in config.get("links", []):
        assert (SET / link["procedure"]).is_file() and (SET / link["record"]).is_file()


def test_planted_signals_are_in_the_records():
    # SH01: NCRs cluster in the three weeks before each audit.
    raised = [_as_date(v) for v in _column(_record("QF-08"), "Date raised")]
    windows = [(a - dt.timedelta(days=21), a) for a in AUDITS]
    inside = sum(1 for d in raised if any(lo <= d < hi for lo, hi in windows))
    weeks = (max(raised) - min(raised)).days / 7
    assert (inside / 6) / ((len(raised) - inside) / (weeks - 6)) > 2
    # DR04: root cause mostly empty.
    causes = _column(_record("QF-08"), "Root cause")
    assert sum(1 for c in causes if not c) / len(causes) >= 0.6
    # DR03: corrective actions closed well past 30 days.
    path = _record("QF-09")
    days = [(_as_date(c) - _as_date(r)).days
            for r, c in zip(_column(path, "NCR raised"), _column(path, "Date closed")) if c]
    assert statistics.median(days) > 40 and sum(d > 30 for d in days) / len(days) > 0.5
    # SH02: the near-miss log stops after May 2026.
    months = Counter(_as_date(v).strftime("%Y-%m") for v in _column(_record("HF-03"), "Date"))
    assert all(months[m] >= 3 for m in ("2025-09", "2026-01", "2026-05"))
    assert not any(m > "2026-05" for m in months)
    # DR05: most supplier approvals are not by the Quality Manager.
    approvers = Counter(_column(_record("QF-07"), "Approved by"))
    assert approvers["Production Manager"] > 2 * approvers["Quality Manager"]


def test_clean_counterparts_keep_their_promises():
    path = _record("QF-21")
    dates = sorted({_as_date(v) for v in _column(path, "Date")})
    gaps = [(b - a).days for a, b in zip(dates, dates[1:])]
    assert statistics.median(gaps) == 7 and max(gaps) <= 21
    assert set(_column(path, "Role")) == {"Shift Lead"}
    path = _record("QF-14")
    received, closed = _column(path, "Date received"), _column(path, "Date closed")
    spans = [(_as_date(c) - _as_date(r)).days for r, c in zip(received, closed) if c]
    assert sum(1 for s in spans if s > 28) <= 1
    by_month = Counter(_as_date(v).strftime("%Y-%m") for v in received)
    assert len(by_month) >= 14 and max(by_month.values()) <= 4


def test_no_procedure_mentions_the_shadow_spreadsheet():
    from gapscan.ingest import parse_file

    for path in _files(SET, "procedures"):
        doc = parse_file(path, path.relative_to(SET).as_posix())
        text = " ".join(b.text for b in doc.blocks).lower()
        assert "defect tracker" not in text, path.name


def test_gapscan_reads_every_document():
    from gapscan.ingest import parse_file

    for path in sorted(p for p in SET.rglob("*") if p.is_file() and p.suffix != ".toml"):
        doc = parse_file(path, path.relative_to(SET).as_posix())
        assert doc.ok, f"{path.name}: {doc.error}"


def test_set_is_small():
    assert sum(p.stat().st_size for p in SET.rglob("*") if p.is_file()) < 3 * 1024 * 1024


def _text_of(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(path)
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        return "\n".join(repr(row) for ws in load_workbook(path, read_only=True).worksheets
                         for row in ws.iter_rows(values_only=True))
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    return path.read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt") / "harrow-vale"
    _builder().build(out)
    return out


def test_committed_set_is_what_the_builder_makes(rebuilt):
    committed = sorted(p.relative_to(SET).as_posix() for p in SET.rglob("*") if p.is_file())
    assert committed == sorted(p.relative_to(rebuilt).as_posix() for p in rebuilt.rglob("*") if p.is_file())
    for name in ["procedures/QP-14 Calibration of Measuring Equipment.docx",
                 "procedures/QP-20 Customer Complaint Handling.pdf",
                 "procedures/WI-05 5S Workplace Organisation.html",
                 "records/QF-08 NCR Register.xlsx", "records/HF-03 Near-Miss Log.csv",
                 "management-review/Management Review Minutes 2026-04-22.docx"]:
        assert _text_of(SET / name) == _text_of(rebuilt / name), name


def test_builder_is_deterministic(rebuilt, tmp_path):
    again = tmp_path / "again"
    _builder().build(again)

    def digests(root: Path) -> dict[str, str]:
        return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in root.rglob("*") if p.is_file()}

    assert digests(again) == digests(rebuilt)
