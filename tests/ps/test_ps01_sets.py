"""PS01 on real files: a record that a procedure of any format names is governed, and a set
with no procedures at all has nothing to compare a record with."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapscan import config as config_mod
from gapscan import engine

WI_TEXT = ("WI-31 Fryer oil checks\n\n"
           "1. At the start of each shift the line leader tests the fryer oil with the polar test strip.\n"
           "2. Record the reading on the fryer oil check sheet with the time and your initials.\n"
           "3. Change the oil when the reading is 24% or more and note the change on the sheet.\n")
WI_HTML = ("<html><head><title>WI-31 Fryer oil checks</title></head><body><h1>WI-31 Fryer oil checks</h1>"
           "<ol><li>At the start of each shift the line leader tests the fryer oil with the polar test strip.</li>"
           "<li>Record the reading on the fryer oil check sheet with the time and your initials.</li>"
           "<li>Change the oil when the reading is 24% or more and note the change on the sheet.</li></ol>"
           "</body></html>")


def _records(folder: Path) -> None:
    start = dt.date(2025, 9, 1)
    lines = ["Date,Shift,Polar reading %,Oil changed,Initials"]
    lines += [f"{(start + dt.timedelta(days=i)).isoformat()},{'Days' if i % 2 else 'Nights'},{12 + i % 13},"
              f"{'Y' if i % 13 == 12 else 'N'},{['AL', 'BC', 'CP'][i % 3]}" for i in range(60)]
    (folder / "records").mkdir(parents=True, exist_ok=True)
    (folder / "records" / "fryer oil check sheet.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["Date,Area,Task,Done by"]
    lines += [f"{(start + dt.timedelta(days=i)).isoformat()},{['Line 1', 'Line 2'][i % 2]},"
              f"{['floor wash', 'drain clean'][i % 2]},{['AL', 'BC'][i % 2]}" for i in range(40)]
    (folder / "records" / "deep clean rota.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _ps01(folder: Path):
    cfg = config_mod.load(config_mod.discover(folder))
    report = engine.run([folder], cfg, engine.RunOptions(select=("PS01",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    return report, [f for f in report.findings if f.rule == "PS01"]


@pytest.mark.parametrize("name, text", [("WI-31 Fryer oil checks.txt", WI_TEXT),
                                        ("WI-31 Fryer oil checks.md", "# " + WI_TEXT),
                                        ("WI-31 Fryer oil checks.html", WI_HTML)])
def test_a_work_instruction_in_any_text_format_governs_the_record_it_names(tmp_path, name, text):
    _records(tmp_path)
    (tmp_path / "instructions").mkdir()
    (tmp_path / "instructions" / name).write_text(text, encoding="utf-8")
    # The instruction is declared a procedure here, so the test holds whatever the classifier says of it.
    (tmp_path / "gapscan.toml").write_text(f'[kinds]\n"instructions/{name}" = "procedure"\n', encoding="utf-8")
    report, found = _ps01(tmp_path)
    kinds = {d.document.path: d.document.kind.value for d in report.documents}
    assert kinds[f"instructions/{name}"] == "procedure"
    # The check sheet the instruction names is governed; the rota nobody names is the shadow.
    assert [f.path for f in found] == ["records/deep clean rota.csv"]
    assert found[0].metrics["rows"] == 40 and found[0].metrics["shadow_records"] == 1


def test_a_set_of_records_without_procedures_has_no_shadow_records(tmp_path):
    _records(tmp_path)
    report, found = _ps01(tmp_path)
    assert {d.document.kind.value for d in report.documents} == {"record"}
    assert found == []
