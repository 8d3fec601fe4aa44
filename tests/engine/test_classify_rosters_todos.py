"""Kinds real sets still got wrong (kinds17), each beside the document of the same look that keeps its kind.

- A roster: a page that is mostly people's names, listed under headings or in columns that name members or roles
  ("Board Members", "Chair | Secretary | Treasurer"), says who sat where; it is no procedure (a hackspace's board page
  read as one, its "(Chair)" and "once per month" its only details) and no record kept outside the system (a club's
  past committees, a table of names by year).
- A page that says in its opening lines that it is a template ("This is a template agenda for ...") is that form:
  its "you should prepare it" and its numbered agenda are no procedure's steps.
- A file named a to-do list ("TODO.md", "backlog.md") lists work still to be done; its "Document the ..." lines are
  tasks, not steps.
- A README that says it introduces its folder ("This folder contains ...") is a page introducing a section, even
  under "Purpose" and "Scope" headings.
- A report dated to the day whose header records a meeting held (Chair, Present) is the record of that meeting:
  a review, not "other".
- A data file filed in a report's folder dated to the day ("reports/2026-02-07-rank-animals/data.csv") is the data
  that report was made from, one day's output, not a register kept over time.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind, kind_of

NAMES = ["Ann Lee", "Bola Okafor", "Chris Hall", "Dee Patel", "Evan Moss", "Fran Wood", "Gus Ryan", "Hana Sato",
         "Ivo Brandt", "Jo Marsh", "Kit Nolan", "Lou Grant"]


def _members(year: int, start: int) -> str:
    names = [NAMES[(start + i) % len(NAMES)] for i in range(5)]
    names[0] += " (Chair)"
    return f"### {year}-{year + 1} Board Members:\n\n" + "\n".join(f"- {n}" for n in names) + "\n\n---\n"


ROSTER = ("# Board Members\nCurrent and previous board members\n\n## Current board members:\n\n- Ann Lee\n"
          "- Bola Okafor\n- Chris Hall\n\n## Previous Board Members\n\n"
          + "\n".join(_members(2024 - i, i) for i in range(6))
          + "\nBoard Minutes\n=============\n\nFull board meetings take place around once per month. They run to an "
            "agenda posted before the meeting. Certain decisions must be made by a board vote.\n")

PROCEDURE_WITH_ROLES = """# Board meetings procedure

## Purpose

How the board holds its meetings and keeps their minutes.

## Roles

- Chair: Ann Lee
- Secretary: Bola Okafor

## Procedure

1. Post the agenda a week before the meeting.
2. Record who is present and the decisions taken.
3. Send the draft minutes to every member within five days.
4. Approve the minutes at the next meeting.
5. File the approved minutes in the minutes folder.

The secretary must keep the minutes for six years.
"""


def test_a_list_of_board_members_is_a_roster_not_a_procedure(tmp_path):
    k, why = kind_of(tmp_path, "docs/board_members.md", ROSTER)
    assert k is Kind.OTHER, why
    assert "roster" in why


def test_a_procedure_naming_its_chair_and_secretary_keeps_its_kind(tmp_path):
    assert _kind(tmp_path, "docs/board-meetings.md", PROCEDURE_WITH_ROLES) is Kind.PROCEDURE


PAST = "| Year | Chair | Vice Chair | Secretary | Treasurer |\n|---|---|---|---|---|\n" + "\n".join(
    f"| {y}-{y + 1} | {NAMES[i % 12]} | {NAMES[(i + 3) % 12]} | {NAMES[(i + 5) % 12]}<br>{NAMES[(i + 7) % 12]} (03/05) |"
    f" {'Vacant' if i == 2 else NAMES[(i + 9) % 12]} |" for i, y in enumerate(range(2024, 2015, -1)))


def test_a_table_of_past_committees_is_a_roster_not_a_record(tmp_path):
    text = f"# Past Committee\n\nA list of past committees.\n\n{PAST}\n\nChanges during a term may be missing.\n"
    k, why = kind_of(tmp_path, "docs/committee/past-members.md", text)
    assert k is Kind.OTHER, why
    assert "roster" in why


def test_a_training_record_of_names_and_dates_stays_a_record(tmp_path):
    rows = "\n".join(f"| {NAMES[i]} | Forklift refresher | 2025-0{i % 9 + 1}-1{i % 9} | Passed |" for i in range(10))
    text = f"# Training record\n\n| Name | Course | Date | Result |\n|---|---|---|---|\n{rows}\n"
    assert _kind(tmp_path, "records/training.md", text) is Kind.RECORD


AGENDA_TEMPLATE = """# All hands

This is a template agenda for our regular all hands meeting.

## Goal

In this session we make sure the important news of the organisation is shared with everyone.

## Preparation

If you are chairing this meeting you should prepare it fully.

Each meeting, someone other than the chair is responsible for facilitating remote participation.

## Agenda

1. Priorities
1. New team members
1. Changes that affect staff
1. How growth is going
1. What is coming up on the calendar
1. What we have achieved
"""


def test_a_page_saying_it_is_a_template_agenda_is_no_procedure(tmp_path):
    k, why = kind_of(tmp_path, "activities/staff-meetings/all-hands.md", AGENDA_TEMPLATE)
    assert k is not Kind.PROCEDURE, why
    assert "template" in why


def test_a_procedure_that_mentions_a_template_keeps_its_kind(tmp_path):
    text = PROCEDURE_WITH_ROLES.replace("How the board holds its meetings and keeps their minutes.",
                                        "This is the procedure for board meetings. Use the template agenda in the "
                                        "appendix.")
    assert _kind(tmp_path, "docs/board-meetings.md", text) is Kind.PROCEDURE


TODO = """# TODO

Tracked work for the operations handbook.

## Asset inventories

- [ ] Populate buildings.yaml with all structures
- [ ] Populate vehicles.yaml with all trucks and tractors
- [ ] Populate pumps.yaml with all irrigation pumps
- [x] Create the asset folder

## SOPs

- [ ] Document the irrigation startup procedure
- [ ] Document the frost protection procedure
- [ ] Document the pump maintenance schedule
- [ ] Complete the safety SOP for working near water

## Checklists

- [ ] Create a daily pump check checklist
- [ ] Create a frost watch checklist
- [ ] Review the audit with the operations team
"""


def test_a_to_do_list_is_no_procedure(tmp_path):
    k, why = kind_of(tmp_path, "TODO.md", TODO)
    assert k is Kind.OTHER, why
    assert "to-do" in why
    assert _kind(tmp_path, "docs/backlog.md", TODO) is Kind.OTHER


def test_a_procedure_about_a_backlog_keeps_its_kind(tmp_path):
    text = PROCEDURE_WITH_ROLES.replace("# Board meetings procedure", "# Prune the backlog")
    assert _kind(tmp_path, "activities/backlog-pruning.md", text) is Kind.PROCEDURE


def test_a_checklist_with_the_same_boxes_is_still_read_by_its_content(tmp_path):
    text = TODO.replace("# TODO", "# Handbook tasks")
    assert _kind(tmp_path, "checklists/handbook-tasks.md", text) is not Kind.OTHER


FOLDER_README = """# Energy and power dependency audit

This folder contains the operational audit of energy and power dependencies on the farm.

## Purpose

This audit documents how every building and critical piece of equipment operates and where it is fragile.

This is a living document. It should be updated when:

- New equipment is added
- Fuel sources change

## Scope

This audit precedes engineering or upgrades. Every entry should help answer one question.

## Files

- [dependency-audit.md](dependency-audit.md) - asset by asset breakdown
- [fuel.md](fuel.md) - fuel and power sources

## How to read this audit

Start with the dependency audit. Then read the fuel document.
"""


def test_a_readme_introducing_its_folder_is_no_procedure(tmp_path):
    k, why = kind_of(tmp_path, "energy/README.md", FOLDER_README)
    assert k is Kind.OTHER, why


def test_a_readme_that_is_a_procedure_keeps_its_kind(tmp_path):
    text = FOLDER_README.replace("This folder contains the operational audit of energy and power dependencies on "
                                 "the farm.", "This procedure describes how the energy audit is done.") + """
## Steps

1. Check every building's supply.
2. Record each generator's fuel level.
3. Test the backup pump monthly.
4. Report any fault to the farm manager.
"""
    assert _kind(tmp_path, "energy/README.md", text) is Kind.PROCEDURE


BOARD_REPORT = """# Board and audit committee report

| Field | Value |
|---|---|
| Record ID | GOV-2026-901 |
| Date | 2026-12-17 |
| Forum | Board of Directors |
| Chair | Ann Lee, Chief Executive |
| Present | Ann Lee (CEO), Bola Okafor (CFO), Chris Hall (CISO) |

## 1. What was reported

The attestation was filed on 2026-12-11 with two requirements not in place.

| Line | Position |
|---|---|
| Applicable | 306 |
| In place | 297 |
| Not in place | 2 |

## 2. Decisions

| # | Decision | Reference |
|---|---|---|
| 1 | Note the attestation and the remediation plan | DEC-901 |
| 2 | Require a quarterly report until the re-assessment | DEC-902 |
"""


def test_a_dated_report_recording_a_board_meeting_is_a_review(tmp_path):
    k, why = kind_of(tmp_path, "governance/board-report-2026-12-17.md", BOARD_REPORT)
    assert k is Kind.REVIEW, why


def test_a_dated_report_of_no_meeting_stays_other(tmp_path):
    text = BOARD_REPORT.replace("| Chair | Ann Lee, Chief Executive |\n", "").replace(
        "| Present | Ann Lee (CEO), Bola Okafor (CFO), Chris Hall (CISO) |\n", "")
    assert _kind(tmp_path, "governance/board-report-2026-12-17.md", text) is Kind.OTHER


DATA = "rank,animal_id,gender,dob,score\n" + "\n".join(f"{i},64023{i:05d},F,2023-0{i % 9 + 1}-01,{90 - i}.5"
                                                       for i in range(1, 13)) + "\n"


def test_a_report_s_data_file_in_its_dated_folder_is_no_record(tmp_path):
    k, why = kind_of(tmp_path, "reports/2026-02-07-rank-animals/data.csv", DATA)
    assert k is Kind.OTHER, why
    assert "2026-02-07" in why


def test_a_data_file_elsewhere_stays_a_record(tmp_path):
    assert _kind(tmp_path, "reports/rank-animals/data.csv", DATA) is Kind.RECORD
    assert _kind(tmp_path, "records/2026-02-07/data.csv", DATA) is Kind.RECORD
    assert _kind(tmp_path, "reports/2026-02-07-rank-animals/report-register.csv", DATA) is Kind.RECORD
