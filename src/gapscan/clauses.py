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
from typing import Any, Iterable, Mapping

STANDARDS: dict[str, str] = {
    "iso9001": "ISO 9001:2015",
    "iso14001": "ISO 14001:2015",
    "iso45001": "ISO 45001:2018",
    "iso27001": "ISO/IEC 27001:2022",
    "iso22000": "ISO 22000:2018",
    "iso13485": "ISO 13485:2016",
    "iso42001": "ISO/IEC 42001:2023",
    "soc2": "SOC 2 Trust Services Criteria:2017",
}

_NUMBER_TO_KEY = {key[3:]: key for key in STANDARDS}
_STANDALONE_NUMBER = re.compile(r"(?<!\d)(\d{4,5})(?!\d)")
# headings whose number and title agree with a `numbered_only` edition's clause for a document to be read in it
NUMBERED_ONLY_MIN = 2
_CLAUSE_PREFIX = re.compile(r"^(?:clause|section|annex)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# how people name the SOC 2 criteria: "SOC 2", "SOC2", "soc-2", "TSC", "Trust Services Criteria"
_SOC2_NAME = re.compile(r"^(?:aicpa\s+)?(?:soc[\s-]*2(?:\s+type\s+(?:1|2|i|ii))?|tsc|trust services? criteria)$")
# a key of the SOC 2 Trust Services Criteria: a common criterion "CC6.1" or an additional one "A1.2", "C1.1",
# "PI1.3", "P4.2" (the series alone, "CC6", "P4", too); the letters are upper case as the criteria write them
CRITERION_KEY = re.compile(r"(?:CC[1-9]|A1|C1|PI1|P[1-8])(?:\.\d{1,2})*")


@dataclass(frozen=True, kw_only=True)
class Clause:
    """One numbered clause or Annex A control of a standard."""

    standard: str
    number: str
    title: str
    parent: str | None
    questions: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    edition: str | None = None  # a superseded edition's year ("2013"); None for the catalogue's own edition
    # clauses whose output this one works from, as the standard's own structure says (the scope is set considering
    # 4.1 and 4.2; the management review takes audit results as an input); each has a one-line reason in the JSON
    draws_on: tuple[str, ...] = ()

    @property
    def depth(self) -> int:
        """1 for a main clause ("8"), 2 for "8.4", 3 for "8.4.1"; Annex "A.5.1" is 3."""
        return self.number.count(".") + 1

    @property
    def is_annex(self) -> bool:
        return self.number[:1].isalpha()

    @property
    def is_criterion(self) -> bool:
        """A SOC 2 Trust Services Criteria key ("CC6.1", "C1.2", "P4"), not an ISO annex number ("A.5.1")."""
        return CRITERION_KEY.fullmatch(self.number) is not None

    def names(self) -> tuple[str, ...]:
        """The title followed by its aliases: every name a heading might use for this clause."""
        return (self.title, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form (for `gapscan clauses --format json`)."""
        return {"number": self.number, "title": self.title, "parent": self.parent,
                "questions": list(self.questions), "aliases": list(self.aliases)}


@dataclass(frozen=True, kw_only=True)
class Catalogue:
    """All clauses of one standard, in the standard's own order.

    `superseded` holds clauses of an older edition that documents still cite (ISO/IEC 27001:2013's Annex A,
    A.5.1.1-A.18.2.3). They are not part of `clauses`: coverage, mapping and `gapscan clauses` see the
    current edition only, and `get`/`find_title` reach the older one only when asked for an edition.
    """

    standard: str
    name: str
    clauses: tuple[Clause, ...]
    superseded: tuple[Clause, ...] = ()
    # read against only where a run or document names it, never guessed from headings or words alone: its
    # catalogue is thinner than the others (one question per Annex A control), so its BM25 focus stands out on
    # any text that says "users" or "review", and its harmonized-structure titles tie with every other standard's
    named_only: bool = False
    # what one numbered part is called: a "clause" of an ISO standard, a "criterion" of the SOC 2 criteria
    unit: str = "clause"
    # how a summary names it: "the ISO standard", "the SOC 2 criteria"
    called: str = "the ISO standard"
    # superseded editions read only in a document numbered in them (`edition_of` says so): their titles are also
    # the current edition's or another standard's (ISO 9001:2008's "Management review", "Preventive action" are
    # ISO 13485's), so a title alone, in a document of the current numbering, is no sign of the old edition
    numbered_only: frozenset[str] = frozenset()
    _numbers: dict[str, Clause] = field(init=False, repr=False, compare=False)
    _titles: dict[str, Clause] = field(init=False, repr=False, compare=False)
    _old_numbers: dict[tuple[str, str], Clause] = field(init=False, repr=False, compare=False)
    _old_titles: dict[tuple[str, str], Clause] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # keyed as `get` looks them up: SOC 2's "C1.1" is "C.1.1" to normalise_number, like an annex's "A5.1"
        object.__setattr__(self, "_numbers", {normalise_number(c.number): c for c in self.clauses})
        object.__setattr__(self, "_titles", _title_index(self.clauses))
        object.__setattr__(self, "_old_numbers", {(c.edition, c.number): c for c in self.superseded})
        object.__setattr__(self, "_old_titles", {
            (edition, key): c for edition in self.editions
            for key, c in _title_index([c for c in self.superseded if c.edition == edition]).items()})

    @property
    def edition(self) -> str:
        """The year of the catalogue's own edition ("2022" for ISO/IEC 27001:2022)."""
        return self.name.rpartition(":")[2]

    def name_of(self, edition: str | None) -> str:
        """The standard's name in one of its editions ("ISO/IEC 27001:2013"); its own name for its own one."""
        return f"{self.name.rpartition(':')[0]}:{edition}" if edition and edition != self.edition else self.name

    @property
    def editions(self) -> tuple[str, ...]:
        """The superseded editions this catalogue can also read, oldest first."""
        return tuple(sorted({c.edition for c in self.superseded if c.edition}))

    def edition_of(self, numbers: Iterable[str], agreeing: Iterable[str] = ()) -> str:
        """The edition whose numbering these clause numbers follow: the one with the most numbers that only it
        has. The editions' structures make that tell: 2013's controls have three levels (A.9.2.3) and its
        domains run to A.18, 2022's controls two (A.5.37, A.8.34); a number both have (A.5.1) tells nothing by
        itself. `agreeing`: one edition per heading whose title names that edition's clause of the heading's number
        where the other edition's clause of that number it does not name ("8.2 Monitoring and measurement" is ISO
        9001:2008's 8.2, not 2015's 'Requirements for products and services'), or where only a `numbered_only`
        edition has the number ("5.5.2 Management representative"): each counts as a number only that edition has.
        A `numbered_only` edition counts those alone, and needs NUMBERED_ONLY_MIN of them: a procedure's own
        outline runs through numbers 2008 alone has ("4.2.1 Management Representative", "5.6 Phase 6") with other
        titles. The catalogue's own edition wins a tie."""
        counts: dict[str, int] = {}
        for edition in agreeing:
            counts[edition] = counts.get(edition, 0) + 1
        for number in numbers:
            key = normalise_number(number)
            mine = key in self._numbers
            theirs = [e for e in self.editions if (e, key) in self._old_numbers]
            if mine and not theirs:
                counts[self.edition] = counts.get(self.edition, 0) + 1
            elif len(theirs) == 1 and not mine and theirs[0] not in self.numbered_only:
                counts[theirs[0]] = counts.get(theirs[0], 0) + 1
        for edition in self.numbered_only:
            if counts.get(edition, 0) < NUMBERED_ONLY_MIN:
                counts.pop(edition, None)
        best = max(counts.values(), default=0)
        return next((e for e in (self.edition, *self.editions) if best and counts.get(e) == best), self.edition)

    def to_dict(self) -> dict[str, Any]:
        """The whole catalogue as plain JSON-ready data."""
        return {"standard": self.standard, "name": self.name, "clauses": [c.to_dict() for c in self.clauses]}

    def get(self, number: str, edition: str | None = None) -> Clause | None:
        """The clause with this number ("8.4.1", "A.5.1", "clause 8.4.", "a 5.1"), or None.

        Without `edition`, the catalogue's own edition only. With one (its own or a superseded one), that
        edition's clause wins where both have the number, and a number only the other has is found too."""
        return self._in_edition(self._numbers, self._old_numbers, normalise_number(number), edition)

    def children(self, number: str) -> tuple[Clause, ...]:
        """The direct sub-clauses of `number`, in order."""
        wanted = normalise_number(number)
        return tuple(c for c in self.clauses if c.parent is not None and normalise_number(c.parent) == wanted)

    def find_title(self, text: str, edition: str | None = None) -> Clause | None:
        """The clause whose title or alias equals `text` (case, spacing, punctuation and
        -ise/-ize spelling ignored), or None. Main-body clauses win over Annex A. `edition` as for `get`."""
        return self._in_edition(self._titles, self._old_titles, title_key(text), edition)

    def _in_edition(self, current: Mapping[str, Clause], old: Mapping[tuple[str, str], Clause], key: str,
                    edition: str | None) -> Clause | None:
        """`key` looked up in the catalogue's own edition, or with `edition` as `get` says."""
        if edition is None:
            return current.get(key)
        superseded = old.get((edition, key)) or next(
            (old[(e, key)] for e in self.editions if (e, key) in old and e not in self.numbered_only), None)
        if edition == self.edition:
            return current.get(key) or superseded
        return superseded or current.get(key)


def _title_index(clauses: Iterable[Clause]) -> dict[str, Clause]:
    titles: dict[str, Clause] = {}
    for clause in sorted(clauses, key=lambda c: (c.is_annex, clause_key(c.number))):
        for name in clause.names():
            titles.setdefault(title_key(name), clause)
    return titles


def clause_key(number: str) -> tuple[int, ...]:
    """A sort key in the standard's order: "4.2" < "4.10" < "10.1" < "A.5.1" < "A.8.34".

    Main-body numbers sort first, annexes after them (by letter); anything that is not a
    clause number sorts last.
    """
    text = normalise_number(number)
    criterion = re.fullmatch(r"(CC|PI)(\d+(?:\.\d+)*)", text)
    if criterion:  # SOC 2's common criteria first, processing integrity before privacy (A, C, PI, P)
        prefix, rest = criterion.groups()
        return (1, 0 if prefix == "CC" else ord("P") - ord("A") + 0.5, *(int(p) for p in rest.split(".")))
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
    if _SOC2_NAME.match(" ".join(cleaned.split())):
        return "soc2"
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
    def read(entries: list[dict], edition: str | None = None) -> tuple[Clause, ...]:
        return tuple(
            Clause(
                standard=key,
                number=entry["number"],
                title=entry["title"],
                parent=entry.get("parent"),
                questions=tuple(entry.get("questions", ())),
                aliases=tuple(entry.get("aliases", ())),
                edition=edition,
                draws_on=tuple(d["clause"] for d in entry.get("draws_on", ())),
            )
            for entry in entries
        )

    superseded = tuple(c for old in raw.get("editions", ()) for c in read(old["clauses"], old["edition"]))
    numbered_only = frozenset(old["edition"] for old in raw.get("editions", ()) if old.get("numbered_only"))
    return Catalogue(standard=key, name=STANDARDS[key], clauses=read(raw["clauses"]), superseded=superseded,
                     numbered_only=numbered_only,
                     named_only=bool(raw.get("named_only", False)), unit=raw.get("unit", "clause"),
                     called=raw.get("called", "the ISO standard"))


def unit_of(standard: str | None) -> str:
    """What one numbered part of `standard` is called in a message: "clause", or "criterion" for the SOC 2 criteria
    ("heading 'CC6.1 ...' is SOC 2 ... criterion CC6.1", not "clause CC6.1"); "clause" when it is unknown."""
    try:
        return load(standard).unit if standard else "clause"
    except (ValueError, OSError):
        return "clause"


def called_of(standard: str) -> str:
    """How a summary names `standard` ("the ISO standard", "the SOC 2 criteria"); "the standard" when unknown."""
    try:
        return load(standard).called
    except (ValueError, OSError):
        return "the standard"


def guessable(named: Iterable[str] = ()) -> tuple[str, ...]:
    """The standards a text may be read against: every one not `named_only`, and those in `named`."""
    named = set(named)
    return tuple(k for k in STANDARDS if k in named or not load(k).named_only)


def load_all() -> dict[str, Catalogue]:
    """Every shipped catalogue, keyed like STANDARDS."""
    return {key: load(key) for key in STANDARDS}


def title_key(text: str) -> str:
    """A clause title folded for comparison: case, punctuation, '&' and -ise/-ize spelling."""
    lowered = str(text).lower().replace("&", " and ")
    lowered = re.sub(r"(?<=[a-z])is(e|ed|es|ing|ation|ations)\b", r"iz\1", lowered)
    return " ".join(re.findall(r"[a-z0-9]+", lowered))

