"""Parallel-system rules (PS): the real system living beside the official one."""
from __future__ import annotations

from gapscan.model import Kind, Severity
from gapscan.rules.base import Rule

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW

# Catalogue entries not implemented yet carry no check; they report nothing.

PS01 = Rule(code='PS01', name='shadow-record', family='parallel system', applies_to=(R,),
    summary='a working record that no controlled procedure references or covers: the real system beside the official one',
    severity=Severity.WARNING)
PS02 = Rule(code='PS02', name='duplicate-recording', family='parallel system', applies_to=(R,),
    summary='two records capture the same entities/fields: double handling',
    severity=Severity.WARNING)
PS03 = Rule(code='PS03', name='practice-vocabulary-gap', family='parallel system', applies_to=(P,),
    summary='terms that dominate the working records never appear in the procedures meant to govern that work',
    severity=Severity.WARNING)

RULES = (PS01, PS02, PS03,)
