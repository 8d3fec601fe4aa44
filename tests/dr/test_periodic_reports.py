"""Reports filed one per month, half-year or year are the record of a stated reporting cadence, as quarterly ones are.

The shape (drhold23, python/steering-council@62dc258): a council's README says it strives to post an update at
least once every month; the updates are filed as "updates/2021-07-steering-council-update.md", one per month. Only a
quarter in a name dated a report, so the claim had no record. A month ("2021-07", "July 2021"), a half-year
("2024-H1") or a year alone ("2023-annual-report") in a file's own name now dates it; a series of fewer than
REPORT_SERIES_MIN such files is none, and every guard of the quarterly check still holds.
"""
from __future__ import annotations

import pytest

from gapscan import meetings
from gapscan.model import ClaimStatus

UPDATE = "# {subject} update\n\nWe reviewed the open proposals and voted on two of them.\n"
README = "# Council\n\n## Updates\n\nThe council posts a monthly update to the community on its decisions.\n"


def run(scan):
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    docs = scan.documents()
    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02"]


def months(first, last):
    y, m = first
    while (y, m) <= last:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


@pytest.mark.parametrize("name,want", [
    ("2021-07-steering-council-update", ("month", (2021, 7))), ("update_2021_11", ("month", (2021, 11))),
    ("July 2021 update", ("month", (2021, 7))), ("council-report-sep-2020", ("month", (2020, 9))),
    ("2024-H1-report", ("half", (2024, 1))), ("h2 2023 return", ("half", (2023, 2))),
    ("2023-annual-report", ("year", (2023, 1))), ("report_2019", ("year", (2019, 1))),
    ("2025-Q1-Sigstore", ("quarter", (2025, 1))),
])
def test_a_period_in_a_name_dates_it(name, want):
    assert meetings.report_period(name) == want


@pytest.mark.parametrize("name", ["2021-07-14-update", "20210714 report", "v1.2021-07", "2021-13 report",
                                  "2019-2020 report", "update", "report-12345", "x2021-07"])
def test_a_day_two_years_or_no_period_dates_no_series(name):
    assert meetings.report_period(name) is None, name


def _monthly_checks(scan, readme: str):
    """The findings and claim checks of a README (`readme`) beside 2021's monthly council updates less April, May,
    August and September; and the checks whose phrase says monthly."""
    scan.write("README.md", readme)
    held = [m for m in months((2021, 1), (2021, 12)) if m not in {(2021, 4), (2021, 5), (2021, 8), (2021, 9)}]
    for y, m in held:
        scan.write(f"updates/{y}-{m:02d}-council-update.md", UPDATE.format(subject="Council"))
    findings, checks = run(scan)
    return findings, checks, [c for c in checks if c.claim.phrase and "month" in c.claim.phrase.lower()]


def test_monthly_updates_with_missing_months_drift(scan):
    findings, checks, monthly = _monthly_checks(scan, README)
    assert monthly and monthly[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
    m = monthly[0].metrics
    assert (m["periods"], m["periods_missed"]) == (12, 4), m  # 33%, over DR02's 30%
    assert m["periods_without_record"] == ["council: Apr 2021", "council: May 2021", "council: Aug 2021",
                                           "council: Sep 2021"], m
    assert len(findings) == 1 and "monthly" in findings[0].message and "Apr 2021" in findings[0].message


def test_monthly_updates_kept_hold_and_month_names_date_them(scan):
    scan.write("README.md", README)
    for y, m in months((2022, 10), (2023, 3)):
        scan.write(f"updates/council-update-{['', 'January', 'February', 'March', '', '', '', '', '', '', 'October', 'November', 'December'][m]}-{y}.md",
                   UPDATE.format(subject="Council"))
    findings, checks = run(scan)
    monthly = [c for c in checks if c.claim.phrase and "month" in c.claim.phrase.lower()]
    assert monthly and monthly[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]
    assert monthly[0].metrics["periods"] == 6 and not findings


def test_a_handful_of_monthly_files_is_no_series(scan):
    scan.write("README.md", README)
    for y, m in [(2021, 1), (2021, 6), (2021, 12)]:  # 3 files, 9 months between them without one
        scan.write(f"updates/{y}-{m:02d}-council-update.md", UPDATE.format(subject="Council"))
    assert meetings.report_series(scan.documents()) == ()
    findings, checks = run(scan)
    assert not findings, [c.detail for c in checks]


def test_a_quarterly_rule_is_not_judged_on_monthly_files(scan):
    scan.write("README.md", README.replace("a monthly update", "a quarterly update"))
    for y, m in [(2021, 1), (2021, 2), (2021, 3), (2021, 10), (2021, 11)]:
        scan.write(f"updates/{y}-{m:02d}-council-update.md", UPDATE.format(subject="Council"))
    findings, checks = run(scan)
    assert not findings, [c.detail for c in checks]


def test_monthly_files_of_another_subject_are_not_the_claim_s(scan):
    # "The project posts a monthly update" on a page about Widget: the Alpha updates are not its record
    scan.write("procedures/widget_charter.md",
               "# Widget: charter\n\nThe project posts a monthly update to its group.\n")
    for y, m in [(2021, 1), (2021, 2), (2021, 6), (2021, 7), (2021, 12)]:
        scan.write(f"updates/{y}-{m:02d}-alpha-update.md", UPDATE.format(subject="Alpha"))
    findings, checks = run(scan)
    assert not findings, [c.detail for c in checks]


def test_monthly_files_that_are_no_report_make_no_series(scan):
    scan.write("README.md", README)
    for y, m in [(2021, 1), (2021, 2), (2021, 6), (2021, 7), (2021, 12)]:
        scan.write(f"plans/{y}-{m:02d}-council-plan.md", "# Council plan\n\nWe will review the proposals.\n")
    assert meetings.report_series(scan.documents()) == ()


def test_yearly_and_half_yearly_reports_name_the_missing_periods(scan):
    scan.write("procedures/governance.md",
               "# Governance\n\nWe publish an annual report on our work.\n\n"
               "Each committee provides half-yearly reports to the board.\n")
    for y in (2018, 2019, 2021, 2022):
        scan.write(f"reports/annual/{y}-annual-report.md", UPDATE.format(subject="Board"))
    for y, h in [(2022, 1), (2022, 2), (2023, 2), (2024, 1), (2024, 2)]:
        scan.write(f"reports/committees/{y}-H{h}-audit-committee-report.md", UPDATE.format(subject="Audit"))
    findings, checks = run(scan)
    got = {c.claim.phrase.lower(): c for c in checks if c.metrics.get("report_files")}
    yearly = next(c for p, c in got.items() if "annual" in p)
    half = next(c for p, c in got.items() if "half" in p)
    # the annual reports name no subject: the folder's reports are on one thing
    assert yearly.metrics["periods_without_record"] == ["reports/annual: 2020"], yearly.metrics
    assert yearly.status is ClaimStatus.HOLDS  # 1 of 5 years (20%), within DR02's 30%
    assert half.metrics["periods_without_record"] == ["audit-committee: H1 2023"], half.metrics
    assert "half-yearly" in half.detail and "1 of 6 half-years" in half.detail, half.detail


def test_the_board_s_own_claim_is_not_checked_against_reports_that_name_no_subject(scan):
    # the guard of the quarterly check: a claim said of one subject needs reports named for it
    scan.write("procedures/governance.md", "# Governance\n\nThe board publishes an annual report on its work.\n")
    for y in (2016, 2017, 2019, 2022):
        scan.write(f"reports/annual/{y}-annual-report.md", UPDATE.format(subject="Board"))
    findings, checks = run(scan)
    assert not findings and not any(c.metrics.get("report_files") for c in checks), [c.detail for c in checks]


# left18 (python/steering-council@62dc258, updates/2019-07-08_steering-council-update.md): "Steering Council
# updates will be posted irregularly and as needed. ... We strive to post at least once every month." The cadence
# sentence posts without saying what; the sentence before it names the updates.
POSTED = ("# Council\n\n## Updates\n\nCouncil updates will be posted irregularly and as needed. "
          "We strive to post at least once every month.\n")


def test_a_cadence_that_posts_nothing_of_its_own_takes_the_report_the_sentence_before_names(scan):
    _, checks, monthly = _monthly_checks(scan, POSTED)
    assert monthly and monthly[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
    assert monthly[0].metrics["periods_missed"] == 4, monthly[0].metrics


@pytest.mark.parametrize("text", [
    # the cadence has its own object: minutes are posted monthly, not the updates
    "Council updates will be posted irregularly. We strive to post minutes at least once every month.\n",
    # no report named in the sentence before
    "The council works in the open. We strive to post at least once every month.\n",
    # a meeting, not a posting: the updates before it are not what is held
    "Council updates are posted on the site. We strive to meet at least once every month.\n",
])
def test_the_sentence_before_is_read_only_for_a_posting_without_object(scan, text):
    scan.write("README.md", "# Council\n\n## Updates\n\n" + text)
    held = [m for m in months((2021, 1), (2021, 12)) if m not in {(2021, 4), (2021, 5), (2021, 8), (2021, 9)}]
    for y, m in held:
        scan.write(f"updates/{y}-{m:02d}-council-update.md", UPDATE.format(subject="Council"))
    findings, checks = run(scan)
    assert not any(c.metrics.get("report_files") for c in checks), [(c.claim.sentence, c.detail) for c in checks]


# left18 (python/steering-council@62dc258): "updates/2023-11,12-steering-council-update.md" and
# "2024-01,02,03-steering-council-update.md" report on each month they list; dated by the first alone, DR02 named
# Dec 2023, Feb and Mar 2024 as months without an update.
@pytest.mark.parametrize("name,want", [
    ("2023-11,12-steering-council-update", ("month", ((2023, 11), (2023, 12)))),
    ("2024-01,02,03-steering-council-update", ("month", ((2024, 1), (2024, 2), (2024, 3)))),
    ("2024-04, 05 & 06 update", ("month", ((2024, 4), (2024, 5), (2024, 6)))),
    ("2021-07-steering-council-update", ("month", ((2021, 7),))),
    ("2025-Q1-Sigstore", ("quarter", ((2025, 1),))),
])
def test_a_name_that_lists_months_covers_each(name, want):
    assert meetings.report_periods(name) == want
    assert meetings.report_period(name) == (want[0], want[1][0])


@pytest.mark.parametrize("name", ["2024-03,01 update", "2024-01-02 update", "2024-11,12 2023-05 update"])
def test_a_list_that_does_not_climb_or_a_day_is_no_list_of_months(name):
    assert meetings.report_periods(name) is None, name


def test_months_listed_in_one_name_are_no_months_without_a_report(scan):
    scan.write("README.md", README)
    for y, m in months((2023, 6), (2023, 10)):
        scan.write(f"updates/{y}-{m:02d}-council-update.md", UPDATE.format(subject="Council"))
    scan.write("updates/2023-11,12-council-update.md", UPDATE.format(subject="Council"))
    scan.write("updates/2024-01,02,03-council-update.md", UPDATE.format(subject="Council"))
    findings, checks = run(scan)
    monthly = [c for c in checks if c.claim.phrase and "month" in c.claim.phrase.lower()]
    assert monthly and monthly[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]
    m = monthly[0].metrics
    assert (m["periods"], m["periods_missed"], m["report_files"]) == (10, 0, 7), m
    assert m["last_report"] == "Mar 2024", m


def test_three_files_listing_many_months_are_still_a_handful(scan):
    scan.write("README.md", README)
    for name in ("2023-01,02,03", "2023-04,05,06", "2023-07,08,09"):
        scan.write(f"updates/{name}-council-update.md", UPDATE.format(subject="Council"))
    assert meetings.report_series(scan.documents()) == ()
