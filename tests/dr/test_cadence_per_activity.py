"""Two cadences in one sentence govern two activities: "daily backups & monthly restore tests".

Found on rate-nl/ISO (docs/SCORING.md, multilog's paragraph of December 2026): the daily cadence's activity ran
on past the "&" and took in the restore tests, so the monthly restore test log was found to break a daily
cadence it never claimed.
"""
from __future__ import annotations

import datetime as dt

from gapscan.nlp.claims import claims_in_text
from gapscan.rules.dr import DR02


def _frequencies(text: str) -> list[tuple[str, str]]:
    return [(c.activity, c.phrase) for c in claims_in_text(text) if c.kind == "frequency"]


def test_an_ampersand_ends_the_first_cadences_activity():
    assert _frequencies("Hosting: Hetzner SLA + Azure failover; daily backups & monthly restore tests (Logs §4).") == [
        ("backups", "daily"), ("restore tests", "monthly")]


def test_the_next_cadence_ends_an_activity_without_its_joining_word():
    got = _frequencies("Backups: Daily backups with monthly restoration tests and an annual full validation check.")
    assert got[0] == ("backups", "Daily")
    assert got[1][1] == "monthly" and "restoration tests" in got[1][0]
    # one cadence said twice is one activity, as before
    assert _frequencies("The press is inspected weekly, every Thursday, by the setter.")[0] == (
        "The press is inspected every Thursday by the setter", "weekly")


def test_a_monthly_restore_log_is_not_held_to_the_daily_backups(scan):
    scan.write("procedures/continuity.md",
               "# Business continuity\n\nThe hosting supplier keeps daily backups & monthly restore tests, "
               "recorded in the restore test log.\n")
    start = dt.date(2026, 1, 12)
    scan.csv("records/restore-test-log.csv", ["Test Date", "Database", "Tested By", "Result"],
             [[start + dt.timedelta(days=30 * i), "crm", "Ann Lee", "pass"] for i in range(8)])
    assert scan.findings(DR02) == []
