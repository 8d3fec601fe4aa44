"""The control-catalogue register (Annex A / 27002 / NIST CSF restated) counts as standard-speak, unless the
sentence names something of the organisation's own (a role, a system, a cadence, a number)."""
from __future__ import annotations

from cm_helpers import procedure
from gapscan.nlp.mirroring import analyze

RESTATED = """
# Access Control Policy

## Purpose

This policy sets out how access is governed.

## Policy statements

- Privileged access rights should be restricted and managed on a need-to-know basis.
- Information should be classified in accordance with the topic-specific policy on classification.
- Cryptographic keys shall be securely handled throughout their life and protected against unauthorized access.
- Cybersecurity roles across the enterprise are established and communicated.
"""

RUN = """
# Access Control Policy

## Purpose

This policy sets out how access is governed.

## Policy statements

- Privileged access rights should be restricted to the IT Manager and reviewed every month in Okta.
- Information should be classified by the Data Owner within 5 working days of creation.
- Cryptographic keys shall be held in AWS KMS and rotated every 90 days by the Platform Engineer.
- Cybersecurity roles are established and communicated in ServiceNow every month.
"""


def _speak(analysis) -> dict[int, tuple[str, ...]]:
    return {h.location.line: h.phrases for h in analysis.standard_speak}


def test_restated_controls_are_standard_speak(tmp_path):
    a = analyze(procedure(tmp_path, "access.md", RESTATED), use_model=False)
    speak = _speak(a)
    # every policy statement reads as restated control text, each quoting the wording that makes it so
    assert sorted(speak) == [9, 10, 11, 12]
    assert speak[9] == ("privileged access rights", "should be restricted", "need-to-know basis")
    assert speak[10] == ("should be classified", "topic-specific policy")
    assert speak[11] == ("cryptographic keys", "shall be securely handled", "unauthorized access")
    assert speak[12] == ("cybersecurity roles", "are established and communicated")
    assert a.speak_share == 4 / a.sentences


def test_the_same_controls_with_own_roles_systems_and_cadences_are_not(tmp_path):
    a = analyze(procedure(tmp_path, "access.md", RUN), use_model=False)
    assert _speak(a) == {}
    assert a.standard_phrases == 0
