"""Causes of wrong draft lines found on real procedures with their records (session 16, draft5).

Each test builds a tiny set in a temporary folder: a procedure that names its record by code, and the
record beside it. The draft is rendered and its lines read back as a consultant would read them.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.config import Config
from gapscan.draft import analyse, build, render


def _table(header, rows):
    return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                     + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def _draft(tmp_path: Path, procedure: str, record_name: str, record: str) -> str:
    (tmp_path / "procedures").mkdir()
    (tmp_path / "records").mkdir()
    (tmp_path / "procedures" / "SOP-40.md").write_text(procedure)
    (tmp_path / "records" / record_name).write_text(record)
    analysis = analyse(tmp_path / "procedures" / "SOP-40.md", [tmp_path / "records"], Config(), cache=False)
    return render(build(analysis, "0"), "markdown")


def _line(text: str, start: str) -> str:
    found = [line for line in text.splitlines() if start in line]
    assert found, (start, text)
    return found[0]


def test_an_identifier_column_records_only_a_step_that_mentions_the_identifier(tmp_path: Path):
    # 'Animal ID' holds which animal a row is about; a step that only mentions the animal ("score the
    # animal's body condition") is not shown done by it. A step that writes the ID number is.
    procedure = """# SOP-40 Animal health checks

## Steps
1. Write the animal's ID number at the top of the entry.
2. Score the animal's body condition, a number from 1 to 5.
3. Weigh the ewe on the scale.
4. Check the feet and the fleece.
5. Add the treatment given to the notes.
6. Tell the shepherd.

Every check is recorded on the Health Log (HL-01).
"""
    rows = [[f"A-{i:02d}", f"2026-01-{i * 3:02d}", "fine"] for i in range(1, 9)]
    text = _draft(tmp_path, procedure, "HL-01 Health Log.md",
                  "# HL-01 Health Log\n\n" + _table(["Animal ID", "Check date", "Notes"], rows))
    assert "'Animal ID' filled in 8 of 8" in _line(text, "Write the animal's ID number")
    assert "'Animal ID'" not in _line(text, "Score the animal's body condition")


def test_an_identifier_column_is_no_written_step_when_no_step_writes_the_identifier(tmp_path: Path):
    # "Submit the change request" names the change; 'Change ID' is then recorded, never written
    procedure = """# SOP-40 Change control

## Steps
1. Submit the change request on the form.
2. Assess the risk of the change.
3. Approve the change at the board.
4. Close the change once done.

Each change is kept in the Change Log (CL-01).
"""
    rows = [[f"C-{i}", f"2026-02-{i + 1:02d}", "Low", "Approved"] for i in range(1, 7)]
    text = _draft(tmp_path, procedure, "CL-01 Change Log.md",
                  "# CL-01 Change Log\n\n" + _table(["Change ID", "Requested", "Risk", "Approval"], rows))
    line = _line(text, "- 'Change ID': filled in 6 of 6 rows")
    assert "(recorded, never written)" in line, line


def test_a_column_of_free_text_each_row_different_is_not_an_outcome(tmp_path: Path):
    # a decision log's 'Decision' column states each decision in words: ten decisions, ten texts. It
    # is not a set of outcomes (Approved/Rejected) a decision rule could be read from.
    procedure = """# SOP-40 Policy changes

Each accepted change is logged in the Decision Log (DL-01) with its date, summary and decision.
"""
    rows = [[f"2026-03-{i + 1:02d}", f"Change {i}", f"Adopt policy number {i} as written in draft {i}"]
            for i in range(1, 11)]
    text = _draft(tmp_path, procedure, "DL-01 Decision Log.md",
                  "# DL-01 Decision Log\n\n" + _table(["Date", "Summary", "Decision"], rows))
    assert "Outcomes in 'Decision'" not in text
    # a decision column that repeats a few outcomes still gives its rule
    (tmp_path / "records" / "DL-01 Decision Log.md").write_text(
        "# DL-01 Decision Log\n\n" + _table(["Date", "Summary", "Decision"],
                                           [[r[0], r[1], "Accepted" if i % 3 else "Rejected"]
                                            for i, r in enumerate(rows)]))
    analysis = analyse(tmp_path / "procedures" / "SOP-40.md", [tmp_path / "records"], Config(), cache=False)
    assert "Outcomes in 'Decision' (DL-01 Decision Log.md): Accepted 6 of 10, Rejected 4 of 10." in \
        render(build(analysis, "0"), "markdown")


def test_a_column_headed_for_people_is_not_called_no_one(tmp_path: Path):
    # 'Approvers' holds who approved each change, in free text; the draft must not say the record
    # names no one, and asks about the column it cannot count by person.
    procedure = """# SOP-40 Policy changes

Each accepted change is logged in the Decision Log (DL-01) with its date, summary and approvers.
"""
    rows = [[f"2026-03-{i + 1:02d}", f"Change {i}", f"kim, lee (via issue #{i} approvals)"] for i in range(1, 7)]
    text = _draft(tmp_path, procedure, "DL-01 Decision Log.md",
                  "# DL-01 Decision Log\n\n" + _table(["Date", "Summary", "Approvers"], rows))
    assert "names no one" not in text
    who = text.split("## Who does it", 1)[1].split("## ", 1)[0]
    assert "'Approvers'" in who and "filled in 6 of 6 rows" in who


def test_one_sentence_of_several_cadence_words_is_one_question(tmp_path: Path):
    # "Every Monday a new weekly check list is opened, one each week" is one written cadence; the
    # draft asks about it once, not once per word that says it.
    procedure = """# SOP-40 Farm checks

Every Monday a new weekly checklist is opened, one each week, and the Yard Log (YL-01) is updated.
High entries are reviewed monthly at the committee; the full list is refreshed quarterly and the board sees it quarterly.
"""
    rows = [["Tractor", "2026-01-15", "Oil"], ["Mower", "2026-02-10", "Blades"], ["Cooler", "2026-03-01", "Gas"],
            ["Fence", "2026-03-05", "Battery"]]
    text = _draft(tmp_path, procedure, "YL-01 Yard Log.md",
                  "# YL-01 Yard Log\n\n" + _table(["Machine", "Serviced", "Work"], rows))
    when = text.split("## When", 1)[1].split("## ", 1)[0]
    asked = [line for line in when.splitlines() if "Every Monday a new weekly checklist" in line]
    assert len(asked) == 1, when
    assert [line for line in when.splitlines() if "High entries are reviewed monthly" in line].__len__() == 1, when


def test_a_last_done_date_per_item_is_not_a_practised_cadence(tmp_path: Path):
    # a register of one row per machine with the date of its last service: the days between one
    # machine's last service and another's say nothing of how often anything is done.
    procedure = """# SOP-40 Equipment care

Service work is kept in the Maintenance Log (ML-01).
"""
    rows = [["Tractor", "2026-01-15", "Oil"], ["Mower", "2026-02-10", "Blades"], ["Cooler", "2026-03-01", "Gas"],
            ["Fence", "2026-03-05", "Battery"]]
    text = _draft(tmp_path, procedure, "ML-01 Maintenance Log.md",
                  "# ML-01 Maintenance Log\n\n" + _table(["Equipment", "Last Service", "Service Type"], rows))
    when = text.split("## When", 1)[1].split("## ", 1)[0]
    assert "Practised, never written" not in when, when
    assert "'Last Service'" in when and "**?**" in when, when


def test_a_named_record_with_no_table_read_is_not_called_unlinked(tmp_path: Path):
    # the procedure names its disclosure log, whose entries gapscan cannot count (on a real set: an HTML table).
    # The draft must not say that no record is linked, nor list the named log as an uncertain link.
    procedure = """# SOP-40 Information requests

Each request answered is published in the disclosure log within ten working days.
"""
    # its entries are written as paragraphs, with no table or dated list to count
    record = """---
title: Disclosure log
---
We publish a disclosure log. It lists what we gave out in answer to requests.

Papers about a web platform were released in part to a journalist.

Papers about a chat tool were released in full to a member of the public.
"""
    text = _draft(tmp_path, procedure, "disclosure-log.md", record)
    assert "is linked to this procedure" not in text
    assert "(uncertain link) disclosure-log.md" not in text
    assert "The procedure names disclosure-log.md (linked by title" in text


def test_a_record_with_one_dated_entry_is_not_said_to_hold_no_dates(tmp_path: Path):
    # one change request so far, dated: too few entries to show a cadence, but not "no dates"
    procedure = """# SOP-40 Change control

Each change is kept in the Change Log (CL-01) with the requester and the risk.
"""
    text = _draft(tmp_path, procedure, "CL-01 Change Log.md",
                  "# CL-01 Change Log\n\n" + _table(["Change", "Requester", "Risk", "Requested Date"],
                                                    [["Firewall rules", "Pat Kerr", "High", "2025-04-05"]]))
    when = text.split("## When", 1)[1].split("## ", 1)[0]
    assert "hold no dates" not in when, when
    assert "'Requested Date' in CL-01 Change Log.md holds 1 date, too few to show one" in when, when


def test_a_named_file_with_no_table_beside_the_record_is_still_listed(tmp_path: Path):
    # the procedure names its change log (a table) and its change diagram (no table): the diagram is
    # neither dropped nor asked about as an uncertain record; the draft says it holds nothing to count
    procedure = """# SOP-40 Change control

Each change is kept in the Change Log (CL-01) with the requester and the risk; the Change Register diagram shows the path.
"""
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "change-flow-diagram.md").write_text(
        "# The Change Register, drawn\n\n```mermaid\nflowchart LR\n  A[\"requester\"] --> B[\"board\"]\n```\n\n"
        "A change goes from the requester to the board and back.\n")
    rows = [[f"Change {i}", "Pat Kerr", "Low", f"2025-04-{i:02d}"] for i in range(1, 6)]
    (tmp_path / "procedures").mkdir()
    (tmp_path / "procedures" / "SOP-40.md").write_text(procedure)
    (tmp_path / "records" / "CL-01 Change Log.md").write_text(
        "# CL-01 Change Log\n\n" + _table(["Change", "Requester", "Risk", "Requested Date"], rows))
    analysis = analyse(tmp_path / "procedures" / "SOP-40.md", [tmp_path / "records"], Config(), cache=False)
    links = {link.path: link for link in analysis.drift.links.get(analysis.procedure.path, ())}
    text = render(build(analysis, "0"), "markdown")
    assert "Records drafted from: `records/CL-01 Change Log.md`" in text
    assert links["records/change-flow-diagram.md"].confidence >= 0.5, links  # named by its title
    assert "The procedure also names change-flow-diagram.md" in text, text
    assert "(uncertain link) change-flow-diagram.md" not in text
