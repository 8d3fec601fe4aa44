"""A section addresses a clause only in words of the clause's own subject (core.SECTION_SUBJECT), as the whole
document's answer must (core.DOC_SUBJECT)."""
from __future__ import annotations

from gapscan.mapping import core

from test_mapping import NEAR_MISS_CARDS, SELF_CHECKS


def _sections(result, path: str, number: str) -> set[str]:
    return {m.section for m in result.row(number).matches if m.path == path}


def test_a_near_miss_card_reported_and_closed_is_not_an_internal_audit_section(parse):
    # "How to report" scores 9.2 above the bar through the words of its questions ("report", "closed", "record"):
    # of its subject only "report", a third of the score
    prepared = core.prepare([parse("HS-04 Near miss.md", NEAR_MISS_CARDS)], "iso9001")
    assert "How to report" in _sections(core.decide(prepared, section_subject=0), "HS-04 Near miss.md", "9.2")
    assert "How to report" not in _sections(core.decide(prepared, section_subject=0.5), "HS-04 Near miss.md", "9.2")


def test_an_audit_written_in_its_own_words_still_addresses_internal_audit(parse):
    prepared = core.prepare([parse("QP-17 Checks.md", SELF_CHECKS)], "iso9001")
    before = _sections(core.decide(prepared, section_subject=0), "QP-17 Checks.md", "9.2")
    assert before and _sections(core.decide(prepared, section_subject=0.5), "QP-17 Checks.md", "9.2") == before


LABELS = """# Handling customer files

## Marking what we send

Every file that leaves the company carries a label in its footer: public, internal or confidential. The labelling
is done by the author before the file is sent, and the receiving team checks the label before filing it.
"""


def test_a_control_with_one_rare_subject_word_keeps_its_section(parse):
    # A.5.13 "Labelling of information" has one subject word few controls use: "labelling" is enough
    prepared = core.prepare([parse("Files.md", LABELS)], "iso27001")
    assert "Marking what we send" in _sections(core.decide(prepared, section_subject=0.5), "Files.md", "A.5.13")
