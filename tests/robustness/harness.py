"""Run gapscan on a generated folder both ways (engine.run in-process, the real CLI in a
subprocess) and check what every run must guarantee: no traceback, no hang, no write into
the scanned tree, a report valid against the JSON schema in every format.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

SRC = Path(__file__).resolve().parents[2] / "src" / "gapscan"
SCHEMA = json.loads((SRC / "data" / "report.schema.json").read_text(encoding="utf-8"))
CLI_TIMEOUT = 120


def tree_digest(folder: Path) -> str:
    """A hash of every name, type, mode and byte under `folder` (symlinks not followed)."""
    h = hashlib.sha256()
    paths = [folder] if folder.is_file() else sorted(folder.rglob("*"))
    for p in paths:
        h.update(os.fsencode(str(p.relative_to(folder.parent if folder.is_file() else folder))))
        st = p.lstat()
        h.update(f"{st.st_mode}:{st.st_size}".encode())
        if p.is_file() and not p.is_symlink():
            try:
                h.update(p.read_bytes())
            except OSError:
                h.update(b"<unreadable>")
    return h.hexdigest()


def validate(report: dict) -> None:
    import jsonschema

    jsonschema.validate(report, SCHEMA)


@dataclass
class CliRun:
    returncode: int
    stdout: str
    stderr: str
    report: dict | None  # the JSON report, when one was asked for


def _cpu_limit(seconds: int):
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
    return apply


def cli(*args: str, cwd: Path | None = None, json_out: Path | None = None,
        cpu_seconds: int | None = None) -> CliRun:
    """`python -m gapscan ARGS` as a user runs it; with json_out, a JSON report written there.

    `cpu_seconds` bounds the run by CPU time rather than wall time (the machine is shared),
    so a hang fails the test instead of stalling the suite.
    """
    extra = ["--format", "json", "-o", str(json_out)] if json_out is not None else []
    try:
        r = subprocess.run([sys.executable, "-m", "gapscan", *args, *extra], capture_output=True,
                           text=True, cwd=cwd, timeout=CLI_TIMEOUT, env={**os.environ, "NO_COLOR": "1"},
                           preexec_fn=_cpu_limit(cpu_seconds) if cpu_seconds else None)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"gapscan {' '.join(args)} did not finish in {CLI_TIMEOUT} s") from None
    assert r.returncode >= 0, f"gapscan killed by signal {-r.returncode} (CPU limit {cpu_seconds} s?)"
    assert "Traceback" not in r.stderr, r.stderr
    assert "Traceback" not in r.stdout, r.stdout
    report = None
    if json_out is not None and r.returncode in (0, 1):
        report = json.loads(json_out.read_text(encoding="utf-8"))
        validate(report)
    return CliRun(r.returncode, r.stdout, r.stderr, report)


def engine_run(paths: Sequence[Path], *, config=None, command: str = "audit", **options):
    """engine.run in-process, every renderer exercised; returns (Report, JSON dict)."""
    from gapscan.config import Config
    from gapscan.engine import RunOptions, run
    from gapscan.report import render

    opts = RunOptions(command=command, jobs=options.pop("jobs", 1), timestamp=False, **options)
    warnings: list[str] = []
    report = run(list(paths), config or Config(), opts, warn=warnings.append)
    for fmt in ("terminal", "markdown", "sarif"):
        text = render(report, fmt)
        assert text.strip(), fmt
        assert "Traceback" not in text
    sarif = json.loads(render(report, "sarif"))
    assert sarif.get("runs"), "SARIF without runs"
    data = json.loads(render(report, "json"))
    validate(data)
    return report, data


def audit_both(paths: Sequence[Path], *, out_dir: Path, cli_args: Sequence[str] = (),
               command: str = "audit", config=None, **options):
    """engine.run and the CLI on the same paths; the scanned trees must not change.

    Returns (engine Report, engine JSON, CliRun). The CLI must exit 0 or 1, never 2,
    whatever the files hold.
    """
    before = [tree_digest(p) for p in paths]
    report, data = engine_run(paths, config=config, command=command, **options)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{command}-report.json"
    r = cli(command, *[str(p) for p in paths], *cli_args, json_out=out)
    assert r.returncode in (0, 1), r.stderr
    assert [tree_digest(p) for p in paths] == before, "the scanned tree changed"
    return report, data, r


def paths_of(data: dict) -> dict[str, dict]:
    return {d["path"]: d for d in data["documents"]}
