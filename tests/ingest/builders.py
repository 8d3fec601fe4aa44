"""Builders of the parser tests' fixture files, written fresh into tmp_path by each test.

Every file is built with the library a real author would use (python-docx, openpyxl,
reportlab) or written byte by byte for the hostile cases.
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"

# A multi-level list where level 0 shows "%1" and level 1 shows "%1.%2", as Word builds
# for numbered heading schemes.
ABSTRACT_NUM = f"""
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'

CHECKBOX_SDT = f"""
<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}">
  <w:sdtPr><w14:checkbox><w14:checked w14:val="{{state}}"/>
    <w14:checkedState w14:val="2612"/><w14:uncheckedState w14:val="2610"/></w14:checkbox></w:sdtPr>
  <w:sdtContent><w:r><w:t>{{glyph}}</w:t></w:r></w:sdtContent>
</w:sdt>"""


def _numbered(paragraph, ilvl: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))


def _content_checkbox(paragraph, checked: bool, text: str) -> None:
    from docx.oxml import parse_xml

    sdt = parse_xml(CHECKBOX_SDT.format(state="1" if checked else "0", glyph="☒" if checked else "☐"))
    paragraph._p.append(sdt)
    paragraph.add_run(" " + text)


def build_procedure_docx(path: Path) -> Path:
    """A procedure with every structure the docx parser reads."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "HEADER TEXT QP-07 Rev 3"
    d.sections[0].footer.paragraphs[0].text = "FOOTER TEXT page x of y"
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT_NUM))
    numbering.append(parse_xml(NUM))

    d.add_paragraph("Control of Externally Provided Processes", style="Title")
    d.add_heading("1 Purpose", level=1)
    d.add_paragraph("This procedure explains how we pick and watch our suppliers.")
    d.add_heading("8.4 Control of externally provided processes", level=2)
    custom = d.styles.add_style("Clause Heading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = d.styles["Heading 3"]
    d.add_paragraph("8.4.1 General", style="Clause Heading")
    outlined = d.add_paragraph("Supplier evaluation")
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl xmlns:w="{W_NS}" w:val="2"/>'))
    bold = d.add_paragraph()
    bold.add_run("8.5.1 Control of production").bold = True
    d.add_paragraph("8.5.2 Identification and traceability")  # numbered, depth 2, not bold
    auto1 = d.add_paragraph("Context of the organisation", style="Heading 1")
    _numbered(auto1, 0)
    auto2 = d.add_paragraph("Understanding needs", style="Heading 2")
    _numbered(auto2, 1)
    auto3 = d.add_paragraph("Interested parties", style="Heading 2")
    _numbered(auto3, 1)
    step = d.add_paragraph("Ask the buyer for the approved supplier list")
    _numbered(step, 2)
    step2 = d.add_paragraph("Check the supplier certificate")
    _numbered(step2, 2)
    d.add_paragraph("Keep the evaluation form", style="List Bullet")
    d.add_paragraph("☐ Supplier visited")
    d.add_paragraph("☒ Certificate on file")
    _content_checkbox(d.add_paragraph(), True, "Quality agreement signed")
    _content_checkbox(d.add_paragraph(), False, "Annual review held")
    d.add_paragraph("")
    d.add_paragraph("Records are kept for three years.")

    table = d.add_table(rows=4, cols=3)
    cells = [["Supplier", "Approved", "Score"], ["Acme Ltd", "☒", "4"], ["Brightparts", "☐", "3.5"],
             ["Coil Co", "", "2"]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    box_cell = table.cell(3, 1)
    box_cell.paragraphs[0]._p.append(parse_xml(CHECKBOX_SDT.format(state="1", glyph="☒")))

    titled = d.add_table(rows=3, cols=2)
    merged = titled.cell(0, 0).merge(titled.cell(0, 1))
    merged.text = "Responsibilities"
    titled.cell(1, 0).text, titled.cell(1, 1).text = "Role", "Duty"
    titled.cell(2, 0).text, titled.cell(2, 1).text = "Buyer", "Keeps the supplier list"
    d.add_paragraph("End of procedure.")
    d.save(path)
    return path


def build_docx_with_part(path: Path, part: str, xml: bytes) -> Path:
    """A valid docx whose `part` is replaced by hostile XML."""
    import docx

    base = path.with_name("base_" + path.name)
    d = docx.Document()
    d.add_paragraph("Harmless text")
    d.save(base)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, xml if info.filename == part else src.read(info))
    base.unlink()
    return path


def _deflated_zeros(megabytes: int) -> bytes:
    """Raw deflate of `megabytes` MiB of zeros, built from one repeating flushed block.

    After a full flush the window holds only zeros, so every further MiB compresses to the
    same bytes: the stream is exact and costs milliseconds instead of seconds.
    """
    import zlib

    chunk = b"\0" * (1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    unit = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    assert comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH) == unit
    return first + unit * (megabytes - 1) + comp.flush()


def build_zip_bomb(path: Path, member: str = "word/document.xml", gigabytes: float = 2.0) -> Path:
    """A real zip (correct sizes and CRCs) whose members inflate to `gigabytes` GiB in total.

    Written by hand from a precomputed deflate stream: two members of half the size each,
    so the CRC of the zeros is computed once. The file stays a few MB.
    """
    import struct
    import zlib

    half_mb = max(1, int(gigabytes * 1024) // 2)
    data = _deflated_zeros(half_mb)
    size = half_mb << 20
    crc = 0
    chunk = b"\0" * (1 << 20)
    for _ in range(half_mb):
        crc = zlib.crc32(chunk, crc)
    types = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    entries = [("[Content_Types].xml", 0, types, zlib.crc32(types), len(types)),
               (member, 8, data, crc, size), (member + ".copy", 8, data, crc, size)]
    out, central = bytearray(), bytearray()
    for name, method, payload, checksum, usize in entries:
        raw_name = name.encode()
        offset = len(out)
        out += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, checksum, len(payload), usize,
                           len(raw_name), 0) + raw_name + payload
        central += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, checksum, len(payload),
                               usize, len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
    cd_offset = len(out)
    out += central + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central),
                                 cd_offset, 0)
    path.write_bytes(bytes(out))
    return path


def build_register_xlsx(path: Path) -> Path:
    """A register with title rows, a merged title, a header in B4, dates and blanks at the end."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Calibration"
    ws["B1"] = "Calibration register"
    ws.merge_cells("B1:F1")
    ws["B2"] = "Owner: QA"
    ws.append([])
    for col, name in zip("BCDEF", ["Date", "Instrument", "Result", "Readings", "Checked by"]):
        ws[f"{col}4"] = name
    rows = [
        (dt.date(2024, 1, 3), "Gauge 1", "Pass", 3, "AB"),
        (dt.datetime(2024, 2, 5, 10, 30), "Gauge 2", None, 2.5, "CD"),
        (dt.date(2024, 3, 7), "Gauge 3", "Fail", 4.0, "AB"),
    ]
    for i, row in enumerate(rows, start=5):
        for col, value in zip("BCDEF", row):
            ws[f"{col}{i}"] = value
    ws.merge_cells("F7:F8")
    ws["C8"] = "Gauge 4"
    ws["B8"] = dt.date(2024, 4, 2)
    ws["H30"] = ""  # a touched but empty cell far away
    ws.row_dimensions[40].height = 20  # formatting on an empty trailing row
    second = wb.create_sheet("Suppliers")
    second.append(["Supplier", "Country"])
    second.append(["Acme", "UK"])
    wb.create_sheet("Empty")
    wb.save(path)
    return path


def build_pdf(path: Path, *, encrypt: str | None = None, table: bool = False, pages: int = 2) -> Path:
    """A procedure PDF with bold, bigger headings, body text and a ruled table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    h1 = ParagraphStyle("h1", parent=styles["Normal"], fontName="Helvetica-Bold", fontSize=18, leading=22)
    h2 = ParagraphStyle("h2", parent=styles["Normal"], fontName="Helvetica-Bold", fontSize=14, leading=18)
    body = ParagraphStyle("body", parent=styles["Normal"], fontName="Helvetica", fontSize=10, leading=13)
    story = [Paragraph("Supplier Control Procedure", h1),
             Paragraph("8.4 Control of externally provided processes", h2),
             Paragraph("The buyer keeps a list of approved suppliers and checks each new supplier "
                       "before the first order. The list is reviewed once a year by the quality "
                       "manager and the purchasing lead together.", body),
             Paragraph("8.4.1 Supplier evaluation", h2),
             Paragraph("- Send the questionnaire to the supplier.", body),
             Paragraph("- Score the answers on the evaluation form.", body)]
    if table:
        t = Table([["Supplier", "Country", "Score"], ["Acme Ltd", "UK", "4"], ["Brightparts", "DE", "3"]])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.append(t)
    for n in range(1, pages):
        story += [PageBreak(), Paragraph(f"{8 + n}.1 Monitoring part {n}", h2),
                  Paragraph("Results are recorded on the monitoring log every month.", body)]
    kwargs = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, canPrint=0)
    SimpleDocTemplate(str(path), pagesize=A4, **kwargs).build(story)
    return path


def build_image_only_pdf(path: Path) -> Path:
    """A 'scanned' page: drawing only, no text layer."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    return path


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
<office:body><office:text>
  <text:h text:outline-level="1">6 Planning</text:h>
  <text:h text:outline-level="2">6.1 Actions to address risks</text:h>
  <text:p>We review<text:s text:c="2"/>risks <text:span>each quarter</text:span>.</text:p>
  <text:list><text:list-item><text:p>List the risks</text:p></text:list-item>
    <text:list-item><text:p>Score them</text:p></text:list-item></text:list>
  <text:p>&#9746; Register updated</text:p>
  <table:table table:name="Risks">
    <table:table-row><table:table-cell><text:p>Risk</text:p></table:table-cell>
      <table:table-cell><text:p>Owner</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell><text:p>Supplier failure</text:p></table:table-cell>
      <table:table-cell><text:p>Buyer</text:p></table:table-cell>
      <table:table-cell table:number-columns-repeated="1000"/></table:table-row>
    <table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="1000"/></table:table-row>
  </table:table>
</office:text></office:body></office:document-content>"""

ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
<office:body><office:spreadsheet>
  <table:table table:name="Audits">
    <table:table-row><table:table-cell office:value-type="string"><text:p>Audit plan 2024</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell office:value-type="string"><text:p>Area</text:p></table:table-cell>
      <table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell>
      <table:table-cell office:value-type="string"><text:p>Findings</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell office:value-type="string"><text:p>Stores</text:p></table:table-cell>
      <table:table-cell office:value-type="date" office:date-value="2024-03-05"><text:p>05/03/2024</text:p></table:table-cell>
      <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell></table:table-row>
  </table:table>
</office:spreadsheet></office:body></office:document-content>"""


def build_odf(path: Path, content: str, mimetype: str) -> Path:
    """An OpenDocument package written by hand: mimetype first and stored, then content.xml."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    import re

    content = re.sub(r">\s+<", "><", content)  # as office suites write it: no layout whitespace
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


# An .ods content.xml found by fuzzing on which python-calamine 0.9 loops forever
# (kept verbatim: each of its mutations alone does not trigger the loop).
CALAMINE_LOOP_CONTENT = """<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Audits"><table:table-row><table:table-cell office:value-type="string"><text:p>Audit plan 2024</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Area</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell><table:table-cell office:value-0ype="string"><text:p>Findings</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Stores</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-able:table-cell office:value-type="date" office:date-value="2024-03-05"><text:p>05/03/2024</text:p></table:table-cell><table:table-cell office:value-type="float" office:valuvalue="2024-03-05"><text:p>05/03/2024</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell></table:table-row><e="string"><text:p>Date</text:p></table:table-cell><table:table-cell office:value-0ype="string"><text:p>Findings</text:p></table:table-cell></table:table-row/table:table></office:spreadsheet></office:body></office:document-content>"""
