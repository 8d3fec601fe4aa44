"""A sentence that names a file of several logs by its path is checked against that file's logs only, and the log
its words name ('the DB restore test log') is the one among them.

The shape of rate-nl/ISO's Logs.md (17 logs under numbered headings): "recorded in Logs.md" named no record at
all, so the claim was matched against every record of the set.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR02

from .conftest import days
from .test_many_logs import _md_table

D = dt.date


def _logs_page() -> str:
    access = _md_table(["Review Date", "Users Reviewed", "Findings"],
                       [[d.isoformat(), "6", "all valid"] for d in days(D(2025, 1, 15), [91, 92, 90, 91, 92])])
    restore = _md_table(["Test Date", "Database", "Tested By", "Result"],
                        [[d.isoformat(), "prod_db", "Bo Chan", "Success"] for d in days(D(2025, 1, 7), [30] * 16)])
    drills = _md_table(["Drill Date", "Scenario", "Restored By", "Result"],
                       [[d.isoformat(), "NAS lost", "Bo Chan", "Success"] for d in days(D(2024, 2, 7), [180] * 4)])
    return ("# Evidence logs\n\n## 3. Access Control Review Record\n\n" + access
            + "\n## 4. DB Restore Test Log\n\n" + restore + "\n## 9. Restore Drill Checklist\n\n" + drills)


def _frequency_checks(scan, sentence: str):
    scan.write("procedures/Backup.md", "# Backup and access\n\n" + sentence + "\n")
    scan.write("records/Logs.md", _logs_page())
    # another access review log elsewhere, kept monthly: not the one the sentence names
    scan.csv("records/it/access-review-log.csv", ["Review Date", "Users Reviewed", "Findings"],
             [[d, "6", "ok"] for d in days(D(2025, 1, 15), [30] * 8)])
    ctx, result = scan.run()
    scan.ctx = ctx
    return [c for c in result.claims["procedures/Backup.md"] if c.kind == "frequency"]


def test_a_file_of_logs_named_by_path_narrows_to_its_logs(scan):
    (check,) = _frequency_checks(scan, "User access rights are reviewed monthly and recorded in Logs.md.")
    assert check.record == "records/Logs.md § 3. Access Control Review Record"
    assert check.status is ClaimStatus.DRIFTED
    (f,) = DR02.check(scan.ctx)
    assert f.metrics["record_chosen"] == "named in the sentence (Logs.md)"
    assert f.metrics["median_interval_days"] == 91


def test_the_log_named_by_its_heading_is_chosen_among_the_files_logs(scan):
    (check,) = _frequency_checks(scan, "Restore tests are performed monthly and recorded in the DB restore test "
                                       "log (Logs.md).")
    assert check.record == "records/Logs.md § 4. DB Restore Test Log"
    assert check.status is ClaimStatus.HOLDS


def test_a_file_of_logs_none_of_which_is_about_the_claim_is_not_checkable(scan):
    (check,) = _frequency_checks(scan, "Supplier invoices are checked weekly and recorded in Logs.md.")
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert check.record is None
    assert "Logs.md" in check.detail
