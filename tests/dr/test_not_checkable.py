"""Procedures handed over without their records: every claim is "not checkable", none is drift.

A consultant rarely gets every record. A record that is not in the set says nothing about
whether the work is done, so it never becomes a DR finding and never moves the drift score;
the report says how many claims could not be checked instead.
"""
from __future__ import annotations

import json
import subprocess
import sys

CLEANING = """# SOP-03 Cleaning of the filling line

The Line Leader cleans the filler every day and records it on the daily cleaning log (QF-31).
The cleaning log shall record the date, the line, the chemical used and the initials of the cleaner.
The QA Lead verifies the cleaning record every week.

## Steps
1. Isolate the filler.
2. Rinse the bowl with water at 60 C.
3. Apply the detergent for 10 minutes.
4. Rinse and take a swab.
"""

ALLERGENS = """ALLERGEN CHANGEOVER WORK INSTRUCTION WI-09

Changeovers from a nut product are approved by the Technical Manager on form F-12.
A swab is taken within 2 hours of the clean and the result recorded Pass/Fail.
The allergen register is reviewed every month by the Site Manager.
"""


def _docx(path, paragraphs):
    from docx import Document

    doc = Document()
    doc.add_heading("QP-05 Supplier approval", level=1)
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(path)


def test_procedures_without_records_report_only_not_checkable_claims(tmp_path):
    root = tmp_path / "client"
    (root / "procedures").mkdir(parents=True)
    (root / "procedures" / "SOP-03 Cleaning.md").write_text(CLEANING, encoding="utf-8")
    (root / "procedures" / "WI-09 Allergen changeover.txt").write_text(ALLERGENS, encoding="utf-8")
    _docx(root / "procedures" / "QP-05 Supplier approval.docx", [
        "Each new supplier is evaluated on the supplier evaluation form (QF-07) before the first order.",
        "Suppliers are re-evaluated every 12 months and the result entered in the approved supplier register.",
        "The evaluation shall include the supplier name, the score, the date and the evaluator.",
        "The Purchasing Manager approves each supplier."])
    out = tmp_path / "report.json"
    r = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(root), "--format", "json", "-o", str(out),
                        "--fail-on", "never", "--format", "json"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    report = json.loads(out.read_text())
    procedures = [d for d in report["documents"] if d["kind"] == "procedure"]
    assert len(procedures) == 3
    for doc in procedures:
        assert doc["scores"]["drift"] is None, doc["path"]
        assert doc["claims"], doc["path"]
        assert {c["status"] for c in doc["claims"]} == {"not checkable"}, doc["path"]
        assert doc["not_checkable"] == len(doc["claims"])
    total = sum(d["not_checkable"] for d in procedures)
    assert report["summary"]["not_checkable_claims"] == total
    executive = report["summary"]["executive"]
    assert executive["average_drift"] is None
    assert report["findings"] == []  # three well-written procedures: nothing for CM to say either
    assert executive["headline"] == (f"No findings, but no claim of the procedures could be checked: the "
                                     f"records of {total} claims are not in the set.")
    lines = [line for s in executive["sections"] for line in s["lines"]]
    # no record at all: one line says so with the count (tests/summary/test_no_records_told_once.py)
    assert f"none of the {total} claims the procedures make could be checked" in " ".join(lines)
    assert not any("contradict a procedure" in line and "no place" not in line for line in lines)


def test_rules_that_could_not_look_say_not_checked_in_every_format(tmp_path):
    root = tmp_path / "client"
    (root / "procedures").mkdir(parents=True)
    (root / "procedures" / "SOP-03 Cleaning.md").write_text(CLEANING, encoding="utf-8")
    (root / "procedures" / "WI-09 Allergen changeover.txt").write_text(ALLERGENS, encoding="utf-8")
    out = {}
    for fmt in ("json", "markdown"):
        path = tmp_path / f"report.{fmt}"
        r = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(root), "--format", fmt, "-o", str(path),
                            "--fail-on", "never", "--no-cache"], capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        out[fmt] = path.read_text(encoding="utf-8")
    report = json.loads(out["json"])
    said = ("practice drift (DR01-DR06) and parallel-system (PS01-PS03) rules were not checked. That is not a "
            "clean result")
    lines = [line for s in report["summary"]["executive"]["sections"] for line in s["lines"]]
    assert any(line.startswith("No working records were handed over, so ") and said in line for line in lines)
    assert set(report["summary"]["not_checked"]) == {"DR01", "DR02", "DR03", "DR04", "DR05", "DR06",
                                                      "PS01", "PS02", "PS03"}
    assert report["summary"]["not_checked"]["DR02"] == "no working records were handed over"
    assert said in out["markdown"]


def test_procedures_that_state_no_claim_say_drift_was_not_checked(tmp_path):
    # a real set's procedures were in Portuguese: no claim came out, the report had no drift section at all and
    # never said DR01-DR06 had nothing to look at
    root = tmp_path / "client"
    (root / "governanca").mkdir(parents=True)
    (root / "governanca" / "politica-de-artefatos.md").write_text(
        "# Política de artefatos\n\n## Objetivo\n\nEsta política define como os artefatos do projeto são criados, "
        "revisados e arquivados pela equipe de governança.\n\n## Regras\n\n- Cada artefato tem um responsável.\n"
        "- O responsável atualiza o estado quando o artefato muda.\n- A equipe revisa os artefatos abertos.\n",
        encoding="utf-8")
    (root / "registros").mkdir()
    rows = "\n".join(f"ART-{i:03d},Plano {i},Ana,aberto,2026-0{1 + i % 9}-1{i % 9}" for i in range(12))
    (root / "registros" / "artifact-register.csv").write_text("id,nome,responsavel,estado,data\n" + rows + "\n",
                                                              encoding="utf-8")
    (root / "gapscan.toml").write_text('[kinds]\n"governanca/politica-de-artefatos.md" = "procedure"\n',
                                       encoding="utf-8")
    path = tmp_path / "report.json"
    r = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(root), "--format", "json", "-o", str(path),
                        "--fail-on", "never", "--no-cache"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    report = json.loads(path.read_text(encoding="utf-8"))
    assert all(not d["claims"] for d in report["documents"] if d["kind"] == "procedure")
    not_checked = report["summary"]["not_checked"]
    assert {"DR01", "DR02", "DR03", "DR04", "DR05", "DR06"} <= set(not_checked)
    assert "state no form, frequency" in not_checked["DR02"]
    lines = [line for s in report["summary"]["executive"]["sections"] for line in s["lines"]]
    assert any(line.startswith("Practice drift (DR01-DR06) not checked: the procedures state no form") for line in lines)
