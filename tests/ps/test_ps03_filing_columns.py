"""PS03 and the columns of a CAPA tracker that file an entry rather than say what it is about (a held-out ISMS
portfolio's tracker: 'Nonconformity Type (Major/Minor/OFI)', and 'Requirement' citing 'ISO 27001 Clause 6.2' or
'Annex A A.8.8'): 'ofi', 'clause' and 'annex' are not the practice's vocabulary. The systems the problems are
about still are."""
from __future__ import annotations

from pathlib import Path

from ps_scan import CAPA_PROCEDURE as PROCEDURE, capa_tracker, rule_findings


REQUIREMENTS = ["ISO 27001 Clause 6.2", "Annex A A.8.8", "ISO 27001 Clause 9.2", "Annex A A.5.15",
                "Annex A A.8.13", "ISO 27001 Clause 10.2"]


def _tracker() -> str:
    return capa_tracker("CAPA ID,Requirement,Nonconformity Type (Major/Minor/OFI),System,Problem Statement,Root Cause,"
                        "Corrective Action,Action Owner,Due Date,Status",
                        lambda i: f"{REQUIREMENTS[i % 6]},{['OFI', 'Minor', 'OFI'][i % 3]}")


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
