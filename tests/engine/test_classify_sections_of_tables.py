"""A chapter of a programme or a policy gives many of its sections a small table of their own; a log keeps its
entries in one table, or in tables of the same columns.

The shape on GRCStephenWinfield/retail-chain-pci-dss-v4-program@ba74c6f (docs/SCORING.md, classify14): each
chapter ("01.02 The PCI DSS landscape", "06.07 Wireless and intrusion detection") explains its subject in 1,000 to
3,000 words under a dozen headings, with a table in most sections (who does what, versions and dates, requirements
and owners, a "True?" column of Yes and No). Their rows, counted together as filled rows with dates, codes or values,
and their "Yes" cells, counted as ticked boxes, made 52 chapters records, and PS01 called three of them logs kept
outside the documented system.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of


PROSE = ("The programme reads this part of the standard against the way the stores, the warehouse and the online shop "
         "take card payments today, and explains what the change means for each team before the assessment starts. "
         "It sets out the history behind the requirement, the choices the company made, and the reasons the steering "
         "group gave for them, so that a reader new to the programme can follow the argument without the minutes.")

SECTIONS = [
    ("Who sets the rules", ["Body", "What it is", "What it does"],
     [["Standards council", "A standards body founded in 2006", "Writes the standard"],
      ["Card brands", "The payment networks", "Set compliance programmes"],
      ["Acquirer", "The merchant bank", "Receives the attestation"]]),
    ("Versions", ["Version", "Released", "Status"],
     [["1.0", "December 2004", "Retired"], ["2.0", "October 2010", "Retired"], ["3.2.1", "May 2018", "Retired"],
      ["4.0", "March 2022", "Superseded"]]),
    ("What an attestation is", ["Proposition", "True?", "Explanation"],
     [["It records the outcome of an assessment", "Yes", "It states the scope and the dates"],
      ["It is signed by both parties", "Yes", "An officer and the assessor sign"],
      ["It can be given to the acquirer", "Yes", "That is its purpose"],
      ["It certifies the company", "No", "There is no certification"]]),
    ("Future-dated requirements", ["Requirement", "What it requires", "Owner", "Phase"],
     [["REQ-342", "Controls on copying card numbers", "T. Kim", "05"],
      ["REQ-533", "Scanning of removable media", "M. Hale", "04"],
      ["REQ-643", "An inventory of payment page scripts", "S. Rendell", "04"],
      ["REQ-836", "Passwords of 12 characters", "T. Kim", "05"]]),
    ("Deadlines", ["Milestone", "Date", "Effect"],
     [["Old version retired", "2024-03-31", "No assessment against it"],
      ["Transition ends", "2025-03-31", "All requirements mandatory"],
      ["Fieldwork", "2026-11-02", "Assessor on site"]]),
    ("Related standards", ["Standard", "Applies to", "Relevance"],
     [["PIN security", "Device makers", "Our PIN pads are approved"],
      ["Point-to-point encryption", "Solution providers", "Our terminals use it"],
      ["Software framework", "Payment software", "The till software"]]),
]


def chapter() -> str:
    out = ["# 01.02 The standard and its new version", "", "## Purpose", "", PROSE, "", PROSE, ""]
    for i, (heading, header, rows) in enumerate(SECTIONS, start=1):
        out += [f"## {i}. {heading}", "", PROSE, ""]
        out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        out += ["", PROSE, ""]
    return "\n".join(out)


def test_a_chapter_with_a_table_in_each_section_is_no_record(tmp_path):
    kind, reason = kind_of(tmp_path, "01-foundation/01.02-the-standard-and-its-new-version.md", chapter())
    assert kind is not Kind.RECORD, (kind, reason)


LOG_ROWS = [[f"NC-{i:03d}", f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}", "Till drawer left open", "A. Ruiz", "Closed"]
            for i in range(1, 25)]


def test_a_log_with_sections_of_prose_and_small_tables_stays_a_record(tmp_path):
    # one table holds most rows: the chapter's log, whatever the small tables and the prose around it
    text = chapter() + "\n## 7. Nonconformities raised\n\n" + PROSE + "\n\n" + "\n".join(
        ["| Ref | Date | What happened | Raised by | Status |", "|---|---|---|---|---|"]
        + ["| " + " | ".join(r) + " |" for r in LOG_ROWS]) + "\n"
    kind, reason = kind_of(tmp_path, "records/nonconformity-log.md", text)
    assert kind is Kind.RECORD, (kind, reason)


def test_a_log_kept_in_one_table_a_month_stays_a_record(tmp_path):
    # a table to a month, all of one shape, under headings and short notes: one log
    out = ["# Cleaning record", "", PROSE, ""]
    for month in ("January", "February", "March", "April", "May", "June"):
        out += [f"## {month}", "", "Notes for the month, written by the shift lead.", "",
                "| Date | Area | Cleaned by | Checked by |", "|---|---|---|---|"]
        out += [f"| 2024-{m:02d}-{d:02d} | Kitchen | A. Ruiz | B. Cole |" for m in [1] for d in range(1, 9)]
        out += [""]
    kind, reason = kind_of(tmp_path, "records/cleaning.md", "\n".join(out))
    assert kind is Kind.RECORD, (kind, reason)
