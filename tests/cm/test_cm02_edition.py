"""CM02: the clause order is named in the edition the headings were read in.

Seen on real sets in session 17: a policy numbered by ISO/IEC 27001:2013's Annex A (A.5 ... A.9, A.12) was told its
headings "follow ISO/IEC 27001:2022 clause order (A.5 -> A.12)", though 2022's Annex A ends at A.8 and CM01 names each
of the same headings as a 2013 control. CM02 now names the edition CM01 read them in, and says so in its metrics.
The page below is written for these tests.
"""
from __future__ import annotations

from gapscan.rules.cm import CM01, CM02

from cm_helpers import run

OLD_ANNEX = """\
# Information Security Policy

This policy follows ISO/IEC 27001.

## A.5 Information security policies

The CISO reviews this policy every January.

## A.6 Organization of information security

The CISO chairs the security forum each month.

## A.7 Human resource security

HR checks two references before an offer.

## A.8 Asset management

IT keeps the asset list in Snipe-IT.

## A.9 Access control

IT removes a leaver's accounts on their last day.

## A.12 Operations security

IT patches the servers every Tuesday.
"""


def test_cm02_names_the_older_edition_its_headings_follow(make):
    doc = make("isp.md", OLD_ANNEX)
    (found,) = run(CM02, doc)
    assert "ISO/IEC 27001:2013 clause order (A.5 -> A.12)" in found.message, found.message
    assert found.metrics["edition"] == "2013"
    # CM01 names the same headings in the same edition
    assert all("ISO/IEC 27001:2013" in f.message for f in run(CM01, doc))


CURRENT = """\
# Information Security Management System Manual

This manual follows ISO/IEC 27001:2022.

## 4 Context of the organization

The CEO lists the issues in the risk register each January.

## 5 Leadership

The CEO signs the policy.

## 6 Planning

The CISO keeps the risk register in Jira.

## 7 Support

HR runs the awareness course in March.

## 8 Operation

IT patches the servers every Tuesday.
"""


def test_cm02_keeps_the_current_edition_for_current_headings(make):
    (found,) = run(CM02, make("manual.md", CURRENT))
    assert "ISO/IEC 27001:2022 clause order (4 -> 8)" in found.message, found.message
    assert "edition" not in found.metrics
