"""A year's meeting notes kept in one page, one meeting under each heading that is its day (session 20, kinds20).

jupyterhub/team-compass docs/meetings/collab-cafe/2023.md (drhold26, session 19): "2023 Collaboration Cafe Notes
Archive", then "## 2023-11-21", "## 2023-10-17", ... each over the topics discussed and their notes ("Clean up
config", "Add to federation, ..."). With no attendance list the minutes signals were silent, and the notes' action
items were read as 15 imperative steps: a procedure, checked by the CM rules. 2024.md, the same archive with an
"Attendees" line, was already a review. The dated headings say it: each opens the write-up of one meeting.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of


def _archive(days: list[str]) -> str:
    parts = ["# 2023 Community Cafe Notes Archive\n"]
    for day in days:
        parts.append(f"""## {day}

### Release planning

- **Description:** The next release is nearly ready; two fixes are still open.

#### Notes

- Pin the build tool so that the image can be rebuilt
- Clean up the old configuration
- Send a small share of the traffic to the new deployment, then ramp up
- Ask the docs group for a review before the release
""")
    return "\n".join(parts)


def test_an_archive_of_dated_meeting_notes_is_a_review(tmp_path):
    text = _archive(["2023-11-21", "2023-10-17", "2023-09-19", "2023-07-18"])
    kind, why = kind_of(tmp_path, "docs/meetings/cafe/2023.md", text)
    assert kind is Kind.REVIEW, why
    assert "the write-ups of 4 meetings" in why and "'2023-11-21'" in why


def test_days_written_out_count_too(tmp_path):
    text = _archive(["Tuesday 21 November 2023", "17 October 2023", "September 19, 2023"])
    kind, why = kind_of(tmp_path, "docs/meetings/cafe/2023.md", text)
    assert kind is Kind.REVIEW, why


def test_dated_headings_on_a_page_not_about_meetings_are_not_minutes(tmp_path):
    # a changelog's releases are dated the same way; without a meeting in its name it is no minutes
    text = _archive(["2023-11-21", "2023-10-17", "2023-09-19", "2023-07-18"]).replace(
        "Community Cafe Notes Archive", "Release Notes")
    kind, why = kind_of(tmp_path, "docs/releases/2023.md", text)
    assert kind is not Kind.REVIEW, why
