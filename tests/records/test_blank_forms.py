"""Blank forms are not kept records (blankfix, December 2026).

Shapes from held-out sets: a Word proficiency checklist whose every content-control tick box was unticked
was read as a filled checklist of 12 entries and named by PS01 (drhold4 lab); a log's next review, planned
and marked so in its row, is not a review held (raven ISMS marked it in the date cell, which the date reader
already leaves undated; a status column says it as often).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path


from gapscan import config as config_mod
from gapscan import engine
from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
ITEMS = ["Safety shoes are worn in the workshop.", "The gas lines show no leaks before the furnace is lit.",
         "The hot-work sign stands in front of the furnace.", "The risk assessment has been read and signed.",
         "No loose objects touch the furnace tube.", "The extraction fan runs before heating starts."]


def _checklist_docx(path: Path, ticked: list[bool]) -> Path:
    """A Word checklist: item | a content-control tick box, as Word's Developer tab makes them."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("Furnace proficiency checklist", 0)
    d.add_paragraph("Trainee name ____________________ ID ____________")
    table = d.add_table(rows=len(ITEMS), cols=2)
    for row, item, state in zip(table.rows, ITEMS, ticked):
        row.cells[0].text = item
        box = parse_xml(
            f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"><w:sdtPr><w14:checkbox>'
            f'<w14:checked w14:val="{1 if state else 0}"/><w14:checkedState w14:val="2612"/>'
            f'<w14:uncheckedState w14:val="2610"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{"☒" if state else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
        row.cells[1].paragraphs[0]._p.append(box)
    d.add_paragraph("Signature of assessor: ______________________  Date: ____________")
    d.save(path)
    return path


def _kind(path: Path):
    doc = classify(parse_file(path, path.name))
    return doc.kind, doc.kind_reason


def test_a_checklist_with_every_box_unticked_is_a_blank_form(tmp_path):
    kind, reason = _kind(_checklist_docx(tmp_path / "Furnace Checklist.docx", [False] * len(ITEMS)))
    assert kind is Kind.FORM, reason
    assert "checklist with 0 of 6 boxes ticked" in reason


def test_a_checklist_with_its_boxes_ticked_is_still_a_record(tmp_path):
    # beside ticked boxes an unticked one may be an option not chosen: the document is read as filled
    kind, reason = _kind(_checklist_docx(tmp_path / "Furnace Checklist.docx", [True] * 5 + [False]))
    assert kind is Kind.RECORD, reason
    assert reason.startswith("filled checklist:"), reason


def test_a_partly_ticked_checklist_counts_the_boxes_it_has(tmp_path):
    # one box to an item: an unticked box is an item not ticked, not an option not chosen ('6 of 6' was said for
    # 5 of 6); the places of the unticked boxes are named
    kind, reason = _kind(_checklist_docx(tmp_path / "Furnace Checklist.docx", [True] * 5 + [False]))
    assert "filled checklist: 5 of 6 boxes ticked" in reason, reason
    assert "unticked: row 6" in reason, reason
    kind, reason = _kind(_checklist_docx(tmp_path / "Furnace Checklist 2.docx", [True, False, True, False, True, True]))
    assert "4 of 6 boxes ticked" in reason and "unticked: rows 2, 4" in reason, reason


def test_boxes_of_options_not_chosen_are_not_items_left_unticked():
    # a row of several boxes is a choice (Yes / No / N/A, a rating): its unchosen boxes are no unticked items
    from gapscan.classify import _table_fill
    from gapscan.model import Location, Table

    table = Table(header=("Item", "Yes", "No", "N/A"),
                  rows=(("Guard closed", True, False, False), ("Oil level", False, True, False),
                        ("Light curtain", True, False, False), ("Fan", True, False, False)),
                  location=Location(line=1), row_numbers=(2, 3, 4, 5))
    fill = _table_fill([table])
    assert (fill.ticked, fill.unticked) == (4, 0)


def test_ps01_does_not_name_a_blank_checklist(tmp_path):
    _checklist_docx(tmp_path / "Furnace Checklist.docx", [False] * len(ITEMS))
    start = dt.date(2025, 9, 1)
    rows = ["Date,Furnace,Peak temperature C,Operator"] + [
        f"{start + dt.timedelta(days=7 * i)},F{1 + i % 2},{1100 + 10 * (i % 5)},{['AL', 'BC'][i % 2]}"
        for i in range(20)]
    (tmp_path / "furnace run sheet.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "SOP-02 Furnace operation.md").write_text(
        "# SOP-02 Furnace operation\n\n1. The operator checks the gas lines for leaks before each run.\n"
        "2. The operator must not leave the furnace unattended above 600 C.\n"
        "3. Switch off the gas at the cylinder after the run.\n", encoding="utf-8")
    (tmp_path / "gapscan.toml").write_text('[kinds]\n"SOP-02 Furnace operation.md" = "procedure"\n',
                                           encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(select=("PS01",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    kinds = {d.document.path: d.document.kind for d in report.documents}
    assert kinds["Furnace Checklist.docx"] is Kind.FORM
    # the run sheet nobody names is still the shadow; the blank checklist is not a record at all
    assert [f.path for f in report.findings if f.rule == "PS01"] == ["furnace run sheet.csv"]


def test_a_log_row_whose_status_says_scheduled_is_a_plan_not_an_entry(tmp_path):
    from gapscan.records import profile

    rows = ["| 2025-11-10 | GitHub | Dana Heath | Done |", "| 2025-12-12 | Cloud IAM | Dana Heath | Done |",
            "| 2026-01-05 | GitHub | Dana Heath | done |", "| 2026-02-05 | GitHub + Cloud IAM | ISMS lead | Scheduled |",
            "| 2026-03-05 | GitHub | ISMS lead | Planned |"]
    path = tmp_path / "ACCESS_REVIEW_LOG.md"
    path.write_text("# Access review log\n\n| Date | Scope | Reviewer | Status |\n|---|---|---|---|\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    prof = profile(parse_file(path, path.name))
    assert prof.entry_column == "Date"
    assert prof.entry_dates == (dt.date(2025, 11, 10), dt.date(2025, 12, 12), dt.date(2026, 1, 5), None, None)
    assert prof.last_entry == dt.date(2026, 1, 5)
    assert "2 rows with a planned or scheduled status not counted as entries" in prof.notes
