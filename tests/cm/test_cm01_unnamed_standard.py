"""CM01: headings only alike in letters to the clause titles of a standard the run's files do not name are no clause.

Seen on a public set nobody here wrote (cmhold5, held out): an ISO/IEC 27001 pack's disaster-recovery procedure,
which names no standard, had "5. DR Infrastructure", "8.1 Internal Communications" and "8.2 External
Communications" reported as ISO 22000:2018 clauses 7.1.3, 7.4.3 and 7.4.2 (fuzzy title matches, 90-98). The
headings fitted the food-safety catalogue best, so the document was read against it; no file of the set says
ISO 22000; the others name ISO/IEC 27001. A fuzzy match is a guess that the headings were written from that
standard's clause list; when the run's files name standards and not this one, their own words contradict the guess.
The same fuzzy headings still count in a run that names the standard, when it is chosen with --standard, and in a
run that names no standard at all (nothing contradicts the reading). Exact clause titles are not touched here.
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


def test_the_same_headings_count_where_the_run_names_no_standard(tmp_path):
    # nothing contradicts the reading: the headings' fit is all there is to go by
    docs = (procedure(tmp_path, "failover.md", FAILOVER),)
    found = run(CM01, *docs)
    assert len(found) == 3, [f.message for f in found]
