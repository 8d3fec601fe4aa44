"""A control a document comes back to, section after section, is one of what it is about (core.RECURRING)."""
from __future__ import annotations

from gapscan.mapping import core

# a staff guide whose whole text is mostly about acceptable use, with two sections on background checks: neither
# heading names screening, so no single section rule makes it main
GUIDE = """# {title}

## Using company laptops and email

Company laptops, phones and email are for work. Acceptable use means no pirated software, no sharing of passwords,
no forwarding of customer files to personal accounts and no installing tools the IT desk has not approved. Anyone
who breaks the acceptable use rules loses access and the matter goes to their manager.

## Personal use

Reasonable personal use of the internet at lunch is fine. Streaming, gaming and anything that would embarrass the
company are not acceptable use of company equipment, on site or at home.

## Before an offer

Before an offer is made, HR runs background verification checks on every candidate: proof of identity, right to
work, references from the last two employers and, for finance roles, a criminal record check.
{contractors}"""

CONTRACTORS = """
## Contractors

Contractors get the same background verification checks and references as a new employee in the same role, done
before their first day.
"""


def _prepared(parse, title: str, contractors: str = CONTRACTORS):
    name = f"{title}.md"
    return name, core.prepare([parse(name, GUIDE.format(title=title, contractors=contractors))], "iso27001")


def test_a_control_best_in_two_sections_of_an_untitled_document_is_main(parse):
    name, prepared = _prepared(parse, "Working here")
    assert "A.6.1" in core.decide(prepared, recurring=2).clauses_of(name)
    # without the rule the checks are touched on only: the whole document's answer is acceptable use
    shown = core.decide(prepared, recurring=float("inf"))
    assert "A.6.1" not in shown.clauses_of(name)
    assert {m.section for m in shown.row("A.6.1").matches} >= {"Before an offer", "Contractors"}


def test_one_section_is_a_topic_passed_through(parse):
    name, prepared = _prepared(parse, "Working here", contractors="")
    assert "A.6.1" not in core.decide(prepared, recurring=2).clauses_of(name)


def test_a_title_naming_a_control_speaks_for_the_document_unless_every_document_is_read(parse):
    name, prepared = _prepared(parse, "Email and Internet Acceptable Use Policy")
    assert core.decide(prepared, recurring=2).clauses_of(name) == ("A.5.10",)
    assert "A.6.1" in core.decide(prepared, recurring=2, recurring_scope="all").clauses_of(name)


FORMS = """# Working here

## Keeping the forms

Completed forms are filed in the shared drive under the year and kept for three years; the index of forms and their
revision is kept by the office manager, who archives superseded versions.

## Old forms

Superseded forms are withdrawn from the shared drive, marked obsolete and archived so that nobody fills in an old
revision by mistake.
{third}"""

THIRD = """
## Retention

Forms past their retention period are listed each January, and the office manager archives or destroys them; the
list of what was destroyed is kept.
"""


def test_a_main_body_clause_recurs_only_when_every_unit_is_read_so(parse):
    # records are said in passing by many procedures; the switch reads Annex A controls only ("annex") or every unit
    prepared = core.prepare([parse("Working here.md", FORMS.format(third=""))], "iso27001")
    bests = [s.ranked[0][0] for s in prepared.sections if s.heading != "Working here"]
    assert bests == ["7.5", "7.5"]  # the premise: 7.5 is each section's best unit
    result = core.decide(prepared, recurring=2, doc_top=0, recurring_units="annex")
    assert "7.5" not in result.clauses_of("Working here.md")
    assert {m.section for m in result.row("7.5").matches} == {"Keeping the forms", "Old forms"}  # touched on
    assert "7.5" in core.decide(prepared, recurring=2, doc_top=0, recurring_units="all").clauses_of("Working here.md")


def test_shipped_three_sections_make_a_main_clause_two_do_not(parse):
    # shipped: RECURRING 3 over every unit (what most folds chose by document F1); the whole-document answer and the
    # focused-section rule ("Retention" names 7.5's subject) are held off so that this is the rule's doing
    off = {"doc_top": 0, "section_focus": float("inf")}
    two = core.prepare([parse("Working here.md", FORMS.format(third=""))], "iso27001")
    three = core.prepare([parse("Working here.md", FORMS.format(third=THIRD))], "iso27001")
    assert [s.ranked[0][0] for s in three.sections if s.heading != "Working here"] == ["7.5", "7.5", "7.5"]
    assert "7.5" not in core.decide(two, **off).clauses_of("Working here.md")
    assert "7.5" not in core.decide(three, recurring=float("inf"), **off).clauses_of("Working here.md")
    result = core.decide(three, **off)
    assert "7.5" in result.clauses_of("Working here.md")
    # shown at the sections it recurs in
    assert {m.section for m in result.row("7.5").matches if m.main} == {"Keeping the forms", "Old forms", "Retention"}
