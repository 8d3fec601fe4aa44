"""The summary's line on duplicate recording agrees with PS02's finding. One PS02 finding of three records
("3 records write down the same entries (...; 2 linked pairs)") was told in the summary as "1 pair of records
writes down the same things twice: Nutrient_summary.csv and Daily_measurements_tracking.csv" (a lab's logs)."""
from __future__ import annotations

from types import SimpleNamespace

from gapscan import summary
from gapscan.model import Document, DocumentResult, Kind
from gapscan.rules.ps.ps02 import PS02

PATHS = ["Data/nutrients.csv", "Data/daily_tracking.csv", "Data/display_daily.csv", "Data/a.csv", "Data/b.csv"]


def _results():
    docs = [DocumentResult(document=Document(path=p, source=f"/tmp/set/{p}", format="csv", kind=Kind.RECORD,
                                             kind_reason="test")) for p in PATHS]
    proc = Document(path="sop/tanks.md", source="/tmp/set/sop/tanks.md", format="md", kind=Kind.PROCEDURE,
                    kind_reason="test")
    return [DocumentResult(document=proc), *docs]


def _group(members):
    return PS02.finding(path=members[0], message="x", related=tuple(members[1:]),
                        metrics={"other": members[1], "group_size": len(members),
                                 "members": [{"path": p, "rows": 10} for p in members]})


def _lines(findings):
    built = summary.build(_results(), findings, SimpleNamespace(records={}))
    return [line for s in built.sections for line in s.lines]


def test_a_group_of_three_is_told_as_three_records():
    lines = _lines([_group(PATHS[:3])])
    assert not any("1 pair of records" in line for line in lines)
    assert ("3 records write down the same things: nutrients.csv, daily_tracking.csv and display_daily.csv."
            in lines)


def test_a_pair_is_still_a_pair():
    lines = _lines([_group(PATHS[3:])])
    assert "1 pair of records writes down the same things twice: a.csv and b.csv." in lines


def test_a_group_and_a_pair_count_every_record():
    lines = _lines([_group(PATHS[:3]), _group(PATHS[3:])])
    said = next(line for line in lines if "write down the same things" in line)
    assert said.startswith("2 sets of records (5 records) write down the same things")
