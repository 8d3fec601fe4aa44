"""BM25 with the clauses as the indexed documents and each section of a procedure as a query.

Indexing the catalogue rather than the client's documents keeps the term weights (IDF)
the same for one file as for five hundred: a word is informative when few clauses use it
("supplier", "calibration"), whatever the document set holds.

Words are spaCy tokens of the shared pipeline, lower-cased, stop words and numbers dropped,
and reduced by `stem`: the blank English pipeline has no lemmatizer, and a few suffix rules
plus a six-letter cut join "suppliers"/"supplier", "calibrated"/"calibration",
"competence"/"competent" well enough for ranking.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

K1 = 1.2
B = 0.75
STEM_LENGTH = 6
_SUFFIXES = ("isations", "izations", "isation", "ization", "ational", "ations", "ation", "ments", "ment",
             "ities", "ity", "ings", "ing", "ness", "ies", "ied", "ers", "ed", "es", "er", "ly", "s")
_WORD = re.compile(r"^[a-z][a-z'-]*$")
# function words and the management-system words every clause shares: they rank nothing
_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
our ours out over own same she should so some such than that the their theirs them then there these they this
those through to too under until up very was we were what when where which while who whom why will with would
you your shall must may might per via etc e.g i.e use used using make made one two three first within without
organization organisation organizations company business management system systems requirement requirements
process processes procedure procedures ensure ensures appropriate relevant applicable including include
includes documented information standard iso clause annex quality
""".split())


def stem(word: str) -> str:
    """A crude, fixed stem: a suffix removed, then at most STEM_LENGTH letters."""
    w = word.lower().replace("'", "")
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:STEM_LENGTH]


def terms(words: Iterable[str]) -> list[str]:
    """The indexable terms of a run of lower-cased tokens."""
    return [stem(w) for w in words if len(w) > 2 and w not in _STOP and _WORD.match(w)]


@dataclass(frozen=True)
class Index:
    """Term statistics of a fixed set of documents (here: one query text per clause)."""

    keys: tuple[str, ...]
    tfs: tuple[Mapping[str, int], ...]
    lengths: tuple[int, ...]
    idf: Mapping[str, float]
    average_length: float

    @classmethod
    def build(cls, docs: Mapping[str, Sequence[str]]) -> "Index":
        keys = tuple(docs)
        tfs = tuple(Counter(docs[k]) for k in keys)
        df: Counter = Counter()
        for tf in tfs:
            df.update(tf.keys())
        n = len(keys)
        # BM25+ style floor: a term in most clauses still weighs a little, never negative
        idf = {t: math.log(1.0 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        lengths = tuple(sum(tf.values()) for tf in tfs)
        return cls(keys=keys, tfs=tfs, lengths=lengths, idf=idf,
                   average_length=(sum(lengths) / n) if n else 1.0)

    def scores(self, query: Sequence[str]) -> dict[str, float]:
        """BM25 of `query` against every indexed document; a repeated query term counts with
        diminishing returns (log), so a long section cannot win on one word said often."""
        weights = {t: (1.0 + math.log(c)) * self.idf[t] for t, c in Counter(query).items() if t in self.idf}
        out = {}
        for key, tf, length in zip(self.keys, self.tfs, self.lengths):
            norm = K1 * (1.0 - B + B * length / self.average_length)
            out[key] = sum(w * tf[t] * (K1 + 1.0) / (tf[t] + norm) for t, w in weights.items() if t in tf)
        return out

    def part(self, key: str, counts: Mapping[str, int], only: frozenset[str] | set[str]) -> float:
        """The part of `key`'s score (as `scores`, from a query's term counts) its terms in `only` make."""
        i = self.keys.index(key)
        tf = self.tfs[i]
        norm = K1 * (1.0 - B + B * self.lengths[i] / self.average_length)
        return sum((1.0 + math.log(c)) * self.idf[t] * tf[t] * (K1 + 1.0) / (tf[t] + norm)
                   for t, c in counts.items() if t in tf and t in only)

    def shared(self, query: Sequence[str]) -> dict[str, int]:
        """How many distinct terms of `query` each indexed document holds."""
        words = set(query)
        return {key: len(words.intersection(tf)) for key, tf in zip(self.keys, self.tfs)}
