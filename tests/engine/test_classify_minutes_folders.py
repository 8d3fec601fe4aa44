"""Minutes filed in a minutes folder under the day they were held are the minutes of that meeting.

The shape of HACManchester/documentation's board minutes (docs/SCORING.md, drhold14, meet16): one folder per year
under "board_minutes/", each file named only by its date ("board_minutes/2021/2021-03-11.md", title "2021-03-11"),
"Present: all" or "Chaired by Mark" at its head, then what was discussed, full of "we need to", "members must" and
"send the draft to". Neither the file's name nor its title says "meeting", so the date in its name was never read
as the day a meeting was held, and 21 of 46 such files were read as procedures. The folder saying "minutes" is
enough; a file in it named for something else (a policy, a template), or one that records no meeting (nobody
present, nothing chaired), keeps its kind, as does the same text filed outside a minutes folder.
"""
from __future__ import annotations

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

TALK = """## Code of conduct

We need to change the wording of rule 1. Members must know what behaviour is unacceptable.

- Send the draft wording to the members' list by Friday.
- Ask the members to comment within two weeks.
- Publish the final wording on the website.
- Members must report a breach to a board member.

## Lone worker rules

Anyone working alone must tell someone when they arrive and leave. Check the fire exits before starting work.
Record the visit in the sign-in book. Keep the door locked while working alone.
"""


def _kind(tmp_path, rel, head):
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + TALK, encoding="utf-8")
    return classify(parse_file(path, rel))


def test_dated_files_in_a_minutes_folder_are_minutes(tmp_path):
    for rel, head in (("board_minutes/2016/2016-01-26.md", "# 2016-01-26\n\nSTATUS: APPROVED\n\nPresent: all\n\n"),
                      ("board_minutes/2021/2021-03-11.md", "# 2021-03-11\n\n## Present Members\nRoss, Mark, Jason\n\n"
                                                           "*Meeting starts 20:20 - chaired by Mark*\n\n"),
                      ("minutes/2019-12-08.md", "# 8 December 2019\n\nApologies: Ann\n\nPresent: Bo, Cy\n\n"),
                      ("board_minutes/2018/2018-12-11.md", "# 2018-12-11\n\n## 11 December 2018 / 19:00 / Fire "
                                                           "Station\n\nMeeting started 19:02\n\n")):
        doc = _kind(tmp_path, rel, head)
        assert doc.kind is Kind.REVIEW, (rel, doc.kind_reason)


def test_the_same_text_elsewhere_or_recording_no_meeting_keeps_its_kind(tmp_path):
    for rel, head in (("rules/2016/2016-01-26.md", "# 2016-01-26\n\nPresent: all\n\n"),
                      ("board_minutes/2016/2016-01-26.md", "# 2016-01-26\n\nSTATUS: APPROVED\n\n"),
                      ("board_minutes/minutes-policy-2016-01-26.md", "# Minutes policy 2016-01-26\n\nPresent: all\n\n")):
        doc = _kind(tmp_path, rel, head)
        assert doc.kind is Kind.PROCEDURE, (rel, doc.kind_reason)
