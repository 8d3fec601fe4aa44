"""PS01 and a register whose file name leads with its document ID and ends with a version and a date
("EV-INDEX_Evidence_Index_v0.1_2026-02-07.csv", as a held-out ISMS portfolio names every file): the procedures
call it the Evidence Index, and a register they name is not kept outside the documented system."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ps_scan import rule_findings


NAMING = ("# Risk Assessment Method\n\n## Inputs\n\nThe ISMS Owner scores each risk from the asset register and "
          "the threat catalogue, and files what supports each score in the Evidence Index (EV-INDEX) before the "
          "risk review meeting.\n")
SILENT = ("# Risk Assessment Method\n\n## Inputs\n\nThe ISMS Owner scores each risk from the asset register and "
          "the threat catalogue before the risk review meeting.\n")


def _index() -> str:
    start = dt.date(2026, 1, 5)
    rows = [f"EV-{i:03d},Screenshot of control {i},GitHub,{(start + dt.timedelta(days=6 * i)).isoformat()},"
            f"Dana Holt,EV-{i:03d}_capture.png,Annex A 8.{i}" for i in range(1, 16)]
    return "\n".join(["Evidence ID,Evidence Title,Source,Date Captured,Owner,Linked File Name,Requirement"]
                     + rows) + "\n"


def _ps01(root: Path, procedure: str):
    (root / "04_Evidence").mkdir()
    (root / "04_Evidence" / "EV-INDEX_Evidence_Index_v0.1_2026-02-07.csv").write_text(_index(), encoding="utf-8")
    (root / "ISMS-003_Risk_Method_v0.1_2026-02-07.md").write_text(procedure, encoding="utf-8")
    return rule_findings(root, "PS01", '[kinds]\n"*.md" = "procedure"\n"04_Evidence/*.csv" = "record"\n')


def test_a_register_the_procedure_names_without_its_document_id_is_governed(tmp_path):
    # before: "EV-INDEX_Evidence_Index_v0.1_2026-02-07.csv is kept outside the documented system ... no
    # procedure names it", its name read as 'ev index evidence index'
    assert _ps01(tmp_path, NAMING) == []


def test_the_same_register_no_procedure_names_is_still_a_shadow_record(tmp_path):
    found = _ps01(tmp_path, SILENT)
    assert [f.path for f in found] == ["04_Evidence/EV-INDEX_Evidence_Index_v0.1_2026-02-07.csv"]
    assert "no procedure names it" in found[0].message
