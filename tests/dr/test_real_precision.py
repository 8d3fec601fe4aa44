"""Drift that does not hold on real document sets, reproduced on tiny files.

Each case is the shape of a wrong DR finding read on a public ISMS pack (docs/SCORING.md,
"Precision changes", December 2026): a register dated only by when the next review is due, a
deadline measured between a last and a next review date, an approval read from who verified,
and a "data owner" looked for among job titles. None of these records can show the claim
wrong, so each claim is "not checkable", not drift.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR02, DR03, DR05

D = dt.date


def _statuses(result, code):
    return [(c.status, c.detail) for c in result.checks_for(code)]


def test_dr02_a_register_dated_only_by_its_next_review_shows_no_cadence(scan):
    # every row carries the date of its next review, all on the same few days: not when anything was done
    scan.write("procedures/Legal compliance.md",
               "# Legal compliance\n\nObligations are listed in the legal register. The legal register is "
               "reviewed weekly by the Compliance Lead.\n")
    scan.csv("records/legal-register.csv", ["ID", "Regulation", "Requirement", "Responsible", "Next Review"],
             [[f"LR-{i:03d}", "GDPR", f"Article {i}", "DPO", D(2026, 12, 31) if i < 8 else D(2026, 6, 30)]
              for i in range(12)])
    ctx, result = scan.run()
    assert ctx.records["records/legal-register.csv"].entry_column is None
    assert list(DR02.check(ctx)) == []
    (status, detail), = _statuses(result, "DR02")
    assert status is ClaimStatus.NOT_CHECKABLE, detail


def test_dr02_still_reads_a_done_date_beside_a_next_due_date(scan):
    scan.write("procedures/Fire safety.md",
               "# Fire safety\n\nThe fire alarm is tested weekly and the test entered in the fire alarm test "
               "log.\n")
    done = [D(2026, 1, 5) + dt.timedelta(days=21 * i) for i in range(8)]
    scan.csv("records/fire-alarm-test-log.csv", ["Next due", "Date tested", "Call point", "Result"],
             [[d + dt.timedelta(days=7), d, f"CP{i}", "Pass"] for i, d in enumerate(done)])
    ctx, _ = scan.run()
    assert ctx.records["records/fire-alarm-test-log.csv"].entry_column == "Date tested"
    (f,) = DR02.check(ctx)
    assert f.metrics["median_interval_days"] == 21


def test_dr03_a_next_review_date_is_no_event_a_deadline_can_be_measured_to(scan):
    # 'Last Review' -> 'Next Review' is the review cycle that is planned, not how long something took
    scan.write("procedures/Document control.md",
               "# Document control\n\nEvery policy is listed in the document register. A review that was "
               "missed is completed within 30 days.\n")
    scan.csv("records/document-register.csv", ["Doc ID", "Title", "Owner", "Last Review", "Next Review"],
             [[f"POL-{i:03d}", f"Policy {i}", "ISO", D(2026, 1, 15), D(2027, 1, 15)] for i in range(8)])
    ctx, result = scan.run()
    assert list(DR03.check(ctx)) == []
    assert all(s is not ClaimStatus.DRIFTED for s, _ in _statuses(result, "DR03"))


def test_dr03_still_measures_raised_to_closed_beside_a_due_date(scan):
    scan.write("procedures/Corrective action.md",
               "# Corrective action\n\nEach corrective action in the CAPA register is closed within 30 days of "
               "being raised.\n")
    rows = []
    for i, n in enumerate([45, 50, 20, 60, 25, 40]):
        raised = D(2026, 1, 5) + dt.timedelta(days=7 * i)
        rows.append([f"CA-{i}", raised, raised + dt.timedelta(days=30), raised + dt.timedelta(days=n)])
    scan.csv("records/capa-register.csv", ["ID", "Date raised", "Due date", "Date closed"], rows)
    (f,) = scan.findings(DR03)
    assert (f.metrics["from_column"], f.metrics["to_column"]) == ("Date raised", "Date closed")
    assert f.metrics["median_days"] == 42.5


def _exports(scan, sentence, header):
    scan.write("procedures/Data export.md", f"# Data export\n\nExports are entered in the export log. {sentence}\n")
    roles = ["IT Operations Lead"] * 5 + ["HR Lead", "DPO"]
    scan.csv("records/export-log.csv", ["ID", "Dataset", "Date", header],
             [[f"EX-{i}", "Customer DB", D(2026, 2, 1) + dt.timedelta(days=3 * i), who]
              for i, who in enumerate(roles)])
    ctx, result = scan.run()
    return list(DR05.check(ctx)), _statuses(result, "DR05")


def test_dr05_who_verified_is_not_who_approved(scan):
    findings, statuses = _exports(scan, "The Information Security Officer approves each export in writing.",
                                  "Verified By")
    assert findings == []
    assert all(s is ClaimStatus.NOT_CHECKABLE for s, _ in statuses), statuses


def test_dr05_an_approval_column_is_still_checked(scan):
    findings, _ = _exports(scan, "The Information Security Officer approves each export in writing.",
                           "Approved By")
    (f,) = findings
    assert "IT Operations Lead (5 of 7)" in f.message


def test_dr05_the_owner_of_the_data_is_not_a_job_title_a_log_can_contradict(scan):
    # whoever owns each dataset is its data owner: a column of job titles cannot show it was someone else
    findings, statuses = _exports(scan, "The relevant data owner approves the export in writing.", "Approved By")
    assert findings == []
    assert all(s is ClaimStatus.NOT_CHECKABLE for s, _ in statuses), statuses


def test_a_record_shares_only_a_column_word_like_review_or_process_with_the_claim(scan):
    # the policy names the risk register elsewhere; its own review is not what the register's 'Owner' shows
    scan.write("procedures/Security operations.md",
               "# Security operations\n\nThreats found are added to the risk register.\n\n"
               "The Information Security Officer is responsible for initiating and coordinating the review "
               "process of this policy.\n")
    scan.csv("records/risk-register.csv", ["ID", "Risk Title", "Asset / Process", "Owner", "Last Review"],
             [[f"R-{i:03d}", f"Risk {i}", "File server", "IT Operations Lead" if i % 3 else "HR Lead",
               D(2026, 1, 5) + dt.timedelta(days=40 * i)] for i in range(8)])
    ctx, result = scan.run()
    assert list(DR05.check(ctx)) == []
    assert all(s is ClaimStatus.NOT_CHECKABLE for s, _ in _statuses(result, "DR05"))


def test_a_word_of_the_records_name_still_ties_the_claim_to_it(scan):
    scan.write("procedures/Management review.md",
               "# Management review\n\nMinutes go in the management review log. The management review is held "
               "every 3 months.\n")
    held = [D(2025, 1, 10), D(2025, 4, 8), D(2025, 11, 20), D(2026, 6, 30), D(2026, 7, 2)]
    scan.csv("records/management-review-log.csv", ["Meeting", "Date", "Chair"],
             [[f"MR-{i}", d, "CEO"] for i, d in enumerate(held)])
    (f,) = scan.findings(DR02)
    assert f.related == ("records/management-review-log.csv",)
    assert f.metrics["max_interval_days"] == 226
