"""PS01 and a folder README whose contents table lists the record by its name. A held-out farm's folders each open
with a README whose table reads "| [Grant Tracker](./grant-tracker.md) | Active grants and reporting deadlines |";
the tracker was reported as kept outside the documented system, because the link's target is not kept in a table
cell and the cell's words ("Grant Tracker") were never compared with the file's name (grant-tracker.md). A page of
the record's own folder that gives the file's name in words documents it, as one that gives the file name does."""
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


def _readme(entry: str) -> str:
    return ("# Compliance\n\nThis folder holds the farm's compliance papers.\n\n| Document | Description |\n"
            f"|---|---|\n{entry}\n| [Certifications](./certifications.md) | Licences and permits |\n")


def _run(tmp_path: Path, readme_path: str, entry: str):
    files = {"runbooks/weekly-farm-checklist.md": PROCEDURE, "compliance/grant-tracker.md": _tracker(),
             readme_path: _readme(entry)}
    kinds = {"runbooks/weekly-farm-checklist.md": "procedure", "compliance/grant-tracker.md": "record",
             readme_path: "other"}
    return _audit(tmp_path, files, kinds, "PS01")


def test_a_record_its_folder_readme_lists_by_name_is_documented(tmp_path: Path):
    found = _run(tmp_path, "compliance/README.md",
                 "| [Grant Tracker](./grant-tracker.md) | Active grants and reporting deadlines |")
    # before: "grant-tracker.md is kept outside the documented system: 8 entries ..."
    assert found == []


def test_a_readme_listing_other_documents_leaves_it_a_shadow_record(tmp_path: Path):
    [found] = _run(tmp_path, "compliance/README.md", "| [Water Rights](./water-rights.md) | Permits for the well |")
    assert found.path == "compliance/grant-tracker.md"


def test_the_name_in_words_counts_only_in_the_records_own_folder(tmp_path: Path):
    # a page elsewhere that says "Grant Tracker" may mean another folder's tracker
    [found] = _run(tmp_path, "finance/README.md", "| [Grant Tracker](./grant-tracker.md) | The finance team's |")
    assert found.path == "compliance/grant-tracker.md"
