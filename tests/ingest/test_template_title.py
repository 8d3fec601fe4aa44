"""A template whose first heading is a placeholder takes its title from its document-control block, not from its
first section; a real first heading, or a cover heading above the control block, stays the title."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file

CONTROL = "| Field | Value |\n|---|---|\n| Document Title | Access Control Policy |\n| Version | 1.2 |\n\n"
SECTIONS = "## 1. Purpose\n\nThis policy sets who may reach which system.\n\n## 2. Scope\n\nAll staff.\n"


def title_of(tmp_path: Path, name: str, text: str) -> str | None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, name).title


@pytest.mark.parametrize("placeholder", ["[Policy Title]", "Your Company Name", "Company Logo"])
def test_a_placeholder_heading_gives_way_to_the_control_table_title(tmp_path, placeholder):
    # before, the first section after the placeholder ("1. Purpose") was taken for the title
    text = f"# {placeholder}\n\n{CONTROL}{SECTIONS}"
    assert title_of(tmp_path, "policy.md", text) == "Access Control Policy"


def test_a_title_line_in_a_plain_text_template(tmp_path):
    text = "[COMPANY NAME]\n\nTitle: Supplier Evaluation Procedure\nVersion: 2\n\n1. PURPOSE\n\nTo choose suppliers.\n"
    assert title_of(tmp_path, "supplier.txt", text) == "Supplier Evaluation Procedure"


def test_a_real_first_heading_stays_the_title(tmp_path):
    # the control table is not read when the heading is a title: "Access Control Standard" may name the family
    text = f"# Remote Access Policy\n\n{CONTROL}{SECTIONS}"
    assert title_of(tmp_path, "policy.md", text) == "Remote Access Policy"


def test_a_cover_heading_above_the_control_table_stays_the_title(tmp_path):
    # a template's table may hold its own placeholder ("ASSIGNED Policy"); the cover heading names the document
    text = ("# Company Name\n\n# Information Security Policy\n\n"
            "| Field | Value |\n|---|---|\n| Title | ASSIGNED Policy |\n\n" + SECTIONS)
    assert title_of(tmp_path, "policy.md", text) == "Information Security Policy"


def test_a_placeholder_heading_without_a_control_block_keeps_the_next_heading(tmp_path):
    assert title_of(tmp_path, "policy.md", f"# [Policy Title]\n\n{SECTIONS}") == "1. Purpose"
