"""A register of items, each row one item with its own next-review date (a policy register, an asset register), is
no log of occasions: the gaps between one policy's review and another's say nothing about "reviewed annually".
Each item's last review is measured against the stated period, as of the newest date the set records; a log with
one row per time the work was done is measured between its rows as before (a PCI programme's TPSP register was
read as a log: drhold9, session 12).
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

D = dt.date
PROCEDURE = ("# Policy management\n\nEvery policy is reviewed annually by its owner and the review is recorded in "
             "the policy register.\n")
HEADER = ["Policy ID", "Policy", "Owner", "Last reviewed", "Next review"]


def _check(scan):
    scan.write("procedures/policy-management.md", PROCEDURE)
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.procedure == "procedures/policy-management.md"
                and c.claim.kind == "frequency"]
    return check


def _row(n: int, done: dt.date):
    return [f"POL-{n:02d}", f"policy {n}", "CISO", done, done + dt.timedelta(days=365)]


def test_a_register_of_current_items_holds_item_by_item(scan):
    # five policies, each reviewed within the year; the dates bunch in two weeks a year apart, which read as a log
    # is two occasions, "too few to measure a cadence"
    done = [D(2024, 4, 2), D(2024, 4, 3), D(2024, 4, 4), D(2025, 3, 20), D(2025, 3, 21)]
    scan.csv("records/policy-register.csv", HEADER, [_row(n, d) for n, d in enumerate(done, 1)])
    check = _check(scan)
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert "5 items" in check.detail


def test_an_item_past_its_period_is_named(scan):
    # one policy last reviewed 30 months before the newest review: that policy, not a gap between two rows
    done = [D(2022, 9, 1), D(2024, 6, 10), D(2024, 9, 12), D(2024, 12, 5), D(2025, 3, 21)]
    scan.csv("records/policy-register.csv", HEADER, [_row(n, d) for n, d in enumerate(done, 1)])
    check = _check(scan)
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert "POL-01" in check.detail and "1 of 5 items" in check.detail
    assert check.metrics["items_overdue"] == 1


def test_a_log_of_occasions_with_a_next_due_column_is_still_a_log(scan):
    # one row per annual review of the whole policy set, each with the date the next is due: the same policy
    # suite ("all policies") on every row, so the rows are occasions and their gaps are measured (a gap of three
    # and a half years among three of one year: a third of the intervals late)
    done = [D(2019, 3, 1), D(2020, 3, 3), D(2021, 3, 2), D(2024, 9, 1)]
    rows = [[f"REV-{n}", "all policies", "CISO", d, d + dt.timedelta(days=365)] for n, d in enumerate(done, 1)]
    scan.csv("records/policy-register.csv", ["Review ID", "Policy", "Owner", "Last reviewed", "Next review"], rows)
    check = _check(scan)
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert "median_interval_days" in check.metrics and "items_overdue" not in check.metrics


def test_a_register_whose_dates_may_be_anything_is_not_measured(scan):
    # a provider register dated by 'Date' (the certificate's date, or the day the row was added): the rows' gaps
    # (a month apart, "annually" kept) say nothing, nor whether each provider was reviewed
    done = [D(2024, 1, 15), D(2024, 2, 15), D(2024, 3, 15), D(2024, 4, 15), D(2024, 5, 15)]
    rows = [[f"TP-{n}", f"provider {n}", "CISO", d, d + dt.timedelta(days=365)] for n, d in enumerate(done, 1)]
    scan.csv("records/policy-register.csv", ["Provider ID", "Provider", "Owner", "Date", "Next review"], rows)
    check = _check(scan)
    assert check.status is ClaimStatus.NOT_CHECKABLE, check.detail
    assert "register of items" in check.detail


def test_a_log_that_names_a_new_item_each_time_is_still_a_log(scan):
    # one extinguisher inspected each month in turn, the next inspection's date beside it: every row a different
    # extinguisher, but the file is a log of the monthly inspection, and its gaps are the cadence
    scan.write("procedures/policy-management.md",
               "# Fire equipment\n\nOne extinguisher is inspected monthly and the inspection recorded in the "
               "extinguisher inspection log.\n")
    done = [D(2025, 1, 10) + dt.timedelta(days=30 * k) for k in range(6)]
    scan.csv("records/extinguisher-inspection-log.csv", ["Extinguisher", "Inspected on", "Next due", "Result"],
             [[f"EX-{k}", d, d + dt.timedelta(days=30), "Pass"] for k, d in enumerate(done)])
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.claim.kind == "frequency"]
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert "median_interval_days" in check.metrics
