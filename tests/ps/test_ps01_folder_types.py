"""PS01 and a folder's contents said in words beside their file type: the README of drhold27's held-out
lakshman-1003/GDPR-Compliance-Tracker says "**data/**: CSVs for controls, assets, risks, mappings.", and risks.csv
stood beside it as a lead, "no procedure names it or links to it" (session 21's leftover: a name of one word was
never read in words, since 'risks' alone could be anything a page is about). The file's type beside the word
('CSVs ... risks') says it is the file. The same word with no type beside it, or another type, leaves it a lead."""
from __future__ import annotations

from pathlib import Path

import pytest

from ps_scan import rule_findings, write_csv

TOML = "[kinds]\n\"*.csv\" = \"record\"\n\"*policy.md\" = \"procedure\"\n\"README.md\" = \"other\"\n"
HEADER = ["risk_id", "asset_id", "threat", "likelihood", "impact"]
RISKS = [[f"R-{i:03d}", f"A-{i:03d}", ["Phishing", "Ransomware", "Lost laptop"][i % 3], 1 + i % 5, 1 + (i * 2) % 5]
         for i in range(1, 9)]


def _set(root: Path, readme: str) -> list[str]:
    (root / "policies").mkdir(parents=True, exist_ok=True)
    (root / "policies" / "access-control-policy.md").write_text(
        "# Access Control Policy\n\nAccess rights are reviewed by the IT Manager and recorded in the access "
        "review log.\n", encoding="utf-8")
    (root / "README.md").write_text(f"# Compliance Tracker\n\n## What's inside\n{readme}\n", encoding="utf-8")
    write_csv(root / "risks.csv", HEADER, RISKS)
    return sorted(f.path for f in rule_findings(root, "PS01", TOML))


def test_a_file_the_readme_lists_beside_its_type_is_described(tmp_path):
    # before: ['risks.csv']
    assert _set(tmp_path, "- **data/**: CSVs for controls, assets, risks, mappings.") == []


@pytest.mark.parametrize("readme", [
    # the word with no file type beside it: what the tracker is about, not a file
    "- The tracker scores risks against assets.",
    # another type: 'risks' are the workbook's sheets, not this file
    "- **reports/**: XLSX workbooks of risks and controls.",
])
def test_the_word_without_its_type_leaves_a_lead(tmp_path, readme):
    assert _set(tmp_path, readme) == ["risks.csv"]
