"""Minutes of a members' meeting, named for the meeting and the day it was held, are a review, not a procedure.

The shape on held-out makerspace sets (docs/SCORING.md, drhold7): "Regular Member Meeting 2009 07 14.md" and
"meetings/general/20260810.md" (title "26th General Meeting - 10 August 2026") were classed procedure by their
"shall" and "will" lines, so their decisions became procedure claims and CM05 judged them as procedures.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

MINUTES = """# {title}

- Members Present: Ana Ruiz, Ben Cole, Cy Park, Dee Lowe
- Called to Order: 7:45 PM

## Purpose

The meeting shall decide the budget for the new bandsaw and the cleaning roster.

## Treasurer's Report

Rent is paid. The Treasurer will move the internet bill to the club card.

## New Business

### Bandsaw

- Members must complete the induction before using the bandsaw.
- The blade shall be replaced when it is dull.
- A budget of 400 was approved by consensus.

### Cleaning roster

- Each working group will clean its own bench every Sunday.
- The roster shall be posted on the forum.

**Result:** Passed with no dissent
"""

MEETING_RULES = """# Meetings policy

## Purpose

This policy says how general meetings are run.

## Procedure

- The Secretary shall post the agenda on the forum 3 days before each meeting.
- Members must raise motions in writing.
- The chair will keep the minutes and publish them within 7 days.
- A general meeting shall be held on the first Monday of each month.
"""


def kind_of(tmp_path: Path, name: str, text: str) -> tuple[Kind, str]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    doc = classify(parse_file(path, name))
    return doc.kind, doc.kind_reason


def test_minutes_named_for_a_dated_meeting_are_a_review(tmp_path):
    for name, title in (("Regular Member Meeting 2009 07 14.md", "Regular Member Meeting"),
                        ("meetings/general/20260810.md", "26th General Meeting - 10 August 2026"),
                        ("Board Meeting 2018 04 10.md", "Board meeting")):
        kind, reason = kind_of(tmp_path, name, MINUTES.format(title=title))
        assert kind is Kind.REVIEW, (name, kind, reason)


def test_the_rules_for_meetings_stay_a_procedure(tmp_path):
    for name in ("meetings-policy.md", "Meeting procedure 2024.md", "meetings/meetings.md"):
        kind, reason = kind_of(tmp_path, name, MEETING_RULES)
        assert kind is Kind.PROCEDURE, (name, kind, reason)


def test_an_agenda_or_template_for_a_dated_meeting_is_not_minutes(tmp_path):
    for name in ("Meeting Agenda 2008 06 17.md", "Regular Member Meeting Template 2024.md"):
        _, reason = kind_of(tmp_path, name, MINUTES.format(title="Meeting"))
        assert "minutes of a meeting held" not in reason, (name, reason)
