"""'Average drift: not measured: none of the 141 claims ...' (a real food-safety set) stacked two colons in one
line; the reason reads as a reason."""
from __future__ import annotations

import dataclasses

from gapscan.model import ClaimCheck, ClaimStatus
from gapscan.report import render

from report_fixtures import PROC


def test_not_measured_gives_its_reason_in_one_sentence(report):
    unchecked = tuple(ClaimCheck(kind="frequency", text=f"weekly {i}", location=None,
                                 status=ClaimStatus.NOT_CHECKABLE) for i in range(3))
    docs = tuple(dataclasses.replace(d, claims=unchecked if d.document.path == PROC else (),
                                     scores=dataclasses.replace(d.scores, drift=None))
                 for d in report.documents)
    summary = dataclasses.replace(report.summary, average_drift=None)
    markdown = render(dataclasses.replace(report, documents=docs, summary=summary), "markdown")
    assert ("- Average drift: not measured, as none of the 3 claims the procedures make could be checked against a "
            "record") in markdown.splitlines()
    assert "not measured: " not in markdown
