"""reStructuredText pages are read (held out, drhold30: scikit-learn's administrative README.rst was skipped as a type
gapscan does not read): sections, lists, tables and field lists as the rendered page shows them; nothing outside the
text is read (include, raw, csv-table :file:); Sphinx's roles and directives docutils does not know give their words
or nothing, never a message."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import is_candidate, parse_file
from gapscan.model import BlockType, Status

PAGE = """\
==================
Release Management
==================

:Owner: Release Manager
:Review: yearly

1 Purpose
=========

This page says how we cut a release. See :ref:`the security policy <security>` and :doc:`governance`.

1.1 Steps
---------

1. The release manager opens a tracking issue two weeks before the date.
2. Maintainers review the changelog.

   - the changelog names every breaking change
   - the docs build passes

.. note::
   Releases happen every six weeks.

.. code-block:: bash

   make release

.. toctree::
   :maxdepth: 2

   other-page

.. list-table:: Roles
   :header-rows: 1

   * - Role
     - Duty
   * - Release manager
     - tags the release
"""


def _read(tmp_path: Path, text: str, name: str = "release.rst"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, name)


def test_sections_lists_tables_and_fields(tmp_path):
    doc = _read(tmp_path, PAGE)
    assert doc.status is Status.OK and doc.format == "rst" and doc.title == "Release Management"
    headings = [(b.text, b.level, b.number, b.location.line) for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [("Release Management", 1, None, 2), ("1 Purpose", 2, "1", 8), ("1.1 Steps", 3, "1.1", 13)]
    items = [(b.marker, b.level, b.text) for b in doc.blocks if b.type is BlockType.LIST_ITEM]
    assert items[0] == ("1.", 1, "The release manager opens a tracking issue two weeks before the date.")
    assert items[2] == ("-", 2, "the changelog names every breaking change")
    texts = [b.text for b in doc.blocks if b.type is BlockType.PARAGRAPH]
    assert "Owner: Release Manager" in texts and "Releases happen every six weeks." in texts
    # roles give the words they show; code, the toctree and docutils' messages are no text of the page
    assert "This page says how we cut a release. See the security policy and governance." in texts
    assert not any("make release" in t or "toctree" in t or "other-page" in t or "Unknown" in t for t in texts)
    [table] = [b.table for b in doc.blocks if b.type is BlockType.TABLE]
    assert table.header == ("Role", "Duty") and table.rows == (("Release manager", "tags the release"),)


def test_nothing_outside_the_text_is_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-LINE-42\n", encoding="utf-8")
    doc = _read(tmp_path, f"Intro\n\n.. include:: {secret}\n\n.. raw:: html\n\n   <b>RAW-7</b>\n\n"
                          f".. csv-table:: T\n   :file: {secret}\n")
    assert doc.status is Status.OK
    text = " ".join(b.text for b in doc.blocks)
    assert "SECRET-LINE-42" not in text and "RAW-7" not in text and "Intro" in text


def test_hostile_pages_are_errors_with_a_reason(tmp_path):
    nested = _read(tmp_path, "\n".join(" " * i + "- item" for i in range(400)), "nested.rst")
    assert nested.status is Status.ERROR and nested.error
    binary = tmp_path / "binary.rst"
    binary.write_bytes(bytes(range(256)) * 50)
    assert parse_file(binary, "binary.rst").status is Status.ERROR


def test_the_walker_lists_rst_pages(tmp_path):
    assert is_candidate(tmp_path / "README.rst") and is_candidate(tmp_path / "governance.rest")


def test_check_prints_an_rst_page_as_linter_lines(tmp_path):
    # a line of an .rst page is a line an editor opens at, as for Markdown and AsciiDoc
    from gapscan.report.common import is_text_file

    assert is_text_file("docs/release.rst") and is_text_file("docs/governance.rest")
