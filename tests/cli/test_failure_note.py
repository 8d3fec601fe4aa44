"""A CI build that fails says why on stderr, whatever the report format, and how to accept what it found."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def gapscan(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gapscan", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


MIRRORED = "procedures/qp-04-external-providers.md"


def test_a_failed_check_names_the_failing_finding_and_how_to_suppress_or_baseline_it(client_set, tmp_path):
    out = tmp_path / "gapscan.sarif"
    r = gapscan("check", MIRRORED, "--format", "sarif", "-o", str(out), cwd=client_set)
    assert r.returncode == 1
    failing = [line for line in r.stderr.splitlines() if "exit 1" in line]
    assert len(failing) == 1, r.stderr
    line = failing[0]
    # why: how many findings reach the threshold, which threshold, and the first of them, where an editor opens it
    assert "at or above --fail-on error" in line
    assert "CM02" in line and f"{MIRRORED}:" in line
    # how to accept it: a suppression comment naming the code, or a baseline of this very command
    assert 'gapscan: ignore CM02 reason="..."' in line
    assert f"gapscan baseline write gapscan-baseline.json {MIRRORED} --check" in line
    assert "--baseline gapscan-baseline.json" in line
    # --quiet keeps it: it is the reason the build is red
    q = gapscan("check", MIRRORED, "--format", "sarif", "-o", str(out), "--quiet", cwd=client_set)
    assert q.returncode == 1 and "exit 1" in q.stderr


def test_a_passing_run_says_nothing_of_failing(client_set, tmp_path):
    r = gapscan("check", MIRRORED, "--fail-on", "never", "--format", "sarif", "-o", str(tmp_path / "a.sarif"),
                cwd=client_set)
    assert r.returncode == 0 and "exit 1" not in r.stderr
    ok = gapscan("check", "procedures/sop-12-goods-in.md", cwd=client_set)
    assert ok.returncode == 0 and "exit 1" not in ok.stderr


def test_the_note_counts_warnings_when_the_threshold_is_warning(client_set, tmp_path):
    r = gapscan("check", MIRRORED, "--fail-on", "warning", "--format", "json", "-o", str(tmp_path / "r.json"),
                cwd=client_set)
    import json

    findings = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["findings"]
    line = next(line for line in r.stderr.splitlines() if "exit 1" in line)
    assert f"{len(findings)} findings at or above --fail-on warning" in line


def test_the_baseline_it_suggests_can_be_written_when_the_working_folder_is_scanned(client_set, tmp_path):
    """`gapscan check .` suggested `gapscan baseline write gapscan-baseline.json .`, which gapscan refuses (it never
    writes into what it scans): the suggested file lies outside the scanned folder, and the command it gives works."""
    import shlex
    import shutil

    work = tmp_path / "repo"
    shutil.copytree(client_set / "procedures", work)
    r = gapscan("check", ".", cwd=work)
    assert r.returncode == 1
    line = next(x for x in r.stderr.splitlines() if "exit 1" in x)
    suggested = line.split("run `", 1)[1].split("`", 1)[0]
    assert suggested.startswith("gapscan baseline write ../gapscan-baseline.json . --check"), suggested
    written = gapscan(*shlex.split(suggested)[1:], cwd=work)
    assert written.returncode == 0, written.stderr
    baselined = gapscan("check", ".", "--baseline", "../gapscan-baseline.json", cwd=work)
    assert baselined.returncode == 0, baselined.stderr


def test_a_threshold_from_the_config_is_named_as_the_config_spells_it(client_set, tmp_path):
    import shutil

    work = tmp_path / "repo"
    shutil.copytree(client_set / "procedures", work / "procedures")
    (work / "gapscan.toml").write_text('fail_on = "warning"\n', encoding="utf-8")
    r = gapscan("check", "procedures", cwd=work)
    assert r.returncode == 1
    line = next(x for x in r.stderr.splitlines() if "exit 1" in x)
    assert 'at or above fail_on = "warning" in ' in line and "gapscan.toml" in line


def test_a_word_file_is_told_the_config_entry_not_a_comment(client_set, tmp_path):
    """A Word or PDF procedure has no comment gapscan reads (README, Suppressions), yet a build failed on one read
    'put `gapscan: ignore CM02 reason="..."` in a comment above it' (ux24: QM-01 Quality Manual.docx): the note now
    gives the [[ignore]] entry for that file; a markdown one keeps the comment."""
    from docx import Document

    word = Document()  # the set's mirrored markdown procedure, as a Word file
    for text in (client_set / MIRRORED).read_text(encoding="utf-8").splitlines():
        if text.startswith("#"):
            word.add_heading(text.lstrip("# "), 1 if text.startswith("# ") else 2)
        elif text.strip():
            word.add_paragraph(text)
    word.save(client_set / "procedures" / "qp-04.docx")
    r = gapscan("check", "procedures/qp-04.docx", cwd=client_set)
    assert r.returncode == 1
    line = next(line for line in r.stderr.splitlines() if "exit 1" in line)
    assert "CM02 error at procedures/qp-04.docx" in line
    assert "gapscan: ignore" not in line and "in a comment" not in line
    assert ('a docx file has no comment gapscan reads: add to gapscan.toml an [[ignore]] entry with '
            'path = "procedures/qp-04.docx", codes = ["CM02"] and a reason') in line
    assert "gapscan baseline write gapscan-baseline.json procedures/qp-04.docx --check" in line


def test_a_failing_word_file_is_named_with_the_paragraph_the_finding_is_at(client_set, tmp_path):
    """A CM02 error on a .docx named the file alone ('the first CM02 error at qp-04.docx'): Word files have no
    line an editor opens, so the note names the place in the report's words (paragraph, under its heading)."""
    import docx

    doc = docx.Document()  # the mirrored procedure of the client set, as Word headings and paragraphs
    for line in (client_set / MIRRORED).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.strip():
            doc.add_paragraph(line)
    work = tmp_path / "repo"
    work.mkdir()
    doc.save(str(work / "qp-04.docx"))
    r = gapscan("check", "qp-04.docx", "--format", "json", "-o", str(tmp_path / "r.json"), cwd=work)
    assert r.returncode == 1, r.stderr
    line = next(x for x in r.stderr.splitlines() if "exit 1" in x)
    import json
    import re

    m = re.search(r"(CM\d\d) error at qp-04\.docx \(paragraph (\d+)\)", line)
    assert m, line
    findings = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["findings"]
    assert any(f["rule"] == m.group(1) and f["location"].get("line") == int(m.group(2)) for f in findings)
