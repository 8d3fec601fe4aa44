"""The JSON report: schema_version 1 of data/report.schema.json, extended only by added keys.

Programs (CI gates, `gapscan diff`, dashboards) read this, so it is deterministic:
sorted keys, documents by path, findings in reading order, no timestamp but generated_at.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

from gapscan.model import (ClaimCheck, ClaimStatus, DocumentResult, Evidence, ExecutiveSummary, Finding, Report,
                           Status)
from gapscan.report.common import (counts_by_kind, counts_by_verdict, json_value, sorted_documents,
                                   sorted_findings)

SCHEMA_VERSION = 1


def render(report: Report) -> str:
    """The report as indented JSON text ending in a newline."""
    return json.dumps(to_data(report), indent=2, sort_keys=True, ensure_ascii=False,
                      allow_nan=False) + "\n"


def write(report: Report, fh: TextIO) -> None:
    """`render(report)` written to `fh` a list item at a time, never held as one string
    (a 25,000-finding report is about 50 MB of text)."""
    _write_value(to_data(report), fh, "")
    fh.write("\n")


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)


def _write_value(value: Any, fh: TextIO, indent: str) -> None:
    """`value` as json.dumps(indent=2, sort_keys=True) lays it out at `indent`: the top-level
    object and its lists key by key and item by item, everything smaller in one piece."""
    inner = indent + "  "
    if isinstance(value, dict) and value and not indent:
        fh.write("{")
        for n, key in enumerate(sorted(value)):
            fh.write(("," if n else "") + "\n" + inner + json.dumps(key, ensure_ascii=False) + ": ")
            _write_value(value[key], fh, inner)
        fh.write("\n" + indent + "}")
    elif isinstance(value, list) and value:
        fh.write("[")
        for n, item in enumerate(value):
            # json never writes a raw newline inside a string, so every newline here is layout
            fh.write(("," if n else "") + "\n" + inner + _dumps(item).replace("\n", "\n" + inner))
        fh.write("\n" + indent + "]")
    else:
        fh.write(_dumps(value).replace("\n", "\n" + indent))


def to_data(report: Report) -> dict[str, Any]:
    """The report as plain JSON values (what `render` serialises)."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "gapscan", "version": report.tool_version},
        "root": report.root,
        "command": report.command,
        "documents": [_document(d) for d in sorted_documents(report)],
        "findings": [finding_data(f) for f in sorted_findings(report.findings)],
        "summary": _summary(report),
        "audit_dates": [d.isoformat() for d in sorted(report.audit_dates)],
        "audit_dates_inferred": report.audit_dates_inferred,
        "run_errors": list(report.run_errors),
        "rules": {"select": list(report.select), "ignore": list(report.ignore), "ran": list(report.rules_ran)},
        "config_hash": report.config_hash,
    }
    if report.generated_at is not None:
        data["generated_at"] = report.generated_at
    if report.baseline is not None:
        # findings[] holds only the new ones; what the baseline already knew is listed apart, not counted
        for item in data["findings"]:
            item["baseline_state"] = "new"
        data["baseline"] = {"file": report.baseline, "baselined": len(report.baselined)}
        data["baselined"] = [dict(finding_data(f), baseline_state="unchanged")
                             for f in sorted_findings(report.baselined)]
    if report.suppressed or report.suppression_warnings or report.unused_ignores:
        data["suppressed"] = _suppressed(report)
    return data


def _suppressed(report: Report) -> dict[str, Any]:
    """Suppressed findings with their reasons, and what is wrong with the suppressions themselves."""
    return {
        "count": len(report.suppressed),
        "findings": [{**finding_data(s.finding), "suppression": {"reason": s.reason, "kind": s.kind,
                                                                   "source": s.source}}
                     for s in sorted(report.suppressed, key=lambda s: s.finding.sort_key())],
        "warnings": list(report.suppression_warnings),
        "unused": list(report.unused_ignores),
    }


def _score(value: float | None) -> float | None:
    return None if value is None else round(float(value), 1)


def _document(result: DocumentResult) -> dict[str, Any]:
    doc = result.document
    return {
        "path": doc.path,
        "kind": doc.kind.value,
        "kind_reason": doc.kind_reason,
        "format": doc.format,
        "status": doc.status.value,
        "error": doc.error,
        "title": doc.title,
        "pages": doc.pages,
        "sha256": doc.sha256,
        "scores": {k: _score(v) for k, v in result.scores.to_dict().items()},
        "verdict": result.verdict.value if result.verdict is not None else None,
        "verdict_probability": result.verdict_probability,
        "verdict_uncertain": result.verdict_uncertain,
        "standard": result.standard,
        "links": [{"path": link.path, "via": link.via, "confidence": round(float(link.confidence), 3)}
                  for link in sorted(result.links, key=lambda x: (x.path, x.via))],
        "claims": [_claim(c) for c in result.claims],
        "not_checkable": sum(1 for c in result.claims if c.status is ClaimStatus.NOT_CHECKABLE),
        "rule_errors": list(result.rule_errors),
    }


def _claim(claim: ClaimCheck) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": claim.kind, "text": claim.text, "status": claim.status.value,
                           "detail": claim.detail, "record": claim.record}
    if claim.location is not None:
        out["location"] = json_value(claim.location.to_dict())
    return out


def _evidence(ev: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"path": ev.path, "text": ev.text}
    if ev.location is not None and ev.location.to_dict():
        out["location"] = json_value(ev.location.to_dict())
    return out


def finding_data(finding: Finding) -> dict[str, Any]:
    """One finding as the schema's findings[] item (plus `fix`)."""
    out: dict[str, Any] = {
        "rule": finding.rule,
        "name": finding.name,
        "severity": finding.severity.label,
        "path": finding.path,
        "message": finding.message,
        "evidence": [_evidence(e) for e in finding.evidence],
        "related": sorted(finding.related),
        "metrics": json_value(dict(finding.metrics)),
        "fix": finding.fix,
    }
    if finding.fingerprint is not None:
        out["fingerprint"] = finding.fingerprint
    if finding.location is not None and finding.location.to_dict():
        out["location"] = json_value(finding.location.to_dict())
    return out


def _summary(report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {
        "documents": len(report.documents),
        "findings": len(report.findings),
        "baselined": len(report.baselined),
        "errors": report.error_count,
        "skipped": sum(1 for d in report.documents if d.document.status is Status.SKIPPED),
        "by_severity": report.counts_by_severity(),
        "by_rule": report.counts_by_rule(),
        "by_kind": counts_by_kind(report),
        "by_verdict": counts_by_verdict(report),
        "not_checkable_claims": sum(1 for d in report.documents for c in d.claims
                                    if c.status is ClaimStatus.NOT_CHECKABLE),
    }
    if report.summary is not None:
        out["executive"] = _executive(report.summary)
    return out


def _executive(summary: ExecutiveSummary) -> dict[str, Any]:
    return {
        "headline": summary.headline,
        "verdict_counts": json_value(dict(summary.verdict_counts)),
        "average_drift": _score(summary.average_drift),
        "sections": [{
            "title": s.title,
            "lines": list(s.lines),
            "charts": [{"title": c.title, "labels": list(c.labels), "values": json_value(list(c.values)),
                        "marks": list(c.marks)} for c in s.charts],
        } for s in summary.sections],
        "top_findings": [finding_data(f) for f in summary.top_findings],
    }
