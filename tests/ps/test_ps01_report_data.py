"""PS01 and a report's data file. A farm's analysis tool files each run in a folder dated to the day, the data it read
beside the report it wrote ("reports/2026-02-07-rank-animals/data.csv" next to report.md); three of those data files
were reported as working records kept outside the documented system. They are one day's output of a report, not a
register kept over time (classify: other). The same table kept as a register outside a report's folder still is one."""
from __future__ import annotations

from ps_scan import rule_findings, write_csv

PROCEDURE = """# Flock recording procedure

## Purpose

How lambings, weights and health events are recorded.

## Procedure

1. Record each lambing in the lambing log on the day it happens.
2. Weigh the lambs at 60 days and enter the weights in the flock book.
3. Check the ewes' condition score every month.
4. Report any death to the farm manager within a day.

The farm manager must review the flock book every month.
"""

HEADER = ["rank", "animal_id", "gender", "score", "bwt_value", "wwt_value"]
ROWS = [[i, f"64023{i:05d}", "F" if i % 2 else "M", f"{90 - i}.5", f"4.{i}", f"2{i}.1"] for i in range(1, 13)]


def _set(tmp_path, folder: str):
    (tmp_path / "sops").mkdir()
    (tmp_path / "sops" / "flock-recording.md").write_text(PROCEDURE, encoding="utf-8")
    write_csv(tmp_path / folder / "data.csv", HEADER, ROWS)
    (tmp_path / folder / "report.md").write_text("# Animal ranking\n\nThe twelve animals ranked by index score.\n",
                                                 encoding="utf-8")
    return [f.path for f in rule_findings(tmp_path, "PS01", "")]


def test_a_report_s_data_in_its_dated_folder_is_no_shadow_record(tmp_path):
    assert _set(tmp_path, "reports/2026-02-07-rank-animals") == []


def test_the_same_table_kept_elsewhere_still_is_one(tmp_path):
    assert _set(tmp_path, "registers/rank-animals") == ["registers/rank-animals/data.csv"]
