"""Word procedures: heading styles, outline levels, numbering, lists, tick boxes, tables."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status


def _doc(path: Path):
    doc = parse_file(path, path.name)
    assert doc.status is Status.OK, doc.error
    return doc


def _by_text(doc, text: str):
    return next(b for b in doc.blocks if b.text == text)


def test_title_and_heading_styles(procedure_docx: Path) -> None:
    doc = _doc(procedure_docx)
    assert doc.format == "docx" and doc.sha256
    assert doc.title == "Control of Externally Provided Processes"
    h = _by_text(doc, "8.4 Control of externally provided processes")
    assert (h.type, h.level, h.number) == (BlockType.HEADING, 2, "8.4")
    purpose = _by_text(doc, "1 Purpose")
    assert (purpose.level, purpose.number) == (1, "1")


def test_style_based_on_heading_and_outline_level(procedure_docx: Path) -> None:
    doc = _doc(procedure_docx)
    custom = _by_text(doc, "8.4.1 General")
    assert (custom.type, custom.level, custom.number) == (BlockType.HEADING, 3, "8.4.1")
    outlined = _by_text(doc, "Supplier evaluation")
    assert (outlined.type, outlined.level, outlined.number) == (BlockType.HEADING, 3, None)


def test_bold_and_numbered_lines_are_headings(procedure_docx: Path) -> None:
    doc = _doc(procedure_docx)
    bold = _by_text(doc, "8.5.1 Control of production")
    assert (bold.type, bold.level, bold.number) == (BlockType.HEADING, 3, "8.5.1")
    plain = _by_text(doc, "8.5.2 Identification and traceability")
    assert plain.type is BlockType.HEADING and plain.number == "8.5.2"
    body = _by_text(doc, "Records are kept for three years.")
    assert body.type is BlockType.PARAGRAPH


def test_word_auto_numbering_is_recomputed(procedure_docx: Path) -> None:
    doc = _doc(procedure_docx)
    headings = [(b.number, b.level, b.text) for b in doc.blocks if b.type is BlockType.HEADING]
    assert ("4", 1, "4 Context of the organisation") in headings
    assert ("4.1", 2, "4.1 Understanding needs") in headings
    assert ("4.2", 2, "4.2 Interested parties") in headings
    steps = [b for b in doc.blocks if b.text.startswith(("Ask the buyer", "Check the supplier"))]
    assert [(b.type, b.marker) for b in steps] == [(BlockType.LIST_ITEM, "a)"), (BlockType.LIST_ITEM, "b)")]


def test_bullets_and_tick_boxes(procedure_docx: Path) -> None:
    doc = _doc(procedure_docx)
    bullet = _by_text(doc, "Keep the evaluation form")
    assert (bullet.type, bullet.marker, bullet.checked) == (BlockType.LIST_ITEM, "•", None)
    states = {b.text: (b.marker, b.checked) for b in doc.blocks if b.type is BlockType.LIST_ITEM}
    assert states["Supplier visited"] == ("☐", False)
    assert states["Certificate on file"] == ("☒", True)
    # Word content-control check boxes: the state comes from w14:checked
    assert states["Quality agreement signed"] == ("☒", True)
    assert states["Annual review held"] == ("☐", False)


def test_tables_with_header_tick_boxes_and_title(procedure_docx: Path) -> None:
    doc = _doc(procedure_docx)
    tables = doc.tables()
    assert len(tables) == 2
    suppliers = tables[0]
    assert suppliers.header == ("Supplier", "Approved", "Score")
    assert suppliers.rows == (("Acme Ltd", True, 4), ("Brightparts", False, 3.5), ("Coil Co", True, 2))
    assert suppliers.row_numbers == (2, 3, 4)
    where = suppliers.cell_location(1, 2)
    assert (where.row, where.column) == (3, "Score")
    assert where.line == suppliers.location.line and where.line > 1
    duties = tables[1]
    assert duties.title == "Responsibilities"
    assert duties.header == ("Role", "Duty")
    assert duties.rows == (("Buyer", "Keeps the supplier list"),)


def test_lines_follow_body_order_and_headers_footers_are_ignored(procedure_docx: Path) -> None:
    doc = _doc(procedure_docx)
    lines = [b.location.line for b in doc.blocks]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)
    assert lines[0] == 1
    text = " ".join(b.text for b in doc.blocks)
    assert "HEADER TEXT" not in text and "FOOTER TEXT" not in text
    # the empty paragraph still counts as a line a reader sees
    before = _by_text(doc, "Annual review held").location.line
    assert _by_text(doc, "Records are kept for three years.").location.line == before + 2


def test_docx_without_numbering_part(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Scope", style="Heading 1")
    d.add_paragraph("1. Check the gauge")
    path = tmp_path / "plain.docx"
    d.save(path)
    doc = _doc(path)
    assert [(b.type, b.text, b.marker) for b in doc.blocks] == [
        (BlockType.HEADING, "Scope", None), (BlockType.LIST_ITEM, "Check the gauge", "1.")]


def test_macro_enabled_docm_is_read(procedure_docx: Path, tmp_path: Path) -> None:
    import zipfile

    docm = tmp_path / "QP-07.docm"
    with zipfile.ZipFile(procedure_docx) as src, zipfile.ZipFile(docm, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
            dst.writestr(info, data)
    doc = _doc(docm)
    assert doc.format == "docx"
    assert _by_text(doc, "8.4 Control of externally provided processes").number == "8.4"


def test_xlsx_renamed_to_docx_is_a_clear_error(register_xlsx: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "register.docx"
    wrong.write_bytes(register_xlsx.read_bytes())
    doc = parse_file(wrong, "register.docx")
    assert doc.status is Status.ERROR and "Word" in doc.error and "\n" not in doc.error


def test_bold_short_line_is_a_heading_but_bold_label_is_not(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("Responsibilities").bold = True
    d.add_paragraph().add_run("Approved by:").bold = True
    d.add_paragraph("The quality manager approves the list.")
    path = tmp_path / "bold.docx"
    d.save(path)
    doc = _doc(path)
    assert [(b.type, b.text) for b in doc.blocks] == [
        (BlockType.HEADING, "Responsibilities"), (BlockType.PARAGRAPH, "Approved by:"),
        (BlockType.PARAGRAPH, "The quality manager approves the list.")]


def test_table_of_contents_entries_are_not_read(tmp_path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    toc1 = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc1.font.bold = True
    d.styles.add_style("toc 2", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("1 Introduction\t3", style="toc 1")
    d.add_paragraph("1.1 Risk Management\t4", style="toc 2")
    d.add_heading("1 Introduction", level=1)
    d.add_paragraph("Changes to the network are approved by the change board.")
    path = tmp_path / "toc.docx"
    d.save(path)
    doc = _doc(path)
    assert [(b.type, b.text, b.location.line) for b in doc.blocks] == [
        (BlockType.HEADING, "1 Introduction", 3),
        (BlockType.PARAGRAPH, "Changes to the network are approved by the change board.", 4)]


def _typed_contents_docx(path: Path):
    """A policy whose contents page is typed in the body style (held out, session 20: a GRC policy pack's
    "Operational Security Policy"): each entry the heading's words, a run of spaces and tabs, and a page number."""
    import docx

    d = docx.Document()
    d.add_paragraph("Operational Security Policy")
    d.add_paragraph("Table of Content")
    for entry, page in [("Purpose", 3), ("22.1 Change Management", 3), ("22.2 Capacity Management", 3),
                        ("22.6 Information Backup", 4), ("22.8 Clock Synchronization", 4)]:
        d.add_paragraph(f"{entry}{' ' * 40}\t\t\t\t  \t{page}")
    d.add_heading("Purpose", level=1)
    d.add_paragraph("This policy sets out how production systems are run.")
    for title in ["22.1 Change Management", "22.2 Capacity Management", "22.6 Information Backup",
                  "22.8 Clock Synchronization"]:
        d.add_heading(title, level=1)
        d.add_paragraph("The QA team approves every change before the release window on Thursday.")
    d.add_paragraph("Version:\t2")
    d.save(path)
    return path


def test_contents_typed_by_hand_are_not_read(tmp_path: Path) -> None:
    # Before: the five typed entries were read as headings ("22.1 Change Management 3"), so every heading came twice
    doc = _doc(_typed_contents_docx(tmp_path / "typed_toc.docx"))
    headings = [b.text for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == ["Purpose", "22.1 Change Management", "22.2 Capacity Management", "22.6 Information Backup",
                        "22.8 Clock Synchronization"]
    assert not any(b.text.endswith((" 3", " 4")) for b in doc.blocks)
    # one label and its value after a tab is no contents page: kept
    assert doc.blocks[-1].text == "Version: 2"


def test_prose_in_a_heading_style_is_text(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("4.1 Testing", level=2)
    d.add_heading("4.1.1.1 Changes shall be tested in an isolated environment before release.", level=4)
    d.add_heading("Information security policy is a foundational document that outlines how an organisation "
                  "protects the information it holds and the systems that process it", level=2)
    d.add_heading("6.2 Objectives of the food safety management system and planning to achieve them", level=2)
    path = tmp_path / "prose.docx"
    d.save(path)
    doc = _doc(path)
    assert [(b.type, b.marker, b.text[:40]) for b in doc.blocks] == [
        (BlockType.HEADING, None, "4.1 Testing"),
        (BlockType.LIST_ITEM, "4.1.1.1", "Changes shall be tested in an isolated e"),
        (BlockType.PARAGRAPH, None, "Information security policy is a foundat"),
        (BlockType.HEADING, None, "6.2 Objectives of the food safety manage")]


def _template_with_step_title(path: Path, based_on: str) -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    step = d.styles.add_style("Step Title", WD_STYLE_TYPE.PARAGRAPH)
    step.base_style = d.styles[based_on]
    d.add_paragraph("Receive the parts", style="Step Title")
    d.add_paragraph("The storekeeper checks the delivery note against the order.")
    d.save(path)
    return path


def test_documents_of_one_process_read_their_own_styles(tmp_path: Path) -> None:
    """Parsed styles are shared between documents with the same styles.xml bytes, and only between those."""
    heading = _template_with_step_title(tmp_path / "QP-01.docx", "Heading 2")
    plain = _template_with_step_title(tmp_path / "QP-02.docx", "Normal")
    again = tmp_path / "QP-03.docx"
    again.write_bytes(heading.read_bytes())
    first, second, third = _doc(heading), _doc(plain), _doc(again)
    assert (first.blocks[0].type, first.blocks[0].level) == (BlockType.HEADING, 2)
    assert (second.blocks[0].type, second.blocks[0].text) == (BlockType.PARAGRAPH, "Receive the parts")
    assert [(b.type, b.text, b.level) for b in third.blocks] == [(b.type, b.text, b.level) for b in first.blocks]


def test_a_missing_header_part_does_not_stop_the_body(tmp_path: Path) -> None:
    """Only the body, its styles and numbering and the core properties are opened: a header part
    that the package names but does not hold leaves the procedure readable."""
    import docx
    import zipfile

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Uncontrolled when printed"
    d.add_paragraph("Scope", style="Heading 1")
    d.add_paragraph("This procedure covers goods receipt.")
    whole = tmp_path / "whole.docx"
    d.save(whole)
    cut = tmp_path / "QP-04.docx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(cut, "w", zipfile.ZIP_DEFLATED) as dst:
        assert "word/header1.xml" in src.namelist()
        for info in src.infolist():
            if info.filename != "word/header1.xml":
                dst.writestr(info, src.read(info))
    doc = _doc(cut)
    assert [(b.type, b.text) for b in doc.blocks] == [(BlockType.HEADING, "Scope"),
                                                      (BlockType.PARAGRAPH, "This procedure covers goods receipt.")]


def test_parts_past_the_kept_bytes_are_read_from_the_zip(procedure_docx: Path, tmp_path: Path,
                                                         monkeypatch) -> None:
    """check_zip hands the parser the XML parts it inflated, up to a budget; past it the parser reads
    the zip itself, to the same Document."""
    import gapscan.ingest.base as base

    kept = _doc(procedure_docx)
    monkeypatch.setattr(base, "_KEPT_BYTES", 0)
    assert _doc(procedure_docx) == kept
    assert _by_text(kept, "8.4 Control of externally provided processes").number == "8.4"


def test_a_part_the_package_lacks_is_reported_as_zipfile_reports_it(tmp_path: Path) -> None:
    """The parts check_zip listed answer for a missing part without opening the zip again; the reason
    the user reads is zipfile's, as when the zip was asked."""
    import docx
    import zipfile

    d = docx.Document()
    d.add_paragraph("Scope", style="Heading 1")
    whole = tmp_path / "whole.docx"
    d.save(whole)
    cut = tmp_path / "QP-05.docx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(cut, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/styles.xml":
                dst.writestr(info, src.read(info))
    doc = parse_file(cut, cut.name)
    assert doc.status is Status.ERROR
    assert doc.error == "cannot read Word document: KeyError: \"There is no item named 'word/styles.xml' in the archive\""
