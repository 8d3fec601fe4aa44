"""CM03 leaves alone a sentence that names a management system as a certificate someone holds.

Seen on a construction company's integrated QSE procedures (cmhold7, held out, justme409/aiprojectengineerv3): a
procurement procedure's pre-qualification criteria "Quality management system and certifications (e.g., ISO
9001)." and "Environmental management system, incident history, and certifications (e.g., ISO 14001)." were read as
restating the standard. They name what a supplier must hold, a certificate to a standard, not the standard's
requirement retold; the same holds for a company's own certificate ("audited for ISO 9001 certification each
year"). A sentence that restates the standard's wording without a certificate still counts. Text below is written
for this test.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM03

from cm_helpers import run

STANDARD = """The organization shall determine external and internal issues relevant to its purpose.

Top management shall demonstrate leadership and commitment with respect to the quality management system.

Documented information shall be controlled.
"""


def _page(make, extra: str):
    return make("procurement.md", "# Procurement\n\n" + STANDARD + "\n" + extra)


def _texts(found) -> list[str]:
    return [f.evidence[0].text for f in found]


def test_the_standards_wording_still_fires(make):
    assert len(run(CM03, _page(make, ""))) == 3


@pytest.mark.parametrize("sentence", [
    "Quality management system and certifications (e.g., ISO 9001).",
    "Environmental management system, incident history, and certifications (e.g., ISO 14001).",
    "Suppliers shall hold a certified quality management system (ISO 9001) before they are approved.",
    "Our environmental management system is audited each year for ISO 14001 certification.",
])
def test_a_certificate_is_not_restating(make, sentence):
    found = run(CM03, _page(make, sentence + "\n"))
    assert sentence not in _texts(found)
    assert len(found) == 3  # the three standard sentences still fire


@pytest.mark.parametrize("sentence", [
    # the standard's wording, a certificate nowhere in the sentence
    "The organization shall establish, implement, maintain and continually improve a quality management system.",
    # a certificate named elsewhere on the page does not excuse this sentence
    "The organization shall determine the scope of the quality management system.",
])
def test_the_standards_wording_without_a_certificate_still_fires(make, sentence):
    found = run(CM03, _page(make, "We hold ISO 9001 certification.\n\n" + sentence + "\n"))
    assert sentence in _texts(found)
