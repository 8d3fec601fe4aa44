"""A chat exported into a minutes folder (who said what, line by line, "BC - we should buy a sander", "Bob Clough,
[22.11.17 08:21] How do we feel about ...") is a conversation, not a procedure.

The shape on a hackspace's governance pages (drhold14 hacman, classify16): the board filed its telegram discussions,
its stand-ups and its decisions taken between meetings beside the minutes, under board_minutes/; their "we should",
"must" and "let's" were read as obligations and steps, and four of them were procedures. A procedure whose steps
are led by the role that does them ("QA - Check the labels") keeps its kind: its lines are orders, not remarks.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind, kind_of


INITIALS = """# 2015-08 - lone working discussion

BC - Lone working is a hard one because sometimes nobody is in the space for whole evenings.

CH - We could have a dead man's switch for lone working, with a webcam and a speaker?

BC - So now I'm allowed webcams

KR - We should define the times that count as an emergency.

CH - Dangerous equipment must need two member swipes to use.

BC - A lone worker button makes sense, you press it every 15 minutes.

KR - That treats members like children. Members must be trusted. We should not log people.

CH - Fair, but the board is responsible for safety. Everyone must sign in. We should keep a log of who is in.

CH - Fair, but the insurer will ask what we do.

TK - Let's put it to the members at the next open evening.

BC - Agreed, I'll write it up.

KR - Ayes - BC, CH, TK, KR
"""

TIMESTAMPS = """# 2017-12 Decisions

## Decisions taken between board meetings

Ayes: All

Bob Clough, [22.11.17 08:21] How do we feel about getting a server for all the web infrastructure?

Bob Clough, [22.11.17 08:21] It would be about 27 euros a month.

Conor Riches, [22.11.17 09:39] What would be the benefit?

Tamarisk Kay, [22.11.17 09:40] I could stop paying for the forum server.

Conor Riches, [22.11.17 09:41] That's a good reason!

Bob Clough, [22.11.17 09:51] We need more machines and they must not live on my own server.

Tamarisk Kay, [22.11.17 09:58] Make sure the backups are set up first.

Conor Riches, [22.11.17 10:02] Sounds good, we should do it.

Bob Clough, [22.11.17 10:05] Ordering it now, then.

Chris Hilliard, [22.11.17 10:06] aye

Greg Morris, [22.11.17 10:06] yes

Tamarisk Kay, [22.11.17 10:07] I will move the forum over at the weekend.

Conor Riches, [22.11.17 10:09] Shout if you need a hand with it.
"""

ROLES = """# Label checks on the packing line

## Responsibilities

The quality lead shall keep these checks current. Each operator must follow them on every run.

## Checks

QA - Check the labels against the batch record before each run.

QA - Record the result on the label check form.

PM - Approve the run when the check passes.

PM - Stop the line when a label is wrong.

QA - Quarantine the wrong labels in the locked cage.

QA - Tell the supervisor of every stop.

PM - Sign the batch record at the end of the run.

PM - File the batch record in the quality office.

QA - Review the label stock every month.
"""


def test_a_discussion_in_initials_is_no_procedure(tmp_path):
    k, why = kind_of(tmp_path, "governance/board_minutes/2015/2015-08-10.md", INITIALS)
    assert k is not Kind.PROCEDURE, why
    assert "conversation" in why


def test_a_chat_export_is_no_procedure(tmp_path):
    # short messages ("aye", "yes") count: a time stamp marks each one
    k, why = kind_of(tmp_path, "governance/board_minutes/2017/2017-12-decisions.md", TIMESTAMPS)
    assert k is not Kind.PROCEDURE and "conversation" in why, why


def test_steps_led_by_their_roles_stay_a_procedure(tmp_path):
    assert _kind(tmp_path, "quality/label-check.md", ROLES) is Kind.PROCEDURE


LABELS = """# Patch deadlines

## Purpose

How fast each patch is applied, by its severity.

## Critical

Detection Time: within 4 hours of the vendor's notice
Assessment Time: within 8 hours of detection
Deployment Time: within 48 hours of assessment

## High

Detection Time: within 1 working day of the notice
Assessment Time: within 2 working days of detection
Deployment Time: within 7 days of assessment

## Medium

Detection Time: within 3 working days of the notice
Assessment Time: within 5 working days of detection
Deployment Time: within 30 days of assessment

## Steps

1. Check the vendor feeds every morning.
2. Record each patch in the patch register.
3. Apply the patch within its deadline.
"""


def test_label_lines_are_no_speakers(tmp_path):
    k, why = kind_of(tmp_path, "standards/patch-deadlines.md", LABELS.replace("\nAssessment", "\n\nAssessment")
                     .replace("\nDeployment", "\n\nDeployment"))
    assert k is Kind.PROCEDURE, why
