"""Document kinds on the layouts real sites use: checklist procedures, clause-named policy pages,
scope statements, registers with few rows, plain-text work instructions; and the near misses
that must keep their kind (blank forms with example rows, review minutes, long logs)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind


def kind_of(path: Path) -> tuple[Kind, str]:
    doc = classify(parse_file(path, path.name))
    assert doc.ok, doc.error
    return doc.kind, doc.kind_reason


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def docx_file(tmp_path: Path, name: str, paragraphs: list[tuple[str, str | None]],
              tables: list[list[list[str]]] = ()) -> Path:
    """A Word file: (text, style) paragraphs, then tables given as rows of cell texts."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    path = tmp_path / name
    document.save(path)
    return path


def xlsx_file(tmp_path: Path, name: str, rows: list[list]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Register"
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


OPENING_CHECKS = [
    "Switch on the extraction fan before any cutting starts.",
    "Check the eyewash bottle is sealed and in date.",
    "Inspect the blade guard for cracks.",
    "Test the emergency stop on each machine.",
    "Clear swarf from the machine beds.",
    "Make sure the first-aid kit is complete.",
    "Record the fridge temperature on the board.",
    "Open the fire exits and remove anything stored in front of them.",
    "Wear safety glasses in the workshop at all times.",
    "Report any damaged plug or cable to the supervisor.",
    "Lock the solvent cabinet after use.",
    "Sign the opening sheet when all checks are done.",
]


@pytest.mark.parametrize("bullet", ["- ", "- [ ] "])
def test_short_checklist_of_what_to_do_is_a_procedure(tmp_path, bullet):
    text = "# Workshop opening checks\n\n" + "".join(f"{bullet}{line}\n" for line in OPENING_CHECKS)
    kind, reason = kind_of(write(tmp_path, "opening-checks.md", text))
    assert kind is Kind.PROCEDURE, reason
    assert "12 imperative steps" in reason


def test_blank_inspection_checklist_with_fields_stays_a_form(tmp_path):
    # the near miss: items to tick, but also the header fields and yes/no boxes of a form to fill
    items = ["Fire exits clear", "Extinguishers in date", "Eyewash sealed", "Guards fitted",
             "Floor free of swarf", "First-aid kit complete"]
    text = ("# Weekly workshop inspection\n\nInspected by: ____________\n\nDate: ____________\n\n"
            "Area: ____________\n\n" + "".join(f"- {item} ☐ Yes ☐ No\n" for item in items)
            + "\nSignature: ____________\n")
    kind, reason = kind_of(write(tmp_path, "weekly-inspection.md", text))
    assert kind is Kind.FORM, reason
    assert "4 blank fields to fill" in reason and "0 of 12 boxes ticked" in reason


CONTEXT_PAGE = """# 4.1 Context of the organisation

We look at the issues that affect our ability to deliver a safe and reliable service at least once a
year, and when the business changes.

| Issue | Internal or external | How we address it |
|---|---|---|
| Loss of a key supplier of castings | External | Second source approved for every casting family |
| Skills of an ageing workforce | Internal | Apprentice scheme and skills matrix |
| New customer demand for traceability | External | Batch labels and the works order system |
| Energy prices | External | Night-shift heat treatment and metering |
| Dependence on one CMM | Internal | Service contract with next-day response |
"""


def test_policy_page_named_after_its_clause_is_a_procedure(tmp_path):
    kind, reason = kind_of(write(tmp_path, "4.1 Context of the organisation.md", CONTEXT_PAGE))
    assert kind is Kind.PROCEDURE, reason
    assert "numbered like clause 4.1" in reason


def test_annex_control_policy_docx_is_a_procedure(tmp_path):
    path = docx_file(tmp_path, "A.5.1 Policies.docx", [
        ("A.5.1 Policies for information security", "Heading 1"),
        ("Owner: Information Security Manager. Reviewed every year.", None),
        ("Policy", "Heading 2"),
        ("Staff and contractors follow the information security policy and the topic policies listed "
         "below. Each topic policy names its owner.", None),
    ], tables=[[["Policy", "Owner", "Approved by"],
                ["Access control", "IT Manager", "Managing Director"],
                ["Acceptable use", "HR Manager", "Managing Director"],
                ["Supplier security", "Purchasing Manager", "Managing Director"]]])
    kind, reason = kind_of(path)
    assert kind is Kind.PROCEDURE, reason
    assert "'Policies' in the file name" in reason


def test_scope_statements_are_procedures(tmp_path):
    path = docx_file(tmp_path, "Scope of the ISMS.docx", [
        ("Scope of the ISMS", "Title"),
        ("The ISMS applies to the design, hosting and support of the payroll service run from the "
         "Leeds office.", None),
        ("Boundaries: the Leeds office, the two data centre cages and the staff laptops.", None),
        ("Excluded: the Bristol warehouse, which holds no customer data.", None),
    ])
    kind, reason = kind_of(path)
    assert kind is Kind.PROCEDURE, reason
    assert "scope statement (3 boundaries, inclusions or exclusions)" in reason
    text = ("# QMS scope\n\nThe quality management system covers the machining and assembly of valve bodies "
            "at Unit 4. Heat treatment is outsourced and its control is described in QP-12. "
            "Clause 8.3 is excluded because customers supply all designs.\n")
    kind, reason = kind_of(write(tmp_path, "qms-scope.md", text))
    assert kind is Kind.PROCEDURE, reason
    assert "'scope' in the file name" in reason and "scope statement (2 boundaries" in reason


def test_register_with_few_filled_rows_is_a_record(tmp_path):
    path = xlsx_file(tmp_path, "Risk register.xlsx", [
        ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Raised", "Review by"],
        ["R-001", "Loss of CMM", "Quality Manager", 2, 4, dt.date(2026, 3, 2), dt.date(2026, 9, 1)],
        ["R-002", "Casting supplier fails", "Purchasing", 3, 4, dt.date(2026, 3, 2), dt.date(2026, 9, 1)],
    ])
    kind, reason = kind_of(path)
    assert kind is Kind.RECORD, reason
    assert "2 filled rows" in reason
    # a neutral name: the filled rows alone decide
    csv = write(tmp_path, "approvals.csv", "Date,Supplier,Approved by,Score\n"
                "2026-02-11,Castings Ltd,J. Patel,82\n2026-04-07,Northern Seals,J. Patel,74\n")
    kind, reason = kind_of(csv)
    assert kind is Kind.RECORD and reason == "2 filled rows"


def test_blank_form_with_two_example_rows_stays_a_form(tmp_path):
    path = docx_file(tmp_path, "Training attendance.docx", [
        ("Training attendance", "Title"),
        ("Course: ______________________", None),
        ("Trainer: ______________________", None),
        ("Date: dd/mm/yyyy", None),
    ], tables=[[["Name", "Role", "Signature", "Date"],
                ["e.g. J. Smith", "Operator", "J. Smith", "dd/mm/yyyy"],
                ["e.g. A. Khan", "Setter", "A. Khan", "dd/mm/yyyy"],
                ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]]])
    kind, reason = kind_of(path)
    assert kind is Kind.FORM, reason
    assert "3 blank fields to fill" in reason
    # the same in a workbook: two worked examples above numbered empty lines
    rows = [["No", "Name", "Role", "Signature", "Date"],
            [1, "J. Smith", "Operator", "JS", dt.date(2026, 1, 5)],
            [2, "A. Khan", "Setter", "AK", dt.date(2026, 1, 5)]] + [[n, None, None, None, None]
                                                                    for n in range(3, 21)]
    kind, reason = kind_of(xlsx_file(tmp_path, "Training attendance.xlsx", rows))
    assert kind is Kind.FORM, reason
    assert "18 blank and 0 example rows under 2 filled" in reason


WORK_INSTRUCTION = """SLICER CLEANING

Applies to: slicers S1 and S2 in the cooked meats room.

Clean each slicer every day at the end of production.

1. Switch off the slicer at the isolator and remove the plug.
2. Fit the blade guard before touching the carriage.
3. Remove the carriage and the centre plate.
4. Wash all parts in the sink with hot water and detergent.
5. Rinse with clean water and spray with the sanitiser.
6. Leave the parts to air dry on the rack for 10 minutes.
7. Record the clean on the slicer cleaning log with your initials and the time.
"""


def test_plain_text_work_instruction_is_a_procedure(tmp_path):
    kind, reason = kind_of(write(tmp_path, "slicer cleaning.txt", WORK_INSTRUCTION))
    assert kind is Kind.PROCEDURE, reason
    assert "8 imperative steps" in reason  # the cadence line and 7 numbered steps


def test_plain_text_work_instruction_governs_its_log(tmp_path):
    """Read as a procedure, the instruction covers its log (no shadow record) and its cadence is checked."""
    from gapscan import config as config_mod
    from gapscan import engine

    write(tmp_path, "slicer cleaning.txt", WORK_INSTRUCTION)
    days = [dt.date(2026, 1, 5) + dt.timedelta(days=i) for i in range(90)]
    rows = [f"{d.isoformat()},{s},17:{10 + i % 40:02d},{'JP' if i % 2 else 'AK'}"
            for i, d in enumerate(days) if d.weekday() < 5 for s in ("S1", "S2")]
    write(tmp_path, "slicer cleaning log.csv", "Date,Slicer,Time,Initials\n" + "\n".join(rows) + "\n")
    report = engine.run([tmp_path], config_mod.load(config_mod.discover(tmp_path)),
                        engine.RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    results = {d.document.path: d for d in report.documents}
    wi = results["slicer cleaning.txt"]
    assert wi.document.kind is Kind.PROCEDURE
    assert [link.path for link in wi.links] == ["slicer cleaning log.csv"]
    [cadence] = [c for c in wi.claims if c.kind == "frequency"]
    assert cadence.status.value == "holds" and cadence.record == "slicer cleaning log.csv"
    assert not [f for f in report.findings if f.rule == "PS01"]


def test_management_review_minutes_stay_a_review(tmp_path):
    path = docx_file(tmp_path, "MR 2026-04.docx", [
        ("Management review minutes", "Title"),
        ("Attendees: Managing Director, Quality Manager, Operations Manager.", None),
        ("Apologies: Finance Controller.", None),
        ("Agenda", "Heading 1"),
        ("Check the status of actions from the last review.", None),
        ("Review the audit results and customer complaints.", None),
        ("Actions agreed: the Quality Manager shall close the two overdue NCRs by 30 April.", None),
        ("Next meeting: October 2026.", None),
    ])
    kind, reason = kind_of(path)
    assert kind is Kind.REVIEW, reason
    assert "minutes vocabulary" in reason


def test_long_log_with_an_instruction_line_stays_a_record(tmp_path):
    rows = "".join(f"| 2026-02-{d % 28 + 1:02d} | Chiller {d % 3 + 1} | {2.5 + d % 4 * 0.5} | JP |\n"
                   for d in range(60))
    text = ("# Chiller temperature log\n\nRecord each reading before 10:00. Readings above 5 C must be "
            "reported to the shift lead.\n\n| Date | Unit | Temp C | By |\n|---|---|---|---|\n" + rows)
    kind, reason = kind_of(write(tmp_path, "chillers.md", text))
    assert kind is Kind.RECORD, reason
    assert "60 filled table rows with dates, codes or values" in reason


OFFBOARDING = [("Disable email account", "IT Administrator"), ("Revoke VPN certificate", "IT Administrator"),
               ("Collect laptop and badge", "Manager"), ("Remove payroll access", "Finance"),
               ("Transfer shared files", "Manager"), ("Confirm completion", "Operations Manager")]


def test_task_table_with_answer_columns_left_empty_is_a_form_and_filled_one_a_record(tmp_path):
    head = "# Leaver checklist\n\n| Task | Owner | Completed | Evidence |\n|---|---|---|---|\n"
    blank = head + "".join(f"| {task} | {owner} |  |  |\n" for task, owner in OFFBOARDING)
    kind, reason = kind_of(write(tmp_path, "leaver.md", blank))
    assert kind is Kind.FORM, reason
    assert "answer columns 'Completed', 'Evidence' empty in all 12 cells" in reason
    filled = head + "".join(f"| {task} | {owner} | 2026-03-{i + 2:02d} | TKT-{4100 + i} |\n"
                            for i, (task, owner) in enumerate(OFFBOARDING))
    kind, reason = kind_of(write(tmp_path, "leaver-j-smith.md", filled))
    assert kind is Kind.RECORD, reason
    assert "6 filled table rows with dates, codes or values" in reason


def test_register_template_without_entries_is_a_form_whatever_its_name(tmp_path):
    text = ("# Nonconformity register\n\nOwner: Quality Manager\n\n"
            "| NCR | Date raised | Source | Description | Root cause | Action | Due | Closed |\n"
            "|---|---|---|---|---|---|---|---|\n|  |  |  |  |  |  |  |  |\n\n"
            "## Effectiveness checks\n\n| NCR | Checked on | Result | By |\n|---|---|---|---|\n"
            "| e.g. NCR-001 | dd/mm/yyyy |  |  |\n")
    kind, reason = kind_of(write(tmp_path, "NCR register.md", text))
    assert kind is Kind.FORM, reason
    assert "2 tables with no entries, 1 blank or example row" in reason


WIKI_PROCEDURE = """<html><body><h1>Accident Reporting</h1>
<p>Document AR-2 | Owner: Safety Advisor</p>
<h2>Purpose and scope</h2><p>How accidents at the depot are reported and closed.</p>
<h2>Reporting</h2><p>Every accident is reported to the Shift Manager before the end of the shift and entered on
the Accident Log. The Shift Manager investigates every accident within 7 days. The Safety Advisor reviews the
investigation and closes it.</p></body></html>"""


def test_a_wiki_page_that_tells_its_steps_as_what_people_do_is_a_procedure(tmp_path):
    kind, reason = kind_of(write(tmp_path, "Accident Reporting.html", WIKI_PROCEDURE))
    assert kind is Kind.PROCEDURE and "described step" in reason


def test_a_page_about_a_role_is_not_made_a_procedure_by_it(tmp_path):
    text = ("<html><body><h1>Our team</h1><p>Our Operations Manager joined in 2019. The team has grown to 40 "
            "people. The depot is open seven days a week.</p></body></html>")
    kind, _ = kind_of(write(tmp_path, "about.html", text))
    assert kind is not Kind.PROCEDURE
