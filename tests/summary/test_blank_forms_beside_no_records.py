"""drhold24's dropshipping sole trader: the procedures name an incident register, a complaints register and an
order log, and the set holds all three, each only a header row and placeholder rows. gapscan read them as forms
(templates) and said "no working records were handed over", which a client who handed over files called
"Incident Register" and "Order Log" reads as gapscan having missed them. The reason now names the templates, so
the client sees they were read and hold no entries yet; a set without forms keeps the plain words."""
from __future__ import annotations

from gapscan import summary
from gapscan.model import ClaimCheck, ClaimStatus, Document, DocumentResult, Kind, Location, Scores, Verdict


def _doc(path, kind):
    return Document(path=path, source=f"/tmp/set/{path}", format="md", kind=kind, kind_reason="test")


def _procedure():
    claim = ClaimCheck(kind="form", text="every incident is recorded in the incident register",
                       location=Location(line=4), status=ClaimStatus.NOT_CHECKABLE,
                       detail="no working records in the scan")
    return DocumentResult(document=_doc("docs/incident-procedure.md", Kind.PROCEDURE), verdict=Verdict.OPERATIONAL,
                          scores=Scores(mirroring=0.0, specificity=60.0, drift=None), claims=(claim,))


def _form(path):
    return DocumentResult(document=_doc(path, Kind.FORM))


def test_templates_are_named_beside_no_records():
    results = [_procedure(), _form("docs/incident-register.md"), _form("docs/order-log.md")]
    whys = set(summary.not_checked(results).values())
    assert whys == {"no working records were handed over, only the templates of 2 forms "
                    "(e.g. docs/incident-register.md)"}, whys


def test_minutes_and_templates_are_both_named():
    results = [_procedure(), _form("docs/incident-register.md"),
               DocumentResult(document=_doc("minutes/2024-01-05.md", Kind.REVIEW))]
    whys = set(summary.not_checked(results).values())
    assert whys == {"no working records were handed over, only 1 file of minutes and the templates of 1 form "
                    "(e.g. docs/incident-register.md)"}, whys


def test_no_forms_keeps_the_plain_words():
    assert set(summary.not_checked([_procedure()]).values()) == {"no working records were handed over"}
