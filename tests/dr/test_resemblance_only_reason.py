"""A claim whose only strong link is a resemblance (half the procedure's title in the record's name, shared
fields) was "not checkable" because "the linked records hold nothing this claim can be checked against". That
is untrue: the record was never looked at, since only a record the procedure names (code, title, file name,
config) can be the one a cadence is checked against. The reason now says so and names the record."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

PROCEDURE = """# Forklift checks

Operators check the forklift weekly before use.
"""


def _freq(result, path="procedures/forklift-checks.md"):
    return [c for c in result.claims[path] if c.kind == "frequency"]


def test_a_resemblance_is_said_to_be_one(scan):
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=7 * i) for i in range(10)]
    scan.write("procedures/forklift-checks.md", PROCEDURE)
    scan.csv("records/forklift-usage.csv", ["Date", "Operator", "Hours"], [[d, "Ann", 3] for d in days])
    _, result = scan.run()
    links = result.links["procedures/forklift-checks.md"]
    assert links and links[0].confidence >= 0.5 and "title words" in links[0].via, links
    (claim,) = _freq(result)
    assert claim.status is ClaimStatus.NOT_CHECKABLE
    assert "hold nothing" not in claim.detail, claim.detail
    assert "records/forklift-usage.csv" in claim.detail and "resembl" in claim.detail, claim.detail
