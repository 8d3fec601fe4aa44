"""PS01 and a folder's own file listings: a MANIFEST page listing every file of the package in a table
("| 38 | `trackers/compliance-package-inventory.xlsx` | 6,519 | ... |") and a STRUCTURE page drawing its tree in a
code block ("│   ├── compliance-package-inventory.xlsx      # 24 components"). Seen on drhold26's nerccip set
(session 19): the package inventory and a readiness scorecard, each listed by both pages of their phase folder,
were reported as kept outside the documented system (leads, judged wrong), because a folder page was read for
file names in its paragraphs only, not its tables' cells or code blocks. A record the folder's inventory lists is
part of the documented package. Written for the test.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_ps_passing_mention import _audit

PROCEDURE = ("# Weekly Farm Checklist\n\nEvery Monday the farm manager walks the fences, checks the water "
             "troughs and writes what was done in the maintenance log.\n")


def _tracker() -> str:
    start = dt.date(2026, 1, 12)
    rows = [f"| {(start + dt.timedelta(days=14 * i)).isoformat()} | Progress report {i} | Submitted |"
            for i in range(8)]
    return "# Grant Tracker\n\n| Date | Report | Status |\n|---|---|---|\n" + "\n".join(rows) + "\n"


MANIFEST = """# MANIFEST — Compliance

| # | File | Bytes |
|---|---|---|
| 1 | `README.md` | 1,204 |
| 2 | `trackers/{name}` | 6,519 |
"""

STRUCTURE = """# Folder Structure — Compliance

```
compliance/
├── README.md
└── trackers/
    └── {name}      # grants and their reports
```
"""


def _run(tmp_path: Path, page: str, name: str):
    files = {"runbooks/weekly-farm-checklist.md": PROCEDURE, "compliance/trackers/grant-tracker.md": _tracker(),
             "compliance/LISTING.md": page.format(name=name)}
    kinds = {"runbooks/weekly-farm-checklist.md": "procedure", "compliance/trackers/grant-tracker.md": "record",
             "compliance/LISTING.md": "other"}
    return _audit(tmp_path, files, kinds, "PS01")


def test_a_record_its_folder_inventory_lists_is_documented(tmp_path: Path):
    assert _run(tmp_path, MANIFEST, "grant-tracker.md") == []


def test_a_record_its_folder_tree_shows_is_documented(tmp_path: Path):
    assert _run(tmp_path, STRUCTURE, "grant-tracker.md") == []


def test_a_listing_of_other_files_leaves_it_a_shadow_record(tmp_path: Path):
    [found] = _run(tmp_path, MANIFEST, "water-rights.md")
    assert found.path == "compliance/trackers/grant-tracker.md"
