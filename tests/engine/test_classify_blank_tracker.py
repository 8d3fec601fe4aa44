"""A log named so ('Corrective Action Tracker', 'training-log.md') whose tables hold no entry is the form it will be
kept on, whatever its name says, as a spreadsheet with no filled rows already was and a log its header declares is
(cmleft, classify19: a blank tracker table, its header alone, was read as a record for 'tracker' in its name)."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

HEADER = "| ID | Date raised | Issue | Owner | Due date | Status |\n|----|----|----|----|----|----|\n"


def _kind(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = classify(parse_file(path, name))
    return doc.kind, doc.kind_reason


@pytest.mark.parametrize("name,text", [
    ("corrective-action-tracker.md", "# Corrective Action Tracker\n\n" + HEADER),
    ("corrective-action-tracker.md", "# Corrective Action Tracker\n\nLog each action below.\n\n" + HEADER
     + "| | | | | | |\n"),
    ("capa.md", "# Corrective Action Log\n\n" + HEADER),
])
def test_a_log_named_so_with_no_entries_is_a_form(tmp_path, name, text):
    kind, why = _kind(tmp_path, name, text)
    assert kind is Kind.FORM, why


def test_a_log_named_so_with_entries_stays_a_record(tmp_path):
    kind, why = _kind(tmp_path, "corrective-action-tracker.md", "# Corrective Action Tracker\n\n" + HEADER
                      + "| CA-1 | 2024-03-02 | Label misprint | Ann | 2024-03-20 | Closed |\n"
                      + "| CA-2 | 2024-04-11 | Late delivery | Bo | 2024-05-01 | Open |\n")
    assert kind is Kind.RECORD, why
