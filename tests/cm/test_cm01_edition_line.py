"""CM01: the standard named under a document's clause headings is the edition their numbers come from.

Seen on an ISO/IEC 27001 policy pack (drhold12's epact, 27 sets' run): a policy whose headings are Annex A controls of
the 2013 edition was shown as "heading '3. User Access Management' is ISO/IEC 27001:2013 clause A.9.2 ...", and the
line under the findings said "standard: ISO/IEC 27001:2022": two editions for one reading, and the wrong one in the
line a reader takes as the summary. The line now names the edition the headings were read in, and when a document's
headings come from both, it says how many are of the older one. The text below is written for these tests.
"""
from __future__ import annotations

from gapscan.report.common import client_metrics, finding_groups
from gapscan.rules.cm import CM01

from cm_helpers import run

OLD = """# Access Control Policy

## A.9.1.1 Access control policy

An access control policy shall be established, documented and reviewed.

## A.9.2.3 Management of privileged access rights

The allocation and use of privileged access rights shall be restricted and controlled.

## A.9.4.1 Information access restriction

Access to information shall be restricted in accordance with the access control policy.
"""

BOTH = OLD + """
## A.8.15 Logging

Logs that record activities shall be produced, stored, protected and analysed.

## A.8.16 Monitoring activities

Networks, systems and applications shall be monitored for anomalous behaviour.
"""


def _line(doc) -> dict:
    found = run(CM01, doc)
    assert found, "no CM01 finding"
    (group,) = finding_groups(found)
    return client_metrics(group.shared)


def test_headings_of_the_2013_annex_are_shown_under_the_2013_edition(make):
    shown = _line(make("access-policy.md", OLD))
    assert shown["standard"] == "ISO/IEC 27001:2013", shown
    assert "edition" not in shown, shown


def test_headings_of_both_editions_say_how_many_are_of_the_older(make):
    shown = _line(make("access-policy.md", BOTH))
    assert shown["standard"] == "ISO/IEC 27001:2022 (3 of 5 headings matched in its 2013 edition)", shown


def test_current_headings_keep_the_current_edition(make):
    doc = make("logging.md", "# Logging\n\n" + BOTH[BOTH.index("## A.8.15"):] + """
## A.8.17 Clock synchronization

Clocks shall be synchronized to approved time sources.
""")
    assert _line(doc)["standard"] == "ISO/IEC 27001:2022"
