"""Practice-drift rules (DR): what procedures claim against what the records show."""
from __future__ import annotations

from gapscan.model import Kind, Severity
from gapscan.rules.base import Rule

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW

# Catalogue entries not implemented yet carry no check; they report nothing.

DR01 = Rule(code='DR01', name='unused-form', family='practice drift', applies_to=(P,),
    summary='a form or record the procedure requires has no filled instance among the working records',
    severity=Severity.WARNING)
DR02 = Rule(code='DR02', name='cadence-drift', family='practice drift', applies_to=(P,),
    summary="a stated frequency is not what the linked records' dates show, or the records stopped",
    severity=Severity.WARNING)
DR03 = Rule(code='DR03', name='deadline-drift', family='practice drift', applies_to=(P,),
    summary='a stated time limit between two events is exceeded in the linked records',
    severity=Severity.WARNING)
DR04 = Rule(code='DR04', name='empty-required-field', family='practice drift', applies_to=(P,),
    summary='a field the procedure requires a record to hold is missing from the linked record, or left empty in many rows',
    severity=Severity.WARNING)
DR05 = Rule(code='DR05', name='role-drift', family='practice drift', applies_to=(P,),
    summary='the role the procedure makes responsible or approving is not who the records show doing it',
    severity=Severity.WARNING)
DR06 = Rule(code='DR06', name='step-drift', family='practice drift', applies_to=(P,),
    summary='the steps of the procedure and the items of the checklist/record used in practice diverge',
    severity=Severity.WARNING)

RULES = (DR01, DR02, DR03, DR04, DR05, DR06,)
