"""The one spaCy pipeline gapscan uses, loaded lazily and once per process."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def get_nlp():
    """A blank English pipeline with a rule-based sentencizer (no downloads, ~0.1 s)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp
