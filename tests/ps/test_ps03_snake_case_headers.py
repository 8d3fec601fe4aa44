"""PS03 reads an export's snake_case headers as their words: 'Risk_Level' and 'Job_Title' file an entry on the
organisation's own scale or roster as 'Risk Level' and 'Job Title' do, so their values ('Amber', 'Shift Lead')
are not the practice's vocabulary. Same cause as the held-out binette87 GRC set's due dates (drhold31,
session 24): no word boundary falls between 'Risk' and '_'."""
from __future__ import annotations

from pathlib import Path

from ps_scan import CAPA_PROCEDURE as PROCEDURE, capa_tracker, rule_findings

LEVELS = ["Amber", "Crimson", "Amber"]
TITLES = ["Shift Lead", "Night Porter", "Shift Lead"]


def _tracker() -> str:
    return capa_tracker("CAPA_ID,Risk_Level,Job_Title,System,Problem_Statement,Root_Cause,Corrective_Action,"
                        "Action_Owner,Raised_Date,Status", lambda i: f"{LEVELS[i % 3]},{TITLES[i % 3]}")


def test_snake_case_scale_and_roster_columns_give_no_terms(tmp_path: Path):
    (tmp_path / "capa-procedure.md").write_text(PROCEDURE, encoding="utf-8")
    (tmp_path / "capa-tracker.csv").write_text(_tracker(), encoding="utf-8")
    found = rule_findings(tmp_path, "PS03",
                          '[kinds]\n"capa-procedure.md" = "procedure"\n"capa-tracker.csv" = "record"\n')
    assert len(found) == 1
    message = found[0].message
    # before: "keep talking about 'amber' (12x), 'shift lead' (12x), 'crimson' ..."
    for filing in ("'amber'", "'crimson'", "'shift lead'", "'night porter'"):
        assert filing not in message
    assert "'dependabot'" in message and "'okta'" in message
