"""PDF procedures: headings from font size and weight, page + line locations, tables."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

from .builders import build_image_only_pdf, build_pdf


def test_headings_from_bigger_bold_font(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "proc.pdf"), "proc.pdf")
    assert doc.status is Status.OK, doc.error
    assert doc.pages == 2 and doc.title == "Supplier Control Procedure"
    headings = [(b.text, b.level, b.number, b.location.page, b.location.line)
                for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [
        ("Supplier Control Procedure", 1, None, 1, 1),
        ("8.4 Control of externally provided processes", 2, "8.4", 1, 2),
        ("8.4.1 Supplier evaluation", 3, "8.4.1", 1, 5),
        ("9.1 Monitoring part 1", 2, "9.1", 2, 1),
    ]


def test_wrapped_lines_join_into_one_paragraph(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "proc.pdf"), "proc.pdf")
    paragraphs = [b for b in doc.blocks if b.type is BlockType.PARAGRAPH]
    first = paragraphs[0]
    assert first.text.startswith("The buyer keeps a list of approved suppliers")
    assert first.text.endswith("purchasing lead together.")
    assert (first.location.page, first.location.line) == (1, 3)


def test_list_items(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "proc.pdf"), "proc.pdf")
    items = [(b.marker, b.text) for b in doc.blocks if b.type is BlockType.LIST_ITEM]
    assert items == [("-", "Send the questionnaire to the supplier."),
                     ("-", "Score the answers on the evaluation form.")]


def test_ruled_table_is_a_table_not_loose_lines(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "table.pdf", table=True), "table.pdf")
    tables = doc.tables()
    assert len(tables) == 1
    table = tables[0]
    assert table.header == ("Supplier", "Country", "Score")
    assert table.rows == (("Acme Ltd", "UK", 4), ("Brightparts", "DE", 3))
    assert table.location.page == 1
    text = [b.text for b in doc.blocks if b.type is not BlockType.TABLE]
    assert not any("Acme Ltd" in t for t in text)


def test_running_headers_and_footers_are_dropped(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "long.pdf"
    c = canvas.Canvas(str(path))
    for page in range(1, 5):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, "QP-09 Monitoring procedure Rev 4")
        c.drawString(72, 40, f"Page {page} of 4")
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, f"Body text of page {page} about monitoring results.")
        c.showPage()
    c.save()
    doc = parse_file(path, "long.pdf")
    texts = [b.text for b in doc.blocks]
    assert texts == [f"Body text of page {n} about monitoring results." for n in range(1, 5)]
    assert [b.location.page for b in doc.blocks] == [1, 2, 3, 4]


def test_no_text_layer(tmp_path: Path) -> None:
    doc = parse_file(build_image_only_pdf(tmp_path / "scan.pdf"), "scan.pdf")
    assert doc.status is Status.ERROR
    assert doc.error == "PDF has no text layer (scanned?): run OCR first"


def test_table_of_contents_lines_are_dropped(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "toc.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "1. Scope " + "." * 60 + " 2")
    c.drawString(72, 745, "3.1 General guidelines " + ". " * 30 + "4")
    c.drawString(72, 730, "4. Records \u2026\u2026\u2026 7")
    c.drawString(72, 715, "Signature: " + "." * 40)
    c.drawString(72, 700, "Access is granted by the IT manager within two working days.")
    c.save()
    doc = parse_file(path, "toc.pdf")
    assert [b.text for b in doc.blocks] == [
        "Signature: " + "." * 40, "Access is granted by the IT manager within two working days."]


def test_headings_a_point_above_the_body_are_headings_when_that_size_is_used_for_titles(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "policy.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)  # the policy's introduction, set larger but prose
    c.drawString(72, 790, "This policy sets out how ADV laptops are issued, encrypted and returned")
    c.drawString(72, 776, "by the service desk, and who signs off an exception to it.")
    y = 740
    for heading, body in [("1. Scope", "All laptops issued by the service desk to staff and contractors."),
                          ("2. Issue", "The service desk enrols each laptop in Intune before it is handed over."),
                          ("2.1. Encryption", "BitLocker is switched on and its key stored in Intune within one day."),
                          ("Summary", "Return the laptop on the last working day.")]:
        c.setFont("Helvetica", 11)  # not bold, 10% above the body: below the 12% of a sure heading
        c.drawString(72, y, heading)
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 16, body)
        y -= 44
    c.setFont("Helvetica", 11)  # figures in the same size: not titles, and one size among others
    c.drawString(72, y, "76 483 522 76,483,522")
    c.save()
    doc = parse_file(path, "policy.pdf")
    headings = [(b.text, b.location.page, b.location.line) for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [("1. Scope", 1, 3), ("2. Issue", 1, 5), ("2.1. Encryption", 1, 7), ("Summary", 1, 9)]
    assert doc.blocks[0].type is BlockType.PARAGRAPH and doc.blocks[0].text.startswith("This policy sets out")


def test_prose_set_a_point_above_the_body_is_not_read_as_headings(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "intro.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    for n, line in enumerate(["Information is one of our most valuable assets", "and it is protected by",
                              "Every Employee", "the controls below, which apply everywhere."]):
        c.drawString(72, 760 - 14 * n, line)
    c.setFont("Helvetica", 10)
    for n in range(6):
        c.drawString(72, 680 - 14 * n, f"Backups of server {n} are copied to the second site every night.")
    c.save()
    doc = parse_file(path, "intro.pdf")
    assert not [b.text for b in doc.blocks if b.type is BlockType.HEADING]


def test_a_page_header_table_repeated_on_every_page_is_read_once(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    def header(canvas, doc):  # the document's control block on every page, below the running-header band
        t = Table([["ACCESS CONTROL POLICY", "Doc. Number", "ISMS.05.01"],
                   ["", "Page", f"{doc.page} of 4"]])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        t.wrapOn(canvas, 400, 60)
        t.drawOn(canvas, 72, A4[1] - 160)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    story = []
    for system in ("Payroll", "the CRM", "the ERP", "the file server"):
        story += [Paragraph(f"Access to {system} is granted by the IT manager within two working days.", body),
                  PageBreak()]
    path = tmp_path / "policy.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story[:-1], onFirstPage=header, onLaterPages=header)
    doc = parse_file(path, "policy.pdf")
    assert [(t.location.page, t.header) for t in doc.tables()] == [
        (1, ("ACCESS CONTROL POLICY", "Doc. Number", "ISMS.05.01"))]
    # the copies' lines are not read as text either
    assert [(b.location.page, b.text) for b in doc.blocks if b.type is BlockType.PARAGRAPH] == [
        (1, "Access to Payroll is granted by the IT manager within two working days."),
        (2, "Access to the CRM is granted by the IT manager within two working days."),
        (3, "Access to the ERP is granted by the IT manager within two working days."),
        (4, "Access to the file server is granted by the IT manager within two working days.")]


def _wrapped_pdf(path: Path, second_page_starts: list[str]) -> Path:
    """A page of body text at 14 pt leading: a bullet whose text wraps over three lines under a hanging indent,
    and a paragraph that runs on to the next page mid-sentence."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    y = 780
    for n in range(4):
        c.drawString(72, y, f"Backups of server {n} are copied to the second site every night and kept for a month.")
        y -= 14
    y -= 14
    c.drawString(72, y, "\u2022 A chemical that has a median lethal dose of more than 50 milligrams per kilogram when")
    for line in ["administered orally to albino rats weighing between 200 and 300 grams each, or to", "mice of the"
                 " same weight class."]:
        y -= 14
        c.drawString(84, y, line)
    y -= 28
    for n in range(3):
        c.drawString(72, y, f"Solutions are mixed in fume hood {n} and labelled with the date and the initials of")
        y -= 14
    c.drawString(72, y, "the person who made them. Routine use of the solutions outside of the fume hood is")
    c.showPage()
    c.setFont("Helvetica", 10)
    y = 780
    for line in second_page_starts:
        c.drawString(72, y, line)
        y -= 14
    for n in range(3):
        c.drawString(72, y, f"Waste bottle {n} is collected by the safety office every Friday afternoon.")
        y -= 14
    c.save()
    return path


def test_a_list_item_wrapped_over_several_lines_is_one_item(tmp_path: Path) -> None:
    doc = parse_file(_wrapped_pdf(tmp_path / "sop.pdf", ["acceptable only when the air has been monitored."]),
                     "sop.pdf")
    items = [b.text for b in doc.blocks if b.type is BlockType.LIST_ITEM]
    assert items == ["A chemical that has a median lethal dose of more than 50 milligrams per kilogram when "
                     "administered orally to albino rats weighing between 200 and 300 grams each, or to mice of "
                     "the same weight class."]


def test_a_sentence_broken_by_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    doc = parse_file(_wrapped_pdf(tmp_path / "sop.pdf", ["acceptable only when the air has been monitored."]),
                     "sop.pdf")
    texts = [b.text for b in doc.blocks if b.type is BlockType.PARAGRAPH]
    joined = [t for t in texts if "Routine use" in t]
    assert len(joined) == 1 and joined[0].endswith("outside of the fume hood is acceptable only when the air has "
                                                   "been monitored."), texts
    assert not any(t.startswith("acceptable only") for t in texts)


def test_a_heading_or_a_new_sentence_after_a_page_break_is_not_joined(tmp_path: Path) -> None:
    doc = parse_file(_wrapped_pdf(tmp_path / "sop.pdf", ["Waste handling", "Bottles are kept in the store."]),
                     "sop.pdf")
    texts = [b.text for b in doc.blocks]
    assert any(t.endswith("outside of the fume hood is") for t in texts), texts
    assert any(t.startswith("Waste handling") for t in texts)
