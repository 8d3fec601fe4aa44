"""The summary's "Not checked, because gapscan could not tie them firmly to one record" names the records whole.

Read as a client would (hacdc, ux24): drift.py says a meeting's cadence is "ambiguous: minutes of the Annual
Meeting (14 files) and minutes of the Special Member Meeting (1 file) could both be this meeting's"; the summary
cut the name at the first ')' and printed "(e.g. minutes of the Annual Meeting (14 files; not a clean result)", a
bracket never closed. A weakly linked record whose own name holds brackets was cut the same way.
"""
from gapscan.model import ClaimCheck, ClaimStatus, DocumentResult, Kind, Location
from gapscan.rules.base import Context
from gapscan.summary import build, not_checked
from recbuild import text_doc

AMBIGUOUS = ("ambiguous: minutes of the Annual Meeting (14 files) and minutes of the Special Member Meeting "
             "(1 file) could both be this meeting's")


def _drift_lines(claims):
    proc = text_doc("Bylaws.md", ["The members meet every month."])
    rec = text_doc("Regular Member Meeting.md", ["2025-01-15 meeting"], kind=Kind.RECORD)
    results = [DocumentResult(document=proc, claims=tuple(claims)), DocumentResult(document=rec),
               DocumentResult(document=text_doc("b.md", ["x"], kind=Kind.RECORD))]
    summary = build(results, [], Context(documents=(proc, rec)))
    [drift] = [s for s in summary.sections if s.title == "Does the work follow the procedures?"]
    return drift.lines, not_checked(results)


def _claim(detail, line=3):
    return ClaimCheck(kind="frequency", text="members meet: monthly", location=Location(line=line),
                      status=ClaimStatus.NOT_CHECKABLE, detail=detail)


def test_an_ambiguous_meeting_is_named_with_its_brackets_closed():
    lines, out = _drift_lines([_claim(AMBIGUOUS)])
    [line] = [x for x in lines if "could not tie them firmly" in x]
    assert ("(e.g. minutes of the Annual Meeting (14 files) and minutes of the Special Member Meeting (1 file); "
            "not a clean result): stated frequencies (DR02, 1 claim).") in line
    assert line.count("(") == line.count(")")
    assert out["DR02"].endswith("only loosely linked (e.g. to minutes of the Annual Meeting (14 files) and minutes "
                                "of the Special Member Meeting (1 file))")


def test_a_weak_link_whose_name_has_brackets_is_named_whole():
    lines, _ = _drift_lines([_claim("only weak links (records/Cell B tracker (do not delete).xlsx, log.csv); "
                                    "not proof either way")])
    [line] = [x for x in lines if "could not tie them firmly" in x]
    assert "(e.g. records/Cell B tracker (do not delete).xlsx; not a clean result)" in line
