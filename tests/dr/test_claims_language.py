"""Procedures not in English give no claims: the claim patterns read English only.

A German procedure read with the English form patterns gave claims such as "uses the das register"; those
then counted as "not checkable" beside the real ones. The report says in one line which procedures'
claims were not read, and why, instead of listing noise per claim.
"""
from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files

import jsonschema

ENGLISH = """# SOP-11 Calibration of balances

The Lab Supervisor checks every balance each week and records the check on the calibration log (QF-21).
A balance that fails the check is taken out of use within 24 hours and the fault is reported to the
Quality Manager. The calibration log shall record the date, the balance, the reading and the initials of
the person who did the check. The Quality Manager reviews the calibration log every month.
"""

GERMAN = """# VA-04 Prüfung der Waagen

Der Laborleiter prüft jede Waage einmal pro Woche und trägt das Ergebnis in das Formular F-17 ein.
Eine Waage, die die Prüfung nicht besteht, wird innerhalb von 24 Stunden gesperrt und der Fehler wird an
den Qualitätsmanager gemeldet. Das Formular muss das Datum, die Waage, den Messwert und die Unterschrift
der Person enthalten, die die Prüfung durchgeführt hat. Der Qualitätsmanager prüft die Formulare jeden
Monat und bewahrt sie für die Dauer von drei Jahren auf. Die Prüfung wird auch nach jeder Reparatur der
Waage durchgeführt und in dem Formular vermerkt.
"""

PORTUGUESE = """# PO-07 Verificação das balanças

O responsável do laboratório verifica cada balança todas as semanas e regista o resultado no formulário
F-23. Uma balança que não passa na verificação é retirada de uso no prazo de 24 horas e a falha é comunicada
ao gestor da qualidade. O formulário deve conter a data, a balança, o valor lido e a assinatura da pessoa
que fez a verificação. O gestor da qualidade revê os formulários todos os meses e guarda os registos por
um período de três anos. A verificação também é feita depois de cada reparação da balança e é anotada no
formulário pela pessoa que a fez.
"""

LOG = "date,balance,reading,initials\n" + "".join(
    f"2026-0{m}-{d:02d},B-{b},100.0{b},JS\n" for m in (3, 4, 5) for d in (2, 9, 16, 23) for b in (1, 2))


def _audit(root, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    r = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(root), "--format", fmt, "-o", str(out),
                        "--fail-on", "never", "--no-cache"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return out.read_text(encoding="utf-8")


def test_no_claims_from_procedures_not_in_english(tmp_path):
    root = tmp_path / "client"
    (root / "procedures").mkdir(parents=True)
    (root / "records").mkdir()
    (root / "procedures" / "SOP-11 Calibration.md").write_text(ENGLISH, encoding="utf-8")
    (root / "procedures" / "Verfahrensanweisung Waagen.md").write_text(GERMAN, encoding="utf-8")
    (root / "procedures" / "Procedimento balancas.md").write_text(PORTUGUESE, encoding="utf-8")
    (root / "records" / "calibration log QF-21.csv").write_text(LOG, encoding="utf-8")

    report = json.loads(_audit(root, tmp_path, "json"))
    procedures = {d["path"].rsplit("/", 1)[-1]: d for d in report["documents"] if d["kind"] == "procedure"}
    assert set(procedures) == {"SOP-11 Calibration.md", "Verfahrensanweisung Waagen.md", "Procedimento balancas.md"}
    assert procedures["Verfahrensanweisung Waagen.md"]["language"] == "de"
    assert procedures["Procedimento balancas.md"]["language"] == "pt"
    # the English procedure's claims are read as before; the others' not at all
    assert {c["kind"] for c in procedures["SOP-11 Calibration.md"]["claims"]} >= {"form", "frequency"}
    assert procedures["Verfahrensanweisung Waagen.md"]["claims"] == []
    assert procedures["Procedimento balancas.md"]["claims"] == []
    assert report["summary"]["not_checkable_claims"] == sum(
        d["not_checkable"] for d in procedures.values())
    unread = report["summary"]["claims_not_read"]
    assert unread["procedures"] == 2
    assert unread["by_language"] == {"German": 1, "Portuguese": 1}
    assert "not in English" in unread["reason"]
    schema = json.loads((files("gapscan") / "data" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)

    markdown = _audit(root, tmp_path, "markdown")
    lines = [line for line in markdown.splitlines() if "claims were not read" in line]
    assert len(lines) == 1, lines
    assert "2 procedures not in English (German 1, Portuguese 1)" in lines[0]


def test_english_set_says_nothing_of_unread_claims(tmp_path):
    root = tmp_path / "client"
    root.mkdir()
    (root / "SOP-11 Calibration.md").write_text(ENGLISH, encoding="utf-8")
    (root / "calibration log QF-21.csv").write_text(LOG, encoding="utf-8")
    report = json.loads(_audit(root, tmp_path, "json"))
    assert "claims_not_read" not in report["summary"]
    assert any(d["claims"] for d in report["documents"] if d["kind"] == "procedure")
