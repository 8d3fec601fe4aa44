"""standards_named searches a text for a standard's or a management system's name only where the text holds the
pattern's cue (STANDARD_CUE, SYSTEM_CUES), and finds what searching every text finds."""
from __future__ import annotations

import random
from dataclasses import replace

from gapscan.ingest import parse_file
from gapscan.model import Block, BlockType, Document, Kind, Location
from gapscan.nlp import mirroring


def _every_text(texts) -> frozenset[str]:
    # what standards_named found before: both searches on every text
    # (the texts are one document's: an acronym names its system where any of them speaks of the field)
    named = set()
    for text in texts:
        named.update(mirroring._normalise(m.group(0)) for m in mirroring.STANDARD_MENTION.finditer(text))
        named.update(k for k, p in mirroring.SYSTEM_MENTION.items() if k not in named and p.search(text))
    named.update(k for k, ((_, short), (_, about)) in mirroring.SYSTEM_ACRONYM.items()
                 if any(short.search(t) for t in texts) and any(about.search(t) for t in texts))
    return frozenset(n for n in named if n)


def _doc(tmp_path, text: str, n: int) -> Document:
    path = tmp_path / f"P{n}.md"
    path.write_text(f"# Procedure {n}\n\n{text}\n", encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return replace(doc, kind=Kind.PROCEDURE)


def test_names_in_any_case_and_with_characters_lower_leaves_are_found(tmp_path):
    docs = [_doc(tmp_path, "Our Artificial  Intelligence\tManagement System is certified.", 1),
            _doc(tmp_path, "We follow ıso 9001 (a dotless i, which IGNORECASE reads as i) and iſo 14001.", 2),
            _doc(tmp_path, "The AIMS owner signs it.", 3)]
    assert mirroring.standards_named(docs) == {"iso42001", "iso9001", "iso14001"}
    # 'aims' as a verb is no AI management system
    assert mirroring.standards_named([_doc(tmp_path, "The team aims to reply within 5 days.", 4)]) == frozenset()


def test_a_text_without_a_cue_is_not_searched(tmp_path, monkeypatch):
    searched = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, *args):
            searched.append(text)
            return self.pattern.search(text, *args)

        def finditer(self, text, *args):
            searched.append(text)
            return self.pattern.finditer(text, *args)

    monkeypatch.setattr(mirroring, "STANDARD_MENTION", Counting(mirroring.STANDARD_MENTION))
    monkeypatch.setattr(mirroring, "SYSTEM_MENTION", {k: Counting(p) for k, p in mirroring.SYSTEM_MENTION.items()})
    doc = _doc(tmp_path, "The operator checks the gas lines for leaks before each run.", 5)
    assert mirroring.standards_named([doc]) == frozenset()
    assert searched == []


def test_the_names_are_those_every_texts_search_finds_on_random_texts():
    words = ["ISO", "iso", "ıso", "iſo", "ISO/IEC", "9001", "27001", "42001", "14001", "-", " ", "  ", "\n", "AI",
             "ai", "Artificial", "ARTIFICIAL", "aRTificial", "intelligence", "management", "Management", "system", "SYSTEM", "AIMS", "aims",
             "é", "(", ")", "x"]
    rng = random.Random(5)
    for _ in range(3_000):
        texts = ["".join(rng.choice(words) + rng.choice(("", " ")) for _ in range(rng.randint(0, 12)))
                 for _ in range(rng.randint(1, 4))]
        doc = Document(path="p.md", source="p.md", format="md", kind=Kind.PROCEDURE, title=texts[0],
                       blocks=tuple(Block(type=BlockType.PARAGRAPH, text=t, location=Location(line=i + 1))
                                    for i, t in enumerate(texts[1:])))
        assert mirroring.standards_named([doc]) == _every_text(texts), texts
