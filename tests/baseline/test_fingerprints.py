"""Fingerprints name a problem, not a line: they survive edits elsewhere and change with the quoted text."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.baseline import IDENTITY, fingerprinted
from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.model import Evidence, Finding, Location, Severity
from gapscan.rules.registry import RULES

PROCEDURE = """# QP-04 Control of Externally Provided Processes

## 8.4 Control of externally provided processes, products and services
The organization shall ensure that externally provided processes conform to requirements.
The organization shall determine the controls to be applied to external providers.

## 9.1 Monitoring, measurement, analysis and evaluation
The organization shall evaluate the performance and the effectiveness of the system.
Documented information shall be retained as evidence of the results.
"""

EDITED_SENTENCE = "The organization shall determine the controls to be applied to external providers."
INSERTED = """
Buyers raise purchase orders in Epicor once the Quality Manager has approved the supplier.

The Purchasing Lead reviews the approved supplier list with the Quality Manager every March.
"""


def _check(folder: Path) -> list[Finding]:
    report = run([folder], Config(), RunOptions(command="check", jobs=1, timestamp=False))
    return list(report.findings)


def test_inserting_paragraphs_keeps_fingerprints_editing_the_sentence_changes_one(tmp_path):
    folder = tmp_path / "procedures"
    folder.mkdir()
    doc = folder / "qp-04.md"
    doc.write_text(PROCEDURE, encoding="utf-8")
    before = _check(folder)
    assert {f.rule for f in before} >= {"CM01", "CM03", "CM04"}

    title, rest = PROCEDURE.split("\n", 1)
    doc.write_text(title + "\n" + INSERTED + rest, encoding="utf-8")
    shifted = _check(folder)
    by_print = {f.fingerprint: f for f in shifted}
    # findings about one heading or sentence; a whole-document finding (CM02's clause order, CM05's anchor
    # density) may rightly come or go when two operational paragraphs join a five-sentence procedure
    placed = [f for f in before if f.rule in ("CM01", "CM03", "CM04")]
    assert len(placed) >= 6
    assert sorted(f.fingerprint for f in shifted if f.rule in ("CM01", "CM03", "CM04")) == \
        sorted(f.fingerprint for f in placed)
    for f in placed:
        moved = by_print[f.fingerprint]
        assert (moved.rule, moved.message) == (f.rule, f.message)
        if f.location is not None and f.location.line is not None:
            assert moved.location.line == f.location.line + 4  # the four lines inserted above it

    doc.write_text(PROCEDURE.replace(EDITED_SENTENCE, EDITED_SENTENCE[:-1] + " and to subcontracted heat "
                                     "treatment."), encoding="utf-8")
    edited = _check(folder)
    old_prints = {f.fingerprint for f in before}
    changed = sorted(f.rule for f in edited if f.fingerprint not in old_prints)
    on_sentence = sorted(f.rule for f in edited if "subcontracted heat treatment" in f.evidence[0].text)
    assert changed == on_sentence == ["CM03", "CM04"]  # standard-speak and organization-as-actor on it
    assert len(edited) == len(before)


def _finding(rule: str, message: str, *, line: int = 1, evidence: str = "", path: str = "p.md",
             **metrics) -> Finding:
    return Finding(rule=rule, name=rule.lower(), severity=Severity.WARNING, path=path, message=message,
                   location=Location(line=line),
                   evidence=(Evidence(path=path, text=evidence),) if evidence else (), metrics=metrics)


@pytest.mark.parametrize("rule, before, after, metrics", [
    # a row added to the register moves every count in the message, not the claim
    ("DR03", "'within 30 days' is exceeded in log.csv: median 46 days vs limit 30; 57% of 51 completed items late",
     "'within 30 days' is exceeded in log.csv: median 47 days vs limit 30; 58% of 52 completed items late",
     {"claim": "Each corrective action closed: within 30 days of raising the NCR"}),
    ("PS01", "log.xlsx is kept outside the documented system: 460 entries, 128 in the last 90 days, by 6 people",
     "log.xlsx is kept outside the documented system: 461 entries, 129 in the last 90 days, by 7 people", {}),
    ("SH02", "The near miss log has had no entry for 188 days", "The near miss log has had no entry for 189 days",
     {"feed": "near miss"}),
    ("CM02", "33 of 34 headings follow ISO 14001:2015 clause order (4 -> 10.3)",
     "34 of 35 headings follow ISO 14001:2015 clause order (4 -> 10.3)", {"standard": "iso14001"}),
])
def test_counts_that_move_run_to_run_keep_the_fingerprint(rule, before, after, metrics):
    a = fingerprinted([_finding(rule, before, line=10, **metrics)])[0]
    b = fingerprinted([_finding(rule, after, line=12, **metrics)])[0]
    assert a.fingerprint == b.fingerprint


def test_numbers_that_identify_the_claim_make_a_new_fingerprint():
    a = fingerprinted([_finding("DR02", "m", claim="Each gauge is calibrated: every 12 months")])[0]
    b = fingerprinted([_finding("DR02", "m", claim="Each gauge is calibrated: every 6 months")])[0]
    assert a.fingerprint != b.fingerprint
    audit = [fingerprinted([_finding("SH01", "14 entries before the audit", audit_date=d)])[0]
             for d in ("2025-03-18", "2026-03-17")]
    assert audit[0].fingerprint != audit[1].fingerprint
    heading = [fingerprinted([_finding("CM01", "m", evidence=f"{n} Context of the organization")])[0]
               for n in ("4", "5")]
    assert heading[0].fingerprint != heading[1].fingerprint


def test_same_rule_other_document_other_fingerprint_and_case_and_spacing_do_not_count():
    a = _finding("CM03", "m", evidence="The organization SHALL  determine\nthe issues.")
    b = _finding("CM03", "m", evidence="the organization shall determine the issues.")
    c = _finding("CM03", "m", evidence="the organization shall determine the issues.", path="q.md")
    fa, fb, fc = (fingerprinted([x])[0].fingerprint for x in (a, b, c))
    assert fa == fb != fc


def test_equal_findings_are_told_apart_by_occurrence_in_reading_order():
    twice = [_finding("CM04", "'organization shall'", line=30, evidence="The organization shall act."),
             _finding("CM04", "'organization shall'", line=8, evidence="The organization shall act.")]
    out = fingerprinted(twice)
    assert [f.location.line for f in out] == [8, 30]
    assert out[0].fingerprint.endswith(":0") and out[1].fingerprint.endswith(":1")
    assert out[0].fingerprint.split(":")[0] == out[1].fingerprint.split(":")[0]


def test_every_rule_says_what_identifies_its_findings():
    assert sorted(IDENTITY) == sorted(r.code for r in RULES)
