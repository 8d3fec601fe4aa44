"""calamine reads a workbook from the bytes check_zip inflated and checked (a copy of the package with every
part stored), not from the file a second time: no second inflate, and a file changed on disk after the check
is not what gets read. Where the copy could not carry the package the same way, the file is read as before."""
from __future__ import annotations

import shutil
import struct
import zipfile
from pathlib import Path

import pytest

import gapscan.ingest.xlsx as xlsx
from gapscan.ingest import parse_file
from gapscan.ingest.base import Limits, check_zip
from gapscan.model import Status

from .builders import build_register_xlsx


def _rows(doc) -> list[tuple]:
    return [(b.text, b.table.header, b.table.rows) for b in doc.blocks if b.table is not None]


def test_the_copy_holds_every_part_stored_with_its_name_crc_and_bytes(tmp_path: Path) -> None:
    path = build_register_xlsx(tmp_path / "reg.xlsx")
    copy: list[bytes] = []
    check_zip(path, Limits(), what="Excel", stored=copy)
    assert len(copy) == 1
    import io

    original, stored = zipfile.ZipFile(path), zipfile.ZipFile(io.BytesIO(copy[0]))
    assert [i.filename for i in stored.infolist()] == [i.filename for i in original.infolist()]
    for a, b in zip(original.infolist(), stored.infolist()):
        assert b.compress_type == zipfile.ZIP_STORED and b.CRC == a.CRC and b.file_size == a.file_size
        assert stored.read(b) == original.read(a)
    assert stored.testzip() is None


def test_a_workbook_changed_on_disk_after_its_check_is_not_read(tmp_path: Path, monkeypatch) -> None:
    path = build_register_xlsx(tmp_path / "reg.xlsx")
    before = _rows(parse_file(path, "reg.xlsx"))
    other = tmp_path / "other.xlsx"
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Swapped", "In"])
    wb.active.append(["after", "the check"])
    wb.save(other)
    checked = xlsx.check_zip

    def check_then_swap(source, *args, **kwargs):
        names = checked(source, *args, **kwargs)
        shutil.copyfile(other, source)  # what a sync client or another writer may do between the two reads
        return names

    monkeypatch.setattr(xlsx, "check_zip", check_then_swap)
    shutil.copyfile(tmp_path / "reg.xlsx", tmp_path / "again.xlsx")
    doc = parse_file(tmp_path / "again.xlsx", "again.xlsx")
    assert doc.status == Status.OK
    assert _rows(doc) == before


def _rewrite(path: Path, out: Path, **kwargs) -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info), **kwargs)
    return out


def test_a_package_the_copy_cannot_carry_is_read_from_the_file(tmp_path: Path, monkeypatch) -> None:
    base = build_register_xlsx(tmp_path / "reg.xlsx")
    expected = _rows(parse_file(base, "reg.xlsx"))
    bz = _rewrite(base, tmp_path / "bz.xlsx", compress_type=zipfile.ZIP_BZIP2)  # zipfile inflates it; calamine may not
    opened = []
    real = xlsx._open_workbook

    def spy(source, data):
        opened.append(data is not None)
        return real(source, data)

    monkeypatch.setattr(xlsx, "_open_workbook", spy)
    parse_file(bz, "bz.xlsx")
    assert opened == [False]
    opened.clear()
    doc = parse_file(base, "reg.xlsx")
    assert opened == [True] and _rows(doc) == expected
    opened.clear()
    monkeypatch.setattr("gapscan.ingest.base._STORED_COPY_BYTES", 100)  # over the bytes a copy may hold
    doc = parse_file(base, "reg.xlsx")
    assert opened == [False] and _rows(doc) == expected


def test_a_name_in_a_unicode_path_field_is_read_from_the_file(tmp_path: Path, monkeypatch) -> None:
    base = build_register_xlsx(tmp_path / "reg.xlsx")
    out = tmp_path / "extra.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, info.date_time)
            name = info.filename.encode()
            new.extra = struct.pack("<HHBI", 0x7075, 5 + len(name), 1, zipfile.crc32(name)) + name
            dst.writestr(new, src.read(info))
    opened = []
    real = xlsx._open_workbook
    monkeypatch.setattr(xlsx, "_open_workbook", lambda source, data: opened.append(data is not None)
                        or real(source, data))
    parse_file(out, "extra.xlsx")
    assert opened == [False]


@pytest.mark.parametrize("extra_part", [None, "content.xml", "xl/workbook.bin"])
def test_a_package_calamine_refuses_gives_the_same_reason_as_from_the_file(tmp_path: Path, extra_part) -> None:
    """calamine tells a workbook in memory by its parts, one on disk by its extension: where the xlsx reader
    fails, the reason is still the one the file gives (not 'cannot detect file format', nor another reader)."""
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        if extra_part:
            zf.writestr(extra_part, "<x/>")
    from python_calamine import CalamineWorkbook

    with pytest.raises(Exception) as raised:
        CalamineWorkbook.from_path(str(path))
    reason = str(raised.value).strip().splitlines()[0]
    doc = parse_file(path, "bad.xlsx")
    assert doc.status == Status.ERROR
    assert doc.error == f"cannot read Excel workbook: {reason}"


def test_a_workbook_whose_sheets_take_a_second_reading_is_read_from_the_file(tmp_path: Path, monkeypatch) -> None:
    """A worksheet outside xl/ is measured in a second pass over the file; the copy of the first pass holds
    bytes that pass did not measure, so it is not what calamine reads."""
    from .test_xlsx_extent import write_workbook

    sheet = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Entry</t></is></c><c r="B1" t="inlineStr"><is><t>Owner</t>'
             '</is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>QA</t></is></c></row>')
    opened = []
    real = xlsx._open_workbook
    monkeypatch.setattr(xlsx, "_open_workbook", lambda source, data: opened.append(data is not None)
                        or real(source, data))
    beside = parse_file(write_workbook(tmp_path / "beside.xlsx", sheet, sheet_part="sheet1.xml"), "beside.xlsx")
    inside = parse_file(write_workbook(tmp_path / "inside.xlsx", sheet), "inside.xlsx")
    assert opened == [False, True]
    assert _rows(beside) == _rows(inside) and beside.status == Status.OK
