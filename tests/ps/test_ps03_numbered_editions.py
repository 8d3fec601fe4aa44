"""PS03 and the same numbered chapter of another part of a series. A held-out PCI DSS programme writes one
"Phase Summary & Transition" chapter per phase (05.13-phase-summary-and-transition.md, 06.13-..., 08.14-...);
some are classed procedure and the others record, and each procedure-classed one was made the procedure the
others are "named for", then said to lack the others' words ('consequences', 'context', 'cfo'). Two documents
of one name and one format under different leading numbers are editions of one chapter for different parts,
not a procedure and the record of its work; a record named for the procedure in another form is still read."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


PROCEDURE = """# 05.13 — Shift Handover

## Handover

The outgoing supervisor hands over each open job at the line board with its state and the next step, and
the incoming supervisor signs the shift handover log.
"""

ROWS = [("Kestrel press 4", "Die change on the Kestrel press, hydraulic leak under the bolster"),
        ("Osprey welder 2", "Osprey welder wire feed jams on the galvanised batch"),
        ("Harrier lathe 1", "Harrier lathe chuck key left in, coolant low"),
        ("Kestrel press 4", "Kestrel press light curtain fault, reset by electrician"),
        ("Osprey welder 2", "Osprey welder torch liner replaced"),
        ("Harrier lathe 1", "Harrier lathe guard interlock sticking")]


def _table() -> str:
    lines = ["| Date | Machine | What was handed over |", "|---|---|---|"]
    lines += [f"| 2026-03-{i + 1:02d} | {ROWS[i % 6][0]} | {ROWS[i % 6][1]} |" for i in range(18)]
    return "\n".join(lines) + "\n"


def _ps03(root: Path, record_path: str, record_text: str):
    (root / "05").mkdir()
    (root / "05" / "05.13-shift-handover.md").write_text(PROCEDURE, encoding="utf-8")
    target = root / record_path
    target.parent.mkdir(exist_ok=True)
    target.write_text(record_text, encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"05/05.13-shift-handover.md" = "procedure"\n'
                                       f'"{record_path}" = "record"\n')


def test_the_same_chapter_of_another_part_is_not_the_procedures_record(tmp_path):
    text = "# 06.13 — Shift Handover\n\n## Handovers this phase\n\n" + _table()
    # before: "The records this procedure governs keep talking about 'kestrel press' ..., 'osprey welder' ..."
    assert _ps03(tmp_path, "06/06.13-shift-handover.md", text) == []


def test_a_record_named_for_the_procedure_is_still_read(tmp_path):
    text = "# Shift Handover Log\n\n" + _table()
    (found,) = _ps03(tmp_path, "06/shift-handover-log.md", text)
    assert "'kestrel press'" in found.message
