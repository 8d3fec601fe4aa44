"""A log kept as a dated list ("- 2026-03-16 | GOV-002 | Adopted the scope ...") under its own blank template
is a kept record, not the form its template looks like (drhold12: an open-source collective's decision log,
ten dated entries below a seven-line 'Template' section, was read as a form, so the ten sentences of its
policies that say decisions go 'in the decision log' were all 'not checkable: no working records').

The entries are read as the log's rows, one a list item, the date first; a procedure's dated revision list and
a template with no entries stay what they were.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import ClaimStatus, Kind
from gapscan.records import profile

from .conftest import days

D = dt.date
TEMPLATE = ("# Decision log\n\nUse this log for every board decision.\n\n## Template\n\n"
            "- Date:\n- Decision ID:\n- Summary:\n- Context:\n- Decision:\n- Approvers:\n- Follow-up:\n\n"
            "## Entries\n\n")


def _entries(dates: list[dt.date]) -> str:
    return "".join(f"- {d.isoformat()} | B-{i:03d} | Agreed item {i} of the plan after discussion of the budget. "
                   f"| The budget was short. | Adopt the plan. | Ann Lee, Bo Chan | Publish the minutes on the notice board.\n"
                   for i, d in enumerate(dates, 1))


def _kind(path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    doc = classify(parse_file(path, path.name))
    return doc


def test_a_dated_list_under_its_template_is_a_record(tmp_path):
    doc = _kind(tmp_path / "decision-log.md", TEMPLATE + _entries(days(D(2026, 1, 10), [14] * 5)))
    assert doc.kind is Kind.RECORD, doc.kind_reason
    assert "6 dated entries" in doc.kind_reason, doc.kind_reason


def test_the_template_alone_is_still_a_form(tmp_path):
    doc = _kind(tmp_path / "decision-log.md", TEMPLATE)
    assert doc.kind is Kind.FORM, doc.kind_reason


def test_a_procedure_with_a_dated_revision_list_is_still_a_procedure(tmp_path):
    steps = "".join(f"{i}. Check the {w} before the meeting and note any change.\n"
                    for i, w in enumerate(["agenda", "papers", "budget", "risks", "actions", "minutes"], 1))
    text = ("# Board meeting procedure\n\n## Purpose\n\nHow the board prepares and holds its meetings.\n\n"
            "## Steps\n\n" + steps + "\nThe secretary must send the papers seven days before the meeting.\n\n"
            "## Revisions\n\n- 2024-01-10: first issue\n- 2025-02-03: steps 4 and 5 added\n"
            "- 2026-01-12: annual review, no change\n")
    doc = _kind(tmp_path / "board-meeting-procedure.md", text)
    assert doc.kind is Kind.PROCEDURE, doc.kind_reason


def test_the_entries_are_the_logs_rows_with_their_dates(tmp_path):
    dates = days(D(2026, 1, 10), [14] * 5)
    doc = _kind(tmp_path / "decision-log.md", TEMPLATE + _entries(dates))
    prof = profile(doc)
    assert prof is not None
    assert prof.dated_entries == dates
    # the template's labels name the columns when the entries have as many parts
    assert [c.name for c in prof.columns][:4] == ["Date", "Decision ID", "Summary", "Context"]


def test_a_sentence_naming_the_log_is_checked_against_its_entries(tmp_path):
    from gapscan import config as config_mod
    from gapscan import engine

    (tmp_path / "Board rules.md").write_text(
        "# Board rules\n\n## Decisions\n\nThe chair must put each proposal to a vote of the members present. "
        "The secretary must record every decision in the decision log within two days of the vote.\n",
        encoding="utf-8")
    (tmp_path / "decision-log.md").write_text(TEMPLATE + _entries(days(D(2026, 1, 10), [14] * 5)),
                                              encoding="utf-8")
    (tmp_path / "gapscan.toml").write_text('[kinds]\n"Board rules.md" = "procedure"\n', encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    (rules,) = [d for d in report.documents if d.document.path == "Board rules.md"]
    forms = [c for c in rules.claims if c.kind == "form"]
    assert forms, [(c.kind, c.text) for c in rules.claims]
    assert all(c.status is ClaimStatus.HOLDS and c.record == "decision-log.md" for c in forms), [
        (c.status, c.record, c.detail) for c in forms]
