"""CM01: headings matched by title alone to a standard the run's files do not name (they name others) are no clause.

Seen on a public set nobody here wrote (cmhold5, held out): an ISO/IEC 27001 pack's disaster-recovery procedure,
which names no standard, had "5. DR Infrastructure", "8.1 Internal Communications" and "8.2 External
Communications" reported as ISO 22000:2018 clauses 7.1.3, 7.4.3 and 7.4.2 (fuzzy title matches, 90-98). The
headings fitted the food-safety catalogue best, so the document was read against it; no file of the set says
ISO 22000; the others name ISO/IEC 27001. The same on cmhold4's orga set: an emergency plan naming no standard, in
a run naming ISO 9001 and ISO/IEC 27001, had "2. Communication", "Internal Communication" and "Resource
Management" reported as ISO 13485 clauses by their exact titles (judged wrong there). The titles are what chose the
standard, so they cannot also show the document mirrors it; when the run's files name standards and not this one,
their own words say the document is about another. The same headings still count in a run that names the standard,
and when it is chosen with --standard; a clause number that agrees with its title still counts. In a run that names
no standard at all they count only as a real share of the outline, unless the document names the standard's
management system (cmhold6, test_cm01_nothing_named.py).
"""
from __future__ import annotations

from gapscan.rules.cm import CM01

from cm_helpers import procedure, run

FAILOVER = """
# Site Failover Procedure

## 1. Purpose

How the on-call engineer moves the billing service to the standby region when the main region fails.

## 2. Scope

The billing API, its Postgres cluster and the nightly export job.

## 3. DR Infrastructure

### 3.1 Standby Region

A warm standby in eu-west-2 with a replica lagging under 30 seconds.

## 4. Steps

### Step 1: Declare the outage

The on-call engineer opens a P1 ticket in Jira within 10 minutes.

### Step 2: Promote the replica

Run the promote script; confirm writes succeed.

## 5. Communication Plan

### 5.1 Internal Communications

Post in the #incident channel every 30 minutes.

### 5.2 External Communications

The support lead updates the status page within 20 minutes.

## 6. Testing

A failover drill every quarter.
"""


def _sibling(standard: str) -> str:
    return f"""
# Access Review Procedure

This procedure supports our management system certified to {standard}.

## Steps

The IT manager exports the Okta user list on the first Monday of each quarter.
"""


def test_fuzzy_titles_of_a_standard_nobody_names_are_no_clause(tmp_path):
    docs = (procedure(tmp_path, "failover.md", FAILOVER),
            procedure(tmp_path, "access-review.md", _sibling("ISO/IEC 27001:2022")))
    found = run(CM01, *docs)
    assert found == [], [f.message for f in found]


def test_the_same_headings_count_where_the_run_names_the_standard(tmp_path):
    docs = (procedure(tmp_path, "failover.md", FAILOVER),
            procedure(tmp_path, "access-review.md", _sibling("ISO 22000:2018")))
    found = run(CM01, *docs)
    assert len(found) == 3, [f.message for f in found]
    assert all("ISO 22000" in f.message for f in found)


def test_the_same_headings_count_when_the_standard_is_chosen(tmp_path):
    docs = (procedure(tmp_path, "failover.md", FAILOVER),)
    found = run(CM01, *docs, standard="iso22000")
    assert len(found) == 3, [f.message for f in found]


def test_exact_titles_of_a_standard_the_run_contradicts_are_no_clause(tmp_path):
    exact = (FAILOVER.replace("3. DR Infrastructure", "3. Infrastructure")
             .replace("Internal Communications", "Internal communication")
             .replace("External Communications", "External communication"))
    docs = (procedure(tmp_path, "failover.md", exact),
            procedure(tmp_path, "access-review.md", _sibling("ISO/IEC 27001:2022")))
    found = run(CM01, *docs)
    assert found == [], [f.message for f in found]


MANUAL = """
# Food Safety Manual

## 7.1.3 Infrastructure

The bakery's ovens, chillers and the packing line.

## 7.4.2 External communication

The quality lead answers customer complaints within two days.

## 7.4.3 Internal communication

A weekly stand-up on Monday at 08:00.
"""


def test_agreeing_clause_numbers_count_even_when_the_run_names_another_standard(tmp_path):
    docs = (procedure(tmp_path, "manual.md", MANUAL),
            procedure(tmp_path, "access-review.md", _sibling("ISO 9001:2015")))
    found = run(CM01, *docs)
    assert len(found) == 3, [f.message for f in found]


def test_the_same_headings_are_no_outline_where_the_run_names_no_standard(tmp_path):
    # nothing contradicts the reading, but nothing supports it either: the three titles chose the catalogue, the
    # procedure names no food safety management system, and they are a quarter of its own outline (cmhold6;
    # test_cm01_nothing_named.py). Where titles are the outline, or the system is named, they still count there.
    docs = (procedure(tmp_path, "failover.md", FAILOVER),)
    found = run(CM01, *docs)
    assert found == [], [f.message for f in found]
