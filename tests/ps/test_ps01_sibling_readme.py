"""PS01 and a README in a sibling folder that names the log by path, in its words or as a link's target: the set
says what the file is, so it is not kept outside the documented system (drhold11: a coral lab's wet-lab protocols
README links "[CSV](.../CBLS_Aquarium_WQ_Tracking/CBLS_watertables_waterquality_tracking.csv) of water quality
tracking data"; both projects' copies of that log, in a sibling folder's subfolders, were reported unnamed).
A bare file name from a sibling folder, or a path from a folder elsewhere in the set, still documents nothing."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from gapscan.ingest.markdown import markdown_blocks
from gapscan.model import Kind
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("lab/protocols/Titration.md", ["The technician titrates every sample before it is stored."])
ROWS = [(f"2026-01-{i + 1:02d}", f"T{i % 3}", 25.0 + i / 10, 35) for i in range(12)]
LOG = "lab/projects/reef/data/tank_wq_tracking.csv"


def _ctx(markdown: str, readme_path: str = "lab/protocols/README.md"):
    tbl = table(("Date", "Tank", "Temperature", "Salinity"), ROWS)
    prof = profile(LOG, tbl, {"Date": "date", "Tank": "text", "Temperature": "number"})
    readme = replace(text_doc(readme_path, [], kind=Kind.OTHER), blocks=tuple(markdown_blocks(markdown)))
    return Context(documents=(PROC, readme, record_doc(LOG, tbl)), records={LOG: prof},
                   drift=SimpleNamespace(links={}))


def test_a_sibling_readme_linking_the_log_by_path_documents_it():
    ctx = _ctx("## Links\n\n- [CSV](https://example.org/lab/blob/main/lab/old_place/tank_wq_tracking.csv) of water "
               "quality tracking data.\n")
    assert list(PS01.check(ctx)) == []


def test_a_sibling_readme_writing_the_path_documents_it():
    assert list(PS01.check(_ctx("The readings go in `data/tank_wq_tracking.csv`, one row per tank.\n"))) == []


def test_a_bare_name_from_a_sibling_folder_documents_nothing():
    (f,) = PS01.check(_ctx("The readings go in tank_wq_tracking.csv, one row per tank.\n"))
    assert f.path == LOG


def test_a_path_from_a_folder_elsewhere_documents_nothing():
    (f,) = PS01.check(_ctx("- [CSV](../data/tank_wq_tracking.csv) of readings.\n",
                           readme_path="other/site/README.md"))
    assert f.path == LOG
