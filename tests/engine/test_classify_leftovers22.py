"""Kinds session 21 left (kinds22), each cause both ways.

Blanks weighed by how often they fall: DCurrent/ehs-web's model Chemical Hygiene Plan (held-out set ukyohs,
session 21: a procedure to both readers) is 27,000 words of duties and rules with 52 blanks on its cover (the
laboratory's name, its people, a signature) and in the inspection sheets appended to it. Each blank counted as a
form's field whatever the length of the text around it, so the plan read as a form.

A company's presentation of itself: DattaWadikar07/ERP's "Quality Policy.docx" (corpus m087) is a company profile
(About Us, Company Profile, Services, Products, Contact Us) quoting a two-line policy, and
Obsidian757/iso-42001-certification's governance statement (t077) an outward-facing page (Who We Are, Our
Certifications & Credentials); other to both readers of each, read as procedures from the policy named in the file
name, a stray imperative line and their length under many headings.

A type given in the front matter: 2Lines-Software/soc2-compliance's agent registry entry (corpus h265, a record to
both readers) says "type: agent-registry" in its front matter over the tables of what the agent reads and may use;
its few imperative lines and its headings made it a procedure. Its blank template (h266, "type: agent-registry"
too) is the form the entries are kept on.
"""
from __future__ import annotations

from classify_helpers import assert_kind, kind_of
from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

COVER = """# Laboratory Chemical Safety Plan

Principal investigator: ______________________
Department: ______________________
Room and building: ______________________
Campus phone: ____________ After-hours phone: ____________

| Name | Status |
|---|---|
"""

SIGNATURES = "".join(f"\nLaboratory worker {i}: ______________________ Signed: ______________\n" for i in range(1, 12))

SECTION = """
## {n}. {title}

Every laboratory that stores {thing} keeps it in the cabinet marked for it, away from heat and from the acids.
The supervisor checks the cabinet each month and the result goes into the laboratory file with the date.
Workers are trained before they handle {thing}, and the training is repeated every year by the safety office.
Where a container is damaged, the worker moves it to the spill tray and tells the supervisor the same day.
Waste from {thing} is collected in the labelled drum and the safety office takes it away every two weeks.
The plan is reviewed by the chemical hygiene officer once a year and after any accident involving {thing}.
Visitors and minors are not allowed in the room while {thing} is in use, unless a supervisor is with them.
"""

THINGS = ["flammable solvents", "oxidizers", "corrosive acids", "toxic gases", "peroxide formers", "pyrophorics",
          "carcinogens", "reproductive toxins", "cryogenic liquids", "compressed gases", "heavy metals",
          "water-reactive salts", "biological stains", "mercury", "radioactive tracers", "nanomaterials",
          "hydrofluoric acid", "perchloric acid", "azides", "cyanides"]


HEADINGS = ["Purpose", "Scope", "Responsibilities", "Definitions", "Training requirements", "Records"]

# the inspection sheets appended to the plan: a room's checklist to fill in, left blank
APPENDIX = """
## Appendix: Laboratory Inspection Sheet

| Item | S | U | Comments |
|---|---|---|---|
""" + "".join(f"| {i}. {item} | | | |\n" for i, item in enumerate(
    ["Exits and hallways clear", "Eye wash working", "Shower working", "Extinguisher charged", "Labels legible",
     "Cabinets closed", "Waste drums labelled", "Gas cylinders chained", "Fume hood certified", "Spill kit full"],
    start=1))


def _plan(sections: int) -> str:
    titles = [*HEADINGS, *(f"Handling {t}" for t in THINGS)]
    body = "".join(SECTION.format(n=i + 1, title=titles[i % len(titles)], thing=THINGS[i % len(THINGS)])
                   for i in range(sections))
    return COVER + SIGNATURES + body + APPENDIX + APPENDIX.replace("Inspection Sheet", "Re-inspection Sheet")


def test_a_long_plan_with_blanks_on_its_cover_is_no_form(tmp_path):
    # before: form ("27 blank fields to fill", 6.0 points, and two empty inspection sheets over the plan's steps)
    why = assert_kind(tmp_path, "chemical-safety-plan.md", _plan(60), Kind.PROCEDURE)
    assert "blank fields to fill, one in" in why or "blank fields" not in why, why


def test_the_same_blanks_over_a_short_text_still_make_a_form(tmp_path):
    # the cover and its signature lines over two sections: a blank every few words, the form it is
    why = assert_kind(tmp_path, "chemical-safety-plan.md", _plan(2), Kind.FORM)
    assert "blank fields to fill" in why and "one in" not in why, why


PROFILE = [
    ("Harbour Software Ltd", "Heading 1"),
    ("About Us", "Heading 1"),
    ("Harbour Software is an information technology company founded in 2009 by a team of engineers.", None),
    ("We build accounting and stock systems for small manufacturers across the region.", None),
    ("Our Mission", "Heading 1"),
    ("Our mission is to give every client software that fits the way it already works.", None),
    ("Quality Policy", "Heading 2"),
    ("Harbour Software delivers every product free of defects and easy to use.", None),
    ("Services", "Heading 1"),
    ("Custom development, test automation, training for the users of our products and support after go-live.", None),
    ("Contact Us", "Heading 1"),
    ("Write to the sales office in Leeds or call during office hours.", None),
]


def _docx(tmp_path, name, paragraphs):
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(tmp_path / name)
    doc = classify(parse_file(tmp_path / name, name))
    return doc.kind, doc.kind_reason


def test_a_company_profile_named_for_its_policy_is_no_procedure(tmp_path):
    # before: procedure ("'Policy' in the file name; 1 procedure-style heading (Quality Policy)")
    kind, why = _docx(tmp_path, "Quality Policy.docx", PROFILE)
    assert kind is Kind.OTHER, why
    assert "a profile's ('About Us', 'Our Mission', 'Services', 'Contact Us')" in why, why


def test_a_policy_with_a_contact_section_keeps_its_kind(tmp_path):
    # one profile heading is a section of the policy ("Contact Us" for questions): read as before
    rules = [(f"Each supplier of the {k} must be approved by the purchasing manager before the first order.", None)
             for k in ("hardware", "software", "cloud services", "printing", "cleaning")]
    kind, why = _docx(tmp_path, "Purchasing Policy.docx", [
        ("Purchasing Policy", "Heading 1"), ("Purpose", "Heading 1"), *rules, ("Contact Us", "Heading 1"),
        ("Questions go to the purchasing manager.", None)])
    assert kind is Kind.PROCEDURE and "profile" not in why, why


def test_a_manuals_mission_and_vision_are_no_profile(tmp_path):
    # "Mission", "Vision", "Products", "Services" are sections of the system's own description too (a quality
    # manual's, a scope's); a profile also speaks of itself to a reader ("About Us", "Who We Are", "Contact Us")
    kind, why = _docx(tmp_path, "Quality Policy.docx", [
        ("Quality Policy", "Heading 1"), ("Mission", "Heading 1"),
        ("Harbour Software builds accounting systems that fit the way its clients work.", None),
        ("Vision", "Heading 1"), ("To be the supplier small manufacturers recommend.", None),
        ("Products", "Heading 1"), ("Accounting, stock control and payroll.", None),
        ("Commitments", "Heading 1"),
        *[(f"The quality manager must review {k} every quarter.", None) for k in ("complaints", "defects")]])
    assert kind is Kind.PROCEDURE and "profile" not in why, why


def test_a_policy_under_profile_headings_keeps_its_kind_by_its_own_duties(tmp_path):
    # the same headings over a page of duties: its steps and obligations outweigh the brochure's sections
    rules = [(f"Every {k} shall be checked by the quality manager before it is released to a client.", None)
             for k in ("release", "patch", "report", "installation", "migration", "upgrade", "interface",
                       "data load", "backup", "restore", "test plan", "manual", "training", "invoice", "licence",
                       "contract", "change", "fix", "module", "configuration", "script", "screen", "template",
                       "translation", "certificate")]
    kind, why = _docx(tmp_path, "Quality Policy.docx", [*PROFILE[:7], *rules, *PROFILE[7:]])
    assert kind is Kind.PROCEDURE, why


AGENT = """---
id: "AGENT-007"
type: "{type}"
owner: "Dana"
created: "2026-02-21"
---

# Invoice Matching Agent

## Context Sources

- Supplier invoices from the finance mailbox
- Purchase orders from the ERP

## Data Access

| Data Category | Scope | Access Type | Granted |
|---|---|---|---|
| Invoices | Confidential | Read | {rows[0]} |
| Purchase orders | Internal | Read | {rows[1]} |
| Supplier master | Internal | Read | {rows[2]} |

## Tool Access

| Tool | Permissions | Credential ID | Granted |
|---|---|---|---|
| ERP connector | {rows[3]} | {rows[4]} | {rows[5]} |

## Review

Review the access list each quarter. Remove any tool the agent no longer uses.
"""

FILLED = ("2026-02-21", "2026-02-21", "2026-03-02", "Read-only", "erp-ro-07", "2026-02-21")


def test_a_registry_entry_typed_in_its_front_matter_is_a_record(tmp_path):
    # before: other ("no clear signal (2 imperative steps)"): the type it gives itself was not read
    assert_kind(tmp_path, "agents/AGENT-007.md", AGENT.format(type="agent-registry", rows=FILLED), Kind.RECORD,
                "'registry'")


def test_the_registrys_blank_template_is_a_form(tmp_path):
    blank = AGENT.format(type="agent-registry", rows=("",) * 6)
    assert_kind(tmp_path, "agents/AGENT-template.md", blank, Kind.FORM)


def test_a_type_that_names_no_kind_of_document_is_not_read(tmp_path):
    # "type: Guide" (publiccode's pages), "type: resource": no document kind, the page decides as before
    _, why = kind_of(tmp_path, "agents/AGENT-007.md", AGENT.format(type="Guide", rows=FILLED))
    assert "header says" not in why, why
