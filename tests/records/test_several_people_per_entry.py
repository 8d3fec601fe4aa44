"""An entry made by two or three people lists them in one cell ("MM;JH", "PP; JH", "Ana Ruiz & Ben Okafor"). A
held-out coral lab's fluorometry log has an Initials column of such pairs on 197 rows, and PS01 said "no column
names who made them": the pairs were not read as people. Each part is a person; the people are counted one by one."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.records import profile


def _profile(tmp_path: Path, header: str, rows: list[str]):
    path = tmp_path / "fluorometry-log.csv"
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return profile(doc)


def test_initials_of_two_or_three_people_in_one_cell_are_people(tmp_path):
    makers = ["MM;JH", "PP; JH", "MM;PP", "PP", "MM;JH;NP"]
    rows = [f"2026-03-{d:02d},BT{d % 2 + 1},{makers[d % 5]},{0.6 + d / 100:.2f}" for d in range(1, 26)]
    prof = _profile(tmp_path, "Date,Tank_ID,Initials,Yield", rows)
    assert prof.column("Initials").type == "person"
    assert set(prof.people) == {"MM", "JH", "PP", "NP"}


def test_names_joined_by_and_or_ampersand_are_each_a_person(tmp_path):
    makers = ["Ana Ruiz & Ben Okafor", "Ben Okafor", "Cy Park and Ana Ruiz", "Cy Park"]
    rows = [f"2026-03-{d:02d},{makers[d % 4]},ok" for d in range(1, 21)]
    prof = _profile(tmp_path, "Date,Checked by,Result", rows)
    assert prof.column("Checked by").type == "person"
    assert set(prof.people) == {"Ana Ruiz", "Ben Okafor", "Cy Park"}


def test_a_list_of_things_under_a_who_header_is_still_not_people(tmp_path):
    rows = [f"2026-03-{d:02d},pump truck; forklift,ok" for d in range(1, 21)]
    prof = _profile(tmp_path, "Date,Hit by,Result", rows)
    assert prof.column("Hit by").type != "person"
    assert prof.people == ()


def test_ps01_counts_each_maker_of_a_joint_entry(tmp_path):
    from types import SimpleNamespace

    from gapscan.model import Kind
    from gapscan.rules.base import Context
    from gapscan.rules.ps import PS01
    from gapscan.model import Block, BlockType, Document, Location

    makers = ["MM;JH", "PP; JH", "MM;PP", "PP", "MM;JH;NP"]
    rows = [f"2026-03-{d:02d},BT{d % 2 + 1},{makers[d % 5]},{0.6 + d / 100:.2f}" for d in range(1, 26)]
    path = tmp_path / "fluorometry-log.csv"
    path.write_text("\n".join(["Date,Tank_ID,Initials,Yield"] + rows) + "\n", encoding="utf-8")
    import dataclasses

    doc = dataclasses.replace(parse_file(path, path.name), kind=Kind.RECORD)
    prof = profile(doc)
    proc = Document(path="sop.md", source="/nonexistent/sop.md", format="md", title=None, kind=Kind.PROCEDURE,
                    blocks=(Block(type=BlockType.PARAGRAPH, text="Clean the tanks weekly.", location=Location(line=1)),))
    ctx = Context(documents=(proc, doc), records={path.name: prof}, drift=SimpleNamespace(links={}))
    (f,) = PS01.check(ctx)
    assert f.metrics["people"] == 4
    assert "by 4 people" in f.message
