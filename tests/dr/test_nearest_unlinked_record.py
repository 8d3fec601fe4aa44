"""When no record is linked, say which record came nearest and what it lacks. A kombucha pilot's logging SOP
asks to "Record pH daily during primary fermentation"; the set's batch log keeps a start and a final pH per batch
(two batches started the same day) and is not linked to the SOP. The claim said only "no record in the set is
linked to this procedure", as if the set held nothing of the kind: the reason now names the batch log, the
columns that share the claim's words, and that its entries are too few to show the routine. A set with no
record sharing a word keeps the plain reason."""
from __future__ import annotations

from pathlib import Path

from gapscan.config import discover, load
from gapscan.engine import RunOptions, run

SOP = """# Manual logging SOP

How to keep the brewing notes by hand.

## pH measurement

Record the pH daily during primary fermentation.
"""
BATCHES = ("Batch #,Date Started,Flavor,Vessel,pH Start,pH Final,Notes\n"
           "001,2025-04-01,Lime,Kettle 1,3.88,2.95,bright\n"
           "002,2025-04-01,Guava,Kettle 1,3.88,2.90,tart\n")
VISITORS = ("Date,Visitor,Host\n2025-04-01,Ann,Bo\n2025-04-02,Cy,Di\n")


def _reasons(root: Path, record: tuple[str, str]) -> list[str]:
    (root / "docs").mkdir(parents=True)
    (root / "data").mkdir()
    (root / "docs" / "manual-logging-sop.md").write_text(SOP, encoding="utf-8")
    (root / "data" / record[0]).write_text(record[1], encoding="utf-8")
    report = run([root], load(discover(root)), RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    doc = next(d for d in report.documents if d.document.path.endswith("manual-logging-sop.md"))
    return [c.detail for c in doc.claims if c.kind == "frequency"]


def test_the_reason_names_the_nearest_record_and_what_it_lacks(tmp_path):
    (reason,) = _reasons(tmp_path, ("batch-log.csv", BATCHES))
    assert "no record in the set is linked to this procedure" in reason
    assert "data/batch-log.csv" in reason and "pH Start" in reason and "pH Final" in reason
    assert "2 entries" in reason and "2025-04-01" in reason


def test_a_set_with_nothing_near_keeps_the_plain_reason(tmp_path):
    (reason,) = _reasons(tmp_path, ("visitors.csv", VISITORS))
    assert reason == "no record in the set is linked to this procedure"


def test_a_step_list_or_a_table_with_no_dates_names_no_nearest_record(tmp_path):
    """Steps and undated reference tables share words with anything: on a makerspace's wiki every instrument
    page's steps were 'nearest' an IT page's table by one word. Only a cadence, a time limit or fields, against a
    record with dated entries."""
    reference = "Probe,pH range,Buffer\nA,4-7,pH 4.0\nB,7-10,pH 7.0\n"
    (reason,) = _reasons(tmp_path, ("probes.csv", reference))
    assert reason == "no record in the set is linked to this procedure"
