"""DR02 says its limit in a client's words: the routine stated and the days allowed with the tolerance, not
"458.5 days (365.2 stated + 25% + 2)", a sum a reader has to decode. The numbers stay."""
from __future__ import annotations

from gapscan.rules.dr import DR02

from .test_rules import _calibration


def test_dr02_limit_names_the_routine_and_the_tolerance(scan):
    (f,) = _calibration(scan, gap=540).findings(DR02)
    # before: "median interval 540 days, over the limit of 458.5 days (365.2 stated + 25% + 2)"
    assert "stated + 25% + 2" not in f.message
    assert ("median interval 540 days, longer than allowed (stated: yearly; allowed up to 458.5 days with the "
            "25% + 2-day tolerance)") in f.message
    # before: "0 of 9 periods of 365.2 days have no entry"
    assert "0 of 9 yearly periods have no entry (0%)" in f.message


def test_a_register_item_overdue_says_the_limit_in_words(scan):
    from .test_register_of_items import HEADER, _check, _row

    D = __import__("datetime").date
    done = [D(2022, 9, 1), D(2024, 6, 10), D(2024, 9, 12), D(2024, 12, 5), D(2025, 3, 21)]
    scan.csv("records/policy-register.csv", HEADER, [_row(n, d) for n, d in enumerate(done, 1)])
    check = _check(scan)
    # before: "last reviewed more than 489 days (365.2 stated + 25% + 2, + 30 days' grace)"
    assert "stated + 25% + 2" not in check.detail
    assert "(stated: yearly; allowed with the 25% + 2-day tolerance and " in check.detail


def test_meetings_held_too_seldom_say_the_limit_in_words(scan):
    import datetime as dt

    from .test_meeting_minutes import BOARD_RULES, minutes, run

    scan.write("procedures/board.md", BOARD_RULES)
    minutes(scan, "minutes/board", "Board Meeting", [dt.date(2024, 1, 8), dt.date(2024, 7, 8), dt.date(2025, 1, 6),
                                                     dt.date(2025, 7, 7)])
    findings, checks = run(scan)
    (f,) = findings
    # before: "median interval 182 days over the limit of 116.1 days"
    assert "over the limit of" not in f.message
    assert ("longer than allowed (stated: quarterly; allowed up to 116.1 days with the 25% + 2-day tolerance)"
            in f.message), f.message
