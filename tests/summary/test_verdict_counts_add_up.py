"""The executive summary's procedure counts add up to the procedures read: one too short for a verdict is
counted as such, not silently left out (a real set showed '25 operational' of 26 procedures)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OPERATIONAL = """# Purchasing procedure

## Steps
1. The buyer raises a purchase order in SAP for every order over 500 EUR.
2. The purchasing manager approves orders above 5000 EUR within two working days.
3. The buyer checks the approved supplier list and places the order within three days.
4. The storekeeper checks the delivery note against the order and records it in the goods-in log.
"""


def gapscan(*args: str, cwd: Path) -> str:
    r = subprocess.run([sys.executable, "-m", "gapscan", *args, "--no-cache"], capture_output=True, text=True,
                       cwd=cwd, timeout=300)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return r.stdout


def test_a_procedure_too_short_for_a_verdict_is_counted(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    for name in ("qp-01-purchasing.md", "qp-03-receiving.md", "qp-04-orders.md"):
        (folder / name).write_text(OPERATIONAL)
    (folder / "qp-02-calibration.md").write_text("# Calibration procedure\n\nGauges get calibrated.\n")
    terminal = " ".join(gapscan("audit", "set", cwd=tmp_path).split())
    assert "4 procedures: 3 operational, 1 too short to judge" in terminal
    # the chart's bars hold the three verdicts only, and say so
    assert "procedures by how they are written (1 too short to judge not shown)" in terminal
    markdown = gapscan("audit", "set", "--format", "markdown", cwd=tmp_path)
    assert "- Procedures by verdict: 3 operational, 1 too short to judge (of 4)" in markdown
    html = gapscan("audit", "set", "--format", "html", cwd=tmp_path)
    assert '<span class="n">1</span><span>too short to judge</span>' in html


GERMAN = """# Einkaufsrichtlinie

## Zweck
Diese Richtlinie regelt, wie Bestellungen angelegt, genehmigt und geprüft werden.

## Geltungsbereich
Sie gilt für alle Bestellungen des Unternehmens.

## Verantwortlichkeiten
1. Der Einkäufer legt für jede Bestellung über 500 EUR eine Bestellung in SAP an und prüft die Lieferantenliste.
2. Der Einkaufsleiter genehmigt Bestellungen über 5000 EUR innerhalb von zwei Arbeitstagen.
3. Der Lagerist prüft den Lieferschein gegen die Bestellung und trägt die Lieferung in das Wareneingangsbuch ein.
"""


def test_the_procedure_paragraph_adds_up_where_it_is_read(tmp_path):
    # "gapscan read 5 procedures. 3 are written around the actual work." left the other two to later bullets:
    # the paragraph that gives the total accounts for every procedure in it
    folder = tmp_path / "set"
    folder.mkdir()
    for name in ("qp-01-purchasing.md", "qp-03-receiving.md", "qp-04-orders.md"):
        (folder / name).write_text(OPERATIONAL)
    (folder / "qp-02-calibration.md").write_text("# Calibration procedure\n\nGauges get calibrated.\n")
    (folder / "einkaufsrichtlinie.md").write_text(GERMAN)
    markdown = gapscan("audit", "set", "--format", "markdown", cwd=tmp_path)
    section = markdown[markdown.index("### How the procedures are written"):]
    first = section.split("\n- ", 1)[1].split("\n", 1)[0]
    assert first.startswith("gapscan read 5 procedures"), first
    counts = [int(part.strip().split()[0]) for part in first.split(":", 1)[1].rstrip(".").split(";")]
    assert sum(counts) == 5, first
    assert "too short" in first and "not in English" in first, first


def test_each_reason_a_rule_did_not_look_is_its_own_bullet(tmp_path):
    # "Not checked, because no record ...: time limits (DR03 ...). Duplicate recording (PS02) not checked: ...
    # Standard-speak (CM03) ... not judged: text in German ..." was one bullet of three reasons
    folder = tmp_path / "set"
    folder.mkdir()
    for name in ("qp-01-purchasing.md", "qp-03-receiving.md"):
        (folder / name).write_text(OPERATIONAL)
    (folder / "einkaufsrichtlinie.md").write_text(GERMAN)
    (folder / "visitor-log.csv").write_text("date,visitor,host\n2026-01-03,A Smith,Reception\n"
                                            "2026-01-04,B Jones,Stores\n2026-01-05,C Lee,Office\n")
    markdown = gapscan("audit", "set", "--format", "markdown", cwd=tmp_path)
    section = markdown.split("### Does the work follow the procedures?")[1].split("\n### ")[0]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    reasons = ("Not checked, because no record in the set shows them", "Duplicate recording (PS02) not checked",
               "not judged: text in German")
    for reason in reasons:
        assert sum(reason in b for b in bullets) == 1, (reason, bullets)
    assert all(sum(r in b for r in reasons) <= 1 for b in bullets), bullets
