"""A routine's cadence is checked against a record named for that routine, not one sharing a word with it.

Held out on a public PCI DSS programme (docs/SCORING.md, "Precision changes", drhold9): a chapter that names
its segmentation test findings workbook stated a dozen routines (a credential corpus check, a reachability
probe, a reporting cycle), and each was measured against the findings' dated timeline because the routine
and the workbook shared one word ('test', 'segment'): the chapter named a "detection record", and one word
of a form's name found anywhere in a record's names (a sheet called "Drift Detection") is half a title, which
drift took for the record's name.
The dates of a test's findings cannot show how often a credential check runs: such claims are "not
checkable". A routine the record is named for is still measured.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR02

D = dt.date


def _findings_record(scan):
    days = [D(2026, 3, 19), D(2026, 5, 11), D(2026, 5, 15), D(2026, 5, 18), D(2026, 5, 19), D(2026, 5, 27),
            D(2026, 6, 15), D(2026, 6, 26), D(2026, 7, 2), D(2026, 7, 6)]
    scan.csv("records/segmentation-test-findings.csv", ["Date", "Event", "Significance"],
             [[d, f"Event {i} of the test", f"Note {i}"] for i, d in enumerate(days)])


def _claims(result, words):
    return [(c.claim.activity, c.status, c.detail) for c in result.checks
            if c.rule == "DR02" and any(w in (c.claim.activity or "") for w in words)]


def test_dr02_a_routine_sharing_one_word_with_a_records_name_is_not_checked_against_it(scan):
    scan.write("procedures/Network security.md",
               "# Network security\n\nEach divergence is entered in the findings record.\n\nEvery credential is tested against the breach corpus daily.\n\n"
               "A reachability probe from an unauthorised segment is run monthly.\n")
    _findings_record(scan)
    ctx, result = scan.run()
    assert list(DR02.check(ctx)) == []
    checked = _claims(result, ("credential", "probe"))
    assert len(checked) == 2, checked
    assert all(status is ClaimStatus.NOT_CHECKABLE for _, status, _ in checked), checked


def test_dr02_the_routine_a_record_is_named_for_is_still_measured(scan):
    scan.write("procedures/Network security.md",
               "# Network security\n\nEach divergence is entered in the segmentation test findings record.\n\n"
               "The segmentation test is run weekly.\n")
    _findings_record(scan)
    ctx, result = scan.run()
    (f,) = DR02.check(ctx)
    assert f.related == ("records/segmentation-test-findings.csv",)


def test_a_form_named_by_one_word_and_its_kind_in_the_plural_carries_the_whole_title():
    from gapscan.linking import title_score

    # the 'offboarding log' is the Offboarding heading of Logs.md; a 'detection record' is not the
    # 'Drift Detection' sheet of a workbook, which only shares its one word
    assert title_score("offboarding log", "Offboarding | Logs") == 1.0
    assert title_score("offboarding logs", "Offboarding | Log") == 1.0
    assert title_score("detection record", "segmentation-test-findings | Drift Detection") < 1.0


def _workbook(scan, relpath, sheets):
    """A workbook of several sheets, each under the same two title rows a programme puts on every sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, title, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append([title])
        ws.append(["Acme Retail Group — Card Security Programme · Phase 08"])
        ws.append([])
        ws.append(header)
        for row in rows:
            ws.append(row)
    path = scan.root / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    scan.files.append(relpath)


def test_dr02_a_workbook_is_named_by_the_sheet_that_dates_it_not_by_its_other_sheets_or_banner(scan):
    # the risk sheet has no dates; the dated sheet is a corrective action plan's milestones: a committee's
    # monthly meeting, or a risk review, is not one of its rows
    days = [D(2026, 12, 11), D(2026, 12, 17), D(2027, 1, 8), D(2027, 1, 19), D(2027, 1, 22), D(2027, 1, 27),
            D(2027, 1, 29), D(2027, 1, 30), D(2027, 2, 18)]
    _workbook(scan, "records/remediation-and-reassessment.xlsx", [
        ("Risk Movement", "Risk Movement", ["Risk", "From band", "To band", "Basis"],
         [[f"R-{i}", "High", "Moderate", "re-tested"] for i in range(3)]),
        ("Register Position", "The Register Across Phase 08", ["Rating", "Entering", "Exiting"],
         [["High", 2, 0], ["Moderate", 22, 24]]),
        ("CAP Milestones", "Corrective Action Plans", ["Plan", "Date", "Milestone", "Status"],
         [["CAP-07", d, f"Milestone {i}", "Complete"] for i, d in enumerate(days)]),
    ])
    scan.write("procedures/Risk management.md",
               "# Risk management\n\nEvery risk is kept in the risk register.\n\n"
               "The Acme steering committee meets monthly.\n\nEach risk is reviewed weekly by its owner.\n")
    ctx, result = scan.run()
    assert list(DR02.check(ctx)) == []
    checked = _claims(result, ("committee", "risk"))
    assert len(checked) == 2, checked
    assert all(status is ClaimStatus.NOT_CHECKABLE for _, status, _ in checked), checked


def test_dr02_a_workbook_is_still_checked_for_the_routine_its_dated_sheet_records(scan):
    days = [D(2026, 12, 11), D(2027, 1, 8), D(2027, 2, 19), D(2027, 3, 26), D(2027, 5, 7), D(2027, 6, 18)]
    _workbook(scan, "records/remediation-and-reassessment.xlsx", [
        ("Risk Movement", "Risk Movement", ["Risk", "From band", "To band", "Basis"],
         [[f"R-{i}", "High", "Moderate", "re-tested"] for i in range(3)]),
        ("Status Reports", "Remediation status reports", ["Report", "Date", "Sent to", "Status"],
         [[f"RS-{i}", d, "Acquirer", "Sent"] for i, d in enumerate(days)]),
    ])
    scan.write("procedures/Remediation.md",
               "# Remediation\n\nProgress is reported in the remediation status reports.\n\n"
               "A remediation status report is sent to the acquirer monthly.\n")
    ctx, result = scan.run()
    (f,) = DR02.check(ctx)
    assert f.related == ("records/remediation-and-reassessment.xlsx",)
