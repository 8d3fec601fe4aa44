"""CSV/TSV registers: encodings, delimiters, title rows, light typing, source line numbers."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.model import Status

ROWS = "Supplier;Country;Score;Since\nCafé Müller;DE;4;03/01/2021\nÉtoile SA;FR;3.5;2020-07-01\n"


def _table(path: Path):
    doc = parse_file(path, path.name)
    assert doc.status is Status.OK, doc.error
    assert len(doc.tables()) == 1
    return doc.tables()[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"suppliers-{encoding}.csv"
    path.write_bytes(("Supplier;Amount\nCafé Müller;€ 12\nÉtoile;€ 7\nBébé Crèche;€ 3\n").encode(encoding))
    table = _table(path)
    assert table.header == ("Supplier", "Amount")
    assert table.rows == (("Café Müller", "€ 12"), ("Étoile", "€ 7"), ("Bébé Crèche", "€ 3"))


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "log.csv"
    path.write_text(ROWS.replace(";", delimiter), encoding="utf-8")
    table = _table(path)
    assert table.header == ("Supplier", "Country", "Score", "Since")
    assert table.rows[0] == ("Café Müller", "DE", 4, "03/01/2021")  # dates stay text for the profiler
    assert table.rows[1][2] == 3.5


def test_title_rows_blank_lines_and_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("Supplier register;;;\nRevision 2;;;\n;;;\n" + ROWS + ";;;\n\n", encoding="utf-8")
    table = _table(path)
    assert table.title == "Supplier register - Revision 2"
    assert table.header_row == 4
    assert table.row_numbers == (5, 6)
    assert table.cell_location(1, 0).describe() == "register.csv!A6"


def test_quoted_multiline_field_keeps_true_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "actions.csv"
    path.write_text('Action,Owner\n"Fix the\ngauge",Ann\nTrain staff,Bob\n', encoding="utf-8")
    table = _table(path)
    assert table.rows == (("Fix the\ngauge", "Ann"), ("Train staff", "Bob"))
    assert table.row_numbers == (2, 4)


def test_ids_with_leading_zeros_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "ids.tsv"
    path.write_text("Id\tQty\n007\t12\n010\t-3\n", encoding="utf-8")
    doc = parse_file(path, "ids.tsv")
    assert doc.format == "tsv"
    assert doc.tables()[0].rows == (("007", 12), ("010", -3))


def test_header_only_and_empty_content(tmp_path: Path) -> None:
    only = tmp_path / "only.csv"
    only.write_text("Date,Result\n", encoding="utf-8")
    table = _table(only)
    assert table.header == ("Date", "Result") and table.rows == ()
    blank = tmp_path / "blank.csv"
    blank.write_text("\n\n,,\n", encoding="utf-8")
    doc = parse_file(blank, "blank.csv")
    assert doc.status is Status.OK and doc.blocks == ()


def test_utf16_without_bom_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes("Name,Score\nÅsa,5\n".encode("utf-16-le"))
    assert _table(path).rows == (("Åsa", 5),)
    assert codecs.BOM_UTF16_LE not in path.read_bytes()[:2]
