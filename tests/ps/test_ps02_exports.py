"""PS02 and a register saved twice, as .csv beside its .xlsx under the same name (a held-out ISMS portfolio kept
its risk register, SoA, audit checklist, CAPA tracker and evidence log that way): an export is one record, not
the same entries written down twice. A copy that has drifted from its original, or the same rows kept under
another name, still is reported."""
from __future__ import annotations

import csv
from pathlib import Path

from ps_scan import rule_findings


HEADER = ["Risk ID", "Asset", "Threat", "Existing Controls", "Likelihood", "Impact", "Score", "Treatment"]
ROWS = [[f"R-{i:03d}", f"Build server {i}", ["Unpatched library", "Leaked token", "Misconfigured bucket"][i % 3],
         ["Dependabot alerts", "Secret scanning", "Bucket policy review"][i % 3], 1 + i % 5, 1 + (i * 2) % 5,
         (1 + i % 5) * (1 + (i * 2) % 5), ["Mitigate", "Accept", "Transfer"][i % 3]] for i in range(1, 16)]


def _csv(path: Path, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)


def _xlsx(path: Path, rows) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)


def _ps02(folder: Path):
    return rule_findings(folder, "PS02", "[kinds]\n\"*.csv\" = \"record\"\n\"*.xlsx\" = \"record\"\n")


def test_a_register_exported_under_its_own_name_is_one_record(tmp_path):
    _csv(tmp_path / "ISMS-004_Risk_Register_v0.1.csv", ROWS)
    _xlsx(tmp_path / "ISMS-004_Risk_Register_v0.1.xlsx", ROWS)
    # before: "records 15 of the same Risk ID values as ISMS-004_Risk_Register_v0.1.csv (100% ...)"
    assert _ps02(tmp_path) == []


def test_a_copy_that_drifted_from_its_original_is_still_reported(tmp_path):
    _csv(tmp_path / "ISMS-004_Risk_Register_v0.1.csv", ROWS[:12])
    changed = [row[:3] + ["None yet"] + row[4:] if i % 2 else row for i, row in enumerate(ROWS)]
    _xlsx(tmp_path / "ISMS-004_Risk_Register_v0.1.xlsx", changed)
    found = _ps02(tmp_path)
    assert len(found) == 1
    assert "12 of the same Risk ID values" in found[0].message


def test_the_same_rows_kept_under_another_name_are_still_reported(tmp_path):
    _csv(tmp_path / "risk-register.csv", ROWS)
    _xlsx(tmp_path / "ops-risk-tracker.xlsx", ROWS)
    found = _ps02(tmp_path)
    assert len(found) == 1
    assert "15 of the same Risk ID values" in found[0].message
