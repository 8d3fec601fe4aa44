"""The language check's quick paths: each must give what reading the text word by word gives."""
from __future__ import annotations

from dataclasses import replace

from gapscan.model import Block, BlockType, Document, Location
from gapscan.nlp import language


def _doc(*texts: str) -> Document:
    return Document(path="p.md", source="/tmp/p.md", format="md",
                    blocks=tuple(Block(type=BlockType.PARAGRAPH, text=t, location=Location(line=i + 1))
                                 for i, t in enumerate(texts)))


def _by_hand(words: list[str]) -> dict[str, int]:
    # the share as written: every word looked up in every list, a shared word ("de", "que") counted for each
    return {lang: sum(1 for w in words if w in vocab) for lang, vocab in language._WORDS.items()}


def test_counts_of_repeated_and_shared_words_are_those_read_word_by_word():
    words = ("de que la de de the the o e y und und a que ção não " * 7).split() + ["the"] * 3 + ["zebra"]
    assert language._counts(words) == _by_hand(words)
    assert language._counts([]) == _by_hand([]) == dict.fromkeys(language._WORDS, 0)
    prose = ("The operator checks the valve and records the reading in the log before each shift. "
             "O operador verifica a válvula e regista a leitura no registo antes de cada turno. " * 3).lower().split()
    assert language._counts(prose) == _by_hand(prose)


def test_a_document_asked_twice_is_read_once_and_another_is_read_again(monkeypatch):
    en = _doc("The operator checks the valve and records the reading in the log before each shift. " * 4)
    pt = _doc("O operador verifica a válvula e regista a leitura no registo antes de cada turno. " * 4)
    reads = []
    real = language._prose
    monkeypatch.setattr(language, "_prose", lambda blocks: reads.append(1) or real(blocks))
    assert language.detect(en) == "en"
    # the classified copy of a document keeps its blocks: the engine's question is not a second reading
    assert language.detect(replace(en, kind_reason="x")) == "en"
    assert len(reads) == 1
    assert language.detect(pt) == "pt"
    # the same text in other blocks is read again, not taken on trust
    assert language.detect(_doc(*(b.text for b in en.blocks))) == "en"
    assert language.detect(replace(pt, blocks=en.blocks)) == "en"
    assert len(reads) == 4


def test_the_words_of_an_ascii_text_are_those_the_pattern_finds():
    import random

    rng = random.Random(11)
    # every ASCII character, letters (either case) most often, so words of all lengths come out
    alphabet = [chr(i) for i in range(128)] + list("abcXYZ" * 20)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 300))) for _ in range(400)]
    texts += ["The Operator_2 checks: valve-A1, it's DONE!\tThen\r\nrecords 3x5 e.g. QF-100.", "", "   ", "_", "9a9"]
    for text in texts:
        assert text.isascii()
        assert language._words(text) == language._TOKEN.findall(text.lower()), repr(text)
    # a text in another script goes by the pattern itself
    assert language._words("O operador não verifica a Válvula_2 às 8h") == \
        ["o", "operador", "não", "verifica", "a", "válvula", "às", "h"]
