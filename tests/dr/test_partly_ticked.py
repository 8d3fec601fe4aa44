"""A checklist that lists every step but leaves some boxes unticked does not show every step done: the steps
check says how many of its boxes are ticked and where the unticked ones are (a Word checklist, content-control
boxes, one to an item)."""
from __future__ import annotations

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR06

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
STEPS = ["Check the guard is closed", "Test the emergency stop", "Check the oil level", "Clean the bed"]
PROC = ("# Press start-up\n\n## Steps\n\n" + "".join(f"{i}. {s}\n" for i, s in enumerate(STEPS, 1))
        + "\nEach check is ticked on the start-up checklist (QF-40).\n")


def _checklist(scan, ticked: list[bool]):
    import docx
    from docx.oxml import parse_xml

    scan.write("procedures/WI-40 Press start-up.md", PROC)
    path = scan.root / "records/QF-40 Start-up checklist 2026-03-02.docx"
    path.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.add_heading("QF-40 Start-up checklist", 1)
    d.add_paragraph("Date: 02/03/2026   Operator: Ann Lee")
    table = d.add_table(rows=1 + len(STEPS), cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Check", "Done"
    for r, (step, state) in enumerate(zip(STEPS, ticked), 1):
        table.cell(r, 0).text = step
        table.cell(r, 1).paragraphs[0]._p.append(parse_xml(
            f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"><w:sdtPr><w14:checkbox>'
            f'<w14:checked w14:val="{1 if state else 0}"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{"☒" if state else "☐"}</w:t></w:r></w:sdtContent></w:sdt>'))
    d.save(path)
    scan.files.append("records/QF-40 Start-up checklist 2026-03-02.docx")
    return scan


def _steps_check(scan):
    _, result = scan.run()
    (check,) = [c for c in result.claims["procedures/WI-40 Press start-up.md"] if c.kind == "steps"]
    return check


def test_a_checklist_with_unticked_boxes_does_not_show_every_step_done(scan):
    check = _steps_check(_checklist(scan, [True, False, True, False]))
    assert check.status is ClaimStatus.DRIFTED
    assert "2 of 4 boxes unticked" in check.detail, check.detail
    (f,) = scan.findings(DR06)
    assert f.metrics["boxes_ticked"] == 2 and f.metrics["boxes_unticked"] == 2
    unticked = [ev for ev in f.evidence if ev.text.startswith("box unticked")]
    assert [(ev.text, ev.location.row, ev.location.column) for ev in unticked] == [
        ("box unticked: Test the emergency stop", 3, "Done"), ("box unticked: Clean the bed", 5, "Done")]


def test_a_checklist_with_every_box_ticked_still_holds(scan):
    check = _steps_check(_checklist(scan, [True] * 4))
    assert check.status is ClaimStatus.HOLDS, check.detail
