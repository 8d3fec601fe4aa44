"""AsciiDoc: section titles, lists, tick boxes, `|===` tables and inline markup, each at its source line."""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import BlockType, Kind, Status

PROCEDURE = """\
= QP-07 Calibration of Measuring Equipment
:company: Harrow Vale Engineering
:toc:

// an author's note, not procedure text

== 1 Purpose

This procedure says how {company} keeps its gauges calibrated.footnote:[see https://example.org[the UKAS guide]]

== 2 Responsibilities

*Quality Manager*

* Keeps the https://example.org/register[calibration register] up to date
* Sends overdue gauges to the lab within 5 working days
+
The lab certificate is filed on the G: drive.

Metrology Technician:: Checks each gauge against the master set.

=== 2.1 Checks before use

. Clean the anvils.
. Zero the micrometer
with the `0-25 mm` setting standard.
* [x] Setting standard in date
* [ ] Temperature logged

[source,python]
----
shall_not_count = "the organization shall determine"
----

.Gauge register
[cols="1,2,1",options="header"]
|===
|Gauge |Description |Due
|MIC-014 |Micrometer 0-25 mm |2026-03-01
|CAL-002
|Vernier caliper
|2026-05-12
|===

NOTE: A gauge past its due date is quarantined at once.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_asciidoc_structure_at_source_lines(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "qp-07.adoc", PROCEDURE), "procedures/qp-07.adoc")
    assert doc.status is Status.OK, doc.error
    assert doc.format == "adoc"
    assert doc.title == "QP-07 Calibration of Measuring Equipment"
    text = [(b.type, b.text, b.level, b.number, b.marker, b.checked, b.location.line) for b in doc.text_blocks()]
    assert text == [
        (BlockType.HEADING, "QP-07 Calibration of Measuring Equipment", 1, None, None, None, 1),
        (BlockType.HEADING, "1 Purpose", 2, "1", None, None, 7),
        # the attribute is filled in, the footnote dropped
        (BlockType.PARAGRAPH, "This procedure says how Harrow Vale Engineering keeps its gauges calibrated.",
         None, None, None, None, 9),
        (BlockType.HEADING, "2 Responsibilities", 2, "2", None, None, 11),
        # a bold line under real section titles is emphasis, as in Markdown
        (BlockType.PARAGRAPH, "Quality Manager", None, None, None, None, 13),
        (BlockType.LIST_ITEM, "Keeps the calibration register up to date", None, None, "-", None, 15),
        # the `+` continuation joins the paragraph to its item
        (BlockType.LIST_ITEM, "Sends overdue gauges to the lab within 5 working days "
         "The lab certificate is filed on the G: drive.", None, None, "-", None, 16),
        (BlockType.LIST_ITEM, "Metrology Technician: Checks each gauge against the master set.",
         None, None, "-", None, 20),
        (BlockType.HEADING, "2.1 Checks before use", 3, "2.1", None, None, 22),
        (BlockType.LIST_ITEM, "Clean the anvils.", None, None, "1.", None, 24),
        (BlockType.LIST_ITEM, "Zero the micrometer with the 0-25 mm setting standard.", None, None, "1.", None, 25),
        (BlockType.LIST_ITEM, "Setting standard in date", None, None, "☒", True, 27),
        (BlockType.LIST_ITEM, "Temperature logged", None, None, "☐", False, 28),
        (BlockType.PARAGRAPH, "NOTE: A gauge past its due date is quarantined at once.", None, None, None, None, 45),
    ]
    assert "shall_not_count" not in " ".join(b.text for b in doc.blocks)


def test_asciidoc_table_cells_on_one_or_many_lines(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "qp-07.adoc", PROCEDURE), "qp-07.adoc")
    (table,) = doc.tables()
    assert table.title == "Gauge register"
    assert table.header == ("Gauge", "Description", "Due")
    assert table.rows == (("MIC-014", "Micrometer 0-25 mm", "2026-03-01"),
                          ("CAL-002", "Vernier caliper", "2026-05-12"))
    # rows counted as in a Word table (the header is row 1), each at the line its first cell starts on
    assert table.row_numbers == (2, 3) and table.row_lines == (39, 40)
    assert table.cell_location(1, 2).describe() == "line 40 row 3"


def test_asciidoc_header_row_from_blank_line_and_width_from_cols(tmp_path: Path) -> None:
    text = ("|===\n|Step |Who\n\n|Isolate the press |Shift supervisor\n|Lock off |Operator\n|===\n\n"
            "[cols=\"2*\"]\n|===\n|Check\n|Result\n|Guard fitted\n|Yes\n|===\n")
    doc = parse_file(_write(tmp_path, "wi.adoc", text), "wi.adoc")
    first, second = doc.tables()
    # a blank line after the first row makes it the header, as Asciidoctor reads it
    assert first.header == ("Step", "Who")
    assert first.rows == (("Isolate the press", "Shift supervisor"), ("Lock off", "Operator"))
    # one cell a line: the width comes from cols="2*"
    assert second.header == ("Check", "Result")
    assert second.rows == (("Guard fitted", "Yes"),)
    assert second.row_numbers == (2,) and second.row_lines == (12,)


def test_asciidoc_bold_titles_become_headings_when_they_carry_the_structure(tmp_path: Path) -> None:
    text = ("=== Maintainer\n\n**Responsibilities**\n\n* Triage GitHub issues\n* Create new releases\n\n"
            "**Required qualification**\n\n* Knowledge of Git\n\n*Reviews*\n\n* Review pull requests\n")
    doc = parse_file(_write(tmp_path, "roles.adoc", text), "roles/index.adoc")
    headings = [(b.text, b.level, b.location.line) for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [("Maintainer", 3, 1), ("Responsibilities", 4, 3), ("Required qualification", 4, 8),
                        ("Reviews", 4, 12)]
    # the roles page is a procedure-like text, as its readers took it, not an unreadable file
    assert classify(doc).kind is Kind.PROCEDURE


def test_asciidoc_unclosed_code_block_and_binary_are_values_not_crashes(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "cut.adoc", "== Scope\n\nApplies to stores.\n\n----\nnever closed\n"), "cut.adoc")
    assert doc.status is Status.OK
    assert [b.text for b in doc.blocks] == ["Scope", "Applies to stores."]
    binary = tmp_path / "bin.adoc"
    binary.write_bytes(b"\x00\x01\x02\xff" * 200)
    bad = parse_file(binary, "bin.adoc")
    assert bad.status is Status.ERROR and bad.error == "not a text file (binary content)"
