"""Periodic reports filed one file per subject and quarter are the record of a stated reporting cadence.

The shape (drhold22, ossf/tac@1692e85): a rules page says every initiative "provides quarterly updates to the
committee"; the updates are filed as "reports/2025/2025-Q1-<initiative>.md", one per initiative and quarter. A
quarter in a name dated nothing, so no update was ever a record of that rule and the claim was "no record linked",
while whole quarters were missing for some initiatives. A quarter in a file or folder name ("2025-Q1", "Q3 2024",
"2024_q4") now dates the file to its quarter; a folder of such reports (updates, reports, returns) is one series
per subject, and a claim of a reporting cadence is checked against each subject's quarters, as minutes are.
"""
from __future__ import annotations

import pytest

from gapscan import meetings
from gapscan.model import ClaimStatus

UPDATE = """# {subject} update

## Progress this quarter

We shipped two releases and closed the open security issues. Contributors from three companies joined.
"""

RULES = """# Initiative lifecycle

## Expectations

Every initiative provides quarterly updates to the steering committee on its progress.
Initiatives that stop reporting are reviewed by the committee.
"""


def write_updates(scan, folder, subject, quarters, pattern="{y}-Q{q}-{s}.md", text=UPDATE):
    for y, q in quarters:
        scan.write(f"{folder}/{y}/" + pattern.format(y=y, q=q, s=subject), text.format(subject=subject))


def run(scan):
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    docs = scan.documents()
    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02"]


@pytest.mark.parametrize("name,want", [
    ("2025-Q1-Sigstore", (2025, 1)), ("Q3 2024 report", (2024, 3)), ("update_2024_q4", (2024, 4)),
    ("q2-2023-return", (2023, 2)), ("2024Q2", (2024, 2)), ("FY2024 Q1", (2024, 1)),
])
def test_a_quarter_in_a_name_dates_it_to_that_quarter(name, want):
    assert meetings.named_quarter(name) == want


@pytest.mark.parametrize("name", ["2025-Q1", "Quarterly", "iq3-2024x", "Q5 2024", "2024 q", "SQ12024", "v2024.q1"])
def test_what_is_no_quarter_dates_nothing(name):
    # "2025-Q1" alone is a quarter; the others name none
    if name == "2025-Q1":
        assert meetings.named_quarter(name) == (2025, 1)
    else:
        assert meetings.named_quarter(name) is None, name


def test_a_folder_of_quarterly_updates_is_one_series_per_subject(scan):
    write_updates(scan, "updates", "Alpha", [(2024, 1), (2024, 2), (2024, 4)])
    write_updates(scan, "updates", "Beta-WG", [(2024, 2), (2024, 3), (2024, 4)])
    got = {s.subject: [q for q in s.quarters] for s in meetings.report_series(scan.documents())}
    assert got == {"Alpha": [(2024, 1), (2024, 2), (2024, 4)], "Beta-WG": [(2024, 2), (2024, 3), (2024, 4)]}, got


def test_a_quarter_in_the_folder_dates_the_reports_filed_in_it(scan):
    for quarter in ("2024-Q1", "2024-Q2", "2024-Q4"):
        scan.write(f"returns/{quarter}/alpha.md", UPDATE.format(subject="Alpha"))
        scan.write(f"returns/{quarter}/beta.md", UPDATE.format(subject="Beta"))
    got = {(s.folder, s.subject, s.noun): s.quarters for s in meetings.report_series(scan.documents())}
    assert got == {("returns", "alpha", "return"): ((2024, 1), (2024, 2), (2024, 4)),
                   ("returns", "beta", "return"): ((2024, 1), (2024, 2), (2024, 4))}, got


def test_a_quarter_beside_no_report_word_makes_no_series(scan):
    # plans named by their quarter are not reports of it
    write_updates(scan, "plans", "Alpha", [(2024, 1), (2024, 2), (2024, 4)],
                  text="# {subject} plan\n\nWe will ship two releases.\n")
    assert meetings.report_series(scan.documents()) == ()


def test_missing_quarters_are_named_per_subject(scan):
    scan.write("procedures/lifecycle.md", RULES)
    write_updates(scan, "reports", "Alpha", [(2024, 1), (2024, 4), (2025, 1)])  # Q2, Q3 2024 missing
    write_updates(scan, "reports", "Beta", [(2024, 2), (2024, 3), (2024, 4), (2025, 1)])
    write_updates(scan, "reports", "Gamma", [(2024, 3), (2025, 2)])  # Q4 2024, Q1 2025 missing
    findings, checks = run(scan)
    quarterly = [c for c in checks if c.claim.phrase and "quarter" in c.claim.phrase.lower()]
    assert quarterly and quarterly[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
    m = quarterly[0].metrics
    # Alpha Q1 2024..Q1 2025 (5), Beta Q2 2024..Q1 2025 (4), Gamma Q3 2024..Q2 2025 (4)
    assert (m["periods"], m["periods_missed"]) == (13, 4), m
    assert m["periods_without_record"] == ["Alpha: Q2 2024", "Alpha: Q3 2024", "Gamma: Q4 2024",
                                           "Gamma: Q1 2025"], m
    assert len(findings) == 1
    msg = findings[0].message
    assert "Alpha" in msg and "Q2 2024" in msg and "Gamma" in msg and "13 expected" in msg, msg
    # the evidence: the files either side of each gap
    paths = {e.path for e in findings[0].evidence}
    assert "reports/2024/2024-Q1-Alpha.md" in paths and "reports/2024/2024-Q4-Alpha.md" in paths, paths


def test_updates_kept_every_quarter_hold(scan):
    scan.write("procedures/lifecycle.md", RULES)
    write_updates(scan, "reports", "Alpha", [(2024, 1), (2024, 2), (2024, 3), (2024, 4)])
    write_updates(scan, "reports", "Beta", [(2024, 3), (2024, 4), (2025, 1)], pattern="{s}_update_{y}_q{q}.md")
    findings, checks = run(scan)
    quarterly = [c for c in checks if c.claim.phrase and "quarter" in c.claim.phrase.lower()]
    assert quarterly and quarterly[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]
    assert quarterly[0].metrics["periods_missed"] == 0
    assert not findings


def test_a_monthly_report_rule_is_not_judged_on_files_dated_only_to_their_quarter(scan):
    scan.write("procedures/lifecycle.md", RULES.replace("quarterly updates", "monthly updates"))
    write_updates(scan, "reports", "Alpha", [(2024, 1), (2024, 2), (2024, 3), (2024, 4)])
    findings, checks = run(scan)
    assert not findings, [c.detail for c in checks]


def test_a_meeting_cadence_is_not_checked_against_reports(scan):
    scan.write("procedures/lifecycle.md", "# Committee\n\nThe steering committee meets quarterly.\n")
    write_updates(scan, "reports", "Alpha", [(2024, 1), (2024, 4), (2025, 1)])
    findings, checks = run(scan)
    assert not findings and all(c.status is not ClaimStatus.DRIFTED for c in checks), [c.detail for c in checks]


def test_a_report_of_the_series_sets_no_cadence_for_it(scan):
    # an update read as a procedure ("we deliver quarterly reports to our funders") is an account of its quarter,
    # not the rule its series is filed under
    scan.write("procedures/2024/2024-Q3-Alpha-update.md",
               "# Alpha update\n\nThe team delivers quarterly reports to its funders.\n")
    write_updates(scan, "procedures", "Alpha", [(2024, 1), (2025, 1)])
    findings, checks = run(scan)
    assert not findings, [c.detail for c in checks]


def test_one_project_s_commitment_is_not_checked_against_the_other_subjects(scan):
    # "The project commits to ..." in a page about one project: that project's updates, none of which is filed
    scan.write("procedures/widget_sandbox_stage.md",
               "# Widget: sandbox stage\n\nThe project commits to providing quarterly updates to its group.\n")
    write_updates(scan, "reports", "Alpha", [(2024, 1), (2024, 4), (2025, 1)])
    write_updates(scan, "reports", "Beta", [(2024, 1), (2024, 3), (2025, 1)])
    findings, checks = run(scan)
    assert not findings, [c.detail for c in checks]


def test_one_project_s_commitment_is_checked_against_its_own_reports(scan):
    scan.write("procedures/alpha_sandbox_stage.md",
               "# Alpha: sandbox stage\n\nThe project commits to providing quarterly updates to its group.\n")
    write_updates(scan, "reports", "Alpha", [(2024, 1), (2024, 4), (2025, 1)])
    write_updates(scan, "reports", "Beta", [(2024, 1), (2024, 2), (2024, 3), (2024, 4), (2025, 1)])
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    m = findings[0].metrics
    assert m["subjects"] == 1 and m["periods_without_record"] == ["Alpha: Q2 2024", "Alpha: Q3 2024"], m
