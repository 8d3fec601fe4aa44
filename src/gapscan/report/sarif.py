"""The SARIF 2.1.0 report, for code-scanning dashboards and editors that read SARIF.

One run; the driver lists the whole rule catalogue so a result's ruleIndex is stable
whichever rules were selected. Lines of text files become regions (startLine); sheet, cell
and page locations, and the paragraph lines of a Word or OpenDocument file, have no SARIF
region (they are no line of the file), so they go into a logical location, the location's
property bag and the message, where a reader can still find the cell or the line. Each result carries its
fingerprint as partialFingerprints["gapscan/v1"], so code scanning keeps one alert per problem
across runs however the lines move; with --baseline, results also say baselineState.

Artifact uris are relative to the repository (GITHUB_WORKSPACE when the workflow sets it, else the git
work tree holding the scanned folder, else the current folder) when the scanned folder lies inside it:
GitHub code scanning resolves a uri from the repository root and ignores the base it names, so
`gapscan audit docs/quality` gives docs/quality/qp-04.md, not qp-04.md. A scan outside it keeps uris relative to the scanned folder.
"""
from __future__ import annotations

import json
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from gapscan.baseline import SARIF_KEY
from gapscan.model import DocumentResult, Evidence, Finding, Location, Report, Severity, Status
from gapscan.report.common import (counts_paragraphs, file_line, json_value, one_line, place_beside_line, repository,
                                   sorted_documents, sorted_findings, where_text)

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/gapscan/"
BASE_ID = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(report: Report, *, workspace: str | None = None) -> str:
    """The report as a SARIF 2.1.0 log (indented JSON ending in a newline)."""
    return json.dumps(to_sarif(report, workspace=workspace), indent=2, sort_keys=True, ensure_ascii=False,
                      allow_nan=False) + "\n"


def to_sarif(report: Report, *, workspace: str | None = None) -> dict[str, Any]:
    """The SARIF log as plain JSON values; `workspace` is the repository folder (see the module doc)."""
    from gapscan.rules.registry import RULES

    rule_index = {r.code: i for i, r in enumerate(RULES)}
    documents = sorted_documents(report)
    repo, prefix = _repository(report.base, workspace)
    artifacts = _Artifacts(documents, prefix)
    root = _root_location(report.base or report.root) if repo is None else {
        "uri": repo.as_uri().rstrip("/") + "/",
        "description": {"text": f"the repository the scan ran in; the scanned path as given on the command line: "
                                f"{report.root.strip()}"}}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "gapscan",
            "version": report.tool_version,
            "semanticVersion": report.tool_version,
            "informationUri": INFORMATION_URI,
            "rules": [_rule(r) for r in RULES],
        }},
        "originalUriBaseIds": {BASE_ID: root},
        "artifacts": [_artifact(d, artifacts) for d in documents],
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": _notifications(documents, rule_index, artifacts)
            + _run_notifications(report.run_errors, rule_index),
            "properties": {"command": report.command, "rulesRan": list(report.rules_ran),
                           "configHash": report.config_hash,
                           **({"baseline": report.baseline} if report.baseline is not None else {}),
                           "auditDates": [d.isoformat() for d in sorted(report.audit_dates)],
                           "auditDatesInferred": report.audit_dates_inferred},
        }],
        "results": _results(report, rule_index, artifacts)
        + _suppressed_results(report, rule_index, artifacts),
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _help(rule: Any) -> dict[str, str]:
    """What `gapscan rules CODE` says: what it finds, why it matters, how to fix it, an example.

    Code scanning shows this beside each alert, so it leaves out how the rule decides (thresholds, the
    libraries it uses): that is for whoever tunes it, in the full description and `gapscan rules CODE -v`.
    """
    if not rule.implemented:
        return {"text": rule.doc, "markdown": rule.doc}
    sections = rule.help_sections()
    more = f"`gapscan rules {rule.code} --verbose` also shows how it decides and its thresholds."
    return {"text": "\n\n".join(f"{title}: {text}" for title, text in sections) + "\n\n" + more.replace("`", ""),
            "markdown": "\n\n".join(f"**{title}**: {text}" for title, text in sections) + "\n\n" + more}


def _rule(rule: Any) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc or rule.summary},
        "help": _help(rule),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"family": rule.family, "implemented": rule.implemented,
                       "appliesTo": [k.value for k in rule.applies_to]},
    }


def _root_location(root: str) -> dict[str, Any]:
    """Where %SRCROOT% points: the folder document paths are relative to.

    The report holds the paths as typed, not that folder, so a uri is given only when
    one absolute path was scanned: that folder itself, or the folder of a single file
    (a name with a suffix). Otherwise the base stays unnamed and a reader resolves
    uris against the folder the scan ran from.
    """
    text = root.strip()
    out: dict[str, Any] = {"description": {"text": f"the scanned path as given on the command line: {text}"}}
    if not text or len(text.split()) != 1:
        return out
    windows = PureWindowsPath(text)
    path = windows if windows.drive else PurePosixPath(text.replace("\\", "/"))
    if path.suffix and path.name not in (".", ".."):
        path = path.parent
    # SARIF wants an absolute uri here; a relative root is left to the reader's working folder.
    if path.is_absolute():
        uri = path.as_uri()
        out["uri"] = uri if uri.endswith("/") else uri + "/"
    return out


def _repository(base: str | None, workspace: str | None) -> tuple[Path | None, str]:
    """(repository folder, scanned folder relative to it with a trailing slash) when the scanned
    folder lies inside the repository, else (None, "")."""
    if not base:
        return None, ""
    repo = repository(workspace, base)
    scanned = Path(base).resolve()
    if not scanned.is_relative_to(repo):
        return None, ""
    inside = scanned.relative_to(repo).as_posix()
    return repo, "" if inside == "." else inside + "/"


class _Artifacts:
    """The documents' uris (under the scanned folder's `prefix` in the repository) and their indexes."""

    def __init__(self, documents: list[DocumentResult], prefix: str) -> None:
        self.index = {d.document.path: i for i, d in enumerate(documents)}
        self.prefix = prefix

    def uri(self, path: str) -> str:
        return quote(self.prefix + path.replace("\\", "/"))

    def location(self, path: str) -> dict[str, Any]:
        out: dict[str, Any] = {"uri": self.uri(path), "uriBaseId": BASE_ID}
        if path in self.index:
            out["index"] = self.index[path]
        return out


def _artifact(result: DocumentResult, artifacts: _Artifacts) -> dict[str, Any]:
    doc = result.document
    props: dict[str, Any] = {"kind": doc.kind.value, "format": doc.format, "status": doc.status.value,
                             "scores": json_value(result.scores.to_dict())}
    if result.verdict is not None:
        props["verdict"] = result.verdict.value
        props["verdict_probability"] = result.verdict_probability
        props["verdict_uncertain"] = result.verdict_uncertain
    if result.standard:
        props["standard"] = result.standard
    if result.links:
        props["links"] = [{"path": x.path, "via": x.via, "confidence": round(float(x.confidence), 3)}
                          for x in sorted(result.links, key=lambda x: (x.path, x.via))]
    out: dict[str, Any] = {"location": {"uri": artifacts.uri(doc.path), "uriBaseId": BASE_ID}, "properties": props}
    if doc.title:
        out["description"] = {"text": one_line(doc.title)}
    if doc.sha256:
        out["hashes"] = {"sha-256": doc.sha256}
    return out


def _notifications(documents: list[DocumentResult], rule_index: dict[str, int],
                   artifacts: _Artifacts) -> list[dict[str, Any]]:
    """Unreadable/skipped files and rules that failed on a document, one line each."""
    out = []
    for d in documents:
        doc = d.document
        where = [{"physicalLocation": {"artifactLocation": artifacts.location(doc.path)}}]
        if doc.status is not Status.OK:
            reason = one_line(doc.error or doc.status.value)
            out.append({
                "level": "error" if doc.status is Status.ERROR else "note",
                "message": {"text": f"{doc.path}: {reason}"},
                "descriptor": {"id": "unreadable-document" if doc.status is Status.ERROR else "skipped-document"},
                "locations": where,
            })
        for entry in d.rule_errors:
            note: dict[str, Any] = {"level": "error",
                                    "message": {"text": f"{doc.path}: {one_line(entry)}"},
                                    "descriptor": {"id": "rule-error"}, "locations": where}
            code = _rule_code(entry)
            if code in rule_index:
                note["associatedRule"] = {"id": code, "index": rule_index[code]}
            out.append(note)
    return out


def _rule_code(entry: str) -> str:
    """The rule code an error line starts with ('PS02: ...', 'PS02 failed: ...'), or ''."""
    head = entry.strip()[:4]
    return head if len(head) == 4 and head[:2].isalpha() and head[2:].isdigit() else ""


def _run_notifications(errors: tuple[str, ...], rule_index: dict[str, int]) -> list[dict[str, Any]]:
    """Rules or stages that failed for the whole run; the run went on without them."""
    out = []
    for entry in errors:
        note: dict[str, Any] = {"level": "error", "message": {"text": one_line(entry)},
                                "descriptor": {"id": "run-error"}}
        code = _rule_code(entry)
        if code in rule_index:
            note["associatedRule"] = {"id": code, "index": rule_index[code]}
        out.append(note)
    return out


def _physical(path: str, loc: Location | None, artifacts: _Artifacts) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifacts.location(path)}
    # A line of a PDF page or a Word paragraph is not a line of the file: only text lines become regions.
    line = file_line(path, loc)
    if line is not None:
        physical["region"] = {"startLine": line}
    return physical


def _logical_kind(loc: Location, path: str) -> str:
    if loc.cell:
        return "cell"
    if loc.row is not None:
        return "row"
    if loc.sheet is not None:
        return "sheet"
    if loc.page is None and loc.line is not None and counts_paragraphs(path):
        return "paragraph"
    return "page" if loc.page is not None else "line" if loc.line is not None else "section"


def _location(path: str, loc: Location | None, artifacts: _Artifacts,
              message: str | None = None) -> dict[str, Any]:
    """A physical location, plus a logical one (cell, row, page) when no line region can say where."""
    physical = _physical(path, loc, artifacts)
    out: dict[str, Any] = {"physicalLocation": physical}
    if loc is not None and loc.to_dict():
        described = where_text(loc, path)
        if described and ("region" not in physical or loc.cell):
            out["logicalLocations"] = [{"name": loc.cell or described, "fullyQualifiedName": described,
                                        "kind": _logical_kind(loc, path)}]
        out["properties"] = json_value(loc.to_dict())
    if message:
        out["message"] = {"text": message}
    return out


def _related(evidence: tuple[Evidence, ...], artifacts: _Artifacts) -> list[dict[str, Any]]:
    out = []
    for i, ev in enumerate(evidence):
        item = _location(ev.path, ev.location, artifacts, one_line(ev.text) or ev.path)
        item["id"] = i
        out.append(item)
    return out


def _results(report: Report, rule_index: dict[str, int], artifacts: _Artifacts) -> list[dict[str, Any]]:
    """Every finding; with a baseline, the baselined ones too, marked "unchanged" and the others "new"."""
    if report.baseline is None:
        return [_result(f, rule_index, artifacts) for f in sorted_findings(report.findings)]
    known = {f.fingerprint for f in report.baselined}
    out = []
    for f in sorted_findings(report.findings + report.baselined):
        result = _result(f, rule_index, artifacts)
        result["baselineState"] = "unchanged" if f.fingerprint in known else "new"
        out.append(result)
    return out


def _suppressed_results(report: Report, rule_index: dict[str, int],
                        artifacts: _Artifacts) -> list[dict[str, Any]]:
    """Suppressed findings stay in the log, each with SARIF's `suppressions` entry (viewers hide them)."""
    return [{**_result(s.finding, rule_index, artifacts),
             "suppressions": [{"kind": s.kind, "status": "accepted", "justification": s.reason,
                               "properties": {"source": s.source}}]}
            for s in sorted(report.suppressed, key=lambda s: s.finding.sort_key())]


def _result(finding: Finding, rule_index: dict[str, int], artifacts: _Artifacts) -> dict[str, Any]:
    props: dict[str, Any] = {"name": finding.name, "severity": finding.severity.label,
                             "metrics": json_value(dict(finding.metrics))}
    if finding.related:
        props["related"] = sorted(finding.related)
    if finding.fix:
        props["fix"] = finding.fix
    location = _location(finding.path, finding.location, artifacts)
    # Viewers show the message, not the property bag: name a cell or page there too.
    where = place_beside_line(finding.path, finding.location)
    suffix = f" [{where}]" if where else ""
    out: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "kind": "fail",
        "message": {"text": finding.message + suffix},
        "locations": [location],
        "properties": props,
    }
    if finding.rule in rule_index:
        out["ruleIndex"] = rule_index[finding.rule]
    if finding.fingerprint is not None:
        out["partialFingerprints"] = {SARIF_KEY: finding.fingerprint}
    if finding.evidence:
        out["relatedLocations"] = _related(finding.evidence, artifacts)
    return out
