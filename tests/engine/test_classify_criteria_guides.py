"""A guide to a standard's criteria is no procedure (session 23, kinds23).

Real corpus h261-h263 (2Lines-Software/soc2-compliance compliance/controls/*.md, both annotators: other): each walks
the SOC 2 criteria (or the company's own agent controls) in order, one heading a criterion, and under it "What the
auditor looks for", "Evidence types", "Typical controls". Its "Document the date you reviewed ..." and "Security
awareness training (annual minimum)" counted as imperative and described steps (h261: 34 of them), so all three
were procedures. A reader knows them by the repeated auditor's view: the criterion explained, not the reader's work.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.model import Kind

from classify_helpers import assert_kind, kind_of

CRITERIA = [("A.5.15 — Access control", "Rules for who may reach which information and systems, set by the owner.",
             "Access policy, role matrix, joiner and leaver tickets",
             ["Access granted by role", "Quarterly review of admin accounts"]),
            ("A.5.24 — Incident planning", "A planned way to handle security incidents, with roles named.",
             "Incident plan, on-call rota, post-incident reviews",
             ["Written incident plan", "Named incident lead"]),
            ("A.6.3 — Awareness and training", "Staff know their security duties and are trained each year.",
             "Training records, completion reports",
             ["Annual awareness course", "Phishing exercises"]),
            ("A.8.13 — Backup", "Copies of information are taken and restores are tested.",
             "Backup job history, restore test notes",
             ["Daily backups kept for 30 days", "Restore test each quarter"])]


def _guide() -> str:
    parts = ["# Annex A controls: what certification looks for\n",
             "Each control below is explained as an auditor reads it.\n"]
    for heading, looks, evidence, controls in CRITERIA:
        lines = "\n".join(f"  - {c}" for c in controls)
        parts.append(f"## {heading}\n- **What the auditor looks for**: {looks}\n- **Evidence types**: {evidence}\n"
                     f"- **Typical controls**:\n{lines}\n- **Small-team note**: Document who does this and keep the "
                     f"record. Review it every quarter.\n")
    return "\n".join(parts)


def test_a_guide_to_criteria_is_other(tmp_path: Path):
    assert_kind(tmp_path, "compliance/controls/annex-a.md", _guide(), Kind.OTHER,
                "a guide to criteria: 4 of 4 sections say what the auditor looks for", "'A.5.15 — Access control'")


def test_one_auditor_note_in_a_procedure_leaves_it_a_procedure(tmp_path: Path):
    text = """# Management Review Procedure

## Purpose

How top management reviews the management system each year.

## Steps

1. Send the agenda to the attendees two weeks before the meeting.
2. Collect the audit results, complaints and objectives data.
3. Hold the meeting and record the decisions with owners and dates.
4. Check at the next review that the actions were done.

**What the auditor looks for:** the chief executive's attendance and the actions followed up.

## Records

The minutes are kept for three years.
"""
    kind, why = kind_of(tmp_path, "procedures/management-review.md", text)
    assert kind is Kind.PROCEDURE, why
    assert "guide to criteria" not in why
