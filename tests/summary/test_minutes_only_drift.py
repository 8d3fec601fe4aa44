"""A set with procedures and minutes but no working records: DR02 checks meeting frequencies against the minutes,
so the summary said both "Average drift 0/100 over 2 claims checked against the records" and "No working records
were handed over: practice drift (DR01-DR06) ... were not checked" (an open-source council's minutes). The
not-checked line now names only the rules that did not look."""
from __future__ import annotations

from types import SimpleNamespace

from gapscan import summary
from gapscan.model import ClaimCheck, ClaimStatus, Document, DocumentResult, Kind, Location, Scores, Verdict


def _doc(path, kind):
    return Document(path=path, source=f"/tmp/set/{path}", format="md", kind=kind, kind_reason="test")


def _results(status):
    claims = (ClaimCheck(kind="frequency", text="the council meets every week", location=Location(line=3),
                         status=status, detail="0 of 20 weeks without minutes (0%)", record="minutes/sync"),
              ClaimCheck(kind="deadline", text="decisions are published within 5 days", location=Location(line=5),
                         status=ClaimStatus.NOT_CHECKABLE, detail="no linked record is about this"))
    proc = DocumentResult(document=_doc("procedures/council.md", Kind.PROCEDURE), verdict=Verdict.OPERATIONAL,
                          scores=Scores(mirroring=0.0, specificity=60.0,
                                        drift=None if status is ClaimStatus.NOT_CHECKABLE else 0.0),
                          claims=claims)
    review = DocumentResult(document=_doc("minutes/2024-01-05.md", Kind.REVIEW))
    return [proc, review]


def _lines(results):
    built = summary.build(results, [], SimpleNamespace(records={}))
    return [line for s in built.sections for line in s.lines]


def test_frequencies_checked_against_minutes_are_not_said_unchecked():
    results = _results(ClaimStatus.HOLDS)
    lines = _lines(results)
    # before: "No working records were handed over: practice drift (DR01-DR06) and parallel-system (PS01-PS03)
    # rules were not checked."
    assert not any("DR01-DR06" in line for line in lines)
    said = next(line for line in lines if line.startswith("No working records were handed over, only 1 file of minutes:"))
    assert "DR01, DR03, DR04, DR05, DR06" in said and "stated frequencies (DR02, 1 claim)" in said
    assert "DR02" not in summary.not_checked(results)


def test_nothing_checked_still_says_all_of_drift():
    lines = _lines(_results(ClaimStatus.NOT_CHECKABLE))
    # one line (test_no_records_told_once): the minutes named, the claims left unchecked, every rule not run
    [line] = [x for x in lines if x.startswith("No working records were handed over")]
    assert line.startswith("No working records were handed over, only 1 file of minutes, so "), line
    assert ("practice drift (DR01-DR06) and parallel-system (PS01-PS03) rules were not checked. That is not a "
            "clean result") in line, line


def test_a_set_of_minutes_is_named_beside_no_records():
    """drhold20's arts-space wiki: 48 files of minutes, and the summary said "No working records were handed
    over", which a client who handed over the minutes reads as false. The minutes are named; a set with none
    keeps the plain words."""
    proc, review = _results(ClaimStatus.NOT_CHECKABLE)
    more = [DocumentResult(document=_doc(f"minutes/2024-0{m}-05.md", Kind.REVIEW)) for m in range(2, 6)]
    assert any(line.startswith("No working records were handed over, only 5 files of minutes, so ")
               for line in _lines([proc, review, *more]))
    assert set(summary.not_checked([proc, review, *more]).values()) == {
        "no working records were handed over, only 5 files of minutes"}
    alone = _lines([proc])
    assert any(line.startswith("No working records were handed over, so ") for line in alone)
