"""PS03 and a page that links the set's documents. The hipaa regression set's site page docs/index.html (read as a
procedure) links each phase's README, a dashboard and the portfolio index 09.12-portfolio-index-and-navigation.md
(read as a record: rows '2.01 | Inventory Methodology | How ePHI assets were discovered; NIST SP 800-66 ...'); since
HTML links count as naming a file, PS03 read the index against the page and reported that it never says 'readme',
'nist', 'hitech' or 'nprm'. A page that names INDEX_FILES or more of the set's files lists them (common.INDEX_FILES,
pshold25); one that links as many, in link words of its own ('Phase 2'), lists them as well."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings

ROWS = [("1", "README", "Phase overview, organisation at a glance"),
        ("1.01", "Programme Charter", "Why the HITECH audit matters; the NIST mapping"),
        ("1.02", "Regulatory Landscape", "OCR enforcement, HITECH, the NPRM"),
        ("2", "README", "Phase two overview"),
        ("2.01", "Inventory Methodology", "How assets were found; NIST SP 800-66 step one"),
        ("2.02", "System Inventory", "Every system holding health data"),
        ("3", "README", "Phase three overview"),
        ("3.01", "Risk Analysis Method", "NIST SP 800-30 scoring; HITECH penalties"),
        ("3.02", "NPRM Gap Analysis", "The NPRM's sixteen requirements"),
        ("4", "README", "Phase four overview"),
        ("4.01", "Workforce Security", "Hiring and leaving, per NIST"),
        ("9.09", "Recertification and NPRM Readiness", "Worked backwards from the NPRM")]


def _set(root: Path, phases: int) -> list:
    head = "| # | Document | One line |\n|---|---|---|\n"
    body = "".join(f"| {n} | {d} | {o} |\n" for n, d, o in ROWS)
    (root / "portfolio-index.md").write_text("# Portfolio index\n\n" + head + body, encoding="utf-8")
    links = []
    for i in range(1, phases + 1):
        folder = root / f"0{i}-phase" if i < 10 else root / f"{i}-phase"
        folder.mkdir()
        name = f"{folder.name[:2]}.00-README.md"
        (folder / name).write_text(f"# Phase {i}\n\nThe documents of phase {i}.\n", encoding="utf-8")
        links.append(f"- [Phase {i}](./{folder.name}/{name})")
    (root / "index.md").write_text(
        "# Portfolio\n\nThis site presents the programme phase by phase.\n\n## Phases\n\n" + "\n".join(links)
        + "\n\n## Where to start\n\nRead the [portfolio index](portfolio-index.md) first; the programme lead keeps"
          " it up to date when a document is added.\n", encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"index.md" = "procedure"\n"portfolio-index.md" = "record"\n'
                                       '"*/*.md" = "other"\n')


def test_a_page_linking_the_sets_files_is_not_the_index_records_procedure(tmp_path):
    # before: "The records this procedure governs keep talking about 'readme' (4x), 'nist' (4x), 'nprm' (4x) ..."
    assert _set(tmp_path, phases=10) == []


def test_a_page_linking_a_few_files_still_governs_the_record_it_links(tmp_path):
    (found,) = _set(tmp_path, phases=3)
    assert found.path == "index.md" and "'nprm'" in found.message
