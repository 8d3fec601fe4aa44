"""The Word report (python-docx): title page, executive summary, documents table, grouped findings.

Charts go in as small tables (label, value, a bar of block characters): Word draws them without
images, they stay editable, and the numbers are the same the other formats show.
"""
from __future__ import annotations

import io
import math
import re
from typing import Any

from gapscan.model import REPORT_MARKER, Report
from gapscan.report.common import (HOW_TO_READ_INTRO, capped_note, HOW_TO_READ_SCORES, HOW_TO_READ_VERDICT, SCORING_DOC,
                                   score_table_note,
                                   QuoteCheck, Section, WHOLE_DOCUMENT, bar, baselined_text, claims_said, claims_text,
                                   records_given,
                                   client_metrics,
                                   compact_locations, counts_by_kind, evidence_where, finding_groups, findings_by_path,
                                   listed_documents, metric_lines, more_like_this, one_line, place_severity, plural,
                                   rest_counts, rest_note,
                                   procedure_verdicts_text, report_sections, rule_summary, run_files, run_files_text,
                                   run_noun, run_severity, score_text, scores_text, severity_counts_text, show_standard,
                                   message_beside_path, shared_message, SHARED_LEAD, sorted_documents, standard_name, top_runs, unreadable, value_text, verdict_basis,
                                   verdict_cell, verdict_text, where_text)
from gapscan.summary import drift_fact

MAX_CHART_ROWS = 24


def _clean(text: Any) -> str:
    """Text Word accepts: XML-illegal control characters removed (python-docx raises on them)."""
    return "".join(ch for ch in one_line(text) if ch >= " " or ch == "\t")


def _table(doc: Any, header: list[str] | None, rows: list[list[Any]], widths: list[float] | None = None,
           right: frozenset[int] = frozenset()) -> Any:
    """A table in 8 pt; `header=None` for one with no header row (a chart: label, number, bar, as the HTML
    draws it), and then the style's first-row and first-column emphasis is switched off: the first bar reads as
    the others, and the labels in plain text as the HTML bars have them (not bold as if each were a heading).
    `right`: the columns of numbers, set flush right as the Markdown and HTML tables set them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    columns = len(header) if header is not None else max((len(r) for r in rows), default=1)
    table = doc.add_table(rows=1 if header is not None else 0, cols=columns)
    table.style = "Light Grid Accent 1"
    if header is None:
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is None:
            look = table._tbl.tblPr.makeelement(qn("w:tblLook"), {})
            table._tbl.tblPr.append(look)
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:firstColumn"), "0")
        # the legacy bit mask Word also reads: 0x0020 first row, 0x0080 first column
        look.set(qn("w:val"), f"{int(look.get(qn('w:val'), '0'), 16) & ~0x0020 & ~0x0080:04X}")
    if widths:
        # the grid is what LibreOffice lays a table out by (and Word when it reflows): with the cells' widths
        # alone the columns came out equal, file names and 'specificity' broken a letter a line
        table.autofit = False
        for column, width in zip(table.columns, widths):
            column.width = Cm(width)
    for cell, text in zip(table.rows[0].cells if header is not None else (), header or ()):
        cell.text = _clean(text)
    if header is not None:  # the header again on each page a long table runs over
        table.rows[0]._tr.get_or_add_trPr().append(table._tbl.makeelement(qn("w:tblHeader"), {}))
    for row in rows:
        added = table.add_row()
        # a row on one page: split over two, a file name or a bar is cut in half
        added._tr.get_or_add_trPr().append(table._tbl.makeelement(qn("w:cantSplit"), {}))
        for cell, text in zip(added.cells, row):
            cell.text = _clean(text)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            for p in cell.paragraphs:
                if i in right:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                # the paragraph mark at 8 pt too: an empty cell (a month with no bar) took the 11 pt mark's height
                mark = p._p.get_or_add_pPr()
                props = mark.find(qn("w:rPr"))
                if props is None:
                    props = mark.makeelement(qn("w:rPr"), {})
                    mark.append(props)
                props.append(props.makeelement(qn("w:sz"), {qn("w:val"): "16"}))
                for run in p.runs:
                    run.font.size = Pt(8)
                    if header is None:  # readers that ignore tblLook still show the labels as plain text
                        run.bold = False
            if widths:
                cell.width = Cm(widths[i])
    return table


def _chart(doc: Any, chart: Any) -> None:
    labels = [one_line(x) for x in chart.labels][:MAX_CHART_ROWS]
    values = [float(v) for v in chart.values][: len(labels)]
    if not values:
        return
    # the title on the page of its bars, not alone at the foot of the page before
    doc.add_paragraph(_clean(chart.title), style="Caption").paragraph_format.keep_with_next = True
    top = max(values) or 1.0
    marks = set(chart.marks)
    rows = [[label + (" ◀" if label in marks else ""), value_text(v), bar(v, top, 24)]
            for label, v in zip(labels, values)]
    _table(doc, None, rows, [6.0, 2.0, 8.0], right=frozenset({1}))  # no header, as the HTML chart has none
    if len(chart.labels) > MAX_CHART_ROWS:
        doc.add_paragraph(f"(first {MAX_CHART_ROWS} of {len(chart.labels)} values)")


def render(report: Report, *, verbose: bool = False) -> bytes:
    """The report as the bytes of a .docx file."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    for page in doc.sections:  # 17.6 cm of text on Letter, 17 on A4: room for the documents table's columns
        page.left_margin = page.right_margin = Cm(2)
    doc.core_properties.author = "gapscan"
    doc.core_properties.keywords = REPORT_MARKER
    doc.core_properties.title = "Management system audit"
    doc.core_properties.comments = f"{REPORT_MARKER} {report.tool_version}: a report, not a management-system " \
                                   "document"

    # title page
    doc.add_heading("gapscan draft check" if report.command == "check" else "Management system audit", 0)
    doc.add_paragraph(_clean(f"Scanned: {report.root}"))
    kinds = ", ".join(f"{n} {k}" for k, n in counts_by_kind(report).items() if n)
    doc.add_paragraph(f"{plural(len(report.documents), 'document')} ({kinds}); "
                      + (f"{plural(len(report.findings), 'finding')} ({severity_counts_text(report)}); "
                         if report.findings else "no findings; ")  # not '0 findings (no findings)'
                      + f"{report.error_count} could not be read")
    if report.audit_dates and report.command != "check":  # a draft check reads no records: dates play no part
        doc.add_paragraph("Audit dates: " + ", ".join(d.isoformat() for d in sorted(report.audit_dates)))
    doc.add_paragraph(f"gapscan {report.tool_version}" + (f", {report.generated_at}" if report.generated_at else ""))

    writers = {
        Section.EXECUTIVE_SUMMARY: lambda: _executive(doc, report),
        Section.DOCUMENTS: lambda: _documents(doc, report, pages),
        Section.FINDINGS: lambda: _findings(doc, report, verbose),
        Section.BASELINED: lambda: _baselined(doc, report),
        Section.UNREADABLE: lambda: _unreadable(doc, report),
        Section.FAILED_CHECKS: lambda: _failed_checks(doc, report),
        Section.SUPPRESSED: lambda: _suppressed(doc, report),
        Section.HOW_TO_READ: lambda: _how_to_read(doc),
        Section.OTHER_FILES: lambda: _other_files(doc, report),
    }
    pages = {"landscape": False}  # the documents table turns the page on its side when its names need the width
    for section in report_sections(report, unreadable_in_summary=True):
        if section in writers:  # the title page holds the scope; the appendix of rules is markdown's
            if pages["landscape"]:
                _turn(doc, landscape=False)
                pages["landscape"] = False
            writers[section]()
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _executive(doc: Any, report: Report) -> None:
    from docx.enum.text import WD_BREAK

    summary = report.summary
    doc.add_heading(Section.EXECUTIVE_SUMMARY.heading, 1)
    doc.add_paragraph().add_run(_clean(summary.headline)).bold = True
    total, verdicts = procedure_verdicts_text(report)
    if total:
        doc.add_paragraph(f"Procedures by verdict: {verdicts} (of {total})", style="List Bullet")
    if (drift := drift_fact(summary, report.documents)) is not None:
        doc.add_paragraph(f"Average drift: {drift}", style="List Bullet")
    if summary.top_findings:
        doc.add_heading("Findings that matter most", 2)
        for run in top_runs(summary.top_findings):
            first = run[0]
            same = shared_message(run)
            places = [_clean(f"{f.path}" + (f" {where_text(f.location, f.path)}"
                                            if where_text(f.location, f.path) else "")
                             + place_severity(report, run, f) + ("" if same else f": {message_beside_path(f)}")
                             + more_like_this(report, f))
                      for f in run]
            p = doc.add_paragraph(style="List Number")
            p.add_run(_clean(rule_summary(first.rule) or first.name)).bold = True
            total, hidden = run_files(report, run)
            worst, rest = run_severity(report, run)
            p.add_run(f" ({first.rule}, {worst}): " + places[0] if total == 1
                      else f" ({first.rule}, {worst}{rest}){run_files_text(report, run)}"
                      + (_clean(f", {SHARED_LEAD}: {same}") if same else ":"))
            if total > 1:
                for place in places:
                    doc.add_paragraph(place, style="List Bullet 2")
                if hidden:
                    doc.add_paragraph(f"and {plural(hidden, 'more ' + run_noun(report, run))} (under Documents)",
                                      style="List Bullet 2")
    for section in summary.sections:
        doc.add_heading(_clean(section.title), 2)
        for line in section.lines:
            doc.add_paragraph(_clean(line), style="List Bullet")
        for chart in section.charts:
            _chart(doc, chart)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# Word and LibreOffice break a name at spaces, '-' and '/' but never at '_': a part longer than its column is cut
# mid-word ('Transit ion'). About 0.17 cm a letter at 8 pt in a fallback font, plus a cell's margins (0.38 cm).
LETTER_CM, CELL_MARGINS_CM, SMALLEST_PT = 0.17, 0.38, 6.0
PORTRAIT_CM, LANDSCAPE_CM = 17.0, 23.9  # text width between 2 cm margins: A4 upright; Letter on its side (A4 25.7)


def unbroken_part(name: str) -> int:
    """The letters of a name's longest part that Word keeps on one line."""
    return max((len(part) for part in re.split(r"[\s/-]", name)), default=0)


def name_column(names: list[str], others_cm: float) -> tuple[bool, float, float]:
    """(landscape, column width in cm, font size in pt) for the documents table's names: the upright page when
    every name's longest unbroken part fits its column there, else the page on its side, the names getting what
    the longest of them needs on one line (up to all the extra width), at a smaller size (down to 6 pt) when a
    part is longer still."""
    longest = max((unbroken_part(n) for n in names), default=0)
    need = LETTER_CM * longest + CELL_MARGINS_CM
    upright = PORTRAIT_CM - others_cm
    # a name of more than two lines upright makes every row a tall stripe (harrow-vale: five lines, the table
    # four pages): such names turn the page too, where they get the width of the whole name
    tallest = max((LETTER_CM * len(n) / max(upright - CELL_MARGINS_CM, 0.1) for n in names), default=0)
    if need <= upright and tallest <= 2:
        return False, upright, 8.0
    room = LANDSCAPE_CM - others_cm
    size = 8.0 if need <= room else max(SMALLEST_PT, (room - CELL_MARGINS_CM) / (LETTER_CM * longest) * 8)
    size = math.floor(size * 2) / 2
    # a tenth more for the whole name: capitals run wider than the average letter ('System-Architecture/' broke)
    whole = 1.1 * LETTER_CM * size / 8 * max((len(n) for n in names), default=0) + CELL_MARGINS_CM
    return True, round(min(room, max(whole, need * size / 8, upright)), 2), size


def _documents(doc: Any, report: Report, pages: dict[str, bool]) -> None:
    from docx.shared import Pt

    from gapscan.nlp.language import NOT_JUDGED

    grouped = findings_by_path(report)
    drift = report.command != "check"  # a draft check reads no records: the drift column would be all dashes
    rows, rest = listed_documents(report)
    # 8 pt bold headers in a fallback font take about 0.17 cm a letter ('specificity' 1.9 cm) and a cell's
    # margins 0.38 cm more
    others = [1.95, 2.5, 1.95, 2.3, *([1.25] if drift else []), 1.75, 1.4]
    landscape, width, size = name_column([d.document.path for d in rows], sum(others))
    if landscape:  # what the names leave of the wider page goes to the verdicts, which wrap to three lines
        longest = max((len(verdict_cell(d)) for d in rows), default=0)
        others[1] = round(max(others[1], min(LETTER_CM * longest + CELL_MARGINS_CM,
                                             LANDSCAPE_CM - width - sum(others) + others[1])), 2)
    if landscape:
        _turn(doc, landscape=True)
        pages["landscape"] = True
    doc.add_heading(Section.DOCUMENTS.heading, 1)
    table = _table(doc, ["document", "kind", "verdict (probability)", "mirroring", "specificity",
                         *(["drift"] if drift else []), "findings", "status"],
                   [[d.document.path, d.document.kind.value, verdict_cell(d), score_text(d.scores.mirroring),
                     score_text(d.scores.specificity), *([score_text(d.scores.drift)] if drift else []),
                     str(len(grouped.get(d.document.path, []))),
                     d.document.status.value + (f": {d.document.error}" if d.document.error else "")]
                    for d in rows],
                   [round(width, 2), *others], right=frozenset(range(3, 7 if drift else 6)))
    # "not judged: text in German" broke wherever the narrow column ran out ("not judged: / text in / German"):
    # two whole lines instead, what was not done, then why
    for row, d in zip(table.rows[1:], rows):
        said = verdict_cell(d)
        if d.verdict is None and said.startswith(NOT_JUDGED) and row.cells[2].paragraphs[0].runs:
            run = row.cells[2].paragraphs[0].runs[0]
            run.text = NOT_JUDGED.split(" text in")[0]
            run.add_break()
            run.add_text(f"{said[len(NOT_JUDGED):]} text")
    if size != 8.0:
        for row in table.rows[1:]:
            for p in row.cells[0].paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    marked = score_table_note(report)
    if marked:
        doc.add_paragraph(marked)
    if rest:
        doc.add_paragraph(_clean(f"{rest_note(rows, rest)} {Section.OTHER_FILES.heading}, at the end."))


def _other_files(doc: Any, report: Report) -> None:
    """The files a long run's documents table leaves out, in a narrow table of names and kinds at the end."""
    rest = listed_documents(report)[1]
    doc.add_heading(Section.OTHER_FILES.heading, 1)
    doc.add_paragraph(_clean(f"{plural(len(rest), 'document')} read with no finding and no verdict: "
                             f"{rest_counts(rest)}."))
    others = [1.95, 1.6]  # "format" broke a letter onto a second line at 1.4 cm
    _, width, _ = name_column([d.document.path for d in rest], sum(others))
    _table(doc, ["document", "kind", "format"],
           [[d.document.path, d.document.kind.value, d.document.format] for d in rest],
           [round(min(width, PORTRAIT_CM - sum(others)), 2), *others])


def _turn(doc: Any, *, landscape: bool) -> None:
    """A new page, on its side or upright, from here on."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    # the summary ends on a page break: with the section's own new page after it, Word shows a blank page
    last = doc.paragraphs[-1] if doc.paragraphs else None
    if last is not None and not last.text and last._p.xpath("./w:r/w:br[@w:type='page']") and \
            not last._p.xpath("./w:pPr/w:sectPr"):
        last._p.getparent().remove(last._p)
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _baselined(doc: Any, report: Report) -> None:
    doc.add_heading(Section.BASELINED.heading, 1)
    doc.add_paragraph(_clean(baselined_text(report)) + ".")
    for g in finding_groups(report.baselined):
        count = f" ×{g.count}" if g.count > 1 else ""
        places = compact_locations(g.locations)
        doc.add_paragraph(_clean(f"{g.path}: {g.rule} {g.name}{count}" + (f" ({places})" if places else "")),
                          style="List Bullet")


def _unreadable(doc: Any, report: Report) -> None:
    doc.add_heading(Section.UNREADABLE.heading, 1)
    doc.add_paragraph("These files were listed but not analysed; nothing was concluded about them.")
    for d in unreadable(report):
        doc.add_paragraph(_clean(f"{d.document.path} ({d.document.status.value}): "
                                 f"{d.document.error or 'no reason given'}"), style="List Bullet")


def _failed_checks(doc: Any, report: Report) -> None:
    doc.add_heading(Section.FAILED_CHECKS.heading, 1)
    doc.add_paragraph("These checks failed and were skipped; their absence is not a clean result.")
    failures = [f"{d.document.path}: {e}" for d in sorted_documents(report) for e in d.rule_errors]
    failures += [f"(whole run): {e}" for e in report.run_errors]
    for line in failures:
        doc.add_paragraph(_clean(line), style="List Bullet")


def _suppressed(doc: Any, report: Report) -> None:
    from gapscan.report import suppressed

    doc.add_heading(Section.SUPPRESSED.heading, 1)
    doc.add_paragraph(_clean(f"{suppressed.headline(report)}, each for the reason given."))
    _table(doc, ["rule", "document", "where", "what", "reason", "suppressed by"],
           [list(r) for r in suppressed.rows(report)])


def _how_to_read(doc: Any) -> None:
    """The key to the documents table's scores and verdicts, as the markdown and HTML reports give it: the Word
    report showed mirroring, specificity, drift and 'uncertain' to a client with no word on what they mean."""
    doc.add_heading(Section.HOW_TO_READ.heading, 1)
    doc.add_paragraph(HOW_TO_READ_INTRO)
    for name, meaning in HOW_TO_READ_SCORES:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(name).bold = True
        p.add_run(f": {meaning}")
    p = doc.add_paragraph()
    for text, bold in HOW_TO_READ_VERDICT:
        p.add_run(text).bold = bold
    p.add_run(f"{SCORING_DOC} in the gapscan repository.")


def _findings(doc: Any, report: Report, verbose: bool) -> None:
    results = {d.document.path: d for d in report.documents}
    records = records_given(report)
    check = QuoteCheck(report)
    doc.add_heading(Section.FINDINGS.heading, 1)
    doc.add_paragraph("One entry per rule and document, with every place it fires; the JSON report holds "
                      "each place as its own result." + capped_note(report.findings))
    current = None
    for g in finding_groups(report.findings):
        if g.path != current:
            current = g.path
            doc.add_heading(_clean(g.path), 2)
            d = results.get(g.path)
            if d is not None:
                about = [d.document.kind.value]
                if d.verdict is not None:
                    about.append(verdict_text(d) + (f" ({verdict_basis(d)})" if verdict_basis(d) else "")
                                 + (f", read against {standard_name(d.standard)}" if show_standard(d) else ""))
                if scores_text(d):
                    about.append(scores_text(d))
                doc.add_paragraph(_clean(" · ".join(about)))
                if claims_said(d, records):  # what the drift score beside it rests on, as markdown and HTML say
                    doc.add_paragraph(_clean(claims_text(d)))
        head = doc.add_heading(level=3)
        listed = f", {g.count} of {g.found} places listed)" if g.found > g.count else \
            f", {g.count} places)" if g.count > 1 else ")"
        head.add_run(_clean(f"{g.rule} {g.name} ({g.severity.label}" + listed))
        first = g.findings[0]
        if g.count == 1:
            where = where_text(first.location, first.path) or WHOLE_DOCUMENT
            doc.add_paragraph(_clean(f"{where}: {message_beside_path(first)}"))
        else:
            doc.add_paragraph(_clean(rule_summary(g.rule) or g.name))
            for f in g.examples:
                doc.add_paragraph(_clean(f"{where_text(f.location, f.path) or WHOLE_DOCUMENT}: {message_beside_path(f)}"), style="List Bullet")
            every = f"The {g.count} places listed" if g.found > g.count else f"All {g.count} places"
            doc.add_paragraph(_clean(f"{every}: {compact_locations(g.locations)}"))
        numbers = metric_lines(client_metrics(g.shared, verbose), rule=g.rule)
        if numbers:
            doc.add_paragraph(_clean("Numbers: " + "; ".join(numbers)))
        shown = g.findings if g.count == 1 else g.examples
        quotes = [(f, ev) for f in shown for ev in f.evidence[:2]
                  if one_line(ev.text) and (g.count == 1 or one_line(ev.text) not in one_line(f.message))]
        said: set[str] = set()  # two places of one rule often point at the same record header
        for f, ev in quotes[:3]:
            where = evidence_where(f, ev)
            text = _clean(check.text(ev) + (f" ({where})" if where else ""))
            if text not in said:
                said.add(text)
                doc.add_paragraph(text, style="Quote" if check.holds(ev) else "List Bullet")
        fix = g.fix or next((f.fix for f in g.findings if f.fix), None)
        if fix:
            p = doc.add_paragraph()
            p.add_run("How to fix: ").bold = True
            p.add_run(_clean(fix) + ("" if g.fix or g.count == 1 else " (first place; each place has its own "
                                                                         "in the JSON and HTML reports)"))
