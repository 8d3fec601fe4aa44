"""The language a document is written in, from the share of each language's common function words.

Several rules read a procedure through English word lists: CM05's anchor lexicon, PS03's vocabulary
comparison, the clause-mirroring verdict's phrases and model. On a Portuguese procedure those lists find
nothing, and "names no role" or "never uses the records' terms" would be said of a text they cannot read.
Those rules ask `language_of` first and say "not judged: text in Portuguese" instead.

The signal: articles, prepositions, conjunctions and auxiliaries make up a large share of any prose and
differ between languages ("the", "of", "and" against "o", "do", "e", "não"). The language whose
words take the largest share of the text's words is its language, if that share is clear enough to
tell; words several languages share ("de", "la", "que") count for each. The shipped spaCy pipeline has
no language detector and the project adds no dependency for one; on the texts gapscan reads (procedures
of tens to thousands of words) the share is decisive, and it can say why (SCORING.md).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from gapscan.model import BlockType, Document

ENGLISH = "en"
NAMES = {"en": "English", "pt": "Portuguese", "es": "Spanish", "fr": "French", "de": "German"}

# Common words only, no content words: a procedure about any subject uses them. English leaves out "a"
# and "in", which Portuguese and German also use as often.
_FUNCTION_WORDS = {
    "en": "the and of to is are be for with on that this by it as or from at an will must shall should not "
          "all each when which who their has have been any if than into its",
    "pt": "o os a as de do da dos das em no na nos nas um uma umas uns para por com que não é são ao aos à "
          "às pelo pela pelos pelas se deve devem ser ou e mais seu sua seus suas está estão também quando",
    "es": "el la los las de del en un una unos unas para por con que no es son al se y o debe deben ser "
          "su sus como lo está están también cuando entre sin sobre",
    "fr": "le la les de des du un une et en dans pour par avec que qui ne pas est sont au aux se ou doit "
          "doivent être sur ce cette ces son sa ses leur lorsque aussi",
    "de": "der die das den dem des und ein eine einen einem einer zu mit für von auf ist sind nicht im in "
          "wird werden muss müssen soll sollen oder bei auch dass sich nach vom zum zur",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")
# What _TOKEN finds in an ASCII text, lowered: its letters kept (lowered), everything else a space, then split. str.translate
# and str.split run in C, about 2.5x quicker than the pattern over a procedure (words identical: tests/nlp).
_ASCII_WORDS = str.maketrans({chr(i): (chr(i).lower() if chr(i).isalpha() else " ") for i in range(128)})

# Below this many words no share is trusted: a heading and two bullets say little about their language.
MIN_WORDS = 40
# The winning language's function words must be at least this share of the words (running prose in any
# of the five is 30-50%; a bulleted procedure 20% and more), and another language's must outnumber
# English's by half again; otherwise the text is left to the English rules, as before there was a check.
MIN_SHARE = 0.12
MIN_LEAD = 1.5
# Enough words to tell; a long manual's first pages are in the language of the rest.
MAX_WORDS = 4000
# A text under MIN_WORDS is told only when its function words say so plainly: SHORT_HITS of one language's at least,
# at MIN_SHARE of its words, and SHORT_LEAD times English's (or, for English, every other language's): "Ouvrir la
# liste des tâches ... Cliquer sur l'icône et confirmer la clôture" holds 8 French ones and no English one in 24 words
SHORT_HITS = 8
SHORT_LEAD = 3
# A text a third of whose words are of one script other than Latin (Thai, Cyrillic, Greek, Arabic, CJK ...) is in a
# language the word lists do not hold, its Latin words the terms it borrows: it is named by its script. Thai and
# Chinese put no space between words, so a page of them is a few long runs, each counted as one word.
# SCRIPT_LETTERS letters of that script at least: a heading's worth says little.
SCRIPT_LETTERS = 100
SCRIPT_SHARE = 3  # a third of the words at least
SCRIPT_NAMES = {"THAI": "Thai", "CYRILLIC": "Cyrillic script", "GREEK": "Greek", "ARABIC": "Arabic script",
                "HEBREW": "Hebrew", "CJK": "Chinese or Japanese script", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
                "HANGUL": "Korean", "DEVANAGARI": "Devanagari script", "LAO": "Lao", "KHMER": "Khmer",
                "MYANMAR": "Burmese", "GEORGIAN": "Georgian", "ARMENIAN": "Armenian", "BENGALI": "Bengali",
                "TAMIL": "Tamil", "ETHIOPIC": "Ethiopic script"}


def name(code: str | None) -> str:
    if code and code.startswith("x-"):
        script = code[2:].upper()
        return SCRIPT_NAMES.get(script, f"{script.capitalize()} script")
    return NAMES.get(code or "", code or "an unknown language")


def detect_text(text: str) -> str | None:
    """The code of the language `text` is in ("en", "pt", "es", "fr", "de"), or None when too little
    of it is prose to tell."""
    return _detect(_words(text)[:MAX_WORDS])


def _words(text: str) -> list[str]:
    """The words of `text`, lowered: runs of letters (_TOKEN, in any script)."""
    if text.isascii():
        return text.translate(_ASCII_WORDS).split()
    return _TOKEN.findall(text.lower())


def _detect(words: list[str]) -> str | None:
    script = _script(words)
    if script:
        return script
    counts = _counts(words)
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] < MIN_SHARE * len(words):
        return None
    if len(words) < MIN_WORDS:
        # too few words for a share to be trusted, unless the function words say it plainly (SHORT_HITS)
        rivals = [counts[ENGLISH]] if best != ENGLISH else [n for lang, n in counts.items() if lang != ENGLISH]
        return best if counts[best] >= SHORT_HITS and counts[best] >= SHORT_LEAD * max(rivals) else None
    # what the rules need to know is English or not; Portuguese and Spanish share many function words, so
    # the lead is measured against English only, and the larger of the two names the language
    if best != ENGLISH and counts[best] < MIN_LEAD * counts[ENGLISH]:
        return None
    return best


def _script(words: list[str]) -> str | None:
    """The code ("x-thai") of the one script other than Latin that a third of the words or more are written in, with
    SCRIPT_LETTERS letters of it at least; None for any other text (every text the word lists read). Counted by
    words, a Thai run between spaces as one: a Thai page's English terms ("SOC Manager", "chain of custody") hold more
    letters than its Thai sentences, and its sentences fewer words."""
    runs: Counter = Counter()
    letters: Counter = Counter()
    for w in words:
        if w.isascii():
            continue
        found = Counter(_script_of(ch) for ch in w)
        script, n = found.most_common(1)[0]
        if script != "LATIN":
            runs[script] += 1
            letters[script] += n
    if not runs:
        return None
    script, n = runs.most_common(1)[0]
    if letters[script] < SCRIPT_LETTERS or n * SCRIPT_SHARE < len(words):
        return None
    return "x-" + script.lower()


@functools.lru_cache(maxsize=4096)
def _script_of(ch: str) -> str:
    """The script of a letter, as the first word of its Unicode name says it ("THAI CHARACTER KO KAI": THAI);
    Latin for the Latin letters and for a letter with no name."""
    if ch < "\u0250":  # Latin, Latin-1, Latin Extended-A and -B: the letters of the five languages
        return "LATIN"
    return unicodedata.name(ch, "LATIN").split(" ", 1)[0]


def _counts(words: list[str]) -> dict[str, int]:
    """How many of the words are each language's function words, a word several share counted for each."""
    # each distinct word counted once, in C, then looked up in each list (a text repeats its words)
    seen = Counter(words)
    return {lang: sum(map(seen.__getitem__, vocab.intersection(seen))) for lang, vocab in _WORDS.items()}


def _prose(blocks: Iterable) -> Iterable[str]:
    for b in blocks:
        if b.type is not BlockType.TABLE:
            yield b.text


# The blocks last read and their language: classify asks of a document, then the engine of the same blocks (a
# tuple of frozen blocks, so the same tuple holds the same text), and a document too short to tell is asked again
# by each rule that reads English.
_last: tuple[tuple, str | None] = ((), None)


def detect(doc: Document) -> str | None:
    """The language of the document's prose (tables aside: they hold names, codes and values)."""
    global _last
    blocks = doc.blocks
    last_blocks, last_found = _last  # one read of the pair: a thread asking meanwhile replaces it whole
    if blocks is last_blocks and type(blocks) is tuple:
        return last_found
    words: list[str] = []
    for text in _prose(blocks):
        words.extend(_words(text))
        if len(words) >= MAX_WORDS:
            break
    found = _detect(words[:MAX_WORDS])
    _last = (blocks, found)
    return found


def language_of(doc: Document) -> str | None:
    """The language the engine found for the document, or found now for one built without it."""
    return doc.language if doc.language is not None else detect(doc)


def not_english(doc: Document) -> str | None:
    """The name of the language of a document the English word lists cannot read ("Portuguese"), or None
    when it is in English or too short to tell."""
    code = language_of(doc)
    return name(code) if code not in (None, ENGLISH) else None


# The rules whose evidence is read through English word lists, by what they look for.
ENGLISH_RULES = {"CM03": "standard-speak", "CM04": "organization as actor", "CM05": "operational anchors",
                 "PS03": "practice vocabulary"}
NOT_JUDGED = "not judged: text in "


def not_judged(docs: Iterable[Document]) -> str | None:
    """'not judged: text in Portuguese (9 procedures, e.g. governance/hitl-policy.md)' for the documents
    in another language than English, or None when there are none."""
    by_language: dict[str, list[str]] = {}
    for doc in docs:
        foreign = not_english(doc)
        if foreign:
            by_language.setdefault(foreign, []).append(doc.path)
    if not by_language:
        return None
    parts = [f"{lang} ({len(paths)} procedure{'s' if len(paths) != 1 else ''}, e.g. {sorted(paths)[0]})"
             for lang, paths in sorted(by_language.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    return NOT_JUDGED + ", ".join(parts)
