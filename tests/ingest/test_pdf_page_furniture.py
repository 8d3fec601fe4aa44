"""Page furniture that sits outside the margin band where running headers and footers are looked for: a letterhead
whose last line reaches below the top band, a footer set above a tall bottom margin, a page number in large type,
a header box at a quarter of the page. Held out (session 23, an Omani contractor's HSE policy of 10 pages): the
letterhead's telephone line and the footer's certification line were read on every page, and each page number was
a heading, so the policy's headings and anchors counted its page count over again.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType

BODY = [
    ("Policy statement", "The General Manager endorses this policy and issues it to all staff."),
    ("Distribution", "The policy is displayed at every site office and in the site canteen."),
    ("Discussion", "Each Project Manager discusses the policy with the Project Engineers every month."),
    ("Health", "The Company Medical Officer keeps the register of health hazards."),
]


def _letterhead_pdf(path: Path, *, repeated_sentence_heights: tuple[float, ...] = ()) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter)  # 792 points high: the top band starts at 697, the bottom at 63
    for page, (heading, text) in enumerate(BODY, 1):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 723, "ACME NETWORK LLC")  # in the top band: the running-header rule drops it
        c.setFont("Helvetica", 8)
        c.drawString(72, 690, "T: +(968) 2417 0030 E: info@acme-network.example")  # just below the band
        c.setFont("Helvetica", 10)
        c.drawString(400, 89, "An ISO Certified company")  # above the bottom band
        c.setFont("Helvetica", 7)
        c.drawString(72, 160, "Disclaimer: this policy was adapted from a sample policy and is not complete")
        c.drawString(72, 151, "for your organization without customization.")
        c.setFont("Helvetica", 26)
        c.drawString(540, 110, str(page))  # the page number, large
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 630, f"{page} {heading}")
        c.setFont("Helvetica", 11)
        c.drawString(72, 600, text)
        if repeated_sentence_heights:
            c.drawString(72, repeated_sentence_heights[page - 1], "Wear safety glasses in the workshop.")
        c.showPage()
    c.save()
    return path


def test_a_line_at_the_same_height_on_most_pages_is_read_once_and_a_page_number_not_at_all(tmp_path: Path) -> None:
    doc = parse_file(_letterhead_pdf(tmp_path / "hse-policy.pdf"), "hse-policy.pdf")
    texts = [(b.location.page, b.type, b.text) for b in doc.blocks]
    assert [t for t in texts if "T: +(968)" in t[2]] == [
        (1, BlockType.PARAGRAPH, "T: +(968) 2417 0030 E: info@acme-network.example")]
    assert [t[:2] for t in texts if "ISO Certified" in t[2]] == [(1, BlockType.PARAGRAPH)]
    assert [t[:2] for t in texts if "without customization" in t[2]] == [(1, BlockType.PARAGRAPH)]
    assert not [t for t in texts if t[2].strip().isdigit()]  # no page number, as a heading or as text
    assert [(p, text) for p, kind, text in texts if kind is BlockType.HEADING] == [
        (n, f"{n} {heading}") for n, (heading, _) in enumerate(BODY, 1)]
    assert [(p, text) for p, kind, text in texts if text in {t for _, t in BODY}] == [
        (n, text) for n, (_, text) in enumerate(BODY, 1)]


def test_the_same_sentence_at_other_heights_is_text_on_every_page(tmp_path: Path) -> None:
    path = _letterhead_pdf(tmp_path / "rules.pdf", repeated_sentence_heights=(560, 520, 480, 440))
    doc = parse_file(path, "rules.pdf")
    assert [b.location.page for b in doc.blocks if b.text == "Wear safety glasses in the workshop."] == [1, 2, 3, 4]


def test_a_line_at_the_same_height_on_two_pages_of_five_is_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "checks.pdf"
    c = canvas.Canvas(str(path))
    for page, what in enumerate(("pump pressure", "tank level", "valve position", "filter state", "motor load"), 1):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, f"The {what} is read by the shift fitter.")
        if page in (2, 4):
            c.drawString(72, 650, "Record the reading in the pump log.")
        c.showPage()
    c.save()
    doc = parse_file(path, "checks.pdf")
    assert [b.location.page for b in doc.blocks if "Record the reading in the pump log." in b.text] == [2, 4]
