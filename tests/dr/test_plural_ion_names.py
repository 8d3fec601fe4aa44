"""A form named in the singular ('the exception log') is kept in a record named in the plural ('Compliance
Exceptions'): the light stem gave 'exception' -> 'except' but 'exceptions' -> 'exception', so the two never met
and every '-ion' noun ('inspection', 'deviation' aside, which '-ations' covers) missed its plural. Held out
(drhold26, NERC CIP): the internal controls programme's exception log was 'required but has no filled instance'
(DR01) beside conmon-self-log-register.xlsx, titled 'ConMon Self-Logged Compliance Exceptions'."""
from __future__ import annotations

import datetime as dt

import pytest

from gapscan.linking import stem
from gapscan.model import ClaimStatus

from .conftest import days


@pytest.mark.parametrize("one,many", [("exception", "exceptions"), ("inspection", "inspections"),
                                      ("revision", "revisions"), ("question", "questions"), ("action", "actions"),
                                      ("calibration", "calibrations"), ("station", "stations")])
def test_an_ion_noun_and_its_plural_share_a_stem(one, many):
    assert stem(one) == stem(many)


def test_the_exception_log_is_kept_in_a_register_of_exceptions(scan):
    scan.write("procedures/internal-controls.md",
               "# Internal controls programme\n\nThe compliance manager owns the control testing plan and the "
               "exception log, and reports to the senior manager every quarter.\n")
    scan.write("forms/exception-log-template.md",
               "# Compliance Exception Log (Template)\n\n| Field | Entry |\n|---|---|\n| ID | |\n| Standard | |\n"
               "| Description | |\n| Identified | |\n| Status | |\n")
    dates = days(dt.date(2026, 1, 12), [30, 41, 25, 38])
    scan.xlsx("records/conmon-register.xlsx", ["ID", "Standard", "Description", "Identified", "Disposition", "Status"],
              [[f"SL-{i + 1:02d}", "CIP-007 R2", f"patch {i} evaluated late", d, "Compliance Exception", "Remediated"]
               for i, d in enumerate(dates)], title="ConMon Compliance Exceptions")
    _, result = scan.run()
    forms = [c for c in result.claims["procedures/internal-controls.md"] if c.kind == "form"]
    exception = [c for c in forms if "exception log" in c.text]
    assert exception and exception[0].status is not ClaimStatus.DRIFTED, [(c.text, c.detail) for c in forms]
