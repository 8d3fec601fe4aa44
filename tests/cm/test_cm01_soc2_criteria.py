"""CM01 and the verdict's heading features: a document walking through the SOC 2 Trust Services Criteria is read
against them (src/gapscan/data/clauses/soc2.json), and a criterion's heading is never another standard's clause.

Seen on the real corpus (issue 8, session 21 levers24): a confidentiality criteria guide headed "C1.1 — Identification
of Confidential Information", "C1.1.1 — Classification and Identification" ... "C1.2.2 — Secure Disposal", labelled
mirrored by both annotators, matched no catalogue (its keys are letters and numbers) and was called operational;
its companion guide's "CC8 — Change Management" and "CC4 — Monitoring Activities" were read as ISO/IEC 27001's
A.8.32 and A.8.16.
"""
from __future__ import annotations

from gapscan.nlp.mirroring import analyze, match_heading
from gapscan.rules.cm import CM01

from cm_helpers import run

GUIDE = """# Confidentiality criteria (C1)

How the organization keeps confidential information confidential, criterion by criterion.

## C1.1 — Identification of Confidential Information

### C1.1.1 — Classification

- What the auditor looks for: a way of identifying and classifying confidential information.
- Typical controls: a classification policy, a data inventory, labels.

### C1.1.2 — Access to Confidential Information

- What the auditor looks for: access limited to those with a business need.

## C1.2 — Disposal of Confidential Information

### C1.2.1 — Retention

- What the auditor looks for: retention periods defined for confidential information.

### C1.2.2 — Secure Disposal

- What the auditor looks for: confidential information destroyed when it is no longer needed.
"""


def test_a_criteria_walk_through_is_read_against_the_soc2_criteria(make):
    doc = make("tsc-confidentiality.md", GUIDE)
    a = analyze(doc, use_model=False)
    assert a.standard == "soc2", a.standard
    clauses = [m.clause for m in a.clause_headings]
    # the two criteria by key and title, the points under them keyed to the criterion they sit under
    assert clauses == ["C1.1", "C1.1", "C1.1", "C1.2", "C1.2", "C1.2"], a.clause_headings
    assert [m.how for m in a.clause_headings if m.clause == "C1.2"][0] == "number+title"
    found = run(CM01, doc)
    assert "C1.2 'Disposing of confidential information'" in " | ".join(f.message for f in found)


SECURITY = """# Common criteria

## CC4 — Monitoring Activities

Controls are evaluated on an ongoing basis.

## CC8 — Change Management

Changes are authorized, tested and approved before they reach production.
"""


def test_a_criterion_heading_is_not_an_annex_a_control(make):
    a = analyze(make("tsc-security.md", SECURITY), use_model=False)
    assert a.standard == "soc2" and {m.clause for m in a.clause_headings} == {"CC4", "CC8"}, a.clause_headings
    # read against ISO/IEC 27001 all the same (a run that names it), the criteria's headings name none of its controls
    forced = analyze(make("tsc-security-iso.md", SECURITY), "iso27001", use_model=False)
    assert forced.clause_headings == (), forced.clause_headings
    assert match_heading("CC8 — Change Management", None, "iso27001") is None
    assert match_heading("Change Management", None, "iso27001") is not None  # without the key it is A.8.32


OUTLINE = """# Supplier Procedure

## P1 Purpose

How the buyer approves a new supplier.

## P2 Scope

All suppliers of raw materials.

## P3 Supplier evaluation

The buyer scores each supplier on the evaluation sheet every year.
"""


def test_an_outline_lettered_like_a_privacy_series_is_not_the_criteria(make):
    # "P1", "P2", "P3" with no sub-number are a document's own outline ("P" for procedure): not read as privacy
    # criteria P1-P3, and the document is not read against SOC 2 for them
    a = analyze(make("supplier.md", OUTLINE), use_model=False)
    assert a.standard != "soc2"
    assert not any(m.clause.startswith("P") for m in a.clause_headings), a.clause_headings


def test_a_criterion_is_called_a_criterion_not_a_clause(tmp_path):
    """CM01 and CM02 named a SOC 2 criterion a "clause" ("... Criteria:2017 clause CC1.1", "clause order (CC1.1 ->
    CC8.1)"): a client reading SOC 2 reads criteria. ISO headings keep "clause"."""
    from gapscan.config import Config
    from gapscan.engine import RunOptions, run

    (tmp_path / "tsc.md").write_text(
        "# Criteria guide\n\n" + "".join(
            f"## {key} {title}\n\nThe entity shall {verb} and management shall ensure it is reviewed.\n\n"
            for key, title, verb in [("CC1.1", "Integrity and ethical values", "demonstrate integrity"),
                                     ("CC1.2", "Board oversight", "exercise oversight"),
                                     ("CC2.1", "Information quality", "obtain relevant information"),
                                     ("CC3.1", "Objectives", "specify objectives"),
                                     ("CC5.1", "Control activities", "select control activities")]),
        encoding="utf-8")
    report = run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))
    messages = [f.message for f in report.findings if f.rule in ("CM01", "CM02")]
    assert any(f.rule == "CM02" for f in report.findings), messages
    assert messages and all("criterion" in m and "clause" not in m for m in messages), messages
