"""CM04's message names who stands in for a role: "the organization" when the company is the actor, management as
a whole when management is. Read as a client on a bank's policies (cmhold6, pynthia): "'Executive Management will':
the organization is the actor" told the reader a thing the sentence does not say. The sentences are written here.
"""
from __future__ import annotations

from gapscan.rules.cm import CM04

from cm_helpers import run

TEXT = """FUNDING

{first}

{second}

The Treasury Analyst files each weekly report in the register within 2 days.
"""


def test_management_as_the_actor_is_said_as_management(make):
    findings = run(CM04, make("policy.md", TEXT.format(
        first="Senior management shall review the funding plan each quarter.",
        second="Management will approve every exception to the limits.")))
    assert findings, "CM04 should fire on management as the unnamed actor"
    for f in findings:
        assert "management as a whole is the actor" in f.message, f.message
        assert "the organization is the actor" not in f.message


def test_the_company_as_the_actor_is_said_as_the_organization(make):
    findings = run(CM04, make("policy.md", TEXT.format(
        first="The company shall review the funding plan each quarter.",
        second="The organization will approve every exception to the limits.")))
    assert findings
    assert all("the organization is the actor" in f.message for f in findings), [f.message for f in findings]
