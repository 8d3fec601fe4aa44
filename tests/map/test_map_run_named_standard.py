"""`audit` reads each text against the standards its run names (mirroring.standards_named -> analyze_many's
`named`, session 18); `map` and `draft` read the same texts without them, so a run naming ISO 14001 had its
environmental page audited against ISO 14001 and mapped (and drafted) against ISO 9001, the first catalogue its
shared support-clause titles fit. All three now read a text against the same standard."""
from __future__ import annotations

from pathlib import Path

from gapscan.config import Config
from gapscan.draft.reading import analyse, analyse_all
from gapscan.engine import RunOptions, run
from gapscan.mapping.run import run as map_run

# the system's overview page names its standard
OVERVIEW = """# Environmental Management System

Harrow Print Works runs its environmental management system to ISO 14001:2015. The Works Manager owns the system
and reports to the directors every quarter. The pages in this folder say how each part is run.
"""

# one of its pages: support-clause titles every management-system standard shares, naming no standard itself
SUPPORT = """# Staff and Awareness

## Competence

The Office Manager keeps a list of the skills each role needs and checks new starters against it in their first week.

## Awareness

Every member of staff completes the induction module in the learning portal when they join and every March.

## Communication

Notices go out by email from the Office Manager; urgent ones are also posted on the staff room board.

## Documented information

Procedures are kept in the shared drive under Management; the Office Manager reviews them each January.
"""


def _set(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "overview.md").write_text(OVERVIEW, encoding="utf-8")
    (folder / "support.md").write_text(SUPPORT, encoding="utf-8")
    return folder


def test_audit_map_and_draft_read_a_page_against_the_standard_its_run_names(tmp_path):
    folder = _set(tmp_path / "set")
    report = run([folder], Config(), RunOptions(jobs=1, timestamp=False, cache=False))
    audited = {d.document.path: d.standard for d in report.documents}
    assert audited["support.md"] == "iso14001", audited
    mapped, _ = map_run([folder], Config(), jobs=1, cache=False)
    assert mapped.standard == "iso14001" and mapped.standard_detected, mapped.standard
    drafted = {a.procedure.path: a.mirroring.standard for a in analyse_all(folder, Config(), jobs=1)}
    assert drafted["support.md"] == "iso14001", drafted
    one = analyse(folder / "support.md", [folder], Config(), jobs=1, cache=False)
    assert one.mirroring.standard == "iso14001"


def test_a_forced_standard_still_wins_in_map(tmp_path):
    folder = _set(tmp_path / "set")
    mapped, _ = map_run([folder], Config(), standard="iso45001", jobs=1, cache=False)
    assert mapped.standard == "iso45001" and not mapped.standard_detected


def test_without_the_overview_the_page_is_read_by_its_own_headings(tmp_path):
    folder = _set(tmp_path / "set")
    (folder / "overview.md").unlink()
    mapped, _ = map_run([folder], Config(), jobs=1, cache=False)
    report = run([folder], Config(), RunOptions(jobs=1, timestamp=False, cache=False))
    audited = {d.document.path: d.standard for d in report.documents}
    assert mapped.standard == audited["support.md"] == "iso9001", (mapped.standard, audited)  # first that fits
