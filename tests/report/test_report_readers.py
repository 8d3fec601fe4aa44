"""The reports as their readers meet them: grouped per-sentence findings, contents, one mention of a
file that could not be read, and a next step for each checked draft."""
from __future__ import annotations

import dataclasses
import re

from gapscan.model import (Block, BlockType, Document, DocumentResult, Evidence, Kind, Location, Report,
                           Scores, Status, Verdict)
from gapscan.report import render
from gapscan.rules.registry import BY_CODE
from gapscan.summary import build

from report_fixtures import build_check_report

MANUAL = "procedures/QM-01 manual.docx"
BAD = "records/locked.xlsx"
SENTENCES = ["The organization shall determine the issues.", "Top management shall ensure the policy.",
             "The organization shall retain documented information.", "Interested parties shall be identified."]


def _doc(path, kind=Kind.PROCEDURE, **kw):
    return Document(path=path, source="/x/" + path, format=path.rsplit(".", 1)[-1], kind=kind, **kw)


def _standard_speak(i, text):
    return BY_CODE["CM03"].finding(
        path=MANUAL, message=f"standard-speak ({0.9 + i / 100:.2f}): 'shall'", location=Location(line=10 + 4 * i),
        evidence=(Evidence(path=MANUAL, text=text, location=Location(line=10 + 4 * i)),),
        metrics={"score": 0.9 + i / 100, "sentences": 4, "of_sentences": 5, "share": 0.8},
        fix="Say who does what.")


def _manual_report(with_bad=True):
    findings = tuple(_standard_speak(i, t) for i, t in enumerate(SENTENCES))
    findings += (BY_CODE["CM05"].finding(path=MANUAL, message="2 anchors per 1000 words",
                                         location=Location(line=1), metrics={"anchors_per_1000_words": 2.0}),)
    blocks = tuple(Block(type=BlockType.PARAGRAPH, text=t, location=Location(line=10 + 4 * i))
                   for i, t in enumerate(SENTENCES))  # the text the quotes are checked against
    results = [DocumentResult(document=_doc(MANUAL, blocks=blocks), scores=Scores(mirroring=90.0, specificity=10.0),
                              verdict=Verdict.MIRRORED)]
    if with_bad:
        results.append(DocumentResult(document=_doc(BAD, Kind.OTHER, status=Status.ERROR,
                                                    error="workbook is password-protected")))

    class Ctx:
        documents = tuple(r.document for r in results)
        records: dict = {}
        audit_dates = ()

    return Report(root="set", tool_version="0", command="audit", documents=tuple(results), findings=findings,
                  summary=build(results, findings, Ctx()))


def _cells(row: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def test_per_sentence_findings_become_one_row_with_every_place():
    text = render(_manual_report(), "markdown")
    rows = [line for line in text.splitlines() if line.startswith("| **CM03** standard-speak")]
    assert len(rows) == 1
    rule, where, what, more = _cells(rows[0])
    assert rule.endswith("warning ×4") and where == "paragraphs 10, 14, 18, 22"
    assert "paragraph 10: standard-speak (0.90)" in what and "paragraph 14: standard-speak (0.91)" in what
    assert "paragraph 18:" not in what  # two examples in full, the rest by place
    assert "share of sentences: 80%" in what and "score" not in what  # the shared numbers once; model scores only verbose
    assert f"“{SENTENCES[0]}” (paragraph 10)" in more and more.count("Say who does what.") == 1
    assert "score: 0.9" in render(_manual_report(), "markdown", verbose=True)


def test_every_sentence_is_reachable_in_html():
    html = render(_manual_report(), "html")
    group = html[html.index('data-rule="CM03"'):]
    group = group[:group.index('<div class="group', 1) if '<div class="group' in group[1:] else len(group)]
    assert "All 4 places" in group
    for i, sentence in enumerate(SENTENCES):
        assert f"<td>paragraph {10 + 4 * i}</td>" in group and sentence in group


def test_a_rule_that_fires_twice_is_one_entry_naming_both_places():
    report = _manual_report()
    two = dataclasses.replace(report, findings=report.findings[:2])
    text = render(two, "markdown")
    rows = [line for line in text.splitlines() if line.startswith("| **CM03**")]
    assert len(rows) == 1 and _cells(rows[0])[1] == "paragraphs 10, 14" and "×2" in _cells(rows[0])[0]


def test_contents_and_documents_table_link_to_every_part():
    text = render(_manual_report(), "markdown")
    targets = re.findall(r"\]\(#([a-z0-9-]+)\)", text)
    assert targets
    for target in set(targets):
        assert f'<a id="{target}"></a>' in text, target
    row = next(line for line in text.splitlines() if line.startswith(f"| [{MANUAL}]"))
    assert "(#doc-procedures-qm-01-manual-docx)" in row and _cells(row)[-2] == "5"


def test_an_unreadable_file_is_named_once_in_each_format():
    report = _manual_report()
    for fmt in ("terminal", "markdown"):
        text = render(report, fmt)
        assert text.count("workbook is password-protected") == 1, fmt
    lines = render(report, "terminal", width=80).splitlines()
    assert any(BAD in line and "error" in line for line in lines)  # still marked in the documents table
    assert "1 file could not be read and was left out" in "\n".join(lines)


def test_without_a_summary_the_unreadable_list_is_kept():
    report = dataclasses.replace(_manual_report(), summary=None)
    for fmt in ("terminal", "markdown"):
        assert render(report, fmt).count("workbook is password-protected") == 1, fmt


def test_one_procedure_run_has_no_empty_chart_or_zero_counts():
    report = _manual_report(with_bad=False)
    text = render(report, "terminal", width=80)
    assert "procedures by how they are written" not in text
    assert "0 mixed" not in text and "0 are" not in text
    assert "1 of 1 procedure reads like" in text  # no clause heading in it: not "follows the layout"


def test_a_run_that_read_nothing_does_not_claim_no_gaps():
    results = [DocumentResult(document=_doc(BAD, Kind.OTHER, status=Status.ERROR, error="damaged zip"))]

    class Ctx:
        documents = tuple(r.document for r in results)
        records: dict = {}

    summary = build(results, [], Ctx())
    assert "No gaps" not in summary.headline and "could not read" in summary.headline
    report = Report(root=BAD, tool_version="0", command="audit", documents=tuple(results), findings=(),
                    summary=summary)
    text = render(report, "terminal", width=80)
    assert "procedures:" not in text and text.count("damaged zip") == 1


def test_top_findings_say_how_many_more_of_the_same_kind():
    report = _manual_report()
    text = render(report, "terminal", width=200)
    top = text[text.index("Top findings"):text.index("Documents ─")]
    assert "(+3 more like this in the same file)" in top
    assert top.count("CM03") == 1


def test_every_client_format_says_how_many_more_a_top_finding_stands_for():
    """The HTML and Word summaries showed one CM03 sentence where the markdown and terminal said '+3 more':
    the same report read as one problem or four depending on the format."""
    import io

    import docx

    report = _manual_report()
    md = render(report, "markdown")
    html = render(report, "html")
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs)
    for fmt, text in (("markdown", md[md.index("Findings that matter most"):md.index('<a id="documents">')]),
                      ("html", html[html.index("Findings that matter most"):html.index("</ol>")]),
                      ("docx", word[word.index("Findings that matter most"):word.index("Documents")])):
        assert text.count("(+3 more like this in the same file)") == 1, fmt


def test_check_gives_a_next_step_per_file():
    lines = render(build_check_report(), "terminal", width=80).splitlines()
    nexts = [line for line in lines if ": next: " in line]
    assert any(line.startswith("procedures/purchasing.md: next: rewrite it around the work") for line in nexts)
    # the closing count stays last, and finding lines stay one per finding
    assert lines[-1].startswith("3 files checked")


def test_clean_operational_draft_gets_no_next_step():
    doc = _doc("procedures/WI-05.md")
    report = Report(root="x", tool_version="0", command="check", findings=(),
                    documents=(DocumentResult(document=doc, scores=Scores(mirroring=0.0, specificity=100.0),
                                              verdict=Verdict.OPERATIONAL),))
    lines = render(report, "terminal").splitlines()
    assert lines == ["procedures/WI-05.md: verdict operational; scores out of 100: mirroring 0, specificity 100 "
                     "- no findings", "1 file checked: no findings"]


def test_lists_of_records_in_metrics_are_left_to_the_evidence():
    from gapscan.report.common import metric_lines

    lines = metric_lines({"missing_terms": [{"term": "bar stock", "count": 5}], "missing": 9, "top_terms": ["a", "b"]})
    assert lines == ["missing: 9", "most used record terms: a, b"]


def test_terminal_groups_per_sentence_findings_too():
    text = render(_manual_report(), "terminal", width=80)
    index = text[text.index("Findings by document"):]
    assert index.count("CM03 standard-speak") == 1 and "CM03 standard-speak ×4  paragraphs 10, 14, 18, 22" in index
    section = render(_manual_report(), "terminal", width=80, verbose=True)
    section = section[section.index(f"{MANUAL} (procedure"):]
    assert section.count("CM03 standard-speak") == 1 and "CM03 standard-speak ×4  paragraph 10 … paragraph 22" in section
    for i, sentence in enumerate(SENTENCES):
        assert f"- paragraph {10 + 4 * i}  standard-speak" in section and f"“{sentence}”" in section
    assert "· share of sentences: 80%" in section and section.count("· share of sentences: 80%") == 1
    assert section.count("fix: Say who does what.") == 1


def test_an_uncertain_verdict_is_read_before_a_rewrite():
    """`gapscan check` on a procedure the model could not call (ohsc SOP_11: 'verdict mirrored, uncertain (model
    probability 0.58)', mirroring 0, no finding) said 'next: rewrite it around the work', as for a certain one
    (ux24). The reports' own "How to read" says to read an uncertain verdict's document before acting on it."""
    doc = _doc("procedures/SOP-11.md")
    result = DocumentResult(document=doc, scores=Scores(mirroring=0.0, specificity=0.0), verdict=Verdict.MIRRORED,
                            verdict_probability=0.58, verdict_uncertain=True)
    report = Report(root="x", tool_version="0", command="check", findings=(), documents=(result,))
    text = " ".join(render(report, "terminal", width=80).split())
    assert ("procedures/SOP-11.md: next: the verdict is uncertain: read it before acting on it; if it reads as "
            "mirrored, rewrite it around the work") in text
    sure = dataclasses.replace(result, verdict_uncertain=False, verdict_probability=0.97)
    text = " ".join(render(dataclasses.replace(report, documents=(sure,)), "terminal", width=80).split())
    assert "procedures/SOP-11.md: next: rewrite it around the work" in text and "uncertain" not in text
