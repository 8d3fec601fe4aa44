"""A log kept as dated headings or dated bold lines, each over its entry's text, is read as a log (kinds19).

A cluster centre's alerts page kept its outage history as "### 25-Jun-2021: Bigdata storage failed" headings and
"__1:00 PM, 20-Dec-18: Outage due to AC failure__" lines, each over a few lines of what happened; the reader took
dated entries from list items only, so the page was a procedure and the summary said no incident log was found.
An entry's date may be a day written "25-Jun-2021" or "20-Dec-18", after a time of day, and its title follows a
separator; a heading or a line that is a date and a short title, three or more of them, is a log's entries, and
the text under each is the entry's. A page whose entries are most of its words is that log; a procedure with a few
dated headings is still a procedure.
"""
from __future__ import annotations

import datetime as dt

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.records import dated_items, profile
from gapscan.rules.sh import feed_kind

OUTAGES = """# Service alerts

Alerts about the cluster are posted here. Email the help desk with any question.

## Current exceptions

### 25-Jun-2021: Storage repaired

* 5:00 PM - The storage server was recovered and every directory is back to normal.

### 24-Jun-2021: Storage failed

* 3:30 PM - The server of the storage crashed, and the shared directory went down with it.

## Past exceptions

__28-Oct-2020: Jobs failed during a storage extension__

During a routine extension of the file system the disks had to be suspended, and running jobs were lost. We
repaired the issue the same evening and everything works as usual again.

__1:00 PM, 20-Dec-18: Outage due to a cooling failure__

All systems were down for three hours when the cooling units failed. The technicians repaired the units and the
nodes were brought back one rack at a time.

__10:02 AM, 13-Apr-17: Power supply failure__

The power supply unit went down last night and all systems lost power. The engineer bypassed it to bring the
systems back up, and the supplier repaired it the next day.
"""


def _doc(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return classify(parse_file(path, name))


def test_dated_headings_and_bold_lines_are_a_logs_entries(tmp_path):
    doc = _doc(tmp_path, "alerts.md", OUTAGES)
    found = dated_items(doc.blocks)
    assert [d for _, d, _ in found] == [dt.date(2021, 6, 25), dt.date(2021, 6, 24), dt.date(2020, 10, 28),
                                        dt.date(2018, 12, 20), dt.date(2017, 4, 13)]
    assert found[3][2] == "Outage due to a cooling failure"


def test_a_page_of_dated_entries_is_a_record_profiled_as_a_log(tmp_path):
    doc = _doc(tmp_path, "alerts.md", OUTAGES)
    assert doc.kind is Kind.RECORD, doc.kind_reason
    prof = profile(doc)
    assert prof is not None and prof.entry_column is not None
    assert len(prof.dated_entries) == 5


def test_an_outage_log_is_an_incident_feed():
    assert feed_kind("alerts.md", "Service alerts") == "incident"
    assert feed_kind("outages.csv", None) == "incident"


def test_a_procedure_with_three_dated_headings_is_still_a_procedure(tmp_path):
    steps = "".join(f"{i}. Check the {w} before the shutdown and note any change in the log.\n"
                    for i, w in enumerate(["queue", "storage", "backups", "network", "cooling", "power"], 1))
    text = ("# Shutdown procedure\n\n## Purpose\n\nHow the team prepares a planned shutdown of the cluster.\n\n"
            "## Steps\n\n" + steps + "\nThe administrator must email users four weeks before the shutdown.\n"
            "Users must log out of the cluster before it starts.\n\n## Revisions\n\n"
            "### 2024-01-10: First issue\n\n### 2025-02-03: Steps 4 and 5\n\n### 2026-01-12: Annual review\n")
    doc = _doc(tmp_path, "shutdown-procedure.md", text)
    assert doc.kind is Kind.PROCEDURE, doc.kind_reason
