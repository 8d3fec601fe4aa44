"""The markdown report: what a consultant hands to a client who has never run gapscan.

Plain GitHub-flavoured markdown, readable as text too: tables for overviews, one
section per procedure with its claims and findings, and a closing part that explains
the scores and the rules that fired. Every cell and line is escaped, so a '|' or a
newline inside a message never breaks a table.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from gapscan.model import ClaimCheck, DocumentResult, Finding, Kind, Report, Status
from gapscan.report.common import (chart_lines, counts_by_kind, findings_by_path, group_by_rule, metric_lines,
                                   one_line, own_metrics, plural, rule_summary, same_kind, score_text,
                                   shared_metrics, severity_counts_text,
                                   sorted_documents, summary_lists_unreadable, unreadable, verdict_text,
                                   where_text)

CHART_WIDTH = 72

SCORING_DOC = "docs/SCORING.md"
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def render(report: Report) -> str:
    """The report as one markdown document ending in a newline."""
    parts: list[list[str]] = [
        _title(report),
        _contents(report),
        _scope(report),
        _executive(report),
        _documents(report),
        _procedures(report),
        _records(report),
        _unreadable(report),
        _how_to_read(),
        _appendix(report),
    ]
    text = "\n".join(line for block in parts if block for line in block + [""])
    # Sections end in blank lines of their own; one blank line between blocks reads best.
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def inline(text: Any) -> str:
    """Text for running markdown: one line, markdown characters escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", one_line(text))


def cell(text: Any) -> str:
    """Text for a table cell: pipes and markdown escaped, newlines kept as <br>."""
    lines = [inline(line) for line in str(text if text is not None else "").splitlines() if line.strip()]
    return "<br>".join(lines) if lines else " "


def table(header: Iterable[str], rows: Iterable[Iterable[Any]], align: str = "") -> list[str]:
    """A GFM table; `align` holds one of l/r per column ('' = all left)."""
    header = list(header)
    marks = ["---:" if (align[i:i + 1] == "r") else "---" for i in range(len(header))]
    out = ["| " + " | ".join(cell(h) for h in header) + " |", "| " + " | ".join(marks) + " |"]
    for row in rows:
        out.append("| " + " | ".join(cell(c) for c in row) + " |")
    return out


def _code(text: str) -> str:
    """Inline code that survives backticks in the text."""
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _where(finding: Finding) -> str:
    return where_text(finding.location, finding.path)


def anchor(text: str) -> str:
    """A stable link target for a heading: lower-case letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def _target(name: str) -> str:
    return f'<a id="{name}"></a>'


def _analysed(report: Report) -> list[DocumentResult]:
    return [d for d in sorted_documents(report)
            if d.document.status is Status.OK and d.document.kind in (Kind.PROCEDURE, Kind.REVIEW)]


def _record_paths(report: Report) -> list[str]:
    covered = {d.document.path for d in _analysed(report)}
    return [p for p in findings_by_path(report) if p not in covered]


def _contents(report: Report) -> list[str]:
    """Links to every part and to each document with findings, so a long report can be walked."""
    grouped = findings_by_path(report)
    out = ["## Contents", ""]
    entries = [("Scope", "scope")]
    if report.summary is not None:
        entries.append(("Executive summary", "executive-summary"))
    entries.append(("Documents", "documents"))
    out += [f"- [{name}](#{target})" for name, target in entries]
    docs = _analysed(report)
    if docs:
        out.append("- [Procedures and reviews](#procedures-and-reviews)")
        out += [f"  - [{inline(d.document.path)}](#{anchor('doc-' + d.document.path)}) "
                f"({verdict_text(d) if d.verdict else d.document.kind.value}, "
                f"{plural(len(grouped.get(d.document.path, [])), 'finding')})" for d in docs]
    records = _record_paths(report)
    if records:
        out.append("- [Record findings](#record-findings)")
        out += [f"  - [{inline(p)}](#{anchor('doc-' + p)}) ({plural(len(grouped[p]), 'finding')})"
                for p in records]
    if unreadable(report) and not summary_lists_unreadable(report):
        out.append("- [Unreadable files](#unreadable-files)")
    if report.run_errors or any(d.rule_errors for d in report.documents):
        out.append("- [Checks that could not run](#checks-that-could-not-run)")
    out.append("- [How to read the scores](#how-to-read-the-scores)")
    if report.findings:
        out.append("- [Appendix: rules that fired](#appendix-rules-that-fired)")
    return out


def _title(report: Report) -> list[str]:
    title = "gapscan draft check" if report.command == "check" else "gapscan management system audit"
    return [f"# {title}"]


def _scope(report: Report) -> list[str]:
    kinds = counts_by_kind(report)
    out = [_target("scope"), "## Scope", "",
           f"- Scanned: {_code(one_line(report.root))}",
           f"- Tool: gapscan {inline(report.tool_version)}"]
    if report.generated_at:
        out.append(f"- Generated: {inline(report.generated_at)}")
    if report.audit_dates:
        how = " (read from audit plans in the set)" if report.audit_dates_inferred else ""
        out.append("- Audit dates: " + ", ".join(d.isoformat() for d in sorted(report.audit_dates)) + how)
    out.append(f"- {plural(len(report.documents), 'document')}, {plural(len(report.findings), 'finding')} "
               f"({severity_counts_text(report)}), {report.error_count} could not be read")
    out += [""] + table(["kind", "documents"], [(k, n) for k, n in kinds.items()], "lr")
    return out


def _chart_block(chart: Any) -> list[str]:
    return [f"**{inline(chart.title)}**", "", "```text", *chart_lines(chart, CHART_WIDTH), "```"]


def _executive(report: Report) -> list[str]:
    summary = report.summary
    if summary is None:
        return []
    out = [_target("executive-summary"), "## Executive summary", "", f"**{inline(summary.headline)}**", ""]
    verdicts = ", ".join(f"{n} {inline(v)}" for v, n in sorted(summary.verdict_counts.items()) if n) \
        if any(summary.verdict_counts.values()) else ""
    if verdicts:
        out.append(f"- Procedures by verdict: {verdicts}")
    if summary.average_drift is not None:
        out.append(f"- Average drift: {score_text(summary.average_drift)}/100")
    for section in summary.sections:
        out += ["", f"### {inline(section.title)}", ""]
        out += [f"- {inline(line)}" for line in section.lines]
        for chart in section.charts:
            out += [""] + _chart_block(chart)
    if summary.top_findings:
        out += ["", "### Findings that matter most", ""]
        for i, f in enumerate(summary.top_findings, start=1):
            where = _where(f)
            more = same_kind(report, f) - 1
            out.append(f"{i}. **{inline(rule_summary(f.rule) or f.name)}** ({inline(f.rule)}, {f.severity.label}): "
                       f"{_code(f.path)}" + (f" {inline(where)}" if where else "") + f": {inline(f.message)}"
                       + (f" (+{more} more like this in the same file)" if more > 0 else ""))
    return out


def _documents(report: Report) -> list[str]:
    out = [_target("documents"), "## Documents", ""]
    if not report.documents:
        return out + ["No documents were found."]
    grouped = findings_by_path(report)
    rows = []
    for d in sorted_documents(report):
        doc = d.document
        rows.append((doc.path, doc.kind.value, doc.format, verdict_text(d),
                     score_text(d.scores.mirroring), score_text(d.scores.specificity),
                     score_text(d.scores.drift), len(grouped.get(doc.path, [])), doc.status.value))
    return out + table(["document", "kind", "format", "verdict", "mirroring", "specificity", "drift",
                        "findings", "status"], rows, "llllrrrrl")


def _finding_details(finding: Finding) -> list[str]:
    where = _where(finding)
    head = f"#### {inline(finding.rule)} {inline(finding.name)} ({finding.severity.label})"
    out = [head + (f" at {inline(where)}" if where else ""), "", inline(finding.message)]
    metrics = metric_lines(finding.metrics)
    if metrics:
        out += [""] + [f"- {inline(m)}" for m in metrics]
    if finding.related:
        out += ["", "Related: " + ", ".join(_code(p) for p in sorted(finding.related))]
    if finding.evidence:
        rows = []
        for ev in finding.evidence:
            loc = ev.location.describe() if ev.location is not None else ""
            rows.append((loc if ev.path == finding.path else f"{ev.path} {loc}".strip(), ev.text))
        out += [""] + table(["where", "text"], rows)
    if finding.fix:
        out += ["", f"**How to fix:** {inline(finding.fix)}"]
    return out + [""]


def _span(findings: list[Finding]) -> str:
    places = [w for w in (_where(f) for f in findings) if w]
    if not places:
        return ""
    return places[0] if len(places) == 1 else f"{places[0]} … {places[-1]}"


def _group_details(findings: list[Finding]) -> list[str]:
    """Many findings of one rule on one document: shared numbers once, then a table of places."""
    first = findings[0]
    severities = sorted({f.severity for f in findings}, reverse=True)
    out = [f"#### {inline(first.rule)} {inline(first.name)} ({'/'.join(s.label for s in severities)}): "
           f"{len(findings)} places", ""]
    shared = shared_metrics(findings)
    metrics = metric_lines(shared)
    if metrics:
        out += [f"- {inline(m)}" for m in metrics] + [""]
    fixes = {f.fix for f in findings}
    show_fix = len(fixes) > 1
    show_evidence = any(ev.text and one_line(ev.text) not in one_line(f.message)
                        for f in findings for ev in f.evidence)
    numbers = ["\n".join(metric_lines(own_metrics(f, shared), limit=4)) for f in findings]
    show_numbers = any(numbers)
    header = ["where"] + (["severity"] if len(severities) > 1 else []) + ["finding"]
    header += (["text"] if show_evidence else []) + (["numbers"] if show_numbers else []) \
        + (["how to fix"] if show_fix else [])
    rows = []
    for f, own in zip(findings, numbers):
        row = [_where(f)] + ([f.severity.label] if len(severities) > 1 else []) + [f.message]
        if show_evidence:
            row.append("\n".join(_evidence_text(f, ev) for ev in f.evidence))
        if show_numbers:
            row.append(own)
        if show_fix:
            row.append(f.fix or "")
        rows.append(row)
    out += table(header, rows)
    if not show_fix and first.fix:
        out += ["", f"**How to fix:** {inline(first.fix)}"]
    related = sorted({p for f in findings for p in f.related})
    if related:
        out += ["", "Related: " + ", ".join(_code(p) for p in related)]
    return out + [""]


def _evidence_text(finding: Finding, ev: Any) -> str:
    where = where_text(ev.location, ev.path)
    source = where if ev.path == finding.path else f"{ev.path} {where}".strip()
    return f"{one_line(ev.text)} ({source})" if source and source != _where(finding) else one_line(ev.text)


def _findings_block(findings: list[Finding]) -> list[str]:
    if not findings:
        return ["No findings."]
    rows, details = [], []
    for _, group in group_by_rule(findings):
        f = group[0]
        if len(group) > 1:
            rows.append((max(g.severity for g in group).label, f"{f.rule} {f.name}", _span(group),
                         f"{len(group)} places, listed together below"))
            details += [""] + _group_details(group)
        else:
            rows.append((f.severity.label, f"{f.rule} {f.name}", _where(f), f.message))
            details += [""] + _finding_details(f)
    return table(["severity", "rule", "where", "message"], rows) + details


def _claims(claims: tuple[ClaimCheck, ...]) -> list[str]:
    rows = []
    for c in claims:
        where = c.location.describe() if c.location is not None else ""
        rows.append((f"{c.text} ({where})" if where else c.text, c.status.value, c.detail, c.record or "-"))
    return table(["claim", "status", "detail", "record"], rows)


def _procedure(result: DocumentResult, findings: list[Finding]) -> list[str]:
    doc = result.document
    out = [_target(anchor("doc-" + doc.path)), f"### {inline(doc.path)}", ""]
    if doc.title:
        out.append(f"- Title: {inline(doc.title)}")
    out.append(f"- Kind: {doc.kind.value}" + (f" ({inline(doc.kind_reason)})" if doc.kind_reason else ""))
    if result.verdict is None:
        out.append("- Verdict: none")
    elif result.verdict_uncertain:
        out.append(f"- Verdict: **{result.verdict.value}, uncertain** (probability "
                   f"{result.verdict_probability:.2f}: the document sits between two verdicts)")
    else:
        out.append(f"- Verdict: **{result.verdict.value}**")
    if result.standard:
        out.append(f"- Mirrors: {inline(result.standard)}")
    out.append(f"- Scores: mirroring {score_text(result.scores.mirroring)}, specificity "
               f"{score_text(result.scores.specificity)}, drift {score_text(result.scores.drift)}")
    for entry in result.rule_errors:
        out.append(f"- Rule error: {inline(entry)}")
    out += ["", "**Linked records**", ""]
    if result.links:
        out += [f"- {_code(x.path)} via {inline(x.via)}, confidence {x.confidence:.2f}"
                + (" (weak link)" if x.confidence < 0.5 else "")
                for x in sorted(result.links, key=lambda x: (x.path, x.via))]
    else:
        out.append("No working record was matched to this document.")
    if result.claims:
        out += ["", "**What it claims and what the records show**", ""] + _claims(result.claims)
    out += ["", "**Findings**", ""] + _findings_block(findings)
    return out


def _procedures(report: Report) -> list[str]:
    grouped = findings_by_path(report)
    docs = _analysed(report)
    if not docs:
        return []
    out = [_target("procedures-and-reviews"), "## Procedures and reviews", ""]
    for d in docs:
        out += _procedure(d, grouped.get(d.document.path, [])) + [""]
    return out


def _records(report: Report) -> list[str]:
    """Findings on everything that is not a procedure or review: records, forms, other."""
    kinds = {d.document.path: d.document.kind.value for d in report.documents}
    all_findings = findings_by_path(report)
    paths = _record_paths(report)
    if not paths:
        return []
    out = [_target("record-findings"), "## Record findings", ""]
    for path in paths:
        kind = f" ({kinds[path]})" if path in kinds else ""
        out += [_target(anchor("doc-" + path)), f"### {inline(path)}{kind}", ""] + \
            _findings_block(all_findings[path]) + [""]
    return out


def _unreadable(report: Report) -> list[str]:
    """Files not analysed, and rules or stages that failed: what the report could not look at."""
    bad = [] if summary_lists_unreadable(report) else unreadable(report)
    out: list[str] = []
    if bad:
        out += [_target("unreadable-files"), "## Unreadable files", "",
                "These files were listed but not analysed; nothing was concluded about them.", ""]
        out += table(["file", "status", "reason"],
                     [(d.document.path, d.document.status.value, d.document.error or "no reason given")
                      for d in bad])
    failures = [(d.document.path, e) for d in sorted_documents(report) for e in d.rule_errors]
    failures += [("(whole run)", e) for e in report.run_errors]
    if failures:
        out += ["", _target("checks-that-could-not-run"), "## Checks that could not run", "",
                "These checks failed and were skipped; their absence is not a clean result.", ""]
        out += table(["document", "problem"], failures)
    return out


def _how_to_read() -> list[str]:
    return [
        _target("how-to-read-the-scores"), "## How to read the scores", "",
        "Each score runs from 0 to 100 and describes a document, not the people who run the process.", "",
        "- **Mirroring**: how much the procedure copies the standard's own shape and wording: clause "
        "numbers and titles as headings, sections in clause order, sentences that restate requirements. "
        "High means the document was written for the auditor.",
        "- **Specificity**: how much the text names the real operation: roles, systems, equipment, places, "
        "quantities, time limits, forms and decisions. High means someone could do the work from it.",
        "- **Drift**: how far the linked working records depart from what the procedure claims "
        "(frequencies, deadlines, forms, fields, roles, steps). High means practice has moved away from "
        "the document; a dash means no record could be linked to check it.", "",
        "The verdict combines mirroring and specificity: **mirrored** documents follow the standard's "
        "structure and say little about the actual work, **operational** documents describe the work in "
        "its own terms, and **mixed** documents sit in between. The exact thresholds and weights are "
        f"documented in [{SCORING_DOC}]({SCORING_DOC}) in the gapscan repository.",
    ]


def _appendix(report: Report) -> list[str]:
    counts = report.counts_by_rule()
    if not counts:
        return []
    from gapscan.rules.registry import BY_CODE

    rows = []
    for code, n in counts.items():
        rule = BY_CODE.get(code)
        rows.append((code, rule.name if rule else "-", rule.family if rule else "-", n,
                     rule.summary if rule else "not in this version's catalogue"))
    return [_target("appendix-rules-that-fired"), "## Appendix: rules that fired", "",
            "Run `gapscan rules CODE` for why a rule matters, how it decides and how to fix what it finds.", ""] + \
        table(["code", "name", "family", "findings", "what it means"], rows, "lllrl")
