"""Which sections of which documents address which clause: BM25 over section words, then the
clause's operational questions each section answers.

A section is a heading and the body under it (up to the next heading of any level); text
before the first heading is a section of its own. Each section is scored against every
mapping unit of the catalogue (bm25.py: the clauses are the indexed documents, the section is
the query; the heading's words count twice). A section addresses the units that score at least
FOCUS x ln(units) times the mean over all units and at least SHARE of its best unit, and share
MIN_SHARED words with the unit's query (at most MAX_PER_SECTION). Its strength comes from which kinds of the clause's questions it answers
(claims.py: a role named, a cadence, a record kept, a time limit; the pipeline's decision cues:
a decision rule), and a section that mostly restates the standard (mirroring.py's
standard-speak) is marked "restated only".

What a document is mainly about (`SectionMatch.main`, the document-level answer) is narrower:
the best unit (DOC_TOP) of the whole document read as one query (at least DOC_FOCUS x ln(units)
times the mean and DOC_SHARE of its best), plus the best unit of every section of at least
SECTION_WORDS words that scores SECTION_FOCUS x ln(units) times the mean and whose heading names
the unit's subject (a manual whose sections each take one clause). When the document's title names a
unit (TITLE_WORDS) and the document is no manual, that unit and its neighbours are all it is mainly
about (TITLE_FIRST), a neighbouring Annex A control as soon as any section addresses it (TITLE_TOUCHED). A clause
the standard makes a main clause work from (the catalogue's draws_on: a scope statement's 4.1 and 4.2) is main too
when a section addresses it (DRAWS_ON).
A document whose headings name HEADING_TITLES units in the catalogue's own titles, each its section's best unit,
is about each of them (HEADING_SCOPE: unless its title names a clause and it is no manual). A section addressing the
organisation's context or its interested parties (4.1, 4.2) makes that clause main whatever the title (CONTEXT_TOUCHED).
A unit that is the best of RECURRING sections of a document whose title names none is main (RECURRING).
Every other match is shown as touched on, when the section speaks of the unit's own subject (SECTION_SUBJECT).
Words said only inside a role's name never count as shared with a unit, and a strong match needs STRONG_SUBJECT
words of the unit's own subject, not only answers to its questions.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping, Sequence

from gapscan import clauses as cat
from gapscan.mapping import bm25, declared
from gapscan.mapping.model import (MENTION, PARTIAL, RESTATED, STRONG, Answer, ClauseMap, ClauseRow, Declaration,
                                   Disagreement, SectionMatch)
from gapscan.mapping.vocabulary import words_for
from gapscan.model import BlockType, Document, Location

# Focus is a unit's score over the mean score of all units, in units of ln(number of units): a catalogue of
# 116 units (ISO/IEC 27001 with Annex A) spreads a section's score thinner than one of 28 (ISO 9001), and on
# the labelled set the scores of right answers grew with ln(n), not with n or its square root.
FOCUS = 1.0  # for a section to address a unit
SHARE = 0.7  # ... and at least this share of the section's best unit
MAX_PER_SECTION = 2
# the document-level thresholds the folds of the leave-one-source-out cross-validation chose by per-document F1
# (docs/MAP.md)
DOC_TOP = 1  # at most this many units from the whole-document query
DOC_FOCUS = 0.5
DOC_SHARE = 0.7
# ... and only a unit the document speaks of in its own subject's words (titles, aliases, gapscan's vocabulary), not
# only in its operational questions': at least this share of its score from them, or STRONG_SUBJECT of its rare ones
# (as a strong match needs). A near-miss procedure whose cards are "reported", "missed" and "closed" scores internal
# audit through its questions (docs/MAP.md's tenth round); 0: any
DOC_SUBJECT = 0.5
SECTION_FOCUS = 2.0  # a section this focused on one unit makes it one of the document's main clauses
SECTION_WORDS = 10
HEADING_IDF = 0.3  # ... and its heading, if it has words, shares a subject word of at least this share of the top IDF
SECTION_MARGIN = float("inf")  # ... or one whose best unit scores this many times the next best
# a document whose sections' best units run in the catalogue's order through more distinct units than chance would
# (this many times 2 sqrt(sections), the longest increasing run of that many shuffled numbers) is written clause by
# clause, a manual: each section on that run is about its best unit
ORDER_RUN = 1.0
ORDER_FOCUS = 1.0  # ... when that unit scores at least this x ln(units) x the mean
TITLE_WORDS = 2  # a document's title holding this many words of its best clause's subject makes it a main clause
TITLE_FIRST = True  # ... and then, manuals aside, the document's only main clause with its neighbours (NEIGHBOUR_REACH)
# ... and the neighbours a section addresses: "off", "annex" (Annex A controls only), "all" (every fold chose "annex"
# by document F1, docs/MAP.md's sixth round)
TITLE_TOUCHED = "annex"
# the units a clause the title names draws on (the catalogue's draws_on: 4.3 on 4.1 and 4.2, 6.1 on both) are main
# too when a section addresses them (docs/MAP.md's seventh round: from every main clause, it cost precision held out)
DRAWS_ON = True
# a document whose headings name at least this many units in the catalogue's own titles ("Quality Objectives",
# "Return of Assets"), each the best unit of the section under it, is about each of them: one such heading is a
# policy's topic, two begin a plan written clause by clause; inf: never
HEADING_TITLES = 2
# ... in every document ("all"), or not where the title names a clause and the document is no manual ("untitled"): an
# "Internal Audits" heading in a document-control procedure is one of its topics, as TITLE_FIRST reads it (all 24
# folds of docs/MAP.md's eighth round chose "untitled", by either objective, and 17 of 24 then HEADING_TITLES 2 by
# document F1)
HEADING_SCOPE = "untitled"
NEIGHBOUR_REACH = 4  # Annex A controls of one theme at most this many numbers apart are neighbours (24 of 24 folds
# of docs/MAP.md's eighth round chose 4 over 3 and 5, by either objective)
# a section addressing the organisation's context or its interested parties (the catalogue's "Understanding ..."
# clauses, 4.1 and 4.2) makes that clause one of what its document is about, whatever the title (docs/MAP.md's ninth
# round)
CONTEXT_TOUCHED = True
# a unit that is the best unit of at least this many of a document's sections (each addressing it) is one of what the
# document is about: a policy that comes back to screening in three sections is about screening, one section may be
# a topic it passes through (docs/MAP.md's eleventh round: most folds chose 3 by document F1, with RECURRING_UNITS
# "all"); inf: never
RECURRING = 3
# ... in every document ("all"), or not where the title names a clause and the document is no manual ("untitled", as
# HEADING_SCOPE: there the title first speaks for it)
RECURRING_SCOPE = "untitled"
# ... of every unit ("all"), or of Annex A controls only ("annex": main-body subjects such as records, risks and
# reviews are said in passing by every procedure)
RECURRING_UNITS = "all"
# the matrix shows a section as addressing a unit only when it speaks of the unit's own subject (as the whole
# document's answer must, DOC_SUBJECT): at least this share of the unit's score from its subject's words, or
# STRONG_SUBJECT of its rare ones; a near-miss card "reported" and "closed" is not an internal audit section
# (docs/MAP.md's eleventh round). What the matrix shows only: the document-level rules read the scores as they are;
# 0: any
SECTION_SUBJECT = 0.5
# A unit is addressed only by text sharing at least this many distinct words with its query: two shared
# words ("orders", "labelled" in a note about a barbecue) are a coincidence of vocabulary, not a subject.
MIN_SHARED = 3
# whether a document's control block's words ("Document", "Revision", "Approved") count among its section's words
CONTROL_WORDS = True  # (off: in sample better, held out lower; docs/MAP.md's tenth round)
MIN_TERMS = 8  # sections with fewer indexable words say too little to map (a heading and a line)
RESTATED_SHARE = 0.5  # share of a section's sentences that are standard-speak for "restated only"
QUOTE_CHARS = 160
STRONG_SUBJECT = 2  # distinct words of the clause's own subject (not of its questions, not role names) for strong
STRONG_IDF = 0.5  # ... each of IDF at least this share of the rarest word's

METHOD = (f"BM25 (k1={bm25.K1}, b={bm25.B}) of each section's words (heading twice) against each clause's title, "
          f"operational questions and gapscan's vocabulary; a section addresses a clause scoring >= {FOCUS:g} x "
          f"ln(clauses) x the mean of all clauses and >= {SHARE:.0%} of its best (at most {MAX_PER_SECTION})")

# which kind of answer each operational question asks for, read from its wording
_QUESTION_KINDS = (
    ("role", re.compile(r"\bwho\b|\bwhom\b|\bowner|\bresponsib", re.I)),
    ("cadence", re.compile(r"how often|\bwhen\b|frequen|\bschedule|\bcadence|\bperiod", re.I)),
    ("record", re.compile(r"\bwhere\b|\brecord|\bregister|\blist\b|\blog\b|\bkept\b|\bstored\b|\bfiled\b", re.I)),
    ("decision", re.compile(r"what happens|\bdecid|\bcriteria|\bapprov|\breject|\bthreshold|\bchosen|\bwhat makes",
                            re.I)),
    ("time limit", re.compile(r"how (?:fast|quickly|soon|long)|\bwithin\b|\bdeadline|\bin time\b", re.I)),
)
_CLAIM_KIND = {"role": "role", "frequency": "cadence", "form": "record", "field": "record", "deadline": "time limit"}


@dataclass(frozen=True, kw_only=True)
class Unit:
    """A row of the matrix: a clause at the depth auditors cite ("8.4", "A.5.19")."""

    number: str
    title: str
    terms: tuple[str, ...]
    wants: tuple[str, ...]  # kinds of answer its questions ask for
    # its own subject's words (title, aliases, sub-clause titles, gapscan's vocabulary), without the words of
    # its questions ("which areas were missed", "when was it closed") that any procedure may happen to use
    subject: frozenset[str] = frozenset()
    draws_on: frozenset[str] = frozenset()  # the units whose output it works from (the catalogue's draws_on)
    # the words of its title and of each of its sub-clauses' titles ("General" aside), one set per title
    titles: frozenset[frozenset[str]] = frozenset()


@dataclass
class _Section:
    path: str
    heading: str
    location: Location | None
    terms: list[str]
    answers: list[Answer]
    sentences: int = 0
    speak: int = 0
    scores: dict[str, float] | None = None
    ranked: list[tuple[str, float]] | None = None  # `scores` best first (_ranking), sorted once for every threshold
    shared: dict[str, int] | None = None
    counts: Counter | None = None  # its words and how often (for the part of a score its subject's words make)
    heading_terms: set[str] = field(default_factory=set)
    role_terms: set[str] = field(default_factory=set)  # terms said only inside role names ("Quality Manager")

    @property
    def subject_terms(self) -> list[str]:
        return [t for t in self.terms if t not in self.role_terms]


@dataclass(frozen=True, kw_only=True)
class Prepared:
    """Everything the thresholds are applied to: the costly part of a map, done once."""

    standard: str
    detected: bool
    paths: tuple[str, ...]
    sections: tuple[_Section, ...]
    declarations: tuple[Declaration, ...]
    document_scores: Mapping[str, Mapping[str, float]]  # path -> unit -> BM25 of the whole document
    document_shared: Mapping[str, Mapping[str, int]]  # path -> unit -> distinct words shared with its query
    titles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # path -> the words of its title
    document_ranked: Mapping[str, list[tuple[str, float]]] = field(default_factory=dict)  # _ranking of each


@lru_cache(maxsize=None)
def units(standard: str) -> tuple[Unit, ...]:
    """The mapping units of a catalogue: main-body clauses at two levels ("8.4") with their
    sub-clauses folded in, and each Annex A control."""
    catalogue = cat.load(standard)
    groups: dict[str, list] = {}
    for clause in catalogue.clauses:
        unit = declared.unit_of(clause.number, catalogue)
        if unit is not None and unit.count(".") >= 1:
            groups.setdefault(unit, []).append(clause)
    out = []
    nlp = _tokenizer()
    for number, members in groups.items():
        head = catalogue.get(number)
        title = head.title if head else members[0].title
        texts = [title, title] + list(head.aliases if head else ()) + [words_for(title)]
        questions: list[str] = []
        named = {frozenset(bm25.terms(t.lower_ for t in nlp(c.title))) for c in members
                 if c.title.lower() != "general"} | {frozenset(bm25.terms(t.lower_ for t in nlp(title)))}
        for clause in members:
            if clause is not head and clause.title.lower() != "general":
                texts.append(clause.title)
                texts.append(words_for(clause.title))
            questions.extend(q for q in clause.questions if q not in questions)
        subject = frozenset(bm25.terms(t.lower_ for text in texts for t in nlp(text)))
        texts.extend(questions)
        words = [t.lower_ for text in texts for t in nlp(text)]
        wants = tuple(kind for kind, rx in _QUESTION_KINDS if any(rx.search(q) for q in questions))
        draws = {declared.unit_of(d, catalogue) for clause in members for d in clause.draws_on} - {None, number}
        out.append(Unit(number=number, title=title, terms=tuple(bm25.terms(words)), wants=wants, subject=subject,
                        draws_on=frozenset(draws), titles=frozenset(n for n in named if n)))
    return tuple(sorted(out, key=lambda u: cat.clause_key(u.number)))


@lru_cache(maxsize=None)
def _index(standard: str) -> bm25.Index:
    return bm25.Index.build({u.number: u.terms for u in units(standard)})


@lru_cache(maxsize=1)
def _tokenizer():
    from gapscan.nlp.pipeline import get_nlp

    return get_nlp().tokenizer


def detect_standard(docs: Sequence[Document], mirroring: Mapping | None = None) -> str | None:
    """The standard most of the documents name or mirror, or None."""
    votes: dict[str, int] = {}
    for doc in docs:
        key = declared.document_standard(doc)
        analysis = (mirroring or {}).get(doc.path)
        key = key or (analysis.standard if analysis is not None else None)
        if key:
            votes[key] = votes.get(key, 0) + 1
    return max(votes, key=lambda k: (votes[k], k)) if votes else None


def map_documents(docs: Sequence[Document], standard: str | None = None, *,
                  mirroring: Mapping | None = None) -> ClauseMap:
    """The clause cross-reference of `docs` (procedures) against `standard` (detected from the
    documents when None; ISO 9001 when they name none).

    Each document's own cross-reference is read first and taken out of the text that is mapped,
    so what gapscan finds never repeats what the document declares. `mirroring` (path ->
    MirroringAnalysis, as the engine computes it) marks restated sections; it is computed here
    when not given.
    """
    return decide(prepare(docs, standard, mirroring=mirroring))


def prepare(docs: Sequence[Document], standard: str | None = None, *, mirroring: Mapping | None = None,
            blind: bool = False) -> Prepared:
    """Sections, their words, answers and BM25 scores, and the declarations: all but the thresholds.
    `blind` strips clause-numbered headings' titles too (declared.read), for measuring the map."""
    docs = [d for d in docs if d.ok]
    if mirroring is None:
        from gapscan.nlp.mirroring import analyze_many

        mirroring = analyze_many(docs, standard=standard)
    key = cat.normalise_standard(standard) if standard else None
    detected = key is None
    key = key or detect_standard(docs, mirroring) or "iso9001"
    index = _index(key)
    declarations: list[Declaration] = []
    sections: list[_Section] = []
    whole: dict[str, dict[str, float]] = {}
    shared: dict[str, dict[str, int]] = {}
    title_words: dict[str, tuple[str, ...]] = {}
    for doc in docs:
        found, stripped = declared.read(doc, key, blind=blind)
        declarations.extend(found)
        # sections are named by their headings as written; their words are the stripped ones
        titles = {b.location: b.text for b in doc.blocks if b.type is BlockType.HEADING}
        parts = _sections(stripped, mirroring.get(doc.path), titles)
        for section in parts:
            section.scores, section.shared = index.scores(section.terms), index.shared(section.subject_terms)
            section.ranked = _ranking(section.scores)
        words = [t for section in parts for t in section.terms]
        whole[doc.path] = index.scores(words)
        shared[doc.path] = index.shared([t for section in parts for t in section.subject_terms])
        title_words[doc.path] = tuple(bm25.terms(t.lower_ for t in _tokenizer()(declared.title(doc, key, blind=blind))))
        sections.extend(parts)
    return Prepared(standard=key, detected=detected, paths=tuple(sorted(d.path for d in docs)),
                    sections=tuple(sections), declarations=tuple(declarations), document_scores=whole,
                    document_shared=shared, titles=title_words,
                    document_ranked={path: _ranking(scores) for path, scores in whole.items()})


def decide(prep: Prepared, *, focus: float = FOCUS, share: float = SHARE, doc_top: int = DOC_TOP,
           doc_focus: float = DOC_FOCUS, doc_share: float = DOC_SHARE, doc_subject: float = DOC_SUBJECT,
           section_focus: float = SECTION_FOCUS, section_words: int = SECTION_WORDS,
           heading_idf: float = HEADING_IDF, title_words: float = TITLE_WORDS,
           section_margin: float = SECTION_MARGIN, order_run: float = ORDER_RUN,
           order_focus: float = ORDER_FOCUS, title_first: bool = TITLE_FIRST,
           title_touched: str = TITLE_TOUCHED, draws_on: bool = DRAWS_ON,
           heading_titles: float = HEADING_TITLES, heading_scope: str = HEADING_SCOPE,
           neighbour_reach: int = NEIGHBOUR_REACH, context_touched: bool = CONTEXT_TOUCHED,
           recurring: float = RECURRING, recurring_scope: str = RECURRING_SCOPE, recurring_units: str = RECURRING_UNITS,
           section_subject: float = SECTION_SUBJECT) -> ClauseMap:
    """The ClauseMap of prepared documents under the given thresholds (bench/eval_map.py varies them)."""
    key = prep.standard
    main: dict[str, set[str]] = {}
    titled: dict[str, set[str]] = {}
    said: dict[str, Counter] = {}  # path -> its words and how often, as its whole-document score read them
    spoken: dict[str, set[str]] = {}  # path -> the words it says outside role names
    for section in prep.sections:
        said.setdefault(section.path, Counter()).update(section.terms)
        spoken.setdefault(section.path, set()).update(section.subject_terms)
    index, subjects = _index(key), _subjects(key)
    for path, scores in prep.document_scores.items():
        titled[path] = set(_titled(prep.titles.get(path, ()), key, title_words))
        counts = said.get(path, Counter())
        main[path] = titled[path] | set(_top(
            scores, doc_top, doc_focus, doc_share, prep.document_shared[path], prep.document_ranked.get(path),
            keep=None if doc_subject <= 0 else
            lambda n, c=counts, s=scores, w=spoken.get(path, set()): (
                _on_subject(w, n, key, STRONG_SUBJECT, capped=True)
                or index.part(n, c, subjects[n]) >= doc_subject * s[n])))
    # the sections a section-level rule found a main clause in: it is shown there, not wherever it scores best
    # (a manual's "5.3 Organizational roles" names communication more often than its own "7.4 Communication")
    at: dict[tuple[str, str], list[_Section]] = {}

    def found_in(section: _Section, numbers) -> None:
        for n in numbers:
            if _headed(section, n, key, heading_idf):
                main[section.path].add(n)
                at.setdefault((section.path, n), []).append(section)

    for section in prep.sections:
        if len(section.terms) >= section_words:
            found_in(section, _top(section.scores, 1, section_focus, 1.0, section.shared, section.ranked))
            found_in(section, _apart(section, focus, section_margin))
    by_path: dict[str, list[_Section]] = {}
    for section in prep.sections:
        by_path.setdefault(section.path, []).append(section)
    manuals = set()
    for path, parts in by_path.items():
        for section, n in _in_order(parts, order_run, order_focus):
            found_in(section, (n,))
            manuals.add(path)
    if title_first:
        # a title that names one clause ("Supplier Security Policy", "Internal Audit Procedure") is the strongest
        # single evidence of what a document is about: beside it, only its neighbours (one theme's controls,
        # one clause's sub-clauses) stay main; the rest is shown as touched on. A manual's title names no clause,
        # and the order rule speaks for it.
        for path, named in titled.items():
            if named and path not in manuals:
                main[path] = named | {n for n in main[path] if any(_neighbours(n, t, neighbour_reach) for t in named)}
                if title_touched != "off":
                    touched = _addressed(by_path.get(path, ()), focus, share)
                    main[path] |= {n for n in touched - named if (n[:1].isalpha() or title_touched == "all")
                                   and any(_neighbours(n, t, neighbour_reach) for t in named)}
                for k in [k for k in at if k[0] == path and k[1] not in main[path]]:
                    del at[k]
    if draws_on:
        # a scope statement (4.3) works from the context issues and the interested parties' requirements: when a
        # section of it addresses them, they are what the document is about too, not only touched on
        drawn = {u.number: u.draws_on for u in units(key)}
        for path in main:
            if path in manuals:
                continue
            wanted = {d for n in titled[path] for d in drawn.get(n, ())} - main[path]
            if wanted:
                main[path] |= wanted & _addressed(by_path.get(path, ()), focus, share)
    if context_touched:
        # the organisation's context and its interested parties are an analysis a document sets out, not a topic a
        # procedure passes through: a section addressing them makes them one of what the document is about
        context = _context_units(key)
        for path, parts in by_path.items():
            main[path] |= context & _addressed(parts, focus, share)
    if heading_titles < float("inf"):
        named = _named_by_title(key)
        for path, parts in by_path.items():
            if heading_scope == "untitled" and titled[path] and path not in manuals:
                continue
            hits = [(s, named[frozenset(s.heading_terms - s.role_terms)]) for s in parts
                    if named.get(frozenset(s.heading_terms - s.role_terms)) == s.ranked[0][0] and s.ranked[0][1] > 0]
            if len({n for _, n in hits}) >= heading_titles:
                for section, n in hits:
                    main[path].add(n)
                    shown = at.setdefault((path, n), [])
                    if not any(section is s for s in shown):
                        shown.append(section)
    if recurring < float("inf"):
        # a unit the document comes back to, section after section, as each one's best unit
        for path, parts in by_path.items():
            if recurring_scope == "untitled" and titled[path] and path not in manuals:
                continue
            bests: dict[str, list[_Section]] = {}
            for section in parts:
                n = section.ranked[0][0] if section.ranked else None
                if n and (n[:1].isalpha() or recurring_units == "all") and n in _top(
                        section.scores, MAX_PER_SECTION, focus, share, section.shared, section.ranked):
                    bests.setdefault(n, []).append(section)
            for n, found in bests.items():
                if len(found) >= recurring:
                    main[path].add(n)
                    shown = at.setdefault((path, n), [])
                    shown.extend(s for s in found if not any(s is t for t in shown))
    matches = _match(prep.sections, key, focus, share, main, at, section_subject)
    declarations = prep.declarations
    rows = tuple(ClauseRow(number=u.number, title=u.title,
                           matches=tuple(sorted(matches.get(u.number, ()), key=lambda m: (-_rank(m), m.path))),
                           declared_by=tuple(sorted({d.path for d in declarations if u.number in d.clauses})))
                 for u in units(key))
    addressed = {m.path for r in rows for m in r.matches}
    return ClauseMap(standard=key, standard_name=cat.STANDARDS[key], standard_detected=prep.detected, rows=rows,
                     documents=prep.paths, own_processes=tuple(p for p in prep.paths if p not in addressed),
                     declarations=declarations,
                     disagreements=tuple(_disagreements(rows, list(declarations), cat.load(key))),
                     method=METHOD)


def _top(scores: Mapping[str, float], most: int, focus: float, share: float, shared: Mapping[str, int],
         ranked: Sequence[tuple[str, float]] | None = None, keep=None) -> list[str]:
    """The best units of one score vector: at most `most`, each at least `focus` x ln(units) x the
    mean and `share` x the best, and sharing MIN_SHARED words with the text. `ranked`: `_ranking(scores)`.
    `keep` (unit -> bool): and that it keeps (a best unit it does not keep is not replaced by the next)."""
    if len(scores) < 2:
        return []
    mean = sum(scores.values()) / len(scores) * math.log(len(scores))
    ranked = ranked if ranked is not None else _ranking(scores)
    best = ranked[0][1]
    if mean <= 0:
        return []
    return [n for n, v in ranked[:most] if v >= focus * mean and v >= share * best and shared[n] >= MIN_SHARED
            and (keep is None or keep(n))]


def _addressed(sections: Sequence[_Section], focus: float, share: float) -> set[str]:
    """The units any of one document's sections addresses on its scores (as `_match` shows them, touched on or main,
    before the subject test SECTION_SUBJECT: the document-level rules read the scores, the test decides what the
    matrix shows)."""
    return {n for section in sections
            for n in _top(section.scores, MAX_PER_SECTION, focus, share, section.shared, section.ranked)}


def _subject_test(section: _Section, standard: str, least: float):
    """None (any unit) when `least` is 0, else unit -> whether the section speaks of the unit's own subject (its
    titles, aliases and gapscan's vocabulary, not the words of its questions): at least `least` of the unit's score
    from those words, or STRONG_SUBJECT of its rare ones (all of them when it has fewer), as DOC_SUBJECT asks of the
    whole document."""
    if least <= 0:
        return None
    if section.counts is None:
        section.counts = Counter(section.terms)
    index, subjects, words = _index(standard), _subjects(standard), set(section.subject_terms)
    return lambda n: (_on_subject(words, n, standard, STRONG_SUBJECT, capped=True)
                      or index.part(n, section.counts, subjects[n]) >= least * section.scores[n])


def _ranking(scores: Mapping[str, float]) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda kv: (-kv[1], _clause_key(kv[0])))


def _apart(section: _Section, focus: float, margin: float) -> list[str]:
    """A section's best unit when it stands `margin` times above the next one: a manual's "Competence"
    section is about one clause even when its few words do not lift it far above the mean."""
    ranked = sorted(section.scores.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] <= 0 or ranked[0] < margin * ranked[1]:
        return []
    return _top(section.scores, 1, focus, 1.0, section.shared, section.ranked)


def _in_order(sections: Sequence[_Section], least: float, focus: float) -> list[tuple[_Section, str]]:
    """The sections of one document whose best units run in the catalogue's order (the longest such run,
    repeats allowed), with those units, when the run passes through at least `least` x 2 sqrt(n) distinct units
    (n: the sections with a best unit; 2 sqrt(n) is how long the longest increasing run of n shuffled numbers
    is): a manual written clause by clause, whose short sections rarely stand far above the mean on their own
    words, shows itself by the order of what they are about. A policy touching a dozen controls in no order,
    or a procedure about one subject, has no run longer than chance."""
    bests: list[tuple[_Section, str]] = []
    for section in sections:
        picked = _top(section.scores, 1, focus, 1.0, {n: MIN_SHARED for n in section.scores}, section.ranked)
        if picked and section.shared[picked[0]] > 0:
            bests.append((section, picked[0]))
    needed = least * 2 * math.sqrt(len(bests))
    if not bests or len({n for _, n in bests}) < needed:
        return []
    keys = [_clause_key(n) for _, n in bests]
    length, before = [1] * len(keys), [-1] * len(keys)
    for i in range(len(keys)):
        for j in range(i):
            if keys[j] <= keys[i] and length[j] + 1 > length[i]:
                length[i], before[i] = length[j] + 1, j
    i = max(range(len(keys)), key=lambda k: (length[k], -k))
    run = []
    while i >= 0:
        run.append(bests[i])
        i = before[i]
    return run[::-1] if len({n for _, n in run}) >= needed else []


def _neighbours(a: str, b: str, reach: int = NEIGHBOUR_REACH) -> bool:
    """Units of one theme: main-body clauses under one clause ("4.1", "4.3"), or Annex A controls of one theme at
    most `reach` numbers apart ("A.5.15", "A.5.18")."""
    ka, kb = _clause_key(a), _clause_key(b)
    if a[:1].isalpha() != b[:1].isalpha() or len(ka) != len(kb) or ka[:-1] != kb[:-1]:
        return False
    return not a[:1].isalpha() or abs(ka[-1] - kb[-1]) <= reach


def _titled(words: Sequence[str], standard: str, least: float) -> list[str]:
    """The units a document's title names: its best unit when the title holds at least `least` distinct
    words of that unit's own subject ("Supplier Security Policy" -> A.5.19; "Quality Manual" -> none), and each
    next best that holds as many the ones before do not ("Control of Nonconforming Output and Corrective
    Action" -> 10.2 and 8.7; "Supplier Security Policy" stays A.5.19 alone: 5.2 Policy adds one word)."""
    if not words:
        return []
    scores = _index(standard).scores(words)
    subjects = _subjects(standard)
    out: list[str] = []
    covered: set[str] = set()
    for n in sorted(scores, key=lambda n: (-scores[n], _clause_key(n))):
        said = subjects[n].intersection(words)
        if scores[n] <= 0 or (not out and len(said) < least):
            break  # the best unit speaks for the title, or nothing does
        if len(said - covered) >= least:
            out.append(n)
            covered |= said
    return out


def _headed(section: _Section, number: str, standard: str, min_idf: float) -> bool:
    """Whether a section's heading names its clause's subject in a word few clauses use: "Records" (a
    word of most clauses' questions) under a procedure does not make 7.5 one of what it is about,
    "Document control" does. A heading with no indexable words (a bare number) does not object."""
    if not section.heading_terms or min_idf <= 0:
        return True
    index = _index(standard)
    own = _subjects(standard)[number]
    # IDF relative to the rarest word's: ln(n) grows with the catalogue, so 116 Annex A units would let
    # "record" pass where 28 ISO 9001 clauses do not
    rarest = max(index.idf.values())
    return any(t in own and index.idf[t] >= min_idf * rarest for t in section.heading_terms - section.role_terms)


@lru_cache(maxsize=None)
def _clause_key(number: str) -> tuple[int, ...]:
    # every section ranks every unit: parsing the same few hundred numbers again was most of decide's time
    return cat.clause_key(number)


@lru_cache(maxsize=None)
def _named_by_title(standard: str) -> dict[frozenset[str], str]:
    """The words of a catalogue title -> the one unit whose title (or sub-clause's title) they are; words two
    units' titles share name neither (ISO/IEC 27001's "Information security risk assessment" is 6.1.2's and 8.2's,
    ISO 13485's "General" 4.1's and 8.1's)."""
    owners: dict[frozenset[str], set[str]] = {}
    for u in units(standard):
        for words in u.titles:
            owners.setdefault(words, set()).add(u.number)
    return {words: next(iter(numbers)) for words, numbers in owners.items() if len(numbers) == 1}


@lru_cache(maxsize=None)
def _subjects(standard: str) -> dict[str, frozenset[str]]:
    return {u.number: u.subject for u in units(standard)}


def _on_subject(words: set[str], number: str, standard: str, least: int, capped: bool = False) -> bool:
    """Whether `words` hold at least `least` distinct words of the unit's own subject (its titles, aliases and
    gapscan's vocabulary, not the words of its questions) that few units use (IDF at least STRONG_IDF x the rarest
    word's): "reviewed", "actions" and "report" are said of every clause. `capped`: or all of them, when the unit has
    fewer (A.5.13 "Labelling of information" has one: "labelling")."""
    rare = _rare_subject(standard)[number]
    return len(rare.intersection(words)) >= (min(least, len(rare)) if capped else least)


@lru_cache(maxsize=None)
def _rare_subject(standard: str) -> dict[str, frozenset[str]]:
    """unit -> the words of its own subject of IDF at least STRONG_IDF x the rarest word's."""
    index = _index(standard)
    rarest = max(index.idf.values())
    return {n: frozenset(t for t in words if index.idf[t] >= STRONG_IDF * rarest)
            for n, words in _subjects(standard).items()}


def _rank(m: SectionMatch) -> float:
    order = {STRONG: 3, PARTIAL: 2, MENTION: 1, RESTATED: 0}
    return order[m.strength] + m.score


def _sections(doc: Document, analysis, titles: Mapping[Location, str]) -> list[_Section]:
    """The document cut at its headings, each section's words, sentences and answers."""
    from gapscan.nlp.claims import extract_claims
    from gapscan.nlp.pipeline import get_nlp

    out: list[_Section] = []
    owner: dict[Location, _Section] = {}
    current = _Section(path=doc.path, heading=doc.title or "(untitled start)", location=None, terms=[], answers=[])
    out.append(current)
    pieces: list[tuple[str, Location, _Section]] = []
    for block in doc.blocks:
        if block.type is BlockType.HEADING:
            current = _Section(path=doc.path, heading=titles.get(block.location, block.text), location=block.location,
                               terms=[], answers=[])
            out.append(current)
            pieces.append((block.text, block.location, current))
            pieces.append((block.text, block.location, current))  # the heading's words count twice
        elif block.type is BlockType.TABLE and block.table is not None:
            for r, row in enumerate(block.table.rows):
                text = " ".join(str(v) for v in row if isinstance(v, str))
                if text.strip():
                    pieces.append((text, block.table.cell_location(r, 0), current))
            pieces.append((" ".join(block.table.header), block.location, current))
        elif block.text.strip():
            pieces.append((block.text, block.location, current))
        owner.setdefault(block.location, current)
    speak_at: dict[Location, int] = {}
    for hit in (analysis.standard_speak if analysis is not None else ()):
        speak_at[hit.location] = speak_at.get(hit.location, 0) + 1
    counted: set[Location] = set()
    control = _control_locations(doc)
    if not CONTROL_WORDS:
        pieces = [p for p in pieces if p[1] not in control]
    in_roles: dict[int, set[str]] = {}
    elsewhere: dict[int, set[str]] = {}
    for (text, location, section), sdoc in zip(pieces, get_nlp().pipe((p[0] for p in pieces), batch_size=64)):
        section.terms.extend(bm25.terms(t.lower_ for t in sdoc))
        heading = section.location == location
        if heading:
            section.heading_terms.update(bm25.terms(t.lower_ for t in sdoc))
        role_tokens = {t.i for span in sdoc.spans["anchors"] if span.label_ == "role" for t in span}
        in_roles.setdefault(id(section), set()).update(bm25.terms(t.lower_ for t in sdoc if t.i in role_tokens))
        elsewhere.setdefault(id(section), set()).update(bm25.terms(t.lower_ for t in sdoc if t.i not in role_tokens))
        if location not in counted:  # a heading is read twice for its words, its sentences count once
            counted.add(location)
            section.sentences += sum(1 for s in sdoc.sents if sum(1 for t in s if not t.is_punct) >= 4)
            section.speak += speak_at.get(location, 0)
        for span in () if heading or location in control else sdoc.spans["anchors"]:
            # a decision cue ("if", "reject", "more than") and a role named are answers wherever they stand, but in
            # the section's body: a heading ("Scrap recording", "Purchasing and Supplier Evaluation") names the
            # topic and answers none of its questions
            kind = {"decision": "decision", "role": "role"}.get(span.label_)
            if kind and not any(a.kind == kind for a in section.answers):
                section.answers.append(Answer(kind=kind, quote=_quote(span.sent.text), location=location))
    for section in out:
        # a role's name ("Quality Manager", "Operations Director") says who acts, not what the section is about
        section.role_terms = in_roles.get(id(section), set()) - elsewhere.get(id(section), set())
    for claim in extract_claims(doc):
        kind = _CLAIM_KIND.get(claim.kind)
        section = owner.get(claim.location) or next((s for s in out if s.location == claim.location), None)
        if kind is None or section is None or claim.location in control or any(a.kind == kind for a in section.answers):
            continue
        section.answers.append(Answer(kind=kind, quote=_quote(claim.sentence), location=claim.location))
    return [s for s in out if len(s.terms) >= MIN_TERMS]


# A document's own control block ("Document QP-30 | Revision 3 | Owner: Quality Manager | Approved: 2025-05-01", a
# "Document ID | QP-30" table, a field a line): it says who owns and approved the paper, not who does the work, so
# it answers none of a clause's questions. A field is a control label and its value ("Owner: X"), or a label and a
# number ("Revision 3", "Document QP-30") on a line of fields.
_CONTROL_FIELD = re.compile(
    r"^\W*(?:document control\W*)?(?:(?:document|doc\.?|policy|procedure)(?: (?:id|no\.?|number|code|ref(?:erence)?|title|type|owner|status|"
    r"version|revision|classification))?|title|version|ver\.?|revision|rev\.?|issue(?: no\.?| number| date)?|status|"
    r"owner|author|approv(?:ed|al|er)(?: by| date| on)?|prepared by|reviewed by|issued(?: by| on)?|"
    r"effective(?: date)?|(?:last |next )?review(?: date)?|classification|date|page)(?:\W*:|\s+(?P<code>\S*\d))",
    re.I)
# ... of which at least one names the document's own identity or approval: "Date: ... | Status: ..." alone may be work
_DOCUMENT_FIELD = re.compile(
    r"^\W*(?:(?:document|doc\.?|policy|procedure)\b|version|ver\.|revision|rev\.|issue no|approv|effective|"
    r"classification)", re.I)
# "Label: value" fields joined on one line without separators ("Version: 2 Owner: ISM")
_FIELD_START = re.compile(r"(?:^|(?<=\s))(?:\*\*)?[A-Z][\w/&().-]*(?: [\w/&().-]+){0,3}?(?:\*\*)?:")


def _fields(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s[|;]\s|\|", text) if p.strip()]
    if len(parts) > 1:
        return parts
    starts = [m.start() for m in _FIELD_START.finditer(text)]
    if len(starts) > 1 and starts[0] == 0:
        return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
    return parts


CONTROL_BLOCKS = 15  # a control block stands among a document's first or last blocks (as ingest's textutil reads it)


def _control_fields(text: str) -> list[str] | None:
    """The fields of a line made only of document-control fields, else None: a line of one field only when it is
    "Label: value" ("Classification scheme and level definitions" is a line of work)."""
    fields = _fields(text)
    if not fields or len(text) > 300:
        return None
    found = [_CONTROL_FIELD.match(f) for f in fields]
    if not all(found) or (len(fields) == 1 and found[0].group("code")):
        return None
    return fields


def _control_locations(doc: Document) -> set[Location]:
    """Where a document's control block stands: a line of two or more control fields naming the document's identity
    or approval, or a run of such lines a field each, among the first or last CONTROL_BLOCKS blocks (a document-control
    procedure's body lists the fields its documents carry: that is its work), and a table that is its control block
    or revision history, wherever it stands (drift's detector: a short label | value table of control labels)."""
    from gapscan.drift import _what_about
    from gapscan.records import reheader

    out: set[Location] = set()
    run: list[tuple[Location, list[str]]] = []

    def close() -> None:
        fields = [f for _, fs in run for f in fs]
        if len(fields) >= 2 and any(_DOCUMENT_FIELD.match(f) for f in fields):
            out.update(location for location, _ in run)
        run.clear()

    ends = len(doc.blocks) - CONTROL_BLOCKS
    for i, block in enumerate(doc.blocks):
        if block.type is BlockType.TABLE and block.table is not None:
            close()
            if _what_about(reheader(block.table)[0]) in ("control", "history"):
                out.add(block.location)
                out.update(block.table.cell_location(r, c) for r in range(len(block.table.rows))
                           for c in range(max(len(block.table.header), 1)))
            continue
        fields = _control_fields(block.text) if block.type is not BlockType.HEADING and (
            i < CONTROL_BLOCKS or i >= ends) else None
        if fields is None:
            close()
        else:
            run.append((block.location, fields))
    close()
    return out


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _match(sections: Sequence[_Section], standard: str, focus: float, share: float,
           main: Mapping[str, set[str]], at: Mapping[tuple[str, str], list[_Section]],
           subject: float = SECTION_SUBJECT) -> dict[str, list[SectionMatch]]:
    wants = {u.number: u.wants for u in units(standard)}
    chosen: dict[tuple[str, str], list[_Section]] = {}
    for section in sections:
        for number in _top(section.scores, MAX_PER_SECTION, focus, share, section.shared, section.ranked,
                           keep=_subject_test(section, standard, subject)):
            chosen.setdefault((section.path, number), []).append(section)
    for path, numbers in main.items():
        for number in numbers:
            listed = chosen.setdefault((path, number), [])
            listed.extend(s for s in at.get((path, number), ()) if not any(s is t for t in listed))
            if not listed:
                # a main clause of the whole document: shown at the section that scores best for it
                listed.append(max((s for s in sections if s.path == path), key=lambda s: s.scores.get(number, 0.0)))
    out: dict[str, list[SectionMatch]] = {}
    for (path, number), found in chosen.items():
        for section in found:
            top = max(section.scores.values()) or 1.0
            answers = tuple(a for a in section.answers if a.kind in wants[number])
            kinds = {a.kind for a in answers}
            # answers to a clause's questions make a strong match only in text about the clause's own subject:
            # a near-miss card names a role and a record, which does not make it an internal audit
            # ... in words few clauses use: "reviewed" and "actions" are said of every clause, so a 5S score trend
            # reviewed at an operations meeting is not a management review
            on_subject = _on_subject(set(section.subject_terms), number, standard, STRONG_SUBJECT)
            restated = section.speak > 0 and section.speak >= RESTATED_SHARE * max(section.sentences, 1)
            strength = (RESTATED if restated and len(kinds) < 2 else
                        STRONG if len(kinds) >= 2 and on_subject else PARTIAL if kinds else MENTION)
            out.setdefault(number, []).append(SectionMatch(
                path=path, section=section.heading, location=section.location, clause=number,
                score=round(section.scores.get(number, 0.0) / top, 3), strength=strength, answers=answers,
                words=len(section.terms), main=number in main.get(path, ())))
    return out


def _disagreements(rows: tuple[ClauseRow, ...], declarations: list[Declaration],
                   catalogue: cat.Catalogue) -> list[Disagreement]:
    declared_by: dict[str, set[str]] = {}
    converted: dict[tuple[str, str], str] = {}  # (path, unit) -> the superseded edition it was cited in
    for d in declarations:
        for number in d.clauses:
            declared_by.setdefault(d.path, set()).add(number)
            if d.edition and number[:1].isalpha():
                converted[(d.path, number)] = d.edition
    out = []
    for path, numbers in sorted(declared_by.items()):
        touched = {r.number for r in rows if any(m.path == path for m in r.matches)}
        found = {r.number for r in rows if any(m.path == path and m.main for m in r.matches)}
        for number in sorted(numbers, key=cat.clause_key):
            if not _covered(number, touched):
                cited = f" (cited in {catalogue.name_of(converted[(path, number)])} numbering)" \
                    if (path, number) in converted else ""
                out.append(Disagreement(path=path, clause=number, kind="declared, not found",
                                        detail=f"{path} declares {number}{cited}; no section of it reads as "
                                               "addressing it"))
        for number in sorted(found, key=cat.clause_key):
            if not _covered(number, numbers):
                row = next(r for r in rows if r.number == number)
                best = next(m for m in row.matches if m.path == path and m.main)
                out.append(Disagreement(path=path, clause=number, kind="found, not declared",
                                        detail=f"{path}: section '{best.section}' addresses {number} "
                                               f"({best.strength}); its own cross-reference does not list it"))
    return out


def _covered(number: str, others: set[str]) -> bool:
    """Whether `number` agrees with one of `others`: the same unit, or one is the whole clause
    the other belongs to ("8" and "8.4")."""
    return any(number == o or number.startswith(o + ".") or o.startswith(number + ".") for o in others)


@lru_cache(maxsize=None)
def _context_units(standard: str) -> frozenset[str]:
    """The clauses the harmonised structure opens with, on what the organisation has to understand: its context
    (4.1) and its interested parties' needs (4.2; ISO 45001's names workers). ISO 13485's 4.1 and 4.2 are the QMS's
    general and documentation requirements, not these."""
    return frozenset(u.number for u in units(standard) if u.title.lower().startswith("understanding "))
