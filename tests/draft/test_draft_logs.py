"""A draft reads a file of several logs as its logs, as the audit's drift rules do: the goods-in log under its
heading in a page of logs is the record of the procedure, its columns and rows cited as 'Logs.md § Goods-in log'.

Before, the draft's profiles were one per file (its largest table): the log the drift stage checked the claims
against ('records/Logs.md § QF-21 Goods-in log') had no profile there, and the draft said nothing of its columns.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.config import Config
from gapscan.draft import analyse, build, render

PROCEDURE = """# SOP-31 Goods-in Inspection of Bar Stock

## Checks
The Goods-in Inspector checks each delivery of bar stock weekly and records the result on the
Goods-in Log (QF-21) with the heat number, inspector and result.
"""


def _table(header, rows):
    return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                     + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def test_the_draft_reads_the_log_of_a_page_of_logs_the_claims_were_checked_against(tmp_path: Path):
    goods = _table(["Date", "Heat number", "Inspector", "Result"],
                   [["2026-01-05", "H1001", "J. Patel", "Pass"], ["2026-01-12", "H1002", "J. Patel", "Pass"],
                    ["2026-01-19", "H1003", "A. Osei", "Fail"], ["2026-01-26", "H1004", "J. Patel", "Pass"],
                    ["2026-02-02", "H1005", "J. Patel", "Pass"]])
    # a larger log of other work on the same page: the file's principal table
    visitors = _table(["Visit date", "Badge", "Visitor", "Host"],
                      [[f"2026-01-{d:02d}", f"V-{d}", "Guest", "Pat Kerr"] for d in range(1, 29)])
    (tmp_path / "procedures").mkdir()
    (tmp_path / "records").mkdir()
    (tmp_path / "procedures" / "SOP-31.md").write_text(PROCEDURE)
    (tmp_path / "records" / "Logs.md").write_text("# Site logs\n\n## Visitor book\n\n" + visitors
                                                  + "\n## QF-21 Goods-in log\n\n" + goods)
    analysis = analyse(tmp_path / "procedures" / "SOP-31.md", [tmp_path / "records"], Config(), cache=False)
    checked = {c.record for c in analysis.drift.claims[analysis.procedure.path] if c.record}
    assert checked == {"records/Logs.md § QF-21 Goods-in log"}
    assert "records/Logs.md § QF-21 Goods-in log" in analysis.profiles
    text = render(build(analysis, "0"), "markdown")
    assert "'Inspector' in Logs.md § QF-21 Goods-in log names J. Patel in 4 of 5, A. Osei in 1 of 5 rows" in text
    assert "Visitor" not in text
