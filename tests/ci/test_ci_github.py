"""--format github: the output is parsed back as GitHub's runner parses workflow commands."""
from __future__ import annotations

import json
import re

from ci_texts import MIRRORED, OPERATIONAL

from gapscan.model import Finding, Location, Report, Severity
from gapscan.report import github

COMMAND = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def unescape(text: str) -> str:
    """GitHub's decoding (toolkit/runner), in reverse order of the encoding."""
    for code, char in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(output: str) -> list[dict]:
    """Every workflow command in `output`: level, properties and message, unescaped. Other lines are log text."""
    out = []
    for line in output.splitlines():
        m = COMMAND.match(line)
        if not m:
            assert not line.startswith("::"), f"malformed workflow command: {line}"
            continue
        props = dict(p.split("=", 1) for p in (m.group("props") or "").split(",") if p)
        out.append({"level": m.group("level"), **{k: unescape(v) for k, v in props.items()},
                    "message": unescape(m.group("message"))})
    return out


def test_one_annotation_per_finding_with_repository_paths(tmp_path, cli, monkeypatch):
    repo = tmp_path / "repo"
    (repo / "docs" / "procedures").mkdir(parents=True)
    (repo / "docs" / "procedures" / "pp-02.md").write_text(MIRRORED)
    (repo / "docs" / "procedures" / "wi-31.md").write_text(OPERATIONAL)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repo))
    target = repo / "docs" / "procedures"
    annotations = parse(cli("check", target, "--format", "github").stdout)
    report = json.loads(cli("check", target, "--format", "json").stdout)

    # one annotation per place: a finding found twice on one line is one annotation saying ×2
    places: dict[tuple, list] = {}
    for f in report["findings"]:
        places.setdefault((f["path"], f["location"]["line"], f["rule"], f["message"]), []).append(f)
    findings = [same[0] for same in places.values()]
    assert len(annotations) == len(findings) >= 10 and len(report["findings"]) >= len(findings)
    for note, same in zip(annotations, places.values()):
        assert (f"(×{len(same)} on this line)" in note["message"]) == (len(same) > 1)
    expected_level = {"error": "error", "warning": "warning", "info": "notice"}
    for note, finding in zip(annotations, findings):
        # relative to the repository, not to the scanned folder (where the JSON paths start)
        assert note["file"] == "docs/procedures/" + finding["path"]
        assert int(note["line"]) == finding["location"]["line"]
        assert note["level"] == expected_level[finding["severity"]]
        assert note["title"] == f"{finding['rule']} {finding['name']}"
        assert note["message"].startswith(finding["message"])
    assert {n["file"] for n in annotations} == {"docs/procedures/pp-02.md"}
    assert [n["title"].split()[0] for n in annotations if n["level"] == "error"] == ["CM02"]


def test_escaping_of_properties_and_message():
    finding = Finding(rule="DR03", name="deadline-drift", severity=Severity.INFO, path="logs/ncr, 2026: Q1.csv",
                      message="100% of rows late\r\nby 3 days", location=Location(sheet="Q1", row=7, cell="C7"),
                      fix="Set a limit: 5 days, or staff it")
    report = Report(root="x", base="/srv/repo", tool_version="0", command="audit", documents=(),
                    findings=(finding,))
    out = github.render(report, workspace="/srv/repo")
    line = out.splitlines()[0]
    # the message is put on one line; the fix goes on a line of its own; a CSV row is the line its record is on
    assert line == ("::notice file=logs/ncr%2C 2026%3A Q1.csv,line=7,title=DR03 deadline-drift::100%25 of rows late by "
                    "3 days [Q1!C7]%0AFix: Set a limit: 5 days, or staff it")
    (note,) = parse(out)
    assert note == {"level": "notice", "file": "logs/ncr, 2026: Q1.csv", "line": "7", "title": "DR03 deadline-drift",
                    "message": "100% of rows late by 3 days [Q1!C7]\nFix: Set a limit: 5 days, or staff it"}
    assert github.escape_data("a\r\nb: 5%, c") == "a%0D%0Ab: 5%25, c"
    assert github.escape_property("a\r\nb: 5%, c") == "a%0D%0Ab%3A 5%25%2C c"
    assert out.splitlines()[-1] == "gapscan: 1 finding (1 info)"


def test_pdf_line_names_its_page():
    finding = Finding(rule="CM01", name="clause-numbered-headings", severity=Severity.WARNING, path="qp.pdf",
                      message="heading '8.4 ...'", location=Location(page=3, line=12))
    report = Report(root="x", base="/srv/repo", tool_version="0", command="check", documents=(),
                    findings=(finding,))
    (note,) = parse(github.render(report, workspace="/srv/repo"))
    # line 12 of page 3 is no line of the PDF file: the annotation sits on the file, the message says where
    assert "line" not in note and note["message"] == "heading '8.4 ...' [p.3 line 12]"


def test_paths_outside_the_workspace_stay_absolute():
    finding = Finding(rule="CM03", name="standard-speak", severity=Severity.WARNING, path="a.md", message="m",
                      location=Location(line=4))
    report = Report(root="x", base="/elsewhere/docs", tool_version="0", command="check", documents=(),
                    findings=(finding,))
    (note,) = parse(github.render(report, workspace="/srv/repo"))
    assert note["file"] == "/elsewhere/docs/a.md" and note["line"] == "4"


def test_closing_line_counts_unreadable_files(tmp_path, cli, monkeypatch):
    """A draft nobody could read is not a clean run: the log's last line says so, as the terminal's does."""
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    (tmp_path / "qp-01.docx").write_bytes(b"not a zip package")
    result = cli("check", tmp_path / "qp-01.docx", "--format", "github")
    (note,) = parse(result.stdout)
    assert note["file"] == "qp-01.docx" and note["title"] == "gapscan: not read"
    assert result.stdout.splitlines()[-1] == "gapscan: 0 findings; 1 file could not be read"
    assert result.exit_code == 0  # an unreadable file never changes the exit status by itself (CLI.md)
