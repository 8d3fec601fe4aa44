"""A hackerspace's summary head read "Average drift: 100/100 over 1 claim checked against the records" beside "10
procedures: 10 operational" and a documents table whose procedures all show drift "-": the one claim was a board
page's "once per month" (a page, not a procedure). The head says whose claim the number rests on when it is no
procedure's, as the section under it does ("over 1 page outside the procedures")."""
from gapscan.model import ClaimCheck, ClaimStatus, DocumentResult, ExecutiveSummary, Kind, Scores, Verdict
from gapscan.summary import drift_fact
from recbuild import text_doc


def _results(page_only):
    page = text_doc("board/members.md", ["The board meets once per month."], kind=Kind.OTHER)
    held = ClaimCheck(kind="frequency", text="once per month", location=None, status=ClaimStatus.DRIFTED)
    open_ = ClaimCheck(kind="form", text="a form", location=None, status=ClaimStatus.NOT_CHECKABLE)
    proc = text_doc("rules/storage.md", ["Members label their boxes."])
    out = [DocumentResult(document=page, scores=Scores(drift=100.0), claims=(held,)),
           DocumentResult(document=proc, verdict=Verdict.OPERATIONAL, scores=Scores(drift=None if page_only else 0.0),
                          claims=(open_,) if page_only else (open_, held.__class__(**{**held.__dict__,
                                                                                      "status": ClaimStatus.HOLDS})))]
    return out


def test_a_drift_resting_on_pages_alone_says_so_in_the_head():
    summary = ExecutiveSummary(headline="h", verdict_counts={}, average_drift=100.0, sections=(), top_findings=())
    fact = drift_fact(summary, _results(page_only=True))
    assert fact == ("100/100 over 1 claim checked against the records, of 1 page outside the procedures; 1 more "
                    "could not be checked"), fact
    mixed = drift_fact(summary, _results(page_only=False))
    assert "outside the procedures" not in mixed, mixed
