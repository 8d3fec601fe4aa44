"""check_zip remembers the large parts that passed, by their stored bytes: a part stored the same way
passes again without being inflated. These tests make sure nothing else passes on that memory."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import gapscan.ingest.base as base
from gapscan.ingest.base import IngestError, Limits, check_zip

# a template-sized part: compresses well, inflates past the size check_zip remembers
STYLES = (b'<?xml version="1.0"?>\n<w:styles xmlns:w="urn:w">'
          + b"".join(b'<w:style w:styleId="S%d"><w:name w:val="Style %d"/></w:style>' % (i, i) for i in range(3000))
          + b"</w:styles>")


@pytest.fixture(autouse=True)
def _empty_memory(monkeypatch):
    monkeypatch.setattr(base, "_passed", {})


def _package(path: Path, name: str = "word/styles.xml", data: bytes = STYLES) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr(name, data)
    return path


def _patch_central(path: Path, name: bytes, offset: int, value: int, *, local: bool = True) -> None:
    """Write a 4-byte field of the member's central directory entry (and its local header)."""
    data = bytearray(path.read_bytes())
    at = data.rfind(name) - 46
    assert data[at:at + 4] == b"PK\x01\x02"
    data[at + offset:at + offset + 4] = value.to_bytes(4, "little")
    if local:
        lat = data.find(name) - 30
        assert data[lat:lat + 4] == b"PK\x03\x04"
        data[lat + offset - 2:lat + offset + 2] = value.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_a_remembered_part_hands_over_the_same_bytes(tmp_path: Path) -> None:
    first, second = _package(tmp_path / "a.docx"), _package(tmp_path / "b.docx")
    kept_first, kept_second = {}, {}
    check_zip(first, Limits(), what="Word", keep=kept_first)
    assert len(base._passed) == 1
    check_zip(second, Limits(), what="Word", keep=kept_second)
    assert kept_second == kept_first
    assert kept_second["word/styles.xml"] == STYLES


def test_same_stored_bytes_with_a_forged_crc_are_still_refused(tmp_path: Path) -> None:
    good = _package(tmp_path / "good.docx")
    forged = _package(tmp_path / "forged.docx")
    crc = zipfile.ZipFile(forged).getinfo("word/styles.xml").CRC
    _patch_central(forged, b"word/styles.xml", 16, crc ^ 1)  # CRC-32: central +16, local +14
    check_zip(good, Limits(), what="Word", keep={})
    with pytest.raises(IngestError, match="part word/styles.xml cannot be read"):
        check_zip(forged, Limits(), what="Word", keep={})


def test_same_stored_bytes_with_a_smaller_declared_size_are_still_refused(tmp_path: Path) -> None:
    good = _package(tmp_path / "good.docx")
    forged = _package(tmp_path / "forged.docx")
    _patch_central(forged, b"word/styles.xml", 24, len(STYLES) - 1000, local=False)  # central +24
    check_zip(good, Limits(), what="Word", keep={})
    with pytest.raises(IngestError, match="part word/styles.xml cannot be read"):
        check_zip(forged, Limits(), what="Word", keep={})


def test_a_dtd_that_passed_under_a_non_xml_name_is_refused_under_an_xml_name(tmp_path: Path) -> None:
    dtd = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]>' + STYLES[22:]
    check_zip(_package(tmp_path / "a.docx", "word/media/blob.bin", dtd), Limits(), what="Word")
    with pytest.raises(IngestError, match="declares an XML DTD"):
        check_zip(_package(tmp_path / "b.docx", "word/styles.xml", dtd), Limits(), what="Word")


def test_the_memory_is_bounded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(base, "_MEMO_KEPT_BYTES", len(STYLES) + 10_000)
    check_zip(_package(tmp_path / "a.docx"), Limits(), what="Word", keep={})
    other = STYLES.replace(b"Style", b"Other")
    check_zip(_package(tmp_path / "b.docx", data=other), Limits(), what="Word", keep={})
    assert len(base._passed) == 1
    assert next(iter(base._passed.values())) == other
