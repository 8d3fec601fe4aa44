"""PS03 and a log kept once per part of a series (kinds19). A held-out PCI DSS programme keeps one
logs/action-item-log.md in each phase's folder (01-... to 09-...); the closing phase's "Open items and
corrective actions" chapter carries the log's subject in its title, so it was made the procedure of all nine,
then said to lack the words of the other phases' actions ('configuration', 'exit criterion', 'poi'). A log of
one name kept in each of several sibling folders is each part's own: a chapter filed in another part is not the
procedure its entries follow (unless the config links them); the log of its own part is still read against it,
and so is a log that no sibling folder repeats."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings

PROCEDURE = """# 03.06 — Open items and corrective actions

## How open items are closed

The programme manager reviews each open item and its corrective action every week with its owner, sets a due
date, and closes the item in the action item log when the evidence is filed.
"""

PHASE_ROWS = {
    "01-start": [("Kestrel press", "Fit the die change guard", "Open"), ("Kestrel press", "Fix the bolster leak", "Open"),
                 ("Kestrel press", "Reset the light curtain", "Complete")],
    "02-build": [("Osprey welder", "Clear the wire feed", "Open"), ("Osprey welder", "Replace the torch liner",
                                                                     "Complete"),
                 ("Osprey welder", "Set the gas flow", "Open")],
    "03-close": [("Harrier lathe", "Remove the chuck key", "Open"), ("Harrier lathe", "Free the guard interlock",
                                                                      "Complete"),
                 ("Harrier lathe", "Top up the coolant", "Open")],
}


def _log(rows) -> str:
    lines = ["# Action item log", "", "| ID | Machine | Action | Owner | Due | Status |", "|---|---|---|---|---|---|"]
    lines += [f"| A-{i:02d} | {m} | {a} | Ann Lee | 2026-03-{i + 1:02d} | {s} |" for i, (m, a, s) in enumerate(rows * 2)]
    return "\n".join(lines) + "\n"


def _ps03(root: Path, phases):
    kinds = ['[kinds]', '"03-close/03.06-open-items-and-corrective-actions.md" = "procedure"']
    (root / "03-close").mkdir()
    (root / "03-close" / "03.06-open-items-and-corrective-actions.md").write_text(PROCEDURE, encoding="utf-8")
    for phase in phases:
        (root / phase / "logs").mkdir(parents=True)
        (root / phase / "logs" / "action-item-log.md").write_text(_log(PHASE_ROWS[phase]), encoding="utf-8")
        kinds.append(f'"{phase}/logs/action-item-log.md" = "record"')
    return rule_findings(root, "PS03", "\n".join(kinds) + "\n")


def test_another_parts_log_of_the_same_name_is_not_the_chapters_work(tmp_path):
    found = _ps03(tmp_path, ["01-start", "02-build", "03-close"])
    # before: "keep talking about 'kestrel press' (6x), 'osprey welder' (6x), 'harrier lathe' (6x)", read from
    # all three phases' logs; its own phase's log alone names one machine
    assert all("kestrel" not in f.message and "osprey" not in f.message for f in found), [f.message for f in found]


def test_a_log_no_sibling_folder_repeats_is_still_read(tmp_path):
    (tmp_path / "01-start" / "logs").mkdir(parents=True)
    (tmp_path / "01-start" / "logs" / "action-item-log.md").write_text(
        _log(PHASE_ROWS["01-start"] + PHASE_ROWS["02-build"] + PHASE_ROWS["03-close"]), encoding="utf-8")
    (tmp_path / "03-close").mkdir()
    (tmp_path / "03-close" / "03.06-open-items-and-corrective-actions.md").write_text(PROCEDURE, encoding="utf-8")
    (found,) = rule_findings(tmp_path, "PS03", '[kinds]\n"03-close/03.06-open-items-and-corrective-actions.md" = '
                                               '"procedure"\n"01-start/logs/action-item-log.md" = "record"\n')
    assert "'kestrel press'" in found.message
