"""PS01 and a filled example named as one. A held-out IAM portfolio keeps
"sample-quarterly-access-review-completed.md", and its guide says it "includes a completed quarterly access
review example"; the file was reported as kept outside the system because the guide never writes
'sample quarterly access review completed'. The words that say a file is an illustration or a filled copy
(sample, example, completed, filled) at either end of its name are not what people call it; inside a name
they stay, and a record nobody names is still reported."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


NAMING = ("# Access Review Procedure\n\n## Evidence\n\nThe IAM Lead runs the review each quarter; a completed "
          "quarterly access review example shows the reviewer what a finished review holds.\n")
SILENT = ("# Access Review Procedure\n\n## Evidence\n\nThe IAM Lead runs the review each quarter and files the "
          "attestation with the audit evidence.\n")


def _review() -> str:
    rows = [f"U-{i:02d},user{i}@example.org,Zendesk,Agent,Keep,Jo Park" for i in range(1, 13)]
    return "\n".join(["User ID,Account,Application,Role,Decision,Reviewer"] + rows) + "\n"


def _ps01(root: Path, procedure: str, name: str):
    (root / name).write_text(_review(), encoding="utf-8")
    (root / "access-review-procedure.md").write_text(procedure, encoding="utf-8")
    return rule_findings(root, "PS01", '[kinds]\n"*.md" = "procedure"\n"*.csv" = "record"\n')


def test_a_sample_named_by_what_it_shows_is_governed(tmp_path):
    # before: "sample-quarterly-access-review-completed.csv is kept outside the documented system"
    assert _ps01(tmp_path, NAMING, "sample-quarterly-access-review-completed.csv") == []


def test_a_sample_nobody_names_is_still_reported(tmp_path):
    found = _ps01(tmp_path, SILENT, "sample-quarterly-access-review-completed.csv")
    assert [f.path for f in found] == ["sample-quarterly-access-review-completed.csv"]
