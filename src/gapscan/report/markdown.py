"""The markdown report: what a consultant hands to a client who has never run gapscan.

Plain GitHub-flavoured markdown, readable as text too: tables for overviews, one
section per procedure with its claims and findings, and a closing part that explains
the scores and the rules that fired. Every cell and line is escaped, so a '|' or a
newline inside a message never breaks a table.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from gapscan.linking import STRONG
from gapscan.model import REPORT_MARKER, DocumentResult, Finding, Report
from gapscan.report.common import (HOW_TO_READ_INTRO, capped_note, HOW_TO_READ_SCORES, HOW_TO_READ_VERDICT, SCORING_DOC,
                                   FindingGroup, QuoteCheck, Section, baselined_text, chart_lines, checked_as_procedure,
                                   claims_said, claims_text, records_given,
                                   client_metrics, compact_locations, counts_by_kind, evidence_where, finding_groups,
                                   findings_by_path, kind_reason_text, letterhead_titles, looks_like, listed_documents,
                                   metric_lines, more_like_this, rest_counts, rest_note,
                                   not_judged_groups, not_judged_text, one_line, own_title,
                                   own_metrics, place_severity, plural, procedure_verdicts_text, report_sections,
                                   rule_summary, run_files, run_files_text, run_noun, run_severity, score_text,
                                   scores_text, severity_counts_text, show_standard, shown_links,
                                   score_table_note, message_beside_path, shared_message, SHARED_LEAD, sorted_documents, standard_name, top_runs, unreadable,
                                   verdict_basis, verdict_cell,
                                   verdict_text, where_text)
from gapscan.summary import drift_fact

CHART_WIDTH = 72

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def render(report: Report, *, verbose: bool = False) -> str:
    """The report as one markdown document ending in a newline; `verbose` adds model scores and reasons."""
    sections = report_sections(report, unreadable_in_summary=True)
    writers = {
        Section.SCOPE: lambda: _scope(report),
        Section.EXECUTIVE_SUMMARY: lambda: _executive(report),
        Section.DOCUMENTS: lambda: _documents(report, verbose),
        Section.FINDINGS: lambda: _by_document(report, verbose),
        Section.BASELINED: lambda: _baselined(report),
        Section.UNREADABLE: lambda: _unreadable(report),
        Section.FAILED_CHECKS: lambda: _failed_checks(report),
        Section.SUPPRESSED: lambda: _suppressed(report),
        Section.HOW_TO_READ: _how_to_read,
        Section.APPENDIX: lambda: _appendix(report),
        Section.OTHER_FILES: lambda: _other_files(report, verbose),
    }
    parts: list[list[str]] = [_title(report), _contents(sections)]
    parts += [writers[s]() for s in sections]
    parts.append([f"<!-- {REPORT_MARKER} {report.tool_version}: a report written by gapscan, not a management-system "
                  f"document -->"])
    text = "\n".join(line for block in parts if block for line in block + [""])
    # Sections end in blank lines of their own; one blank line between blocks reads best.
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def inline(text: Any) -> str:
    """Text for running markdown: one line, markdown characters escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", one_line(text))


class _Raw(str):
    """Cell text that is markdown already (a link), escaped by the caller."""


def cell(text: Any) -> str:
    """Text for a table cell: pipes and markdown escaped, newlines kept as <br>."""
    if isinstance(text, _Raw):
        return str(text)
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


def _contents(sections: list[Section]) -> list[str]:
    """Links to every part; the documents table links on to each document's findings."""
    return ["## Contents", ""] + [f"- [{s.heading}](#{s.value})" for s in sections]


def _heading(section: Section) -> list[str]:
    return [_target(section.value), f"## {section.heading}", ""]


def _sections(report: Report) -> list[str]:
    """Paths that get a section of their own: every document with findings, in path order."""
    return list(findings_by_path(report))


def _title(report: Report) -> list[str]:
    title = "gapscan draft check" if report.command == "check" else "gapscan management system audit"
    return [f"# {title}"]


def _scope(report: Report) -> list[str]:
    kinds = counts_by_kind(report)
    out = [*_heading(Section.SCOPE), f"- Scanned: {_code(one_line(report.root))}",
           f"- Tool: gapscan {inline(report.tool_version)}"]
    if report.generated_at:
        out.append(f"- Generated: {inline(report.generated_at)}")
    if report.audit_dates and report.command != "check":  # a draft check reads no records: dates play no part
        how = " (read from audit plans in the set)" if report.audit_dates_inferred else ""
        out.append("- Audit dates: " + ", ".join(d.isoformat() for d in sorted(report.audit_dates)) + how)
    out.append(f"- {plural(len(report.documents), 'document')} ("
               + ", ".join(f"{n} {k}" for k, n in kinds.items() if n) + f"), {report.error_count} could not be read")
    # "0 findings (no findings) under 0 entries (one per rule and document)" said nothing three times
    out.append(f"- {plural(len(report.findings), 'finding')} ({severity_counts_text(report)}) under "
               f"{_entries(len(finding_groups(report.findings)))} (one per rule and document)"
               if report.findings else "- No findings")
    if report.baseline is not None:
        out.append(f"- Baseline: {inline(baselined_text(report))}")
    return out


def _entries(n: int) -> str:
    return "1 entry" if n == 1 else f"{n} entries"


def _chart_block(chart: Any) -> list[str]:
    return [f"**{inline(chart.title)}**", "", "```text", *chart_lines(chart, CHART_WIDTH), "```"]


def _executive(report: Report) -> list[str]:
    summary = report.summary
    out = [*_heading(Section.EXECUTIVE_SUMMARY), f"**{inline(summary.headline)}**", ""]
    total, verdicts = procedure_verdicts_text(report)
    if total:
        out.append(f"- Procedures by verdict: {inline(verdicts)} (of {total})")
    if (drift := drift_fact(summary, report.documents)) is not None:
        out.append(f"- Average drift: {inline(drift)}")
    # what to act on first, then the sections that explain it: the order of the HTML and Word summaries
    if summary.top_findings:
        out += ["", "### Findings that matter most", ""]
        for i, run in enumerate(top_runs(summary.top_findings), start=1):
            first = run[0]
            places = []
            same = shared_message(run)
            for f in run:
                where = _where(f)
                places.append(f"{_code(f.path)}" + (f" {inline(where)}" if where else "")
                              + place_severity(report, run, f) + ("" if same else f": {inline(message_beside_path(f))}")
                              + more_like_this(report, f))
            worst, rest = run_severity(report, run)
            head = f"{i}. **{inline(rule_summary(first.rule) or first.name)}** ({inline(first.rule)}, {worst}{rest})"
            total, hidden = run_files(report, run)
            if total == 1:
                out.append(f"{head}: {places[0]}")
            else:
                noun = run_noun(report, run)
                out.append(f"{head}{run_files_text(report, run)}"
                           + (f", {SHARED_LEAD}: {inline(same)}" if same else ":"))
                out += [f"   - {place}" for place in places]
                if hidden:
                    out.append(f"   - and {plural(hidden, 'more ' + noun)} (under Documents)")
    for section in summary.sections:
        out += ["", f"### {inline(section.title)}", ""]
        out += [f"- {inline(line)}" for line in section.lines]
        for chart in section.charts:
            out += [""] + _chart_block(chart)
    return out


def _documents(report: Report, verbose: bool) -> list[str]:
    out = [*_heading(Section.DOCUMENTS)]
    if not report.documents:
        return out + ["No documents were found."]
    grouped = findings_by_path(report)
    drift = report.command != "check"  # a draft check reads no records: the drift column would be all dashes
    rows = []
    listed, rest = listed_documents(report)
    for d in listed:
        doc = d.document
        name = f"[{inline(doc.path)}](#{anchor('doc-' + doc.path)})" if doc.path in grouped else inline(doc.path)
        rows.append((_Raw(name), doc.kind.value, doc.format, verdict_cell(d),
                     score_text(d.scores.mirroring), score_text(d.scores.specificity),
                     *([score_text(d.scores.drift)] if drift else []), len(grouped.get(doc.path, [])),
                     doc.status.value))
    out += table(["document", "kind", "format", "verdict (probability)", "mirroring", "specificity",
                  *(["drift"] if drift else []), "findings", "status"], rows,
                 "llllrrrrl" if drift else "llllrrrl")
    forced = [(d.document.path, checked_as_procedure(d.document)) for d in sorted_documents(report)]
    notes = [f"{_code(path)} was checked as a procedure because it was named; {inline(looks_like(looked))}."
             for path, looked in forced if looked]
    if rest:
        notes.append(inline(rest_note(listed, rest)) + f" [{Section.OTHER_FILES.heading}]"
                     f"(#{Section.OTHER_FILES.value}).")
    marked = score_table_note(report)
    if marked:
        notes.append(inline(marked))
    # the client reads the kinds; the classifier's reasons are for whoever ran gapscan (--verbose)
    left_out = not_judged_text(report)
    if left_out:
        notes.append(inline(left_out) + ".")
        if verbose:  # the classifier's reasons are for whoever ran gapscan: grouped by kind, each whole
            notes += [""] + [f"- {kind}: " + ", ".join(f"{_code(path)} ({inline(why)})" for path, why in items)
                             for kind, items in not_judged_groups(report)]
    return out + ([""] + notes if notes else [])


def _quotes(group: FindingGroup, check: QuoteCheck, verbose: bool) -> list[str]:
    """The evidence of the shown occurrences that adds to their messages, each with its place.

    Text found at that place is quoted; a rule's note about the place is not.
    """
    quotes = []
    for f in (group.findings if group.count == 1 else group.examples):
        for ev in f.evidence[: 3 if verbose else 2]:
            text = one_line(ev.text)
            if not text or (group.count > 1 and text in one_line(f.message)):
                continue
            where = evidence_where(f, ev)
            quote = inline(check.text(ev)) + (f" ({inline(where)})" if where else "")
            if quote not in quotes:  # two places of one rule often point at the same record header
                quotes.append(quote)
    return quotes


def _group_row(group: FindingGroup, check: QuoteCheck, verbose: bool) -> tuple[_Raw, ...]:
    """One (document, rule) entry as a table row: rule, every place, what and how much, quotes and fix."""
    first = group.findings[0]
    rule = f"**{inline(group.rule)}** {inline(group.name)}<br>{group.severity.label}" + group.count_text + \
        group.listed_note
    if group.count == 1:
        what = [inline(message_beside_path(first))]
    else:
        # --verbose: every place in full, with the numbers that differ from place to place
        shown = group.findings if verbose else group.examples
        what = [inline(rule_summary(group.rule) or group.name) + ("" if verbose else ", e.g.")]
        shared = group.shared
        for f in shown:
            own = metric_lines(own_metrics(f, shared), limit=4, rule=f.rule) if verbose else []
            what.append(f"{inline(_where(f) or '-')}: {inline(message_beside_path(f))}"
                        + (f" ({inline('; '.join(own))})" if own else ""))
    numbers = metric_lines(client_metrics(group.shared, verbose), rule=group.rule)
    if numbers:
        what.append("*" + inline("; ".join(numbers)) + "*")
    more = _quotes(group, check, verbose)
    if group.fix:
        more.append(f"**Fix:** {inline(group.fix)}")
    elif any(f.fix for f in group.findings):
        more.append(f"**Fix** (first place; each place has its own in the JSON and HTML reports): "
                    f"{inline(next(f.fix for f in group.findings if f.fix))}")
    return (_Raw(rule), _Raw(inline(compact_locations(group.locations)) or " "),
            _Raw("<br>".join(what)), _Raw("<br>".join(more) or " "))


def _about(result: DocumentResult | None, verbose: bool, letterheads: frozenset[str] = frozenset(),
           claims: bool = True) -> list[str]:
    """One line on what the document is and how it scored, one on its records and claims."""
    if result is None:
        return []
    doc = result.document
    parts = [doc.kind.value + (f" ({inline(doc.kind_reason)})" if verbose and doc.kind_reason else "")]
    if result.verdict is not None:
        verdict = f"**{inline(verdict_text(result))}**"
        if verdict_basis(result):
            verdict += f" ({verdict_basis(result)})"
        standard = f", read against {inline(standard_name(result.standard))}" if show_standard(result) else ""
        parts.append(verdict + standard)
    if scores_text(result):
        parts.append(scores_text(result))
    title = own_title(doc, letterheads)
    if title:
        parts.append(f"title: {inline(title)}")
    out = [" · ".join(parts)]
    extra: list[str] = []
    links, weak = shown_links(result, verbose)
    if links or weak:
        extra.append("Linked records: " + ", ".join(
            _code(x.path) + f" ({inline(x.via)}" + (f", {x.confidence:.2f}" if verbose else "")
            + (", weak link" if x.confidence < STRONG else "") + ")" for x in links)
            + ("; " if links and weak else "") + inline(weak))
    if result.claims and claims:  # (`claims`: whether the line says more than the summary, claims_said)
        extra.append(inline(claims_text(result)))
    extra += [f"Rule error: {inline(e)}" for e in result.rule_errors]
    return out + (["", " · ".join(extra)] if extra else [])


def _by_document(report: Report, verbose: bool) -> list[str]:
    paths = _sections(report)
    results = {d.document.path: d for d in report.documents}
    check = QuoteCheck(report)
    letterheads = letterhead_titles(report)
    records = records_given(report)
    groups: dict[str, list[FindingGroup]] = {}
    for g in finding_groups(report.findings):
        groups.setdefault(g.path, []).append(g)
    out = [*_heading(Section.FINDINGS),
           "One row per rule and document: every place it fires, the worst or first ones in full, the numbers, "
           "the evidence and the fix. The JSON and SARIF reports hold each place as its own result."
           + capped_note(report.findings), ""]
    for path in paths:
        count = sum(g.count for g in groups[path])
        result = results.get(path)
        about = _about(result, verbose, letterheads, result is not None and claims_said(result, records)) or [""]
        tally = f"{plural(count, 'finding')} under {plural(len(groups[path]), 'rule')}"
        about[0] += (" · " if about[0] else "") + tally
        out += [f"### {_target(anchor('doc-' + path))}{inline(path)}", "", *about, ""]
        out += table(["rule", "where", "what", "evidence and fix"],
                     [_group_row(g, check, verbose) for g in groups[path]])
        out.append("")
    return out


def _baselined(report: Report) -> list[str]:
    """What the baseline already knew, one row per rule and document; not counted above."""
    out = [*_heading(Section.BASELINED), inline(baselined_text(report)) + ".", ""]
    rows = [(_Raw(_code(g.path)), g.rule, g.name, g.count, compact_locations(g.locations) or "-")
            for g in finding_groups(report.baselined)]
    return out + (table(["document", "rule", "name", "findings", "where"], rows, "lllrl") if rows else [])


def _unreadable(report: Report) -> list[str]:
    """Files not analysed: what the report could not look at."""
    return _heading(Section.UNREADABLE) + [
        "These files were listed but not analysed; nothing was concluded about them.", ""] + \
        table(["file", "status", "reason"], [(d.document.path, d.document.status.value,
                                              d.document.error or "no reason given") for d in unreadable(report)])


def _failed_checks(report: Report) -> list[str]:
    """Rules or stages that failed: their absence is not a clean result."""
    failures = [(d.document.path, e) for d in sorted_documents(report) for e in d.rule_errors]
    failures += [("(whole run)", e) for e in report.run_errors]
    return _heading(Section.FAILED_CHECKS) + [
        "These checks failed and were skipped; their absence is not a clean result.", ""] + \
        table(["document", "problem"], failures)


def _suppressed(report: Report) -> list[str]:
    """Findings someone suppressed, with the reason they wrote: out of the count, not out of sight."""
    from gapscan.report import suppressed

    return [*_heading(Section.SUPPRESSED),
            f"{suppressed.headline(report)}. Each was suppressed by a `gapscan: ignore` comment in the document "
            "or an `[[ignore]]` entry of the configuration, for the reason given.", ""] + \
        table(["rule", "document", "where", "what", "reason", "suppressed by"], suppressed.rows(report))


def _how_to_read() -> list[str]:
    return [
        *_heading(Section.HOW_TO_READ),
        HOW_TO_READ_INTRO, "",
        *(f"- **{name}**: {meaning}" for name, meaning in HOW_TO_READ_SCORES), "",
        "".join(f"**{text}**" if bold else text for text, bold in HOW_TO_READ_VERDICT)
        # named, not linked: a relative link would resolve in the client's folder, where there is no such file
        + f"{_code(SCORING_DOC)} in the gapscan repository.",
    ]


def _appendix(report: Report) -> list[str]:
    counts = report.counts_by_rule()
    from gapscan.rules.registry import BY_CODE

    rows = []
    for code, n in counts.items():
        rule = BY_CODE.get(code)
        rows.append((code, rule.name if rule else "-", rule.family if rule else "-", n,
                     rule.summary if rule else "not in this version's catalogue"))
    return [*_heading(Section.APPENDIX),
            "Run `gapscan rules CODE` for why a rule matters, how it decides and how to fix what it finds.", ""] + \
        table(["code", "name", "family", "findings", "what it means"], rows, "lllrl")


def _other_files(report: Report, verbose: bool) -> list[str]:
    """The files the documents table leaves out of a long run: each with its kind (and, with --verbose, why)."""
    rest = listed_documents(report)[1]
    # table() escapes each cell: the path and the reason go in as plain text, or a '_' reads '\\_'
    rows = [(d.document.path, d.document.kind.value, d.document.format,
             *([kind_reason_text(d.document, whole=True)] if verbose else [])) for d in rest]
    return [*_heading(Section.OTHER_FILES),
            f"{plural(len(rest), 'document')} read with no finding and no verdict: {rest_counts(rest)}.", ""] + \
        table(["document", "kind", "format", *(["why this kind"] if verbose else [])], rows,
              "llll" if verbose else "lll")
