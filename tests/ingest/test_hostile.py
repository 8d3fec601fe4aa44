"""Broken and hostile files: each gives a one-line error or skip, never raises, never hangs."""
from __future__ import annotations

import os
import threading
import time
import zipfile
from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.ingest.base import Limits
from gapscan.model import Status

from .builders import build_docx_with_part, build_pdf, build_procedure_docx, build_register_xlsx, build_zip_bomb

SECRET = "TOP-SECRET-LOCAL-CONTENT-4711"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def _xxe(target: Path, root: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE r [ <!ENTITY xxe SYSTEM "file://{target}"> ]>\n'
            f"{root.replace('XXE', '&xxe;')}").encode()


def _assert_one_line_failure(doc, status=Status.ERROR) -> None:
    assert doc.status is status
    assert doc.error and "\n" not in doc.error and len(doc.error) <= 300
    assert doc.blocks == ()


def _all_text(doc) -> str:
    parts = []
    for b in doc.blocks:
        parts.append(b.text)
        if b.table is not None:
            parts += [str(h) for h in b.table.header] + [str(v) for r in b.table.rows for v in r]
            parts.append(b.table.title or "")
    return "\n".join(parts)


def test_truncated_docx_is_an_error(tmp_path: Path) -> None:
    full = build_procedure_docx(tmp_path / "full.docx")
    cut = tmp_path / "cut.docx"
    data = full.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    doc = parse_file(cut, "cut.docx")
    _assert_one_line_failure(doc)
    assert "Word" in doc.error


def test_truncated_xlsx_is_an_error(tmp_path: Path) -> None:
    full = build_register_xlsx(tmp_path / "full.xlsx")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(full.read_bytes()[:1500])
    _assert_one_line_failure(parse_file(cut, "cut.xlsx"))


def test_random_bytes_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(os.urandom(20000))
    doc = parse_file(path, "scan.pdf")
    _assert_one_line_failure(doc)
    assert "PDF" in doc.error


def test_pdf_header_with_garbage_body(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(20000))
    doc = parse_file(path, "broken.pdf")
    _assert_one_line_failure(doc)
    assert "PDF" in doc.error


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = build_pdf(tmp_path / "locked.pdf", encrypt="s3cret")
    doc = parse_file(path, "locked.pdf")
    _assert_one_line_failure(doc)
    assert doc.error == "PDF is encrypted: remove the password and re-run"


def test_docx_zip_bomb_is_refused_fast(tmp_path: Path) -> None:
    path = build_zip_bomb(tmp_path / "bomb.docx", gigabytes=2)
    assert path.stat().st_size < 20 * 1024 * 1024
    started = time.monotonic()
    doc = parse_file(path, "bomb.docx")
    assert time.monotonic() - started < 2.0
    _assert_one_line_failure(doc)
    assert "zip bomb" in doc.error


def test_member_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    """A member whose header claims a small size but inflates to more fails its CRC/size check."""
    real = build_procedure_docx(tmp_path / "real.docx")
    forged = tmp_path / "forged.docx"
    with zipfile.ZipFile(real) as src, zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
    data = bytearray(forged.read_bytes())
    # shrink the declared uncompressed size of word/document.xml in its central directory entry
    name = b"word/document.xml"
    at = data.rfind(name) - 46
    assert data[at:at + 4] == b"PK\x01\x02"
    data[at + 24:at + 28] = (100).to_bytes(4, "little")
    forged.write_bytes(bytes(data))
    doc = parse_file(forged, "forged.docx")
    _assert_one_line_failure(doc)
    assert doc.error.startswith("damaged Word file: part word/document.xml")


def test_ratio_limit(tmp_path: Path) -> None:
    path = build_zip_bomb(tmp_path / "small_bomb.xlsx", member="xl/worksheets/sheet1.xml", gigabytes=0.01)
    doc = parse_file(path, "small_bomb.xlsx", Limits(max_zip_ratio=50))
    _assert_one_line_failure(doc)
    assert "limit" in doc.error


def test_billion_laughs_in_docx(tmp_path: Path) -> None:
    path = build_docx_with_part(tmp_path / "laughs.docx", "word/document.xml", BILLION_LAUGHS)
    started = time.monotonic()
    doc = parse_file(path, "laughs.docx")
    assert time.monotonic() - started < 5.0
    _assert_one_line_failure(doc)
    assert "DTD" in doc.error
    assert "lollol" not in _all_text(doc)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_dtd_in_a_utf16_part_is_refused(tmp_path: Path, encoding: str) -> None:
    bom = "\ufeff".encode(encoding)
    path = build_docx_with_part(tmp_path / "laughs16.docx", "word/document.xml",
                                bom + BILLION_LAUGHS.decode().replace('"1.0"?>', '"1.0" encoding="UTF-16"?>').encode(encoding))
    doc = parse_file(path, "laughs16.docx")
    _assert_one_line_failure(doc)
    assert doc.error == ("Word part word/document.xml declares an XML DTD or entities: "
                         "refused for safety")


def test_dtd_split_across_two_read_chunks_is_refused(tmp_path: Path) -> None:
    """The part is read 1 MB at a time: '<!DOC' ends the first piece, 'TYPE' starts the second."""
    filler = b"<?xml version=\"1.0\"?>\n<!-- " + os.urandom(1 << 19).hex().encode()[:(1 << 20) - 64]  # under the ratio limit
    head = filler + b" -->" + b" " * ((1 << 20) - len(filler) - 4 - 5)
    xml = head + b"<!DOCTYPE r [ <!ENTITY a \"b\"> ]><r/>"
    assert xml[(1 << 20) - 5:(1 << 20)] == b"<!DOC"
    path = build_docx_with_part(tmp_path / "split.docx", "word/document.xml", xml)
    doc = parse_file(path, "split.docx")
    _assert_one_line_failure(doc)
    assert "declares an XML DTD" in doc.error


def test_external_entity_in_docx_never_reads_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text(SECRET)
    xml = _xxe(secret, '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                       "<w:body><w:p><w:r><w:t>XXE</w:t></w:r></w:p></w:body></w:document>")
    path = build_docx_with_part(tmp_path / "xxe.docx", "word/document.xml", xml)
    doc = parse_file(path, "xxe.docx")
    assert SECRET not in _all_text(doc)
    assert SECRET not in (doc.error or "")
    _assert_one_line_failure(doc)


def test_external_entity_in_xlsx_never_reads_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text(SECRET)
    base = build_register_xlsx(tmp_path / "base.xlsx")
    path = tmp_path / "xxe.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _xxe(secret, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>XXE</t></is></c>'
                                    '<c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>')
            dst.writestr(info, data)
    doc = parse_file(path, "xxe.xlsx")
    assert SECRET not in _all_text(doc)
    _assert_one_line_failure(doc)


def test_named_pipe_is_skipped_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "procedure.docx"
    os.mkfifo(fifo)
    result = {}
    worker = threading.Thread(target=lambda: result.update(doc=parse_file(fifo, "procedure.docx")), daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("parse_file blocked on a named pipe")
    _assert_one_line_failure(result["doc"], Status.SKIPPED)


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 2000)
    doc = parse_file(path, "big.csv", Limits(max_file_bytes=1000))
    _assert_one_line_failure(doc)
    assert "limit" in doc.error


def test_pdf_page_cap(tmp_path: Path) -> None:
    path = build_pdf(tmp_path / "long.pdf", pages=4)
    doc = parse_file(path, "long.pdf", Limits(max_pages=2))
    _assert_one_line_failure(doc)
    assert "page limit" in doc.error


def test_legacy_and_unknown_types_are_skipped(tmp_path: Path) -> None:
    for name in ("old.doc", "old.xls", "notes.xyz"):
        path = tmp_path / name
        path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
        _assert_one_line_failure(parse_file(path, name), Status.SKIPPED)


def test_binary_named_txt_and_csv(tmp_path: Path) -> None:
    for name in ("x.txt", "x.csv", "x.md"):
        path = tmp_path / name
        path.write_bytes(b"\x00\x01\x02\x03\xff\xfe\x00" * 500 + bytes(range(256)) * 20)
        doc = parse_file(path, name)
        assert doc.status in (Status.ERROR, Status.OK)
        if doc.status is Status.ERROR:
            assert "\n" not in doc.error


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("This is really a text file")
    doc = parse_file(path, "fake.docx")
    _assert_one_line_failure(doc)
    assert "not a valid Word file" in doc.error


def test_zip_that_is_not_a_word_package(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    _assert_one_line_failure(parse_file(path, "other.docx"))


def test_two_far_apart_cells_do_not_allocate_the_whole_sheet(tmp_path: Path) -> None:
    """A1 and XFD5000: a 10 kB file whose used range is 82 million cells."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Date"
    wb.active["XFD5000"] = "x"
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    started = time.monotonic()
    doc = parse_file(path, "wide.xlsx")
    assert time.monotonic() - started < 2.0
    _assert_one_line_failure(doc)
    assert "16384 columns" in doc.error


def _with_sheet_rows(tmp_path: Path, name: str, rows: list[str]) -> Path:
    """A workbook whose first sheet holds `rows` (raw <row> elements), written straight to its XML."""
    import openpyxl

    base = tmp_path / "base.xlsx"
    openpyxl.Workbook().save(base)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData>' + "".join(rows) + "</sheetData></worksheet>").encode()
    path = tmp_path / name
    return _with_sheet(base, sheet, path)


def _text_row(n: int) -> str:
    return (f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>entry {n} {"x" * 120}</t></is></c>'
            f'<c r="B{n}"><v>{n}</v></c></row>')


def test_far_cell_after_the_first_megabyte_of_a_sheet_is_measured_with_every_row(tmp_path: Path) -> None:
    """The sheet's first MB holds only cells near A1; the far one comes after: the whole part is read again."""
    rows = [_text_row(n) for n in range(1, 9001)] + ['<row r="9001"><c r="XFD9001"><v>1</v></c></row>']
    path = _with_sheet_rows(tmp_path, "late.xlsx", rows)
    doc = parse_file(path, "late.xlsx")
    _assert_one_line_failure(doc)
    assert doc.error == "worksheet sheet1 spans 9001 rows x 16384 columns, over the 5000000 cell limit"


def test_sheet_past_row_9999_is_read_whole(tmp_path: Path) -> None:
    """References past the quick bound are read one by one; a sheet within the limit is parsed as usual."""
    path = _with_sheet_rows(tmp_path, "long.xlsx", ['<row r="1"><c r="A1" t="inlineStr"><is><t>Entry</t></is></c>'
                                                    '<c r="B1" t="inlineStr"><is><t>No</t></is></c></row>']
                            + [_text_row(n) for n in range(2, 12_001)])
    doc = parse_file(path, "long.xlsx")
    assert doc.status is Status.OK, doc.error
    table = doc.tables()[0]
    assert table.header == ("Entry", "No")
    assert len(table.rows) == 11_999 and table.rows[-1][1] == 12_000
    assert table.cell_location(len(table.rows) - 1, 1).cell == "B12000"


def test_ods_repeated_cells_bomb(tmp_path: Path) -> None:
    from .builders import ODS_CONTENT, build_odf

    bomb = ODS_CONTENT.replace(
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Audit plan 2024</text:p>',
        '<table:table-row table:number-rows-repeated="100000"><table:table-cell '
        'table:number-columns-repeated="16000" office:value-type="string"><text:p>X</text:p>')
    path = build_odf(tmp_path / "bomb.ods", bomb, "application/vnd.oasis.opendocument.spreadsheet")
    assert path.stat().st_size < 2000
    started = time.monotonic()
    doc = parse_file(path, "bomb.ods")
    assert time.monotonic() - started < 2.0
    _assert_one_line_failure(doc)
    assert "repeated cells" in doc.error


def test_csv_with_one_endless_line(tmp_path: Path) -> None:
    path = tmp_path / "commas.csv"
    path.write_text("a,b\n" + "," * (3 * 1024 * 1024))
    doc = parse_file(path, "commas.csv")
    _assert_one_line_failure(doc)
    assert "line 2" in doc.error


def test_broken_ods_that_makes_calamine_loop_is_refused(tmp_path: Path) -> None:
    from .builders import CALAMINE_LOOP_CONTENT, build_odf

    path = build_odf(tmp_path / "loop.ods", CALAMINE_LOOP_CONTENT, "application/vnd.oasis.opendocument.spreadsheet")
    result = {}
    worker = threading.Thread(target=lambda: result.update(doc=parse_file(path, "loop.ods")), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "parse_file hung on a malformed .ods"
    _assert_one_line_failure(result["doc"])
    assert "not well-formed XML" in result["doc"].error


def _incompressible_text(n: int) -> str:
    """Letters and spaces, no markup: a text run a zip cannot squeeze past its compression-ratio limit."""
    import random
    import string

    return "".join(random.Random(7).choices(string.ascii_letters + " ", k=n))


def _workbook_with_sheet(tmp_path: Path, name: str, cells: str) -> Path:
    """A real workbook whose first sheet's XML is replaced by one row of `cells` (inline strings)."""
    from .builders import build_register_xlsx

    base = build_register_xlsx(tmp_path / "base.xlsx")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             f'<row r="1">{cells}</row></sheetData></worksheet>').encode()
    path = tmp_path / name
    return _with_sheet(base, sheet, path)


def test_undefined_entity_before_a_long_text_run_is_still_refused(tmp_path: Path) -> None:
    """A sheet part whose cell text runs for megabytes with no '>' in it: the bytes at the start of that run
    (here an entity no DTD defines) must still reach the well-formedness check, not only the run's last bytes."""
    text = _incompressible_text(3 * 1024 * 1024)
    path = _workbook_with_sheet(tmp_path, "long-run.xlsx", f'<c r="A1" t="inlineStr"><is><t>&bad;{text}</t></is></c>')
    doc = parse_file(path, "long-run.xlsx")
    _assert_one_line_failure(doc)
    assert "not well-formed XML" in doc.error and "sheet1.xml" in doc.error


def test_a_long_text_run_with_no_fault_still_parses(tmp_path: Path) -> None:
    text = _incompressible_text(3 * 1024 * 1024)
    path = _workbook_with_sheet(tmp_path, "long-ok.xlsx", f'<c r="A1" t="inlineStr"><is><t>&amp;{text}</t></is></c>'
                                '<c r="B1" t="inlineStr"><is><t>Owner</t></is></c>')
    doc = parse_file(path, "long-ok.xlsx")
    assert doc.error is None, doc.error


def _with_sheet(base: Path, sheet: bytes, path: Path) -> Path:
    """A copy of the workbook `base` at `path` whose first sheet part is `sheet`."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, sheet if info.filename == "xl/worksheets/sheet1.xml" else src.read(info))
    return path


# Parts that are not well-formed XML. calamine's own reader (quick-xml) reads some of them without a word, and
# wrongly: a cell's text closed by another element's end tag runs on into the next cell ("Acme" and "UK" read as
# one cell "AcmeUK"). No scan for declarations sees these; the well-formedness pass refuses each, naming the part.
_NOT_WELL_FORMED = {
    "an end tag that closes another element": ("xl/worksheets/sheet2.xml", "<t>Acme</t>", "<t>Acme</v>"),
    "an element left open after the cells": ("xl/worksheets/sheet2.xml", "</sheetData>", "</sheetData><extLst>"),
    "a stray '<' in a cell's text": ("xl/worksheets/sheet2.xml", "<t>UK</t>", "<t>U<K</t>"),
    "an entity nothing defines": ("xl/worksheets/sheet2.xml", "<t>UK</t>", "<t>&uk;</t>"),
    "a styles part whose end tag closes another": ("xl/styles.xml", "</fonts>", "</font>"),
}


@pytest.mark.parametrize("case", sorted(_NOT_WELL_FORMED))
def test_workbook_part_that_is_not_well_formed_is_refused(tmp_path: Path, case: str) -> None:
    part, old, new = _NOT_WELL_FORMED[case]
    base = build_register_xlsx(tmp_path / "base.xlsx")
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            out.writestr(info.filename, data)
    doc = parse_file(path, "broken.xlsx")
    _assert_one_line_failure(doc)
    assert doc.error.startswith(f"damaged Excel file: part {part} is not well-formed XML")


def test_workbook_cut_short_is_refused(tmp_path: Path) -> None:
    base = build_register_xlsx(tmp_path / "base.xlsx")
    path = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            out.writestr(info.filename, data[:-20] if info.filename == "xl/workbook.xml" else data)
    doc = parse_file(path, "cut.xlsx")
    _assert_one_line_failure(doc)
    assert "xl/workbook.xml is not well-formed XML" in doc.error


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
def test_billion_laughs_in_a_workbook_part_is_refused(tmp_path: Path, part: str) -> None:
    """Entities are declared only in a DTD: a part carrying one is refused before any reader expands it, also a
    shared-strings part (added here beside the inline strings the builder writes)."""
    base = build_register_xlsx(tmp_path / "base.xlsx")
    path = tmp_path / "laughs.xlsx"
    laughs = BILLION_LAUGHS.split(b"<w:document")[0] + (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        b"<si><t>&lol9;</t></si></sst>")
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, laughs if info.filename == part else src.read(info))
        if part not in src.namelist():
            out.writestr(part, laughs)
    started = time.monotonic()
    doc = parse_file(path, "laughs.xlsx")
    assert time.monotonic() - started < 5.0
    _assert_one_line_failure(doc)
    assert doc.error == f"Excel part {part} declares an XML DTD or entities: refused for safety"
