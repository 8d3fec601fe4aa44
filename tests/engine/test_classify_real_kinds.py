"""Kinds that real files got wrong (issue 8, point 4), each cause tried in both directions on tiny files."""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

MACHINES = ["Band Saw", "Belt Sander", "Bench Grinder", "Drill Press", "Laser Cutter", "Lathe", "Milling Machine",
            "Pillar Drill", "Router Table", "Soldering Station", "Spray Booth", "Table Saw"]


def kind_of(tmp_path: Path, name: str, text: str) -> tuple[Kind, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = classify(parse_file(path, name))
    return doc.kind, doc.kind_reason


def test_a_page_listing_other_documents_is_an_index_not_a_procedure(tmp_path):
    # a few lines tell the reader what to do with the documents; the page itself is the list
    text = ("# Workshop safety\n\nYou should copy each manual and edit it to fit your space. "
            "You must review them every year.\n\n## Machine manuals\n\n"
            + "".join(f"- {m} Manual\n" for m in MACHINES))
    kind, reason = kind_of(tmp_path, "workshop-safety.md", text)
    assert kind is Kind.OTHER
    assert "an index: 12 of 15 lines name other documents ('Band Saw Manual'" in reason


def test_a_procedure_citing_documents_stays_a_procedure(tmp_path):
    steps = "".join(f"{i}. Check the guard on the {m.lower()} before use and record it on QF-12.\n"
                    for i, m in enumerate(MACHINES, start=1))
    text = ("# Machine guarding procedure\n\n## Method\n\n" + steps
            + "\n## Related documents\n\n" + "".join(f"- {m} Manual\n" for m in MACHINES))
    kind, reason = kind_of(tmp_path, "guarding.md", text)
    assert kind is Kind.PROCEDURE
    assert "12 imperative steps" in reason and "index" not in reason


METHOD = """# Risk assessment

Each asset is given a value from 1 to 3 for confidentiality, integrity and availability.
The level of threat is the impact times the likelihood, divided by 3.
Risk rank = asset value x level of threat x vulnerability, from 1 to 27.
The acceptable level of risk is 9.
"""


def test_a_methodology_is_procedure_like_by_its_name(tmp_path):
    kind, reason = kind_of(tmp_path, "Risk Assessment Methodology.md", METHOD)
    assert kind is Kind.PROCEDURE
    assert reason == "'Methodology' in the file name"


def test_a_log_of_methodology_reviews_is_still_a_log(tmp_path):
    # the head noun comes last: "methodology review log" is a log
    rows = "".join(f"2026-0{m}-14,Risk methodology,J. Patel,no change\n" for m in range(1, 7))
    kind, reason = kind_of(tmp_path, "methodology review log.csv", "Date,Document,Reviewer,Outcome\n" + rows)
    assert kind is Kind.RECORD
    assert "6 filled rows" in reason


FIELDS = """# Test equipment

## Vector network analyser

- Status: in scope.
- Use cases: antenna return loss measurements.
- Review date: 2026-03-01.

## Signal generator

- Status: in scope.
- Use cases: receiver sensitivity checks.
- Review date: 2026-04-01.
"""


def test_a_field_name_starting_with_a_verb_is_not_an_order(tmp_path):
    # "Use cases:" and "Review date:" name fields of an entry; read as orders they made a register a procedure
    kind, reason = kind_of(tmp_path, "analysers.md", FIELDS)
    assert kind is not Kind.PROCEDURE and "imperative" not in reason


def test_the_same_verbs_giving_orders_are_still_steps(tmp_path):
    text = FIELDS.replace("- Use cases:", "- Use the").replace("- Review date:", "- Review the log by")
    kind, reason = kind_of(tmp_path, "analysers.md", text)
    assert kind is Kind.PROCEDURE and reason == "4 imperative steps"


def _scale_table(header: str) -> str:
    return (f"# Impact scale\n\n| Level | {header} |\n|---|---|\n| 1 Minor | |\n| 2 Significant | |\n"
            "| 3 Harmful | |\n")


def test_a_header_cell_that_reads_as_a_sentence_is_not_an_answer_column(tmp_path):
    # a flowchart's scale, parsed as a table: its description sits in the header row, and "no" is a word of it
    _, reason = kind_of(tmp_path, "scale.md", _scale_table("some impact, but little or no extra effort needed"))
    assert "answer columns" not in reason


def test_a_short_answer_header_left_empty_is_still_an_answer_column(tmp_path):
    kind, reason = kind_of(tmp_path, "scale.md", _scale_table("Checked (Y/N)"))
    assert kind is Kind.FORM
    assert "answer columns 'Checked (Y/N)' empty in all 3 cells" in reason
