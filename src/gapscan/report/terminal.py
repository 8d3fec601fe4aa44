"""The terminal report, laid out for a person reading at 80 columns.

`audit` gets a full report (summary, documents table, findings per document);
`check` reads like a linter: one `path:LINE: CODE name message` line per finding so an
editor can jump to it, a verdict line per file and a closing count line.
Plain text unless color=True, whatever the environment says (FORCE_COLOR, NO_COLOR).
Lines are composed as rich Text and wrapped here, then printed once: rich's own
Table/Padding cost ~10 ms per finding, too slow for a 2,000-finding audit.
"""
from __future__ import annotations

import io
import re
from typing import Any

from gapscan.model import DocumentResult, Evidence, Finding, Report, Severity, Status
from gapscan.model import Verdict
from gapscan.nlp.language import not_english
from gapscan.report.common import (QuoteCheck, Section, WHOLE_DOCUMENT, bare_place, baselined_text, chart_lines,
                                   checked_as_procedure, compact_locations, counts_by_kind, counts_paragraphs,
                                   evidence_where, file_line, finding_groups, findings_by_path, group_by_rule,
                                   is_text_file, kind_because, looks_like, metric_lines, more_like_this, not_judged,
                                   not_judged_groups, not_judged_text, one_line, own_metrics, place_beside_line, plural,
                                   procedure_verdicts_text, report_sections, rule_summary, run_files, run_files_text,
                                   run_noun, run_severity, score_text, scores_text, severity_counts_text,
                                   score_table_note, message_beside_path, shared_message, SHARED_LEAD, shared_metrics, sorted_documents, top_runs, unreadable,
                                   listed_documents, rest_text,
                                   verdict_basis, verdict_cell,
                                   verdict_text, where_and_severity, where_text)
from gapscan.summary import drift_fact

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
MAX_EVIDENCE = 3
RULE_CHAR = "─"
NARROW_FIRST = 24  # a table whose first column (a path) would get fewer columns than this puts it on its own line


def render(report: Report, *, color: bool = False, width: int = 100, verbose: bool = False) -> str:
    """The report as terminal text, `width` columns wide (ANSI colour only when asked).

    An audit shows the executive summary, the documents table and the top findings, then one line
    per rule and document; `verbose` prints every finding with its numbers, quotes and fix.
    """
    page = _Page(_console(color, max(40, width)))
    if report.command == "check":
        _check(page, report)
    else:
        _audit(page, report, verbose)
    return page.render()


def _console(color: bool, width: int) -> Any:
    from rich.console import Console

    return Console(file=io.StringIO(), width=width, color_system="standard" if color else None,
                   force_terminal=color, force_jupyter=False, force_interactive=False,
                   no_color=not color, legacy_windows=False, highlight=False, markup=False,
                   emoji=False, tab_size=4)


CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _clean(text: str) -> str:
    """Control characters shown escaped: a newline in a file name must not forge a report line."""
    return CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def _text(*parts: tuple[str, str] | str) -> Any:
    from rich.text import Text

    return Text.assemble(*(_clean(p) if isinstance(p, str) else (_clean(p[0]), p[1])
                           if isinstance(p, tuple) else p for p in parts))


class _Page:
    """Collects styled lines no wider than the console, then prints them in one go."""

    def __init__(self, console: Any) -> None:
        self.console = console
        self.width: int = console.width
        self.lines: list[Any] = []

    def line(self, *parts: tuple[str, str] | str) -> None:
        """One line as given, never wrapped (linter lines must stay whole for editors)."""
        self.lines.append(_text(*parts))

    def blank(self) -> None:
        self.lines.append(_text(""))

    def wrapped(self, text: Any, indent: int = 0, mark: str = "") -> None:
        """Text wrapped to the width with a hanging indent (after `mark`, if any)."""
        from rich.cells import cell_len

        prefix = " " * indent + (f"{mark} " if mark else "")
        room = max(10, self.width - cell_len(prefix))
        pieces = [text] if text.cell_len <= room else text.wrap(self.console, room, overflow="fold")
        for i, piece in enumerate(pieces):
            self.lines.append(_text(prefix if i == 0 else " " * cell_len(prefix)).append_text(piece))

    def bullets(self, texts: list[Any], indent: int = 2, mark: str = "•") -> None:
        for text in texts:
            self.wrapped(text, indent, mark)

    def rule(self, title: str) -> None:
        """A section heading followed by a line to the right edge."""
        from rich.cells import cell_len

        if cell_len(title) + 2 > self.width:
            self.wrapped(_text((title, "bold")))
            return
        self.line((title, "bold"), " ", (RULE_CHAR * (self.width - cell_len(title) - 1), "dim"))

    def table(self, header: list[str], rows: list[list[Any]], right: set[int]) -> None:
        """Columns sized to their content; the first (a path) takes the rest and folds. When that rest is too
        narrow for a path (`NARROW_FIRST`: at 80 columns the documents table left 12 to 16, a path folded into
        five to seven lines), each path gets a line of its own and the other columns go under it, indented."""
        from rich.cells import cell_len

        cells = [[c if not isinstance(c, str) else _text(c) for c in row] for row in rows]
        fixed = [max([cell_len(header[i])] + [r[i].cell_len for r in cells]) for i in range(1, len(header))]
        longest = max([cell_len(header[0])] + [r[0].cell_len for r in cells])
        room = self.width - sum(fixed) - len(fixed)
        if room < min(longest, NARROW_FIRST):
            self._stacked(header, cells, fixed, right)
            return
        first = max(12, min(longest, room))

        def compose(first_cell: Any, rest: list[Any], style: str = "") -> Any:
            out = _text((first_cell.plain.ljust(first), style)) if style else \
                first_cell.copy().append(" " * max(0, first - first_cell.cell_len))
            for i, (c, w) in enumerate(zip(rest, fixed), start=1):
                pad = " " * max(0, w - c.cell_len)
                out.append(" ")
                out.append_text(_text(pad, c) if i in right else _text(c, pad))
            return out

        self.lines.append(compose(_text(header[0]), [_text((h, "bold")) for h in header[1:]], "bold"))
        for row in cells:
            head = row[0].wrap(self.console, first, overflow="fold")[0]
            self.lines.append(compose(head, row[1:]))
            # the rest of a long path goes under it, indented, so it does not read as a row of its own
            rest = row[0][len(head.plain):]
            rest = rest[len(rest.plain) - len(rest.plain.lstrip()):]
            if rest.plain:
                self.lines.extend(_text("  ", piece) for piece in rest.wrap(self.console, first - 2, overflow="fold"))

    def _stacked(self, header: list[str], cells: list[list[Any]], fixed: list[int], right: set[int]) -> None:
        """The table with each row's first cell on a line of its own (folded at the width if it must) and the
        other cells on the next line, indented under it."""
        def rest(row: list[Any], style: str = "") -> Any:
            out = _text("  ")
            for i, (c, w) in enumerate(zip(row, fixed), start=1):
                pad = " " * max(0, w - c.cell_len)
                if i > 1:
                    out.append(" ")
                out.append_text(_text(pad, c) if i in right else _text(c, pad))
            if style:
                out.stylize(style)
            return out

        self.lines.append(_text((header[0], "bold")))
        self.lines.append(rest([_text(h) for h in header[1:]], "bold"))
        for row in cells:
            self.lines.extend(row[0].wrap(self.console, self.width, overflow="fold"))
            self.lines.append(rest(row[1:]))

    def render(self) -> str:
        """The page as text: plain lines directly, or through rich for ANSI colour."""
        from rich.text import Text

        if self.console.color_system is None:
            return "".join(line.plain.rstrip() + "\n" for line in self.lines)
        for start in range(0, len(self.lines), 500):  # one huge Text renders in superlinear time
            self.console.print(Text("\n").join(self.lines[start:start + 500]), soft_wrap=True)
        text = self.console.file.getvalue()
        return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


# ---- check: one line per finding ------------------------------------------------------------

def check_line(finding: Finding) -> tuple[str, str]:
    """('path:LINE:' or 'path:', 'CODE name message [where]') for one finding: LINE only when it is a line of
    the file (a Word paragraph or a PDF page's line is named in words, which no editor would jump to)."""
    loc = finding.location
    line = file_line(finding.path, loc)
    head = f"{finding.path}:{line}:" if line is not None else f"{finding.path}:"
    where = place_beside_line(finding.path, loc)
    return head, f"{finding.rule} {finding.name} {one_line(finding.message)}" + (f" [{where}]" if where else "")


def _verdict_line(result: DocumentResult, count: int) -> str:
    doc = result.document
    if doc.status is not Status.OK:
        return f"{doc.status.value}: {one_line(doc.error or 'could not be read')}"
    basis, scores = verdict_basis(result), scores_text(result)
    head = (f"verdict {verdict_text(result)}" + (f" ({basis})" if basis else "")) if result.verdict else (
        "no verdict" if verdict_text(result) == "-" else verdict_text(result))
    return (head + (f"; {scores}" if scores else "")
            + " - " + ("no findings" if count == 0 else plural(count, "finding")))


# From this many findings on one file, a count per rule says what kind of rewrite it needs.
BY_RULE_MIN = 5

# What a quality manager does next with a draft, by how it reads; the finding lines say where.
NEXT_STEP = {
    Verdict.MIRRORED: "rewrite it around the work: for each section say who does what, with which system, "
                      "form or equipment, how often and what happens when it goes wrong",
    Verdict.MIXED: "keep the real rules; replace clause headings and 'the organization shall' sentences "
                   "with the steps, roles and limits they stand for",
    Verdict.OPERATIONAL: "it describes the work; fix the places listed above",
}


def next_step(result: DocumentResult, count: int) -> str | None:
    """One plain instruction for a checked file, or None when there is nothing to do."""
    doc = result.document
    if doc.status is not Status.OK:
        return "save it again as a readable docx, pdf (with text, no password), md, txt or html and re-run"
    if result.rule_errors:
        return "some checks failed on this file (below); re-run with --debug and report the error"
    if result.verdict is None:
        foreign = not_english(doc) if count == 0 else None
        if foreign:  # not judged for its language: adding steps would not change that
            return (f"its layout, anchors and vocabulary were not judged (text in {foreign}; gapscan's word "
                    "lists are English): have it reviewed by someone who knows the work")
        return "too short to judge how it is written; check again when it has its steps" if count == 0 else \
            "work through the findings above"
    if result.verdict is Verdict.OPERATIONAL and count == 0:
        return None
    if result.verdict_uncertain:
        # the model could not call it (ohsc's SOP_11: 'mirrored, uncertain', mirroring 0, no finding, was told
        # to be rewritten): the author reads it first, as the reports' "How to read" says
        return (f"the verdict is uncertain: read it before acting on it; if it reads as {result.verdict.value}, "
                + NEXT_STEP[result.verdict])
    return NEXT_STEP[result.verdict]


def _check(page: _Page, report: Report) -> None:
    grouped = findings_by_path(report)
    # the files left unjudged get one compact line at the end, not a line each: a folder can hold hundreds
    left = {d.document.path for d in not_judged(report)}
    documents = {d.document.path: d for d in sorted_documents(report) if d.document.path not in left}
    quotes = QuoteCheck(report)
    for path in sorted(set(documents) | set(grouped)):
        if is_text_file(path):
            _check_lines(page, path, grouped.get(path, []), documents.get(path))
        else:
            _check_blocks(page, quotes, path, grouped.get(path, []), documents.get(path))
    _check_end(page, report, documents)


def _check_lines(page: _Page, path: str, found: list[Finding], result: DocumentResult | None) -> None:
    """A text file in compiler form, 'path:LINE: CODE ...', which editors and terminals jump to."""
    # two sentences of one line can give the same finding twice: said once
    lines: list[tuple[str, str, Finding, int]] = []
    for finding in found:
        head, body = check_line(finding)
        if lines and lines[-1][:2] == (head, body):
            lines[-1] = (head, body, lines[-1][2], lines[-1][3] + 1)
        else:
            lines.append((head, body, finding, 1))
    for head, body, finding, times in lines:
        page.line((head, "bold"), " ", (finding.rule, SEVERITY_STYLE[finding.severity]),
                  body[len(finding.rule):], (f" (×{times} on this line)" if times > 1 else "", "dim"))
    if result is not None:
        for text, style in _check_footer(result, found):
            page.line((f"{path}:", "bold"), " ", (text, style))


def _check_blocks(page: _Page, quotes: QuoteCheck, path: str, found: list[Finding],
                  result: DocumentResult | None) -> None:
    """A Word, OpenDocument or PDF file as its author reads it: the file once, then a block per place
    (heading, paragraph or page) with what was found there, the words it is about and what to change."""
    page.line((path, "bold"))
    places: list[tuple[str, list[Finding]]] = []
    for f in found:
        where = where_text(f.location, f.path) or WHOLE_DOCUMENT
        if places and places[-1][0] == where:
            places[-1][1].append(f)
        else:
            places.append((where, [f]))
    fixes: dict[str, str] = {}  # advice -> where first said: the same paragraph ten times is a wall
    for where, here in places:
        page.wrapped(_text((where, "cyan")), 2)
        # two sentences of one paragraph can give one finding twice: said once, with how many times
        times: dict[tuple[str, str], int] = {}
        for f in here:
            times[(f.rule, one_line(f.message))] = times.get((f.rule, one_line(f.message)), 0) + 1
        said: set[tuple[str, str]] = set()
        quoted: set[str] = set()
        unit = "paragraph" if counts_paragraphs(path) else "place"
        for f in here:
            key = (f.rule, one_line(f.message))
            if key in said:
                continue
            said.add(key)
            page.wrapped(_text((f"{f.severity.label} ", SEVERITY_STYLE[f.severity]), (f.rule, "bold"),
                               f" {f.name}: {one_line(f.message)}",
                               (f" (×{times[key]} in this {unit})" if times[key] > 1 else "", "dim")), 4)
            for e in f.evidence[:1]:
                text = one_line(e.text)
                if text and text not in quoted and text not in one_line(f.message):
                    quoted.add(text)
                    source = evidence_where(f, e)
                    page.wrapped(_text(quotes.text(e), (f"  ({source})" if source != where else "", "dim")), 6, "›")
            if f.fix:
                fix = one_line(f.fix)
                page.wrapped(_text(("change: ", "green"), f"as at {fixes[fix]}" if fix in fixes else fix), 6)
                fixes.setdefault(fix, bare_place(where))
    if result is not None:
        for text, style in _check_footer(result, found):
            page.wrapped(_text((text, style)), 2)
    page.blank()


def _check_footer(result: DocumentResult, found: list[Finding]) -> list[tuple[str, str]]:
    """A checked file's closing lines: the verdict, why it was checked, failed rules, counts, what next."""
    out = [(_verdict_line(result, len(found)), "red" if result.document.status is Status.ERROR else "dim")]
    looked = checked_as_procedure(result.document)
    if looked is not None:
        out.append((f"checked as a procedure because it was named; {looks_like(looked)}", "yellow"))
    out += [(f"rule error {one_line(entry)}", "red") for entry in result.rule_errors]
    if len(found) >= BY_RULE_MIN:
        counts: dict[str, int] = {}
        for f in found:
            counts[f.rule] = counts.get(f.rule, 0) + 1
        out.append(("by rule: " + ", ".join(
            f"{code} {n}" for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), "dim"))
    step = next_step(result, len(found))
    if step is not None:
        out.append((f"next: {step}", "green"))
    return out


def _check_end(page: _Page, report: Report, documents: dict[str, DocumentResult]) -> None:
    for entry in report.run_errors:
        page.line(("gapscan:", "bold"), " ", (f"error: {one_line(entry)}", "red"))
    closing = f"{plural(len(documents), 'file')} checked: "
    closing += "no findings" if not report.findings else \
        f"{plural(len(report.findings), 'finding')} ({severity_counts_text(report)})"
    if report.error_count:
        closing += f"; {plural(report.error_count, 'file')} could not be read"
    _suppressed(page, report)
    if report.suppressed:
        closing += f"; {len(report.suppressed)} suppressed"
    left_out = not_judged_text(report)
    if left_out:
        # naming a file judges it as a procedure, except a spreadsheet: offer that only where it would work
        from gapscan.classify import SPREADSHEETS

        hint = ("name a document to judge it as one" if any(d.document.format not in SPREADSHEETS
                                                             for d in not_judged(report))
                else "a spreadsheet is never judged as one")
        page.wrapped(_text((f"{left_out}; check judges procedures only: {hint}", "dim")))
    page.line((closing, "bold"))
    _baselined(page, report, per_path=True)


def _baselined(page: _Page, report: Report, per_path: bool) -> None:
    """The findings the baseline knows: a count, then per document (check) or per rule and document (audit)."""
    if report.baseline is None:
        return
    page.wrapped(_text((baselined_text(report), "dim")))
    current = None
    for group in finding_groups(report.baselined):
        count = f" ×{group.count}" if group.count > 1 else ""
        if per_path:
            page.wrapped(_text((f"{group.path}:", "bold"), " ", (f"baselined {group.rule}{count}", "dim")))
            continue
        if group.path != current:
            current = group.path
            page.wrapped(_text((group.path, "bold")), 2)
        page.wrapped(_text((f"{group.rule} {group.name}{count}  ", "dim"),
                           (compact_locations(group.locations) or "-", "cyan")), 4)


def _suppressed(page: _Page, report: Report) -> None:
    """Suppressed findings stay visible: one dim line each, with the reason given."""
    for s in sorted(report.suppressed, key=lambda s: s.finding.sort_key()):
        page.line((check_line(s.finding)[0], "bold"), " ",
                  (f"{s.finding.rule} suppressed by {s.source}: {one_line(s.reason)}", "dim"))


# ---- audit: the full report -----------------------------------------------------------------

def _audit(page: _Page, report: Report, verbose: bool) -> None:
    writers = {
        Section.SCOPE: lambda: _header(page, report),
        Section.EXECUTIVE_SUMMARY: lambda: _executive(page, report),
        Section.DOCUMENTS: lambda: _documents(page, report, verbose),
        Section.FINDINGS: lambda: _findings(page, report) if verbose else _finding_index(page, report),
        Section.BASELINED: lambda: _baselined_section(page, report),
        Section.UNREADABLE: lambda: _unreadable(page, report),
        Section.FAILED_CHECKS: lambda: _failed_checks(page, report),
        Section.SUPPRESSED: lambda: _suppressed_section(page, report),
    }
    for section in report_sections(report, unreadable_in_summary=True):
        if section in writers:  # the scores' key and the rule appendix are for the written report
            writers[section]()
    page.wrapped(_text((f"{plural(len(report.findings), 'finding')}: {severity_counts_text(report)}"
                        if report.findings else "no findings", "bold")))
    if not verbose and report.findings:
        page.wrapped(_text(("--verbose prints every finding with its numbers, evidence and fix; "
                            "--format html or markdown writes the full report to hand over.", "dim")))


def _baselined_section(page: _Page, report: Report) -> None:
    page.rule(Section.BASELINED.heading)
    _baselined(page, report, per_path=False)
    page.blank()


def _suppressed_section(page: _Page, report: Report) -> None:
    from gapscan.report import suppressed

    page.rule(Section.SUPPRESSED.heading)
    _suppressed(page, report)
    page.wrapped(_text((suppressed.headline(report), "dim")))
    page.blank()


def _unreadable(page: _Page, report: Report) -> None:
    page.rule(Section.UNREADABLE.heading)
    page.bullets([_text((d.document.path, "bold"), f" ({d.document.status.value}): ",
                        one_line(d.document.error or "no reason given")) for d in unreadable(report)], mark="✗")
    page.blank()


def _failed_checks(page: _Page, report: Report) -> None:
    page.rule(Section.FAILED_CHECKS.heading)
    page.wrapped(_text(("These checks failed and the run went on without them; their absence is not a clean "
                        "result.", "dim")))
    failed = [_text((d.document.path, "bold"), ": ", one_line(e))
              for d in sorted_documents(report) for e in d.rule_errors]
    page.bullets(failed + [_text(one_line(e)) for e in report.run_errors], mark="!")
    page.blank()


def _finding_index(page: _Page, report: Report) -> None:
    """One line per rule and document: how many, how bad, and every place, compactly."""
    page.rule(Section.FINDINGS.heading)
    current = None
    for group in finding_groups(report.findings):
        if group.path != current:
            current = group.path
            page.wrapped(_text((group.path, "bold")))
        count = group.count_text
        text = _text((f"{group.severity.label:<7}", SEVERITY_STYLE[group.severity]), " ", (group.rule, "bold"),
                     f" {group.name}{count}  ", (compact_locations(group.locations) or "-", "cyan"))
        page.wrapped(text, 2)
    page.blank()


def _header(page: _Page, report: Report) -> None:
    kinds = ", ".join(f"{n} {k}" for k, n in counts_by_kind(report).items() if n)
    page.wrapped(_text(("gapscan " + report.command, "bold"), f" {report.tool_version} · {report.root}"))
    page.wrapped(_text(f"{plural(len(report.documents), 'document')}" + (f" ({kinds})" if kinds else "")))
    line = (f"{plural(len(report.findings), 'finding')} ({severity_counts_text(report)})" if report.findings
            else "no findings")  # not '0 findings (no findings)'
    if report.error_count:
        line += f" · {report.error_count} unreadable"
    if report.baseline is not None:
        line += f" · {len(report.baselined)} baselined"
    page.wrapped(_text(line))
    if report.audit_dates:
        how = " (read from audit plans in the set)" if report.audit_dates_inferred else ""
        page.wrapped(_text("audit dates: " + ", ".join(d.isoformat() for d in sorted(report.audit_dates)) + how))
    if report.generated_at:
        page.wrapped(_text((f"generated {report.generated_at}", "dim")))
    page.blank()


def _executive(page: _Page, report: Report) -> None:
    summary = report.summary
    page.rule("Executive summary")
    page.wrapped(_text((one_line(summary.headline), "bold")))
    total, verdicts = procedure_verdicts_text(report)
    facts = []
    if total:
        facts.append(f"{plural(total, 'procedure')}: {verdicts}")
    if (drift := drift_fact(summary, report.documents)) is not None:
        facts.append(f"average drift {drift}")
    # one fact a line: with the claims it rests on, the drift line wrapped away from 'average drift' mid-sentence
    for fact in facts:
        page.wrapped(_text(fact))
    # what to act on first, then the sections that explain it, as every format reads
    if summary.top_findings:
        page.blank()
        page.line(("Top findings", "bold"))
        for i, run in enumerate(top_runs(summary.top_findings), start=1):
            _finding_brief(page, report, run, i)
    for section in summary.sections:
        page.blank()
        page.wrapped(_text((one_line(section.title), "bold")))
        page.bullets([_text(one_line(line)) for line in section.lines])
        for chart in section.charts:
            page.wrapped(_text((one_line(chart.title), "dim")), 2)
            for line in chart_lines(chart, page.width - 4):
                page.wrapped(_text(line), 4)
    page.blank()


def _finding_brief(page: _Page, report: Report, run: list[Finding], number: int) -> None:
    """Top findings of one rule for a reader who knows no rule codes: what it means once, then for
    each file where and the numbers."""
    first = run[0]
    meaning = rule_summary(first.rule) or first.name
    total, hidden = run_files(report, run)
    files = run_files_text(report, run)
    worst, rest = run_severity(report, run)
    same = shared_message(run)
    page.wrapped(_text((meaning, "bold"), " [", (first.rule, SEVERITY_STYLE[Severity.parse(worst)]),
                       f" {worst}{rest}]{files}" + (f", {SHARED_LEAD}: {one_line(same)}" if same else "")),
                 2, f"{number}.")
    for finding in run:
        at = f"{finding.path}" + where_and_severity(report, run, finding)
        tail = more_like_this(report, finding)
        page.wrapped(_text((at, "cyan"), *(() if same else (": ", one_line(message_beside_path(finding)))), (tail, "dim")), 5,
                     "-" if total > 1 else "")
    if hidden:
        page.wrapped(_text((f"and {plural(hidden, 'more ' + run_noun(report, run))} (--verbose lists them)", "dim")),
                     5, "-")


def _documents(page: _Page, report: Report, verbose: bool = False) -> None:
    page.rule("Documents")
    if not report.documents:
        page.line("no documents found")
        page.blank()
        return
    grouped = findings_by_path(report)
    rows = []
    # a wiki of 473 files printed 473 rows: list what a reader acts on and count the rest by kind; --verbose
    # lists every one (the written formats put the rest in an appendix)
    listed, quiet = listed_documents(report, every=verbose)
    for result in listed:
        doc = result.document
        status_style = "red" if doc.status is Status.ERROR else "yellow" if doc.status is Status.SKIPPED else ""
        rows.append([doc.path, doc.kind.value, verdict_cell(result),
                     score_text(result.scores.mirroring), score_text(result.scores.specificity),
                     score_text(result.scores.drift), str(len(grouped.get(doc.path, []))),
                     _text((doc.status.value, status_style))])
    page.table(["document", "kind", "verdict (p)", "mirr", "spec", "drift", "finds", "status"], rows,
               right={3, 4, 5, 6})
    marked = score_table_note(report)
    if marked:
        page.wrapped(_text((marked, "dim")))
    if quiet:
        page.wrapped(_text((f"and {rest_text(quiet)}: --verbose lists them", "dim")))
    # the table above lists only some of them when some are quiet
    left_out = not_judged_text(report, where="the documents table" + (" with --verbose" if quiet else ""))
    if left_out:
        page.wrapped(_text((left_out, "dim")))
        if verbose:  # why each was taken for what it is, grouped by kind, each reason whole
            for kind, items in not_judged_groups(report):
                page.wrapped(_text((f"{kind}: " + ", ".join(f"{path} ({why})" for path, why in items), "dim")),
                             2, "-")
    page.blank()


def _findings(page: _Page, report: Report) -> None:
    documents = {d.document.path: d for d in report.documents}
    check = QuoteCheck(report)
    for path, findings in findings_by_path(report).items():
        result = documents.get(path)
        about = []
        if result is not None:
            about.append(result.document.kind.value)
            if result.verdict is not None:
                # the verdict with what it rests on, as the other formats and the documents table show it
                about.extend(x for x in (verdict_text(result), verdict_basis(result)) if x)
        page.rule(path + (f" ({', '.join(about)})" if about else ""))
        if result is not None and result.document.kind_reason:
            page.wrapped(_text(("kind: ", "dim"), (kind_because(result.document, whole=True), "dim")), 2)
        for _, group in group_by_rule(findings):
            if len(group) == 1:
                _finding(page, check, group[0])
            else:
                _finding_group(page, check, group)
        page.blank()


def _finding(page: _Page, check: QuoteCheck, finding: Finding) -> None:
    where = where_text(finding.location, finding.path)
    page.wrapped(_text((f"{finding.severity.label:<7}", SEVERITY_STYLE[finding.severity]), " ",
                       (finding.rule, "bold"), f" {finding.name}", (f"  {where}" if where else "", "cyan")), 2)
    page.wrapped(_text(one_line(message_beside_path(finding))), 4)
    page.bullets([_text((m, "dim")) for m in metric_lines(finding.metrics, rule=finding.rule)], indent=4, mark="·")
    if finding.evidence:
        shown = [_evidence(check, finding, e) for e in finding.evidence[:MAX_EVIDENCE]]
        if len(finding.evidence) > MAX_EVIDENCE:
            shown.append(_text((f"(+{len(finding.evidence) - MAX_EVIDENCE} more)", "dim")))
        page.bullets(shown, indent=4, mark="›")
    if finding.related:
        page.wrapped(_text(("related: ", "dim"), ", ".join(sorted(finding.related))), 4)
    if finding.fix:
        page.wrapped(_text(("fix: ", "green"), one_line(finding.fix)), 4)


def _finding_group(page: _Page, check: QuoteCheck, findings: list[Finding]) -> None:
    """One rule firing at many places of a document: what they share once, then a line or two per place."""
    first = findings[0]
    worst = max(f.severity for f in findings)
    places = [w for w in (where_text(f.location, f.path) for f in findings) if w]
    span = f"  {bare_place(places[0])} … {bare_place(places[-1])}" if len(places) > 1 else ""
    page.wrapped(_text((f"{worst.label:<7}", SEVERITY_STYLE[worst]), " ", (first.rule, "bold"), f" {first.name}",
                       (f" ×{len(findings)}", "bold"), (span, "cyan")), 2)
    shared = shared_metrics(findings)
    page.bullets([_text((m, "dim")) for m in metric_lines(shared, rule=first.rule)], indent=4, mark="·")
    same_fix = len({f.fix for f in findings}) == 1
    for f in findings:
        where = where_text(f.location, f.path)
        page.wrapped(_text((where or WHOLE_DOCUMENT, "cyan"), "  ", one_line(message_beside_path(f))), 4, "-")
        quoted = [e for e in f.evidence[:1] if e.text and one_line(e.text) not in one_line(f.message)]
        page.bullets([_evidence(check, f, e, same_place=where) for e in quoted], indent=6, mark="›")
        own = own_metrics(f, shared)
        page.bullets([_text((m, "dim")) for m in metric_lines(own, limit=3, rule=f.rule)], indent=6, mark="·")
        if f.fix and not same_fix:
            page.wrapped(_text(("fix: ", "green"), one_line(f.fix)), 6)
    if first.fix and same_fix:
        page.wrapped(_text(("fix: ", "green"), one_line(first.fix)), 4)


def _evidence(check: QuoteCheck, finding: Finding, evidence: Evidence, same_place: str = "") -> Any:
    source = evidence_where(finding, evidence)
    if same_place and source == same_place:
        source = ""
    return _text(check.text(evidence), ((f"  ({source})" if source else ""), "dim"))
