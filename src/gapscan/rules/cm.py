"""Clause-mirroring rules (CM): is the procedure written around the standard or the work?"""
from __future__ import annotations

from gapscan.model import Kind, Severity
from gapscan.rules.base import Rule

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW

# Catalogue entries not implemented yet carry no check; they report nothing.

CM01 = Rule(code='CM01', name='clause-numbered-headings', family='clause mirroring', applies_to=(P,V,),
    summary="headings carry a standard's clause numbers and/or titles instead of the work's own steps",
    severity=Severity.WARNING)
CM02 = Rule(code='CM02', name='clause-ordered-structure', family='clause mirroring', applies_to=(P,),
    summary="the sequence of sections follows the standard's clause order (4 -> 10) rather than the flow of the work",
    severity=Severity.WARNING)
CM03 = Rule(code='CM03', name='standard-speak', family='clause mirroring', applies_to=(P,),
    summary="sentences restate the standard's language instead of saying who does what",
    severity=Severity.WARNING)
CM04 = Rule(code='CM04', name='organization-as-actor', family='clause mirroring', applies_to=(P,),
    summary='"the organization / the company / management" is the actor of obligations where a named role, team or system should be',
    severity=Severity.WARNING)
CM05 = Rule(code='CM05', name='no-operational-anchors', family='clause mirroring', applies_to=(P,),
    summary='the text names few or none of: roles, systems, equipment, places, quantities, time limits, forms, decisions',
    severity=Severity.WARNING)

RULES = (CM01, CM02, CM03, CM04, CM05,)
