"""SH03 reads management reviews, not every meeting's minutes.

On brisbanemakerspace/bms-wiki@5a386c9 the minutes of a members' general meeting ('3rd General Meeting - 27th
November', meetings/general/20231127.md) were judged as a management review: "83% paperwork ... never discusses
margin, throughput, delivery, scrap". Members debating their policies and inductions at their general meeting
are running a club; a factory's business lexicon says nothing of them, and the meeting is no management review.
Minutes of members', volunteers' and general meetings (an AGM, a town hall, a working group) are judged only when
they say they are the management review or review the management system itself.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.model import DocumentResult
from gapscan.rules.base import Context
from gapscan.rules.sh import SH03
from shbuild import sh03, written

HEAD = """# {title}

Date: 27 November 2023

Present: Ana Ruiz (chair), Ben Cole (minutes), Cy Park, Dee Lowe

"""

BODY = """## Discussion

- The internal audit raised two minor nonconformities; both corrective actions are open.
- Four actions from the last meeting are overdue.
- The document register was updated and three policies were reissued.
- The certification body confirmed the audit window for May.
- Two training records are still missing signatures.
"""


def _doc(tmp_path: Path, name: str, title: str, extra: str = ""):
    return written(tmp_path, name, HEAD.format(title=title) + extra + BODY)


def test_a_members_general_meeting_is_not_judged_as_a_management_review(tmp_path):
    for name, title in (("meetings/general/20231127.md", "3rd General Meeting - 27th November"),
                        ("Regular Member Meeting 2009 07 14.md", "Regular Member Meeting"),
                        ("agm/2024.md", "Annual General Meeting 2024"),
                        ("meetings/special/20260118.md", "1st Special Meeting - Jan 2026"),
                        ("volunteers/2024-05.md", "Volunteers' meeting, May 2024")):
        doc = _doc(tmp_path, name, title)
        assert sh03(doc) == [], name


def test_the_same_talk_in_a_management_review_is_judged(tmp_path):
    doc = _doc(tmp_path, "mr/2023-11-27.md", "Management review minutes")
    [finding] = sh03(doc)
    assert finding.metrics["paperwork_share"] == 1.0


def test_a_general_meeting_held_as_the_management_review_is_judged(tmp_path):
    doc = _doc(tmp_path, "meetings/general/20231127.md", "3rd General Meeting - 27th November",
               "This meeting is also the management review of the quality management system.\n\n")
    assert len(sh03(doc)) == 1


def test_the_summary_does_not_count_members_meetings_as_management_reviews(tmp_path):
    from gapscan.summary import build

    doc = _doc(tmp_path, "meetings/general/20231127.md", "3rd General Meeting - 27th November")
    ctx = Context(documents=(doc,))
    summary = build([DocumentResult(document=doc)], list(SH03.check(ctx)), ctx)
    [section] = [s for s in summary.sections if s.title == "Management review"]
    text = " ".join(section.lines)
    assert "management review read" not in text and "covers the business" not in text, section.lines
    assert "members'" in text and "not a management review" in text, section.lines


def test_software_called_a_management_system_does_not_make_a_members_meeting_a_review(tmp_path):
    """An arts space's members' meeting (Air-Light-Time-Space/wiki, 2024-06-03) was judged as a management review
    because a member spoke against "a central active member management system" (software): the summary then
    counted 40 members' meetings of 41 and five management reviews where the set held four board minutes."""
    talk = ("Andrew recommended avoiding anything predicated on maintaining a central active member management "
            "system due to the ongoing maintenance burden.\n\n")
    doc = _doc(tmp_path, "minutes/2024-06-03-Member_Meeting.md", "2024-06-03 Member's Meeting", talk)
    assert sh03(doc) == []
    held = _doc(tmp_path, "minutes/2024-07-01-Member_Meeting.md", "2024-07-01 Member's Meeting",
                "The members reviewed the quality management system and its objectives.\n\n")
    assert len(sh03(held)) == 1
