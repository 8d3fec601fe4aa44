"""The clause-mirroring analysis's quick counts: each must give what reading the text word by word gives."""
from __future__ import annotations

from types import SimpleNamespace

from gapscan.nlp import mirroring


def _by_hand(pieces) -> int:
    # as _analyse counted before: every word of every piece tested on its own
    return sum(1 for p in pieces for w in mirroring._WORD.findall(p.text.lower()) if mirroring.ABSTRACT_NOUN.search(w))


def test_abstract_nouns_count_every_mention_of_a_repeated_word():
    pieces = [SimpleNamespace(text="Implementation of the management review. Implementation is checked for "
                                   "conformity; the IMPLEMENTATION team's effectiveness and its non-conformities."),
              SimpleNamespace(text="The operator cleans the press. Management-review records: see the implementation "
                                   "plan. 'Documentation' and documentation's -tions ment ity"),
              SimpleNamespace(text="")]
    # 'implementation' three times (any case), each mention counted, not once as a distinct word; 'management',
    # 'conformity', 'effectiveness', 'non-conformities'
    assert mirroring._abstract_nouns(pieces[:1]) == 7
    assert mirroring._abstract_nouns(pieces) == _by_hand(pieces)
    assert mirroring._abstract_nouns([]) == 0
