"""One reading of "was this meeting held", and SH03 judging only management reviews among the meetings it reads.

The shape of yorkshire-imaging-collaborative's group pages (docs/SCORING.md, meet15, meet16): an Eleventy page whose
meeting is dated only in its front matter ('start: 2023-04-18T12:00:00Z') and whose minutes open with an
'Attendance' heading (one page spells it 'Attendace', a web editor leaves zero-width marks in it) over the names.
meetings.meeting_date dated such a page while SH03's held_review called it "dated nowhere, naming no one present";
both now read meetings.held_meeting. Read as held, a special-interest group's minutes were then judged as a
management review: a clinical group discussing its specialty is not top management reviewing the system, any more
than a safety committee is.
"""
from __future__ import annotations

from dataclasses import replace

from gapscan import meetings
from gapscan.ingest import parse_file
from gapscan.model import DocumentResult, Kind
from gapscan.rules.base import Context
from gapscan.rules.sh import SH03, held_review

PAGE = """---
title: {title}
start: 2023-04-18T12:00:00.000Z
location: Online
minutes: >-
  ### {heading}


  *{names}*


  ### Key Discussion Points


  * {extra}

  * The internal audit raised two minor nonconformities; both corrective actions are open.

  * Four actions from the last meeting are overdue.

  * The document register was updated and three policies were reissued.

  * The certification body confirmed the audit window for May.

  * Two training records are still missing signatures.
---
"""


def _page(tmp_path, name, title, *, heading="A\ufeffttendace", names="Ann Lee, Bo Chan, Cy Park",
          extra="Rotas were discussed."):
    path = tmp_path / name
    path.write_text(PAGE.format(title=title, heading=heading, names=names, extra=extra), encoding="utf-8")
    return replace(parse_file(path, name), kind=Kind.REVIEW)


def test_a_page_dated_in_its_front_matter_is_a_meeting_held(tmp_path):
    doc = _page(tmp_path, "spring-board-meeting.md", "Spring Board Meeting")
    assert meetings.meeting_date(doc) is not None
    assert meetings.held_meeting(doc) and held_review(doc)


def test_names_under_an_attendance_heading_say_who_was_there(tmp_path):
    for heading in ("Attendance", "A\ufeffttendace", "Present"):
        path = tmp_path / "board-meeting.md"
        path.write_text(f"# Board meeting\n\n## {heading}\n\nAnn Lee, Bo Chan, Cy Park\n\n## Notes\n\n- Budget "
                        "agreed.\n", encoding="utf-8")
        assert meetings.held_meeting(parse_file(path, "board-meeting.md")), heading
    # a page on how the meeting is held names no one under the same heading
    path.write_text("# Board meeting\n\n## Attendance\n\nThe chair, the treasurer and at least two directors "
                    "attend each meeting.\n\n## Notes\n\n- Keep minutes.\n", encoding="utf-8")
    assert not meetings.held_meeting(parse_file(path, "board-meeting.md"))


def test_a_special_interest_groups_minutes_are_not_judged_as_a_management_review(tmp_path):
    for name, title in (("spring-chest-sig-meeting.md", "Spring Chest SIG Meeting"),
                        ("autumn-gi-group-meeting.md", "Autumn GI Group Meeting"),
                        ("nm-special-interest-group.md", "Nuclear Medicine Special Interest Group"),
                        ("clinical-working-group.md", "Clinical Working Group"),
                        ("users-forum.md", "Users' Forum")):
        doc = _page(tmp_path, name, title)
        assert held_review(doc), name
        assert list(SH03.check(Context(documents=(doc,)))) == [], name


def test_the_same_talk_in_a_management_review_or_a_steering_group_is_judged(tmp_path):
    for name, title in (("spring-management-review.md", "Spring Management Review"),
                        ("steering-group-meeting.md", "Steering Group Meeting"),
                        ("leadership-group.md", "Leadership Group Meeting")):
        doc = _page(tmp_path, name, title)
        [finding] = SH03.check(Context(documents=(doc,)))
        assert finding.metrics["paperwork_share"] == 1.0, name


def test_a_group_that_says_it_reviews_the_management_system_is_judged(tmp_path):
    doc = _page(tmp_path, "quality-group-meeting.md", "Quality Group Meeting",
                extra="This meeting is the review of the quality management system.")
    assert len(list(SH03.check(Context(documents=(doc,))))) == 1


def test_the_summary_does_not_count_a_groups_minutes_as_judged(tmp_path):
    from gapscan.summary import build

    doc = _page(tmp_path, "spring-chest-sig-meeting.md", "Spring Chest SIG Meeting")
    ctx = Context(documents=(doc,))
    summary = build([DocumentResult(document=doc)], list(SH03.check(ctx)), ctx)
    [section] = [s for s in summary.sections if s.title == "Management review"]
    text = " ".join(section.lines)
    assert "dated nowhere" not in text and "covers the business" not in text, section.lines
    assert "not a management review" in text, section.lines


def test_a_pages_bare_date_in_its_front_matter_says_no_meeting_was_held(tmp_path):
    # a wiki stamps 'date:' with the page's last edit: a page on how reviews are held is still not minutes
    text = ("---\ntitle: How management reviews are held\ndate: 2026-06-11T02:09:49.984Z\n---\n\n"
            "# How management reviews are held\n\n## Agenda\n\n- Review the audit findings.\n- Review the actions.\n")
    path = tmp_path / "how-reviews-are-held.md"
    path.write_text(text, encoding="utf-8")
    assert not held_review(parse_file(path, "how-reviews-are-held.md"))
    path.write_text(text.replace("date:", "start:"), encoding="utf-8")
    assert held_review(parse_file(path, "how-reviews-are-held.md"))


def test_minutes_named_by_a_compact_date_were_held(tmp_path):
    # brisbanemakerspace's 'meetings/general/20230916.md': the day in its name, as the meeting series reads it
    path = tmp_path / "20230916.md"
    path.write_text("# Pre-incorporation meeting\n\nOpened at 5pm.\n\n**Facilitator:** Ann Lee **Attendance:** Bo "
                    "Chan, Cy Park\n\nThe rules were explained.\n", encoding="utf-8")
    doc = parse_file(path, "meetings/general/20230916.md")
    assert meetings.meeting_date(doc) is not None
    assert held_review(doc)
