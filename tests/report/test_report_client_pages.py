"""The reports a client reads, generated from the bundled example set: what session 19 found looking at every
page of the markdown, HTML (printed to PDF), Word (converted to PDF), SARIF and terminal reports."""
from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import io
import os
from pathlib import Path

import pytest

from gapscan.config import discover, load
from gapscan.engine import RunOptions, run
from gapscan.report import render

ROOT = Path(__file__).resolve().parents[2]
QP08 = "procedures/QP-08 Nonconforming Output and Corrective Action.docx"


@pytest.fixture(scope="module")
def report():
    cwd = os.getcwd()
    os.chdir(ROOT)  # the report's root is the path as given: keep it relative and stable
    try:
        rel = Path("examples") / "harrow-vale"
        return run([rel], load(discover(rel)), RunOptions(timestamp=False, jobs=2))
    finally:
        os.chdir(cwd)


def _word_text(report) -> str:
    import docx

    document = docx.Document(io.BytesIO(render(report, "docx")))
    return "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])


def test_a_word_procedures_claims_are_placed_by_paragraph_as_its_findings_are(report):
    """QP-08 is a Word file: its DR04 finding says 'paragraph 8', and the claims line under it said 'line 8' for
    the same claim in the markdown and Word reports (the HTML claims table already said paragraph)."""
    markdown = render(report, "markdown")
    section = markdown[markdown.index(f"{QP08}\n"):]
    claims = next(line for line in section.splitlines() if "Claims against the records" in line)
    assert "record holds root cause, paragraph 8: 'Root cause' empty" in claims
    assert ", line 8:" not in claims and ", line 17:" not in claims
    word = _word_text(report)
    assert "record holds root cause, paragraph 8: 'Root cause' empty" in word
    assert "record holds root cause, line 8" not in word


def _uncertain_pair(report):
    """Two of the example's operational procedures given the probabilities a real set had on either side of the
    model's 0.6 threshold: 0.597 (uncertain) and 0.604 (not)."""
    docs = list(report.documents)
    ops = [i for i, d in enumerate(docs) if d.verdict is not None and d.verdict.value == "operational"][:2]
    docs[ops[0]] = dataclasses.replace(docs[ops[0]], verdict_probability=0.597, verdict_uncertain=True)
    docs[ops[1]] = dataclasses.replace(docs[ops[1]], verdict_probability=0.604, verdict_uncertain=False)
    return dataclasses.replace(report, documents=tuple(docs))


@pytest.mark.parametrize("fmt", ["markdown", "html", "terminal", "docx"])
def test_an_uncertain_verdict_never_shows_the_same_probability_as_a_certain_one(report, fmt):
    """On a real set 0.597 read 'operational, uncertain (0.60)' and 0.604 'operational (0.60)' in every human
    format: the uncertain one is cut to 0.59, not rounded up to the number a certain verdict shows."""
    changed = _uncertain_pair(report)
    text = _word_text(changed) if fmt == "docx" else render(changed, fmt, width=200) if fmt == "terminal" \
        else render(changed, fmt)
    assert "operational, uncertain (0.59)" in text
    assert "operational, uncertain (0.60)" not in text
    assert "operational (0.60)" in text


def test_the_word_report_says_how_to_read_its_scores(report):
    """The Word report is the one handed to a client, and its documents table shows mirroring, specificity, drift
    and 'uncertain' verdicts; the markdown and HTML reports end with the key to them, the Word report had none."""
    import docx

    document = docx.Document(io.BytesIO(render(report, "docx")))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "How to read the scores" in headings
    # after the findings, before any appendix, as in the other formats
    assert headings.index("How to read the scores") > headings.index("Findings by document")
    text = _word_text(report)
    for score in ("Mirroring: ", "Specificity: ", "Drift: "):
        assert score in text
    assert '"Uncertain" marks a verdict' in text


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def printed(report, tmp_path_factory):
    """The HTML report printed to PDF by headless Chromium, as a consultant prints it for a client: the text of
    each page, whitespace runs folded to one space per line."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    import pdfplumber

    folder = tmp_path_factory.mktemp("print")
    page, pdf = folder / "report.html", folder / "report.pdf"
    page.write_text(render(report, "html"), encoding="utf-8")
    result = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update",
                             "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and pdf.exists(), result.stderr[-2000:]
    with pdfplumber.open(pdf) as doc:
        return ["\n".join(" ".join(line.split()) for line in (p.extract_text() or "").splitlines())
                for p in doc.pages]


def test_the_printed_html_report_shows_the_claims_tables(printed):
    """Each procedure's claims sat in a closed <details>: the PDF showed '▸ What it claims and what the records
    show (14 claims)' and no table, a line a reader of paper cannot open."""
    text = "\n".join(printed)
    assert "What it claims and what the records show (14 claims)" in text
    # claims that hold are in the claims table only, never in a finding
    assert "'NCR No' filled in 100% of rows" in text
    assert "'Date raised' filled in 100% of rows" in text


def test_a_printed_document_heading_shares_its_page_with_its_first_finding(report, printed):
    """Printed, six of the eleven documents' headings (with the verdict line under them) ended a page whose next
    page began with their first finding: the card would not split, the heading would not wait for it."""
    from gapscan.report.common import finding_groups

    first = {}
    for g in finding_groups(report.findings):
        first.setdefault(g.path, g)
    claims = {d.document.path for d in report.documents if d.claims}
    start = next(i for i, p in enumerate(printed) if p.startswith("Findings by document"))
    checked = 0
    for path, g in first.items():
        pages = [i for i, p in enumerate(printed) if i >= start and path in p.splitlines()]
        assert pages, f"no page has the heading {path}"
        # a procedure's claims table comes first: a long one may fill the page, the heading goes with its start
        follows = "What it claims and what the records show" if path in claims else f"{g.rule} {g.name}"
        assert follows in printed[pages[0]], f"{path}: its heading is on page {pages[0] + 1}, '{follows}' is not"
        checked += 1
    assert checked == len(first) >= 10


def test_at_80_columns_every_document_name_reads_whole_in_the_documents_table(report):
    """The example's documents table at 80 columns gave the names 16 columns: 'procedures/EMS-0', '1',
    'Environmental', ... five lines for a name. Each name now reads whole on its line, its columns under it."""
    text = render(report, "terminal", width=80)
    table = text[text.index("Documents ─"):text.index("Findings by document ─")].splitlines()
    for d in report.documents:
        assert d.document.path in table, d.document.path
        row = table[table.index(d.document.path) + 1]
        assert row.startswith("  " + d.document.kind.value), row
    assert all(len(line) <= 80 for line in text.splitlines())


def _decision_log(prefix: str, first: dt.date) -> str:
    rows = [f"{prefix}-{i:02d},{(first + dt.timedelta(days=9 * i)).isoformat()},Decision {prefix}{i},"
            f"Because {prefix}{i},Ann Lee" for i in range(8)]
    return "\n".join(["ID,Date,Decision,Rationale,Decided by"] + rows) + "\n"


def test_a_leads_reason_is_said_once_in_each_written_report(tmp_path):
    """Two decision logs kept per phase share their columns, no entry: a PS02 lead. Its message ends 'Why only a
    lead: <reason>', and the markdown, HTML and Word reports read the same reason out again under the numbers
    ('lead reason: ...', with 'strength: lead'); on the PCI set four entries carried the 60-word reason twice."""
    files = {"policies/governance.md": "# Governance Policy\n\nDecisions are recorded by the programme lead.\n",
             "a/logs/decision-log.csv": _decision_log("DEC1", dt.date(2026, 1, 5)),
             "b/logs/decision-log.csv": _decision_log("DEC2", dt.date(2026, 1, 6))}
    kinds = {"policies/governance.md": "procedure", "a/logs/decision-log.csv": "record",
             "b/logs/decision-log.csv": "record"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "gapscan.toml").write_text(
        "[kinds]\n" + "".join(f'"{path}" = "{kind}"\n' for path, kind in kinds.items()), encoding="utf-8")
    report = run([tmp_path], load(discover(tmp_path)), RunOptions(select=("PS02",), jobs=1, timestamp=False),
                 warn=lambda msg: None)
    [lead] = report.findings
    reason = lead.metrics["lead_reason"]
    assert lead.message.startswith("Lead, not a finding:") and reason in lead.message
    for fmt in ("markdown", "html", "docx"):
        text = _word_text(report) if fmt == "docx" else render(report, fmt)
        if fmt == "html":
            import html as html_lib

            text = html_lib.unescape(text)
        assert text.count(reason) == 1, (fmt, text.count(reason))
        assert "lead reason:" not in text and "strength: lead" not in text, fmt


def test_on_paper_the_claims_table_keeps_the_claims_the_records_could_show(report, printed):
    """Printed, a claims table lists the claims that hold or drifted and counts the ones no record can show (on a
    HIPAA set one procedure's table ran to three pages, 20 of its 24 claims not checkable)."""
    text = "\n".join(printed)
    qp08 = next(d for d in report.documents if d.document.path == QP08)
    unchecked = sum(1 for c in qp08.claims if c.status.value == "not checkable")
    assert unchecked and f"the {unchecked} not checkable are left off paper" in text
    assert "'Owner' names who owns each entry" not in text  # a not-checkable row of QP-08's table
    assert "'Root cause' empty in 70% of 126 rows" in text and "'NCR No' filled in 100% of rows" in text
    # on screen every claim is listed, the note is for paper only
    import html as html_lib

    assert "'Owner' names who owns each entry" in html_lib.unescape(render(report, "html"))
