"""Counts of a thousand and more are written with separators, as a client reads them: a real PCI set's summary
said "3936 more could not be checked" and "stated frequencies (DR02, 2230 claims)"."""
from __future__ import annotations

from gapscan.model import ClaimCheck, ClaimStatus, DocumentResult, Kind, Scores, Verdict
from gapscan.rules.base import Context
from gapscan.summary import build, drift_fact
from recbuild import text_doc


def test_thousands_of_unchecked_claims_are_written_with_a_separator():
    proc = text_doc("procs/access.md", ["The IT Manager reviews access weekly."])
    claims = ((ClaimCheck(kind="form", text="uses the access log", location=None, status=ClaimStatus.HOLDS,
                          record="records/access.csv"),)
              + tuple(ClaimCheck(kind="frequency", text=f"review {i}: weekly", location=None,
                                 status=ClaimStatus.NOT_CHECKABLE) for i in range(2230)))
    results = [DocumentResult(document=proc, verdict=Verdict.OPERATIONAL, scores=Scores(drift=0.0), claims=claims)]
    for path in ("records/access.csv", "records/visits.csv"):
        results.append(DocumentResult(document=text_doc(path, ["2026-01-02 reviewed"], kind=Kind.RECORD)))
    summary = build(results, [], Context(documents=tuple(r.document for r in results)))
    assert drift_fact(summary, results) == "0/100 over 1 claim checked against the records; 2,230 more could " \
                                           "not be checked"
    [drift] = [s for s in summary.sections if s.title == "Does the work follow the procedures?"]
    assert any(line.startswith("2,230 claims the procedures make could not be checked") for line in drift.lines)
    assert any("stated frequencies (DR02, 2,230 claims)" in line for line in drift.lines), drift.lines
