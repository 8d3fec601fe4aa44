"""The system-health and parallel-system rules, and the summary, read a file that holds several logs as its logs,
as the drift rules do (test_many_logs.py): a page of logs is not one register judged by its largest table.

Before, SH02 judged a page of logs by its largest table (an incident log still fed) and never saw the near-miss
log under it stop; PS01 called a whole workbook a shadow record by its training sheet; PS02 compared a visitor list
with the page's restore tests. Each finding now names the log ('file § heading'), its numbers are the log's own, and
its evidence points at the log's lines or cells.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import DocumentResult, Table, Location
from gapscan.report.common import evidence_where
from gapscan.rules.ps import PS01, PS02
from gapscan.rules.sh import SH02

from .conftest import days

D = dt.date


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def _safety_page() -> str:
    # the near-miss log: every two weeks, then nothing after 12 May; the incident log (larger) is fed to 20 October
    near = _md_table(["Date", "Reported by", "What happened"],
                     [[d.isoformat(), "Jo Marsh", "pallet left in aisle"] for d in days(D(2025, 1, 6), [14] * 9)])
    incidents = _md_table(["Incident ID", "Date", "Incident type", "Description"],
                          [[f"INC-{i}", d.isoformat(), "slip", "wet floor"]
                           for i, d in enumerate(days(D(2025, 1, 3), [10] * 29))])
    return "# Safety logs\n\n## Near misses\n\n" + near + "\n## Incident log\n\n" + incidents


def test_sh02_finds_the_log_of_a_page_of_logs_that_stopped(scan):
    scan.write("records/Safety logs.md", _safety_page())
    ctx, _ = scan.run()
    (f,) = SH02.check(ctx)
    assert f.path == "records/Safety logs.md"
    assert f.message.startswith("The near miss log Safety logs.md § Near misses has had no entry for 161 days "
                                "(last 2025-05-12, newest date in the set 2025-10-20)")
    assert (f.metrics["entries"], f.metrics["last_entry"], f.metrics["usual_gap_days"]) == (10, "2025-05-12", 14)
    assert {(ev.path, ev.record) for ev in f.evidence} == {("records/Safety logs.md", "Near misses")}
    lines = scan.root.joinpath("records/Safety logs.md").read_text().splitlines()
    assert lines[f.location.line - 1].startswith("| 2025-05-12 | Jo Marsh")
    assert evidence_where(f, f.evidence[0]).startswith("'Near misses' table, line ")


def test_the_summary_names_the_log_that_stopped_and_the_one_still_fed(scan):
    from gapscan.summary import build

    scan.write("records/Safety logs.md", _safety_page())
    ctx, _ = scan.run()
    found = list(SH02.check(ctx))
    summary = build([DocumentResult(document=d) for d in ctx.documents], found, ctx)
    (section,) = [s for s in summary.sections if s.title == "Are problems still being reported?"]
    assert section.lines[0] == "Safety logs.md § Near misses (near miss): nothing recorded for 161 days."
    assert "1 log still being fed: Safety logs.md § Incident log." in section.lines


def _qa_workbook(scan):
    training = [[d, "Ann Lee", "Induction"] for d in days(D(2025, 1, 6), [7] * 39)]
    keys = [[d, f"K-{i}", "Sam Ray", "yes"] for i, d in enumerate(days(D(2025, 2, 3), [9] * 11))]
    scan.workbook("records/QA registers.xlsx", [("Training", None, ["Date", "Employee", "Course"], training),
                                                ("Key handover", None, ["Handover date", "Key", "Handed to",
                                                                        "Returned"], keys)])
    scan.write("procedures/Training.md", "# Training\n\nAll training is recorded in the training log with the "
                                         "date, the employee and the course.\n")


def test_ps01_names_the_sheet_no_procedure_mentions_not_the_workbook(scan):
    _qa_workbook(scan)
    ctx, _ = scan.run()
    (f,) = PS01.check(ctx)
    assert f.path == "records/QA registers.xlsx"
    assert f.message.startswith("QA registers.xlsx § Key handover is kept outside the documented system: 12 entries")
    assert (f.metrics["rows"], f.metrics["first_entry"], f.metrics["last_entry"]) == (12, "2025-02-03", "2025-05-13")
    assert {(ev.path, ev.record, ev.location.sheet) for ev in f.evidence} == {
        ("records/QA registers.xlsx", "Key handover", "Key handover")}
    assert f.location.sheet == "Key handover" and f.location.cell == "A1"
    # the sheet names the log: the reader is sent to its cell, not told of a table
    assert all(evidence_where(f, ev).startswith("Key handover!") for ev in f.evidence)


def test_the_summary_counts_a_shadow_sheet_by_its_own_entries(scan):
    from gapscan.summary import build

    _qa_workbook(scan)
    ctx, _ = scan.run()
    found = list(PS01.check(ctx))
    summary = build([DocumentResult(document=d) for d in ctx.documents], found, ctx)
    (section,) = [s for s in summary.sections if s.title.startswith("The real system")]
    # 12 of the workbook's 52 entries (40 training, 12 key handovers)
    assert section.lines[0].startswith("1 working record that no procedure mentions holds 23% of all entries")
    assert section.lines[1].startswith("QA registers.xlsx § Key handover: 12 entries")


def _visitors(n: int) -> list[list[str]]:
    return [[f"VB-{1000 + i}", d.isoformat(), f"Guest {chr(65 + i)}", "Pat Kerr"]
            for i, d in enumerate(days(D(2025, 3, 3), [3] * (n - 1)))]


def test_ps02_pairs_the_log_of_a_page_of_logs_that_another_file_duplicates(scan):
    restore = _md_table(["Test Date", "Database", "Tested By", "Result"],
                        [[d.isoformat(), "prod_db", "Bo Chan", "Success"] for d in days(D(2025, 1, 7), [10] * 19)])
    header = ["Badge No", "Date", "Visitor", "Host"]
    scan.write("records/Logs.md", "# Logs\n\n## Visitor log\n\n" + _md_table(header, _visitors(14))
               + "\n## Restore tests\n\n" + restore)
    scan.csv("records/reception visitors.csv", header, _visitors(10))
    ctx, _ = scan.run()
    (f,) = PS02.check(ctx)
    assert f.path == "records/reception visitors.csv"
    assert f.related == ("records/Logs.md",)
    assert "Logs.md § Visitor log" in f.message and "Restore" not in f.message
    assert f.metrics["other"] == "records/Logs.md § Visitor log"
    quoted = [ev for ev in f.evidence if ev.path == "records/Logs.md"]
    assert quoted and {ev.record for ev in quoted} == {"Visitor log"}
    lines = scan.root.joinpath("records/Logs.md").read_text().splitlines()
    assert all(lines[ev.location.line - 1].startswith("| VB-10") for ev in quoted)


def test_ps02_does_not_pair_two_logs_of_one_file(scan):
    # one page keeps visitors and their badge returns side by side: one system, not two
    returns = [[badge, day, visitor, "yes"] for badge, day, visitor, _ in _visitors(14)]
    restore = _md_table(["Test Date", "Database", "Tested By", "Result"],
                        [[d.isoformat(), "prod_db", "Bo Chan", "Success"] for d in days(D(2025, 1, 7), [10] * 19)])
    scan.write("records/Logs.md", "# Logs\n\n## Visitor log\n\n"
               + _md_table(["Badge No", "Date", "Visitor", "Host"], _visitors(14))
               + "\n## Badge returns\n\n" + _md_table(["Badge No", "Date", "Visitor", "Returned"], returns)
               + "\n## Restore tests\n\n" + restore)
    ctx, _ = scan.run()
    assert list(PS02.check(ctx)) == []


# ---------------------------------------------------------------- one revision-history detector

def _table(header, rows) -> Table:
    return Table(header=tuple(header), rows=tuple(tuple(r) for r in rows), row_numbers=tuple(range(2, len(rows) + 2)),
                 location=Location(line=1))


DOC_REVISIONS = _table(["Rev", "Date", "Description", "Issue"],
                       [["1", "2024-01-10", "First release", "A"], ["2", "2024-06-02", "Scope widened", "B"],
                        ["3", "2025-02-11", "Roles renamed", "C"]])
ISSUE_LOG = _table(["Issue", "Raised", "Owner", "Closed"],
                   [["Backups not encrypted", "2025-01-08", "Bo Chan", "2025-02-01"],
                    ["Badge reader offline", "2025-02-14", "Pat Kerr", "2025-02-20"],
                    ["Laptop lost", "2025-03-30", "Ann Lee", ""]])


def test_one_detector_reads_a_revision_table_and_an_issue_log_alike_for_logs_and_drift():
    from gapscan.drift import _what_about
    from gapscan.records import revision_history

    assert revision_history(DOC_REVISIONS) and _what_about(DOC_REVISIONS) == "history"
    assert not revision_history(ISSUE_LOG) and _what_about(ISSUE_LOG) is None
    # a heading that says so makes any table a history, whatever its columns
    assert revision_history(ISSUE_LOG, "Document history")


def test_a_word_file_s_revision_table_is_not_one_of_its_logs_and_its_issue_log_is(scan):
    from gapscan.records import logs, profile

    inspections = [[d.strftime("%d/%m/%Y"), "FLT-1", "Sam Ray"] for d in days(D(2025, 3, 3), [7] * 8)]
    scan.docx("records/Site records.docx", "Site records", ["Kept by the site manager."],
              tables=[(list(DOC_REVISIONS.header), [list(r) for r in DOC_REVISIONS.rows]),
                      (["Date", "Truck", "Inspected by"], inspections),
                      (list(ISSUE_LOG.header), [list(r) for r in ISSUE_LOG.rows])])
    (doc,) = scan.documents()
    found = logs(doc, profile(doc))
    assert [p.table.header for p in found] == [("Date", "Truck", "Inspected by"), ISSUE_LOG.header]


def test_the_candidates_of_a_document_are_read_once():
    from gapscan import records
    from gapscan.model import Block, BlockType, Document, Kind

    doc = Document(path="records/Logs.md", source="/nowhere/Logs.md", format="md", kind=Kind.RECORD,
                   blocks=tuple(Block(type=BlockType.TABLE, text="", table=t, location=t.location)
                                for t in (ISSUE_LOG, DOC_REVISIONS)))
    assert records._candidates(doc) is records._candidates(doc)


def test_ps03_reads_the_words_of_the_log_the_procedure_governs_not_of_its_file(scan):
    from gapscan.rules.ps import PS03

    tools = ["Mitutoyo MT-293", "Norbar TTI-60", "Druck DPI-620", "Fluke FL-87"]
    calibration = _md_table(["Date", "Instrument", "Result", "Calibrated by", "Observations"],
                            [[d.isoformat(), tools[i % 4].split()[-1], "pass", "Kim Ode",
                              f"{tools[i % 4]} in tolerance"] for i, d in enumerate(days(D(2025, 1, 6), [14] * 15))])
    # the file's largest table, about something else
    cranes = ["Liebherr LTM-1100", "Terex AC-100", "Grove GMK-5250"]
    visitors = _md_table(["Date", "Visitor", "Host", "Purpose of visit"],
                         [[d.isoformat(), f"Guest {i}", "Pat Kerr", f"{cranes[i % 3]} inspection"]
                          for i, d in enumerate(days(D(2025, 1, 6), [3] * 40))])
    scan.write("records/Logs.md", "# Logs\n\n## Visitor log\n\n" + visitors + "\n## Calibration log\n\n" + calibration)
    scan.write("procedures/Calibration.md", "# Calibration\n\nEvery measuring instrument is calibrated against a "
                                            "traceable standard. The calibration log records the date, the "
                                            "instrument, the result and who calibrated it.\n")
    ctx, _ = scan.run()
    (f,) = PS03.check(ctx)
    assert f.path == "procedures/Calibration.md"
    terms = [t["term"] for t in f.metrics["missing_terms"]]
    # the calibration log's instrument makes, none of the visitor log's crane makes
    assert sorted(terms) == ["druck", "fluke", "mitutoyo", "norbar"]
    assert f.metrics["records"] == ["records/Logs.md § Calibration log"]
    assert f.related == ("records/Logs.md",)
    assert {(ev.path, ev.record) for ev in f.evidence} == {("records/Logs.md", "Calibration log")}
    lines = scan.root.joinpath("records/Logs.md").read_text().splitlines()
    assert all(lines[ev.location.line - 1].startswith("| 2025-") and "Kim Ode" in lines[ev.location.line - 1]
               for ev in f.evidence)


def test_a_config_link_to_a_file_of_logs_links_each_of_its_logs(scan):
    keys = _md_table(["Handover date", "Key", "Handed to", "Returned"],
                     [[d.isoformat(), f"K-{i}", "Sam Ray", "yes"] for i, d in enumerate(days(D(2025, 2, 3), [9] * 11))])
    restore = _md_table(["Test Date", "Database", "Tested By", "Result"],
                        [[d.isoformat(), "prod_db", "Bo Chan", "Success"] for d in days(D(2025, 1, 7), [10] * 19)])
    scan.write("records/Logs.md", "# Logs\n\n## Key handover\n\n" + keys + "\n## Restore tests\n\n" + restore)
    scan.write("procedures/Site.md", "# Site services\n\nThe office manager looks after the building and its "
                                     "services, and the IT manager looks after the servers.\n")
    ctx, result = scan.run()
    # the procedure names none of the set's records: each log is a lead (rules/ps/ps01.py lead_reason), still named
    assert sorted(f.message.removeprefix("Lead, not a finding: ").split(" is kept")[0]
                  for f in PS01.check(ctx)) == ["Logs.md § Key handover", "Logs.md § Restore tests"]
    ctx, result = scan.run(config_links=[("procedures/Site.md", "records/Logs.md")])
    assert {(link.path, link.via) for link in result.links["procedures/Site.md"] if link.via == "config"} == {
        ("records/Logs.md § Key handover", "config"), ("records/Logs.md § Restore tests", "config")}
    assert list(PS01.check(ctx)) == []


def test_sh01_finds_the_sheet_filled_for_the_auditor_beside_a_larger_one(scan):
    from dataclasses import replace

    from gapscan.rules.sh import SH01

    audit = D(2025, 6, 30)
    steady = days(D(2025, 1, 2), [10] * 35)
    rush = days(audit - dt.timedelta(days=19), [1] * 11)  # 12 checks in the 3 weeks before the audit
    checks = sorted(steady + rush)
    deliveries = [[d, f"PO-{i}", "Ann Lee"] for i, d in enumerate(days(D(2025, 1, 2), [1] * 299))]
    scan.workbook("records/Stores.xlsx", [("Deliveries", None, ["Date", "Order", "Received by"], deliveries),
                                          ("Racking checks", None, ["Check date", "Bay", "Checked by"],
                                           [[d, "B1", "Sam Ray"] for d in checks])])
    ctx, _ = scan.run()
    ctx = replace(ctx, audit_dates=(audit,))
    (f,) = SH01.check(ctx)
    assert f.path == "records/Stores.xlsx"
    assert f.message.startswith(f"Stores.xlsx § Racking checks: {f.metrics['entries_in_window']} entries in the 3 "
                                "weeks before the audit of 2025-06-30")
    assert f.metrics["entries"] == len(checks)
    assert {(ev.path, ev.record, ev.location.sheet) for ev in f.evidence} == {
        ("records/Stores.xlsx", "Racking checks", "Racking checks")}
