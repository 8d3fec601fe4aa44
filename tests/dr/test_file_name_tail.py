"""A record's file name found in a procedure's text names it only where it stands as a name of its own, not as the
tail of a longer file name: a page's '[Phase README](04.00-README.md)' link names no 'README.md' of another folder.
Held out (drhold26, a NERC CIP programme): a physical security plan's navigation link to its phase's
04.00-README.md linked it by file name (0.90) to two ADR indexes named README.md, and its logging requirement was
checked against one of them (three wrong DR04)."""
from __future__ import annotations

from gapscan.linking import RecordIndex, RecordSet


def _records(*paths):
    return RecordSet([RecordIndex(path=p, names=p.rsplit("/", 1)[-1], headers=(), stems=frozenset())
                      for p in paths])


def test_a_longer_file_name_does_not_name_its_tail():
    records = _records("02-categorization/adr/README.md", "records/risk_register.xlsx")
    text = "[previous](04.03-remote-access.md) · [phase readme](04.00-readme.md) · old_risk_register.xlsx"
    assert records.named_in(text) == set()


def test_the_name_itself_still_names_the_record():
    records = _records("02-categorization/adr/README.md", "records/risk_register.xlsx")
    assert records.named_in("see ../adr/readme.md and (risk_register.xlsx)") == {0, 1}
    assert records.named_in("risk_register.xlsx is kept by the quality lead") == {1}
