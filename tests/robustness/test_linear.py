"""Pathological sizes that would hang quadratic code: each finishes, with the document
analysed or refused by a named limit, and the procedure beside it analysed in full.

No timing assertions: the machine is shared. The slow marker keeps them out of quick runs.
"""
from __future__ import annotations

import random

import pytest

from .harness import engine_run, paths_of
from .samples import MIRRORED, PROCEDURE, write

pytestmark = pytest.mark.slow


def test_one_five_megabyte_paragraph_is_analysed(tmp_path):
    rng = random.Random(7)
    words = ("the quality manager shall review the supplier register monthly and record the "
             "results on form QF-12 within five days").split()
    sentences, size = [], 0
    while size < 5 * 1024 * 1024:
        sentence = " ".join(rng.choice(words) for _ in range(15)).capitalize() + ". "
        sentences.append(sentence)
        size += len(sentence)
    big = write(tmp_path / "client" / "QP-30 Purchasing.md", "# 8.4 Purchasing\n\n" + "".join(sentences) + "\n")
    report, data = engine_run([big], command="check")
    doc = paths_of(data)["QP-30 Purchasing.md"]
    assert doc["status"] == "ok" and doc["kind"] == "procedure"
    assert doc["verdict"] in ("mirrored", "mixed", "operational")
    assert report.run_errors == ()


def test_hundred_thousand_deep_html_nesting(tmp_path):
    client = tmp_path / "client"
    write(client / "QM-01 Quality Manual.md", MIRRORED)
    write(client / "deep.html", "<html><body>" + "<div>" * 100_000 + "<h1>4 Context of the organization</h1>"
          "<p>The organization shall determine external and internal issues.</p>" + "</div>" * 100_000
          + "</body></html>")
    report, data = engine_run([client])
    docs = paths_of(data)
    deep = docs["deep.html"]
    # refused with its reason: never ok with its text silently gone
    assert deep["status"] == "error" and "nested more than 256 elements deep" in deep["error"]
    assert docs["QM-01 Quality Manual.md"]["status"] == "ok"
    assert any(f["path"] == "QM-01 Quality Manual.md" for f in data["findings"])
    assert report.run_errors == ()


def test_million_row_csv_is_refused_by_the_cell_budget(tmp_path):
    client = tmp_path / "client"
    write(client / "QP-14 Calibration.md", PROCEDURE)
    rows = 999_990
    with (client / "QF-11 Calibration log.csv").open("w", encoding="utf-8") as fh:
        fh.write("Instrument ID,Calibration date,Result,Technician\n")
        for i in range(rows):
            fh.write(f"G-{i % 9:03d},2026-{1 + i % 12:02d}-{1 + i % 28:02d},Pass,J. Patel\n")
    report, data = engine_run([client], jobs=2)
    docs = paths_of(data)
    log = docs["QF-11 Calibration log.csv"]
    assert (log["status"], log["kind"]) == ("error", "record")
    assert log["error"] == f"analysis stopped: {rows * 4:,} table cells, over the 2,000,000 limit"
    assert docs["QP-14 Calibration.md"]["status"] == "ok"
    assert report.run_errors == ()
