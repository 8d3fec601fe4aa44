"""The register of ISMS and audit clause text retold in a pack's own words ("for their continuing suitability",
"objective evidence", "laws and regulations", "relevant personnel", "when no longer required") is control wording
in a sentence that names nothing of the organisation's own (lexicon.CONTROL_PHRASES, counted by mirroring._sentences
only without an anchor); beside a team, a system or a time limit of its own it is how that organisation runs it.

On the real corpus (tests/eval/real) these phrases are in 5 or more sources' mixed and mirrored documents each, and in
few operational ones (issue 8, session 22 levers27). The sentences below are written for this test.
"""
from __future__ import annotations

from cm_helpers import procedure
from gapscan.nlp.mirroring import analyze
from gapscan.nlp.pipeline import get_nlp

TEXT = """
# Information Security Policy

## Policy

- Controls are reviewed for their continuing suitability.
- Audits gather objective evidence that the controls work.
- Personal data is deleted when no longer required.
- The Platform Team deletes build logs in Datadog after 30 days when no longer required.
"""


def test_retold_clause_register_is_control_wording(tmp_path):
    a = analyze(procedure(tmp_path, "policy.md", TEXT), use_model=False)
    # one phrase in each of the first three lines; the fourth names the organisation's own team, tool and limit
    assert a.standard_phrases == 3, a.standard_phrases
    doc = get_nlp()("Audits gather objective evidence that the controls work.")
    assert [s.text for s in doc.spans["control"]] == ["objective evidence"]
