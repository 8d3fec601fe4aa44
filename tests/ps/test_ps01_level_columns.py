"""PS01's 'people listed under ...' counts names, not the few capitalised words of a level or yes/no column.
A competence matrix in German ('Niveau': Basis/Mittel/Fortgeschritten, 'Pflicht': Ja) was told as "4 people
listed under Niveau, Pflicht"; an English 'Level' column of Basic/Advanced reads the same way. A column is
told as listing people when its heading says so ('Name', 'Owner', 'Line Manager') or its values are roles."""
from __future__ import annotations

from pathlib import Path

from test_ps_passing_mention import _audit

POLICY = {"policies/competence-policy.md": "# Competence Policy\n\nEach role has the competences it needs.\n"}


def _matrix(header: str, rows: list[str]) -> dict[str, str]:
    return {**POLICY, "registers/skills-matrix.csv": "\n".join([header] + rows) + "\n"}


def test_level_and_yes_columns_are_not_people(tmp_path: Path):
    levels = ["Basis", "Mittel", "Fortgeschritten"]
    rows = [f"Rolle {i},Kompetenz {i},{levels[i % 3]},Schulung {i},Ja,12" for i in range(12)]
    files = _matrix("Rolle,Erforderliche Kompetenz,Niveau,Quelle,Pflicht,Intervall (Monate)", rows)
    [found] = _audit(tmp_path, files, {"policies/competence-policy.md": "procedure",
                                       "registers/skills-matrix.csv": "record"}, "PS01")
    # before: "no column names who made them (4 people listed under Niveau, Pflicht)"
    assert "people listed" not in found.message and "person listed" not in found.message
    assert "no column names who made them;" in found.message


def test_a_name_column_still_lists_its_people(tmp_path: Path):
    people = ["Ann Lee", "Bo Chan", "Cy Park"]
    rows = [f"Skill {i},{people[i % 3]},{['Basic', 'Advanced'][i % 2]}" for i in range(12)]
    files = _matrix("Skill,Name,Level", rows)
    [found] = _audit(tmp_path, files, {"policies/competence-policy.md": "procedure",
                                       "registers/skills-matrix.csv": "record"}, "PS01")
    assert "(3 people listed under Name)" in found.message
