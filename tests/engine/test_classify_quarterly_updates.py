"""A working group's quarterly update tells a quarter's work and its plans, not steps to follow.

The shape held out on an open-source foundation's governance repository (ossf/tac@1692e85, TI-reports/, drhold22 in
docs/SCORING.md): each initiative files one update a quarter, named "2025-Q1-<initiative>.md" under a year folder
of a "TI-reports" folder, on a template with a "Purpose" heading, "we will" plans and numbered goals. 54 of 64 were
read as procedures: their "we meet weekly" became claims and CM05 judged them as instructions. An annual report
was already an account of its period (test_classify_period_reports.py); a quarter named beside "report" or
"update" is one too. A procedure about the updates (its name says process or procedure) keeps its kind, and a
quarter in a name that says neither report nor update leaves the content to decide.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind

UPDATE = """# {title}

## Purpose

The widget working group makes the parsers of the ecosystem safer to use.

## Progress this quarter

1. Publish the fuzzing guide for parser authors.
2. Review the three open proposals with the maintainers.
3. Move the test corpus to the shared storage.

The group will hold its calls every week. Each maintainer must sign the contributor agreement. We should reach
five new projects by the summer. The chair shall report the results to the council. Members are required to
declare conflicts. The group must publish its roadmap.

## Next quarter

We will release version 2 of the guide and recruit two more maintainers.
"""

PROCESS = """# Quarterly update process

## Purpose

How each working group files its quarterly update.

## Steps

1. Copy the update template into the folder of the current year.
2. Fill in each section and remove the instructions.
3. Open a pull request with the update.
4. The council reviews the update at its next call.
5. Merge the pull request once two members approve it.

The working group lead shall file the update within two weeks of the quarter's end.
"""


def test_quarterly_update_named_by_its_quarter_is_not_a_procedure(tmp_path):
    got = _kind(tmp_path, "wg-reports/2025/2025-Q1-Widget-WG.md", UPDATE.format(title="2025 Q1 Widget WG"))
    assert got is Kind.OTHER


def test_quarter_after_the_word_report_is_not_a_procedure(tmp_path):
    got = _kind(tmp_path, "governance/widget-report-q3-2024.md", UPDATE.format(title="Widget WG report, Q3 2024"))
    assert got is Kind.OTHER


def test_quarterly_update_said_in_words_is_not_a_procedure(tmp_path):
    got = _kind(tmp_path, "governance/widget-quarterly-update.md", UPDATE.format(title="Widget WG quarterly update"))
    assert got is Kind.OTHER


def test_procedure_for_the_quarterly_updates_keeps_its_kind(tmp_path):
    assert _kind(tmp_path, "wg-reports/quarterly-update-process.md", PROCESS) is Kind.PROCEDURE


def test_quarter_without_report_or_update_leaves_the_content_to_decide(tmp_path):
    got = _kind(tmp_path, "governance/2025-Q1-Widget-WG.md", UPDATE.format(title="2025 Q1 Widget WG"))
    assert got is Kind.PROCEDURE


def test_same_text_elsewhere_is_read_as_before(tmp_path):
    assert _kind(tmp_path, "governance/widget-wg.md", UPDATE.format(title="Widget WG")) is Kind.PROCEDURE


# session 16 (ossf/tac@1692e85): 8 updates stayed procedures because the initiative's name holds a procedure word
# ("Best Practices WG", "Global Cybersecurity Policy Working Group"); a quarter in the file's own name or title
# dates the page, and the words before or after it name the group that reports, not the page's kind
ACTIVITY = """
## {name} SIG

### Purpose

The {name} SIG writes the guides for the initiative's members.

### Current Status

Two guides were published and one is in review.

### Up Next

We will publish the third guide and review the first two.
"""


def test_a_group_named_for_best_practices_still_files_an_update(tmp_path):
    # each activity has its "Purpose" section, as the update template asks: those are no procedure's headings
    text = UPDATE.format(title="2025 Q2 Best Practices WG") + "".join(
        ACTIVITY.format(name=n) for n in ("Education", "Scorecard", "Badges", "Guides", "Training"))
    got = _kind(tmp_path, "wg-reports/2025/2025-Q2-BEST-WG.md", text)
    assert got is Kind.OTHER


def test_a_group_named_for_a_policy_still_files_an_update(tmp_path):
    got = _kind(tmp_path, "wg-reports/2025/2025-Q3-GCP-WG.md",
                UPDATE.format(title="2025 Q3 TAC Report for Global Cybersecurity Policy Working Group"))
    assert got is Kind.OTHER


def test_a_procedure_filed_in_a_quarters_folder_keeps_its_kind(tmp_path):
    # the quarter is the folder's, not the page's own: its name still says procedure
    assert _kind(tmp_path, "wg-reports/2025-Q1/quarterly-update-process.md", PROCESS) is Kind.PROCEDURE


TEMPLATE = """# YYYY Qn Initiative Name

_Copy this template to the folder of the current year and name the file `YYYY-Qn-Name.md`. Replace the title with
the quarter and the initiative's name. Remove these instructions when the section is done._

## Overview

_Sum up the state of the initiative in a few sentences._

## Activity #1

_Replace the section title with the activity's name and fill in each subsection._

### Purpose

### Current Status

### Up Next

### Questions for the council

## Additional Information
"""


def test_the_update_template_with_its_sections_left_empty_is_a_form(tmp_path):
    # its orders are how to fill it in; its sections are left empty for the writer
    assert _kind(tmp_path, "wg-reports/0000-quarterly-update-template.md", TEMPLATE) is Kind.FORM


STUB = """# Thicknesser

## Instructions for Use

## Specifications

## Replacements

## Safety

Wear ear defenders. Keep hands clear of the rollers.
"""


def test_a_wiki_stub_with_empty_sections_is_no_form(tmp_path):
    # headings left empty on a page not named a template: a page still to be written, not a form to fill in
    assert _kind(tmp_path, "tools/thicknesser.md", STUB) is not Kind.FORM
