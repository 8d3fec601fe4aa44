"""The console entry point ends the process without the interpreter's teardown (cli._exit_now): what
a user sees of an exit must not change: every byte of output, the exit code, exit handlers."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


# output to a pipe is block-buffered, as for a user's `gapscan check ... | less`, unless this is set
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gapscan", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300, env=ENV)


def test_piped_report_is_complete_and_exit_code_kept(client_set):
    r = run("check", "procedures", "--format", "json", "--fail-on", "warning", cwd=client_set)
    report = json.loads(r.stdout)  # every byte written before the process went
    mirrored = [f for f in report["findings"] if f["path"].endswith("qp-04-external-providers.md")]
    assert mirrored and {f["rule"] for f in mirrored} <= {"CM01", "CM02", "CM03", "CM04", "CM05", "CM06"}
    assert r.returncode == 1  # warnings found, --fail-on warning
    r = run("check", "procedures/sop-12-goods-in.md", "--fail-on", "error", cwd=client_set)
    assert r.returncode == 0 and "1 file checked" in r.stdout


def test_report_file_and_stderr_are_complete(client_set, tmp_path):
    out = tmp_path / "report.json"
    r = run("audit", ".", "-o", str(out), "--fail-on", "never", "--timings", cwd=client_set)
    assert r.returncode == 0, r.stderr
    assert f"wrote json report to {out}" in r.stderr and "gapscan: timings: walk" in r.stderr
    assert {d["path"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]} == {
        "procedures/qp-04-external-providers.md", "procedures/sop-12-goods-in.md", "records/goods-in-log.csv"}


def test_usage_error_exits_2(client_set):
    r = run("check", "no-such-draft.docx", cwd=client_set)
    assert r.returncode == 2 and "no such file or folder: no-such-draft.docx" in r.stderr


def test_exit_handlers_run(client_set, tmp_path):
    """An exit handler registered during a run (logging's flush, multiprocessing's clean-up) still runs."""
    marker = tmp_path / "handler-ran"
    code = ("import atexit, pathlib, sys; from gapscan.cli import main; "
            f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes'); "
            "sys.argv = ['gapscan', 'check', 'procedures', '--fail-on', 'never']; main()")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=client_set, timeout=300,
                       env=ENV)
    assert r.returncode == 0, r.stderr
    assert marker.read_text() == "yes" and "2 files checked" in r.stdout


def _measured_run(client_set: Path, saved: Path, env: dict) -> tuple[subprocess.CompletedProcess, Path]:
    """gapscan run the way `coverage run` runs a program: the measurement is saved after main() returns,
    in the runner's own `finally`, not in an exit handler."""
    code = ("import pathlib, sys; from gapscan.cli import main; "
            "sys.argv = ['gapscan', 'check', 'procedures', '--fail-on', 'warning']\n"
            f"try:\n    main()\nfinally:\n    pathlib.Path({str(saved)!r}).write_text('saved')\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=client_set, timeout=300,
                       env=env)
    return r, saved


def test_a_process_under_coverage_exits_normally_so_its_data_is_saved(client_set, tmp_path):
    r, saved = _measured_run(client_set, tmp_path / "measured", {**ENV, "COVERAGE_PROCESS_START": str(tmp_path / "rc")})
    assert r.returncode == 1 and "2 files checked" in r.stdout  # the exit code and output are the same
    assert saved.read_text() == "saved"
    # without coverage the fast exit stands: the runner's `finally` never runs
    plain = {k: v for k, v in ENV.items() if not k.startswith("COVERAGE_")}
    r, saved = _measured_run(client_set, tmp_path / "plain", plain)
    assert r.returncode == 1 and not saved.exists()


def test_python_m_gapscan_cli_runs_the_command_line(tmp_path):
    """`python -m gapscan.cli audit ...` (the module the entry point lives in) printed nothing and exited 0:
    a CI line written that way passed without checking anything."""
    r = subprocess.run([sys.executable, "-m", "gapscan.cli", "--version"], capture_output=True, text=True,
                       timeout=120, cwd=tmp_path)
    assert r.returncode == 0 and "0.1.0" in r.stdout, (r.stdout, r.stderr)
    missing = subprocess.run([sys.executable, "-m", "gapscan.cli", "check", str(tmp_path / "nothing.md")],
                             capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr
