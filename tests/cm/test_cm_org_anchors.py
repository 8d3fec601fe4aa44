"""The organisation's own anchors as real sets write them (issue 8, round 12): teams joined by a slash
("Platform/DevOps", "QA/QC Lead"), a team opening its line in a roles list ("IT Operations (owner), ..."),
a product named where the work is done ("slice it in MakerBot Print"), the bodies of a members' association
("report it to the committee", "the working group", "the event organizer"), the place its members post
("on the forum"), the parts of a machine ("the wiper pad", "the lead screws"). Each is the organisation's
own; a choice written with a slash ("Yes/No"), a heading, a document title, a country and "B2B" are not."""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM05

from cm_helpers import anchors, own, procedure, run


@pytest.mark.parametrize("text, expected", [
    ("Changes are approved by Engineering / Platform/DevOps before release.", ("Platform/DevOps", "team")),
    ("Exceptions go to Security/GRC for a risk decision.", ("Security/GRC", "team")),
    ("The QA/QC Lead signs the batch record.", ("QA/QC Lead", "role")),
    ("IT Operations (owner), Security Engineering (reviewer), Finance (approver).", ("IT Operations", "team")),
    ("HR Operations: opens the leaver ticket on the last day.", ("HR Operations", "team")),
    ("Slice the model in MakerBot Print and start the job.", ("MakerBot Print", "system")),
    ("Report it to the committee, who decide on the ban.", ("committee", "team")),
    ("The working group meets before each build night.", ("working group", "team")),
    ("Reports go to the event organizer, who may ask the person to leave.", ("event organizer", "role")),
    ("Propose the purchase on the forum and wait for objections.", ("forum", "system")),
    ("Replace the wiper pad and oil the lead screws.", ("wiper pad", "equipment")),
    ("Replace the wiper pad and oil the lead screws.", ("lead screws", "equipment")),
])
def test_the_organisations_own_names_are_anchors(text, expected):
    assert expected in own(text), anchors(text)


@pytest.mark.parametrize("text, false_anchor", [
    ("Mark Yes/No in the last column.", "Yes/No"),
    ("Record Pass/Fail for each sample.", "Pass/Fail"),
    ("IT Security Policy", "IT Security"),
    ("IT Support\nCall the desk on extension 4.", "IT Support"),
    ("The laws in New Zealand apply to it.", "New Zealand"),
    ("Controls are described in Quality System Procedure 4.", "Quality System Procedure"),
    ("B2B customers are invoiced at the end of the month.", "B2B"),
    ("Bearing in mind the risk, staff act with care.", "Bearing"),
    ("The service is delivered in SaaS form.", "SaaS"),
])
def test_choices_headings_titles_and_shorthand_are_not(text, false_anchor):
    assert false_anchor not in [t for t, _ in anchors(text)], anchors(text)


def test_a_form_code_is_still_a_form():
    assert ("QF-12", "form") in anchors("Record the result on QF-12.")


def test_the_board_of_directors_is_every_companys_unless_beside_something_of_its_own():
    # a template's board approves the policy; a members' association's board acts on a report beside its organizer
    assert not own("This policy is approved by the board of directors.")
    assert ("board of directors", "team") in own(
        "Reports go to the event organizer or any member of the board of directors.")


RULES = """
    # Anti-harassment policy

    Harassment includes offensive comments, intimidation, stalking, unwelcome photography and unwanted
    physical contact. Everyone in the space is expected to treat other members with respect and to follow
    this policy at all times, in person and online. Nobody may retaliate against a member who reports
    harassment in good faith, and every report is kept confidential as far as the people involved allow.

    Anyone who is harassed, or sees it happen, tells the event organizer or a member of the board of directors.
    The event organizer may ask the person to leave the event at once.
    The committee reviews each report and decides on a ban.
    The working group posts the outcome on the forum.
"""


def test_cm05_reads_an_associations_bodies(tmp_path):
    assert run(CM05, procedure(tmp_path, "anti-harassment.md", RULES)) == []


def test_cm05_still_reports_rules_that_name_no_one(tmp_path):
    bare = RULES.replace("the event organizer or a member of the board of directors", "someone") \
        .replace("The event organizer", "Someone").replace("The committee", "Someone") \
        .replace("The working group posts the outcome on the forum", "The outcome is shared")
    findings = run(CM05, procedure(tmp_path, "anti-harassment.md", bare))
    assert len(findings) == 1, [f.message for f in findings]


@pytest.mark.parametrize("text", [
    "The Manager/Security Officer approves the request.",
    "Incidents are reported to Legal/Compliance.",
    "The Data/System Owner reviews the access list.",
])
def test_alternatives_of_generic_roles_and_functions_stay_generic(text):
    # each alternative is a role or a function every template names: nothing of the organisation's own
    assert anchors(text) and not own(text), anchors(text)
