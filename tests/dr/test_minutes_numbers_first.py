"""DR02 on minutes gives its key numbers (how many periods had no minutes, of how many) before the list of those
periods, and the list is bounded: hacman's message named twelve months before saying 91 of 128 had none."""
from __future__ import annotations

from .test_meeting_minutes import RULES, first_mondays, minutes, run


def test_numbers_come_before_the_months_and_the_months_are_bounded(scan):
    scan.write("procedures/meetings.md", RULES)
    held = first_mondays(2022, [1, 6, 12]) + first_mondays(2023, [3, 9]) + first_mondays(2024, [2, 8, 12])
    minutes(scan, "minutes/general", "General Meeting", held)
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    message = findings[0].message
    share = message.index("months without minutes")
    listed = message.index("none for ")
    assert share < listed, message
    # the months are listed after the numbers, the first twelve of them, with how many more there are
    named = message[listed:].split(";")[0]
    assert named.count(" 20") == 12 and named.endswith("and 16 more"), named
    assert findings[0].metrics["periods_missed"] == len(findings[0].metrics["periods_without_minutes"]) == 28
