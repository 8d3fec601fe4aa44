"""A draft is drafted from the procedure's own record: of the records it names, the one named as the procedure is,
not whichever link is strongest (pci 03.07 'Segmentation Penetration Test' drafted from a README the page links
to, beside segmentation-test-findings.xlsx; 03.11 'Risk Register' from a traceability page beside
risk-register.xlsx). Counts of one say so in the singular ("1 entry", not "1 entries")."""
from __future__ import annotations

from pathlib import Path

from gapscan.config import Config
from gapscan.draft import analyse, build, render


def _table(header, rows):
    return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                     + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def _draft(tmp_path: Path, procedure: str, records: dict[str, str], name: str = "SOP-40.md"):
    (tmp_path / "procedures").mkdir()
    (tmp_path / "records").mkdir()
    (tmp_path / "procedures" / name).write_text(procedure)
    for record, text in records.items():
        (tmp_path / "records" / record).write_text(text)
    analysis = analyse(tmp_path / "procedures" / name, [tmp_path / "records"], Config(), cache=False)
    return build(analysis, "0")


def test_the_record_named_as_the_procedure_is_drafted_from(tmp_path: Path):
    procedure = """# Pump inspection

The fitter inspects each pump and notes the seal state. The pump list with its owners is kept in
pump-fleet-contents.md.
"""
    fleet = _table(["Pump", "Site", "Owner", "Installed"],
                   [[f"P-{i}", "North", "Ann Lee", f"2019-0{i}-01"] for i in range(1, 8)])
    inspections = _table(["Date", "Pump", "Seal", "Fitter"],
                         [[f"2026-01-{i * 3:02d}", f"P-{i % 4 + 1}", "ok", "Bo Chan"] for i in range(1, 9)])
    draft = _draft(tmp_path, procedure, {"pump-fleet-contents.md": "# Fleet\n\n" + fleet,
                                         "pump inspection log.md": "# Pump inspection log\n\n" + inspections},
                   name="pump-inspection.md")
    assert draft.records and draft.records[0] == "records/pump inspection log.md", draft.records


def test_one_entry_is_said_in_the_singular(tmp_path: Path):
    procedure = """# SOP-40 Change control

Each change is requested on the Change Log (CL-01).
"""
    text = render(_draft(tmp_path, procedure, {"CL-01 Change Log.md": "# CL-01 Change Log\n\n" + _table(
        ["Change ID", "Requested", "Summary"], [["C-1", "2026-02-03", "Widen the gate"]])}), "markdown")
    assert "1 entries" not in text and "1 rows so far" not in text, text
    assert "1 entry in CL-01 Change Log.md on 2026-02-03." in text, text
    assert "Keep CL-01 Change Log.md: 1 row so far" in text, text


def test_one_word_in_common_does_not_make_a_record_the_procedures_own():
    # 'Workforce security' and a security metrics log share one word: the strongest link stays first
    from gapscan.draft.build import _own_record
    from gapscan.model import Link

    clearances = Link(path="records/staff-clearance-register.md", via="file name", confidence=0.9)
    metrics = Link(path="records/security-metrics-log.md", via="title", confidence=0.8)
    assert _own_record([clearances, metrics], "Workforce security") == [clearances]
    # two words of the title in the file's name make it the procedure's own, however strong the other link
    own = Link(path="records/workforce-security-log.xlsx", via="title", confidence=0.8)
    assert _own_record([clearances, own], "Workforce security") == [own]
    # a link by code is the procedure's own record as the procedure names it
    coded = Link(path="records/QF-7 clearances.csv", via="code QF-7, vocabulary", confidence=0.97)
    assert _own_record([coded, own], "Workforce security") == [coded]
