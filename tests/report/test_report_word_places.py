"""Where a finding in a Word file is: its heading and paragraph, never a 'line' Word does not have."""
from __future__ import annotations

import json

import pytest

from gapscan.ingest import parse_file
from gapscan.model import BlockType, DocumentResult, Evidence, Finding, Kind, Report, Severity, Verdict
from gapscan.report import render

PATH = "procedures/QP-08 Nonconforming output.docx"
SENTENCE = "Documented information on the nonconformity shall be retained."


@pytest.fixture(scope="module")
def word_report(tmp_path_factory) -> tuple[Report, int]:
    import docx

    folder = tmp_path_factory.mktemp("word")
    d = docx.Document()
    d.add_heading("QP-08 Nonconforming output", level=1)
    d.add_paragraph("Owner: Quality Manager.")
    d.add_heading("8.7 Control of nonconforming outputs", level=2)
    d.add_paragraph("The inspector tags a failed part red and moves it to the quarantine rack.")
    d.add_paragraph(SENTENCE)
    d.add_heading("Records", level=2)
    d.add_paragraph("The NCR log in the ERP.")
    d.save(folder / "qp08.docx")
    document = parse_file(folder / "qp08.docx", PATH)
    target = next(b for b in document.blocks if b.text == SENTENCE)
    heading = next(b for b in document.blocks if b.type is BlockType.HEADING and b.text.startswith("8.7"))
    assert heading.location.line < target.location.line  # the parser's own count, whatever it is
    finding = Finding(rule="CM03", name="standard-speak", severity=Severity.WARNING, path=PATH,
                      message="restates the standard: 'documented information', 'shall be retained'",
                      location=target.location, fix="Say who keeps which record, where and for how long.",
                      evidence=(Evidence(path=PATH, text=SENTENCE, location=target.location),))
    result = DocumentResult(document=document, verdict=Verdict.MIXED)
    return Report(root="procedures", tool_version="0.1.0", command="check",
                  documents=(result,), findings=(finding,)), target.location.line


def test_every_human_format_says_heading_and_paragraph(word_report):
    report, n = word_report
    place = f'under "8.7 Control of nonconforming outputs", paragraph {n}'
    for fmt in ("markdown", "html", "terminal"):
        text = render(report, fmt, width=200)
        assert place in text.replace("&quot;", '"').replace("&#34;", '"'), fmt
        assert f"line {n}" not in text, fmt


def test_check_of_a_word_file_is_a_block_not_a_compiler_line(word_report):
    report, n = word_report
    lines = render(report, "terminal", width=200).splitlines()
    assert not any(line.startswith(f"{PATH}:{n}:") for line in lines)
    at = lines.index(PATH)
    assert lines[at + 1:at + 5] == [
        f'  under "8.7 Control of nonconforming outputs", paragraph {n}',
        "    warning CM03 standard-speak: restates the standard: 'documented information', 'shall be retained'",
        f"      › “{SENTENCE}”",
        "      change: Say who keeps which record, where and for how long.",
    ]


def test_machine_formats_keep_no_line_for_a_paragraph(word_report):
    report, n = word_report
    sarif = json.loads(render(report, "sarif"))
    result = sarif["runs"][0]["results"][0]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["message"]["text"].endswith(f'[under "8.7 Control of nonconforming outputs", paragraph {n}]')
    github = render(report, "github")
    assert ",line=" not in github and f"paragraph {n}" in github
    data = json.loads(render(report, "json"))
    assert data["findings"][0]["location"] == {"line": n, "section": "8.7 Control of nonconforming outputs"}


def test_a_text_file_keeps_its_lines():
    from gapscan.model import Location

    assert Location(line=12, section="Scope").describe() == "line 12"
    assert Location(line=12, section="Scope").describe(paragraphs=True) == 'under "Scope", paragraph 12'
    assert Location(page=2, line=7).describe(paragraphs=True) == "p.2 line 7"


def test_a_record_header_quoted_by_two_places_is_shown_once_and_named_once():
    from gapscan.model import Document, Location

    log = "machines/mini-3/logs/maintenance-log.csv"
    header = Evidence(path=log, text="columns: date, operator, task, notes", location=Location(sheet="maintenance-log.csv"))
    found = tuple(Finding(rule="DR04", name="empty-required-field", severity=Severity.WARNING, path="machines/mini-3/sop.md",
                          message=f"required field '{field}': {log} has no column for '{field}'",
                          location=Location(line=34), evidence=(header,))
                  for field in ("job", "nozzle used"))
    proc = DocumentResult(document=Document(path="machines/mini-3/sop.md", source="/x/sop.md", format="md",
                                            kind=Kind.PROCEDURE))
    report = Report(root="machines", tool_version="0.1.0", command="audit", documents=(proc,), findings=found)
    text = render(report, "markdown")
    row = next(line for line in text.splitlines() if line.startswith("| **DR04**"))
    # the file's one sheet is the file: named once; the same header quoted once for both places
    assert row.count(f"columns: date, operator, task, notes ({log.replace('_', chr(92) + '_')})") == 1
    assert "maintenance-log.csv maintenance-log.csv" not in text


def test_check_says_a_repeated_change_once_and_where_it_was_said(word_report):
    import dataclasses

    report, n = word_report
    first = report.findings[0]
    again = dataclasses.replace(first, message="restates the standard: 'records'",
                                location=dataclasses.replace(first.location, line=n + 3, section=None), evidence=())
    text = render(dataclasses.replace(report, findings=(first, again)), "terminal", width=200)
    assert text.count("change: Say who keeps which record, where and for how long.") == 1
    assert f"      change: as at paragraph {n}\n" in text
