"""Architecture decision records are no procedures; a length of time in minutes is no meeting's minutes.

The shapes on the PCI programme set (docs/SCORING.md, classify15): ADR pages under "Context", "Decision", "Rationale",
"Consequences", a few "must" in what they decided, read as procedures for their words under headings; a section
README that told of an intrusion "in nineteen minutes" and quoted "the Chair" was taken for minutes. A meeting's
header kept as a table ("Chair | ...", "Present | ...") does say who was there.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

FILLER = ("The team weighed the cost of each option against the risk it leaves, and the time it takes to run, "
          "across the sites that would carry it over the next three years. ") * 3

ADR = f"""# ADR-0007 - Keep the payment logs for two years

## Context

{FILLER}

## Decision

Payment logs must be kept for two years. The archive should be read-only.

## Rationale

{FILLER}

## Consequences

{FILLER} Storage must grow by a fifth.

## Alternatives considered

{FILLER}
"""

PROCEDURE_WITH_A_DECISION = """# Change approval procedure

## Purpose

How a change to the payment systems is approved.

## Steps

1. Raise the change in the change log.
2. Attach the test evidence.
3. Send the change to the approver.
4. Record the approver's decision in the log.
5. Tell the requester the outcome within two days.

## Decision

The approver shall approve, reject or return the change for more evidence.
"""

INCIDENT_STORY = f"""# Phase 03 - Segmentation

## What happened

The tester reached the back-office network in nineteen minutes. Containment took 41 minutes. The Chair asked why.

## What this phase holds

{FILLER}
"""

HEADER_TABLE_MINUTES = """# Access review sign-off

| Field | Value |
|---|---|
| Chair | Ann Bell, Finance Director |
| Present | Raj Patel, Tom Reed, Lucy Chan |

## What the review found

Two leavers still had access; both were removed the same day.

## Decisions

The next cycle starts in June.
"""


def _doc(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return classify(parse_file(path, name))


def test_adr_is_not_a_procedure(tmp_path):
    assert _doc(tmp_path, "ADR-0007-payment-logs.md", ADR).kind is Kind.OTHER


def test_procedure_with_a_decision_heading_keeps_its_kind(tmp_path):
    assert _doc(tmp_path, "change-approval.md", PROCEDURE_WITH_A_DECISION).kind is Kind.PROCEDURE


def test_minutes_of_time_are_not_minutes_of_a_meeting(tmp_path):
    assert _doc(tmp_path, "phase-03.md", INCIDENT_STORY).kind is not Kind.REVIEW


def test_header_table_naming_chair_and_present_marks_minutes(tmp_path):
    assert _doc(tmp_path, "access-review-sign-off.md", HEADER_TABLE_MINUTES).kind is Kind.REVIEW
