"""A page of the minutes folder whose title says the meeting was not held is a notice, not minutes.

The shape from session 16 (ossf/tac@1692e85, minutes/2023-12-12.md): titled "2023-12-12 - NO MEETING DUE TO GOV
BOARD MEETING", with the template's attendance table and agenda left under it, it was read as "minutes of a meeting
held on 2023-12-12". Minutes that mention a later cancellation in their text stay minutes.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

PAGE = """# {title}

## Attendance (mark an X if you are here)

| | Name/Affiliation | GH ID |
|---|---|---|
| | Ana Ruiz (Widget) | aruiz |
| | Ben Cole (Gadget) | bcole |
| | Cy Park (Sprocket) | cpark |

## Agenda

* Welcome new members
* Working group updates
{extra}
"""


def test_a_page_titled_no_meeting_is_no_minutes(tmp_path):
    kind, why = kind_of(tmp_path, "minutes/2023-12-12.md",
                        PAGE.format(title="**2023-12-12 - NO MEETING DUE TO GOV BOARD MEETING**", extra=""))
    assert kind is not Kind.REVIEW, why
    assert "not held" in why


def test_a_page_titled_cancelled_is_no_minutes(tmp_path):
    kind, why = kind_of(tmp_path, "minutes/2024-03-05.md",
                        PAGE.format(title="**2024-03-05 Council Meeting (canceled)**", extra=""))
    assert kind is not Kind.REVIEW, why


def test_minutes_mentioning_a_cancelled_meeting_in_their_text_stay_minutes(tmp_path):
    extra = ("\n## Notes\n\nAna Ruiz chaired. The release plan was approved. Reminder: the meeting of 27 December is "
             "cancelled; no meeting on December 27.\n")
    kind, why = kind_of(tmp_path, "minutes/2022-12-13.md", PAGE.format(title="**2022-12-13 Council Meeting**",
                                                                       extra=extra))
    assert kind is Kind.REVIEW, why
