"""Procedures not in English, named without a procedure word. The name signals read "Verfahrensanweisung",
"procédure", "procedimiento" in a file name or title, and the headings of the common sections ("Zweck",
"Responsabilités"); a short procedure named for its subject ("Reklamationsbearbeitung", "Réception des
matières premières") with its steps under "Ablauf" or "Déroulement" and a table of who does what was classed
"other". What a procedure looks like in any language is read as well: the text calling itself one ("Diese
Verfahrensanweisung beschreibt ..."), the heading of its steps, numbered steps written as sentences, a table of
who is responsible and a revision block. A register or a blank form in those languages keeps its kind."""
from __future__ import annotations

import pytest

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

PROCEDURES = {
    "reklamationen.md": """# Reklamationsbearbeitung

Diese Verfahrensanweisung beschreibt die Bearbeitung von Kundenreklamationen im Werk Nord.

| Version | Datum | Änderung | Freigabe |
|---|---|---|---|
| 1 | 2023-01-10 | Erstausgabe | M. Weber |
| 2 | 2024-03-02 | Schritt 4 ergänzt | M. Weber |

## Ablauf

1. Der Kundendienst erfasst die Reklamation mit Auftragsnummer im CRM.
2. Die Qualitätssicherung prüft das Rücksendeteil innerhalb von zwei Arbeitstagen.
3. Der Qualitätsleiter entscheidet über Gutschrift, Nacharbeit oder Ersatz.
4. Der Kundendienst informiert den Kunden schriftlich über das Ergebnis.

## Zuständigkeiten

| Tätigkeit | Verantwortlich |
|---|---|
| Erfassung | Kundendienst |
| Prüfung | Qualitätssicherung |
""",
    "reception.md": """# Réception des matières premières

Cette instruction de travail décrit le contrôle à réception des bobines d'acier.

## Déroulement

1. Le magasinier vérifie le bon de livraison et le certificat matière.
2. Le contrôleur mesure l'épaisseur sur trois points de la bobine.
3. Le contrôleur étiquette la bobine conforme en vert et la bobine non conforme en rouge.
4. Le magasinier range la bobine conforme dans la zone de stockage.
""",
    "recepcion.md": """# Recepción de materias primas

Este procedimiento describe la inspección de las materias primas a su llegada a la planta.

1. El almacenista comprueba el albarán y el certificado del proveedor.
2. El inspector toma tres muestras de cada lote.
3. El inspector registra el resultado en la hoja de inspección.
""",
    "recebimento.md": """# Recebimento de matérias-primas

Esta instrução de trabalho descreve a inspeção das matérias-primas no recebimento.

1. O almoxarife confere a nota fiscal e o certificado do fornecedor.
2. O inspetor retira três amostras de cada lote.
3. O inspetor registra o resultado na ficha de inspeção.
""",
    # no sentence calls it a procedure: the heading of its steps, numbered steps, who does what, its revisions
    "wareneingang.md": """# Wareneingang

Gilt für alle Lieferungen von Rohmaterial an das Werk Nord und für die Rücksendungen aus der Fertigung.

| Version | Datum | Änderung |
|---|---|---|
| 1 | 2023-01-10 | Erstausgabe |
| 2 | 2024-03-02 | Prüfmenge geändert |

## Durchführung

1. Der Lagerist vergleicht den Lieferschein mit der Bestellung.
2. Der Prüfer zieht drei Muster aus jeder Charge und misst die Wandstärke mit dem Messschieber.
3. Der Prüfer sperrt eine Charge mit zu dünner Wand und meldet sie dem Einkauf.
4. Der Lagerist bucht die freigegebene Charge in das Lager ein und legt den Lieferschein ab.

## Verantwortung

| Schritt | Wer |
|---|---|
| Vergleich | Lagerist |
| Musterprüfung | Prüfer |
""",
}


@pytest.mark.parametrize("name", sorted(PROCEDURES))
def test_a_procedure_not_in_english_named_for_its_subject_is_a_procedure(tmp_path, name):
    path = tmp_path / name
    path.write_text(PROCEDURES[name], encoding="utf-8")
    doc = classify(parse_file(path, name))
    # before: "other" ("no clear signal (1 procedure-style heading (Zuständigkeiten))")
    assert doc.kind is Kind.PROCEDURE, doc.kind_reason


def test_a_register_in_german_with_a_revision_block_stays_a_record(tmp_path):
    rows = "\n".join(f"| R-{i:03d} | 2024-0{1 + i % 9}-1{i % 9} | Kunde {i} | Kratzer am Gehäuse | offen |"
                     for i in range(1, 25))
    path = tmp_path / "reklamationsliste.md"
    path.write_text("# Reklamationen 2024\n\n| Version | Datum | Änderung |\n|---|---|---|\n| 1 | 2024-01-02 | "
                    "Neu |\n\n| Nr. | Datum | Kunde | Fehler | Status |\n|---|---|---|---|---|\n" + rows + "\n",
                    encoding="utf-8")
    doc = classify(parse_file(path, path.name))
    assert doc.kind is Kind.RECORD, doc.kind_reason


def test_a_blank_form_in_french_stays_a_form(tmp_path):
    path = tmp_path / "fiche-reception.md"
    path.write_text("# Fiche de réception\n\n| Révision | Date | Modification |\n|---|---|---|\n"
                    "| A | 2022-05-01 | Création |\n\nFournisseur : ________\n\nNuméro de lot : ________\n\n"
                    "Épaisseur mesurée : ________\n\nContrôleur : ________\n\nDate : ____/____/______\n",
                    encoding="utf-8")
    doc = classify(parse_file(path, path.name))
    assert doc.kind is Kind.FORM, doc.kind_reason
