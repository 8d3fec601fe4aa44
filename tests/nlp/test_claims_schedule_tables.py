"""Cadences read from a schedule table. A lab's maintenance page keeps its routine as "| Task | Frequency |"
rows ("| algae removal | 1-2x/month |"), and a policy's header as key | value rows ("| Review cadence |
Quarterly |"). gapscan read neither: a cell of under four words was no text, "1x/week" no cadence, and a value
lost the label beside it. Each row is now a cadence claim about the row's task (a range like "1-2x/month" at
its slowest: once a month; a cell with several cadences at the slowest, the one that always holds)."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.nlp.claims import extract_claims


def _freqs(tmp_path: Path, text: str):
    path = tmp_path / "routine.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, "routine.md")
    return sorted((c.activity.lower(), c.interval_days) for c in extract_claims(doc) if c.kind == "frequency")


SCHEDULE = """# Tank room routine

## Routine tasks

| Task | Frequency |
| --- | --- |
| fish feeding | 1x/week |
| pump filter cleaning | 2x/week |
| glass scraping | 1-2x/month |
| probe calibration | 1-2x/month (normal running), 1x/week (during a trial) |
"""


def test_a_schedule_table_row_is_a_cadence_of_its_task(tmp_path):
    found = dict(_freqs(tmp_path, SCHEDULE))
    assert found == {"fish feeding": 7.0, "pump filter cleaning": 3.5, "glass scraping": 30.4,
                     "probe calibration": 30.4}


KEY_VALUE = """# Backup policy

| Item | Value |
| --- | --- |
| Owner | IT Manager |
| Review cadence | Quarterly |
"""


def test_a_key_value_row_carries_its_label(tmp_path):
    assert _freqs(tmp_path, KEY_VALUE) == [("review of the backup policy", 91.3)]


NOT_A_SCHEDULE = """# Tank room

| Tank | Species | Volume |
| --- | --- | --- |
| T1 | clownfish | 200 L |
| T2 | weekly feeders | 150 L |
"""


def test_a_table_without_a_cadence_column_gives_no_cadence(tmp_path):
    assert _freqs(tmp_path, NOT_A_SCHEDULE) == []


def test_a_long_cell_still_reads_as_text(tmp_path):
    text = """# Routine

| Step | Detail |
| --- | --- |
| 1 | The supervisor inspects the extinguishers monthly and signs the tag |
"""
    assert [f for _, f in _freqs(tmp_path, text)] == [30.4]


def test_the_task_is_the_row_s_task_not_the_id_or_the_value_s_aside(tmp_path):
    text = """# Security checks

| ID | Check | Owner | Cadence |
| --- | --- | --- | --- |
| C-1 | Firewall rule review | Network Lead | Monthly during the rollout |
| C-2 | Badge access audit | Facilities | Quarterly |
"""
    assert _freqs(tmp_path, text) == [("badge access audit", 91.3), ("firewall rule review", 30.4)]


def test_a_column_that_tells_what_a_task_does_is_not_the_task(tmp_path):
    text = """# Register upkeep

| Mechanism | Frequency | Owner | What it does |
| --- | --- | --- | --- |
| Supplier list reconciliation | Monthly | Purchasing Lead | Compares the register with the ledger |
"""
    assert _freqs(tmp_path, text) == [("supplier list reconciliation", 30.4)]


def test_an_id_column_is_not_the_task(tmp_path):
    text = """# Stakeholder updates

| # | Audience | Cadence |
| --- | --- | --- |
| 1 | Board of directors | Quarterly |
"""
    assert _freqs(tmp_path, text) == [("board of directors", 91.3)]
