"""Every stage bounded: a document over its budget is one error with the limit named, the
documents beside it keep their findings, and cross-document stages say what they left out."""
from __future__ import annotations

from pathlib import Path

from gapscan.engine import RunOptions
from gapscan.ingest.base import Limits

from .bombs import build_flate_bomb_pdf
from .harness import audit_both, engine_run, paths_of
from .samples import MIRRORED, PROCEDURE, record_csv, write


def _findings_of(data: dict, path: str) -> list[dict]:
    return [f for f in data["findings"] if f["path"] == path]


def _alone(tmp_path: Path, name: str, text: str) -> dict:
    """The JSON report of a folder holding one file."""
    client = tmp_path / f"alone-{name}"
    write(client / name, text)
    _, data = engine_run([client])
    return data


def test_identical_headings_are_refused_before_parsing(tmp_path):
    client = tmp_path / "client"
    write(client / "QM-01 Quality Manual.md", MIRRORED)
    write(client / "QM-02 Copy.md", "## 4.1 Context of the organisation\n\nThe organisation shall decide.\n\n" * 100_000)
    _, data, r = audit_both([client], out_dir=tmp_path / "out")
    docs = paths_of(data)
    assert docs["QM-02 Copy.md"]["status"] == "error"
    assert docs["QM-02 Copy.md"]["error"] == "analysis stopped: 100,000 headings, over the 20,000 limit"
    assert _findings_of(data, "QM-02 Copy.md") == []
    # the manual beside it is analysed as if it were alone
    alone = _alone(tmp_path, "QM-01 Quality Manual.md", MIRRORED)
    assert _findings_of(data, "QM-01 Quality Manual.md") == _findings_of(alone, "QM-01 Quality Manual.md") != []
    assert paths_of(r.report)["QM-02 Copy.md"]["error"] == docs["QM-02 Copy.md"]["error"]


def test_heading_budget_after_parsing_covers_every_format(tmp_path):
    # a text file's headings are only known once parsed: the budget applies there too
    client = tmp_path / "client"
    write(client / "QP-14 Calibration.md", PROCEDURE)
    write(client / "notes.txt", "".join(f"{i}.1 Section heading {i}\n\nThe manager checks it.\n\n" for i in range(1, 60)))
    _, data = engine_run([client], limits=Limits(max_headings=30))
    docs = paths_of(data)
    error = docs["notes.txt"]["error"]
    assert docs["notes.txt"]["status"] == "error"
    assert error == "analysis stopped: 59 headings, over the 30 limit"
    assert docs["QP-14 Calibration.md"]["status"] == "ok"


def test_procedure_text_budget_keeps_the_other_procedures(tmp_path):
    client = tmp_path / "client"
    write(client / "QM-01 Quality Manual.md", MIRRORED)
    long = PROCEDURE + "\n".join(f"{n}. The Quality Manager checks the gauge log on form QF-11 every week."
                                 for n in range(5, 205)) + "\n"
    write(client / "QP-15 Long.md", long)
    _, data = engine_run([client], limits=Limits(max_analysis_chars=5_000))
    docs = paths_of(data)
    assert docs["QP-15 Long.md"]["status"] == "error"
    assert docs["QP-15 Long.md"]["kind"] == "procedure"
    error = docs["QP-15 Long.md"]["error"]
    assert error.startswith("analysis stopped: ") and error.endswith(" characters of text, over the 5,000 limit")
    assert _findings_of(data, "QP-15 Long.md") == []
    alone = _alone(tmp_path, "QM-01 Quality Manual.md", MIRRORED)
    assert _findings_of(data, "QM-01 Quality Manual.md") == _findings_of(alone, "QM-01 Quality Manual.md") != []


def test_record_cell_budget(tmp_path):
    client = tmp_path / "client"
    write(client / "QP-14 Calibration.md", PROCEDURE)
    write(client / "QF-11 Calibration log.csv", record_csv(40))  # 40 rows x 4 columns
    write(client / "QF-12 Small log.csv", record_csv(10))
    _, data = engine_run([client], limits=Limits(max_record_cells=100))
    docs = paths_of(data)
    assert docs["QF-11 Calibration log.csv"]["status"] == "error"
    assert docs["QF-11 Calibration log.csv"]["error"] == "analysis stopped: 160 table cells, over the 100 limit"
    assert docs["QF-11 Calibration log.csv"]["kind"] == "record"
    assert docs["QF-12 Small log.csv"]["status"] == "ok"


def test_cross_document_bound_names_what_it_left_out(tmp_path):
    client = tmp_path / "client"
    write(client / "QP-14 Calibration.md", PROCEDURE)
    for n in range(1, 6):
        write(client / "records" / f"QF-1{n} log.csv", record_csv(20, step=n + 3))
    report, data = engine_run([client], limits=Limits(max_linked_records=2))
    assert report.run_errors == ("linking and rules left out 3 records over the 2 record limit: "
                                 "records/QF-13 log.csv, records/QF-14 log.csv, records/QF-15 log.csv",)
    docs = paths_of(data)
    # left out of linking, still listed and read
    assert all(docs[f"records/QF-1{n} log.csv"]["status"] == "ok" for n in range(1, 6))
    linked = {link["path"] for link in docs["QP-14 Calibration.md"].get("links", [])}
    assert "records/QF-11 log.csv" in linked  # unbounded, all five are linked
    assert not linked & {f"records/QF-1{n} log.csv" for n in (3, 4, 5)}
    for n in (3, 4, 5):
        assert _findings_of(data, f"records/QF-1{n} log.csv") == []


def test_parser_killed_past_its_memory_limit_spares_the_files_beside_it(tmp_path):
    # pdfium holds ~200 bytes per character: with the stream checks widened, a 20 MiB text
    # stream takes the worker past a 256 MB address-space cap, and pdfium aborts the process
    client = tmp_path / "client"
    client.mkdir()
    build_flate_bomb_pdf(client / "QP-20 Suppliers.pdf", 20)
    for n in range(1, 4):
        write(client / f"QP-1{n} Calibration.md", PROCEDURE)
    limits = Limits(max_page_chars=100_000_000, memory_bytes=256 * 1024 * 1024)
    _, data = engine_run([client], limits=limits, jobs=2)
    docs = paths_of(data)
    assert docs["QP-20 Suppliers.pdf"]["status"] == "error"
    assert docs["QP-20 Suppliers.pdf"]["error"] in (
        "parser process died: over the 256 MB memory limit, or the parser library crashed on this file",
        "file too large to read in memory")
    assert all(docs[f"QP-1{n} Calibration.md"]["status"] == "ok" for n in range(1, 4))
    assert all(docs[f"QP-1{n} Calibration.md"]["kind"] == "procedure" for n in range(1, 4))


def test_run_options_carry_the_budgets():
    assert RunOptions().limits.max_headings == 20_000
