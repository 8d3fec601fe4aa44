"""Kinds session 21 left (kinds22), each cause both ways.

Blanks weighed by how often they fall: DCurrent/ehs-web's model Chemical Hygiene Plan (held-out set ukyohs,
session 21: a procedure to both readers) is 27,000 words of duties and rules with 52 blanks on its cover (the
laboratory's name, its people, a signature) and in the inspection sheets appended to it. Each blank counted as a
form's field whatever the length of the text around it, so the plan read as a form.
"""
from __future__ import annotations

from classify_helpers import assert_kind
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
