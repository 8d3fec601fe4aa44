"""The JSON report: schema_version 1 of data/report.schema.json, extended only by added keys.

Programs (CI gates, `gapscan diff`, dashboards) read this, so it is deterministic:
sorted keys, documents by path, findings in reading order, no timestamp but generated_at.
"""
from __future__ import annotations

import json
from functools import lru_cache
from json.encoder import c_make_encoder, encode_basestring
from typing import Any, Callable, TextIO

from gapscan.model import (ClaimCheck, ClaimStatus, DocumentResult, Evidence, ExecutiveSummary, Finding, Location,
                           Report, Status)
from gapscan.report.common import (counts_by_kind, counts_by_verdict, json_value, sorted_documents,
                                   sorted_findings)
from gapscan.summary import claims_not_read, drift_claims, not_checked

SCHEMA_VERSION = 1


def render(report: Report) -> str:
    """The report as indented JSON text ending in a newline."""
    from gapscan.cache import gc_paused

    with gc_paused():
        return _layout(to_data(report), "") + "\n"


def write(report: Report, fh: TextIO) -> None:
    """`render(report)` written to `fh` a list item at a time, never held as one string
    (a 25,000-finding report is about 50 MB of text)."""
    from gapscan.cache import gc_paused

    # the report's data is a tree of new dicts and lists: no cycle for the collector to find
    with gc_paused():
        _write(to_data(report), fh)


def _write(data: dict[str, Any], fh: TextIO) -> None:
    if not data:
        fh.write("{}\n")
        return
    fh.write("{")
    for n, key in enumerate(sorted(data)):
        fh.write(("," if n else "") + "\n  " + encode_basestring(key) + ": ")
        value = data[key]
        if type(value) is list and value:
            fh.write("[")
            for m, item in enumerate(value):
                fh.write(("," if m else "") + "\n    " + _layout(item, "    "))
            fh.write("\n  ]")
        else:
            fh.write(_layout(value, "  "))
    fh.write("\n}\n")


# What json.dumps(indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) writes, made faster:
# with an indent the standard library encodes in pure Python, a generator per container. Here a
# container of plain values (most of a report: locations, metrics, evidence) is one call of the C
# encoder, whose item separator carries the line break and indent; anything else goes to json.dumps.
_PLAIN = frozenset((str, int, float, bool, type(None)))


def _dumps(value: Any, indent: str) -> str:
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return text.replace("\n", "\n" + indent) if indent else text


def _no_default(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@lru_cache(maxsize=64)
def _flat(indent: str) -> Callable[[Any], str]:
    """The C encoder of a container of plain values whose items go one a line at `indent` + 2."""
    if c_make_encoder is None:  # a Python without the json accelerator
        return lambda value: json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False,
                                        separators=(",\n" + indent + "  ", ": "))
    encoder = c_make_encoder(None, _no_default, encode_basestring, None, ": ", ",\n" + indent + "  ",
                             True, False, False)
    return lambda value: "".join(encoder(value, 0))


def _plain(value: Any) -> str:
    """One plain value (str, int, float, bool, None) as JSON."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return _flat("")(value)  # a float: its repr, or the encoder's ValueError for nan and infinity


def _layout(value: Any, indent: str) -> str:
    """`value` as json.dumps(indent=2, sort_keys=True, ensure_ascii=False) lays it out, its
    first line at `indent` (json never writes a raw newline inside a string)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        if any(type(k) is not str for k in value):
            return _dumps(value, indent)
        if all(type(v) in _PLAIN for v in value.values()):
            return "{\n" + indent + "  " + _flat(indent)(value)[1:-1] + "\n" + indent + "}"
        inner = indent + "  "
        return ("{\n" + inner + (",\n" + inner).join(
            encode_basestring(k) + ": " + (_plain(v) if type(v) in _PLAIN else _layout(v, inner))
            for k, v in sorted(value.items()))
                + "\n" + indent + "}")
    if kind is list:
        if not value:
            return "[]"
        if all(type(v) in _PLAIN for v in value):
            return "[\n" + indent + "  " + _flat(indent)(value)[1:-1] + "\n" + indent + "]"
        inner = indent + "  "
        return "[\n" + inner + (",\n" + inner).join(_layout(v, inner) for v in value) + "\n" + indent + "]"
    return _dumps(value, indent)


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
        "language": doc.language,
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
        out["location"] = _location(claim.location)
    return out


def _location(location: Location) -> dict[str, Any]:
    """A location's set fields. They are ints and strings, which json_value gives back as they are
    (it is only the slow way there: a report holds tens of thousands of locations)."""
    data = location.to_dict()
    if all(type(v) is int or type(v) is str for v in data.values()):
        return data
    return json_value(data)


def _evidence(ev: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"path": ev.path, "text": ev.text}
    if ev.location is not None and ev.location.to_dict():
        out["location"] = _location(ev.location)
    if ev.record:
        out["record"] = ev.record
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
        out["location"] = _location(finding.location)
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
        "not_checked": not_checked(report.documents),
    }
    out.update({"claims_not_read": unread} if (unread := claims_not_read(report.documents)) else {})
    if report.summary is not None:
        out["executive"] = _executive(report.summary)
        # what the average rests on: the claims a record confirmed or contradicted (the rest are not_checkable_claims)
        out["executive"]["average_drift_claims"] = drift_claims(report.documents)[0]
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
