"""A markdown page's front matter holds its own metadata ('start:', 'date:', 'owner:'): the plain top-level keys
are kept on the Document with their lines (the text stays out of the blocks), so a meeting page dated only there
can be dated. A '---' indented under a key is that value's text, not the end of the front matter."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType

PAGE = """---
title: "Autumn Ferry Crews Meeting"
start: 2023-10-03T09:30:00.000Z
owner: 'Marine Ops'
tags:
  - crews
summary: >-
  Quarterly meeting of the ferry crews.
---
# Autumn Ferry Crews Meeting

Held on the car deck.
"""


def _doc(tmp_path: Path, text: str, name: str = "autumn-ferry-crews-meeting.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, name)
    assert doc.ok, doc.error
    return doc


def test_plain_front_matter_keys_are_kept_with_their_lines(tmp_path: Path) -> None:
    doc = _doc(tmp_path, PAGE)
    assert doc.front_matter == (("title", "Autumn Ferry Crews Meeting", 2), ("start", "2023-10-03T09:30:00.000Z", 3),
                                ("owner", "Marine Ops", 4))
    # still not text of the page
    assert "Marine Ops" not in " ".join(b.text for b in doc.blocks)


def test_no_front_matter_no_fields(tmp_path: Path) -> None:
    assert _doc(tmp_path, "# Minutes\n\nstart: 2023-10-03\n").front_matter == ()
    # a '---' that is not the file's first line opens no front matter
    assert _doc(tmp_path, "# Minutes\n---\nstart: 2023-10-03\n---\n").front_matter == ()


CMS_WITH_RULE = """---
title: Winter Ferry Crews Meeting
agenda: |-
  1. Rota
  ---
  2. Lifejacket audit
minutes: >-
  ### Attendance


  Ana Ruiz, Tom Beck
start: 2024-01-09T09:30:00.000Z
---
"""


def test_an_indented_rule_inside_front_matter_does_not_close_it(tmp_path: Path) -> None:
    doc = _doc(tmp_path, CMS_WITH_RULE, "winter-ferry-crews-meeting.md")
    text = [(b.text, b.location.line) for b in doc.blocks]
    # the agenda's second half and the minutes below the indented '---' are read, at their own lines ...
    assert ("Lifejacket audit", 6) in [(b.text, b.location.line) for b in doc.blocks if b.type is BlockType.LIST_ITEM]
    assert ("Attendance", 8) in text and ("Ana Ruiz, Tom Beck", 11) in text, text
    # ... and the keys below it are front matter, not page text
    assert ("start", "2024-01-09T09:30:00.000Z", 12) in doc.front_matter
    assert not any("2024-01-09" in t for t, _ in text)
