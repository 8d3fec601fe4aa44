"""Small realistic contents for the generated client folders."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

PROCEDURE = """# QP-14 Calibration of Measuring Equipment

## Purpose
This procedure keeps every gauge and the CMM in the inspection room within tolerance.

## Steps
1. The Metrology Technician calibrates each instrument every 12 months against the master set.
2. Record the result on form QF-11 with the instrument ID, date, result and technician.
3. If an instrument fails, quarantine it in cabinet C3 and tell the Quality Manager within 24 hours.
4. The Quality Manager decides whether parts measured since the last pass must be recalled.
"""

MIRRORED = """# Quality Manual QM-01

## 4 Context of the organization
The organization shall determine external and internal issues that are relevant to its purpose.

## 7.5 Documented information
The organization shall maintain documented information as applicable.

## 8.4 Control of externally provided processes, products and services
The organization shall ensure that externally provided processes conform to requirements.

## 9.1 Monitoring, measurement, analysis and evaluation
The organization shall evaluate the performance and the effectiveness of the system.
"""

GERMAN = """# VA-03 Lenkung fehlerhafter Produkte

## Zweck
Diese Verfahrensanweisung regelt den Umgang mit fehlerhaften Teilen in der Fertigung.

## Ablauf
1. Der Werker sperrt fehlerhafte Teile sofort und kennzeichnet sie mit einem roten Aufkleber.
2. Die Qualitätsleitung entscheidet innerhalb von 48 Stunden über Nacharbeit oder Verschrottung.
3. Jede Abweichung wird im Formular FB-08 mit Datum, Menge und Ursache dokumentiert.

## Verantwortung
Die Organisation muss sicherstellen, dass die Ergebnisse überwacht werden. Größe: 20 ± 1 °C.
"""

FRENCH = """# PR-05 Maîtrise des produits non conformes

## Objet
Cette procédure décrit le traitement des pièces non conformes à l'atelier d'usinage.

## Déroulement
1. L'opérateur isole la pièce et remplit la fiche FNC-02 avec la date, la quantité et la cause.
2. Le responsable qualité décide sous 48 heures : retouche, dérogation ou mise au rebut.
3. L'organisme doit déterminer les actions correctives appropriées aux effets des non-conformités.
"""


def record_csv(rows: int = 30, start: dt.date = dt.date(2026, 1, 5), step: int = 7) -> str:
    lines = ["Instrument ID,Calibration date,Result,Technician"]
    for i in range(rows):
        day = start + dt.timedelta(days=step * i)
        lines.append(f"G-{i % 9:03d},{day.isoformat()},{'Pass' if i % 5 else 'Fail'},J. Patel")
    return "\n".join(lines) + "\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def docx_file(path: Path, build) -> Path:
    """A docx written with python-docx; `build(document)` adds the content."""
    import docx

    d = docx.Document()
    build(d)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return path


def xlsx_file(path: Path, build) -> Path:
    """An xlsx written with openpyxl; `build(workbook)` fills it."""
    import openpyxl

    wb = openpyxl.Workbook()
    build(wb)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    return path
