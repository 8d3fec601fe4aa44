"""CM03: a cadence said "on annual basis" or "on monthly bases" (the idiom without its article, "bases" for "basis",
as many template kits write it) is the organisation's own cadence, as "on an annual basis" already was.

Held out (session 24, cmhold14, an ISO 9001 consultant kit's context procedure): "The parties shall be reviewed and
their information shall update when required or at least on annual bases during the management review meeting."
was reported as restating the standard. "On an ongoing basis" sets no cadence and still counts.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM03

from cm_helpers import run

STANDARD = """The organization shall determine external and internal issues relevant to its purpose.

Top management shall demonstrate leadership and commitment with respect to the management system.

Documented information shall be controlled.
"""


def _found(make, sentence: str) -> list[str]:
    doc = make("procedure.md", "# Procedure\n\n" + STANDARD + "\n" + sentence + "\n")
    return [f.evidence[0].text for f in run(CM03, doc)]


@pytest.mark.parametrize("sentence", [
    "The interested parties shall be reviewed at least on annual bases during the management review meeting.",
    "Documented information shall be reviewed on annual basis.",
])
def test_a_cadence_without_its_article_is_the_organisations_own(make, sentence):
    found = _found(make, sentence)
    assert sentence not in found
    assert len(found) == 3  # the standard's three sentences still fire


def test_an_ongoing_basis_is_no_cadence(make):
    sentence = "The interested parties shall be reviewed on an ongoing basis."
    assert sentence in _found(make, sentence)
