"""PS02 and a chapter that prints a tracker's rows among its prose (kinds19). Held-out security programmes (a
HIPAA and a PCI DSS one) write each register twice: a spreadsheet under trackers/ and a chapter (02.08-connected-
systems.md, 04.10-payment-page-script-management.md) that shows the same rows in tables between paragraphs that
explain them. Sharing every identifier, they were told they "write down the same entries"; judged, none of eight
could be proven: a chapter printing the tracker for its readers may be so by design, and which one people keep
is not shown. Where every link of a group joins such a chapter (several paragraphs of prose, several tables) the
group is a lead; two trackers sharing their entries are still a finding, and so is a chapter's copy of a log
that holds no prose of its own."""
from __future__ import annotations

from pathlib import Path

from gapscan.model import Severity
from test_ps_passing_mention import _audit

POLICY = {"policies/scripts.md": "# Payment page script policy\n\nThe web lead keeps the script inventory.\n"}
SCRIPTS = [(f"S-{i:02d}", f"script-{i}.js", ["Analytics", "Payments", "Chat", "Fonts"][i % 4],
            ["Approved", "Pending"][i % 2], ["SRI hash", "CSP nonce"][i % 2]) for i in range(1, 13)]


def _tracker() -> str:
    return "ID,Script,Purpose,Authorisation,Integrity method\n" + "".join(
        f"{i},{s},{p},{a},{m}\n" for i, s, p, a, m in SCRIPTS)


def _table(rows) -> str:
    return "| ID | Script | Purpose | Authorisation | Integrity method |\n|---|---|---|---|---|\n" + "".join(
        f"| {i} | {s} | {p} | {a} | {m} |\n" for i, s, p, a, m in rows)


def _chapter() -> str:
    out = ["# 04.10 Payment page script management\n"]
    for part in range(4):
        out.append(f"## {part + 1}. Scripts of group {part + 1}\n")
        out.append("These scripts run on the payment page during checkout, and each one was reviewed by the web "
                   "lead before it was allowed to load, with its business reason written down in the tracker.\n")
        out.append("The integrity method says how a change to the script is caught before a customer sees it, "
                   "and the authorisation says whether the change board has approved it for this release.\n")
        out.append(_table(SCRIPTS[3 * part:3 * part + 3]))
    return "\n".join(out)


def _run(tmp_path: Path, copy_path: str, copy_text: str):
    files = {**POLICY, "trackers/script-inventory.csv": _tracker(), copy_path: copy_text}
    kinds = {"policies/scripts.md": "procedure", "trackers/script-inventory.csv": "record", copy_path: "record"}
    return _audit(tmp_path, files, kinds, "PS02")


def test_a_chapter_printing_the_trackers_rows_is_a_lead(tmp_path: Path):
    [found] = _run(tmp_path, "04/04.10-payment-page-script-management.md", _chapter())
    # before: a warning, "records 12 of the same ID values as script-inventory.csv"
    assert found.metrics["strength"] == "lead" and found.severity is Severity.INFO, found.message
    assert "chapter" in found.metrics["lead_reason"]


def test_two_trackers_sharing_their_entries_are_a_finding(tmp_path: Path):
    [found] = _run(tmp_path, "web/script-register.csv", _tracker())
    assert found.metrics["strength"] == "finding" and found.severity is Severity.WARNING


def test_a_log_page_copying_the_rows_without_prose_is_a_finding(tmp_path: Path):
    [found] = _run(tmp_path, "web/script-register.md", "# Script register\n\n" + _table(SCRIPTS))
    assert found.metrics["strength"] == "finding" and found.severity is Severity.WARNING
