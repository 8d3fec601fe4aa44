"""A cadence offered with an event instead ("Calibrate the pH meter weekly or before each batch") is met by either.
A calibration log with gaps longer than a week is no drift unless a batch ran in a gap, and the records do not
say when batches ran: the check says so ("not checkable") instead of reporting the gaps as drift. A log that
keeps the weekly cadence still shows the claim holds."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR02

PROC = ("# Meter calibration\n\nThe pH meter is calibrated with two buffers. Calibrations are entered in the "
        "pH meter calibration log.\n\nCalibrate the pH meter weekly or before each batch.\n")


def _log(scan, gap_days: int):
    start = dt.date(2026, 1, 5)
    days = [start + dt.timedelta(days=gap_days * i) for i in range(10)]
    scan.write("procedures/WI-12 Meter calibration.md", PROC)
    scan.csv("records/pH meter calibration log.csv", ["Date", "Buffer 4", "Buffer 7", "Initials"],
             [[d, "4.01", "7.00", "AL"] for d in days])
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.rule == "DR02" and "calibrat" in (c.claim.activity or "").lower()]
    return check


def test_gaps_longer_than_the_cadence_are_not_drift_when_an_event_may_stand_for_it(scan):
    check = _log(scan, 20)
    assert check.status is ClaimStatus.NOT_CHECKABLE, (check.status, check.detail)
    assert "before each batch" in check.detail and "20" in check.detail, check.detail
    assert list(DR02.check(scan.run()[0])) == []


def test_the_cadence_kept_still_holds(scan):
    check = _log(scan, 7)
    assert check.status is ClaimStatus.HOLDS, (check.status, check.detail)


def test_a_cadence_timed_from_another_meeting_says_why_it_is_not_checked(scan):
    scan.write("procedures/Officers.md", "# Officers\n\nOfficer appointments are recorded in the officer register.\n\n"
               "At the first committee meeting after each annual general meeting, the committee must consider "
               "each officer appointment.\n")
    scan.csv("records/Officer register.csv", ["Date", "Officer", "Role"],
             [[dt.date(2020 + i, 10, 1), f"Person {i}", "Treasurer"] for i in range(5)])
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.rule == "DR02"]
    assert check.status is ClaimStatus.NOT_CHECKABLE, check.detail
    assert "after each annual general meeting" in check.detail and "not by the calendar" in check.detail, check.detail
