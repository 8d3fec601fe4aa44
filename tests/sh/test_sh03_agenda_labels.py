"""SH03 counts what a review discussed, not the labels it is filed under: a line citing the standard's clause
for each input ("ISO 9001:2015 Clause 9.3.2(b) - Evaluate achievement of quality objectives") names an agenda
item as a heading does, and the header saying when it was held and who took part is attendance (drhold5: a
project's baseline review had 10 such clause lines read as talk about the certificate, and its header line as
talk about documents)."""
from __future__ import annotations

from gapscan.model import Kind
from gapscan.nlp.review import classify_sentences
from recbuild import text_doc

PARAS = [
    "Review Date: 2026-03-02 Review Period: 2025-03-01 to 2026-03-01 Conducted By: Ana Ruiz Participants: Ana Ruiz,"
    " Tom Berg",
    "ISO 9001:2015 Clause 9.3.2(b) - Evaluate achievement of quality objectives",
    "On-time delivery reached 96% against a target of 95%.",
    "Clause 9.3.2(c) - Process performance and conformity of products",
    "Scrap on line 3 stayed at 2.1% of output.",
    "The certification body confirmed the surveillance audit for May.",
]


def test_clause_labels_and_the_header_are_not_counted_as_discussed():
    doc = text_doc("reviews/MR 2026-03.md", PARAS, kind=Kind.REVIEW, title="Management review")
    texts = [s.text for s in classify_sentences(doc)]
    assert not any("Clause 9.3.2" in t for t in texts)
    assert not any(t.startswith("Review Date") for t in texts)
    # what was said is still read, the certificate included
    assert any("certification body" in t for t in texts)
    assert any("Scrap on line 3" in t for t in texts)
