"""A sentence that names a log of a file of several by its number ('(Logs §4)', 'Logs.md § 4', 'log 4 of Logs.md')
is checked against that log, as rate-nl/ISO's procedures point at the numbered logs of its Logs.md.

Before, '(Logs §4)' named no file (no extension), and 'Logs.md § 4' named the whole file: the claim was matched
against the set's records by its words, or against the file's log most like it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from gapscan.model import ClaimStatus

from .conftest import days
from .test_many_logs import _md_table

D = dt.date


def _logs_page() -> str:
    # three logs under numbered headings; log 4's words say nothing of what the sentence says
    access = _md_table(["Review Date", "Users Reviewed", "Findings"],
                       [[d.isoformat(), "6", "all valid"] for d in days(D(2025, 1, 15), [91, 92, 90, 91, 92])])
    checks = _md_table(["Date", "Checked By", "Result"],
                       [[d.isoformat(), "Bo Chan", "Success"] for d in days(D(2025, 1, 7), [30] * 16)])
    restores = _md_table(["Test Date", "Database", "Tested By", "Result"],
                         [[d.isoformat(), "prod_db", "Bo Chan", "Success"] for d in days(D(2024, 2, 7), [180] * 4)])
    return ("# Evidence logs\n\n## 3. Access Control Review Record\n\n" + access
            + "\n## 4. Monthly Checks\n\n" + checks + "\n## 14. Restore Drill Log\n\n" + restores)


def _check(scan, sentence: str):
    scan.write("procedures/Backup.md", "# Backup\n\n" + sentence + "\n")
    scan.write("records/Logs.md", _logs_page())
    ctx, result = scan.run()
    (check,) = [c for c in result.claims["procedures/Backup.md"] if c.kind == "frequency"]
    return check


@pytest.mark.parametrize("sentence", [
    "Database restores are tested monthly (Logs §4).",
    "Database restores are tested monthly and recorded in Logs.md § 4.",
    "Database restores are tested monthly and recorded as log 4 of Logs.md.",
])
def test_the_log_named_by_its_number_is_the_record(scan, sentence):
    check = _check(scan, sentence)
    assert check.record == "records/Logs.md § 4. Monthly Checks"
    assert check.status is ClaimStatus.HOLDS


def test_a_number_no_log_of_the_file_has_leaves_the_file_s_logs_to_choose_from(scan):
    check = _check(scan, "Database restores are tested monthly and recorded in Logs.md § 7.")
    assert check.record == "records/Logs.md § 14. Restore Drill Log"
    assert check.status is ClaimStatus.DRIFTED


def test_a_section_of_a_name_no_file_has_names_no_record(scan):
    check = _check(scan, "Database restores are tested monthly (Policy §4).")
    assert check.record != "records/Logs.md § 4. Monthly Checks"
