"""CM03: a labelled line of clause references, a record named under "Evidence", and "must take ... steps" are not the
standard restated.

Seen on real sets in session 17: nerdkim/iso-27001-docs ("nerd") ends each control page with "ISO 27001 clauses: 7.3
(Awareness), 9.1 (...)", "Adjacent Annex A: A.5.24 (...)" and "2013 mapping: A.16.1.2 (...)" lines and an "Evidence"
list ("Contract with security requirements and destruction certificates for outsourced work"): the first quote the
standard's titles because they point at it, the second names the records kept. A web agency's grievance procedure
(weareleaf/handbook, "leaf") says "You must take all reasonable steps to attend this meeting": the standard's "take"
is "take action" or "take into account", not a step the reader is told to take. The pages below are written for
these tests.
"""
from __future__ import annotations

from gapscan.rules.cm import CM03

from cm_helpers import run

CONTROL_PAGE = """\
# A.7.14 Secure disposal of equipment

Read against ISO/IEC 27001:2022.

## Implementation
- The IT Technician wipes each laptop with the vendor's secure erase tool before it leaves the building.
- The Office Manager books the shredding van for the first Monday of each month.

## Related controls
- ISO 27001 clauses: 6.1 (Actions to address risks and opportunities), 7.5 (Documented information), 8.1 (Operational planning and control)
- Adjacent Annex A: A.5.24 (Information security incident management planning and preparation), A.5.25 (Assessment and decision on information security events)
- 2013 mapping: A.16.1.2 (Reporting information security events), A.16.1.3 (Reporting information security weaknesses)

## Evidence
- Contract with security requirements and destruction certificates for outsourced work
- Sign-in sheet for secure areas with the name of each visitor
"""


def test_cm03_is_silent_on_reference_lines_and_evidence_items(make):
    assert run(CM03, make("A.7.14.md", CONTROL_PAGE)) == []


def test_a_labelled_line_of_references_is_a_cross_reference_and_a_sentence_is_not():
    from gapscan.nlp.mirroring import labelled_references

    assert labelled_references("ISO 27001 clauses: 7.3 (Awareness), 7.4 (Communication)")
    assert labelled_references("2013 mapping: 11.2.7 (Secure disposal or re-use of equipment)")
    assert not labelled_references("Note: 7.3 applies to all staff, and the organization shall ensure awareness.")
    assert not labelled_references("Frequency: 2.5 hours per week")


def test_cm03_still_fires_on_the_standard_restated_beside_them(make):
    page = CONTROL_PAGE.replace(
        "## Related controls",
        "The organization shall determine the security requirements for secure areas.\n\n"
        "Information security events shall be reported through appropriate channels as applicable.\n\n"
        "## Related controls")
    assert len(run(CM03, make("A.7.14.md", page))) >= 2


GRIEVANCE = """\
# Grievance procedure

If you have a grievance, write to your line manager within 5 working days.

You must take all reasonable steps to attend this meeting.

You will then be invited to a further meeting, which you must take all reasonable steps to attend.

The Operations Director answers the appeal in writing within 10 working days.
"""


def test_cm03_is_silent_on_must_take_steps(make):
    assert run(CM03, make("grievance-procedure.md", GRIEVANCE)) == []


def test_cm03_still_reads_take_action_as_the_standards(make):
    text = GRIEVANCE.replace("must take all reasonable steps to attend this meeting",
                             "must take action to control and correct the nonconformity") \
        .replace("which you must take all reasonable steps to attend",
                 "where the organization shall take into account the needs and expectations of interested parties")
    assert len(run(CM03, make("grievance-procedure.md", text))) >= 1
