"""A register's title taken from its title rows can run to hundreds of characters: reports show a name."""
from __future__ import annotations

from pathlib import Path

from gapscan.config import load
from gapscan.engine import RunOptions, run
from gapscan.report import render
from gapscan.report.common import TITLE_CHARS, short_title

TITLE_ROWS = [
    "Harrow Vale Precision Engineering Ltd - Quality Management System - Controlled document",
    "QF-08 Nonconformance and corrective action register for machined valve bodies, pump housings and "
    "seal carriers produced on cells A, B and C including subcontract heat treatment and plating",
    "Owner: Quality Manager. Review: monthly at the quality meeting. Retention: 7 years from closure of the NCR",
]


def _register(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Register"
    for text in TITLE_ROWS:
        ws.append([text])
    ws.append(["NCR No", "Date raised", "Part", "Defect", "Raised by"])
    for i in range(1, 9):
        ws.append([f"NCR-25-{i:03d}", f"2025-0{i}-1{i}", "valve body VB-40", "oversize bore", "J. Patel"])
    wb.save(path)


def test_short_title_keeps_whole_words_and_marks_the_cut():
    long = " ".join(TITLE_ROWS)
    short = short_title(long)
    assert len(short) <= TITLE_CHARS and short.endswith("…")
    assert long.startswith(short[:-1]) and long[len(short) - 1] == " "  # cut between words
    assert short_title("QF-08 NCR register") == "QF-08 NCR register"


def test_a_long_register_title_is_shown_short_in_markdown_and_html(tmp_path: Path, monkeypatch):
    root = tmp_path / "client"
    (root / "records").mkdir(parents=True)
    (root / "procedures").mkdir()
    # the procedure never names the register, so the register has a finding (PS01) and a section of its own
    (root / "procedures" / "qp-08.md").write_text(
        "# QP-08 Nonconforming output\n\nThe organization shall control nonconforming outputs as appropriate.\n",
        encoding="utf-8")
    _register(root / "records" / "QF-08 register.xlsx")
    monkeypatch.chdir(tmp_path)  # SARIF and annotation paths are read from the working directory
    report = run([Path("client")], load(None), RunOptions(timestamp=False, jobs=1))
    (record,) = [d for d in report.documents if d.document.path == "records/QF-08 register.xlsx"]
    full = record.document.title
    assert len(full) > 200  # the model keeps the whole title for linking and for JSON
    shown = short_title(full)
    assert shown == "Harrow Vale Precision Engineering Ltd - Quality Management System - Controlled…"
    markdown = render(report, "markdown")
    assert f"record · title: {shown} · 1 finding" in markdown and full not in markdown
    html = render(report, "html")
    assert f"<i>{shown}</i>" in html and full not in html
