"""Markdown hard line breaks. A safety committee's minutes list the month's drills as lines ending in two
spaces ("Fire drill - need to do another  ", "October evac drill  ", ...): Markdown shows each on its own
line, but gapscan joined them into one paragraph and read five items as one sentence. A line that ends in
a hard break (two or more trailing spaces, or a backslash) is its own block, at its own source line; soft
breaks still join a wrapped paragraph."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType


def _blocks(tmp_path: Path, text: str):
    path = tmp_path / "minutes.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return [b for b in doc.blocks if b.type is BlockType.PARAGRAPH]


def test_lines_ending_in_two_spaces_are_blocks_of_their_own(tmp_path):
    text = ("# Minutes\n\n**5. Drills this month**\n\n"
            "Fire drill - another one is needed  \nEvacuation drill in October  \n"
            "Shut-off of water and gas checked\n")
    paras = _blocks(tmp_path, text)
    # before: one paragraph "Fire drill - another one is needed Evacuation drill in October Shut-off ..."
    assert [(b.text, b.location.line) for b in paras[-3:]] == [
        ("Fire drill - another one is needed", 5), ("Evacuation drill in October", 6),
        ("Shut-off of water and gas checked", 7)]


def test_a_backslash_break_splits_too_and_a_soft_break_does_not(tmp_path):
    text = "Calibration is done\\\nby the lab\nevery year.\n"
    paras = _blocks(tmp_path, text)
    assert [(b.text, b.location.line) for b in paras] == [("Calibration is done", 1), ("by the lab every year.", 2)]


def test_a_bold_title_line_then_hard_broken_lines(tmp_path):
    text = "**4.1 Scope**  \nFirst line  \nSecond line\n"
    paras = _blocks(tmp_path, text)
    assert ("First line", 2) in [(b.text, b.location.line) for b in paras]
    assert ("Second line", 3) in [(b.text, b.location.line) for b in paras]
