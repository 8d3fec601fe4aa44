"""CM05 counts the who/what/where a reader sees named in plain words (session 13, cm05roles): an association's
offices and a craft's titles ("the Secretary", "the keyholder", "Flight Instructor", "at least 2 maintainers"),
a body ("the Lasers Subcommittee"), where people post and read ("the member portal", "#lasers"), a room named by
its use ("the machine room") and equipment by maker and model ("Fluke 45"). These are CM05's details only: the
verdict's features (issue 8) keep reading the anchors, since counting role words there cost a verdict measure
(round 14). A template's generic role or blank ("the Management Representative", "[Role]") is still not counted."""
from __future__ import annotations

import pytest

from cm_helpers import procedure, run

from gapscan.rules.cm import CM05


def details(text: str) -> list[tuple[str, str]]:
    from gapscan.nlp.mirroring import own_details
    from gapscan.nlp.pipeline import get_nlp

    return [(s.text, s.label_) for s in own_details(get_nlp()(text))]


@pytest.mark.parametrize("text, expected", [
    ("Hand the renewal form to the Secretary after the meeting.", ("Secretary", "role")),
    ("The keyholder locks the door when the last member leaves.", ("keyholder", "role")),
    ("A change is merged once at least 2 maintainers approve it.", ("maintainers", "role")),
    ("The release manager tags the build.", ("release manager", "role")),
    ("Flight Instructor: checks the student's logbook before each lesson.", ("Flight Instructor", "role")),
    ("Chief of Maintenance: signs the return to service.", ("Chief of Maintenance", "role")),
    ("Ask the Chair to add it to the agenda.", ("Chair", "role")),
    # a meeting's own offices (publiccode's community-call guide: "The notetaker keeps track on who participated")
    ("The notetaker keeps track of who joined the call.", ("notetaker", "role")),
    ("Faults go to the Lasers Subcommittee.", ("Lasers Subcommittee", "team")),
    ("Members renew through the member portal.", ("member portal", "system")),
    ("Post the fault in Slack #lasers straight away.", ("#lasers", "system")),
    ("Spare fuses are kept in the machine room.", ("machine room", "place")),
    ("Check the reading with the Fluke 45 before you start.", ("Fluke 45", "equipment")),
    ("Set the HP 6268B supply to 5 V.", ("HP 6268B", "equipment")),
])
def test_a_detail_named_in_plain_words_is_counted(text, expected):
    assert expected in details(text)


@pytest.mark.parametrize("text", [
    "The Management Representative reports to top management.",
    "The internal auditor reports to the quality manager.",
    "[Role] approves the change and [Secretary] files the record.",
    "The organization is certified to ISO 9001 since December 2026; see Section 12 and Table 3.",
    "Run a pilot project first; the chair by the door is for visitors.",
    "Use the following list and the appropriate channel; the process owner signs.",
    # a number after a word is no model unless the model holds letters or the word is an instrument maker's
    "Send it to Suite 228; see the Top 10 risks and document DP 01.",
    "Record the # of items; the sole approver signs; store it in the password manager.",
    # a role noun alone in lower case names a trade unless an article or a number makes it one office
    "Qualify instructors and mechanics before they teach.",
])
def test_a_generic_role_a_blank_or_a_reference_is_no_detail(text):
    assert details(text) == []


def test_details_are_not_the_verdicts_anchors(tmp_path):
    from gapscan.nlp.mirroring import analyze

    doc = procedure(tmp_path, "keys.md", "# Keys\n\nThe keyholder locks up and hands the key to the Secretary.\n")
    a = analyze(doc)
    assert a.anchors["role"] == 0  # the verdict's features read these: unchanged
    assert a.detail_anchors == {"role": 2}


CLUB = """\
# Closing the workshop

The keyholder checks that every tool is switched off and that the extractor has stopped. Members who
stay late tell the keyholder before they leave. If something is broken, the keyholder writes it up and
tells the Secretary, who passes it to the Lasers Subcommittee. Spare fuses are kept in the machine room;
measure a supply with the Fluke 45 before you plug anything into it. Renewals go through the member portal,
and questions go to Slack #lasers, where the maintainers answer them.
"""

TEMPLATE = """\
# Closing procedure

The Management Representative ensures that the premises are secured in accordance with this procedure. The
organization shall determine the controls needed and shall retain documented information as evidence that
the controls are effective. [Role] is responsible for the closing of the premises and for communicating
the results to top management. The internal auditor reviews the effectiveness of the procedure at planned
intervals and reports the results to the quality manager. Changes are made as appropriate, and the
Secretary role is filled as [Secretary] when the organization adopts this procedure.
"""


def test_cm05_reads_a_club_procedure_by_its_plain_details(tmp_path):
    assert run(CM05, procedure(tmp_path, "closing.md", CLUB)) == []


def test_cm05_still_reports_a_template_naming_only_generic_roles(tmp_path):
    found = run(CM05, procedure(tmp_path, "closing.md", TEMPLATE))
    assert len(found) == 1, found


def test_one_office_named_many_ways_is_one_detail(tmp_path):
    from gapscan.nlp.mirroring import analyze

    doc = procedure(tmp_path, "lesson.md", """\
        # Lessons

        Flight Instructor: briefs the student. The Chief Flight Instructor signs the record, and the instructor
        files it. The Secretary and the Treasurer sign the accounts.
        """)
    assert analyze(doc).detail_anchors == {"role": 3}  # instructor, secretary, treasurer


PLAYBOOK = """\
# Student progress

The Flight Instructor tracks each student's progress. Progress is reviewed regularly and shared with the
student so that expectations are clear. The Flight Instructor makes sure that lessons follow the syllabus and
that the student understands each topic before moving on. Where a student falls behind, the Flight Instructor
discusses options and agrees a plan. The Chief Flight Instructor oversees the programme and supports the
instructors in delivering consistent, high-quality training that meets all applicable expectations, and the
school aims for excellent outcomes for every student it trains.
"""


def test_cm05_still_reports_a_playbook_repeating_one_office(tmp_path):
    found = run(CM05, procedure(tmp_path, "progress.md", PLAYBOOK))
    assert len(found) == 1, found
