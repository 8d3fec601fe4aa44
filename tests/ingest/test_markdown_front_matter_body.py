"""Markdown whose text lives in the front matter: static-site CMS pages (Decap/Netlify CMS, Eleventy) keep a
meeting's agenda and minutes as YAML block scalars ('minutes: >-' and indented markdown), with no body below the
closing '---'. That text is the document: it is read at its own lines; plain keys ('owner: QA') stay out."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

CMS_PAGE = """---
title: Spring Harbour Pilots Group Meeting
start: 2023-04-12T10:00:00.000Z
owner: Marine Ops
agenda: |-
  What we will cover

  * Pilot ladder inspections
  * Fatigue rota
minutes: >-
  ### Attendance


  *Ana Ruiz, Tom Beck, Lee Ward*


  ### Actions


  1. Replace the starboard ladder by 30 April [Tom Beck]

  2. Circulate the revised rota [Ana Ruiz]
---
"""


def _blocks(tmp_path: Path, text: str):
    path = tmp_path / "spring-pilots-meeting.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, "spring-pilots-meeting.md")
    assert doc.status is Status.OK, doc.error
    return doc.blocks


def test_block_scalar_text_in_front_matter_is_read_at_its_lines(tmp_path: Path) -> None:
    blocks = _blocks(tmp_path, CMS_PAGE)
    items = [(b.text, b.location.line) for b in blocks if b.type is BlockType.LIST_ITEM]
    assert ("Pilot ladder inspections", 8) in items
    assert ("Replace the starboard ladder by 30 April [Tom Beck]", 20) in items
    headings = [(b.text, b.location.line) for b in blocks if b.type is BlockType.HEADING]
    assert ("Attendance", 11) in headings and ("Actions", 17) in headings
    # the key names the text it holds: it stands as that section's heading
    assert ("Agenda", 5) in headings and ("Minutes", 10) in headings
    text = " ".join(b.text for b in blocks)
    assert "Ana Ruiz, Tom Beck, Lee Ward" in text


def test_the_page_title_is_the_front_matter_title(tmp_path: Path) -> None:
    path = tmp_path / "spring-pilots-meeting.md"
    path.write_text(CMS_PAGE, encoding="utf-8")
    doc = parse_file(path, "spring-pilots-meeting.md")
    assert doc.title == "Spring Harbour Pilots Group Meeting"
    assert (doc.blocks[0].text, doc.blocks[0].location.line) == ("Spring Harbour Pilots Group Meeting", 2)


def test_plain_front_matter_keys_stay_out(tmp_path: Path) -> None:
    text = " ".join(b.text for b in _blocks(tmp_path, CMS_PAGE))
    assert "Marine Ops" not in text and "owner" not in text.lower()


def test_front_matter_without_block_scalars_is_still_blank(tmp_path: Path) -> None:
    page = "---\nowner: QA\nsummary: one line\n---\n# Work instruction\n\nWipe the bench.\n"
    blocks = _blocks(tmp_path, page)
    assert [b.text for b in blocks] == ["Work instruction", "Wipe the bench."]
    assert blocks[0].location.line == 5
