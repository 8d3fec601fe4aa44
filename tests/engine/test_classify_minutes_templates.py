"""The template of minutes is the form they are written on, and a page of nothing but its title is no meeting.

Held-out sets (kinds21): five templates of minutes were reviews by their "Present", "Apologies" and "Agenda" words
(hacman's board and member-meeting templates, a council's sync-meeting agenda template, a HIPAA programme's
meeting-minutes template dated by its control block, carp's "Present on YYYY-MM-DD"), and carp's folder README,
"## Minutes of the 2023 Executive Council Meetings" and nothing else, was the minutes of a meeting held in 2023
and joined the council's series.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

TEMPLATE = """# Board Meeting Minutes for [YYYY-MM-DD]

## Present on YYYY-MM-DD:

[names]

## Apologies:

[names]

## Agenda

1. Approve the minutes of the previous meeting
2. Treasurer's report

## Actions agreed

| Action | Owner | Due |
|---|---|---|
|  |  |  |

## Next meeting

[date]
"""


def test_a_template_of_minutes_is_a_form(tmp_path):
    k, why = kind_of(tmp_path, "minutes/_minutes_template.md", TEMPLATE)
    assert k is Kind.FORM, why


def test_a_template_dated_by_its_control_block_is_a_form(tmp_path):
    text = "# Meeting Minutes (Template)\n\n| Field | Value |\n|---|---|\n| Version | 1.0 |\n| Date | 2026-07-15 |\n\n" \
        + TEMPLATE.split("\n", 1)[1]
    k, why = kind_of(tmp_path, "templates/meeting-minutes-template.md", text)
    assert k is Kind.FORM, why


def test_minutes_filled_in_are_still_minutes(tmp_path):
    filled = TEMPLATE.replace("[YYYY-MM-DD]", "2024-03-12").replace("YYYY-MM-DD", "2024-03-12") \
        .replace("[names]", "Ann Lee, Bob Roe, Cy Dee", 1).replace("[names]", "Dee Fox")
    k, why = kind_of(tmp_path, "minutes/2024-03-12.md", filled)
    assert k is Kind.REVIEW, why


def test_a_page_of_nothing_but_its_title_is_no_meeting(tmp_path):
    k, why = kind_of(tmp_path, "minutes/2023/README.md", "## Minutes of the 2023 Executive Council Meetings\n")
    assert k is Kind.OTHER, why
    assert "nothing below its title" in why
