"""Section titles written as bold paragraphs are headings, in every format; bold emphasis is not."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.ingest.textutil import bold_title_number
from gapscan.model import BlockType, Status

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _doc(path: Path):
    doc = parse_file(path, path.name)
    assert doc.status is Status.OK, doc.error
    return doc


def _headings(doc) -> list[tuple[str, int, str | None, int | None]]:
    return [(b.text, b.level, b.number, b.location.line) for b in doc.blocks if b.type is BlockType.HEADING]


def _block(doc, text: str):
    return next(b for b in doc.blocks if b.text == text)


@pytest.mark.parametrize(("text", "expected"), [
    ("4.1 Context of the organisation", (True, "4.1")),
    ("Clause 7 - Support", (True, "7")),
    ("A.5.1 Policies for information security", (True, "A.5.1")),
    ("Responsibilities", (True, None)),
    ("Note: keep the lid closed", (False, None)),
    ("Step 2: Request details", (True, None)),
    ("Owner: Quality Manager", (False, None)),
    ("Approved by:", (False, None)),
    ("Every delivery is checked against the order.", (False, None)),
    ("Records and forms;", (False, None)),
    ("the storeperson signs the note", (False, None)),
    ("- Check the seal", (False, None)),
    ("2024", (False, None)),
    ("This title has far too many words to be a section title of any real manual", (False, None)),
])
def test_what_reads_as_a_bold_title(text: str, expected: tuple[bool, str | None]) -> None:
    assert bold_title_number(text) == expected


MANUAL_MD = """\
# Information Security Manual

**4 Context of the organisation**

**4.1 Understanding the organisation and its context**

The company lists the issues that bear on information security.

**4.2 Needs of interested parties**
Customers and the regulator are the parties that count.

**Note:** the list is reviewed every spring.

**Every change to the list is approved by the manager.**

- **5.1 Leadership** is shown by the director.

| **6.1 Risks** | owner |
|---|---|
| **Fire** | facilities |

> **Quoted title**

**Records**
"""


def test_markdown_bold_titles_become_headings(tmp_path: Path) -> None:
    path = tmp_path / "manual.md"
    path.write_text(MANUAL_MD, encoding="utf-8")
    doc = _doc(path)
    assert _headings(doc) == [
        ("Information Security Manual", 1, None, 1),
        ("4 Context of the organisation", 1, "4", 3),
        ("4.1 Understanding the organisation and its context", 2, "4.1", 5),
        ("4.2 Needs of interested parties", 2, "4.2", 9),
        # unnumbered: one below the last styled heading (the level-1 title)
        ("Records", 2, None, 24),
    ]
    # a bold title on its own line with its text on the next line: the text stays a paragraph of its own
    text = _block(doc, "Customers and the regulator are the parties that count.")
    assert (text.type, text.location.line) == (BlockType.PARAGRAPH, 10)


def test_markdown_bold_emphasis_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "manual.md"
    path.write_text(MANUAL_MD, encoding="utf-8")
    doc = _doc(path)
    assert _block(doc, "Note: the list is reviewed every spring.").type is BlockType.PARAGRAPH
    assert _block(doc, "Every change to the list is approved by the manager.").type is BlockType.PARAGRAPH
    assert _block(doc, "5.1 Leadership is shown by the director.").type is BlockType.LIST_ITEM
    assert _block(doc, "Quoted title").type is BlockType.PARAGRAPH
    table = next(b for b in doc.blocks if b.type is BlockType.TABLE)
    assert table.table.header == ("6.1 Risks", "owner") and table.table.rows[0][0] == "Fire"


def test_markdown_bold_lead_in_on_the_same_line_is_not_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "goods-in.md"
    path.write_text("# Goods in\n\n**Step 1 - Receive the part.** The storeperson counts the boxes.\n\n"
                    "**Step 2 - Check the paperwork**\nThe storeperson matches the note to the order.\n",
                    encoding="utf-8")
    doc = _doc(path)
    assert _headings(doc) == [("Goods in", 1, None, 1), ("Step 2 - Check the paperwork", 2, None, 5)]
    lead_in = doc.blocks[1]
    assert (lead_in.type, lead_in.text, lead_in.location.line) == (
        BlockType.PARAGRAPH, "Step 1 - Receive the part. The storeperson counts the boxes.", 3)


def test_markdown_with_real_headings_keeps_its_structure(tmp_path: Path) -> None:
    """Bold unnumbered lines are emphasis where `##` headings carry the sections; numbered ones are titles."""
    path = tmp_path / "procedure.md"
    path.write_text("# Calibration\n\n## Purpose\n\nKeep gauges true.\n\n## Method\n\n**Responsibilities**\n"
                    "The lab lead signs each certificate.\n\n**8.5.1 Control of production**\n\n## Records\n\n"
                    "The log.\n", encoding="utf-8")
    doc = _doc(path)
    assert _headings(doc) == [("Calibration", 1, None, 1), ("Purpose", 2, None, 3), ("Method", 2, None, 7),
                              ("8.5.1 Control of production", 3, "8.5.1", 12), ("Records", 2, None, 14)]
    kept = _block(doc, "Responsibilities The lab lead signs each certificate.")
    assert (kept.type, kept.location.line) == (BlockType.PARAGRAPH, 9)


HTML = """<html><body>
<h1>Quality Manual</h1>
<p><strong>5 Leadership</strong></p>
<p class="MsoNormal"><b><span style="font-size:12pt">5.2 Policy</span></b><a name="p52"></a></p>
<p>The director signs the quality policy.</p>
<p><span style="font-weight: 700">5.3 Roles</span></p>
<p><b>Note:</b> the policy hangs in reception.</p>
<p><b>The policy is read at induction.</b></p>
<ul><li><b>6.1 Risks</b></li></ul>
<table><tr><th>Clause</th><th>Owner</th></tr><tr><td><b>7.1 Resources</b></td><td>director</td></tr></table>
<div><b>8 Operation</b></div>
</body></html>
"""


def test_html_bold_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "manual.html"
    path.write_text(HTML, encoding="utf-8")
    doc = _doc(path)
    assert _headings(doc) == [("Quality Manual", 1, None, 2), ("5 Leadership", 1, "5", 3),
                              ("5.2 Policy", 2, "5.2", 4), ("5.3 Roles", 2, "5.3", 6),
                              ("8 Operation", 1, "8", 11)]
    assert _block(doc, "Note: the policy hangs in reception.").type is BlockType.PARAGRAPH
    assert _block(doc, "The policy is read at induction.").type is BlockType.PARAGRAPH
    assert _block(doc, "6.1 Risks").type is BlockType.LIST_ITEM
    table = next(b for b in doc.blocks if b.type is BlockType.TABLE)
    assert table.table.rows[0][0] == "7.1 Resources"


def test_text_bold_marked_lines(tmp_path: Path) -> None:
    path = tmp_path / "manual.txt"
    path.write_text("ENVIRONMENTAL MANUAL\n\n**6.1.2 Environmental aspects**\nThe site lists its aspects.\n"
                    "**Note: kept on the share**\n7.5 Documented information\n", encoding="utf-8")
    doc = _doc(path)
    assert _headings(doc) == [("ENVIRONMENTAL MANUAL", 1, None, 1),
                              ("6.1.2 Environmental aspects", 3, "6.1.2", 3),
                              ("7.5 Documented information", 2, "7.5", 6)]
    assert _block(doc, "Note: kept on the share").type is BlockType.PARAGRAPH


# ---------------------------------------------------------------- Word

def _bold_styles(d):
    """A bold paragraph style and a bold character style based on another bold one, as Word users make them."""
    from docx.enum.style import WD_STYLE_TYPE

    para = d.styles.add_style("Clause Title", WD_STYLE_TYPE.PARAGRAPH)
    para.base_style = d.styles["Normal"]
    para.font.bold = True
    parent = d.styles.add_style("Loud", WD_STYLE_TYPE.CHARACTER)
    parent.font.bold = True
    child = d.styles.add_style("Louder", WD_STYLE_TYPE.CHARACTER)
    child.base_style = parent
    child.font.italic = True
    return para


def build_bold_manual_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    _bold_styles(d)
    d.add_paragraph("Environmental Manual", style="Title")
    d.add_paragraph().add_run("6 Planning").bold = True  # bold typed on the run
    d.add_paragraph("6.1 Actions to address risks and opportunities", style="Clause Title")  # bold by paragraph style
    d.add_paragraph().add_run("6.1.2 Environmental aspects", style="Strong")  # Word's own bold character style
    d.add_paragraph().add_run("6.1.3 Compliance obligations", style="Louder")  # character style based on a bold one
    d.add_paragraph("The site keeps a register of its aspects and reviews it each year.")
    off = d.add_paragraph("6.2 Environmental objectives", style="Clause Title")
    off.runs[0].bold = False  # w:b w:val="0" switches the style's bold off
    mixed = d.add_paragraph()
    mixed.add_run("Note:").bold = True
    mixed.add_run(" the register lives on the share.")
    d.add_paragraph().add_run("Spills are reported at once.").bold = True
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("7.1 Resources").bold = True
    table.cell(0, 1).text = "Owner"
    table.cell(1, 0).text = "Kit"
    table.cell(1, 1).text = "Site lead"
    d.add_paragraph("Bulleted bold", style="List Bullet").runs[0].bold = True
    d.add_paragraph().add_run("Records").bold = True
    d.save(path)
    return path


def test_docx_bold_from_run_paragraph_style_and_character_style(tmp_path: Path) -> None:
    doc = _doc(build_bold_manual_docx(tmp_path / "EMS manual.docx"))
    assert _headings(doc) == [
        ("Environmental Manual", 1, None, 1),
        ("6 Planning", 1, "6", 2),
        ("6.1 Actions to address risks and opportunities", 2, "6.1", 3),
        ("6.1.2 Environmental aspects", 3, "6.1.2", 4),
        ("6.1.3 Compliance obligations", 3, "6.1.3", 5),
        ("6.2 Environmental objectives", 2, "6.2", 7),  # not bold, but a numbered clause title all the same
        ("Records", 2, None, 12),  # one below the last styled heading (6.2 was read from its words)
    ]


def test_docx_bold_that_is_not_a_title(tmp_path: Path) -> None:
    doc = _doc(build_bold_manual_docx(tmp_path / "EMS manual.docx"))
    assert _block(doc, "Note: the register lives on the share.").type is BlockType.PARAGRAPH
    assert _block(doc, "Spills are reported at once.").type is BlockType.PARAGRAPH
    assert _block(doc, "Bulleted bold").type is BlockType.LIST_ITEM
    table = next(b for b in doc.blocks if b.type is BlockType.TABLE)
    assert table.table.header == ("7.1 Resources", "Owner")


def test_docx_bold_switched_off_is_not_bold(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    _bold_styles(d)
    d.add_paragraph("Purpose", style="Clause Title").runs[0].bold = False
    d.add_paragraph("Scope", style="Clause Title")
    path = tmp_path / "off.docx"
    d.save(path)
    doc = _doc(path)
    assert [(b.type, b.text) for b in doc.blocks] == [(BlockType.PARAGRAPH, "Purpose"), (BlockType.HEADING, "Scope")]


def test_docx_with_heading_styles_keeps_its_headings(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Calibration of gauges", style="Title")
    for title in ("Purpose", "Scope", "Method", "Records"):
        d.add_heading(title, level=1)
        d.add_paragraph().add_run("Responsibilities").bold = True
        d.add_paragraph(f"The lab lead owns the {title.lower()} part.")
    path = tmp_path / "styled.docx"
    d.save(path)
    doc = _doc(path)
    assert _headings(doc) == [("Calibration of gauges", 1, None, 1), ("Purpose", 1, None, 2),
                              ("Scope", 1, None, 5), ("Method", 1, None, 8), ("Records", 1, None, 11)]
    bold = [b for b in doc.blocks if b.text == "Responsibilities"]
    assert [(b.type, b.location.line) for b in bold] == [(BlockType.PARAGRAPH, n) for n in (3, 6, 9, 12)]


# ---------------------------------------------------------------- PDF

def build_bold_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    normal = getSampleStyleSheet()["Normal"]
    body = ParagraphStyle("body", parent=normal, fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20)
    gap = Spacer(1, 10)
    story = [Paragraph("Health and Safety Manual", title), gap,
             Paragraph("8 Operation", bold), gap,
             Paragraph("8.1.2 Eliminating hazards", bold), gap,
             Paragraph("The site manager walks the yard each Monday and logs each hazard found on the "
                       "hazard board by the canteen door, with the date, the place and the name of the "
                       "person who will remove it, and checks the board again on Friday.", body), gap,
             # one short line whose first word is bold, as a heading would start
             Paragraph("<b>Step 1 - Stop the work.</b> The supervisor fences the area", body),
             gap, Paragraph("Emergency contacts", bold)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_pdf_bold_body_size_lines(tmp_path: Path) -> None:
    doc = _doc(build_bold_pdf(tmp_path / "ohs.pdf"))
    assert [(t, lvl, n) for t, lvl, n, _ in _headings(doc)] == [
        ("Health and Safety Manual", 1, None), ("8 Operation", 1, "8"), ("8.1.2 Eliminating hazards", 3, "8.1.2"),
        ("Emergency contacts", 2, None)]
    lead_in = next(b for b in doc.blocks if b.text.startswith("Step 1"))
    assert lead_in.type is BlockType.PARAGRAPH and lead_in.location.page == 1
