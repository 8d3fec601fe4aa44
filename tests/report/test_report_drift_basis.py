"""The summary's average drift says how many claims it rests on: a 0 over a few claims beside hundreds that no
record could check read as 'no drift'. When no claim could be checked the summary says so instead of a number."""
from __future__ import annotations

import dataclasses
import io
import json

import docx

from gapscan.model import ClaimCheck, ClaimStatus, Location
from gapscan.report import render

from report_fixtures import PDF, PROC


def _unchecked(n: int) -> tuple[ClaimCheck, ...]:
    return tuple(ClaimCheck(kind="form", text=f"use form QF-{i}", location=Location(line=i),
                            status=ClaimStatus.NOT_CHECKABLE, detail="no record in the set") for i in range(n))


def _with(report, *, proc_claims=None, pdf_claims=(), drift=61.0, average=61.0):
    docs = []
    for d in report.documents:
        if d.document.path == PROC:
            d = dataclasses.replace(d, scores=dataclasses.replace(d.scores, drift=drift),
                                    claims=d.claims if proc_claims is None else proc_claims)
        elif d.document.path == PDF:
            d = dataclasses.replace(d, claims=pdf_claims)
        docs.append(d)
    return dataclasses.replace(report, documents=tuple(docs),
                               summary=dataclasses.replace(report.summary, average_drift=average))


def _docx_text(report) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs]


def test_the_average_drift_names_the_claims_it_rests_on_and_those_not_checked(report):
    report = _with(report, pdf_claims=_unchecked(5))  # purchasing: 1 claim holds, 1 drifted; calibration: 5 unchecked
    said = "61/100 over 2 claims checked against the records; 5 more could not be checked"
    assert f"- Average drift: {said}" in render(report, "markdown").splitlines()
    assert f"Average drift: {said}" in _docx_text(report)
    assert f"average drift {said}" in " ".join(render(report, "terminal").split())
    html = render(report, "html")
    assert ('<span class="n">61</span><span>average drift /100</span><span class="basis">over 2 claims checked '
            'against the records; 5 more could not be checked</span>') in html
    executive = json.loads(render(report, "json"))["summary"]["executive"]
    assert executive["average_drift"] == 61 and executive["average_drift_claims"] == 2


def test_when_no_claim_could_be_checked_the_summary_says_so_instead_of_a_number(report):
    report = _with(report, proc_claims=_unchecked(3), pdf_claims=_unchecked(1), drift=None, average=None)
    said = "not measured, as none of the 4 claims the procedures make could be checked against a record"
    markdown = render(report, "markdown")
    assert f"- Average drift: {said}" in markdown.splitlines() and "Average drift: 0" not in markdown
    assert f"Average drift: {said}" in _docx_text(report)
    assert f"average drift {said}" in " ".join(render(report, "terminal").split())
    html = render(report, "html")
    assert ('<span class="n">0 of 4</span><span>claims checked against a record</span>'
            '<span class="basis">drift not measured</span>') in html
    assert json.loads(render(report, "json"))["summary"]["executive"]["average_drift_claims"] == 0


def test_one_unchecked_claim_reads_as_one(report):
    report = _with(report, proc_claims=_unchecked(1), drift=None, average=None)
    assert ("- Average drift: not measured, as the one claim the procedures make could not be checked against a "
            "record") in render(report, "markdown").splitlines()


def test_the_word_report_says_what_a_procedures_drift_score_rests_on(report):
    """Word gave 'drift 0' beside a procedure with no word of the claims behind it (markdown and HTML list them):
    now the claims line follows the scores, as in the markdown report."""
    from report_fixtures import PROC

    paragraphs = _docx_text(report)
    head = next(i for i, p in enumerate(paragraphs) if p.startswith("procedure · mirrored"))
    assert paragraphs[head + 1] == (
        "Claims against the records: 1 holds, 1 drifted (evaluate suppliers every 12 months, line 20: "
        "median interval 410 days vs 365 expected), 1 no evidence (close complaints within 30 days: no dates for "
        "open | closed)"), paragraphs[head:head + 2]
    assert paragraphs[head - 1] == PROC


def test_the_terminal_gives_the_average_drift_a_line_of_its_own(report):
    """Beside the verdict counts, 'average drift' ended one line and its number began the next."""
    lines = render(_with(report, pdf_claims=_unchecked(5)), "terminal", width=80).splitlines()
    drift = next(i for i, line in enumerate(lines) if "average drift" in line)
    assert lines[drift].startswith("average drift 61/100 over 2 claims"), lines[drift - 1:drift + 2]

