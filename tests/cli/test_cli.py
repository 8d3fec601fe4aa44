"""The command-line contract of ../shared/spec/CLI.md, exercised as a user would."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_tree import digest

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "gapscan" / "data" / "report.schema.json"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def gapscan(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gapscan", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_help_and_version():
    r = gapscan("--help")
    assert r.returncode == 0 and "audit" in r.stdout and "check" in r.stdout
    r = gapscan("--version")
    assert r.returncode == 0 and r.stdout.startswith("gapscan ")


@pytest.mark.parametrize("args", [
    ["audit", "no/such/folder"],
    ["audit", ".", "--format", "yaml"],
    ["audit", ".", "--fail-on", "sometimes"],
    ["audit", ".", "--select", "XX99"],
    ["audit", ".", "--audit-date", "17/03/2026"],
    ["audit", ".", "--format", "docx"],
    ["rules", "ZZ01"],
])
def test_usage_errors_exit_2_without_traceback(args, client_set):
    r = gapscan(*args, cwd=client_set)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") <= 3


def test_invalid_config_exits_2(client_set):
    (client_set / "gapscan.toml").write_text('colour = "blue"\n')
    r = gapscan("audit", str(client_set))
    assert r.returncode == 2
    assert "unknown key 'colour'" in r.stderr


def test_audit_json_conforms_and_leaves_folder_untouched(client_set, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    before = digest(client_set)
    out = tmp_path / "report.json"
    r = gapscan("audit", str(client_set), "--format", "json", "-o", str(out), "--fail-on", "never")
    assert r.returncode == 0, r.stderr
    assert digest(client_set) == before
    report = json.loads(out.read_text())
    jsonschema.validate(report, json.loads(SCHEMA.read_text()))
    kinds = {d["path"]: d["kind"] for d in report["documents"]}
    assert kinds["procedures/qp-04-external-providers.md"] == "procedure"
    assert kinds["records/goods-in-log.csv"] == "record"
    assert report["summary"]["documents"] == 3


def test_exit_code_follows_fail_on(client_set):
    strict = gapscan("audit", str(client_set), "--format", "json", "--fail-on", "info")
    lenient = gapscan("audit", str(client_set), "--format", "json", "--fail-on", "never")
    findings = json.loads(strict.stdout)["findings"]
    assert lenient.returncode == 0
    assert strict.returncode == (1 if findings else 0)


def test_select_limits_rules(client_set):
    r = gapscan("audit", str(client_set), "--format", "json", "--select", "CM", "--fail-on", "never")
    rules = {f["rule"] for f in json.loads(r.stdout)["findings"]}
    assert rules <= {"CM01", "CM02", "CM03", "CM04", "CM05"}


def test_rules_lists_the_whole_catalogue():
    r = gapscan("rules")
    assert r.returncode == 0
    for code in ("CM01", "DR06", "PS03", "SH03"):
        assert code in r.stdout
    one = gapscan("rules", "cm02")
    assert one.returncode == 0 and "clause-ordered-structure" in one.stdout


def test_unreadable_file_is_reported_not_fatal(client_set, tmp_path):
    (client_set / "records" / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (client_set / "procedures" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    out = tmp_path / "r.json"
    r = gapscan("audit", str(client_set), "--format", "json", "-o", str(out), "--fail-on", "never")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    docs = {d["path"]: d for d in json.loads(out.read_text())["documents"]}
    assert docs["records/broken.xlsx"]["status"] == "error"
    assert docs["procedures/old.doc"]["status"] == "skipped"
    assert "save it as .docx" in docs["procedures/old.doc"]["error"]
    assert "\n" not in docs["records/broken.xlsx"]["error"]


def test_check_fails_a_ci_build_on_a_mirrored_procedure_by_default(client_set):
    mirrored = "procedures/qp-04-external-providers.md"
    operational = "procedures/sop-12-goods-in.md"
    r = gapscan("check", mirrored, cwd=client_set)
    assert r.returncode == 1, r.stdout
    assert "CM02" in r.stdout and "verdict mirrored" in r.stdout
    # linter lines name the file as typed, with a line number an editor can jump to
    finding_lines = [line for line in r.stdout.splitlines() if re.match(r"^\S+ CM0\d ", line)]
    assert finding_lines
    assert all(re.match(re.escape(mirrored) + r":\d+: CM0\d ", line) for line in finding_lines)
    ok = gapscan("check", operational, cwd=client_set)
    assert ok.returncode == 0, ok.stdout
    assert "verdict operational" in ok.stdout


def test_check_lines_say_each_thing_once(client_set):
    """A quality manager reads 'CM03 standard-speak restates the standard: ...', not the rule's name twice."""
    r = gapscan("check", "procedures/qp-04-external-providers.md", "--fail-on", "never", cwd=client_set)
    lines = [line for line in r.stdout.splitlines() if re.match(r"^\S+:\d+: CM0\d ", line)]
    assert any(" CM03 standard-speak restates the standard: '" in line for line in lines), r.stdout
    for line in lines:
        code, name = line.split(": ", 1)[1].split()[:2]
        assert line.count(name) == 1, line


def test_report_is_never_written_into_the_scanned_folder(client_set):
    before = digest(client_set)
    r = gapscan("audit", ".", "--format", "markdown", "-o", "report.md", cwd=client_set)
    assert r.returncode == 2
    assert "never changes what it scans" in r.stderr
    assert digest(client_set) == before
    target = client_set / "procedures" / "sop-12-goods-in.md"
    r = gapscan("check", str(target), "-o", str(target))
    assert r.returncode == 2 and digest(client_set) == before


def test_html_and_docx_reports_are_written_with_o(client_set, tmp_path):
    import io

    import docx

    before = digest(client_set)
    html, word = tmp_path / "report.html", tmp_path / "report.docx"
    for fmt, out in (("html", html), ("docx", word)):
        r = gapscan("audit", str(client_set), "--format", fmt, "-o", str(out), "--fail-on", "never")
        assert r.returncode == 0, r.stderr
        assert f"wrote {fmt} report to {out}" in r.stderr
    assert digest(client_set) == before
    page = html.read_text(encoding="utf-8")
    assert '<meta name="generator" content="gapscan-report' in page and "procedures/qp-04-external-providers.md" in page
    doc = docx.Document(io.BytesIO(word.read_bytes()))
    assert doc.core_properties.keywords == "gapscan-report"
    assert any(p.text == "Findings by document" for p in doc.paragraphs)
    # file names carry invisible break points (U+200B) in the Word table: compare the text as shown
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "procedures/qp-04-external-providers.md" in cells


def test_verbose_terminal_prints_every_finding(client_set):
    short = gapscan("audit", str(client_set), "--fail-on", "never")
    full = gapscan("audit", str(client_set), "--fail-on", "never", "--verbose")
    assert short.returncode == full.returncode == 0
    assert "--verbose prints every finding" in short.stdout and "fix: " not in short.stdout
    assert "fix: " in full.stdout and len(full.stdout.splitlines()) > len(short.stdout.splitlines())


def test_an_unwritable_output_fails_before_the_audit_starts(client_set, tmp_path):
    missing = tmp_path / "no such folder"
    for target, why in ((missing / "report.md", f"folder {missing} does not exist"),
                        (tmp_path, "it is a folder")):
        result = gapscan("audit", str(client_set), "--format", "markdown", "-o", str(target), "--timings")
        assert result.returncode == 2, result.stderr
        assert f"cannot write {target}: {why}" in result.stderr
        assert "timings" not in result.stderr  # refused before any stage ran
        assert "Traceback" not in result.stderr


def test_format_and_fail_on_are_case_insensitive(client_set):
    r = gapscan("audit", ".", "--format", "JSON", "--fail-on", "Never", cwd=client_set)
    assert r.returncode == 0, r.stderr
    assert '"schema_version": 1' in r.stdout


def test_an_empty_or_mistyped_folder_is_not_a_clean_pass(tmp_path):
    empty = tmp_path / "procedures"
    empty.mkdir()
    (empty / "notes.zip").write_bytes(b"not a document")  # a file gapscan does not list
    r = gapscan("audit", str(empty), "--format", "json")
    assert r.returncode == 2 and r.stdout == ""
    assert f"no documents found in {empty}" in r.stderr and "Traceback" not in r.stderr


def test_a_records_only_folder_says_there_is_nothing_to_compare_with(tmp_path):
    records = tmp_path / "records"
    shutil.copytree(EXAMPLES / "harrow-vale" / "records", records)
    r = gapscan("audit", str(records), "--format", "json", "--fail-on", "never")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert {d["kind"] for d in report["documents"]} == {"record"}
    assert not [f for f in report["findings"] if f["rule"] in ("PS01", "DR01", "DR02", "DR03")]
    md = gapscan("audit", str(records), "--format", "markdown", "--fail-on", "never").stdout
    assert "No procedure was among the documents, so the records could not be compared" in md


def test_check_reads_the_procedures_of_a_folder(client_set):
    r = gapscan("check", ".", "--format", "json", "--fail-on", "never", cwd=client_set)
    assert r.returncode == 0, r.stderr
    import json

    documents = json.loads(r.stdout)["documents"]
    judged = {d["path"] for d in documents if d["kind"] in ("procedure", "review")}
    assert any(p.startswith("procedures/") for p in judged)
    # the other files are listed with their kind, unjudged, so a missed procedure is seen to be left out
    others = [d for d in documents if d["path"] not in judged]
    assert others and all(d.get("verdict") is None and d["kind_reason"] for d in others)
    everything = json.loads(gapscan("audit", ".", "--format", "json", "--fail-on", "never",
                                    cwd=client_set).stdout)["documents"]
    procedures = {d["path"] for d in everything if d["kind"] in ("procedure", "review")}
    assert judged == procedures
    assert {d["path"]: d["kind"] for d in documents} == {d["path"]: d["kind"] for d in everything}


def test_rules_code_says_its_summary_once():
    r = gapscan("rules", "cm03")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith("CM03 standard-speak")
    assert r.stdout.count("instead of saying who does what") == 1
    assert "Why it matters" in r.stdout and "How to fix it" in r.stdout


def test_clauses_questions_prints_what_a_procedure_should_answer():
    plain = gapscan("clauses", "--standard", "iso9001")
    asked = gapscan("clauses", "--standard", "ISO 9001", "--questions")
    assert plain.returncode == asked.returncode == 0
    assert "8.4 Control of externally provided processes, products and services" in asked.stdout
    questions = [line for line in asked.stdout.splitlines() if line.lstrip().startswith("- ")]
    assert len(questions) >= 50 and not any(line.lstrip().startswith("- ") for line in plain.stdout.splitlines())


@pytest.mark.parametrize("name,check", [
    ("report.json", lambda p: json.loads(p.read_text())["schema_version"] == 1),
    ("report.html", lambda p: p.read_text().lstrip().lower().startswith("<!doctype html")),
    ("report.sarif", lambda p: json.loads(p.read_text())["version"] == "2.1.0"),
    ("report.docx", lambda p: p.read_bytes()[:2] == b"PK"),
])
def test_output_file_name_chooses_the_format_when_none_is_given(client_set, tmp_path, name, check):
    out = tmp_path / name
    r = gapscan("audit", str(client_set), "-o", str(out), "--fail-on", "never")
    assert r.returncode == 0, r.stderr
    assert check(out), out.read_bytes()[:200]
    assert f"wrote {SUFFIX_SAID[out.suffix]} report to {out}" in r.stderr


SUFFIX_SAID = {".json": "json", ".html": "html", ".sarif": "sarif", ".docx": "docx"}


def test_an_explicit_format_wins_over_the_file_name(client_set, tmp_path):
    out = tmp_path / "report.json"
    r = gapscan("audit", str(client_set), "--format", "markdown", "-o", str(out), "--fail-on", "never")
    assert r.returncode == 0, r.stderr
    assert out.read_text().startswith("# ")


def test_an_unknown_suffix_keeps_the_default_format(client_set, tmp_path):
    out = tmp_path / "report.out"
    r = gapscan("check", str(client_set / "procedures"), "-o", str(out), "--fail-on", "never")
    assert r.returncode == 0, r.stderr
    assert "wrote terminal report" in r.stderr
    with pytest.raises(ValueError):
        json.loads(out.read_text())


def test_map_to_an_xlsx_name_writes_a_spreadsheet(client_set, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "map.xlsx"
    r = gapscan("map", str(client_set), "-o", str(out), "--no-cache")
    assert r.returncode == 0, r.stderr
    assert "wrote xlsx clause map" in r.stderr
    assert "Matrix" in " ".join(openpyxl.load_workbook(out).sheetnames)


@pytest.mark.parametrize("command", ["map", "draft"])
def test_map_and_draft_refuse_a_cache_folder_inside_what_they_read(client_set, command):
    # draft reads the procedure's folder (no config above it here), map the folder it is given
    target = client_set if command == "map" else next((client_set / "procedures").glob("*.md"))
    inside = (client_set if command == "map" else target.parent) / ".cache"
    r = gapscan(command, str(target), "--cache-dir", str(inside))
    assert r.returncode == 2, r.stderr
    assert "inside the scanned folder" in r.stderr and "Traceback" not in r.stderr
    assert not inside.exists()


@pytest.mark.parametrize("command,usage", [("audit", "PATH..."), ("check", "FILE..."), ("map", "PATH..."),
                                           ("rules", "[CODE]")])
def test_usage_line_names_arguments_plainly(command, usage):
    r = gapscan(command, "--help")
    line = next(x for x in r.stdout.splitlines() if x.startswith("Usage:"))
    assert line.endswith(usage) and "{" not in line, line


def test_check_does_not_judge_a_spreadsheet_as_a_procedure():
    """A register named to `check` is a record: clause-mirroring rules on its cells ("verdict operational,
    specificity 80") would be nonsense. It is listed as a record, unjudged, and does not fail the run, so
    `gapscan check $(git diff --name-only)` in CI passes over a changed register."""
    csv = EXAMPLES / "harrow-vale" / "records" / "HF-03 Near-Miss Log.csv"
    procedure = EXAMPLES / "harrow-vale" / "procedures" / "QP-06 Training and Competence.md"
    r = gapscan("check", str(csv), str(procedure), "--format", "json", "--fail-on", "info", "--no-cache")
    assert r.returncode == 0, r.stderr
    documents = {Path(d["path"]).name: d for d in json.loads(r.stdout)["documents"]}
    assert documents["HF-03 Near-Miss Log.csv"]["kind"] == "record"
    assert documents["HF-03 Near-Miss Log.csv"].get("verdict") is None
    assert documents["QP-06 Training and Competence.md"]["verdict"] == "operational"
    r = gapscan("check", str(csv), "--no-cache")
    assert r.returncode == 0, r.stderr
    said = " ".join(r.stdout.split())
    assert "1 file not judged: examples/harrow-vale/records/HF-03 Near-Miss Log.csv (record: " in said
    assert "check judges procedures only: a spreadsheet is never judged as one" in said
    assert "name a document" not in said  # naming it would not help: it is named already
    assert "0 files checked: no findings" in said
    assert "too short to judge" not in r.stdout and "verdict" not in r.stdout
