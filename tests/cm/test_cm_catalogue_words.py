"""catalogue_words: how much of a procedure's vocabulary is its clause catalogue's (nlp/mirroring.py)."""
from __future__ import annotations

from cm_helpers import procedure
from gapscan.nlp.mirroring import analyze, catalogue_share

RESTATED = """
# Control of nonconforming outputs

Nonconforming outputs are identified and controlled to prevent their unintended use or delivery. Appropriate
action is taken based on the nature of the nonconformity and its effect on the conformity of products and
services. Documented information describing the nonconformity, the actions taken and any concessions obtained
is retained, and the authority deciding the action on the nonconformity is identified.
"""

OPERATIONAL = """
# Held pallets

When a pallet arrives with a torn wrap or a crushed corner, the goods-in operator puts a red HOLD tag on it and
moves it to bay 14. The shift lead checks the pallet within 4 hours, photographs the damage on the handheld and
either rewraps it for putaway or books it back to the haulier on the WMS return screen.
"""


def test_a_restated_clause_uses_the_catalogue_s_words_and_a_work_instruction_its_own(tmp_path):
    restated = analyze(procedure(tmp_path, "restated.md", RESTATED), "iso9001")
    operational = analyze(procedure(tmp_path, "held.md", OPERATIONAL), "iso9001")
    assert restated.catalogue_words > 0.7
    assert operational.catalogue_words < 0.35
    assert restated.features["catalogue_words"] == restated.catalogue_words


def test_without_a_standard_the_text_is_read_against_the_catalogue_it_is_closest_to():
    # ISO 27001's access-control vocabulary: against ISO 9001's catalogue most of these words are foreign
    from gapscan.mapping import bm25

    terms = bm25.terms(["access", "rights", "privileged", "authentication", "passwords", "review",
                        "revocation", "users", "leavers"])
    assert catalogue_share(terms, None) == catalogue_share(terms, "iso27001")
    assert catalogue_share(terms, "iso27001") > catalogue_share(terms, "iso9001")
    assert catalogue_share([], None) == 0.0
