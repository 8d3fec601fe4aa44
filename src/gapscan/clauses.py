"""The clause catalogues gapscan ships: numbers, titles and the questions real work answers.

One JSON file per standard in `gapscan/data/clauses/`, read through importlib.resources so
it works the same from a source checkout and from a wheel. The CM rules use the numbers
and titles to spot procedures that copy the standard's structure; the questions say what
a procedure written around real work would answer instead.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

STANDARDS: dict[str, str] = {
    "iso9001": "ISO 9001:2015",
    "iso14001": "ISO 14001:2015",
    "iso45001": "ISO 45001:2018",
    "iso27001": "ISO/IEC 27001:2022",
    "iso22000": "ISO 22000:2018",
    "iso13485": "ISO 13485:2016",
}

_NUMBER_TO_KEY = {key[3:]: key for key in STANDARDS}
_STANDALONE_NUMBER = re.compile(r"(?<!\d)(\d{4,5})(?!\d)")
_CLAUSE_PREFIX = re.compile(r"^(?:clause|section|annex)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, kw_only=True)
class Clause:
    """One numbered clause or Annex A control of a standard."""

    standard: str
    number: str
    title: str
    parent: str | None
    questions: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    @property
    def depth(self) -> int:
        """1 for a main clause ("8"), 2 for "8.4", 3 for "8.4.1"; Annex "A.5.1" is 3."""
        return self.number.count(".") + 1

    @property
    def is_annex(self) -> bool:
        return self.number[:1].isalpha()

    def names(self) -> tuple[str, ...]:
        """The title followed by its aliases: every name a heading might use for this clause."""
        return (self.title, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form (for `gapscan clauses --format json`)."""
        return {"number": self.number, "title": self.title, "parent": self.parent,
                "questions": list(self.questions), "aliases": list(self.aliases)}


@dataclass(frozen=True, kw_only=True)
class Catalogue:
    """All clauses of one standard, in the standard's own order."""

    standard: str
    name: str
    clauses: tuple[Clause, ...]
    _numbers: dict[str, Clause] = field(init=False, repr=False, compare=False)
    _titles: dict[str, Clause] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        titles: dict[str, Clause] = {}
        for clause in sorted(self.clauses, key=lambda c: (c.is_annex, clause_key(c.number))):
            for name in clause.names():
                titles.setdefault(title_key(name), clause)
        object.__setattr__(self, "_numbers", {c.number: c for c in self.clauses})
        object.__setattr__(self, "_titles", titles)

    def to_dict(self) -> dict[str, Any]:
        """The whole catalogue as plain JSON-ready data."""
        return {"standard": self.standard, "name": self.name, "clauses": [c.to_dict() for c in self.clauses]}

    def get(self, number: str) -> Clause | None:
        """The clause with this number ("8.4.1", "A.5.1", "clause 8.4.", "a 5.1"), or None."""
        return self._numbers.get(normalise_number(number))

    def children(self, number: str) -> tuple[Clause, ...]:
        """The direct sub-clauses of `number`, in order."""
        wanted = normalise_number(number)
        return tuple(c for c in self.clauses if c.parent == wanted)

    def find_title(self, text: str) -> Clause | None:
        """The clause whose title or alias equals `text` (case, spacing, punctuation and
        -ise/-ize spelling ignored), or None. Main-body clauses win over Annex A."""
        return self._titles.get(title_key(text))


def clause_key(number: str) -> tuple[int, ...]:
    """A sort key in the standard's order: "4.2" < "4.10" < "10.1" < "A.5.1" < "A.8.34".

    Main-body numbers sort first, annexes after them (by letter); anything that is not a
    clause number sorts last.
    """
    text = normalise_number(number)
    annex = 0
    if text[:1].isalpha():
        annex = ord(text[0].upper()) - ord("A") + 1
        text = text[1:].lstrip(".")
    parts = text.split(".") if text else []
    if parts and all(p.isdigit() for p in parts):
        return (0 if not annex else 1, annex, *(int(p) for p in parts))
    if annex and not parts:
        return (1, annex)
    return (2,)


def normalise_number(number: str) -> str:
    """'Clause 8.4.1.' -> '8.4.1'; 'a 5.1' / 'A5.1' -> 'A.5.1'."""
    text = _CLAUSE_PREFIX.sub("", str(number).strip()).strip().rstrip(".").strip()
    text = _SPACES.sub("", text)
    match = re.fullmatch(r"([A-Za-z])\.?(\d+(?:\.\d+)*)?", text)
    if match:
        letter, rest = match.group(1).upper(), match.group(2)
        return f"{letter}.{rest}" if rest else letter
    return text


def normalise_standard(text: str | None) -> str | None:
    """A catalogue key from how people write a standard: "9001", "ISO 9001", "iso-9001:2015",
    "ISO/IEC 27001", "iso27001". None when it names no shipped standard."""
    if not text:
        return None
    cleaned = str(text).strip().lower()
    if cleaned in STANDARDS:
        return cleaned
    for number in _STANDALONE_NUMBER.findall(cleaned.replace("iso", " ").replace("iec", " ")):
        if number in _NUMBER_TO_KEY:
            return _NUMBER_TO_KEY[number]
    return None


@lru_cache(maxsize=None)
def load(standard: str) -> Catalogue:
    """The catalogue of one standard (any form normalise_standard accepts), read once.

    Raises ValueError naming the known standards when `standard` is not one of them; the
    caller (the CLI) turns that into a usage error.
    """
    key = normalise_standard(standard)
    if key is None:
        known = ", ".join(STANDARDS)
        raise ValueError(f"unknown standard {standard!r} (known: {known})")
    if key != standard:
        return load(key)
    from importlib import resources

    raw = json.loads(resources.files("gapscan").joinpath("data", "clauses", f"{key}.json").read_text("utf-8"))
    clauses = tuple(
        Clause(
            standard=key,
            number=entry["number"],
            title=entry["title"],
            parent=entry.get("parent"),
            questions=tuple(entry.get("questions", ())),
            aliases=tuple(entry.get("aliases", ())),
        )
        for entry in raw["clauses"]
    )
    return Catalogue(standard=key, name=STANDARDS[key], clauses=clauses)


def load_all() -> dict[str, Catalogue]:
    """Every shipped catalogue, keyed like STANDARDS."""
    return {key: load(key) for key in STANDARDS}


def title_key(text: str) -> str:
    """A clause title folded for comparison: case, punctuation, '&' and -ise/-ize spelling."""
    lowered = str(text).lower().replace("&", " and ")
    lowered = re.sub(r"(?<=[a-z])is(e|ed|es|ing|ation|ations)\b", r"iz\1", lowered)
    return " ".join(re.findall(r"[a-z0-9]+", lowered))

