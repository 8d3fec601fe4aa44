"""CM01: a heading that is a clause's title with one of its words replaced names another topic.

Seen on a public set nobody here wrote (cmhold4, held out): a company's emergency response plan had its
"External Communication" section reported as ISO 13485 clause 5.5.3 'Internal communication' (similarity 91).
The same slip was on an earlier set (epact, session 12): "12.2 External Audits" reported as ISO/IEC 27001
clause 9.2 'Internal audit' (87). The letters are alike, the topic is the opposite. A heading that only adds
words to the title ("Physical Security Perimeter" for 'Physical security perimeters', "AWS Network Security"
for 'Networks security') or drops some ("Design Changes" for 'Control of design and development changes')
still names the clause.
"""
from __future__ import annotations

from gapscan.rules.cm import CM01

from cm_helpers import run


def _messages(found) -> str:
    return " | ".join(f.message for f in found)


PLAN = """# Security Assurance Plan (ISO/IEC 27001)

## Internal audit

The compliance lead audits two processes each quarter.

## External Audits

The certification body visits once a year; the office manager books the room.

## Management review

The directors meet in March.

## Physical Security Perimeter

Badge readers on both doors of the Leeds office.

## External Communication

The press officer answers journalists within one working day.
"""


def test_external_is_not_internal(make):
    found = run(CM01, make("assurance-plan.md", PLAN))
    text = _messages(found)
    assert "'Internal audit'" in text and "'Management review'" in text, text
    assert "'External Audits'" not in text, text
    assert "'External Communication'" not in text, text


def test_a_heading_that_adds_words_still_names_the_clause(make):
    found = run(CM01, make("assurance-plan.md", PLAN))
    assert "'Physical Security Perimeter'" in _messages(found)
