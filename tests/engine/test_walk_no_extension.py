"""A page filed without a file extension is read when its text is a markdown page, and only then.

The shape from session 16: ossf/tac's TI-reports/2025/2025-Q3-BEAR-WG, a quarterly report committed without ".md"
among 60 that have it, was never listed, so the report's account of the set missed it without saying. A repository
also holds files without an extension that are no documents of the management system: a LICENSE (numbered
clauses of prose), a CODEOWNERS list, a Makefile, a script, a binary. Those stay unlisted, as before; the page is
told by its text (markup of two kinds, bold or headings, lists or links, and lines of prose).

A table of values saved without ".csv" (left18: session 17 left it unlisted as "a data file") is a register like any
other: a log of readings exported by R as "readings" is what a procedure's cadence is checked against. It is told by
its lines: one delimiter cutting every line into the same number of short cells, a header of names over data with
digits in it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.engine import walk
from gapscan.ingest import parse_file
from gapscan.model import Status

REPORT = """**Q3 2025 Widget WG update**

Q2 link: https://example.org/reports/2025/2025-Q2-Widget-WG.md

**Overview**

The widget working group continues its mission to make parsers safer for everyone who depends on them.
Attendance at the calls stayed low this quarter, though more members now follow the work in the chat.

Over the past quarter we made progress in these areas:

- The monthly office hours moved to a time that suits the members in Asia.
- Two new maintainers joined the [fuzzing project](https://example.org/fuzzing) after the summit.
- The guide for parser authors is in review with the council and should be published next month.
"""

APACHE_LIKE = """                                 Example License
                           Version 2.0, January 2004

   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

   1. Definitions.

      "License" shall mean the terms and conditions for use, reproduction, and distribution as defined here.

   2. Grant of Copyright License. Subject to the terms and conditions of this License, each Contributor hereby
      grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable copyright license.

   3. Grant of Patent License. Subject to the terms and conditions of this License, each Contributor hereby grants
      to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable patent license.
"""

MAKEFILE = """# Build the site and run the checks before a release of the documentation set
.PHONY: all check

all: site check

site:
\tmkdocs build --strict --site-dir public --config-file mkdocs.yml --verbose --clean
check:
\tmarkdownlint docs/**/*.md --config .markdownlint.yaml --ignore node_modules --fix --quiet
"""


def _make(root: Path) -> None:
    (root / "reports" / "2025").mkdir(parents=True)
    (root / "reports" / "2025" / "2025-Q3-Widget-WG").write_text(REPORT, encoding="utf-8")
    (root / "reports" / "2025" / "2025-Q2-Widget-WG.md").write_text(REPORT, encoding="utf-8")
    (root / "LICENSE").write_text(APACHE_LIKE, encoding="utf-8")
    (root / "CODEOWNERS").write_text("# Owners of every file in this repository\n* @example/council\n")
    (root / "Makefile").write_text(MAKEFILE, encoding="utf-8")
    (root / "deploy").write_text("#!/bin/sh\n# - publish the site: [docs](x) **now**\nmake all && rsync -a public/ "
                                 "web:/srv/site/ --delete --exclude .git --exclude drafts\n")
    (root / "readings").write_text('"","Date","Time","pH"\n"1",20201016,NA,8.3\n"2",20201017,NA,8.2\n')
    (root / "blob").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)


def test_a_markdown_page_without_an_extension_is_listed_and_read(tmp_path):
    _make(tmp_path)
    listed = [rel for _, rel in walk([tmp_path], tmp_path)]
    # 'readings' is a table of values saved without '.csv' (tests below): listed and read as one
    assert listed == ["readings", "reports/2025/2025-Q2-Widget-WG.md", "reports/2025/2025-Q3-Widget-WG"]
    doc = parse_file(tmp_path / "reports/2025/2025-Q3-Widget-WG", "reports/2025/2025-Q3-Widget-WG")
    assert doc.status is Status.OK and doc.format == "md"
    assert any("office hours" in b.text for b in doc.blocks)


def test_a_file_without_an_extension_given_by_name_is_read_the_same_way(tmp_path):
    _make(tmp_path)
    page = tmp_path / "reports/2025/2025-Q3-Widget-WG"
    assert [rel for _, rel in walk([page], tmp_path)] == ["reports/2025/2025-Q3-Widget-WG"]
    assert walk([tmp_path / "LICENSE"], tmp_path) == []


def test_a_licence_text_given_to_the_parser_is_skipped_with_its_reason(tmp_path):
    _make(tmp_path)
    doc = parse_file(tmp_path / "LICENSE", "LICENSE")
    assert doc.status is Status.SKIPPED
    assert "no file extension" in doc.error


READINGS = '''"","Date","Time","pH"
"1",20201016,NA,8.3
"2",20201017,NA,8.2
'''


def test_a_table_of_values_without_an_extension_is_listed_and_read_as_csv(tmp_path):
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "readings").write_text(READINGS, encoding="utf-8")
    (tmp_path / "records" / "calibration").write_text(
        "Instrument\tDate\tResult\tBy\nPH-01\t2024-01-05\tpass\tAna\nPH-02\t2024-01-06\tfail\tBen\n",
        encoding="utf-8")
    assert [rel for _, rel in walk([tmp_path], tmp_path)] == ["records/calibration", "records/readings"]
    doc = parse_file(tmp_path / "records" / "readings", "records/readings")
    assert doc.status is Status.OK and doc.format == "csv", doc.error
    table = doc.blocks[0].table
    assert table.header[1:] == ("Date", "Time", "pH") and len(table.rows) == 2, table
    tsv = parse_file(tmp_path / "records" / "calibration", "records/calibration")
    assert tsv.status is Status.OK and tsv.blocks[0].table.header == ("Instrument", "Date", "Result", "By")


@pytest.mark.parametrize("text", [
    # prose with commas: its lines never cut into the same number of cells
    "The council meets monthly, or when the chair asks.\nMinutes are kept, signed and filed.\nThat is all, for now.\n",
    # a list of names, one a line: no delimiter
    "alpha\nbeta\ngamma\ndelta\n",
    # a header over no digits at all: a word list in columns, no record
    "name,colour\napple,red\npear,green\n",
    # two lines are too few to tell a table from a sentence with a comma
    "Date,pH\n2024-01-05,8.1\n",
    # a comment line first: a config or build file
    "# owners, reviewers\n*,@example/council\ndocs,@example/docs\n",
])
def test_text_that_is_no_table_of_values_stays_unlisted(tmp_path, text):
    (tmp_path / "notes").write_text(text, encoding="utf-8")
    assert walk([tmp_path], tmp_path) == []
