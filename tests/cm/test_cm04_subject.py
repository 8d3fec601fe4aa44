"""CM04 speaks only where the organization is the subject of the document's own obligation.

Seen on public sets nobody here wrote: a reference list item ("Local Emergency Management Plans - County ..."),
a noun phrase ("Business plans and strategy documents"), a law or standard retold ("Under section 8 of the Act, we
must publish ...", "the requirement says an entity must define ..."), organizations in general ("a covered entity
has to be able to defend it") and compound names ("by the business associate", "by our business intelligence
unit") were each reported as "the organization is the actor".
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run

NOT_THE_ACTOR = [
    # a reference list: 'Management Plans' is a compound noun, not management planning
    "- **Local Emergency Management Plans** - County and municipal emergency response procedures",
    "- Regional Emergency Management Plans - county procedures for floods",
    # a noun phrase: 'Business plans' are documents
    "- Business plans and strategy documents",
    # a law or a standard retold: the obligation is the law's, quoted, not the procedure's
    "Under section 8 of the Freedom of Information Act 1982, we must publish certain information on our website.",
    "Where the requirement says an entity must define configuration standards, this document holds ours.",
    "OCR's guidance is explicit that a covered entity must assess whether current measures are used properly.",
    "Requirement 7.2.4 says management must acknowledge that access remains appropriate.",
    # organizations in general, and a defined party of a regulation
    "An independent assessment is a claim a covered entity has to be able to defend.",
    "The covered entity must still perform its own risk analysis of the hosted data.",
    # the organization as a place, not an actor
    "Our policy is that remuneration in the organization will not exceed market rates.",
    # a compound name: a named party or a named unit
    "Most breaches are discovered by the business associate and notified within days.",
    "Time on task will be monitored by our business intelligence unit every quarter.",
    "This policy will be reviewed annually or sooner if required by business, regulatory, or technological change.",
]


@pytest.mark.parametrize("sentence", NOT_THE_ACTOR)
def test_cm04_is_silent_where_the_organization_is_not_the_subject(make, sentence):
    text = f"RECORDS\n\n{sentence}\n\nThe Records Clerk files each request in the register within 2 days.\n"
    assert run(CM04, make("policy.md", text)) == []


@pytest.mark.parametrize("sentence", [
    "The organization shall determine the interested parties relevant to the system.",
    "Top management shall ensure that complaint trends are reviewed.",
    "Management ensures quality policy is communicated.",
    "Our company must keep customer data for six years.",
    "These policies should be formally approved by executive management.",
    "The company's management shall review the register.",
    "The organization plans the internal audits.",
])
def test_cm04_still_fires_where_the_organization_is_the_subject(make, sentence):
    text = f"RECORDS\n\n{sentence}\n\nThe Records Clerk files each request in the register within 2 days.\n"
    found = run(CM04, make("policy.md", text))
    assert len(found) == 1, sentence
