"""CM03's acronyms of the standard's terms ("non-conformities (NCs)"): the lexicon's terms are written plain once a run,
not once a document, and each document's acronyms are what they were."""
from __future__ import annotations

import sys
from pathlib import Path

from gapscan.rules import cm

sys.path.insert(0, str(Path(__file__).parent))
from cm_helpers import procedure  # noqa: E402


def test_the_standards_terms_are_made_once_and_each_documents_acronyms_found(tmp_path):
    a = procedure(tmp_path, "a.md", """
        # Nonconformity

        Record all non-conformities (NCs) and opportunities for improvement (OFIs) in the log.
        """)
    b = procedure(tmp_path, "b.md", """
        # Tracker

        Open items go into the Audit Tracker (AT).
        """)
    cm._plain_standard_terms.cache_clear()
    assert cm._standard_acronyms(a) == {"NC", "OFI"}
    assert cm._standard_acronyms(b) == frozenset()  # the tracker is the document's own
    assert cm._plain_standard_terms.cache_info().misses == 1
    assert cm._plain_term("Non-conformities") == "nonconformitie"
