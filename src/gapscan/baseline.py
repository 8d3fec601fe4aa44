"""Stable fingerprints of findings, and the baseline file that records them.

A fingerprint names one problem so that it can be recognised in a later run: rule code,
document path (relative to the scan root, posix) and the finding's *identity*, the part of
its evidence that says which problem it is, normalised (lower case, whitespace collapsed).
Line numbers never enter it, and neither do the counts a rule reports, which move with
every row added to a log. What identifies a finding, per rule family:

- CM01, CM03, CM04: the heading or sentence quoted as evidence, with its digits (a clause
  number or "within 5 days" is part of what the sentence says). Editing the sentence makes
  a new finding; inserting paragraphs above it does not.
- CM02, CM05: one finding per document; CM02 adds the standard it follows. Their messages
  count headings and anchors, which change as the document grows.
- DR01-DR06: the procedure's claim ("calibrated every 12 months", digits kept: a different
  cadence is a different claim) and, for DR04, the field. Medians, shares and row counts in
  the message are left out.
- PS01, PS03: one finding per document (entries, people and terms are counts that move).
- PS02: the other record(s) holding the same entries.
- SH01: the audit date the entries cluster before. SH02, SH03: one finding per document.
- any other rule: its message with every number blanked.

Equal keys (the same sentence quoted twice in one document) are told apart by an
occurrence index in reading order, the fingerprint's suffix ":0", ":1", ...
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Sequence

from gapscan.model import Finding, Report

FORMAT_VERSION = 1
SARIF_KEY = "gapscan/v1"  # the partialFingerprints key; a new scheme gets a new key


def normalise(text: str) -> str:
    """Lower case, typographic quotes made plain, whitespace collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split())


def _blank_numbers(text: str) -> str:
    return re.sub(r"\d+(?:[.,]\d+)*%?", "#", text)


def _evidence_text(f: Finding) -> tuple[str, ...]:
    return (normalise(f.evidence[0].text),) if f.evidence else (normalise(_blank_numbers(f.message)),)


def _document(f: Finding) -> tuple[str, ...]:
    return ()


def _standard(f: Finding) -> tuple[str, ...]:
    return (str(f.metrics.get("standard", "")),)


def _claim(f: Finding) -> tuple[str, ...]:
    claim = f.metrics.get("claim")
    if not isinstance(claim, str):
        return (normalise(_blank_numbers(f.message)),)
    return (normalise(claim), normalise(str(f.metrics.get("field", ""))))


def _other_records(f: Finding) -> tuple[str, ...]:
    return tuple(sorted(f.related))


def _audit_date(f: Finding) -> tuple[str, ...]:
    return (str(f.metrics.get("audit_date", "")),)


def _message(f: Finding) -> tuple[str, ...]:
    return (normalise(_blank_numbers(f.message)),)


IDENTITY: dict[str, Callable[[Finding], tuple[str, ...]]] = {
    "CM01": _evidence_text, "CM02": _standard, "CM03": _evidence_text, "CM04": _evidence_text,
    "CM05": _document,
    "DR01": _claim, "DR02": _claim, "DR03": _claim, "DR04": _claim, "DR05": _claim, "DR06": _claim,
    "PS01": _document, "PS02": _other_records, "PS03": _document,
    "SH01": _audit_date, "SH02": _document, "SH03": _document,
}


def key(finding: Finding) -> str:
    """The fingerprint without its occurrence index: a hash of rule, path and identity."""
    identity = IDENTITY.get(finding.rule, _message)(finding)
    text = "\x1f".join((finding.rule, finding.path.replace("\\", "/"), *identity))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def fingerprinted(findings: Sequence[Finding]) -> list[Finding]:
    """The findings (in reading order) with their fingerprints set, occurrence index included."""
    seen: dict[str, int] = {}
    out = []
    for f in sorted(findings, key=Finding.sort_key):
        k = key(f)
        n = seen.get(k, 0)
        seen[k] = n + 1
        out.append(replace(f, fingerprint=f"{k}:{n}"))
    return out


def config_hash(config: Any) -> str:
    """A short hash of what a configuration changes in the results (not its file's comments or layout)."""
    from dataclasses import asdict

    data = asdict(config)
    data.pop("source", None)
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- the baseline file

class BaselineError(Exception):
    """A baseline file that cannot be used: the message is one line (exit 2)."""


@dataclass(frozen=True, kw_only=True)
class Baseline:
    path: str  # the file as named on the command line
    command: str
    rules: tuple[str, ...]  # the rule codes that ran when it was written
    fingerprints: frozenset[str]
    tool_version: str = ""


def to_data(report: Report) -> dict[str, Any]:
    """The baseline file's content for a report: one entry per finding, by path then reading order."""
    created = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return {
        "gapscan_baseline": FORMAT_VERSION,
        "tool": {"name": "gapscan", "version": report.tool_version},
        "created": created.isoformat().replace("+00:00", "Z"),
        "root": report.root,
        "command": report.command,
        "rules": {"select": list(report.select), "ignore": list(report.ignore), "ran": list(report.rules_ran)},
        "config_hash": report.config_hash,
        "findings": [{"fingerprint": f.fingerprint, "rule": f.rule, "path": f.path,
                      "message": _short(f.message)} for f in report.findings],
    }


def _short(message: str, limit: int = 120) -> str:
    text = " ".join(message.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def write(report: Report, path: Path) -> int:
    """Write the baseline of `report` to `path`; the number of fingerprints written."""
    data = to_data(report)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(data["findings"])


def load(path: Path) -> Baseline:
    """Read a baseline file; BaselineError with one line when it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"baseline file not found: {path}") from None
    except OSError as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc.strerror}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BaselineError(f"baseline {path} is not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("gapscan_baseline") != FORMAT_VERSION:
        raise BaselineError(f"{path} is not a gapscan baseline (version {FORMAT_VERSION}); "
                            "write one with `gapscan baseline write`")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str)
                                                 for e in entries):
        raise BaselineError(f"baseline {path} has no list of findings with fingerprints")
    rules = data.get("rules", {}).get("ran", []) if isinstance(data.get("rules"), dict) else []
    tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
    return Baseline(path=str(path), command=str(data.get("command", "")),
                    rules=tuple(str(r) for r in rules if isinstance(r, str)),
                    fingerprints=frozenset(e["fingerprint"] for e in entries),
                    tool_version=str(tool.get("version", "")))


def apply(report: Report, baseline: Baseline) -> Report:
    """The report with the findings the baseline knows moved to `baselined`: only new ones count."""
    new = tuple(f for f in report.findings if f.fingerprint not in baseline.fingerprints)
    known = tuple(f for f in report.findings if f.fingerprint in baseline.fingerprints)
    summary = report.summary
    if summary is not None:  # "findings that matter most" must not lead with what the baseline accepted
        from gapscan.summary import top_findings

        summary = replace(summary, top_findings=tuple(top_findings(new)))
    return replace(report, findings=new, baselined=known, baseline=baseline.path, summary=summary)


def notes(report: Report, baseline: Baseline) -> list[str]:
    """What may make the comparison with the baseline misleading, one line each (for stderr).

    `report` is the one `apply` returned."""
    out = []
    missing = sorted(set(report.rules_ran) - set(baseline.rules))
    if baseline.rules and missing:
        out.append(f"baseline {baseline.path} was written without {', '.join(missing)}: "
                   "their findings all count as new")
    if baseline.tool_version and baseline.tool_version != report.tool_version:
        out.append(f"baseline {baseline.path} was written by gapscan {baseline.tool_version}, this is "
                   f"{report.tool_version}: a rule that changed may report known problems as new")
    if baseline.fingerprints and report.findings and not report.baselined:
        if baseline.command and baseline.command != report.command:
            # audit and check name files from different folders, so their fingerprints never meet
            flag = " --check" if report.command == "check" else ""
            out.append(f"no finding of this run is in baseline {baseline.path}: it was written for `{baseline.command}`"
                       f", not `{report.command}`; write one with `gapscan baseline write FILE PATH{flag}`")
        else:
            out.append(f"no finding of this run is in baseline {baseline.path} (written by `{baseline.command}`): "
                       "if the set did not change, it was scanned from another folder and paths differ")
    return out
