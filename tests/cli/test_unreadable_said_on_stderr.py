"""A file gapscan could not read is said on stderr when the report goes to a file or is for a machine.

Read as a CI job would (ux24): `gapscan check docs --format sarif -o gapscan.sarif` over a folder with a damaged
docx printed only "wrote sarif report to gapscan.sarif" and exited 0: the file's status error was in the SARIF's
tool notifications, where nobody reading the build log looks, so a procedure left unchecked passed unnoticed.
The exit status stays 0 (CLI.md: a file that cannot be parsed never changes it by itself).
"""
from __future__ import annotations

import subprocess
import sys


def gapscan(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "gapscan", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_a_damaged_file_is_named_in_the_build_log(client_set, tmp_path):
    (client_set / "procedures" / "broken.docx").write_bytes(b"PK\x03\x04 not really a document")
    out = tmp_path / "gapscan.sarif"
    r = gapscan("check", "procedures", "--format", "sarif", "-o", str(out), "--fail-on", "never", "-q",
                cwd=client_set)
    assert r.returncode == 0, r.stderr
    assert ("gapscan: warning: 1 file could not be read and was not checked (listed in the report with the reason): "
            "procedures/broken.docx: not a valid Word file") in r.stderr
    r = gapscan("audit", ".", "--format", "json", "--fail-on", "never", cwd=client_set)
    assert r.returncode == 0 and "1 file could not be read" in r.stderr and "procedures/broken.docx" in r.stderr


def test_a_clean_run_says_nothing_more_and_the_terminal_report_says_it_once(client_set, tmp_path):
    out = tmp_path / "r.sarif"
    r = gapscan("check", "procedures", "--format", "sarif", "-o", str(out), "--fail-on", "never", cwd=client_set)
    assert r.returncode == 0 and "could not be read" not in r.stderr
    (client_set / "procedures" / "broken.docx").write_bytes(b"PK\x03\x04 not really a document")
    r = gapscan("check", "procedures", "--fail-on", "never", cwd=client_set)  # the report on screen says it
    assert "could not be read" in r.stdout and "could not be read" not in r.stderr
