"""Kinds real sets still got wrong (kinds18), each beside the document of the same look that keeps its kind.

- A section's index: a page whose subheadings, under a heading saying they are the procedures (or documents,
  guides, policies) of this section, each name one page of the section, with a line or two and a few bullets on
  what it covers. Its "Manage ...", "Implement ..." summaries are no steps: it lists procedures, it is none.
- A blank sheet laid out as plate or grid maps ("Plate1 | 1 | 2 | ... | 12", then rows A to H left empty): the
  row numbering a grid's columns is the layout's axis, not a filled entry; the sheet waits to be filled.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

from classify_helpers import kind as _kind, kind_of

TOPICS = [("Spill response", "spill-response"), ("Waste segregation", "waste-segregation"),
          ("Chemical storage", "chemical-storage"), ("Hot work permits", "hot-work"),
          ("Confined space entry", "confined-space"), ("Lifting operations", "lifting"),
          ("Lockout and tagout", "lockout"), ("Contractor induction", "contractor-induction"),
          ("Noise monitoring", "noise"), ("First aid cover", "first-aid"),
          ("Fire drills", "fire-drills"), ("Ladder inspections", "ladders")]


def _section_index(heading: str) -> str:
    entries = "\n".join(
        f"### [{title} Process]({n:02d}-{slug}.md)\n\n"
        f"Manage {title.lower()} to keep people safe and meet the site's legal duties.\n\n"
        f"- Planning and preparation\n- Carrying out the work safely\n- Checks and follow-up\n"
        for n, (title, slug) in enumerate(TOPICS, start=1))
    return (f"# Health and Safety\n\nThe procedures that keep our people and sites safe. These procedures apply to "
            f"every site.\n\n## {heading}\n\n{entries}\n---\n[Back to the handbook](../README.md)\n")


def test_a_section_index_of_procedures_is_no_procedure(tmp_path):
    k, why = kind_of(tmp_path, "content/health-safety/README.md", _section_index("Procedures in this Section"))
    assert k is Kind.OTHER, why
    assert "index" in why


def test_a_section_index_named_otherwise_is_no_procedure_either(tmp_path):
    k, why = kind_of(tmp_path, "content/health-safety/overview-of-procedures.md",
                     _section_index("Documents in this chapter"))
    assert k is Kind.OTHER, why
    assert "index" in why


PROCEDURE_OF_STEPS = "# Spill response procedure\n\n## Purpose\n\nHow a spill is contained and reported.\n\n" + "\n".join(
    f"## {n}. {title}\n\nCheck the area before you start. Wear gloves and goggles. Report the result to the "
    f"supervisor, who must record it in the spill log.\n"
    for n, (title, _) in enumerate(TOPICS, start=1))


def test_a_procedure_with_many_sections_keeps_its_kind(tmp_path):
    assert _kind(tmp_path, "content/health-safety/spill-response.md", PROCEDURE_OF_STEPS) is Kind.PROCEDURE


def test_a_procedures_heading_in_a_policy_does_not_make_it_an_index(tmp_path):
    text = ("# Waste policy\n\n## Purpose\n\nHow waste is handled on every site.\n\n## Procedures\n\n"
            + "\n".join(f"### {title}\n\nThe site manager must check {title.lower()} weekly and record the result "
                        f"in the site log. Staff shall report any fault at once.\n" for title, _ in TOPICS))
    assert _kind(tmp_path, "policies/waste-policy.md", text) is Kind.PROCEDURE


def _plate_sheet(path: Path, filled: bool) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sample manifest"
    ws.append(["Row", "Plate", "Well", "Sample ID", "Species", "Volume (uL)", "Concentration (ng/uL)", "QC Method",
               "Buffer", "Comment"])
    for i in range(1, 97):
        if filled:
            ws.append([i, "Plate1", f"{'ABCDEFGH'[(i - 1) // 12]}{(i - 1) % 12 + 1}", f"S-{1000 + i}", "E. coli",
                       20, 12.5 + i % 7, "Qubit", "TE", None])
        else:
            ws.append([i, None, None, None, None, None, None, None, None, None])
    grid = wb.create_sheet("96 well layout")
    grid.append(["Enter plate references in the 96 well layout"] * 13)
    for p in range(1, 41):
        grid.append([f"Plate{p}", *range(1, 13)])
        for letter in "ABCDEFGH":
            grid.append([letter, *([f"S-{p}{letter}{c}" for c in range(1, 13)] if filled else [None] * 12)])
    wb.save(path)


def _sheet_kind(tmp_path: Path, name: str, filled: bool):
    path = tmp_path / name
    _plate_sheet(path, filled)
    doc = classify(parse_file(path, name))
    return doc.kind, doc.kind_reason


def test_a_blank_plate_sheet_is_a_form_not_a_record(tmp_path):
    k, why = _sheet_kind(tmp_path, "Blank_Sample_Submission_Sheet.xlsx", filled=False)
    assert k is Kind.FORM, why


def test_a_filled_plate_sheet_stays_a_record(tmp_path):
    k, why = _sheet_kind(tmp_path, "Sample_Submission_Sheet_run12.xlsx", filled=True)
    assert k is Kind.RECORD, why


CALL_GUIDE = """# Running the monthly community call

## 1. Opening the call

Have each person join the call on their own connection.

### Introductions

The chair:

* welcomes everyone to the call on behalf of the association
* mentions what is on the agenda today
* asks everyone to introduce themselves
* keeps track of who has spoken

The notetaker keeps track of who joined the call.

## 2. Closing the call

When the time is up, the chair:

* asks if anyone has anything to add
* reminds everyone of the date of the next call
* thanks everyone for taking part
"""


def test_a_guide_whose_steps_are_listed_under_who_does_them_is_a_procedure(tmp_path):
    k, why = kind_of(tmp_path, "activities/communication/running-the-call.md", CALL_GUIDE)
    assert k is Kind.PROCEDURE, why
    assert "described step" in why


REVIEW_INPUTS = """# About our management review

## What goes into it

The inputs:

* records of training and competence
* reports from internal audits
* changes in the context of the association
* results of the customer survey

## What comes out of it

The outputs:

* updates to the risk register
* decisions on resources
"""


def test_a_list_of_a_reviews_inputs_is_no_list_of_steps(tmp_path):
    k, why = kind_of(tmp_path, "about/management-review.md", REVIEW_INPUTS)
    assert "described step" not in why, why


def test_an_agenda_of_nouns_under_the_agenda_is_no_list_of_steps(tmp_path):
    text = ("# Committee meeting agenda\n\nThe agenda:\n\n* apologies\n* minutes of the last meeting\n"
            "* reports from the officers\n* updates on the projects\n* actions arising\n* any other business\n")
    k, why = kind_of(tmp_path, "meetings/agenda.md", text)
    assert "described step" not in why, why


def _register_page(rows: str) -> str:
    return f"""# Water pump dependency register

This document lists every pump on the farm, what it depends on and what happens when that fails.

## Guidance for filling out this table

### What counts as a pump?

Include every pump that irrigation, frost protection or the houses depend on.

### How to describe the failure

Be specific: say what stops and when. Avoid vague words such as "broken".

- Use realistic assumptions.
- Assume winter conditions unless noted otherwise.

## Pump register

| Pump | Location | Power source | Backup | Failure mode | Days until failure |
|---|---|---|---|---|---|
{rows}

## How to use this table

1. Sort by days until failure.
2. For each pump with less than three days, ask what would extend it.
3. Repeat quarterly or after any significant change.

The farm manager must review the table every spring.
"""


def test_a_blank_register_with_guidance_for_filling_it_is_a_form(tmp_path):
    k, why = kind_of(tmp_path, "energy/pump-dependency-register.md", _register_page("| | | | | | |"))
    assert k is Kind.FORM, why


def test_a_procedure_telling_how_to_fill_a_form_kept_elsewhere_keeps_its_kind(tmp_path):
    text = ("# Pump checks procedure\n\n## Purpose\n\nHow the pumps are checked before winter.\n\n## Steps\n\n"
            "1. Check each pump's backup power.\n2. Record the result on the pump check form.\n"
            "3. Report any fault to the farm manager.\n4. Replace worn seals before the frost.\n\n"
            "## How to fill in the pump check form\n\nWrite the pump's number, the date and your initials. "
            "The farm manager must sign every form.\n")
    assert _kind(tmp_path, "energy/pump-checks.md", text) is Kind.PROCEDURE
