""""N claims could not be checked" and the "Not checked, because ..." lines under it tell the same claims.

Seen on a real farm set: "101 claims the procedures make could not be checked", then reasons listing 67 (the
forms a record had partly confirmed were left out); and on a PCI set "stated frequencies (DR02, 2230 claims, 4
tied to such a record)" under "the record they are tied to holds too few dated entries": a reason true of 4 claims
told of 2230.
"""
import re

from gapscan.model import ClaimCheck, ClaimStatus, DocumentResult, Kind, Scores, Verdict
from gapscan.rules.base import Context
from gapscan.summary import build
from recbuild import text_doc


def _claim(kind, status=ClaimStatus.NOT_CHECKABLE, detail="", record=None):
    return ClaimCheck(kind=kind, text=f"a {kind} claim", location=None, status=status, detail=detail, record=record)


def _drift_lines():
    proc = text_doc("procs/receiving.md", ["The stores clerk logs each delivery in the goods-in register."])
    claims = ((_claim("form", ClaimStatus.HOLDS, record="records/goods-in.csv"),)
              + tuple(_claim("form") for _ in range(2))  # some forms checked, these two not: still unchecked
              + (_claim("frequency", detail="only weak links (records/visits.csv); not proof either way"),)
              + tuple(_claim("frequency") for _ in range(3))
              + tuple(_claim("deadline", record="records/goods-in.csv",
                             detail="2 dated entries in records/goods-in.csv: too few to measure a time limit")
                      for _ in range(2)))
    results = [DocumentResult(document=proc, verdict=Verdict.OPERATIONAL, scores=Scores(drift=0.0), claims=claims)]
    for path in ("records/goods-in.csv", "records/visits.csv"):
        results.append(DocumentResult(document=text_doc(path, ["2026-01-02 pallet in"], kind=Kind.RECORD)))
    summary = build(results, [], Context(documents=tuple(r.document for r in results)))
    [drift] = [s for s in summary.sections if s.title == "Does the work follow the procedures?"]
    return drift.lines


def test_the_reasons_count_every_claim_the_total_counts():
    lines = _drift_lines()
    [total] = [line for line in lines if "could not be checked" in line]
    assert total.startswith("8 claims the procedures make could not be checked"), total
    reasons = [line for line in lines if line.startswith("Not checked, because")]
    told = sum(int(n) for line in reasons for n in re.findall(r"\(DR0\d, (\d+) claims?\)", line))
    assert told == 8, reasons


def test_each_reason_counts_only_the_claims_it_is_true_of():
    lines = _drift_lines()
    absent = next(line for line in lines if line.startswith("Not checked, because no record in the set"))
    loose = next(line for line in lines if line.startswith("Not checked, because gapscan could not tie"))
    short = next(line for line in lines if line.startswith("Not checked, because the record they are tied to"))
    assert "required forms (DR01, 2 claims)" in absent and "stated frequencies (DR02, 3 claims)" in absent, absent
    assert loose.endswith(": stated frequencies (DR02, 1 claim)."), loose
    assert "(e.g. records/visits.csv;" in loose, loose
    assert short.endswith(": time limits (DR03, 2 claims)."), short
