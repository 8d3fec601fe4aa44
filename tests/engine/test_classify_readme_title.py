"""A repository's README titled with its project's name was read as a record: "# ISO 27001 / GDPR Compliance Tracker"
over a README that says what is in the repository and how to run its script (drhold27's
lakshman-1003/GDPR-Compliance-Tracker@aab7b9b, read again in session 21: "'Tracker' in the title" made it a record, so
its text was profiled as a log and no rule read it as the page that describes the set). A README's title names the
project it introduces; a record's or a form's name there is what the project keeps, not the page. A policy filed as
its folder's README keeps its title's kind."""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

TRACKER_README = """# ISO 27001 / GDPR Compliance Tracker

## What is inside
- **data/**: CSVs for controls, assets, risks, mappings.
- **policies/**: Mock policies (Markdown) to simulate an audit trail.
- **src/main.py**: Generates reports (Excel, heatmap, markdown).
- **reports/**: Auto-created outputs.

## Quick start
Create a virtual environment, install the requirements and run the script. It writes the reports folder.
"""

POLICY_README = """# Access Control Policy

## Purpose
This policy sets how access to company systems is granted, reviewed and removed.

## Policy
- The IT Manager grants access on a ticket approved by the employee's line manager.
- Access rights are reviewed every quarter by each system owner.
- Leavers' accounts are disabled on their last working day.
"""


def test_a_readme_titled_with_its_projects_name_is_not_a_record(tmp_path):
    kind, why = kind_of(tmp_path, "README.md", TRACKER_README)
    assert kind is not Kind.RECORD, why
    assert "Tracker" not in why, why


def test_the_same_page_under_another_name_is_still_named_a_tracker(tmp_path):
    kind, why = kind_of(tmp_path, "overview.md", TRACKER_README)
    assert "'Tracker' in the title" in why, (kind, why)


def test_a_policy_filed_as_its_folders_readme_keeps_its_kind(tmp_path):
    kind, why = kind_of(tmp_path, "access/README.md", POLICY_README)
    assert kind is Kind.PROCEDURE, why
