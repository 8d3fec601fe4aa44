"""CM04: an obligation that introduces a table naming each row's owner has named who does it.

Seen held out (cmhold8, session 19) on a GRC portfolio's ISMS policies: every policy closes with "The organization
shall maintain the following compliance evidence with defined retention periods:" over a table of Evidence Type |
System of Record | Owner | Retention Period, each row's owner filled in (Human Resources, IT Department ...). CM04
said no role, team or system was named, nine times, where the table names one for every record. A lead-in over a
plain list, or over a table with no one in it, is still the organization's duty. The policy is written for these
tests.
"""
from __future__ import annotations

from gapscan.rules.cm import CM04

from cm_helpers import run

LEAD = "The organization shall maintain the following compliance evidence with defined retention periods:"
TAIL = "\n\nThe IT Security Team reviews the register each quarter within 10 working days.\n"

OWNED = f"""# Access Policy

## Evidence

{LEAD}

### Evidence Index

| Evidence Type | System of Record | Owner | Retention Period |
|---|---|---|---|
| Access requests | Service desk | IT Security Team | 3 years |
| Access reviews | GRC platform | Department managers | 3 years |
| Training records | Learning system | Human Resources | 3 years |
{TAIL}"""

NOBODY = f"""# Access Policy

## Evidence

{LEAD}

| Evidence Type | System of Record | Retention Period |
|---|---|---|
| Access requests | Service desk | 3 years |
| Access reviews | GRC platform | 3 years |
{TAIL}"""

LISTED = f"""# Access Policy

## Evidence

{LEAD}

- Access requests, for 3 years.
- Access reviews, for 3 years.
{TAIL}"""


def test_cm04_is_silent_when_the_table_it_introduces_names_each_owner(make):
    assert run(CM04, make("access-policy.md", OWNED)) == []


def test_cm04_still_fires_over_a_table_with_no_owner_or_a_list(make):
    for text in (NOBODY, LISTED):
        found = run(CM04, make("access-policy.md", text))
        assert len(found) == 1 and found[0].evidence[0].text == LEAD, text
