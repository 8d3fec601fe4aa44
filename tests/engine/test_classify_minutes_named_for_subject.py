"""Minutes named for their subject keep their kind when the subject is a procedure's word.

Held out (kinds24, session 23: spdx/meetings legal/2012/2012-06-21 license list matching guidelines.md): a legal
team call's notes, "## Attendees" over eleven names, dated to the day by its file name; "guidelines" in the name made
it a procedure, whatever it recorded (the name's procedure word blocked the minutes route). Now a procedure's word
in a name dated to the day does not, when the page's head names who took part. The texts are written for the test.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import assert_kind

NOTES = """## Attendees

  - Ann Lee, Acme
  - Bob Roe, Widget Co
  - Carla Diaz, Example Ltd

## Guideline 1. Verbatim text

  - keep "curly brackets" in the copyright line
  - suggestion to have two levels of matching
      - first level: byte for byte
      - second level: some words equivalent
  - Bob to write up the second level before the next call
"""

POLICY = """# Licence matching guidelines

## Purpose

These guidelines say how a licence text is matched to the list.

## Rules

1. Match the text byte for byte first.
2. Treat the words in the equivalence table as the same word.
3. Record every match that needs a second level in the matching log.
"""


def test_dated_notes_naming_who_took_part_are_minutes_whatever_their_subject(tmp_path):
    assert_kind(tmp_path, "legal/2012/2012-06-21 license list matching guidelines.md", NOTES, Kind.REVIEW,
                "minutes of a meeting held on 2012-06-21")


def test_guidelines_dated_by_their_name_with_no_one_named_present_stay_a_procedure(tmp_path):
    assert_kind(tmp_path, "2012-06-21 license list matching guidelines.md", POLICY, Kind.PROCEDURE)
