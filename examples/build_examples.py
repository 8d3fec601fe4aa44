"""Build the bundled example client set: examples/harrow-vale/.

Harrow & Vale Precision Ltd is a fictional CNC machining company (pump and valve
parts, ~120 people, ISO 9001 + 14001 + 45001). Its folder holds what a consultant
would be handed: procedures from clause-by-clause restatements of the standards to
genuinely operational ones, blank forms, a year and more of working records, a filled
checklist, management review minutes, an audit plan and a gapscan.toml. Every rule
in the catalogue has at least one planted instance here and a clean counterpart on
which it must stay quiet; examples/README.md lists them with the numbers planted.

Run `python examples/build_examples.py [OUT_DIR]` (default: examples/harrow-vale).
The output is deterministic: one seeded random.Random(2026), fixed document
timestamps and fixed zip entry times, so regenerating gives the same files.
Needs python-docx, openpyxl and reportlab.
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import io
import random
import re
import statistics
import sys
import zipfile
from pathlib import Path

COMPANY = "Harrow & Vale Precision Ltd"
TODAY = dt.date(2026, 11, 26)
AUDIT_DATES = (dt.date(2025, 3, 18), dt.date(2026, 3, 17))
FIXED_TIME = dt.datetime(2026, 11, 26, 9, 0, 0)
ZIP_TIME = (2026, 11, 26, 9, 0, 0)

# A block is (kind, payload): ("h1"|"h2"|"h3", text), ("p", text), ("ol"|"ul", [items]),
# ("table", [[header...], [row...], ...]). One list of blocks renders to every format.


# ---------------------------------------------------------------- writers

def _normalize_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed entry times so rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time over any value set
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-26T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def _docx_new(header_text: str | None = None, company: str = COMPANY):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties
    props.author = company
    props.last_modified_by = company
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    return doc


def _docx_restart_numbering(doc) -> int:
    """A fresh numbering instance for 'List Number' so each numbered list starts at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def _docx_table(doc, rows: list[list[str]]):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = str(value)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def _docx_blocks(doc, blocks) -> None:
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(payload, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "ul":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            num_id = _docx_restart_numbering(doc)
            for item in payload:
                para = doc.add_paragraph(item, style="List Number")
                para._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id
        elif kind == "table":
            _docx_table(doc, payload)
            doc.add_paragraph("")
        else:
            raise ValueError(kind)


def write_docx(path: Path, title: str, meta: list[str], blocks, header_text: str, company: str = COMPANY) -> None:
    doc = _docx_new(header_text, company)
    doc.add_heading(title, level=0)
    for line in meta:
        doc.add_paragraph(line)
    _docx_blocks(doc, blocks)
    doc.save(path)
    _normalize_zip(path)


def write_pdf(path: Path, title: str, meta: list[str], blocks, footer: str, company: str = COMPANY) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    styles = {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=7, spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=5, spaceAfter=3),
        "item": ParagraphStyle("item", parent=body, leftIndent=14, firstLineIndent=-10, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
    }
    esc = html.escape
    story = [Paragraph(esc(title), styles["title"])]
    story += [Paragraph(esc(line), body) for line in meta]
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3"):
            story.append(Paragraph(esc(payload), styles[kind]))
        elif kind == "p":
            story.append(Paragraph(esc(payload), body))
        elif kind in ("ol", "ul"):
            for n, item in enumerate(payload, 1):
                marker = f"{n}." if kind == "ol" else "\u2022"
                story.append(Paragraph(f"{marker} {esc(item)}", styles["item"]))
        elif kind == "table":
            data = [[Paragraph(esc(str(v)), styles["cell"]) for v in row] for row in payload]
            table = Table(data, repeatRows=1, hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 6)]
        else:
            raise ValueError(kind)

    def page_footer(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 12 * mm, f"{company} - {footer}")
        canvas.drawRightString(190 * mm, 12 * mm, f"Page {document.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=company, invariant=1,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm)
    doc.build(story, onFirstPage=page_footer, onLaterPages=page_footer)


def _md_table(rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(str(v) for v in row) + " |" for row in rows[1:]]
    return out


def write_md(path: Path, title: str, meta: list[str], blocks) -> None:
    lines = [f"# {title}", ""]
    for line in meta:
        lines += [line + "  "]
    lines.append("")
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3"):
            lines += ["#" * (int(kind[1]) + 1) + " " + payload, ""]
        elif kind == "p":
            lines += [payload, ""]
        elif kind == "ol":
            lines += [f"{n}. {item}" for n, item in enumerate(payload, 1)] + [""]
        elif kind == "ul":
            lines += [f"- {item}" for item in payload] + [""]
        elif kind == "table":
            lines += _md_table(payload) + [""]
        else:
            raise ValueError(kind)
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def write_html(path: Path, title: str, meta: list[str], blocks, breadcrumb: str) -> None:
    """A page as a wiki's 'export to HTML' leaves it: navigation around the content."""
    esc = html.escape
    out = ["<!DOCTYPE html>", "<html>", "<head>", f"<title>{esc(title)}</title>",
           '<meta charset="utf-8">', '<meta name="generator" content="Confluence export">',
           "<style>body{font-family:Arial,sans-serif} table{border-collapse:collapse}"
           " td,th{border:1px solid #ccc;padding:4px}</style>", "</head>", "<body>",
           f'<div id="breadcrumbs"><a href="index.html">{esc(breadcrumb)}</a></div>',
           '<div id="main">', f'<h1 id="title-heading">{esc(title)}</h1>',
           '<div class="page-metadata">' + " | ".join(esc(m) for m in meta) + "</div>",
           '<div id="main-content" class="wiki-content">']
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3"):
            level = int(kind[1]) + 1
            out.append(f"<h{level}>{esc(payload)}</h{level}>")
        elif kind == "p":
            out.append(f"<p>{esc(payload)}</p>")
        elif kind in ("ol", "ul"):
            out.append(f"<{kind}>" + "".join(f"<li>{esc(i)}</li>" for i in payload) + f"</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{esc(str(v))}</th>" for v in payload[0])
            body = "".join("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in row) + "</tr>"
                           for row in payload[1:])
            out.append(f'<table class="confluenceTable"><tbody><tr>{head}</tr>{body}</tbody></table>')
        else:
            raise ValueError(kind)
    out += ["</div>", "</div>",
            '<div id="footer"><p>Document generated by Confluence on 24 Nov 2026 16:02</p></div>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_xlsx(path: Path, sheets, company: str = COMPANY) -> None:
    """sheets: list of (name, title_rows, header, rows, widths). Dates become real Excel dates."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.properties.creator = company
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.remove(wb.active)
    for name, title_rows, header, rows, date_format in sheets:
        ws = wb.create_sheet(name)
        for line in title_rows:
            ws.append([line] if line else [])
        if title_rows:
            ws.cell(row=1, column=1).font = Font(bold=True, size=13)
        ws.append(header)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, (dt.date, dt.datetime)):
                    cell.number_format = date_format
        for idx, col in enumerate(header, 1):
            width = max([len(str(col))] + [len(str(r[idx - 1])) for r in rows[:200] if idx - 1 < len(r)])
            ws.column_dimensions[ws.cell(row=1, column=idx).column_letter].width = min(max(width, 10), 48)
    wb.save(path)
    _normalize_zip(path)


def write_csv(path: Path, title_rows: list[str], header: list[str], rows, encoding: str = "utf-8") -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for line in title_rows:
        writer.writerow([line] if line else [])
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))


def procedure(path: Path, fmt: str, code: str, title: str, rev: str, owner: str, approved: str, blocks,
              company: str = COMPANY, breadcrumb: str = "Quality Hub / Work Instructions") -> None:
    """Write one controlled procedure in the given format with its document-control line."""
    full_title = f"{code} {title}"
    meta = [f"Document {code} | Revision {rev} | Owner: {owner} | Approved: {approved}"]
    if fmt == "docx":
        write_docx(path, full_title, meta, blocks, f"{company} - Controlled document {code} Rev {rev}", company)
    elif fmt == "pdf":
        write_pdf(path, full_title, meta, blocks, f"{code} Rev {rev} - uncontrolled when printed", company)
    elif fmt == "md":
        write_md(path, full_title, meta, blocks)
    elif fmt == "html":
        write_html(path, full_title, meta, blocks, breadcrumb)
    else:
        raise ValueError(fmt)


# ---------------------------------------------------------------- procedures: clause restatements
# Written to read like a manual built on the standard's skeleton: clause headings in
# clause order, "the organization shall", no names, systems or numbers. CM01-CM05 plants.
# The wording is this project's own paraphrase; only clause numbers and titles are the standards'.

QUALITY_MANUAL = [
    ("h1", "1 Scope"),
    ("p", "This manual sets out the quality management system of the organization and shows how each "
          "requirement of ISO 9001:2015 is addressed. It covers all activities within the scope below, as "
          "applicable."),
    ("h1", "4 Context of the organization"),
    ("h2", "4.1 Understanding the organization and its context"),
    ("p", "The organization shall determine which internal and external issues matter for the quality management "
          "system and its intended results. These issues shall be kept under review and updated as applicable."),
    ("h2", "4.2 Understanding the needs and expectations of interested parties"),
    ("p", "Interested parties relevant to the quality management system, together with their requirements, shall "
          "be determined by the organization. Information on interested parties shall be reviewed periodically."),
    ("h2", "4.3 Determining the scope of the quality management system"),
    ("p", "The scope of the quality management system shall be defined with regard to the issues and the "
          "requirements of interested parties identified above, and shall be kept as documented information. "
          "Where a requirement does not apply, the reason shall be stated."),
    ("h2", "4.4 Quality management system and its processes"),
    ("p", "The organization shall put in place and keep up a quality management system made up of interrelated "
          "processes. For each process the organization shall determine what goes in and what comes out, the "
          "order of activities, criteria, resources, responsibilities and related risks. Documented information "
          "shall be maintained and retained to the extent needed to show that processes operate as planned."),
    ("h1", "5 Leadership"),
    ("h2", "5.1 Leadership and commitment"),
    ("p", "Top management shall take accountability for the effectiveness of the quality management system, make "
          "sure that the quality policy and objectives fit the strategic direction, and make the necessary "
          "resources available. Top management shall keep the focus on customers, so that customer requirements "
          "and applicable statutory and regulatory requirements are understood and met."),
    ("h2", "5.2 Policy"),
    ("p", "Top management shall set a quality policy that suits the purpose and context of the organization. The "
          "policy shall be kept as documented information, communicated within the organization and made "
          "available to interested parties, as appropriate."),
    ("h2", "5.3 Organizational roles, responsibilities and authorities"),
    ("p", "Top management shall make sure that responsibilities and authorities for relevant roles are assigned "
          "and understood throughout the organization."),
    ("h1", "6 Planning"),
    ("h2", "6.1 Actions to address risks and opportunities"),
    ("p", "In planning the quality management system, the organization shall take account of the issues and "
          "requirements identified under clause 4 and determine the risks and opportunities to be addressed. "
          "Actions shall be planned, built into the processes and evaluated for effectiveness."),
    ("h2", "6.2 Quality objectives and planning to achieve them"),
    ("p", "Quality objectives shall be set for relevant functions, levels and processes. Objectives shall be "
          "measurable, monitored, communicated and updated as appropriate, and kept as documented information."),
    ("h2", "6.3 Planning of changes"),
    ("p", "Changes to the quality management system shall be planned and carried out in a controlled way."),
    ("h1", "7 Support"),
    ("h2", "7.1 Resources"),
    ("p", "The organization shall determine and provide the resources the quality management system needs, "
          "including people, infrastructure, a suitable environment for operating processes, monitoring and "
          "measuring resources and organizational knowledge. Measuring equipment used to verify conformity shall "
          "be calibrated or verified at specified intervals, and documented information shall be retained as "
          "evidence that it is fit for purpose."),
    ("h2", "7.2 Competence"),
    ("p", "The organization shall determine the competence required of persons doing work under its control, "
          "make sure that they are competent through education, training or experience, and retain documented "
          "information as evidence."),
    ("h2", "7.3 Awareness"),
    ("p", "Persons doing work under the organization's control shall be made aware of the quality policy, the "
          "relevant objectives, how they contribute to the quality management system and what follows from not "
          "conforming."),
    ("h2", "7.4 Communication"),
    ("p", "The organization shall decide what internal and external communication the quality management system "
          "needs: the subject, the timing, the audience, the method and who communicates."),
    ("h2", "7.5 Documented information"),
    ("p", "Documented information required by the standard or judged necessary by the organization shall be "
          "controlled so that it is available, suitable and protected when and where it is needed."),
    ("h1", "8 Operation"),
    ("h2", "8.1 Operational planning and control"),
    ("p", "The organization shall plan, implement and control the processes needed to provide products and "
          "services, setting criteria for the processes and for product acceptance and determining the "
          "resources required."),
    ("h2", "8.2 Requirements for products and services"),
    ("p", "Before committing to supply, the organization shall review its ability to meet the requirements for "
          "the products and services offered. The results of the review shall be retained as documented "
          "information, as applicable."),
    ("h2", "8.3 Design and development of products and services"),
    ("p", "Where applicable, a design and development process shall be established and maintained that suits the "
          "products and services provided."),
    ("h2", "8.4 Control of externally provided processes, products and services"),
    ("p", "The organization shall make sure that externally provided processes, products and services conform to "
          "requirements. Criteria for evaluating, selecting, monitoring and re-evaluating external providers shall "
          "be determined and applied, and documented information of these activities shall be retained."),
    ("h2", "8.5 Production and service provision"),
    ("p", "Production and service provision shall take place under controlled conditions, including available "
          "documented information, suitable monitoring and measuring resources, suitable infrastructure and "
          "competent persons. Outputs shall be identified by suitable means and traceability shall be controlled "
          "where it is required."),
    ("h2", "8.6 Release of products and services"),
    ("p", "Planned arrangements shall verify at appropriate stages that requirements have been met before products "
          "and services are released. Documented information on release shall be retained."),
    ("h2", "8.7 Control of nonconforming outputs"),
    ("p", "Outputs that do not conform shall be identified and controlled so that they are not used or delivered "
          "by mistake, and suitable action shall be taken according to the nature of the nonconformity. "
          "Documented information describing the nonconformity, the action and the authority that decided it "
          "shall be retained."),
    ("h1", "9 Performance evaluation"),
    ("h2", "9.1 Monitoring, measurement, analysis and evaluation"),
    ("p", "The organization shall determine what is to be monitored and measured, by which methods and when, and "
          "when the results are analysed and evaluated. Customer perception of how far their needs and "
          "expectations are met shall be monitored."),
    ("h2", "9.2 Internal audit"),
    ("p", "Internal audits shall be conducted at planned intervals to establish whether the quality management "
          "system conforms to the organization's own requirements and to the standard and is effectively "
          "implemented. Documented information shall be retained as evidence of the audit programme and its "
          "results."),
    ("h2", "9.3 Management review"),
    ("p", "Top management shall review the quality management system at planned intervals for its continuing "
          "suitability, adequacy and effectiveness. Documented information shall be retained as evidence of the "
          "results of management reviews."),
    ("h1", "10 Improvement"),
    ("h2", "10.1 General"),
    ("p", "The organization shall identify and select opportunities for improvement and take the actions needed to "
          "meet customer requirements and enhance customer satisfaction."),
    ("h2", "10.2 Nonconformity and corrective action"),
    ("p", "When a nonconformity occurs, the organization shall react to it, evaluate whether action is needed to "
          "remove its cause, implement the action needed and review whether it worked. Documented information "
          "shall be retained on the nature of the nonconformities and the results of corrective action."),
    ("h2", "10.3 Continual improvement"),
    ("p", "The organization shall keep improving the quality management system, taking into account the results "
          "of analysis and evaluation and the outputs of management review."),
]

ENVIRONMENTAL_PROCEDURE = [
    ("h1", "4 Context of the organization"),
    ("h2", "4.1 Understanding the organization and its context"),
    ("p", "The organization shall determine the internal and external issues, including environmental "
          "conditions, that bear on the environmental management system and the outcomes it is meant to achieve."),
    ("h2", "4.2 Understanding the needs and expectations of interested parties"),
    ("p", "Interested parties relevant to the environmental management system shall be identified, with their "
          "needs and expectations. The organization shall decide which of these it adopts as compliance "
          "obligations."),
    ("h2", "4.3 Determining the scope of the environmental management system"),
    ("p", "The scope of the environmental management system shall be defined, kept as documented information and "
          "made available to interested parties."),
    ("h2", "4.4 Environmental management system"),
    ("p", "The organization shall put in place, operate and keep improving an environmental management system "
          "made up of interrelated processes."),
    ("h1", "5 Leadership"),
    ("h2", "5.1 Leadership and commitment"),
    ("p", "Top management shall be accountable for the effectiveness of the environmental management system and "
          "shall make sure that the environmental policy and objectives are consistent with the strategic "
          "direction."),
    ("h2", "5.2 Environmental policy"),
    ("p", "Top management shall set an environmental policy that commits the organization to protecting the "
          "environment and preventing pollution, to fulfilling its compliance obligations and to continual "
          "improvement."),
    ("h2", "5.3 Organizational roles, responsibilities and authorities"),
    ("p", "Top management shall make sure that responsibilities and authorities for relevant roles are assigned "
          "and communicated."),
    ("h1", "6 Planning"),
    ("h2", "6.1 Actions to address risks and opportunities"),
    ("h3", "6.1.2 Environmental aspects"),
    ("p", "Within the scope, the organization shall identify the environmental aspects of its activities, products "
          "and services, both those it controls and those it can influence, and the related impacts, taking a "
          "life cycle view. Significant environmental aspects shall be determined using defined criteria."),
    ("h3", "6.1.3 Compliance obligations"),
    ("p", "The organization shall identify the compliance obligations that apply to its environmental aspects, "
          "have access to them and determine how they apply."),
    ("h3", "6.1.4 Planning action"),
    ("p", "Actions shall be planned for significant environmental aspects, compliance obligations and risks and "
          "opportunities, together with the way their effectiveness will be evaluated."),
    ("h2", "6.2 Environmental objectives and planning to achieve them"),
    ("p", "Environmental objectives shall be set at relevant functions and levels, taking significant "
          "environmental aspects and compliance obligations into account, and kept as documented information."),
    ("h1", "7 Support"),
    ("h2", "7.1 Resources"),
    ("p", "The organization shall determine and provide the resources that the environmental management system "
          "needs."),
    ("h2", "7.2 Competence"),
    ("p", "The organization shall determine the competence needed by persons whose work affects environmental "
          "performance and retain documented information as evidence of competence."),
    ("h2", "7.3 Awareness"),
    ("p", "Persons doing work under the organization's control shall be made aware of the environmental policy, "
          "the significant environmental aspects of their work and what follows from not conforming."),
    ("h2", "7.4 Communication"),
    ("p", "The organization shall set up the processes it needs for internal and external communication on the "
          "environmental management system, with regard to its compliance obligations."),
    ("h2", "7.5 Documented information"),
    ("p", "Documented information required by the standard or judged necessary by the organization shall be "
          "controlled, as applicable."),
    ("h1", "8 Operation"),
    ("h2", "8.1 Operational planning and control"),
    ("p", "The organization shall set operating criteria for the processes that the environmental management "
          "system needs and control the processes according to those criteria. Controls shall be established from "
          "a life cycle perspective, as appropriate."),
    ("h2", "8.2 Emergency preparedness and response"),
    ("p", "The organization shall prepare for potential emergency situations, plan its response and test the "
          "planned response periodically, where practicable."),
    ("h1", "9 Performance evaluation"),
    ("h2", "9.1 Monitoring, measurement, analysis and evaluation"),
    ("p", "Environmental performance shall be monitored, measured, analysed and evaluated, and documented "
          "information shall be retained as evidence of the results."),
    ("h3", "9.1.2 Evaluation of compliance"),
    ("p", "The organization shall evaluate whether its compliance obligations are fulfilled and retain documented "
          "information as evidence of the results."),
    ("h2", "9.2 Internal audit"),
    ("p", "Internal audits shall be conducted at planned intervals to establish whether the environmental "
          "management system conforms and is effectively implemented and maintained."),
    ("h2", "9.3 Management review"),
    ("p", "Top management shall review the environmental management system at planned intervals, and documented "
          "information shall be retained as evidence of the results."),
    ("h1", "10 Improvement"),
    ("h2", "10.1 General"),
    ("p", "The organization shall identify opportunities for improvement and take the actions needed to achieve "
          "the intended outcomes of the environmental management system."),
    ("h2", "10.2 Nonconformity and corrective action"),
    ("p", "When a nonconformity occurs, the organization shall react to it, control and correct it, deal with its "
          "consequences including any adverse environmental impact, and evaluate whether action is needed to "
          "remove its causes."),
    ("h2", "10.3 Continual improvement"),
    ("p", "The organization shall keep improving the environmental management system so that environmental "
          "performance is enhanced."),
]

OHS_PROCEDURE = [
    ("h1", "4 Context of the organization"),
    ("h2", "4.1 Understanding the organization and its context"),
    ("p", "The organization shall determine the internal and external issues that bear on the OH&S management "
          "system and the outcomes it is meant to achieve."),
    ("h2", "4.2 Understanding the needs and expectations of workers and other interested parties"),
    ("p", "Besides workers, the organization shall identify the other interested parties relevant to the OH&S "
          "management system, and the needs and expectations of workers and of those parties, as applicable."),
    ("h2", "4.3 Determining the scope of the OH&S management system"),
    ("p", "The scope of the OH&S management system shall be defined and kept available as documented "
          "information."),
    ("h2", "4.4 OH&S management system"),
    ("p", "The organization shall put in place, operate and keep improving an OH&S management system made up of "
          "interrelated processes."),
    ("h1", "5 Leadership and worker participation"),
    ("h2", "5.1 Leadership and commitment"),
    ("p", "Top management shall take overall responsibility for preventing work-related injury and ill health "
          "and for providing safe and healthy workplaces and activities."),
    ("h2", "5.2 OH&S policy"),
    ("p", "Top management shall set an OH&S policy that commits the organization to safe and healthy working "
          "conditions, to fulfilling legal requirements and other requirements, to eliminating hazards and "
          "reducing OH&S risks, and to consulting workers and involving them."),
    ("h2", "5.3 Organizational roles, responsibilities and authorities"),
    ("p", "Top management shall make sure that responsibilities and authorities within the OH&S management "
          "system are assigned and communicated at every level and kept as documented information."),
    ("h2", "5.4 Consultation and participation of workers"),
    ("p", "The organization shall have processes through which workers at all applicable levels and functions "
          "are consulted on, and take part in, developing, planning, running, evaluating and improving the OH&S "
          "management system."),
    ("h1", "6 Planning"),
    ("h2", "6.1 Actions to address risks and opportunities"),
    ("p", "The organization shall identify hazards on an ongoing and proactive basis, assess OH&S risks and other "
          "risks, and determine the legal requirements and other requirements that apply. Documented information "
          "on risks and opportunities shall be maintained."),
    ("h2", "6.2 OH&S objectives and planning to achieve them"),
    ("p", "OH&S objectives shall be set at relevant functions and levels so that the OH&S management system and "
          "OH&S performance keep improving."),
    ("h1", "7 Support"),
    ("h2", "7.1 Resources"),
    ("p", "The organization shall determine and provide the resources that the OH&S management system needs."),
    ("h2", "7.2 Competence"),
    ("p", "The organization shall determine the competence that workers need where their work affects OH&S "
          "performance, including the ability to recognise hazards, and retain documented information as "
          "evidence."),
    ("h2", "7.3 Awareness"),
    ("p", "Workers shall be made aware of the OH&S policy and objectives, how they contribute to the OH&S "
          "management system, the incidents and investigation outcomes relevant to them, and the hazards and "
          "risks of their work."),
    ("h2", "7.4 Communication"),
    ("p", "The organization shall set up the processes it needs for internal and external communication on the "
          "OH&S management system."),
    ("h2", "7.5 Documented information"),
    ("p", "Documented information required by the standard or judged necessary by the organization shall be "
          "controlled, as applicable."),
    ("h1", "8 Operation"),
    ("h2", "8.1 Operational planning and control"),
    ("p", "The organization shall plan and control the processes needed to meet OH&S management system "
          "requirements, eliminating hazards and reducing OH&S risks by the hierarchy of controls. Change, "
          "procurement and contractors shall be managed, as applicable."),
    ("h2", "8.2 Emergency preparedness and response"),
    ("p", "The organization shall prepare for potential emergency situations, including first aid, and shall "
          "test and exercise its planned response periodically."),
    ("h1", "9 Performance evaluation"),
    ("h2", "9.1 Monitoring, measurement, analysis and performance evaluation"),
    ("p", "OH&S performance shall be monitored, measured, analysed and evaluated, and compliance with legal "
          "requirements and other requirements shall be evaluated. Documented information shall be retained as "
          "evidence of the results."),
    ("h2", "9.2 Internal audit"),
    ("p", "Internal audits shall be conducted at planned intervals to establish whether the OH&S management "
          "system conforms and is effectively implemented and maintained."),
    ("h2", "9.3 Management review"),
    ("p", "Top management shall review the OH&S management system at planned intervals, and documented "
          "information shall be retained as evidence of the results."),
    ("h1", "10 Improvement"),
    ("h2", "10.1 General"),
    ("p", "The organization shall identify opportunities for improvement and take the actions needed to achieve "
          "the intended outcomes of the OH&S management system."),
    ("h2", "10.2 Incident, nonconformity and corrective action"),
    ("p", "The organization shall have processes for reporting, investigating and acting on incidents and "
          "nonconformities. Documented information shall be retained on the nature of each incident or "
          "nonconformity and the results of the action taken."),
    ("h2", "10.3 Continual improvement"),
    ("p", "The organization shall keep improving the OH&S management system."),
]


# ---------------------------------------------------------------- procedures: mixed
# Half skeleton, half work: some clause headings and standard-speak around real claims.

NONCONFORMING_OUTPUT = [
    ("h1", "1 Purpose and scope"),
    ("p", "This procedure sets out how nonconforming parts, material and outsourced operations are identified, "
          "segregated, recorded and resolved, and how corrective action is taken so that the cause does not "
          "recur. It applies to all machining cells, goods-in and final inspection."),
    ("h1", "8.7 Control of nonconforming outputs"),
    ("p", "The organization shall ensure that outputs which do not conform are identified and controlled so "
          "that they are not used or delivered by mistake. Documented information on the nonconformity and the "
          "action taken shall be retained."),
    ("p", "Anyone who finds a suspect part stops, tags it with a red HOLD label and moves it to the quarantine "
          "cage by the inspection room. The finder tells the Shift Lead before the end of the shift."),
    ("p", "The Shift Lead or an inspector raises a nonconformance report in the NCR register (QF-08). Each NCR "
          "entry shall include the NCR number, date raised, part number, batch, description of the "
          "nonconformity, disposition and root cause."),
    ("h2", "Disposition"),
    ("ul", ["Scrap: the part is broken or marked and booked to scrap in Epicor.",
            "Rework: the part goes back to the cell with a rework instruction and is re-inspected in full.",
            "Use as is or concession: only with written agreement from the customer.",
            "Return to supplier: for bought-in material, with the purchase order number on the NCR."]),
    ("p", "If the same part number has two NCRs in a rolling month, or if product may already have shipped, the "
          "Quality Manager is informed on the same day and decides whether a corrective action is needed."),
    ("h1", "10.2 Nonconformity and corrective action"),
    ("p", "When a nonconformity occurs the organization shall react, evaluate whether action is needed to "
          "remove its cause and review whether the action worked, as applicable."),
    ("p", "Corrective actions are recorded in the corrective action log (QF-09) with the NCR number they "
          "answer. Each corrective action shall be closed within 30 days of raising the NCR. The owner records "
          "the date closed and the Quality Manager checks effectiveness at the next monthly quality meeting."),
    ("h1", "Records"),
    ("table", [["Record", "Form", "Kept by", "Retention"],
               ["NCR register", "QF-08", "Quality Manager", "6 years"],
               ["Corrective action log", "QF-09", "Quality Manager", "6 years"]]),
]

SUPPLIER_CONTROL = [
    ("h1", "1 Purpose"),
    ("p", "To make sure that material, tooling and outside processes (heat treatment, plating, anodising) come "
          "from suppliers able to meet our requirements, and to describe how suppliers are evaluated, approved "
          "and monitored."),
    ("h1", "8.4 Control of externally provided processes, products and services"),
    ("p", "The organization shall determine and apply criteria for evaluating, selecting, monitoring and "
          "re-evaluating external providers according to their ability to supply to requirements. Documented "
          "information of these activities shall be retained."),
    ("h2", "8.4.1 Evaluation and approval of suppliers"),
    ("p", "Before a new supplier is used, the Buyer completes the supplier evaluation form (QF-07) covering "
          "certification, capability, delivery and price. The evaluation is scored out of 100."),
    ("p", "Each evaluation shall be approved by the Quality Manager before the supplier is added to the approved "
          "supplier list. The supplier evaluation list shall include the supplier, category, evaluation date, "
          "score, result and who approved it."),
    ("ul", ["Score 75 or more: approved.",
            "Score 60 to 74: approved with conditions; the Buyer agrees an improvement plan.",
            "Score below 60: not approved, or if already in use, a supplier corrective action request (QF-19) "
            "is raised and sent to the supplier."]),
    ("h2", "8.4.2 Type and extent of control"),
    ("p", "Controls applied to external providers shall be proportionate to the risk. "
          "Material certificates are checked at goods-in against the purchase order in Epicor."),
    ("h2", "8.4.3 Information for external providers"),
    ("p", "The organization shall make its requirements known to external providers, including approval of "
          "products and methods and the competence of persons, as applicable."),
]

PRODUCTION_CONTROL = [
    ("h1", "1 Purpose"),
    ("p", "This procedure describes how production is planned, released and controlled so that parts are made "
          "to drawing, on time and traceable."),
    ("h1", "8.5 Production and service provision"),
    ("h2", "8.5.1 Control of production and service provision"),
    ("p", "The organization shall carry out production under controlled conditions, which shall include, as "
          "applicable, documented information defining product characteristics, the activities to be performed "
          "and the results to be achieved."),
    ("p", "Works orders are released by the Production Planner from Epicor with the current drawing, the route "
          "card and the inspection plan. The operator runs the first part and has it checked before the batch "
          "continues."),
    ("h2", "8.5.2 Identification and traceability"),
    ("p", "Outputs shall be identified by suitable means, with their status, throughout production. Each batch "
          "keeps its route card with the batch number from receipt of material to despatch."),
    ("h2", "8.5.4 Preservation"),
    ("p", "Outputs shall be preserved during production to the extent needed to keep them conforming."),
    ("h1", "Scrap recording"),
    ("p", "Every scrapped part is entered on the scrap log (QF-16) before the end of the shift. The scrap log "
          "shall include the date, part number, batch, quantity scrapped and the reason. The Production Manager "
          "reviews scrap cost at the monthly operations meeting."),
    ("h1", "Monitoring"),
    ("p", "The organization shall monitor production performance and act where planned results are not "
          "achieved, as appropriate."),
]


# ---------------------------------------------------------------- procedures: operational

CALIBRATION = [
    ("h1", "Purpose"),
    ("p", "Every gauge and instrument used to accept a part must be accurate and traceable. This procedure says "
          "who calibrates what, how often, where the results go and what happens when an instrument fails."),
    ("h1", "Who"),
    ("ul", ["Metrology Technician: keeps the calibration register (QF-11), calibrates hand tools in-house and "
            "sends the CMM and torque wrenches to the external lab.",
            "Quality Manager: approves the register each quarter and decides on product recall after a failed "
            "calibration.",
            "Shift Lead: checks that no instrument past its due date is in use on the shift."]),
    ("h1", "Frequency"),
    ("p", "Each instrument on the calibration register is calibrated every 12 months. The Zeiss Contura CMM is "
          "calibrated by the external lab every 12 months and probe-qualified by the inspector at the start of "
          "each shift. Torque wrenches (20-100 Nm and 60-340 Nm) are checked on the torque analyser in the "
          "inspection room."),
    ("h1", "How"),
    ("ol", ["The Metrology Technician prints the due list from the register on the first working day of the "
            "month.",
            "Instruments due are collected from the cells and tool stores and replaced with spare calibrated "
            "ones.",
            "Hand instruments (micrometers, bore gauges, height gauges, thread gauges) are calibrated in the "
            "inspection room at 20 \u00b1 1 \u00b0C against the reference slip gauge set.",
            "The result is entered on the calibration record (QF-11). The calibration record shall include the "
            "instrument ID, date, result and the technician.",
            "A passed instrument gets a green label with the next due date and goes back to its location.",
            "If an instrument fails, the Metrology Technician quarantines it with a red label and raises an NCR; "
            "the Quality Manager decides within 2 working days whether parts measured since the last pass must "
            "be re-inspected or recalled."]),
    ("p", "Instruments that are overdue are withdrawn from use within 1 working day. Lost or damaged instruments "
          "are reported to the Metrology Technician and marked as withdrawn on the register."),
]

COMPLAINTS = [
    ("h1", "Purpose and scope"),
    ("p", "How a customer complaint about a delivered part, a late delivery or paperwork is received, answered "
          "and closed. It covers all customers and all parts shipped from the Harrow site."),
    ("h1", "Responsibilities"),
    ("table", [["Role", "Does"],
               ["Customer Service Lead", "Logs and acknowledges every complaint, chases actions, signs off closure"],
               ["Quality Manager", "Leads the investigation for product complaints and approves any 8D report"],
               ["Production Manager", "Provides containment at the cells and replacement parts"]]),
    ("h1", "Steps"),
    ("ol", ["The complaint is logged on the day received in the customer complaints log (QF-14) with the "
            "customer, part number, description and date received.",
            "The Customer Service Lead acknowledges the complaint to the customer within 2 working days and "
            "records the date acknowledged.",
            "For product complaints the Quality Manager quarantines stock in stores and at the cells within "
            "24 hours and asks the customer for the returned parts or photographs.",
            "The root cause is investigated with the cell team; if the same part has had a complaint in the last "
            "6 months an 8D report is written.",
            "The action taken and the root cause are recorded on the log.",
            "The complaint is closed within 20 working days of receipt. The closure is signed off by the "
            "Customer Service Lead, who records the date closed and tells the customer."]),
    ("h1", "Escalation"),
    ("p", "If a complaint cannot be closed within 20 working days, the Customer Service Lead escalates it to the "
          "Operations Director and agrees a new date with the customer in writing."),
    ("h1", "Records"),
    ("p", "The customer complaints log (QF-14) shall include the complaint number, date received, customer, part "
          "number, description, date acknowledged, root cause, action, date closed and who signed it off."),
]

FIVE_S = [
    ("h1", "Why"),
    ("p", "A clean, organised cell makes wrong parts, lost gauges and slips less likely. This instruction covers "
          "Cell A (turning), Cell B (milling), Stores and the Inspection room."),
    ("h1", "The weekly 5S audit"),
    ("p", "A weekly 5S audit is carried out in each area every Monday by the Shift Lead of the day shift, using "
          "the 5S audit score sheet (QF-21). Each S is scored from 1 (poor) to 5 (excellent)."),
    ("ol", ["Sort: only the tools, gauges and material for the current job are at the machine.",
            "Set in order: every tool has a marked place on the shadow board; gauges are in their foam trays.",
            "Shine: machine guards, floor and coolant trays are clean; no swarf outside the chip bins.",
            "Standardise: the cell's cleaning schedule and one-point lessons are up to date and displayed.",
            "Sustain: actions from last week's audit are done and signed on the score sheet."]),
    ("h1", "Scoring and escalation"),
    ("p", "The Shift Lead records the date, area, the five scores, the total and any actions on QF-21. If the "
          "total is below 15, the Shift Lead raises an action for the cell team the same day. If an area "
          "scores below 12 in two audits in a row, the Shift Lead escalates it to the Production Manager."),
    ("p", "Scores are shown on the board at the cell entrance and the trend is reviewed at the monthly "
          "operations meeting."),
]

FINAL_INSPECTION = [
    ("h1", "Scope"),
    ("p", "Final inspection of machined valve bodies VB-40 and VB-65 before release to despatch. Performed by a "
          "Final Inspector in the inspection room."),
    ("h1", "Equipment"),
    ("ul", ["Zeiss Contura CMM with program VB40-FI or VB65-FI",
            "Mitutoyo SJ-210 surface roughness tester",
            "Hydrostatic test rig HT-2 (0-250 bar)",
            "Bench light and 5x magnifier"]),
    ("h1", "Inspection steps"),
    ("ol", ["Check the route card is signed for every operation and the drawing revision matches the works order "
            "in Epicor.",
            "Inspect every part under the bench light for burrs on the port faces, chatter marks in the bore and "
            "handling damage.",
            "Measure the first, middle and last part of the batch on the CMM with the batch program; all "
            "characteristics must be in tolerance.",
            "Measure the seat surface finish with the roughness tester; Ra must be 0.8 \u00b5m or better.",
            "Pressure test one part in 20 (minimum 2 per batch) on rig HT-2 at 1.5 times rated pressure for "
            "60 seconds with no leak.",
            "Check hardness of the seat on the sample part with the portable tester; 28-34 HRC.",
            "Record each result, your initials and the date on the final inspection checklist (QF-22).",
            "Release the batch in Epicor, or if any check fails, reject the batch to the quarantine cage and raise "
            "an NCR on QF-08."]),
    ("h1", "Decisions"),
    ("p", "If one part fails a CMM characteristic, measure the whole batch. If a leak is found on the pressure "
          "test, stop the batch and escalate to the Quality Manager before any further parts are released."),
]

NEAR_MISS = [
    ("h1", "What to report"),
    ("p", "A near miss is anything that could have hurt someone but did not: a slip on coolant, a bar end thrown "
          "from the saw, a forklift passing too close to the walkway, a swarf bin over-full. Report it even if "
          "you fixed it."),
    ("h1", "How to report"),
    ("ol", ["Fill in a near-miss card (HF-03) from the box at each cell entrance, or tell your Shift Lead.",
            "Make the area safe if you can do so without risk (barrier, spill kit, isolate the machine).",
            "The Shift Lead enters the card in the near-miss log before the end of the shift and names who will "
            "deal with it.",
            "The HSE Advisor checks new entries, grades the potential severity (low, medium, high) and calls a "
            "review with the cell team for any high-potential near miss within 2 working days.",
            "The person actioning it records what was done and the date closed."]),
    ("h1", "Feedback"),
    ("p", "The HSE Advisor posts the open near misses and their status on the H&S board in the canteen. Cards "
          "can be anonymous."),
    ("h1", "Cross-reference to ISO 45001:2018"),
    ("table", [["Clause", "Where this procedure covers it"],
               ["5.4", "Reporting by any worker; anonymous cards"],
               ["6.1.2", "Grading of potential severity by the HSE Advisor"],
               ["10.2", "Review, action and closure of each near miss"]]),
]

TRAINING = [
    ("h1", "Purpose"),
    ("p", "Make sure nobody runs a machine, drives a forklift or accepts parts on the CMM without being trained "
          "and signed off, and that we can show it."),
    ("h1", "Starters"),
    ("ol", ["The HR Advisor adds every new starter to the training matrix (QF-05) on their first day.",
            "The site induction (fire, first aid, PPE, near-miss reporting, 5S) is given by the HSE Advisor and "
            "completed within 5 working days of the start date.",
            "The Team Leader trains the starter on the job and signs off each skill on the matrix only after "
            "watching the person do it unaided."]),
    ("h1", "Rules"),
    ("ul", ["Only people with a CMM operation date on the matrix may release parts on the CMM.",
            "Forklift (FLT) and abrasive wheels training is given by an external trainer; the certificate goes in "
            "the personnel file and the date on the matrix."]),
    ("p", "The training matrix shall include the employee, role, team, start date and induction date."),
]


def procedures(root: Path) -> None:
    folder = root / "procedures"
    folder.mkdir(parents=True, exist_ok=True)
    rep = "Management Representative"
    procedure(folder / "QM-01 Quality Manual.docx", "docx", "QM-01", "Quality Manual", "7", rep,
              "2024-01-15", QUALITY_MANUAL)
    procedure(folder / "EMS-01 Environmental Management Procedure.pdf", "pdf", "EMS-01",
              "Environmental Management Procedure", "4", rep, "2023-09-01", ENVIRONMENTAL_PROCEDURE)
    procedure(folder / "OHS-01 OH&S Management System Procedure.md", "md", "OHS-01",
              "OH&S Management System Procedure", "3", rep, "2024-02-20", OHS_PROCEDURE)
    procedure(folder / "QP-08 Nonconforming Output and Corrective Action.docx", "docx", "QP-08",
              "Control of Nonconforming Output and Corrective Action", "5", "Quality Manager", "2025-06-02",
              NONCONFORMING_OUTPUT)
    procedure(folder / "QP-12 Purchasing and Supplier Evaluation.md", "md", "QP-12",
              "Purchasing and Supplier Evaluation", "4", "Quality Manager", "2025-02-11", SUPPLIER_CONTROL)
    procedure(folder / "QP-16 Production Planning and Control.pdf", "pdf", "QP-16",
              "Production Planning and Control", "3", "Production Manager", "2024-11-05", PRODUCTION_CONTROL)
    procedure(folder / "QP-14 Calibration of Measuring Equipment.docx", "docx", "QP-14",
              "Calibration of Measuring Equipment", "6", "Quality Manager", "2025-01-20", CALIBRATION)
    procedure(folder / "QP-20 Customer Complaint Handling.pdf", "pdf", "QP-20", "Customer Complaint Handling",
              "3", "Customer Service Lead", "2025-05-14", COMPLAINTS)
    procedure(folder / "WI-05 5S Workplace Organisation.html", "html", "WI-05", "5S Workplace Organisation",
              "2", "Production Manager", "2025-08-04", FIVE_S)
    procedure(folder / "WI-22 Final Inspection of Valve Bodies.docx", "docx", "WI-22",
              "Final Inspection of Valve Bodies", "4", "Quality Manager", "2025-03-03", FINAL_INSPECTION)
    procedure(folder / "HS-04 Near-Miss Reporting Procedure.md", "md", "HS-04", "Near-Miss Reporting Procedure", "2", "HSE Advisor",
              "2025-07-01", NEAR_MISS)
    procedure(folder / "QP-06 Training and Competence.md", "md", "QP-06", "Training and Competence", "3",
              "HR Advisor", "2025-04-09", TRAINING)


# ---------------------------------------------------------------- people, parts, machines

QM, PM = "Rachel Patel", "Gary Whitlock"
SHIFT_LEADS = ["Dean Marsh", "Karen Hollis", "Sanjay Mistry"]
INSPECTORS = ["Hannah Wu", "Steve Parfitt"]
OPERATORS = ["Kieran Doyle", "Priya Shah", "Lee Fenton", "Martin Grice", "Olu Adeyemi", "Craig Booth"]
MACHINES = ["DMG Mori NLX 2500", "Mazak QTN 250", "Haas VF-4", "Hermle C 42", "DMG Mori DMU 50",
            "Doosan Puma 2600"]
PARTS = [("VB-40-112", "valve body VB-40"), ("VB-40-115", "valve body VB-40"), ("VB-65-201", "valve body VB-65"),
         ("PH-120-03", "pump housing PH-120"), ("PH-120-07", "pump housing PH-120"), ("IM-90-11", "impeller IM-90"),
         ("SC-25-04", "seal carrier SC-25"), ("BN-40-02", "bonnet BN-40")]
FAILURES = ["chatter marks in bore", "undersize bore", "oversize bore", "thread damage", "porosity in casting",
            "burr on port face", "tool breakage", "wrong datum setup", "surface finish Ra out", "ovality on seat",
            "handling scratches"]
CUSTOMERS = ["Aldridge Pumps Ltd", "Norland Valve Co", "Brightwater Fluid Systems", "Kestrel Process Equipment",
             "Tamar Hydraulics"]


def _workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _add_workdays(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, p = 2.718281828459045 ** -mean, 0, 1.0
    while True:
        p *= rng.random()
        if p < limit:
            return k
        k += 1


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _batch(rng: random.Random, day: dt.date) -> str:
    return f"B{day:%y%m}-{rng.randint(100, 199)}"


def _own_batch(batch: str, taken: set[str]) -> str:
    """The next batch number of the same month that no other record uses."""
    prefix, number = batch.split("-")
    while batch in taken:
        number = str(int(number) + 1)
        batch = f"{prefix}-{number}"
    return batch


def _title(code: str, name: str, extra: str) -> list[str]:
    return [f"{COMPANY} - {code} {name}", extra, ""]


# ---------------------------------------------------------------- records

def ncr_register(rng: random.Random, folder: Path, stats: dict) -> list[tuple]:
    """QF-08: steady ~1 NCR a week, a burst in the three weeks before each audit (SH01),
    root cause left empty in ~70% of rows (DR04)."""
    rows, number, year = [], 0, None
    week = dt.date(2025, 1, 6)
    while week <= dt.date(2026, 11, 16):
        in_spike = any(audit - dt.timedelta(days=21) <= week < audit for audit in AUDIT_DATES)
        for _ in range(_poisson(rng, 4.0 if in_spike else 1.1)):
            day = week + dt.timedelta(days=rng.randint(0, 4))
            if day >= TODAY:
                continue
            part, family = rng.choice(PARTS)
            rows.append([None, day, part, family, _batch(rng, day), rng.choice(MACHINES),
                         rng.choice([1, 1, 2, 3, 4, 6, 10, 24]), rng.choice(FAILURES),
                         rng.choice(INSPECTORS + SHIFT_LEADS[:2]),
                         rng.choice(["Scrap", "Scrap", "Rework", "Rework", "Use as is", "Return to supplier"]),
                         None, "Closed" if (TODAY - day).days > 45 else "Open"])
        week += dt.timedelta(days=7)
    rows.sort(key=lambda r: r[1])
    for row in rows:  # numbered in the order raised, restarting each year
        if row[1].year != year:
            year, number = row[1].year, 0
        number += 1
        row[0] = f"NCR-{row[1]:%y}-{number:03d}"
    causes = ["insert worn past life", "fixture clamping distorts wall", "wrong offset after tool change",
              "casting supplier porosity", "program not updated to rev D", "operator skipped first-off check",
              "coolant concentration low"]
    filled = set(rng.sample(range(len(rows)), k=round(len(rows) * 0.3)))
    for i, row in enumerate(rows):
        if i in filled:
            row[10] = rng.choice(causes)
    for row in rows:  # a few dates typed as text, as people do
        if rng.random() < 0.06:
            row[1] = _dmy(row[1])
    header = ["NCR No", "Date raised", "Part number", "Part description", "Batch", "Machine", "Qty affected",
              "Nonconformity", "Raised by", "Disposition", "Root cause", "Status"]
    lists = [["Scrap", "Shift Lead"], ["Rework", "Inspector"], ["Use as is", ""], ["Return to supplier", ""]]
    write_xlsx(folder / "QF-08 NCR Register.xlsx", [
        ("Register", _title("QF-08", "NCR Register", "Rev 3 - one line per NCR, do not sort"), header, rows,
         "dd/mm/yyyy"),
        ("Lists", [], ["Disposition", "Raised by role"], lists, "dd/mm/yyyy")])
    dates = [r[1] if isinstance(r[1], dt.date) else dt.datetime.strptime(r[1], "%d/%m/%Y").date() for r in rows]

    def weekly_rate(inside: bool) -> float:
        windows = [(a - dt.timedelta(days=21), a) for a in AUDIT_DATES]
        hits = sum(1 for d in dates if any(lo <= d < hi for lo, hi in windows) == inside)
        span_weeks = (max(dates) - min(dates)).days / 7
        weeks_in = 3 * len(AUDIT_DATES)
        return hits / (weeks_in if inside else span_weeks - weeks_in)

    stats["ncr_rows"] = len(rows)
    stats["ncr_spike_rate_per_week"] = round(weekly_rate(True), 2)
    stats["ncr_baseline_rate_per_week"] = round(weekly_rate(False), 2)
    stats["ncr_spike_lift"] = round(weekly_rate(True) / weekly_rate(False), 1)
    stats["ncr_root_cause_empty_share"] = round(sum(1 for r in rows if not r[10]) / len(rows), 2)
    # (NCR No, date raised, part, batch, machine, qty affected, nonconformity)
    return [(r[0], dates[i], r[2], r[4], r[5], r[6], r[7]) for i, r in enumerate(rows)]


def corrective_actions(rng: random.Random, folder: Path, ncrs: list[tuple], stats: dict) -> None:
    """QF-09: closure 'within 30 days of raising the NCR' planted late: median ~47 days, ~60% late (DR03)."""
    chosen = [n for n in ncrs if rng.random() < 0.45]
    late = set(rng.sample(range(len(chosen)), k=round(len(chosen) * 0.6)))
    actions = ["Replace insert at 80% of life; add to tool list", "Modify fixture, add support under wall",
               "Add offset check to first-off sheet", "Supplier 8D requested; 100% check at goods-in",
               "Update CNC program and release via DNC", "Toolbox talk on first-off sign-off",
               "Daily coolant concentration check at start of shift"]
    rows, durations = [], []
    for i, (ncr, raised, part, batch, *_) in enumerate(chosen):
        days = rng.randint(40, 130) if i in late else rng.randint(9, 30)
        closed = raised + dt.timedelta(days=days)
        if closed >= TODAY:
            closed = None
        else:
            durations.append(days)
        rows.append([f"CA-{raised:%y}-{i + 1:03d}", ncr, _dmy(raised), f"{part} batch {batch}", rng.choice(actions),
                     rng.choice([QM, PM] + SHIFT_LEADS), _dmy(raised + dt.timedelta(days=30)),
                     _dmy(closed) if closed else "", "Closed" if closed else "Open"])
    header = ["CA No", "NCR No", "NCR raised", "Problem", "Action", "Owner", "Target date", "Date closed",
              "Status"]
    write_csv(folder / "QF-09 Corrective Action Log.csv",
              [f"{COMPANY} - QF-09 Corrective action log", "Exported 24/11/2026"], header, rows,
              encoding="utf-8-sig")
    stats["ca_rows"] = len(rows)
    stats["ca_median_days_to_close"] = statistics.median(durations)
    stats["ca_share_late"] = round(sum(1 for d in durations if d > 30) / len(durations), 2)


def defect_tracker(rng: random.Random, folder: Path, ncrs: list[tuple], stats: dict) -> None:
    """Cell B's own spreadsheet: no procedure mentions it (PS01); many of its batches are
    also on the NCR register (PS02); full of machines, parts and failure modes (PS03).

    A defect the register also holds is copied across by hand: same part, batch, machine and
    nonconformity, and the register's quantity except on every fifth copied row, where the
    tracker keeps the count made at the machine (the copies drift apart, as hand copies do).
    A batch the tracker alone holds never takes a number the register uses."""
    names = ["Kieran", "Priya", "Lee", "Martin", "Olu", "Craig"]
    ncr_batches = [(part, batch, day, machine, qty, failure)
                   for _, day, part, batch, machine, qty, failure in ncrs if day >= dt.date(2025, 8, 1)]
    register_batches = {n[3] for n in ncrs}
    rows, copied = [], 0
    for day in _workdays(dt.date(2025, 8, 4), TODAY - dt.timedelta(days=1)):
        for _ in range(_poisson(rng, 1.0 + 0.6 * (day - dt.date(2025, 8, 4)).days / 480)):
            shared = [b for b in ncr_batches if 0 <= (day - b[2]).days <= 6]
            source = None
            if shared and rng.random() < 0.3:
                source = rng.choice(shared)
                part, batch = source[0], source[1]
            else:
                part, batch = rng.choice(PARTS)[0], _own_batch(_batch(rng, day), register_batches)
            when = day if rng.random() < 0.7 else day.isoformat()
            # every draw is made whether or not a copied row overrides it, so the rows of the
            # records written after this one stay as they were
            row = [when, rng.choice(["Days", "Days", "Nights"]), rng.choice(MACHINES[2:5]), part, batch,
                   rng.choice(FAILURES), rng.choice([1, 1, 2, 3, 5]), rng.choice(names),
                   rng.choice(["reworked at machine", "binned", "told setter", "offset changed",
                               "new insert", "sent to QC", ""]),
                   rng.choice(["Y", "Y", "Y", "N", ""])]
            if source is not None:
                copied += 1
                row[2], row[5] = source[3], source[5]
                if copied % 5:
                    row[6] = source[4]
            rows.append(row)
    header = ["Date", "Shift", "Machine", "Part", "Batch", "Defect", "Qty", "Found by", "What we did", "Closed?"]
    write_xlsx(folder / "Cell B defect tracker (do not delete).xlsx", [
        ("Tracker", ["CELL B DEFECTS - fill in every time!!", ""], header, rows, "dd/mm/yy")])
    tracker_batches = {r[4] for r in rows}
    stats["tracker_rows"] = len(rows)
    stats["tracker_rows_copied_from_register"] = copied
    stats["tracker_rows_last_90_days"] = sum(
        1 for r in rows if (r[0] if isinstance(r[0], dt.date) else dt.date.fromisoformat(r[0]))
        >= TODAY - dt.timedelta(days=90))
    stats["tracker_people"] = len({r[7] for r in rows})
    stats["tracker_batches_on_ncr_register"] = len(tracker_batches & register_batches)
    stats["register_batches_in_tracker_share"] = round(
        len(tracker_batches & register_batches)
        / len({n[3] for n in ncrs if n[1] >= dt.date(2025, 8, 4)}), 2)


def scrap_log(rng: random.Random, folder: Path, stats: dict) -> None:
    """QF-16, exported from the MES: vocabulary the governing QP-16 never uses (PS03)."""
    rows = []
    for day in _workdays(dt.date(2025, 9, 1), TODAY - dt.timedelta(days=1)):
        for _ in range(_poisson(rng, 1.8)):
            part, family = rng.choice(PARTS)
            qty = rng.choice([1, 1, 1, 2, 2, 3, 5])
            rows.append([day.isoformat(), rng.choice(["Days", "Nights"]), rng.choice(MACHINES), part, family,
                         _batch(rng, day), qty, rng.choice(FAILURES), rng.choice(OPERATORS),
                         f"{qty * rng.choice([38.5, 42.0, 61.2, 74.8, 112.0]):.2f}"])
    header = ["Date", "Shift", "Machine", "Part no", "Part family", "Batch", "Qty scrapped", "Reason",
              "Operator", "Cost GBP"]
    write_csv(folder / "QF-16 Scrap Log.csv", [f"{COMPANY} - QF-16 Scrap log", "Exported from MES 25/11/2026 06:00"],
              header, rows)
    stats["scrap_rows"] = len(rows)


def complaints(rng: random.Random, folder: Path, stats: dict) -> None:
    """QF-14: clean counterpart. Acknowledged within 2 working days, closed within 20,
    signed off by the Customer Service Lead, fed steadily."""
    issues = ["bore oversize on 3 parts", "late delivery, 4 days", "missing material certificate",
              "burr in port causing seal damage", "wrong quantity in box", "thread damage in transit",
              "surface finish on seat rough", "paperwork shows old drawing revision"]
    causes = ["deburr step missed on nights", "carrier delay not communicated", "cert not attached at despatch",
              "worn insert not changed", "count not checked at packing", "packing without thread protectors",
              "roughness check skipped", "traveller printed before revision release"]
    rows, ack_days, close_days = [], [], []
    for month_start in [dt.date(2025, 9, 1) + dt.timedelta(days=31 * i) for i in range(15)]:
        month_start = month_start.replace(day=1)
        for _ in range(rng.choice([2, 2, 3, 3, 2])):
            received = _add_workdays(month_start, rng.randint(1, 19))
            if received >= TODAY - dt.timedelta(days=2):
                continue
            k = rng.randrange(len(issues))
            acknowledged = received if rng.random() < 0.6 else _add_workdays(received, 1)
            closed = _add_workdays(received, rng.randint(4, 14))
            rows.append([None, received, rng.choice(CUSTOMERS), rng.choice(PARTS)[0], issues[k],
                         acknowledged, causes[k], "8D issued" if rng.random() < 0.3 else "corrected and customer "
                         "informed", closed, "Customer Service Lead"])
    rows.sort(key=lambda r: r[1])
    for number, row in enumerate(rows, 1):
        row[0] = f"CC-{number:03d}"
    rows[7][5] = _add_workdays(rows[7][1], 3)  # one slow acknowledgement during holiday cover
    rows[12][8] = _add_workdays(rows[12][1], 24)  # one complaint escalated and closed late
    rows[12][9] = "Quality Manager"
    for row in rows:
        if row[8] >= TODAY:
            row[6], row[7], row[8], row[9] = None, "investigating", None, None
    for row in rows:
        ack_days.append(sum(1 for d in _workdays(row[1] + dt.timedelta(days=1), row[5])))
        if row[8]:
            close_days.append((row[8] - row[1]).days)
    header = ["Complaint No", "Date received", "Customer", "Part number", "Description", "Date acknowledged",
              "Root cause", "Action", "Date closed", "Signed off by"]
    write_xlsx(folder / "QF-14 Customer Complaints Log.xlsx", [
        ("Complaints", _title("QF-14", "Customer complaints log", "Owner: Customer Service Lead"), header, rows,
         "dd-mmm-yy")])
    stats["complaint_rows"] = len(rows)
    stats["complaint_ack_over_2_working_days"] = sum(1 for d in ack_days if d > 2)
    stats["complaint_median_days_to_close"] = statistics.median(close_days)
    stats["complaint_closed_over_20_working_days"] = sum(
        1 for r in rows if r[8] and len(_workdays(r[1] + dt.timedelta(days=1), r[8])) > 20)


def supplier_evaluations(rng: random.Random, folder: Path, stats: dict) -> None:
    """QF-07: approvals by the Production Manager, not the Quality Manager (DR05); three
    scores below 60 but no QF-19 request anywhere (DR01)."""
    suppliers = [("Castwell Foundry", "castings"), ("Brampton Steels", "bar stock"), ("Severn Heat Treatment",
                 "heat treatment"), ("Anodise UK", "anodising"), ("Kline Tooling", "cutting tools"),
                 ("Midland Metrology Services", "calibration"), ("ProPack Supplies", "packaging"),
                 ("Ferro Alloys Ltd", "bar stock"), ("Precision Plating Co", "plating"), ("Holt Fasteners",
                 "fasteners"), ("Wexford Castings", "castings"), ("Tooling Direct", "cutting tools"),
                 ("Apex Coolants", "consumables"), ("Sandhurst Gauges", "gauges"), ("Redline Logistics",
                 "transport"), ("Delta Seals", "seals"), ("Northgate Stainless", "bar stock"),
                 ("CNC Spares Ltd", "machine spares"), ("BrightClean Services", "cleaning"),
                 ("Hollis Engineering", "subcontract machining"), ("Marlow Forgings", "forgings"),
                 ("Union Bearings", "bearings")]
    rows = []
    for name, category in suppliers:
        first = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 120))
        for when in (first, first + dt.timedelta(days=rng.randint(355, 375))):
            if when >= TODAY - dt.timedelta(days=20):
                continue
            score = rng.randint(62, 95)
            rows.append([name, category, when, score, None, None, ""])
    rows.sort(key=lambda r: r[2])
    for i in rng.sample(range(len(rows)), k=3):
        rows[i][3] = rng.randint(44, 58)
        rows[i][6] = "below 60 - SCAR to be raised"
    approvers = ["Production Manager"] * round(len(rows) * 0.75)
    approvers += ["Quality Manager"] * (len(rows) - len(approvers))
    rng.shuffle(approvers)
    for row, approver in zip(rows, approvers):
        row[4] = "Approved" if row[3] >= 75 else "Conditional" if row[3] >= 60 else "Not approved"
        row[5] = approver
        row[2] = row[2].strftime("%d-%b-%Y")  # typed in as text
    header = ["Supplier", "Category", "Evaluation date", "Score", "Result", "Approved by", "Comments"]
    write_xlsx(folder / "QF-07 Supplier Evaluation List.xlsx", [
        ("Approved suppliers", _title("QF-07", "Supplier evaluation list", "Approved supplier list - Rev 5"),
         header, rows, "dd/mm/yyyy")])
    stats["supplier_rows"] = len(rows)
    stats["supplier_approved_by_pm_share"] = round(approvers.count("Production Manager") / len(rows), 2)
    stats["supplier_scores_below_60"] = sum(1 for r in rows if r[3] < 60)


def near_miss_log(rng: random.Random, folder: Path, stats: dict) -> None:
    """HF-03 log: 4-8 entries a month, then nothing after May 2026 (SH02)."""
    events = [("Cell A", "coolant on walkway by lathe, nearly slipped"), ("Cell B", "swarf bin over-full, "
              "swarf on floor"), ("Stores", "forklift reversed close to walkway"), ("Saw bay", "bar end thrown "
              "from saw"), ("Inspection", "trailing cable from CMM PC"), ("Goods-in", "pallet stacked too high, "
              "leaning"), ("Cell B", "guard interlock bypassed with cable tie"), ("Yard", "no barrier at "
              "loading bay edge")]
    actions = ["spill cleaned, drip tray fitted under coolant tank", "bin emptied, second bin ordered",
               "walkway re-marked, banksman rule briefed", "saw guard adjusted, bar support added",
               "cable routed in trunking", "pallet re-stacked, max height sign posted",
               "interlock repaired, toolbox talk on bypassing guards", "temporary barrier, gate ordered"]
    counts = {(2025, 3): 6, (2025, 4): 8, (2025, 5): 5, (2025, 6): 7, (2025, 7): 6, (2025, 8): 4,
              (2025, 9): 7, (2025, 10): 8, (2025, 11): 6, (2025, 12): 4, (2026, 1): 7, (2026, 2): 6,
              (2026, 3): 7, (2026, 4): 5, (2026, 5): 3}
    rows, n = [], 0
    for (year, month), count in counts.items():
        days = sorted(rng.sample(_workdays(dt.date(year, month, 1), dt.date(year, month, 28)), k=count))
        for day in days:
            n += 1
            k = rng.randrange(len(events))
            area, what = events[k]
            closed = _add_workdays(day, rng.randint(1, 12))
            rows.append([f"NM-{n:03d}", f"{day.day} {day:%B %Y}", area, what,
                         rng.choice(["low", "low", "medium", "high"]), rng.choice(OPERATORS + ["anonymous"]),
                         rng.choice(SHIFT_LEADS + ["Lucy Brennan"]), actions[k],
                         f"{closed.day} {closed:%B %Y}"])
    header = ["Ref", "Date", "Area", "What happened", "Potential severity", "Reported by", "Actioned by",
              "Action taken", "Date closed"]
    write_csv(folder / "HF-03 Near-Miss Log.csv", [f"{COMPANY} - HF-03 Near-miss log"], header, rows)
    stats["near_miss_rows"] = len(rows)
    stats["near_miss_monthly"] = "Mar-25..May-26: " + ", ".join(str(c) for c in counts.values()) + "; Jun-Nov 26: 0"


def five_s_scores(rng: random.Random, folder: Path, stats: dict) -> None:
    """QF-21: clean counterpart. Weekly audit by a Shift Lead in each area, the sheet's
    columns mirror WI-05's five steps; only the Christmas shutdown weeks are missing."""
    rows = []
    monday = dt.date(2025, 9, 1)
    while monday < TODAY:
        if monday not in (dt.date(2025, 12, 22), dt.date(2025, 12, 29)):
            day = monday + dt.timedelta(days=1) if monday in (dt.date(2026, 4, 6), dt.date(2026, 5, 25),
                                                               dt.date(2026, 8, 31)) else monday
            auditor = SHIFT_LEADS[(monday.toordinal() // 7) % 3]
            for area in ["Cell A", "Cell B", "Stores", "Inspection"]:
                scores = [rng.choice([2, 3, 3, 4, 4, 4, 5]) for _ in range(5)]
                total = sum(scores)
                rows.append([day, area, *scores, total, auditor, "Shift Lead",
                             "action raised for cell team" if total < 15 else ""])
        monday += dt.timedelta(days=7)
    header = ["Date", "Area", "Sort", "Set in order", "Shine", "Standardise", "Sustain", "Total", "Auditor",
              "Role", "Actions"]
    write_xlsx(folder / "QF-21 5S Audit Scores.xlsx", [
        ("Scores", _title("QF-21", "5S audit score sheet", "Weekly, every Monday - see WI-05"), header, rows,
         "dd/mm/yyyy")])
    stats["five_s_rows"] = len(rows)
    stats["five_s_weeks_missing"] = 2


def calibration_register(rng: random.Random, folder: Path, stats: dict) -> None:
    """QF-11: 'every 12 months' stated, ~18-month intervals in practice, nothing after Feb 2026 (DR02)."""
    instruments = [("MIC-0%02d" % i, "Outside micrometer 0-25 mm", "Cell A") for i in range(1, 7)]
    instruments += [("MIC-1%02d" % i, "Outside micrometer 25-50 mm", "Cell B") for i in range(1, 4)]
    instruments += [("BG-00%d" % i, "Bore gauge 35-60 mm", "Inspection") for i in range(1, 4)]
    instruments += [("HG-001", "Height gauge 300 mm", "Inspection"), ("HG-002", "Height gauge 600 mm", "Inspection"),
                    ("TPG-M8", "Thread plug gauge M8x1.25", "Cell B"), ("TPG-M10", "Thread plug gauge M10x1.5",
                    "Cell B"), ("TW-001", "Torque wrench 20-100 Nm", "Assembly"),
                    ("TW-002", "Torque wrench 60-340 Nm", "Assembly"), ("CMM-01", "Zeiss Contura CMM",
                    "Inspection"), ("SRT-01", "Surface roughness tester SJ-210", "Inspection"),
                    ("HT-2", "Hydrostatic test rig gauge 0-250 bar", "Inspection"), ("DC-05", "Digital caliper "
                    "150 mm", "Stores")]
    stop = dt.date(2026, 2, 27)
    rows, intervals = [], []
    for ident, description, location in instruments:
        day = dt.date(2023, 1, 9) + dt.timedelta(days=rng.randint(0, 330))
        on_time = ident in ("CMM-01", "TW-001")
        while day <= stop:
            external = ident.startswith(("CMM", "TW", "HT"))
            result = "Fail" if rng.random() < 0.03 else "Adjusted" if rng.random() < 0.15 else "Pass"
            rows.append([ident, description, location, day, result,
                         f"{'MMS' if external else 'HV'}-{day:%y}{rng.randint(100, 999)}",
                         "Midland Metrology (ext)" if external else "Tomasz Nowak" if day.year >= 2024
                         else "Ben Carter", day + dt.timedelta(days=365)])
            step = rng.randint(350, 372) if on_time else rng.randint(505, 590)
            if day + dt.timedelta(days=step) <= stop:
                intervals.append(step)
            day += dt.timedelta(days=step)
    rows.sort(key=lambda r: r[3])
    header = ["Instrument ID", "Description", "Location", "Calibration date", "Result", "Certificate No",
              "Technician", "Next due"]
    write_xlsx(folder / "QF-11 Calibration Register.xlsx", [
        ("Register", _title("QF-11", "Calibration register", "Metrology - Rev 9"), header, rows, "dd/mm/yyyy")])
    stats["calibration_rows"] = len(rows)
    stats["calibration_median_interval_days"] = statistics.median(intervals)
    stats["calibration_last_entry"] = max(r[3] for r in rows).isoformat()
    stats["calibration_overdue_instruments"] = sum(
        1 for ident, _, _ in instruments
        if max(r[7] for r in rows if r[0] == ident) < TODAY)
    stats["calibration_instruments"] = len(instruments)


def training_matrix(rng: random.Random, folder: Path, stats: dict) -> None:
    """QF-05: clean counterpart. Induction within 5 working days of the start date."""
    first = ["Adam", "Beth", "Callum", "Dina", "Ewan", "Fay", "Gareth", "Helen", "Imran", "Jade", "Kyle", "Laura",
             "Mo", "Nina", "Oscar", "Paula", "Reece", "Sara", "Tom", "Una", "Vikram", "Wendy", "Yusuf", "Zoe"]
    last = ["Hughes", "Cole", "Barker", "Osei", "Lloyd", "Kaur", "Dunn", "Rees", "Malik", "Price", "Ward", "Bell"]
    teams = ["Cell A", "Cell B", "Inspection", "Stores"]
    rows = []
    for i in range(34):
        recent = i >= 26
        start = (dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 420)) if recent
                 else dt.date(2009, 1, 5) + dt.timedelta(days=rng.randint(0, 5800)))
        while start.weekday() > 4:
            start += dt.timedelta(days=1)
        induction = _add_workdays(start, rng.randint(0, 4))
        team = rng.choice(teams)
        role = {"Cell A": "CNC Setter", "Cell B": "CNC Operator", "Inspection": "Inspector",
                "Stores": "Storeperson"}[team]

        def skill(p: float, lo: int = 20, hi: int = 900) -> dt.date | None:
            if rng.random() > p:
                return None
            return min(induction + dt.timedelta(days=rng.randint(lo, hi)), TODAY - dt.timedelta(days=3))

        rows.append([f"{first[i % 24]} {last[(i * 5) % 12]}", role, team, start, induction,
                     skill(0.9, 1, 30), skill(0.5 if team != "Stores" else 0.1),
                     skill(0.9 if team == "Stores" else 0.2), skill(0.9 if team == "Inspection" else 0.15),
                     skill(0.3)])
    header = ["Employee", "Role", "Team", "Start date", "Induction date", "Manual handling", "Abrasive wheels",
              "Forklift (FLT)", "CMM operation", "First aid"]
    write_xlsx(folder / "QF-05 Training Matrix.xlsx", [
        ("Matrix", _title("QF-05", "Training matrix", "Production and inspection staff"), header, rows,
         "dd/mm/yyyy")])
    stats["training_rows"] = len(rows)
    stats["training_induction_over_5_working_days"] = sum(
        1 for r in rows if len(_workdays(r[3] + dt.timedelta(days=1), r[4])) > 5)


# ---------------------------------------------------------------- forms, checklist, reviews

def _form_docx(path: Path, code: str, title: str, fields: list[str], table: list[list[str]],
               footer_fields: list[str]) -> None:
    doc = _docx_new(f"{COMPANY}    Form {code}    Rev 2")
    doc.add_heading(f"{code} {title}", level=1)
    _docx_table(doc, [["Field", "Entry"]] + [[f, ""] for f in fields])
    doc.add_paragraph("")
    _docx_table(doc, table)
    doc.add_paragraph("")
    _docx_table(doc, [["Sign-off", "Name", "Signature", "Date"]] + [[f, "", "", ""] for f in footer_fields])
    doc.save(path)
    _normalize_zip(path)


def forms(root: Path) -> None:
    folder = root / "forms"
    folder.mkdir(parents=True, exist_ok=True)
    _form_docx(folder / "QF-07 Supplier Evaluation Form.docx", "QF-07", "Supplier Evaluation Form",
               ["Supplier name", "Address", "Category of supply", "Contact and telephone", "Purchase value / year"],
               [["Criterion", "Max", "Score", "Evidence / comments"],
                ["ISO 9001 certificate held  \u2610 Yes  \u2610 No", "20", "", ""],
                ["Process capability and equipment", "25", "", ""],
                ["On-time delivery (last 12 months)", "25", "", ""],
                ["Quality history (rejects, NCRs)", "20", "", ""],
                ["Price and commercial terms", "10", "", ""],
                ["Total score / 100", "100", "", "\u2610 Approved  \u2610 Conditional  \u2610 Not approved"]],
               ["Evaluated by (Buyer)", "Approved by (Quality Manager)"])
    _form_docx(folder / "QF-19 Supplier Corrective Action Request.docx", "QF-19",
               "Supplier Corrective Action Request (SCAR)",
               ["SCAR number", "Supplier", "Purchase order", "Part number", "Quantity affected",
                "Reply required by"],
               [["Section", "To be completed by", "Entry"],
                ["Description of the nonconformity", "Harrow & Vale", ""],
                ["Containment (stock at supplier and in transit)", "Supplier", ""],
                ["Root cause", "Supplier", ""],
                ["Corrective action and date effective", "Supplier", ""],
                ["Verification of effectiveness  \u2610 Effective  \u2610 Not effective", "Harrow & Vale", ""]],
               ["Issued by", "Closed by (Quality Manager)"])
    write_xlsx(folder / "QF-11 Calibration Record (template).xlsx", [
        ("Record", _title("QF-11", "Calibration record", "Template - copy for each instrument; do not fill here"),
         ["Instrument ID", "Description", "Location", "Calibration date", "Result", "Certificate No",
          "Technician", "Next due"], [], "dd/mm/yyyy")])


def checklist(root: Path) -> None:
    """QF-22 as actually filled in at final inspection: its items are not WI-22's steps (DR06)."""
    doc = _docx_new(f"{COMPANY}    Form QF-22    Rev 1")
    doc.add_heading("QF-22 Final Inspection Checklist", level=1)
    _docx_table(doc, [["Part", "VB-40-112 valve body"], ["Batch", "B2611-142"], ["Works order", "WO-58213"],
                      ["Quantity", "48"], ["Inspector", "Hannah Wu (HW)"], ["Date", "19/11/2026"]])
    doc.add_paragraph("")
    items = [("Route card signed for every operation", True, ""),
             ("Drawing revision matches works order", True, ""),
             ("Visual inspection for burrs and chatter marks", True, ""),
             ("Thread gauge M8 ports (go / no-go)", True, ""),
             ("CMM check of first, middle and last part", True, ""),
             ("Parts washed and dried", True, ""),
             ("Laser marking legible (part number and batch)", False, "laser down - hand stamped"),
             ("Count matches works order", True, ""),
             ("Packed in VCI bag, box labelled", True, ""),
             ("Batch released in Epicor", True, "")]
    rows = [["No", "Check", "OK", "Initials", "Date", "Comment"]]
    for n, (item, ok, comment) in enumerate(items, 1):
        rows.append([str(n), item, "\u2611" if ok else "\u2610", "HW", "19/11/26", comment])
    _docx_table(doc, rows)
    doc.add_paragraph("")
    doc.add_paragraph("Batch released: \u2611 Yes  \u2610 No        Signed: H. Wu        Date: 19/11/2026")
    path = root / "records" / "QF-22 Final Inspection Checklist B2611-142.docx"
    doc.save(path)
    _normalize_zip(path)


REVIEW_APRIL_2026 = [
    ("h1", "1 Actions from the previous review"),
    ("p", "Eleven actions were carried forward from the October 2025 review. Four are closed and seven are "
          "overdue. Owners confirmed new dates."),
    ("table", [["Action", "Owner", "Due", "Status"],
               ["Update QP-14 to new template", "RP", "30/11/2025", "Overdue"],
               ["Complete internal audit of purchasing", "RP", "31/12/2025", "Overdue"],
               ["Re-issue document register", "RP", "31/01/2026", "Overdue"],
               ["Legal register review (environmental)", "LB", "28/02/2026", "Overdue"],
               ["Review of ISO 45001 objectives wording", "LB", "28/02/2026", "Overdue"],
               ["Add risk register to quality share", "GW", "31/03/2026", "Overdue"],
               ["Train two new internal auditors", "RP", "31/03/2026", "Overdue"]]),
    ("h1", "2 External audit 17 March 2026"),
    ("p", "The surveillance audit by Albion Certification raised two minor nonconformities (calibration "
          "register not up to date; supplier approvals not signed by the Quality Manager) and four "
          "opportunities for improvement. Responses were submitted to the certification body on 31 March. "
          "Evidence of closure is due by 16 May 2026."),
    ("h1", "3 Internal audit programme"),
    ("p", "Five of the twelve internal audits planned for the year are complete. The audits of purchasing, "
          "training and environmental aspects are overdue. Findings from completed audits: 6 minor, 9 "
          "observations. Auditor availability remains the constraint."),
    ("h1", "4 Document control"),
    ("p", "Fourteen procedures are past their review date. The document register is being re-issued. QP-14 and "
          "QP-12 are to be moved to the new template. Obsolete copies were found in Cell B and removed."),
    ("h1", "5 Certification"),
    ("p", "Certificates for ISO 9001, ISO 14001 and ISO 45001 remain valid to March 2027. The recertification "
          "audit will be planned with Albion in the autumn. The certification fee increases by 6% from July."),
    ("h1", "6 Objectives and policy"),
    ("p", "The quality, environmental and OH&S policies were reviewed and remain suitable. Objectives were "
          "reviewed; no changes."),
    ("h1", "7 Any other business"),
    ("p", "Awareness briefing on the forthcoming revision of ISO 9001 to be arranged. Next review October 2026."),
]

REVIEW_OCTOBER_2025 = [
    ("h1", "1 Business performance"),
    ("p", "Sales for the half year were 6.9 million pounds, 4% above budget. Gross margin was 27.5% against a "
          "30% target; the gap is mainly scrap on VB-40 valve bodies and overtime on the Hermle."),
    ("h1", "2 Delivery and throughput"),
    ("p", "On-time in-full delivery was 91% against 95%. The bottleneck is the Hermle C 42 five-axis, running "
          "at 88% spindle utilisation; 22% of late orders waited for it. Agreed: move the PH-120 second op to "
          "the DMU 50 and trial a weekend shift for six weeks."),
    ("h1", "3 Scrap and cost of poor quality"),
    ("p", "Scrap averaged 18,400 pounds a month. Chatter in the VB-40 bore on the NLX 2500 accounts for 31% of "
          "it, porosity in castings from Castwell for 19%. Agreed: tooling trial with Kline on the NLX 2500; "
          "casting porosity to be raised with Castwell at the quarterly supplier meeting."),
    ("h1", "4 Customers"),
    ("p", "Nine complaints in the half year, all acknowledged within two days. Aldridge Pumps has had two burr "
          "complaints on PH-120 ports; an 8D is open. Norland Valve asked for a price review for 2026. Customer "
          "survey score 8.1 out of 10, down from 8.4; delivery reliability was the main comment."),
    ("h1", "5 Suppliers"),
    ("p", "Castwell delivered 78% on time; a second casting source is being evaluated. Bar stock lead times "
          "are back to four weeks."),
    ("h1", "6 People and safety"),
    ("p", "Thirty-six near misses reported in the half year, most about coolant on walkways and swarf bins. "
          "No lost-time injuries. Two setters start in November; training plan agreed."),
    ("h1", "7 Management system"),
    ("p", "Internal audits are on plan. The external surveillance audit is booked for March 2026."),
    ("h1", "8 Actions"),
    ("table", [["Action", "Owner", "Due"],
               ["Tooling trial on NLX 2500 for VB-40 bore chatter", "GW", "30/11/2025"],
               ["Second casting source evaluation", "ME", "31/01/2026"],
               ["Weekend shift trial on the Hermle, report OTIF effect", "GW", "15/12/2025"],
               ["Close Aldridge 8D and visit customer", "AR", "30/11/2025"]]),
]


def reviews(root: Path) -> None:
    folder = root / "management-review"
    folder.mkdir(parents=True, exist_ok=True)
    attendees = ("Present: Philip Vale (Managing Director), Rachel Patel (Quality Manager), Gary Whitlock "
                 "(Production Manager), Lucy Brennan (HSE Advisor), Aisha Rahman (Customer Service Lead)")
    write_docx(folder / "Management Review Minutes 2026-04-22.docx", "Management Review Minutes - 22 April 2026",
               [attendees, "Record QF-30 | Chair: Philip Vale | Minutes: Rachel Patel"], REVIEW_APRIL_2026,
               f"{COMPANY} - Management review")
    write_docx(folder / "Management Review Minutes 2025-10-15.docx",
               "Management Review Minutes - 15 October 2025",
               [attendees.replace(", Aisha", ", Mark Ellison (Buyer), Aisha"),
                "Record QF-30 | Chair: Philip Vale | Minutes: Rachel Patel"], REVIEW_OCTOBER_2025,
               f"{COMPANY} - Management review")


AUDIT_PLAN = f"""# External Audit Plan 2026

{COMPANY}, Harrow Works, Unit 4 Vale Road

Certification body: Albion Certification Ltd
Type: surveillance audit, integrated ISO 9001:2015, ISO 14001:2015, ISO 45001:2018
Audit date: **17 March 2026** (one day on site, two auditors)
Previous audit: surveillance, 18 March 2025
Recertification due: March 2027

## Timetable, 17 March 2026

| Time | Process / area | Auditee | Auditor |
|---|---|---|---|
| 08:30 | Opening meeting | Management team | Both |
| 09:00 | Leadership, context, objectives | Philip Vale | J. Ormerod |
| 09:00 | Production: Cell A and Cell B | Gary Whitlock | S. Kaye |
| 10:30 | Purchasing and supplier control | Mark Ellison | J. Ormerod |
| 10:30 | Calibration and final inspection | Tomasz Nowak, Hannah Wu | S. Kaye |
| 12:30 | Lunch | | |
| 13:00 | Nonconformity, complaints and corrective action | Rachel Patel, Aisha Rahman | J. Ormerod |
| 13:00 | OH&S: near misses, site tour, emergency arrangements | Lucy Brennan | S. Kaye |
| 14:30 | Environmental aspects, waste and coolant handling | Lucy Brennan | S. Kaye |
| 15:30 | Auditors' review | | Both |
| 16:00 | Closing meeting | Management team | Both |

## Preparation

- Records for the last twelve months to be available in the meeting room.
- Quality Manager to brief cell teams on the week of 9 March.
"""

CONFIG = """# gapscan configuration for the Harrow & Vale document set.
# External certification audits, used to look for record spikes before them (SH01).
audit_dates = ["2025-03-18", "2026-03-17"]

# The audit plan is neither a procedure nor a record.
[kinds]
"audit-plan-2026.md" = "other"

# The corrective action log is exported with day/month/year dates.
[dates]
"records/QF-09 Corrective Action Log.csv" = "dmy"

# The filled checklist that practice uses for WI-22's final inspection.
[[links]]
procedure = "procedures/WI-22 Final Inspection of Valve Bodies.docx"
record = "records/QF-22 Final Inspection Checklist B2611-142.docx"
"""


def build(out: Path) -> dict:
    """(Re)generate the whole set into `out`; return the numbers planted, as measured."""
    if out.exists():
        if not (out / "gapscan.toml").exists() and any(out.iterdir()):
            raise SystemExit(f"refusing to clear {out}: not an example set (no gapscan.toml)")
        import shutil

        shutil.rmtree(out)
    (out / "records").mkdir(parents=True)
    rng = random.Random(2026)
    stats: dict = {}
    procedures(out)
    forms(out)
    records = out / "records"
    ncrs = ncr_register(rng, records, stats)
    corrective_actions(rng, records, ncrs, stats)
    defect_tracker(rng, records, ncrs, stats)
    scrap_log(rng, records, stats)
    complaints(rng, records, stats)
    supplier_evaluations(rng, records, stats)
    near_miss_log(rng, records, stats)
    five_s_scores(rng, records, stats)
    calibration_register(rng, records, stats)
    training_matrix(rng, records, stats)
    checklist(out)
    reviews(out)
    (out / "audit-plan-2026.md").write_text(AUDIT_PLAN, encoding="utf-8")
    (out / "gapscan.toml").write_text(CONFIG, encoding="utf-8")
    return stats


def run_builder(build_set, default: str, argv: list[str]) -> int:
    """A builder's command line: write the set (to argv[1] or examples/<default>) and print what it planted."""
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / default
    stats = build_set(out)
    files = sorted(p for p in out.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in files)
    print(f"wrote {len(files)} files, {size / 1024:.0f} KiB, to {out}")
    for key, value in stats.items():
        print(f"  {key}: {value}")
    return 0


def main(argv: list[str]) -> int:
    return run_builder(build, "harrow-vale", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
