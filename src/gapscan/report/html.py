"""The HTML report: one self-contained file a consultant hands to a client.

Jinja2 templates shipped in gapscan/report/templates; CSS, script and SVG charts are inline,
so the file opens offline and prints to a clean PDF. A renderer computes nothing new: every
count comes from the Report (summary, documents, findings) through report.common.
"""
from __future__ import annotations

from typing import Any

from gapscan.linking import STRONG
from gapscan.model import REPORT_MARKER, Report
from gapscan.report.common import (SCORE_MARK, capped_note, verdict_probability_text, score_note, score_table_note,
                                   FindingGroup, QuoteCheck, Section, WHOLE_DOCUMENT, baselined_text, client_metrics,
                                   compact_locations, counts_by_kind, counts_by_verdict, evidence_where, finding_groups,
                                   findings_by_path, foreign_procedures, kind_reason_text, letterhead_titles,
                                   listed_documents, metric_lines, rest_counts, rest_note,
                                   more_like_this, one_line, own_title,
                                   place_severity, plural, report_sections, rule_summary, run_files, run_files_text,
                                   run_noun, run_severity, score_text, scores_text, severity_counts_text,
                                   show_standard, shown_links, message_beside_path, shared_message, SHARED_LEAD, sorted_documents, standard_name, top_runs,
                                   unjudged_procedures, unreadable, verdict_basis, verdict_text, where_and_severity,
                                   where_text)
from gapscan.summary import drift_basis, drift_claims



def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(loader=PackageLoader("gapscan.report", "templates"), autoescape=select_autoescape(["j2"]),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _evidence(check: QuoteCheck, finding: Any, ev: Any) -> dict[str, Any]:
    label, text, quoted = check.parts(ev)
    return {"label": label, "text": text, "quoted": quoted, "where": evidence_where(finding, ev)}


def _group(group: FindingGroup, check: QuoteCheck, verbose: bool) -> dict[str, Any]:
    from gapscan.report import svg

    occurrences = []
    for f in group.findings:
        occurrences.append({
            "where": where_text(f.location, f.path) or WHOLE_DOCUMENT,
            "severity": f.severity.label,
            "message": one_line(message_beside_path(f)),
            "numbers": metric_lines(client_metrics(f.metrics, verbose), rule=f.rule) if group.count > 1 else [],
            "evidence": [_evidence(check, f, ev) for ev in f.evidence[: None if verbose else 5] if one_line(ev.text)],
            "fix": f.fix if group.fix is None else None,
        })
    charts = []
    for f in group.findings[:1]:
        for key, value in f.metrics.items():
            chart = svg.metric_chart(value) if key == "chart" else \
                svg.mapping_chart(_topic_title(value, f.metrics), value) \
                if key == "by_topic" and isinstance(value, dict) else None
            if chart is not None:
                charts.append({"title": chart.title,
                               "svg": svg.bars(chart) if key == "by_topic" else svg.chart_svg(chart)})
    return {
        "rule": group.rule, "name": group.name, "severity": group.severity.label, "count": group.count,
        "count_text": group.count_text, "listed_note": group.listed_note,
        "meaning": rule_summary(group.rule), "places": compact_locations(group.locations),
        "first": occurrences[0], "occurrences": occurrences,
        "examples": [occurrences[group.findings.index(f)] for f in group.examples],
        "numbers": metric_lines(client_metrics(group.shared, verbose), rule=group.rule),
        "fix": group.fix, "related": sorted({p for f in group.findings for p in f.related}), "charts": charts,
    }


# the id of each section's element and its name in the contents line; the cover holds the scope, and
# the rule appendix is the markdown report's
_NAV = {
    Section.EXECUTIVE_SUMMARY: ("summary", "Summary"), Section.DOCUMENTS: ("documents", "Documents"),
    Section.FINDINGS: ("findings", "Findings"), Section.BASELINED: ("baselined", "Baselined"),
    Section.UNREADABLE: ("unreadable", "Unreadable files"),
    Section.FAILED_CHECKS: ("failed-checks", "Checks that could not run"),
    Section.SUPPRESSED: ("suppressed", "Suppressed"), Section.HOW_TO_READ: ("scores", "How to read the scores"),
    Section.OTHER_FILES: ("other-files", "Other files read"),
}


def context(report: Report, verbose: bool = False) -> dict[str, Any]:
    """Everything the template shows, as plain values taken from the Report."""
    from gapscan.report import suppressed, svg

    grouped = findings_by_path(report)
    check = QuoteCheck(report)
    groups: dict[str, list[dict[str, Any]]] = {}
    for g in finding_groups(report.findings):
        groups.setdefault(g.path, []).append(_group(g, check, verbose))
    results = {d.document.path: d for d in report.documents}
    documents = []
    listed, rest = listed_documents(report)
    for d in listed:
        doc = d.document
        documents.append({
            "path": doc.path, "anchor": _anchor(doc.path), "has_findings": doc.path in grouped,
            "kind": doc.kind.value, "format": doc.format, "status": doc.status.value, "error": doc.error or "",
            "verdict": verdict_text(d), "verdict_key": d.verdict.value if d.verdict else "",
            "probability": verdict_probability_text(d),
            "uncertain": d.verdict_uncertain, "score_note": score_note(d),
            "mirroring": score_text(d.scores.mirroring), "specificity": score_text(d.scores.specificity),
            "drift": score_text(d.scores.drift), "findings": len(grouped.get(doc.path, [])),
        })
    sections = []
    letterheads = letterhead_titles(report)
    for path, entries in groups.items():
        d = results.get(path)
        links, weak_links = shown_links(d, verbose) if d else ([], "")
        sections.append({
            "path": path, "anchor": _anchor(path), "groups": entries,
            "count": sum(e["count"] for e in entries),
            "kind": d.document.kind.value if d else "",
            "title": own_title(d.document, letterheads) if d else None,
            "kind_reason": d.document.kind_reason if d and verbose else "",
            "verdict": verdict_text(d) if d and d.verdict else "",
            "verdict_key": d.verdict.value if d and d.verdict else "",
            "basis": verdict_basis(d) if d else None,
            "scores_text": scores_text(d) if d else None,
            "standard": standard_name(d.standard) if d and show_standard(d) else None,
            "links": [{"path": x.path, "via": x.via, "weak": x.confidence < STRONG,
                       "confidence": x.confidence if verbose else None}
                      for x in links],
            "weak_links": weak_links,
            "claims": [{"text": c.text, "where": where_text(c.location, path), "status": c.status.value,
                        "detail": c.detail, "record": c.record or ""} for c in d.claims] if d else [],
        })
    summary = report.summary
    exec_sections = []
    if summary is not None:
        for s in summary.sections:
            exec_sections.append({"title": s.title, "lines": [one_line(x) for x in s.lines],
                                  "charts": [{"title": c.title, "svg": svg.chart_svg(c)} for c in s.charts]})
    # the tiles sit beside "too short to judge", which counts procedures: count the same documents (the summary's
    # procedures, not the reviews that also get a verdict), so the tiles add up to the procedures read
    verdicts = ({v: n for v, n in summary.verdict_counts.items() if n} if summary is not None
                else counts_by_verdict(report))
    rules = sorted({g["rule"] for entries in groups.values() for g in entries})
    # the drift tile says how many claims its number rests on, or that none could be checked, not a bare 0
    looked, unchecked = drift_claims(report.documents)
    drift = None
    if summary is not None and summary.average_drift is not None and looked:
        drift = {"n": f"{summary.average_drift:.0f}", "label": "average drift /100",
                 "basis": drift_basis(report.documents)
                          + (f"; {unchecked:,} more could not be checked" if unchecked else "")}
    elif summary is not None and unchecked:
        drift = {"n": f"0 of {unchecked:,}", "label": "claims checked against a record",
                 "basis": "drift not measured"}
    order = report_sections(report, unreadable_in_summary=True)
    return {
        "order": [s.value for s in order],
        "nav": [_NAV[s] for s in order if s in _NAV],
        # a draft check reads procedures only: no summary of the records, no audit dates, no drift column
        "audit": report.command != "check",
        "marker": REPORT_MARKER, "report": report, "title": "gapscan draft check" if report.command == "check"
        else "Management system audit", "severity_text": severity_counts_text(report),
        "kinds": {k: n for k, n in counts_by_kind(report).items() if n}, "summary": summary,
        "verdict_counts": verdicts, "too_short": unjudged_procedures(report),
        "not_english": foreign_procedures(report), "exec_sections": exec_sections, "drift": drift,
        "top_findings": [_top(report, run) for run in top_runs(summary.top_findings if summary else ())],
        "documents": documents, "sections": sections, "rules": rules,
        "score_mark": SCORE_MARK, "score_table_note": score_table_note(report),
        "other_files": [{"path": d.document.path, "kind": d.document.kind.value, "format": d.document.format,
                         "why": kind_reason_text(d.document, whole=True) if verbose else ""} for d in rest],
        "other_files_heading": Section.OTHER_FILES.heading, "rest_note": rest_note(listed, rest) if rest else "",
        "other_files_line": f"{plural(len(rest), 'document')} read with no finding and no verdict: "
                            f"{rest_counts(rest)}." if rest else "",
        "capped_note": capped_note(report.findings),
        "finding_count": len(report.findings), "group_count": sum(len(v) for v in groups.values()),
        "unreadable": [{"path": d.document.path, "status": d.document.status.value,
                        "reason": d.document.error or "no reason given"} for d in unreadable(report)],
        "failures": [(d.document.path, e) for d in sorted_documents(report) for e in d.rule_errors]
        + [("(whole run)", e) for e in report.run_errors],
        "suppressed": suppressed.rows(report), "suppressed_headline": suppressed.headline(report),
        "verbose": verbose,
        "baselined_text": baselined_text(report),
        "baselined": [{"path": g.path, "rule": g.rule, "name": g.name, "count": g.count,
                       "places": compact_locations(g.locations)} for g in finding_groups(report.baselined)],
    }


def _after_badge(text: str) -> str:
    """', in 3 files' as it follows the severity badge: ' in 3 files'. Markdown's '(CM02, error), in 3 files'
    needs the comma; after the coloured pill its padding read as a space before a lone comma."""
    return " " + text[1:].lstrip() if text.startswith(",") else text


def _top(report: Report, run: list) -> dict[str, Any]:
    """One of the summary's findings that matter most: a rule's meaning, then its biggest files."""
    files, hidden = run_files(report, run)
    worst, rest = run_severity(report, run)
    same = shared_message(run)
    return {"meaning": rule_summary(run[0].rule) or run[0].name, "rule": run[0].rule,
            "same": f", {SHARED_LEAD}: {one_line(same)}" if same else "",
            "severity": worst, "severities": rest, "files": files, "files_text": _after_badge(run_files_text(report, run)),
            "more": plural(hidden, "more " + run_noun(report, run)) if hidden else "",
            "places": [{"path": f.path, "anchor": _anchor(f.path), "where": where_and_severity(report, run, f),
                        "message": "" if same else one_line(message_beside_path(f)), "more": more_like_this(report, f),
                        "severity": place_severity(report, run, f)} for f in run]}


def _topic_title(by_topic: dict, metrics: Any) -> str:
    """The topic chart's caption; it says why its bars add up to more than the sentences the message counts."""
    counted = sum(v for v in by_topic.values() if isinstance(v, (int, float)))
    sentences = metrics.get("topical_sentences")
    if isinstance(sentences, int) and counted > sentences:
        return f"sentences by topic ({sentences} sentences; one can touch several topics)"
    return "sentences by topic"


def _anchor(path: str) -> str:
    import re

    return "doc-" + (re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "document")


def render(report: Report, *, verbose: bool = False) -> str:
    """The report as one HTML document (UTF-8 text, no external resources)."""
    return _environment().get_template("report.html.j2").render(**context(report, verbose)) + "\n"
