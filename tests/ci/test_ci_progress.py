"""The progress display: on stderr at a terminal only; silent when piped, in CI and with --quiet."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

from ci_texts import MIRRORED, OPERATIONAL

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def audit_set(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "pp-02.md").write_text(MIRRORED)
    (folder / "wi-31.md").write_text(OPERATIONAL)
    (folder / "receiving-log.csv").write_text("Date,Cast number,Inspector,Result\n"
                                              + "".join(f"2026-01-{d:02d},C{d},J. Ruiz,ok\n" for d in range(1, 20)))
    return folder


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS", "NO_COLOR")}
    env.update(TERM="xterm-256color", **extra)
    return env


def run_with_terminal_stderr(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run gapscan with stderr on a pseudo-terminal (as a person sees it) and stdout on a pipe."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "gapscan", *args], stdout=subprocess.PIPE, stderr=slave,
                            stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    stdout: list[bytes] = []
    # stdout is drained beside the terminal, or a long report would fill its pipe and stall the child
    reader = threading.Thread(target=lambda: stdout.append(proc.stdout.read()))
    reader.start()
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    reader.join(timeout=300)
    proc.wait(timeout=300)
    os.close(master)
    return proc.returncode, b"".join(stdout).decode(), ANSI.sub("", b"".join(chunks).decode(errors="replace"))


def test_piped_run_prints_nothing_on_stderr(tmp_path):
    folder = audit_set(tmp_path)
    r = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(folder), "--fail-on", "never"],
                       capture_output=True, text=True, env=environment(), timeout=300)
    assert r.returncode == 0
    assert r.stderr == ""
    assert "pp-02.md" in r.stdout


def test_terminal_run_shows_the_stages_and_files_read(tmp_path):
    folder = audit_set(tmp_path)
    code, stdout, stderr = run_with_terminal_stderr(["audit", str(folder), "--fail-on", "never"], environment())
    assert code == 0
    for stage in ("reading files", "reading the procedures' language", "profiling the records", "running the rules"):
        assert stage in stderr, stage
    assert "3/3 files" in stderr
    assert "pp-02.md" in stdout and "reading files" not in stdout  # the report itself stays clean


def test_terminal_run_is_silent_in_ci_and_with_quiet(tmp_path):
    folder = audit_set(tmp_path)
    _, _, in_ci = run_with_terminal_stderr(["audit", str(folder), "--fail-on", "never"], environment(CI="true"))
    assert in_ci.strip() == ""
    _, _, quiet = run_with_terminal_stderr(["audit", str(folder), "--fail-on", "never", "--quiet"], environment())
    assert quiet.strip() == ""
