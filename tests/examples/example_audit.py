"""Shared by the example-set tests: rebuild a set, run `gapscan audit` on it as a user does, and
look findings up by rule and path the way examples/README.md names them."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def builder(module: str):
    spec = importlib.util.spec_from_file_location(module, EXAMPLES / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def audit(folder: Path, out: Path) -> dict:
    """The JSON report of `gapscan audit FOLDER` (its gapscan.toml is discovered), written outside it."""
    run = subprocess.run([sys.executable, "-m", "gapscan", "audit", str(folder), "--format", "json",
                          "-o", str(out), "--fail-on", "never"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(out.read_text(encoding="utf-8"))


def hits(report: dict, rule: str, path: str) -> list[dict]:
    """Findings of `rule` on the document `path`."""
    return [f for f in report["findings"] if f["rule"] == rule and f["path"] == path]


def touching(report: dict, rule: str, *paths: str) -> list[dict]:
    """Findings of `rule` whose document or related documents include every one of `paths`."""
    return [f for f in report["findings"]
            if f["rule"] == rule and set(paths) <= {f["path"], *f.get("related", [])}]


def text(finding: dict) -> str:
    """Everything a reader sees of a finding, lower-cased: message, metrics, evidence, related paths."""
    return json.dumps(finding, ensure_ascii=False).lower()


def _numbers(value) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        return [float(value)]
    if isinstance(value, str):
        return [float(m) for m in re.findall(r"(?<![\w.])\d+(?:\.\d+)?", value.replace(",", ""))]
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, (list, tuple)):
        return [n for v in value for n in _numbers(v)]
    return []


def has_number(finding: dict, low: float, high: float) -> bool:
    """A figure in [low, high] appears in the message or metrics; shares count as fractions or percents."""
    figures = _numbers(finding.get("message", "")) + _numbers(finding.get("metrics", {}))
    return any(low <= x <= high or (x <= 1 and low <= 100 * x <= high) for x in figures)


def verdicts(report: dict) -> dict[str, str | None]:
    return {d["path"]: d.get("verdict") for d in report["documents"]}
