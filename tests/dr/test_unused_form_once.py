"""DR01: one missing form is one finding, however many documents cite it.

Held out on alyssadata/ai-governance-plan (aigov, pshold25): the same 'release checklist is required but has no
filled instance' was reported four times, once for each page naming it (charter, controls catalogue, audit-evidence
page, intake example). The form is missing once: the finding is at the first citing document, and its evidence and
metrics name every document that cites it.
"""
from __future__ import annotations

import datetime as dt

from gapscan.rules.dr import DR01

FORM = ("# Release checklist\n\nUse case: ________\n\n| Check | Done | Initials |\n|---|---|---|\n"
        "| Evaluation passed | | |\n| Monitoring plan in place | | |\n| Rollback plan tested | | |\n")
CHANGES = (["Date", "Change", "Approved by"],
           [[dt.date(2026, 2, 2), "Release 1.0 of the support assistant", "CTO"],
            [dt.date(2026, 2, 20), "Release 1.1: prompt filter", "CTO"]])


def _pack(scan):
    scan.write("procedures/Intake and approval.md", "# Intake and approval\n\nBefore release, the owner completes"
               " the release checklist and links it to the use case record.\n")
    scan.write("procedures/Controls catalogue.md", "# Controls catalogue\n\nC-07: every deployment is preceded by"
               " a signed release checklist.\n")
    scan.write("procedures/Audit evidence.md", "# Audit evidence\n\nThe auditor samples the release checklist of"
               " each release in the period.\n")
    scan.write("forms/Release checklist.md", FORM)
    scan.csv("records/Change log.csv", *CHANGES)
    return scan


def test_one_missing_form_is_one_finding_naming_every_citing_document(scan):
    (f,) = _pack(scan).findings(DR01)
    assert f.path == "procedures/Audit evidence.md"  # the first citing document, in path order
    assert f.metrics["cited_by"] == ["procedures/Audit evidence.md", "procedures/Controls catalogue.md",
                                     "procedures/Intake and approval.md"]
    cited = [e for e in f.evidence if e.text.startswith("also requires")]
    assert [e.path for e in cited] == ["procedures/Controls catalogue.md", "procedures/Intake and approval.md"]
    assert all(e.location is not None and e.location.line for e in cited)
    assert "cited by 3 documents" in f.message


def test_one_citing_document_reads_as_before(scan):
    scan.write("procedures/Intake and approval.md", "# Intake and approval\n\nBefore release, the owner completes"
               " the release checklist and links it to the use case record.\n")
    scan.write("forms/Release checklist.md", FORM)
    scan.csv("records/Change log.csv", *CHANGES)
    (f,) = scan.findings(DR01)
    assert "cited by" not in f.message and "cited_by" not in f.metrics
