"""A document's title is its first real title: a template's placeholder ("[COMPANY LOGO]", "Company Name") or a
contents page's heading is never taken for it, in any format."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from gapscan.ingest import parse_file
from gapscan.ingest.textutil import real_title


def _title(path: Path) -> str | None:
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return doc.title


def test_docx_skips_a_placeholder_in_the_title_style_and_a_contents_heading(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("[COMPANY LOGO]", style="Title")
    d.add_heading("Contents", level=1)
    d.add_heading("Supplier Approval", level=1)
    d.add_paragraph("The Buyer approves each new supplier in SAP.")
    d.save(tmp_path / "qp04.docx")
    assert _title(tmp_path / "qp04.docx") == "Supplier Approval"


def test_docx_keeps_a_title_that_only_holds_a_placeholder_in_it(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("[Organization Name]", style="Title")
    d.add_paragraph("ISMS Scope Statement for [Organization Name]", style="Title")
    d.add_paragraph("The scope covers the London office.")
    d.save(tmp_path / "scope.docx")
    assert _title(tmp_path / "scope.docx") == "ISMS Scope Statement for [Organization Name]"


def test_markdown_skips_a_table_of_contents_heading(tmp_path: Path) -> None:
    (tmp_path / "wi.md").write_text("# Table of Contents\n\n- [Steps](#steps)\n\n# Forklift Pre-use Check\n\n"
                                    "## Steps\n\nCheck the forks before each shift.\n", encoding="utf-8")
    assert _title(tmp_path / "wi.md") == "Forklift Pre-use Check"


def test_html_skips_a_placeholder_page_title(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text("<html><head><title>Company Name</title></head><body><h1>&lt;Business Name&gt;"
                                     "</h1><h1>Returns Handling</h1><p>Returns are booked in SAP.</p></body></html>",
                                     encoding="utf-8")
    assert _title(tmp_path / "p.html") == "Returns Handling"


@pytest.mark.parametrize("text", ["[COMPANY LOGO]", "<Business Name>", "Company Name", "Your company logo",
                                  "Contents", "TABLE OF CONTENTS", "Insert title here", "Document Title"])
def test_placeholders_are_not_titles(text: str) -> None:
    assert real_title([text, "Goods In"]) == "Goods In"


@pytest.mark.parametrize("text", ["Document Control", "Information Security Policy", "Company Vehicles",
                                  "Contents of First-Aid Boxes", "Insert Moulding Procedure"])
def test_real_titles_that_look_alike_are_kept(text: str) -> None:
    assert real_title([text, "Goods In"]) == text
