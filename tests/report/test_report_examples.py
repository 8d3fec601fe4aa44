"""The three bundled example sets in every format, and the HTML report in a real browser.

The browser tests run Debian's headless Chromium on the harrow-vale report (and skip when it
is not installed): no console errors, charts laid out with a size, the rule filter hiding the
other rules, a screenshot, and a print-to-PDF whose first page holds the executive summary.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gapscan.config import discover, load
from gapscan.engine import RunOptions, run
from gapscan.report import render
from gapscan.report.common import finding_groups

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ("harrow-vale", "meadowgate-foods", "corran-freight")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


@pytest.fixture(scope="module")
def reports():
    cwd = os.getcwd()
    os.chdir(ROOT)  # the report's root is the path as given: keep it relative and stable
    try:
        out = {}
        for name in EXAMPLES:
            rel = Path("examples") / name
            out[name] = run([rel], load(discover(rel)), RunOptions(timestamp=False, jobs=2))
        return out
    finally:
        os.chdir(cwd)


def _docx_text(data: bytes) -> str:
    import docx

    doc = docx.Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    # the documents table offers invisible break points in file names (U+200B): read the text as shown
    return "\n".join([p.text for p in doc.paragraphs] + cells)


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_renders_and_counts_agree(reports, name):
    report = reports[name]
    data = json.loads(render(report, "json"))
    documents, findings = len(data["documents"]), len(data["findings"])
    verdicts = data["summary"]["by_verdict"]
    severities = {k: v for k, v in data["summary"]["by_severity"].items() if v}

    html = render(report, "html")
    assert len(html.encode()) < 2_000_000
    assert f'<b id="count-documents">{documents}</b>' in html
    assert f'<b id="count-findings">{findings}</b>' in html
    assert sum(int(n) for n in re.findall(r'data-count="(\d+)"', html)) == findings
    for verdict, n in verdicts.items():
        if n:
            assert f'<span class="n" data-verdict="{verdict}">{n}</span>' in html
            assert len(re.findall(rf'<td class="v-{verdict}" data-verdict="{verdict}"', html)) == n

    markdown = render(report, "markdown")
    assert f"- {documents} documents (" in markdown and f"- {findings} findings (" in markdown
    for severity, n in severities.items():
        assert re.search(rf"\b{n} {severity}", markdown.splitlines()[[i for i, line in enumerate(
            markdown.splitlines()) if line.startswith(f"- {findings} findings")][0]])

    terminal = render(report, "terminal", width=100)
    assert f"{findings} findings: " in terminal

    text = _docx_text(render(report, "docx"))
    assert f"{documents} documents (" in text and f"{findings} findings (" in text
    table_rows = [line for line in text.splitlines() if line in {d["path"] for d in data["documents"]}]
    assert len(set(table_rows)) == documents


@pytest.mark.parametrize("name", EXAMPLES)
def test_markdown_reaches_every_finding(reports, name):
    """Each (document, rule) has one row whose 'where' cell names every place of its findings."""
    report = reports[name]
    markdown = render(report, "markdown")
    lines = markdown.splitlines()
    if name == "harrow-vale":
        assert len(lines) <= 360, len(lines)
    for group in finding_groups(report.findings):
        section = _section(markdown, group.path)
        row = next(line for line in section.splitlines() if line.startswith(f"| **{group.rule}** "))
        where = row.split(" | ")[1]
        for place in group.locations:
            # 'p.2 line 14' is listed as 'p.2 lines ..., 14, ...': the page run, then the number as a word
            page = re.match(r"(p\.\d+) ", place)
            number = re.search(r"(\d+)$", place)
            run = where[where.index(page.group(1)):].split(";")[0] if page and page.group(1) in where else where
            assert place.replace("\\", "") in where.replace("\\", "") or (
                number and re.search(rf"(?<![\d.!]){number.group(1)}(?!\d)", run)), (group.rule, place, where)
        if group.count > 1:
            assert f"×{group.count}" in row


def _section(markdown: str, path: str) -> str:
    from gapscan.report.markdown import anchor

    start = markdown.index(f'<a id="{anchor("doc-" + path)}"></a>')
    end = markdown.find("\n### ", start + 1)
    return markdown[start:end if end > 0 else len(markdown)]


def test_harrow_vale_details_read_cleanly(reports):
    """Internals stay out of the client's report; a near-miss procedure is not said to mirror ISO 13485."""
    report = reports["harrow-vale"]
    for fmt in ("markdown", "html"):
        text = render(report, fmt)
        assert "model: yes" not in text and "score: 0.9" not in text and "in the file name" not in text
        assert "against ISO 13485" not in text and "against iso13485" not in text
        assert "QF-09 Corrective Action Log.csv QF-09 Corrective Action Log.csv" not in text
        assert "records/QF-09 Corrective Action Log.csv H42" in text
    verbose = render(report, "markdown", verbose=True)
    assert "model: yes" in verbose and "in the file name" in verbose  # the classifier's reasons


# ---- the HTML in a real browser --------------------------------------------------------------

PROBE = """<script>
window.addEventListener("load", function () {
  var sizes = Array.prototype.map.call(document.querySelectorAll("svg.chart"), function (s) {
    var r = s.getBoundingClientRect(); return Math.round(r.width) + "x" + Math.round(r.height); });
  document.body.setAttribute("data-svg", sizes.join(","));
  var select = document.getElementById("rule-filter");
  select.value = "%s";
  select.dispatchEvent(new Event("change"));
  var visible = Array.prototype.filter.call(document.querySelectorAll(".group"), function (g) {
    return g.offsetParent !== null; }).map(function (g) { return g.getAttribute("data-rule"); });
  document.body.setAttribute("data-visible", visible.join(","));
  var drift = document.querySelectorAll("#doc-table th")[6];
  drift.click();
  var rows = document.querySelectorAll("#doc-table tbody tr");
  var last = rows[rows.length - 1].cells[6].textContent;
  document.body.setAttribute("data-sorted", rows[0].cells[6].textContent + "," + last);
});
</script>"""


def _chromium(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--no-first-run", "--enable-logging=stderr", "--v=0",
                           *args], capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def html_file(reports, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "harrow-vale.html"
    path.write_text(render(reports["harrow-vale"], "html"), encoding="utf-8")
    return path


@needs_chromium
def test_browser_has_no_console_errors_sizes_charts_and_filters_by_rule(reports, html_file):
    probe = html_file.with_name("probe.html")
    probe.write_text(html_file.read_text(encoding="utf-8").replace("</body>", PROBE % "CM01" + "</body>"),
                     encoding="utf-8")
    plain = _chromium("--dump-dom", html_file.as_uri())
    assert plain.returncode == 0
    assert not [line for line in plain.stderr.splitlines() if "CONSOLE" in line], plain.stderr
    result = _chromium("--window-size=1200,900", "--dump-dom", probe.as_uri())
    body = re.search(r'<body data-svg="([^"]*)" data-visible="([^"]*)" data-sorted="([^"]*)"', result.stdout)
    assert body, result.stdout[:500]
    sizes = [tuple(int(x) for x in s.split("x")) for s in body.group(1).split(",")]
    charts = sum(len(s.charts) for s in reports["harrow-vale"].summary.sections)
    assert len(sizes) >= charts and all(w >= 200 and h >= 20 for w, h in sizes), sizes
    visible = body.group(2).split(",")
    cm01 = {g.path for g in finding_groups(reports["harrow-vale"].findings) if g.rule == "CM01"}
    assert visible == ["CM01"] * len(cm01)
    drifts = [d.scores.drift for d in reports["harrow-vale"].documents if d.scores.drift is not None]
    assert body.group(3) == f"{min(drifts):.0f},-"  # sorted by drift, smallest first, unmeasured last


@needs_chromium
def test_screenshot_and_print_to_pdf(html_file, tmp_path):
    from PIL import Image

    shot = tmp_path / "summary.png"
    result = _chromium("--window-size=1200,1600", f"--screenshot={shot}", html_file.as_uri())
    assert result.returncode == 0 and shot.exists()
    image = Image.open(shot).convert("L")
    assert image.size == (1200, 1600)
    assert sum(1 for n in image.histogram() if n) > 20  # text and charts, not a blank page

    pdf = tmp_path / "report.pdf"
    result = _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", html_file.as_uri())
    assert result.returncode == 0 and pdf.exists()
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        first = doc.pages[0].extract_text() or ""
        assert "Executive summary" in first and "3 of 12 procedures" in first
        assert len(doc.pages) > 5


def _raw_cell(path: Path, sheet: str | None, cell: str) -> str:
    """A cell read straight from the file (openpyxl / csv), not through gapscan's parsers."""
    if path.suffix == ".csv":
        import csv

        letters = re.match(r"([A-Z]+)(\d+)", cell)
        column = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(letters.group(1)))) - 1
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                rows = list(csv.reader(path.read_text(encoding=encoding).splitlines()))
                break
            except UnicodeDecodeError:
                continue
        row = rows[int(letters.group(2)) - 1]
        return row[column] if column < len(row) else ""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    value = book[sheet][cell].value
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        value = value.date()  # a date typed into Excel comes back as midnight
    return "" if value is None else str(value)


@pytest.mark.parametrize("name", EXAMPLES)
def test_quoted_evidence_is_in_the_cell_it_names(reports, name):
    """Evidence shown in quotation marks holds the text of its cell; notes about a cell are not quoted."""
    from gapscan.report.common import QuoteCheck

    report = reports[name]
    check = QuoteCheck(report)
    html = render(report, "html")
    quoted = notes = 0
    for f in report.findings:
        for ev in f.evidence:
            loc = ev.location
            if loc is None or loc.cell is None or not ev.path.endswith((".xlsx", ".csv")):
                continue
            label, text, is_quote = check.parts(ev)
            raw = _raw_cell(ROOT / "examples" / name / ev.path, loc.sheet, loc.cell).strip()
            if is_quote:
                quoted += 1
                assert raw and " ".join(raw.split()).casefold() in text.casefold(), (ev.path, loc.cell, raw, text)
            else:
                notes += 1
                assert f"<q>{text}</q>".replace("&", "&amp;") not in html
    assert quoted > 0
    if name == "harrow-vale":
        assert notes > 0
        markdown = render(report, "markdown")
        assert "longest gap: 585 days before this entry (Instrument ID HT-2) (records/QF-11 Calibration Register.xlsx " \
               "Register!D54)" in markdown
        assert "“Approved by: Production Manager” (records/QF-07 Supplier Evaluation List.xlsx " \
               "Approved suppliers!F5)" in markdown


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")), reason="LibreOffice is not installed")
def test_docx_opens_in_libreoffice(reports, tmp_path):
    """LibreOffice converts the Word report without a repair prompt; the PDF holds the summary."""
    source = tmp_path / "harrow-vale.docx"
    source.write_bytes(render(reports["harrow-vale"], "docx"))
    office = shutil.which("libreoffice") or shutil.which("soffice")
    result = subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    import pdfplumber

    with pdfplumber.open(tmp_path / "harrow-vale.pdf") as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages[:3])
    assert "Executive summary" in text and "3 of 12 procedures" in text


def test_reports_in_a_scanned_folder_are_skipped_and_said_to_be(tmp_path):
    """Last month's reports beside the procedures are not read as procedures (issue 12, 'reports are not input')."""
    client = tmp_path / "client"
    shutil.copytree(ROOT / "examples" / "harrow-vale", client)
    out = tmp_path / "out"
    out.mkdir()
    for fmt, name in (("markdown", "gap-report.md"), ("html", "gap-report.html"), ("docx", "gap-report.docx")):
        subprocess.run([sys.executable, "-m", "gapscan", "audit", str(client), "--format", fmt, "-o",
                        str(out / name), "--fail-on", "never"], check=True, capture_output=True)
    for name in ("gap-report.md", "gap-report.html", "gap-report.docx"):
        shutil.copy(out / name, client / "procedures" / name)
    result = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(client), "--format", "json",
                             "--fail-on", "never"], check=True, capture_output=True, text=True)
    documents = {d["path"]: d for d in json.loads(result.stdout)["documents"]}
    for name in ("gap-report.md", "gap-report.html", "gap-report.docx"):
        doc = documents[f"procedures/{name}"]
        assert doc["status"] == "skipped" and "written by gapscan" in doc["error"], doc
    assert documents["procedures/QM-01 Quality Manual.docx"]["status"] == "ok"


def test_maps_and_machine_reports_in_a_scanned_folder_are_not_records(tmp_path):
    """A clause map saved as CSV or Excel, or a JSON or SARIF report, in the scanned folder is gapscan's own
    output: it is never profiled as a working record (it was, as an unmentioned 'shadow' record: PS01)."""
    client = tmp_path / "client"
    shutil.copytree(ROOT / "examples" / "harrow-vale", client)
    out = tmp_path / "out"
    out.mkdir()
    runs = [("map", "csv", "clause-map.csv"), ("map", "xlsx", "clause-map.xlsx"), ("map", "json", "clause-map.json"),
            ("audit", "json", "gap-report.json"), ("audit", "sarif", "gap-report.sarif")]
    for command, fmt, name in runs:
        extra = ["--fail-on", "never"] if command == "audit" else []
        subprocess.run([sys.executable, "-m", "gapscan", command, str(client), "--format", fmt, "-o", str(out / name),
                        *extra], check=True, capture_output=True)
    before = json.loads((out / "gap-report.json").read_text())
    for _, _, name in runs:
        shutil.copy(out / name, client / "records" / name)
    result = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(client), "--format", "json",
                             "--fail-on", "never"], check=True, capture_output=True, text=True)
    after = json.loads(result.stdout)
    documents = {d["path"]: d for d in after["documents"]}
    for name in ("clause-map.csv", "clause-map.xlsx"):
        doc = documents[f"records/{name}"]
        assert (doc["status"], doc["kind"]) == ("skipped", "other"), doc
        assert doc["error"] == "a report or map written by gapscan, not a management-system document"
    # JSON and SARIF are not a format gapscan reads: not listed at all
    assert not [p for p in documents if p.endswith((".json", ".sarif"))]
    assert not [f for f in after["findings"] if "clause-map" in f["path"] or "gap-report" in f["path"]]
    assert sorted((f["rule"], f["path"], f["message"]) for f in after["findings"]) == \
        sorted((f["rule"], f["path"], f["message"]) for f in before["findings"])



def test_top_findings_of_one_rule_say_its_meaning_once(reports):
    """harrow-vale's clause-ordered manuals are one rule in four files (three errors, one warning): its meaning is
    written once over the places in every human format, not three times in a row, and the head counts all four
    files with their severities."""
    import docx

    report = reports["harrow-vale"]
    meaning = "The sequence of sections follows the standard's clause order (4 -> 10) rather than the flow of the work"
    paths = ["procedures/QM-01 Quality Manual.docx", "procedures/EMS-01 Environmental Management Procedure.pdf",
             "procedures/OHS-01 OH&S Management System Procedure.md"]
    assert [f.rule for f in report.summary.top_findings[:3]] == ["CM02"] * 3

    markdown = render(report, "markdown")
    top = markdown.split("### Findings that matter most")[1].split("<a id=")[0]
    assert top.count("(4 -\\> 10) rather than the flow") == 1
    assert (f"(CM02, error in 3 files, warning in 1):\n   - `{paths[0]}` paragraph 5 (error): "
            "35 of 37 headings") in top
    first = top.split("\n2. ")[0]
    assert [line.split("`")[1] for line in first.splitlines() if line.startswith("   - `")] == paths
    assert "   - and 1 more file (under Documents)" in first
    assert "\n2. **An improvement / near-miss" in top
    # five problems, not five places of one: SH01's two records follow, each rule's meaning once
    assert "\n4. **Record entries cluster in the weeks before audit dates" in top
    assert "(SH01, warning), in 2 files" in top

    terminal = render(report, "terminal", width=100)
    brief = terminal.split("Top findings")[1].split("Documents")[0]
    assert brief.count("rather than the flow of") == 1
    assert "[CM02 error in 3 files, warning in 1] - procedures/QM-01" in " ".join(brief.split())
    first = brief.split("\n  2.")[0]
    assert [line.strip()[2:].split(" (")[0] for line in first.splitlines()
            if line.startswith("     - ") and not line.startswith("     - and ")] == paths

    html = render(report, "html")
    listed = html.split("<h3>Findings that matter most</h3>")[1].split("</ol>")[0]
    assert listed.count("rather than the flow of the work") == 1
    assert re.search(r"CM02 error</span> in 3 files, warning in 1\s*<ul><li><a href=\"#doc-procedures-qm-01",
                     listed)
    assert listed.count("<li>") == 5 + 4 + 2  # five rules, CM02 with three files and 'and 1 more', SH01 with two

    document = docx.Document(io.BytesIO(render(report, "docx")))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    start = paragraphs.index(("Heading 2", "Findings that matter most"))
    assert paragraphs[start + 1] == ("List Number", f"{meaning} (CM02, error in 3 files, warning in 1):")
    assert [style for style, _ in paragraphs[start + 2:start + 5]] == ["List Bullet 2"] * 3
    assert [re.split(r" (?:line|paragraph|p\.1) ", text)[0] for _, text in paragraphs[start + 2:start + 5]] == paths
    assert paragraphs[start + 5] == ("List Bullet 2", "and 1 more file (under Documents)")
    assert paragraphs[start + 6][0] == "List Number"


def test_a_finding_about_a_whole_document_says_so(reports):
    """PS03 (the procedure never uses the words its records are full of) has no line: every format says
    'whole document' where the others give a place, not a blank or a dash."""
    report = reports["harrow-vale"]
    path = "procedures/QP-08 Nonconforming Output and Corrective Action.docx"
    ps03 = [f for f in report.findings if f.rule == "PS03" and f.path == path]
    assert len(ps03) == 1 and ps03[0].location is None

    terminal = render(report, "terminal", width=120)
    block = terminal.split(f"\n{path}\n")[1].split("\n\n")[0]
    assert re.search(r"warning PS03 practice-vocabulary-gap +whole document\n", block + "\n"), block
    markdown = render(report, "markdown")
    assert "| **PS03** practice-vocabulary-gap<br>warning | whole document | The records this procedure governs" \
        in markdown
    html = render(report, "html")
    group = html.split('data-rule="PS03"')[1].split('<div class="group')[0]
    assert "whole document" in group
    text = _docx_text(render(report, "docx"))
    assert "whole document" in text


def test_the_topic_chart_says_why_its_bars_add_up_to_more_than_the_sentences(reports):
    """SH03 counts 21 topical sentences in the April review; its chart's bars add up to more because a
    sentence can touch two topics: the caption says so, so the numbers do not seem to disagree."""
    report = reports["harrow-vale"]
    sh03 = next(f for f in report.findings if f.rule == "SH03")
    topical, by_topic = sh03.metrics["topical_sentences"], sh03.metrics["by_topic"]
    assert sum(by_topic.values()) > topical and f"of {topical} topical sentences" in sh03.message
    group = render(report, "html").split('data-rule="SH03"')[1].split('<div class="group')[0]
    assert f"<figcaption>sentences by topic ({topical} sentences; one can touch several topics)</figcaption>" \
        in group



@pytest.mark.parametrize("name", EXAMPLES)
def test_a_csv_cell_in_sarif_points_at_its_line(reports, name):
    """A CI user's code-scanning view opens a CSV finding at the line of its record (a workbook's has none)."""
    from urllib.parse import unquote

    from gapscan.report.sarif import render as render_sarif

    paths = {d.document.path for d in reports[name].documents}
    csv_cells = 0
    for result in json.loads(render_sarif(reports[name]))["runs"][0]["results"]:
        for place in result["locations"]:
            cell = place.get("properties", {}).get("cell")
            uri = unquote(place["physicalLocation"]["artifactLocation"]["uri"])
            path = next((p for p in paths if uri.endswith(p)), None)
            if not cell or path is None:
                continue
            if path.endswith(".xlsx"):
                assert "region" not in place["physicalLocation"], (path, cell)
            elif path.endswith(".csv"):
                csv_cells += 1
                line = place["physicalLocation"]["region"]["startLine"]
                file = ROOT / "examples" / name / path
                text = file.read_text(encoding="utf-8-sig", errors="replace").splitlines()[line - 1]
                raw = _raw_cell(file, None, cell).strip()
                assert raw and raw.splitlines()[0] in text, (path, cell, line, text)
                assert place["logicalLocations"][0]["name"] == cell  # the column, which a line does not say
                if place is result["locations"][0]:
                    assert result["message"]["text"].endswith(f"{cell}]"), result["message"]["text"]
    assert csv_cells or not any(f.location and f.location.cell and f.path.endswith(".csv")
                                for f in reports[name].findings)
