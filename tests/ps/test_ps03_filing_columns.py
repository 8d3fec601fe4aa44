"""PS03 and the columns of a CAPA tracker that file an entry rather than say what it is about (a held-out ISMS
portfolio's tracker: 'Nonconformity Type (Major/Minor/OFI)', and 'Requirement' citing 'ISO 27001 Clause 6.2' or
'Annex A A.8.8'): 'ofi', 'clause' and 'annex' are not the practice's vocabulary. The systems the problems are
about still are."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ps_scan import CAPA_PROBLEMS as PROBLEMS, CAPA_PROCEDURE as PROCEDURE, CAPA_SYSTEMS as SYSTEMS, rule_findings


REQUIREMENTS = ["ISO 27001 Clause 6.2", "Annex A A.8.8", "ISO 27001 Clause 9.2", "Annex A A.5.15",
                "Annex A A.8.13", "ISO 27001 Clause 10.2"]


def _tracker() -> str:
    start = dt.date(2026, 3, 2)
    rows = []
    for i in range(18):
        day = start + dt.timedelta(days=5 * i)
        rows.append(f"CAPA-{i + 1:03d},{REQUIREMENTS[i % 6]},{['OFI', 'Minor', 'OFI'][i % 3]},{SYSTEMS[i % 6]},{PROBLEMS[i % 6]},"
                    f"Missing step in the runbook,Add the step and retrain,Sam Ortiz,{day.isoformat()},Open")
    header = ("CAPA ID,Requirement,Nonconformity Type (Major/Minor/OFI),System,Problem Statement,Root Cause,"
              "Corrective Action,Action Owner,Due Date,Status")
    return "\n".join([header, *rows]) + "\n"


def _ps03(root: Path):
    (root / "capa-procedure.md").write_text(PROCEDURE, encoding="utf-8")
    (root / "capa-tracker.csv").write_text(_tracker(), encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"capa-procedure.md" = "procedure"\n"capa-tracker.csv" = "record"\n')


def test_columns_that_file_an_entry_give_no_terms_and_the_systems_it_is_about_still_do(tmp_path):
    found = _ps03(tmp_path)
    assert len(found) == 1
    message = found[0].message
    # before: "keep talking about 'ofi' (12x), 'clause' ... 'annex' ..."
    for filing in ("'ofi'", "'clause'", "'annex'", "'iso'"):
        assert filing not in message
    assert "'dependabot'" in message and "'okta'" in message
