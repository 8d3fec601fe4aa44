"""A set of policies with no working record at all (an ISMS pack of 25 policies and blank forms): the drift part
of the summary said the same thing three times, once wrongly: "No claim ... could be checked", "826 claims ...
could not be checked: the record that would show them is not in the set, or is linked too weakly to be sure"
(nothing was linked: there was nothing to link), and "No working records were handed over ... not checked". One
line now says it, with the count, and what to hand over."""
from gapscan.model import ClaimCheck, ClaimStatus, DocumentResult, Kind, Verdict
from gapscan.rules.base import Context
from gapscan.summary import build
from recbuild import text_doc


def _drift_lines(extra=()):
    proc = text_doc("policies/access.md", ["The IT lead reviews user access every quarter."])
    claims = tuple(ClaimCheck(kind=k, text=f"a {k} claim", location=None, status=ClaimStatus.NOT_CHECKABLE)
                   for k in ("frequency", "frequency", "form"))
    results = [DocumentResult(document=proc, verdict=Verdict.OPERATIONAL, claims=claims)]
    results += [DocumentResult(document=d) for d in extra]
    s = build(results, [], Context(documents=tuple(r.document for r in results)))
    return next(sec for sec in s.sections if sec.title == "Does the work follow the procedures?").lines


def test_no_records_at_all_is_one_line_with_the_claims_it_leaves_unchecked():
    lines = _drift_lines((text_doc("forms/access-request.md", ["Name:", "Date:"], kind=Kind.FORM),))
    assert len(lines) == 1, lines
    line = lines[0]
    # the blank form is named (test_blank_forms_beside_no_records), the rest of the line is as before
    assert line.startswith("No working records were handed over, only the templates of 1 form "
                           "(e.g. forms/access-request.md), so none of the 3 claims the procedures make "
                           "could be checked"), line
    assert "linked too weakly" not in line, line
    assert "DR01-DR06" in line and "PS01-PS03" in line and "not a clean result" in line, line


def test_with_a_record_in_the_set_the_weak_link_reason_stays():
    lines = _drift_lines((text_doc("records/access-review.csv", ["2026-01-02 reviewed"], kind=Kind.RECORD),))
    assert any("linked too weakly" in x for x in lines), lines
