"""The numbers under a finding read in a client's words, in every report a client is handed.

A rule names its numbers for code: CM03 kept "of_sentences" (the document's sentences) beside "sentences" (the
ones restating the standard), and the reports printed "of sentences: 6; sentences: 4", which nobody outside
gapscan can read; the link's confidence (a model score) was printed as if it were a finding's number.
"""
from __future__ import annotations

import io

import pytest

from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.report import render
from gapscan.report.common import client_metrics, metric_label, metric_lines

PROCEDURE = """# Control of nonconforming outputs

## Purpose

The organization shall ensure that outputs which do not conform to their requirements are identified and \
controlled to prevent their unintended use or delivery.

The organization shall determine the internal and external issues that are relevant to its purpose and its \
strategic direction.

Top management shall ensure that the quality management system achieves its intended results.

The organization shall retain documented information as evidence of the results of monitoring and measurement.

## Steps

1. The Shift Lead tags a rejected part with a red label and moves it to the quarantine rack in Bay 3.
2. The Quality Engineer records it in QF-08 within 24 hours.
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("drafts")
    path = folder / "qp-05-control.md"
    path.write_text(PROCEDURE, encoding="utf-8")
    return run([path], Config(), RunOptions(command="check", timestamp=False, jobs=1, select=("CM03", "CM04")))


def _docx_text(data: bytes) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def _texts(report) -> dict[str, str]:
    return {"markdown": render(report, "markdown"), "html": render(report, "html"),
            "docx": _docx_text(render(report, "docx"))}


def test_restating_sentences_are_counted_against_the_document_in_words(checked):
    cm03 = [f for f in checked.findings if f.rule == "CM03"]
    assert len(cm03) >= 2, [f.message for f in checked.findings]
    m = cm03[0].metrics
    total, restating = m["of_sentences"], m["sentences"]
    for fmt, text in _texts(checked).items():
        assert f"sentences in the document: {total}" in text, fmt
        assert f"sentences restating the standard: {restating}" in text, fmt
        assert "of sentences: " not in text.replace("share of sentences: ", ""), fmt


def test_organization_as_actor_counts_say_what_they_count(checked):
    cm04 = [f for f in checked.findings if f.rule == "CM04"]
    assert len(cm04) >= 2
    m = cm04[0].metrics
    for fmt, text in _texts(checked).items():
        assert f"obligations in the document: {m['obligations']}" in text, fmt
        assert f"sentences where the organization acts: {m['sentences']}" in text, fmt


def test_a_key_means_what_its_rule_counts():
    # "sentences" is the whole review for SH03 and the restating ones for CM03
    assert metric_label("sentences", "SH03") == "sentences in the review"
    assert metric_label("sentences", "CM03") == "sentences restating the standard"
    assert metric_label("days_silent", "SH02") == "days without an entry"
    assert metric_label("some_new_count", "XX01") == "some new count"


def test_link_confidence_and_rule_windows_stay_out_of_a_clients_numbers():
    metrics = {"link_confidence": 0.89, "recent_days": 90, "rows": 18, "column": "Risk Owner"}
    lines = metric_lines(client_metrics(metrics), rule="DR05")
    assert lines == ["record rows: 18", "record column: Risk Owner"]  # the count before the context
    verbose = metric_lines(client_metrics(metrics, verbose=True), rule="DR05")
    assert "link confidence: 0.89" in verbose and "recent days: 90" in verbose



def test_a_findings_numbers_lead_with_what_decided_it():
    from gapscan.report.common import metric_lines

    # CM02: the share in clause order decided it; the clause range is context. Alphabetical put 'first clause' first
    cm02 = {"first_clause": "4", "headings": 37, "last_clause": "10.3", "matched_headings": 35, "run_length": 35,
            "share": 0.95, "standard": "iso9001"}
    assert metric_lines(cm02, rule="CM02")[:3] == ["share of headings in clause order: 95%",
                                                   "headings in clause order: 35", "headings: 37"]
    # DR04: how many rows are empty, out of how many, before which column and what the procedure says
    dr04 = {"claim": "record holds root cause", "column": "Root cause", "field": "root cause", "rows": 126,
            "share_empty": 0.7}
    assert metric_lines(dr04, rule="DR04")[:2] == ["share empty: 70%", "record rows: 126"]
    # SH03: the share on the business, then on paperwork, then the decisions
    sh03 = {"business_share": 0.0, "decisions": 0, "decisions_on_business": 0, "paperwork_share": 1.0,
            "sentences": 27, "topical_sentences": 21}
    assert [line.split(":")[0] for line in metric_lines(sh03, rule="SH03")][:4] == [
        "share on the business", "share on paperwork", "decisions about the business", "decisions"]
