"""CM03: one statement is one finding, and the limits count every sentence in the standard's words.

Seen held out on an ISO/IEC 27001 template pack (cmhold5, Singhhs/OpenGRC-Toolkit). Its document control procedure's
scope, "This procedure applies to all documented information required by:" with its bullets, was reported twice:
once for the lead-in and once for its bullet "Regulatory and contractual requirements", one statement said over a
list. Its internal audit programme lost a right finding ("Define audit criteria and scope.") when the sentence
beside it, "Audits are conducted at planned intervals.", was rightly read as its schedule's lead-in: one sentence
was left, under the 2-sentence limit, though the page speaks the standard no less for its schedule. The text below
is written for these tests.
"""
from __future__ import annotations

from gapscan.rules.cm import CM03

from cm_helpers import run

SCOPE = """# Document Control

## Scope

This procedure applies to all documented information required by:

- The information security management system
- Regulatory and contractual requirements
- Customer needs

## Steps

The organization shall determine external and internal issues relevant to its purpose.

The Office Manager files each signed form in the register within 2 days.
"""


def _texts(found) -> list[str]:
    return [f.evidence[0].text for f in found]


def test_a_lead_in_and_its_items_are_one_finding(make):
    found = run(CM03, make("control.md", SCOPE))
    texts = _texts(found)
    assert "Regulatory and contractual requirements" not in texts, texts
    assert "The information security management system" not in texts, texts
    lead = [f for f in found if f.evidence[0].text.startswith("This procedure applies")]
    assert len(lead) == 1, texts
    shown = [e.text for e in lead[0].evidence]
    assert "Regulatory and contractual requirements" in shown, shown
    assert "2 items of its list" in lead[0].message, lead[0].message
    assert len(found) == 2, texts


def test_items_under_a_lead_in_that_is_not_reported_stay_findings(make):
    text = SCOPE.replace("This procedure applies to all documented information required by:",
                         "The Office Manager keeps these:")
    texts = _texts(run(CM03, make("control.md", text)))
    assert "Regulatory and contractual requirements" in texts, texts


PROGRAMME = """# Audit Programme

## Purpose

Internal audits shall provide information on whether the management system conforms to the requirements.

The Audit Lead books each audit in the shared calendar.

Findings are sent to the area owner within 5 days.

## Schedule

Audits are conducted at planned intervals.

| Area | Frequency |
|------|-----------|
| Purchasing | Annually |
| Goods in | Quarterly |
"""


def test_a_lead_in_above_its_schedule_still_counts_towards_the_limit(make):
    found = run(CM03, make("programme.md", PROGRAMME))
    texts = _texts(found)
    assert texts == ["Internal audits shall provide information on whether the management system conforms to the "
                     "requirements."], texts
    assert found[0].metrics["sentences"] == 2, found[0].metrics


def test_one_sentence_alone_is_still_under_the_limit(make):
    text = PROGRAMME.replace("Audits are conducted at planned intervals.", "Audits follow this table.")
    assert run(CM03, make("programme.md", text)) == []


def test_items_go_under_the_lead_in_sentence_not_its_neighbour(make):
    text = SCOPE.replace("This procedure applies to all documented information required by:",
                         "Documented information shall be controlled. This procedure applies to all documented "
                         "information required by:")
    found = run(CM03, make("control.md", text))
    lead = [f for f in found if f.evidence[0].text.startswith("This procedure applies")]
    assert len(lead) == 1 and len(lead[0].evidence) == 3, [(f.evidence[0].text, len(f.evidence)) for f in found]
