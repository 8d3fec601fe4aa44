"""The shipped sentence classifier: how much a sentence reads like the standard, not the work.

A spaCy text classifier (STANDARD_SPEAK vs OPERATIONAL) trained by models/train.py on
gapscan's own corpus. It ships inside the wheel as gapscan/_models/sentence_textcat; in an
editable install it is read from the source tree's models/sentence_textcat. Nothing is ever
downloaded: when the model is missing or unreadable, `load()` returns None and callers fall
back to their rule-based signals.

Only the textcat component is read from disk. It is attached to the tokenizer and vocab of
the shared pipeline (gapscan.nlp.pipeline.get_nlp), because building a second English
tokenizer costs more than the classifier itself.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LABEL = "STANDARD_SPEAK"
MAX_CHARS = 2000  # a "sentence" longer than this is a parsing accident; score its start only
_log = logging.getLogger("gapscan.nlp.sentence_model")


@dataclass(frozen=True)
class SentenceModel:
    """A loaded classifier: the shared tokenizer's pipeline and the textcat component."""

    nlp: Any  # spacy.Language (shared, blank English)
    textcat: Any  # spacy TextCategorizer
    path: Path

    def score(self, texts: list[str]) -> list[float]:
        """P(standard-speak) per text, in order; empty text scores 0.0."""
        return self.score_docs([self.nlp.make_doc(t[:MAX_CHARS].strip() if isinstance(t, str) else "")
                                for t in texts])

    def score_docs(self, docs: list[Any]) -> list[float]:
        """P(standard-speak) per Doc already tokenised by the shared pipeline, in order; an empty Doc
        scores 0.0."""
        scores = [0.0] * len(docs)
        # the bag-of-words layer cannot take a zero-token doc, so empty texts skip the model
        filled = [i for i, doc in enumerate(docs) if len(doc)]
        for i, doc in zip(filled, self.textcat.pipe((docs[i] for i in filled), batch_size=256)):
            scores[i] = float(doc.cats.get(LABEL, 0.0))
        return scores


def model_path() -> Path | None:
    """Where the model is: inside the installed package, else in the source tree; None if absent."""
    from importlib import resources

    candidates = []
    try:
        packaged = resources.files("gapscan").joinpath("_models", "sentence_textcat")
        candidates.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError):
        pass
    candidates.append(Path(__file__).resolve().parents[3] / "models" / "sentence_textcat")
    for path in candidates:
        if (path / "config.cfg").is_file() and (path / "textcat" / "model").is_file():
            return path
    return None


def load_from(path: Path) -> SentenceModel | None:
    """Load the classifier stored at `path` (a spaCy `nlp.to_disk` directory); None with one
    logged line if it cannot be read."""
    try:
        from gapscan.nlp.pipeline import get_nlp

        nlp = get_nlp()  # first: it imports spaCy the quicker way (nlp/spacy_import.py)
        from spacy.util import load_config

        config = load_config(path / "config.cfg")
        settings = {k: v for k, v in config["components"]["textcat"].items() if k != "factory"}
        textcat = nlp.create_pipe(config["components"]["textcat"]["factory"], name="textcat", config=settings)
        textcat.from_disk(path / "textcat", exclude=["vocab"])
        if LABEL not in textcat.labels:
            raise ValueError(f"model has labels {textcat.labels}, expected {LABEL}")
        return SentenceModel(nlp=nlp, textcat=textcat, path=path)
    except Exception as exc:  # a broken or incompatible model must not stop a scan
        _log.warning("sentence model at %s could not be loaded: %s", path, exc)
        return None


@lru_cache(maxsize=1)
def load() -> SentenceModel | None:
    """The shipped classifier, loaded once per process; None if it is not installed."""
    path = model_path()
    if path is None:
        return None
    return load_from(path)


def score_sentences(texts: list[str]) -> list[float] | None:
    """P(standard-speak) for each sentence (0..1, batched), or None when no model is available."""
    model = load()
    if model is None:
        return None
    if not texts:
        return []
    return model.score(list(texts))


def score_docs(docs: list[Any]) -> list[float] | None:
    """P(standard-speak) for each sentence Doc (tokenised by the shared pipeline), or None when no
    model is available."""
    model = load()
    if model is None:
        return None
    return model.score_docs(list(docs))
