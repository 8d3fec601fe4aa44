"""Odd procedures, minutes and audit plans: scored or reported, never a crash or a hang."""
from __future__ import annotations

import time

import pytest

from .harness import audit_both, cli, paths_of, tree_digest
from .samples import FRENCH, GERMAN, PROCEDURE, docx_file, record_csv, write

TABLE_ONLY = """| Step | Who | What | When |
| --- | --- | --- | --- |
| 1 | Goods-in Inspector | Check the mill certificate | On arrival |
| 2 | Stores Supervisor | Book the bars into Epicor | Within 4 hours |
| 3 | Buyer | Raise a supplier NCR on QF-08 | Two wrong certificates in 30 days |
"""

HEADINGS_ONLY = "\n\n".join(f"{'#' * (1 + i % 3)} {n} {t}" for i, (n, t) in enumerate([
    ("4", "Context of the organization"), ("4.1", "Understanding the organization and its context"),
    ("5", "Leadership"), ("6", "Planning"), ("7", "Support"), ("7.5", "Documented information"),
    ("8", "Operation"), ("9", "Performance evaluation"), ("10", "Improvement")])) + "\n"


def _empty_docx(d):
    pass


def _table_only_docx(d):
    t = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("Step", "Who", "What"), ("1", "Inspector", "Check the certificate"),
                             ("2", "Supervisor", "Book into Epicor"), ("3", "Buyer", "Raise QF-08")]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text


def _headings_only_docx(d):
    for n, title in [("8.4", "Control of externally provided processes"), ("8.5", "Production"),
                     ("8.7", "Control of nonconforming outputs"), ("10.2", "Nonconformity and corrective action")]:
        d.add_heading(f"{n} {title}", level=1)


def test_odd_procedures(tmp_path):
    client = tmp_path / "client"
    procs = client / "procedures"
    write(procs / "QP-30 table only.md", TABLE_ONLY)
    write(procs / "QP-31 headings only procedure.md", HEADINGS_ONLY)
    write(procs / "VA-03 Lenkung fehlerhafter Produkte.md", GERMAN)
    write(procs / "PR-05 Maîtrise des produits non conformes.md", FRENCH)
    write(procs / "QP-32 whitespace procedure.md", "   \n\n\t\n")
    write(procs / "QP-33 control characters procedure.txt", "Procedure\x0b\x0c\x1b[31m red \x07\n" * 20)
    docx_file(procs / "QP-34 empty procedure.docx", _empty_docx)
    docx_file(procs / "QP-35 table only procedure.docx", _table_only_docx)
    docx_file(procs / "QP-36 headings only procedure.docx", _headings_only_docx)
    write(client / "records" / "FB-08 Fehlerprotokoll.csv", record_csv(20))
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    assert report.run_errors == (), report.run_errors
    assert not [d for d in report.documents if d.rule_errors]
    docs = paths_of(data)
    assert len(docs) == 10
    for name, doc in docs.items():
        if doc["status"] != "ok":
            assert doc["error"] and "\n" not in doc["error"], name
    for name in ("QP-30 table only.md", "QP-31 headings only procedure.md", "VA-03 Lenkung fehlerhafter Produkte.md",
                 "PR-05 Maîtrise des produits non conformes.md", "QP-35 table only procedure.docx",
                 "QP-36 headings only procedure.docx"):
        assert docs[f"procedures/{name}"]["status"] == "ok", name
    # a handful of headings and no text is too little to call a verdict on
    headings = docs["procedures/QP-31 headings only procedure.md"]
    assert headings.get("verdict") is None
    assert paths_of(r.report).keys() == docs.keys()


@pytest.mark.slow
def test_five_thousand_headings(tmp_path):
    client = tmp_path / "client"
    lines = []
    for i in range(5000):
        lines.append(f"{'#' * (1 + i % 4)} {i // 100 + 1}.{i % 100 + 1} Step {i} of the machining route")
        if i % 10 == 0:
            lines.append(f"The Setter checks the first-off part on the CMM within {i % 30 + 5} minutes.")
    write(client / "WI-90 Machining route.md", "\n\n".join(lines) + "\n")
    t0 = time.process_time()
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    assert time.process_time() - t0 < 60
    assert report.run_errors == ()
    assert data["documents"][0]["status"] == "ok"


def test_lexicon_score_is_a_probability_for_any_count():
    from gapscan.nlp.mirroring import lexicon_score

    assert lexicon_score(0, 0, False, 0, 0) < 0.5
    assert 0.0 <= lexicon_score(2000, 500, True, 0, 0) <= 1.0


def test_lexicon_score_survives_a_sentence_with_thousands_of_anchors():
    from gapscan.nlp.mirroring import lexicon_score

    assert 0.0 <= lexicon_score(0, 0, False, 2000, 0) <= 1.0
    assert 0.0 <= lexicon_score(1, 0, False, 0, 5000) <= 1.0


def _one_megabyte(sentence: str, joiner: str) -> str:
    text = joiner.join([sentence] * (1_000_000 // len(sentence) + 1))
    assert len(text) > 1_000_000 and "\n" not in text
    return text


@pytest.mark.slow
def test_one_megabyte_single_sentence_paragraph(tmp_path):
    client = tmp_path / "client"
    sentence = ("the organization shall determine the controls and the Quality Manager checks the torque "
                "wrench on bench 4 every 12 months")
    write(client / "QP-40 One paragraph procedure.md",
          "# QP-40 One paragraph procedure\n\n" + _one_megabyte(sentence, " and ") + ".\n")
    before = tree_digest(client)
    r = cli("audit", str(client), "--fail-on", "never", json_out=tmp_path / "r.json", cpu_seconds=15)
    assert r.returncode == 0, r.stderr
    assert r.report["run_errors"] == []
    assert r.report["documents"][0]["status"] == "ok"
    assert tree_digest(client) == before


@pytest.mark.slow
def test_one_megabyte_paragraph_of_short_sentences(tmp_path):
    client = tmp_path / "client"
    write(client / "QP-41 One line procedure.txt",
          _one_megabyte("The Operator records the check on QF-11 every shift.", " "))
    before = tree_digest(client)
    r = cli("audit", str(client), "--fail-on", "never", json_out=tmp_path / "r.json", cpu_seconds=15)
    assert r.returncode == 0, r.stderr
    assert r.report["run_errors"] == []
    assert r.report["documents"][0]["status"] == "ok"
    assert tree_digest(client) == before


def test_review_minutes_without_sentences_and_audit_plan_without_date(tmp_path):
    client = tmp_path / "client"
    write(client / "management-review" / "Management Review Minutes Q3.md",
          "# Management Review Minutes\n\n## Attendees\n\n- MD\n- QM\n- Ops\n\n## Agenda\n\n- Audits\n- KPIs\n"
          "- AOB\n\n| Item | Owner |\n| --- | --- |\n| 1 | QM |\n| 2 | MD |\n")
    docx_file(client / "management-review" / "Management Review Minutes empty.docx", lambda d: d.add_heading("Minutes", 1))
    write(client / "audit-plan-2026.md",
          "# External audit plan\n\nCertification body: TBC\n\n## Scope\n\nISO 9001 surveillance, all sites.\n\n"
          "## Timetable\n\n| Time | Activity |\n| --- | --- |\n| 09:00 | Opening meeting |\n| 16:30 | Closing |\n")
    write(client / "Audit Plan undated.txt", "Audit plan\n\nDate: to be confirmed\nAuditor: t.b.c.\n")
    write(client / "procedures" / "QP-14 Calibration.md", PROCEDURE)
    write(client / "records" / "QF-11 register.csv", record_csv(40))
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    assert report.run_errors == (), report.run_errors
    assert report.audit_dates == () and data["audit_dates"] == []
    kinds = {d["path"]: d["kind"] for d in data["documents"]}
    assert kinds["management-review/Management Review Minutes Q3.md"] == "review"
    assert not any(f["rule"] == "SH01" for f in data["findings"])  # no audit date, nothing to compare to
