"""drift.analyze in two halves: prepare (the record index, forms, profiles: no claim read) and finish (each
procedure's claims and checks). The engine builds the first half beside the nlp workers, so the halves must give
exactly what analyze gives, whichever claims finish is handed."""
from __future__ import annotations

import datetime as dt

from gapscan import drift
from gapscan.engine import profile_records
from gapscan.model import Kind

from .conftest import days

D = dt.date


def _set(scan):
    scan.write("procedures/QP-02 Pest control.md",
               "# QP-02 Pest control\n\nThe bait stations are inspected every week and each visit is entered on "
               "the pest control log (QF-12). Sightings are reported to the Site Manager.\n")
    scan.write("procedures/QP-05 Calibration.md",
               "# QP-05 Calibration\n\nEach scale is calibrated every month and the result is kept on the "
               "calibration record (QF-30).\n")
    scan.xlsx("records/QF-12 Pest control log.xlsx", ["Date", "Station", "Checked by"],
              [[d, f"S{i % 4}", "RM"] for i, d in enumerate(days(D(2025, 1, 6), [7] * 10 + [35] + [7] * 5))])
    scan.xlsx("records/QF-30 Calibration record.xlsx", ["Date", "Scale", "Result"],
              [[d, "SC-1", "pass"] for d in days(D(2025, 1, 10), [30] * 8)])
    docs = scan.documents()
    return docs, profile_records([d for d in docs if d.kind is Kind.RECORD], None, 1)


def test_the_two_halves_give_what_analyze_gives(scan):
    docs, profiles = _set(scan)
    whole = drift.analyze(docs, profiles)
    halves = drift.finish(drift.prepare(docs, profiles))
    assert whole.checks, "the set gives no drift check: the comparison would prove nothing"
    assert halves == whole


def test_the_first_half_serves_any_claims_handed_to_the_second(scan):
    docs, profiles = _set(scan)
    read = drift.analyze(docs, profiles).extracted  # each procedure's claims, as the nlp stage hands them over
    one = next(iter(read))
    fewer = {**read, one: ()}  # one procedure says nothing checkable
    prepared = drift.prepare(docs, profiles)
    assert drift.finish(prepared, read) == drift.analyze(docs, profiles, claims=read)
    assert drift.finish(prepared, fewer) == drift.analyze(docs, profiles, claims=fewer)
    assert drift.finish(prepared, fewer).claims[one] == ()
    assert drift.finish(prepared, read).claims[one] != ()
