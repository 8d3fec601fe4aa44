"""System-health rules (SH): records kept for the auditor, dead feeds, paperwork reviews."""
from __future__ import annotations

from gapscan.model import Kind, Severity
from gapscan.rules.base import Rule

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW

# Catalogue entries not implemented yet carry no check; they report nothing.

SH01 = Rule(code='SH01', name='audit-spike', family='system health', applies_to=(R,),
    summary='record entries cluster in the weeks before audit dates: the system comes alive for the auditor',
    severity=Severity.WARNING)
SH02 = Rule(code='SH02', name='stale-feed', family='system health', applies_to=(R,),
    summary='an improvement / near-miss / incident / nonconformity log stopped being fed or is declining',
    severity=Severity.WARNING)
SH03 = Rule(code='SH03', name='paperwork-review', family='system health', applies_to=(V,),
    summary='management review content is dominated by findings, overdue actions and the certificate rather than the business',
    severity=Severity.WARNING)

RULES = (SH01, SH02, SH03,)
