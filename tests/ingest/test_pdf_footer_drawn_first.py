"""A footer the producer drew before the page's body is read where it stands: after the body.

Held out (session 25, cmhold15: a security firm's one- and two-page policies printed from Word through Ghostscript,
malikali001/ssg-website): Word draws a page's header and footer before its body, so the text layer of a one-page
policy opens with its footer ("OP.3a - Health & Safety Policy - Statement of Intent UNCLASSIFIED"). With fewer than
three pages no running footer is dropped, so the footer was read as the first heading and became the document's title
and the first heading in its outline. A line in the bottom margin band that the text layer gives before lines standing
above it on the same page is read after them, as anyone reading the page does; its own page and line stay its
location.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType


def _policy_pdf(path: Path, pages: int = 1) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)  # 842 points high: the bottom band ends at 67
    for page in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, 40, "HS-02 - Lone Working Policy - Issue 3 INTERNAL")  # the footer, drawn first
        if page == 1:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, 760, "Lone Working Policy")
        c.setFont("Helvetica", 11)
        c.drawString(72, 720, f"The Site Supervisor phones each lone worker every 2 hours (page {page}).")
        c.drawString(72, 700, "A missed call is escalated to the Duty Manager within 15 minutes.")
        c.showPage()
    c.save()
    return path


def test_a_footer_drawn_first_is_not_the_title_of_a_one_page_policy(tmp_path: Path) -> None:
    doc = parse_file(_policy_pdf(tmp_path / "lone-working.pdf"), "lone-working.pdf")
    assert doc.title == "Lone Working Policy"
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Lone Working Policy"
    assert texts[-1] == "HS-02 - Lone Working Policy - Issue 3 INTERNAL"  # still read, where it stands
    footer = doc.blocks[-1]
    assert (footer.location.page, footer.location.line) == (1, 1)  # its place in the text layer, as before


def test_each_page_of_a_two_page_policy_reads_its_body_before_its_footer(tmp_path: Path) -> None:
    doc = parse_file(_policy_pdf(tmp_path / "lone-working.pdf", pages=2), "lone-working.pdf")
    assert doc.title == "Lone Working Policy"
    by_page = {}
    for b in doc.blocks:
        by_page.setdefault(b.location.page, []).append(b.text)
    assert by_page[1][0] == "Lone Working Policy"
    assert by_page[2][0].startswith("The Site Supervisor phones")
    assert all(texts[-1].startswith("HS-02") for texts in by_page.values())
    assert [b.type for b in doc.blocks if b.text == "Lone Working Policy"] == [BlockType.HEADING]
