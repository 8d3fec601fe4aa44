"""Anchors that belong to the organisation, not to a template (issue 8): a template's generic roles, the records
every standard asks for, its "annually" and its blanks to fill in ("[Company Name]") are no evidence of
operational content; the same role or record named beside the organisation's own team, system, number or time
limit is, and placeholders are never shown as anchors."""
from __future__ import annotations

import re

import pytest

from cm_helpers import own, procedure, run
from gapscan.nlp.mirroring import analyze
from gapscan.nlp.pipeline import get_nlp
from gapscan.rules.cm import CM05


@pytest.mark.parametrize("text", [
    "The Information Security Manager shall review this policy at least annually.",
    "Top Management and the Management Representative approve the objectives.",
    "The Process Owner maintains the Risk Register.",
    "The security team reports incidents to the Data Protection Officer.",
    "Managers and the Lead Auditor agree the audit plan yearly.",
])
def test_a_template_sentence_loses_its_generic_anchors(text):
    assert own(text) == []


@pytest.mark.parametrize("text, slot", [
    ("Access is approved by the [Security Officer] within [Duration, e.g., 30 days].", "Security Officer"),
    ("[TODO: e.g., annually, semi-annually] the [Role/Title, e.g., IT Manager] reviews access.", "annually"),
    ("Tickets are raised in <insert ticketing system, e.g. Jira> by staff.", "Jira"),
    ("Backups of {{ organisation.name }} are copied to {{ backup_target, e.g. Google Drive }}.", "Google Drive"),
])
def test_a_placeholder_is_never_an_anchor(text, slot):
    doc = get_nlp()(text)
    assert slot in [s.text for s in doc.spans["anchors"]]  # the patterns alone would count it
    assert slot not in [t for t, _ in own(text)]


def test_the_organisations_own_sentence_keeps_every_anchor():
    assert own("The Platform team reviews access in Okta every 90 days.") == [
        ("Platform team", "team"), ("Okta", "system"), ("90 days", "duration")]


def test_a_generic_role_counts_beside_something_of_the_organisations_own():
    # the role is generic, but this sentence says how this organisation runs it
    assert own("The Information Security Manager reviews access in Okta every 90 days.") == [
        ("Information Security Manager", "role"), ("Okta", "system"), ("90 days", "duration")]
    assert own("The Quality Manager logs each complaint on form QF-12 within 2 working days.") == [
        ("Quality Manager", "role"), ("form QF-12", "form"), ("2 working days", "duration")]


def test_a_team_is_judged_by_its_whole_name():
    # the pattern finds "Review Team"; the organisation calls it the Security Review Team, a name of its own
    assert own("The Security Review Team approves each exception.") == [("Review Team", "team")]
    # every incident-response template has an Incident Response Team
    # (a breach is the incident it handles, not a decision: round 19)
    assert own("The Incident Response Team handles the breach.") == []
    assert own("The Incident Response Team escalates the incident.") == [("escalates", "decision")]
    # a capitalised instruction before a team written in lower case is not part of its name
    assert own("Assemble audit team members for the audit.") == []


@pytest.mark.parametrize("text", [
    # every ISMS pack hands its duties to a security function: "IT" or "Information" before it names no one
    "All suspected breaches must be reported to the IT Security Department.",
    "The Information Security Team shall ensure that controls are implemented.",
    "The IT Security Manager shall approve exceptions to this policy.",
])
def test_a_templates_security_function_is_filler(text):
    assert [(t, label) for t, label in own(text) if label != "decision"] == []


@pytest.mark.parametrize("text, kept", [
    # the same function beside the organisation's own equipment and time limit is how it runs the work
    ("The IT Security Team reviews firewall rules every 30 days.",
     [("Security Team", "role"), ("firewall", "equipment"), ("30 days", "duration")]),
    ("Lost laptops are reported to the Information Security Team within 2 hours.",
     [("laptops", "equipment"), ("Security Team", "role"), ("2 hours", "duration")]),
])
def test_a_security_function_counts_beside_the_organisations_own(text, kept):
    assert own(text) == kept


def test_immediately_stays_a_time_limit():
    # a template's word as often as an operational one, but making it filler cost a document (SCORING.md, round 8)
    assert own("Report the spill immediately to the Shift Supervisor.") == [
        ("immediately", "duration"), ("Shift Supervisor", "role")]


def test_a_bracketed_document_code_is_a_reference_not_a_blank():
    assert ("QP-07", "form") in own("Goods are checked as set out in [QP-07] before release.")


@pytest.mark.parametrize("text, team", [
    ("Temporary exceptions must be documented and approved by IT Security.", "IT Security"),
    ("New starters are set up by HR Operations on their first day.", "HR Operations"),
])
def test_a_team_named_by_its_function_is_an_anchor(text, team):
    assert (team, "team") in own(text)


def test_a_policy_named_after_a_function_is_not_a_team():
    assert [t for t, label in own("Read the IT Security Policy before you start.") if label == "team"] == []


TEMPLATE = """
# Access Control Policy

## Purpose

This policy applies to all employees of [Company Name].

## Policy

- The Information Security Manager shall review access rights at least annually.
- Access shall be approved by the [Security Officer] and recorded in the Risk Register.
- Top Management shall ensure that the Process Owner maintains the access control rules.
- Accounts of leavers shall be disabled within [Timeframe, e.g., 24 hours] by the [Role/Title].
- The Information Security Officer shall ensure that access to information and other associated assets is
  granted in line with the business and information security requirements of [Company Name].
- Managers shall review this policy yearly and report its effectiveness to the Management Representative.
"""

RUN = """
# Access Control Policy

## Purpose

This policy applies to all staff of Harrow Vale Ltd.

## Policy

- The Platform team reviews access rights in Okta every 90 days.
- Access is approved by the Operations Manager in ServiceNow within 2 working days.
- The Information Security Manager exports the Okta admin list on the first Monday of each month.
- Accounts of leavers are disabled in Okta within 24 hours by the Service Desk.
"""


def test_a_template_policy_has_no_operational_anchors_left(tmp_path):
    a = analyze(procedure(tmp_path, "access.md", TEMPLATE), use_model=False)
    # "disabled" is a decision (what to do with a leaver's account); nothing else is the organisation's own
    assert {k: n for k, n in a.anchors.items() if n} == {"decision": 1}
    assert a.bare_sentences == a.sentences - 1
    shown = [x for examples in a.anchor_examples.values() for x in examples]
    assert shown == ["disabled"]


def test_the_policy_the_organisation_runs_keeps_its_anchors(tmp_path):
    a = analyze(procedure(tmp_path, "access.md", RUN), use_model=False)
    assert a.anchors["system"] >= 4  # Okta three times, ServiceNow
    assert a.anchors["duration"] == 4  # every 90 days, 2 working days, each month, 24 hours
    assert a.anchor_examples["role"] == ("Operations Manager", "Information Security Manager", "Service Desk")
    assert a.bare_sentences == 1  # only the purpose line names nothing of its own


def test_cm05_never_shows_a_placeholder_as_evidence(tmp_path):
    doc = procedure(tmp_path, "access.md", TEMPLATE)
    findings = run(CM05, doc)
    assert len(findings) == 1
    f = findings[0]
    assert f.metrics["anchors"]["role"] == 0 and f.metrics["anchors"]["duration"] == 0
    counted = [e.text for e in f.evidence if not e.text.startswith("not counted")]
    assert counted == ["decision: disabled"]
    # what a reader sees named is listed as not counted, each at its place, never as an anchor of a kind
    shown = [e for e in f.evidence if e.text.startswith("not counted")]
    assert [e.text for e in shown] == ["not counted, generic or placeholder: Information Security Manager",
                                       "not counted, generic or placeholder: annually",
                                       "not counted, generic or placeholder: Security Officer"]
    assert [e.location.describe() for e in shown] == ["line 9", "line 9", "line 10"]
    # "a template's blank" read as a riddle to a client; the evidence column says "placeholder" too
    assert f.message.endswith("; not counted (generic, or a template's placeholder): 'Information Security Manager', "
                              "'annually', 'Security Officer' ...")
    assert re.search(r"^names 1 concrete detail in \d+ words \(1 decision\):", f.message), f.message
