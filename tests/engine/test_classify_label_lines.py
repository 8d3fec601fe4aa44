"""A filled RBAC matrix sample gives each role three label lines ("**Owner:** Support Manager", "**Review
cadence:** Quarterly"), each ending in a Markdown hard break. Read as lines of their own (ingest/markdown.py),
"Review cadence: Quarterly" counted as an imperative step ("Review ...") and turned the filled sample into a
procedure. A verb-like word before a field's noun and a colon names a field, not an order."""
from __future__ import annotations

from gapscan.classify import _is_instruction


def test_a_review_cadence_label_is_no_instruction():
    assert not _is_instruction("Review cadence: Quarterly")
    assert not _is_instruction("Review cycle: every 12 months")


def test_an_instruction_is_still_one():
    assert _is_instruction("Review the access list with the system owner.")
    assert _is_instruction("Record the reading on the log.")
