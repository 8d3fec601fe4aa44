"""PS01's count of the people who made a record's entries reads as that, not as 'people named'.

Seen on a real makerspace set: a register of past committee members showed "people named: 0" beside "most common
values: N/A, Lewis Yip, Ben Connor": the names are there, what is missing is a column saying who wrote each entry.
"""
from __future__ import annotations

from gapscan.report.common import metric_lines


def test_ps01_people_count_says_they_made_the_entries():
    metrics = {"rows": 9, "people": 0, "top_values": ["N/A", "Lewis Yip", "Ben Connor"]}
    lines = metric_lines(metrics, limit=9, rule="PS01")
    assert "people who made the entries: 0" in lines, lines
    assert not any(line.startswith("people named") for line in lines), lines
