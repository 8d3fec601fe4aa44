"""PS01 and a list the folder's own README describes ("`qc-tools-procurement.csv` — procurement spreadsheet with
suggested models and quantities"): the set says what it is and what it is for, so it is not kept outside the
documented system, whoever classed the README 'other' (drhold5, a builder's QMS pack; drhold4, a lab's documents
page that linked its blank checklist)."""
from __future__ import annotations

from types import SimpleNamespace

from gapscan.model import Kind
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("docs/sops/SOP-04 Testing.md", ["The electrician tests every circuit before the module leaves the bay."])
ROWS = [("Electrical", f"Tester {i}", "Fluke T6", 1, 4) for i in range(12)]


def _ctx(readme_text: str, readme_path: str = "docs/qc-tools/README.md"):
    tbl = table(("Category", "Item", "Suggested Model", "Qty per Crew", "Qty per Warehouse"), ROWS)
    path = "docs/qc-tools/qc-tools-procurement.csv"
    prof = profile(path, tbl, {"Category": "status", "Item": "text", "Suggested Model": "text"})
    readme = text_doc(readme_path, ["QC Tools folder", readme_text], kind=Kind.OTHER)
    return Context(documents=(PROC, readme, record_doc(path, tbl)), records={path: prof},
                   drift=SimpleNamespace(links={}))


def test_a_list_its_folder_readme_describes_is_not_a_shadow_record():
    ctx = _ctx("Contains: `qc-tools-procurement.csv` — procurement spreadsheet with suggested models and quantities.")
    assert list(PS01.check(ctx)) == []


def test_a_readme_that_does_not_name_it_leaves_it_a_shadow_record():
    (f,) = PS01.check(_ctx("Contains the tool overview drawing."))
    assert f.path == "docs/qc-tools/qc-tools-procurement.csv"


def test_a_readme_in_another_folder_does_not_document_it():
    ctx = _ctx("Contains: `qc-tools-procurement.csv` and the rest.", readme_path="docs/other/README.md")
    (f,) = PS01.check(ctx)
    assert f.path == "docs/qc-tools/qc-tools-procurement.csv"
