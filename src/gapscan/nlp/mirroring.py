"""Clause mirroring: is a procedure written around the standard, or around the work?

A procedure that mirrors the standard copies its skeleton (clause numbers and titles as
headings, in the standard's order) and its voice ("the organization shall determine...",
"documented information shall be retained", "as applicable"), and names almost nothing a
person on the floor could act on. A procedure written around the work names roles, systems,
equipment, places, quantities, time limits, forms and decisions.

`analyze_many` measures both sides for each procedure and turns them into two scores and a
verdict (thresholds and their calibration: docs/SCORING.md):

- mirroring 0-100: clause headings, clause order, standard-speak sentences, organization-as-actor
- specificity 0-100: operational anchors per 1000 words and how many kinds of them appear
- verdict: mirrored / mixed / operational

The evidence (which heading matched which clause and how, which sentences read as standard
speak) is kept in the MirroringAnalysis so the CM rules can point at lines.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from collections import Counter
from itertools import accumulate, chain
from typing import Iterable, Mapping

from gapscan import clauses as cat
from gapscan.ingest.textutil import heading_number
from gapscan.model import Block, BlockType, Document, Kind, Location, Table, Verdict
from gapscan.nlp.language import not_english
from gapscan.nlp.lexicon import (BOARD_FUNCTIONS, EVERY_COMPANY_FUNCTIONS, GENERIC_PLACES, GENERIC_ROLES,
                                 SYSTEM_QUALIFIERS, SYSTEM_ROLE_HEADS,
                                 MANAGEMENT_SYSTEM_WORDS, STANDARD_ACRONYMS, STANDARD_MARKERS, STANDARD_RECORDS,
                                 TEAM_HEADS, TEMPLATE_CADENCES)
from gapscan.nlp.pipeline import ANCHOR_TYPES, get_nlp, spacy_names
from gapscan.nlp.verdict import PROCEDURAL, calibrate, features_of

# --- thresholds (calibrated on tests/eval, see docs/SCORING.md) -------------------------------

SENTENCE_SPEAK = 0.5  # a sentence at or above this P(standard-speak) counts as standard-speak
# ...and only when the lexicon alone gives at least this: its standard phrases are not cancelled by the
# sentence's anchors (one phrase alone scores 0.45, one phrase with one anchor 0.15). The model can veto
# a sentence, never carry it: a finding must rest on phrases a consultant can quote.
LEXICON_FLOOR = 0.25
MIN_WORDS_FOR_VERDICT = 40  # shorter texts get a verdict only on clear evidence (see _short_verdict)
MIN_SHORT_EVIDENCE = 2  # pieces of evidence a text under MIN_WORDS_FOR_VERDICT needs for each side it is judged on
ANCHOR_DENSITY_FULL = 60.0  # anchors per 1000 words that earn full density credit
ANCHOR_TYPES_FULL = 6  # kinds of anchors that earn full variety credit

MAX_PIECE_CHARS = 200_000  # one "paragraph" longer than this is extraction junk; keeps spaCy in bounds

# Clauses 1-3 (scope, references, terms) are the front matter of any document, not mirroring.
FRONT_MATTER = {"1", "2", "3"}
# Titles too generic to identify a clause without its number.
GENERIC_TITLES = {"general", "scope", "normative references", "terms and definitions", "purpose"}
NUMBER_TITLE_MIN = 62.0  # title similarity needed when the heading's number matches a clause
# headings whose number and title agree with a main-body clause for a document to follow the clause numbering (as a
# `numbered_only` edition needs, clauses.NUMBERED_ONLY_MIN), and they must be at least half of its headings numbered
# 4 and on: its own 1.x-3.x sections are then its front matter
FOLLOWS_NUMBERING_MIN = 2
FUZZY_TITLE_MIN = 86.0  # title similarity needed without a number

CROSS_REFERENCE_HEADING = re.compile(
    r"cross[- ]?ref|clause (?:map|matrix|correspondence|reference)|correspondence|"
    r"(?:iso|standard)\b.*\b(?:map|matrix|requirements covered|clauses covered)|compliance matrix",
    re.IGNORECASE,
)
# A column of versions ("1.0", "0.9", "2.0.1") or quantities ("0.5", "2.5 | 1 | 5") is not a clause column:
# no clause is numbered 0 or x.0, and a clause column is mostly dotted numbers.
NOT_A_CLAUSE = re.compile(r"^\s*0|\.0(?:\d|\.|\s*$)")
DOTTED = re.compile(r"\d\.\d")
CLAUSE_CELL = re.compile(r"^\s*(?:(?:clause|section|§)\s*)?(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*$", re.IGNORECASE)
# a reference line that says it cites the standard ("Clause 6.1 -> ...", "ISO 27001 9.1 ..."), not a numbered paragraph
# of the document's own ("3.1.1 No access point is installed without approval")
NAMED_REFERENCE = re.compile(r"^\s*(?:iso(?:/iec)?\s*\d{4,5}|clauses?\b|cl\.|§)", re.IGNORECASE)
CITED_NUMBER = re.compile(r"(?<![\w.])(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){1,3}(?![\w.])")
REFERENCE_LINE = re.compile(r"^\s*(?:(?:iso\s*\d{4,5}\S*\s*)?(?:clause|section|§)\s*)?(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){1,3}\b",
                            re.IGNORECASE)
# A labelled line listing clause or control references: "ISO 27001 clauses: 7.3 (Awareness), 9.1 (Monitoring ...)",
# "Adjacent Annex A: A.5.24 (...), A.5.25 (...)", "2013 mapping: A.16.1.2 (Reporting ...)". The label, then items
# that each open with a clause number (a title in brackets after it); one item is enough under a label that says
# what it lists.
_LABELLED = re.compile(r"^\s*([^:\n]{1,50}):\s*(\S.*)$", re.DOTALL)
_REFERENCE_ITEM = re.compile(r"^\s*(?:(?:iso(?:/iec)?\s*\d{4,5}\S*\s*)?(?:clause|section|control|annex\s+a|§)\s*)?"
                             r"(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){1,3}\b", re.IGNORECASE)
_REFERENCE_LABEL = re.compile(r"\b(?:clauses?|annex|mappings?|controls?|iso|iec|references?|related|see|standards?)\b",
                              re.IGNORECASE)


def labelled_references(text: str) -> bool:
    """Whether `text` is a label and a list of clause or control references ("ISO 27001 clauses: 7.3 (Awareness),
    7.4 (Communication)"): a cross-reference, whose titles are the standard's by design."""
    m = _LABELLED.match(text)
    if m is None:
        return False
    items, depth, start, body = [], 0, 0, m.group(2)
    for i, ch in enumerate(body):
        depth += ch == "(" or ch == "["
        depth -= (ch == ")" or ch == "]") and depth > 0
        if ch in ",;" and depth == 0:
            items.append(body[start:i])
            start = i + 1
    items.append(body[start:])
    items = [it for it in items if it.strip()]
    if not items or not all(_REFERENCE_ITEM.match(it) for it in items):
        return False
    return len(items) >= 2 or bool(_REFERENCE_LABEL.search(m.group(1)))


# A short line announcing a list of clause references: "ISO 9001 references:", "Standard clauses covered:".
CROSS_REFERENCE_INTRO = re.compile(
    r"^(?:(?:iso|iec|standard|clause)\b.*\b(?:references?|clauses?|mapping|covered)|cross[- ]?ref\w*|"
    r"(?:references? to|mapping to)\b.*\b(?:iso|standard|clauses?))\s*:?\s*$",
    re.IGNORECASE,
)
# A section of definitions restates the standard's vocabulary by design ("Nonconformity: non-fulfilment of a
# requirement"): its text says what words mean, not how the work is organised, so it is not scored.
DEFINITIONS_HEADING = re.compile(
    r"^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?(?:terms,?\s+)?(?:and\s+)?(?:definitions?|glossary|abbreviations|"
    r"acronyms|terms and definitions|terminology|terms used)\b(?:\s+(?:and|&)\s+\w+)?\s*:?\s*$",
    re.IGNORECASE,
)
# A document's control block: its revision history ("Version | Date | Author | Changes": a version and a date
# column) or a label/value table of its metadata ("Document owner | CISO", "Approved by | ..."). The roles,
# dates and approvals in it are the document's administration, not the work it describes.
REVISION_CELL = re.compile(r"^\s*(?:version|revision|rev\.?|amendment)\b.{0,14}$", re.IGNORECASE)
REVISION_DATE = re.compile(r"\bdate\b", re.IGNORECASE)
# a register of documents ("Doc ID | Title | Version | Date") is what a document-control procedure keeps
DOCUMENT_LIST = re.compile(r"\b(?:title|doc(?:ument)?\s*(?:id|no|number))\b", re.IGNORECASE)
GENERATED_NAME = re.compile(r"^[A-Z]{1,2}$")  # a column named by its letter: the parser found no header
METADATA_LABEL = re.compile(
    r"^\s*(?:document\s+)?(?:title|owner|author|creator|id|number|ref(?:erence)?|type|status|version|revision|"
    r"classification|approved\s+by|approver|approval\s+date|issue\s+date|effective\s+date|date\s+of\s+issue|"
    r"(?:last|next)\s+review(?:\s+date)?|review\s+(?:date|cycle|frequency)|distribution|language|"
    r"(?:document|doc\.?|revision|rev\.?|version|issue)\s+no\.?|(?:organi[sz]ation|company)\s+name|"
    r"(?:prepared|reviewed|checked|authori[sz]ed)\s+by)\s*:?\s*$",
    re.IGNORECASE,
)
# A sign-off block: who prepared, reviewed or approved the document and when ("Name | Designation | Date",
# "Role | Name | Signature | Date"). Every column is a person's name, their post, a date or a signature.
SIGNOFF_COLUMN = re.compile(r"^\W*(?:(?:full\s+)?name|designation|(?:job\s+)?title|position|role|date|signature|"
                            r"signed|sign)\W*$", re.IGNORECASE)
SIGNOFF_NAME = re.compile(r"^\W*(?:full\s+)?name\W*$", re.IGNORECASE)
SIGNOFF_MARK = re.compile(r"^\W*(?:date|signature|signed|sign)\W*$", re.IGNORECASE)
# A table of contents repeats the headings (with page numbers or links) that are read where they stand.
CONTENTS_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:table of contents|contents|index)\s*:?\s*$",
                              re.IGNORECASE)
# A heading over the document's own paperwork: its revision log, approvals, sign-off, distribution ("Revision History",
# "Approved By :", "Document Change Approvals", "Version 1.0", "History" over a change log). It is no section of the
# procedure, so it is not one of the headings a clause-heading share or an order run is taken over: counted, it
# made a clause-structured manual look less so for having a revision table (SCORING.md, round 22). "Document
# control" and "Review" alone are left in: in a document-control procedure or a policy's review section they are content.
SIGNOFF_HEADING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:"
    r"(?:document|revision|version|review|change|amendment)s?\s*(?:and approval\s*)?(?:history|log|record|sheet)"
    r"|revisions?|revision date|history"
    r"|approv(?:al|als|ed by|ers)(?:\s+(?:record|history))?|document (?:change )?approv(?:al|als|ers)"
    r"|review and approval|sign[- ]?off|signed|signatures?|acknowledge?ment and signature"
    r"|distribution(?: list)?|version \d[\d.]*|version date author"
    r"|document (?:information|details|metadata|properties)"
    r")\s*:?\s*$", re.IGNORECASE)
# "Operators shall be trained...", "New starters must be made aware...": who is trained in what is a fact
# about people and their training, not the standard's voice, even when it names the subject of the training.
TRAINING_STATEMENT = re.compile(
    r"\b(?:shall|must|should|will|are to|is to)\s+(?:\w+\s+)?(?:be\s+)?(?:(?:re-?)?trained|instructed|inducted|"
    r"briefed|made aware|receive\s+(?:\w+\s+){0,2}(?:training|induction|instruction|briefing))\b",
    re.IGNORECASE,
)
# "Quality management system and certifications (e.g., ISO 9001)", "suppliers shall hold a certified environmental
# management system (ISO 14001)": the management system named as a certificate someone holds, to a standard named in
# the same sentence, not the standard's requirement retold. Its phrases are not the standard's voice; who acts in it
# still counts.
CERTIFICATION_WORD = re.compile(r"\b(?:certif(?:ied|ication|ications|icate|icates)|accredit(?:ed|ation))\b",
                                re.IGNORECASE)
STANDARD_NUMBER = re.compile(r"\b(?:ISO(?:/IEC)?|AS/NZS|BS\s+EN)\s*\d{4,5}\b", re.IGNORECASE)
# A heading that names the clause or control it implements: "Supplier Relationships (A 5.19)",
# "Risk Identification (ISO 27001 Cl. 6.1.2)", "Access control - Annex A 8.2". The section is keyed to the
# standard even when its title is the organisation's own.
HEADING_CITATION = re.compile(
    r"(?:\(|\[|[-–—:]\s*|\b(?:clause|cl\.|control|annex|iso(?:/iec)?\s*\d{4,5}(?::\d{4})?)\s*)"
    r"(?:(?:iso(?:/iec)?\s*\d{4,5}(?::\d{4})?|clause|cl\.|control|annex)\s*)*"
    r"(?P<num>(?:A\s?\.?\s?)?\d{1,2}(?:\.\d{1,2}){1,3})\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# A heading keyed by a SOC 2 Trust Services criterion: "CC6.1 — Logical Access", "C1.2 Disposal of Confidential
# Information", "CC8 - Change Management". Case as the criteria write them; the key ends at a space or a dash.
CRITERION_HEADING = re.compile(r"^\s*(?P<num>" + cat.CRITERION_KEY.pattern + r")(?=[\s:\-–—.)]|$)\.?\s*[:\-–—]?\s*"
                               r"(?P<rest>.*)$", re.DOTALL)
CRITERIA_HEADINGS_MIN = 2  # headings keyed by criteria that make a document one to read against the SOC 2 criteria
# the citation names a control of the annex: "(Control 5.9)", "(Controls 8.16-8.17)", "- Annex A 8.2"
ANNEX_CITATION = re.compile(r"\b(?:controls?|annex)\b", re.IGNORECASE)
STANDARD_MENTION = re.compile(r"\bISO(?:/IEC)?\s*[- ]?\s*(\d{4,5})", re.IGNORECASE)
# another framework that numbers its own requirements: a document about it keeps its numbers ("Phishing — 5.4.1"
# is PCI DSS requirement 5.4.1, not ISO 45001 clause 5.4)
OTHER_FRAMEWORK = re.compile(
    r"\b(?:PCI[- ]?DSS|NIST|HIPAA|HITRUST|SOC\s?[12]|CMMC|FedRAMP|COBIT|CIS\s+Controls?|21\s?CFR|"
    r"IEC\s?(?:62304|62443|60601)|ISO\s?14971)\b", re.IGNORECASE)
# a management system named without its standard's number, where the name is the standard's own ("our AI
# management system"): ISO/IEC 42001 is the only shipped standard for AI, so its name says which
SYSTEM_MENTION: dict[str, re.Pattern] = {
    "iso42001": re.compile(r"(?i:\b(?:AI|artificial intelligence)\s+management\s+system)")}
# the same system named by its acronym alone ("the AIMS"), which names it only in a document that also speaks of AI:
# an asbestos survey's "AIMS" is a laboratory's proficiency scheme, not an AI management system. Each pattern with
# the text its every match holds, tested first (in the text as written or lower-cased).
SYSTEM_ACRONYM: dict[str, tuple[tuple[str, re.Pattern], tuple[tuple[str, ...], re.Pattern]]] = {
    "iso42001": (("AIMS", re.compile(r"\bAIMS\b")),
                 (("AI", "artificial"), re.compile(r"\bAI\b|(?i:\bartificial intelligence\b)")))}
# What an ASCII text must hold, lower-cased, for a pattern to find anything in it: one of these words (each match of
# STANDARD_MENTION holds "iso"; of SYSTEM_MENTION's, "management"). Tested first, in C; a text with other
# characters is searched as it is (IGNORECASE matches "ı" for "i", "ſ" for "s", which lower() leaves)
STANDARD_CUE = "iso"
SYSTEM_CUES: dict[str, tuple[str, ...]] = {"iso42001": ("management",)}
FRAMEWORK_SCAN_CHARS = 200_000  # how much of a document is read for the frameworks it names
# a citation that names the standard or its clause outright: "(ISO 9001 7.5)", "Clause 8.4", "Annex A 8.2"
NAMED_CITATION = re.compile(r"\b(?:iso(?:/iec)?\s*\d{4,5}|clause|cl\.|annex)", re.IGNORECASE)


# A sentence that cites or restates a law or regulation ("as required by Regulation E", "under 12 CFR 1005.11",
# "§ 1020.320", "the Truth in Savings Act requires ...", "the regulation requires"): the time limits, amounts, notices
# and duties it names are the regulation's, written down, not limits the organisation set for its own work, as a
# sentence restating the ISO standard names none of its own. Case matters: a law's name is capitalised.
REGULATION_CITE = re.compile(
    r"\b(?:Regulation|Reg\.?)\s+[A-Z]{1,2}\b"
    r"|\b\d+\s*(?:CFR|C\.F\.R\.?|U\.S\.C\.?|USC)\b"
    r"|§\s*\d{3,}"  # a section of a code ("§ 1020.320", "§164.308"), not a document's own "§10.2" or "ISO 9001 §9.3"
    r"|\b(?:[Tt]he|[Tt]his|[Uu]nder|by|of|with)\s+(?:[A-Z][\w'&.-]*\s+(?:(?:of|in|and|for|on|to)\s+)?){0,6}"
    r"Act\b"
    r"|\b(?:[Tt]he|[Uu]nder|by|of|with)\s+(?:[A-Z][\w'&.-]*\s+(?:(?:of|in|and|for|on|to)\s+)?){1,6}Directive\b"
    # a rule named by two words or more ("the Red Flags Rule", "the HIPAA Security Rule"); "the Decision Rule" of
    # a lab's statement of conformity is its own
    r"|\b(?:[Tt]he|[Uu]nder|by|of|with)\s+(?:[A-Z][\w'&.-]*\s+){2,6}Rule\b"
    r"|\b(?:[Tt]he|[Tt]hese|[Tt]his)\s+(?:regulations?|rule|statute)\s+(?:requires?|mandates?|prescribes?|stipulates?)\b"
    r"|\b(?:required|mandated|prescribed)\s+by\s+(?:law|regulation|statute)\b"
)
# Text every REGULATION_CITE match holds one of, case as in the pattern (each alternative's own word: "Reg" of
# "Regulation"/"Reg.", the code's abbreviation, "§", "Act", "Directive", "Rule", "regulation", "rule", "statute", "law")
REGULATION_CUES = ("Reg", "CFR", "C.F.R", "U.S.C", "USC", "§", "Act", "Directive", "Rule", "regulation", "rule",
                   "statute", "law")


def cites_regulation(text: str) -> bool:
    """REGULATION_CITE.search, run only on a text holding one of REGULATION_CUES: a piece's three readings (its
    anchors, details and the ones left out) searched every piece, 0.67 s CPU each over the 500-document set's
    procedures, where a text without a cue cannot match."""
    return any(cue in text for cue in REGULATION_CUES) and REGULATION_CITE.search(text) is not None


# --- values ----------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class HeadingMatch:
    """A heading that names a clause of the standard."""

    text: str
    location: Location
    clause: str  # the matched clause number, e.g. "8.4"
    title: str  # the catalogue title of that clause
    how: str  # "number+title", "number", "title" (exact title/alias), "fuzzy" or "cited" ("... (A 5.19)")
    score: float  # title similarity 0-100 (100 for exact)
    weight: float  # how much the match counts towards the mirroring score (0.5 for one-word titles)
    index: int  # position among the document's headings (0-based)
    edition: str | None = None  # a superseded edition's year when the clause is one of its ("2013")
    # for a "number+title" match: whether the heading's words name the same clause without the number (a title or
    # fuzzy match of their own). "7.5 Audit Finding Documentation" agrees with 7.5 'Documented information' only
    # through its number; "9.2 Internal audit" would name 9.2 anyway
    title_alone: bool = True


@dataclass(frozen=True, kw_only=True)
class OrderRun:
    """The longest run of clause headings whose numbers increase in the standard's order."""

    clauses: tuple[str, ...]
    headings: tuple[HeadingMatch, ...]
    length: int
    of_headings: int  # all headings of the document

    @property
    def share(self) -> float:
        return self.length / self.of_headings if self.of_headings else 0.0


@dataclass(frozen=True, kw_only=True)
class SentenceHit:
    """A sentence that reads as standard-speak or makes the organization the actor."""

    text: str
    location: Location
    score: float  # P(standard-speak), 0..1 (model and lexicon combined)
    phrases: tuple[str, ...]  # the standard-speak phrases found
    actor: str | None = None  # "the organization shall", when the organization is the actor


@dataclass(frozen=True, kw_only=True)
class MirroringAnalysis:
    path: str
    standard: str | None  # detected, or forced by the caller
    standard_forced: bool
    mirroring: float  # 0-100
    specificity: float  # 0-100
    verdict: Verdict | None  # None when there is no text, or too little evidence in a very short one
    headings: int  # headings in the document
    clause_headings: tuple[HeadingMatch, ...]
    order_run: OrderRun
    sentences: int  # sentences scored (cross-reference tables and lines excluded)
    standard_speak: tuple[SentenceHit, ...]
    org_actor: tuple[SentenceHit, ...]
    obligations: int  # sentences with shall/must/should/will
    anchors: Mapping[str, int]  # anchor type -> count
    anchor_examples: Mapping[str, tuple[str, ...]]  # anchor type -> a few distinct examples
    words: int
    cross_references: int  # tables/lines recognised as clause cross-references (not scored)
    clause_citations: int  # clause numbers cited in the body text ("as required by clause 7.5")
    model_used: bool  # whether the trained sentence model scored the sentences
    components: Mapping[str, float] = field(default_factory=dict)  # the parts of the two scores
    verdict_note: str | None = None  # why there is no verdict, when there is none
    standard_phrases: int = 0  # standard phrases found in the scored sentences, flagged or not
    topic_terms: int = 0  # the standard's topic terms found in the scored sentences
    bare_sentences: int = 0  # scored sentences that name no operational anchor at all
    system_words: int = 0  # words of the management-system register in the scored sentences (lexicon.py)
    abstract_nouns: int = 0  # words of the scored text ending like an abstract noun ("implementation", "conformity")
    catalogue_words: float = 0.0  # share of the text's indexable words the clause catalogue uses (catalogue_share)
    # the calibrated model's P(verdict) and its probability per class (nlp/verdict.py); None without a verdict
    verdict_probability: float | None = None
    verdict_probabilities: Mapping[str, float] = field(default_factory=dict)
    uncertain: bool = False  # the verdict's probability is below the model's threshold: a guess, said as such
    # a few anchors not counted as the organisation's own (generic roles, template cadences, placeholders):
    # shown beside CM05, so "names no anchor" can be checked against the roles the reader does see
    template_anchors: tuple[str, ...] = ()
    # a few anchors not counted because their sentence cites or restates a regulation ("within ten business days"
    # in "Regulation DD requires ..."): the regulation's limits, shown beside CM05 as the template's are
    restated_anchors: tuple[str, ...] = ()
    # anchors in lines written as a controller's program ("If Tmp < 16.0 Then OFF"): counted in `anchors` (the
    # verdict model was fitted so), said apart in the details CM05 shows, and never one of `anchor_examples` (code_rule)
    code_anchors: Mapping[str, int] = field(default_factory=dict)
    code_lines: int = 0  # such lines holding an anchor
    code_examples: tuple[str, ...] = ()  # the first few of them
    # details CM05 counts beside `anchors` and the verdict does not (own_details: "the Secretary", "the machine
    # room", "Fluke 45"): anchor type -> count, and a few examples of each
    detail_anchors: Mapping[str, int] = field(default_factory=dict)
    detail_examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # the clause headings the verdict's features read (mirroring_headings: what CM01 counts, without the document's
    # own section numbers taken for clause numbers, its stock sections and repeated labels) and their increasing
    # clause run; None: all of `clause_headings` and `order_run`
    verdict_headings: tuple[HeadingMatch, ...] | None = None
    verdict_run: int | None = None
    # headings inside the section of a clause heading keyed by its number ("### 3.1 Supplier Types" under "## 3.
    # Supplier Relationships (A 5.19)"): part of the outline that clause holds (nested_under_clauses)
    verdict_nested: int = 0
    # how many different roles, forms, time limits and decisions `anchors` counts (detail_key): what the verdict's
    # procedural density reads; None (an analysis made without it): the mentions stand in
    procedural_details: int | None = None
    # the obligations (of `obligations`) in sentences naming an anchor or a decision: what the verdict's obligation
    # share reads; None (an analysis made without it): all of `obligations` stand in
    named_obligations: int | None = None

    @property
    def anchors_per_1000_words(self) -> float:
        return round(1000.0 * sum(self.anchors.values()) / self.words, 1) if self.words else 0.0

    @property
    def anchor_types(self) -> int:
        return sum(1 for n in self.anchors.values() if n)

    @property
    def heading_share(self) -> float:
        return len(self.clause_headings) / self.headings if self.headings else 0.0

    @property
    def speak_share(self) -> float:
        return len(self.standard_speak) / self.sentences if self.sentences else 0.0

    @property
    def features(self) -> dict[str, float]:
        """The calibrated verdict model's inputs (nlp/verdict.py)."""
        headings = self.clause_headings if self.verdict_headings is None else self.verdict_headings
        run = self.order_run.length if self.verdict_run is None else self.verdict_run
        return _features(self.headings, headings, run, self.sentences,
                         len(self.standard_speak), len(self.org_actor), self.standard_phrases, self.topic_terms,
                         self.bare_sentences, self.system_words, self.clause_citations, self.anchors, self.words,
                         self.obligations if self.named_obligations is None else self.named_obligations,
                         self.abstract_nouns, self.catalogue_words, self.verdict_nested,
                         self.procedural_details)


# --- public entry points -----------------------------------------------------------------------

def analyze(doc: Document, standard: str | None = None, *, use_model: bool = True,
            named: Iterable[str] | None = None) -> MirroringAnalysis | None:
    """One document; None when it failed to parse (status error or skipped)."""
    return analyze_many([doc], standard=standard, use_model=use_model, named=named).get(doc.path)


def analyze_many(docs: list[Document], standard: str | None = None, *, use_model: bool = True,
                 parsed: dict[str, dict[str, object]] | None = None,
                 named: Iterable[str] | None = None) -> dict[str, MirroringAnalysis]:
    """Analyse procedures in one batched spaCy pass; keyed by document path.

    `standard` forces the catalogue headings are matched against ("iso9001", "ISO 45001"...);
    otherwise each document's standard is detected from the clauses it matches and the
    standards it names. `named`: the standards the run the documents belong to names
    (`standards_named` over all its files); when it holds any, a document is read against one of
    them or one it names itself, never a catalogue nothing in the run names (an aviation manual
    naming ISO 9001 and ISO 45001 is not read against ISO 14001 because one page's headings fit
    it). None or empty: detected from the document alone, as a single file is. Documents that
    failed to parse are left out. `parsed`, when given, receives each document's spaCy Docs by
    path and text, for its claims to read (claims.py).
    """
    forced = _normalise(standard)
    run_named = frozenset(k for k in (_normalise(n) for n in named or ()) if k)
    prepared = [_prepare(d) for d in docs if d.ok]
    texts: list[str] = []
    owners: list[tuple[int, int]] = []  # (document index, piece index)
    for i, prep in enumerate(prepared):
        for j, piece in enumerate(prep.pieces):
            texts.append(piece.text)
            owners.append((i, j))
    nlp = get_nlp()
    bodies = [_acronym_bodies(prep.pieces) for prep in prepared]
    sentences: list[list[_Sentence]] = [[] for _ in prepared]
    anchor_counts = [dict.fromkeys(ANCHOR_TYPES, 0) for _ in prepared]
    anchor_examples: list[dict[str, list[str]]] = [{t: [] for t in ANCHOR_TYPES} for _ in prepared]
    procedural: list[set[tuple[str, str]]] = [set() for _ in prepared]  # each role, form, limit, decision once
    citations = [0 for _ in prepared]
    terms: list[list[str]] = [[] for _ in prepared]  # the text's indexable words, as `gapscan map` reads them
    template: list[list[str]] = [[] for _ in prepared]
    restated: list[list[str]] = [[] for _ in prepared]  # anchors not counted: their sentence restates a regulation
    code_counts = [dict.fromkeys(ANCHOR_TYPES, 0) for _ in prepared]
    code_lines: list[dict[tuple[int, int], str]] = [{} for _ in prepared]  # (piece, sentence) -> its text
    details: list[dict[str, list[str]]] = [{} for _ in prepared]  # type -> every detail's text (own_details)
    # the sentence model reads the tokens spaCy has already made, one small Doc per distinct sentence whose
    # score can matter (_Sentence.judged; procedures repeat boilerplate, and a repeat gets the same score)
    model_docs: dict[str, object] | None = {} if use_model and _sentence_model() is not None else None
    # the cue component is run here, on each Doc with the text it was made from (CueMatcher's `text`)
    cues = nlp.get_pipe("gapscan_cues")
    for (i, j), sdoc in zip(owners, nlp.pipe(texts, batch_size=128, disable=["gapscan_cues"])):
        piece = prepared[i].pieces[j]
        cues(sdoc, text=piece.text)
        if parsed is not None:
            parsed.setdefault(prepared[i].doc.path, {})[piece.text] = sdoc
        terms[i].extend(_index_terms(sdoc))
        own = own_anchors(sdoc, piece.text, restates=piece.restates)
        if bodies[i] and not piece.restates:
            own = _named_by_acronym(sdoc, own, bodies[i])
        coded = _code_sentences(own, piece.text)
        for span in own_details(sdoc, piece.text, own, restates=piece.restates):
            details[i].setdefault(span.label_, []).append(span.text)
        for span in own:
            anchor_counts[i][span.label_] += 1
            if span.label_ in PROCEDURAL:
                procedural[i].add((span.label_, detail_key(span.text)))
            if coded and span.sent.start in coded:
                code_counts[i][span.label_] += 1
                code_lines[i][(j, span.sent.start)] = coded[span.sent.start]
                continue
            examples = anchor_examples[i][span.label_]
            if len(examples) < 5 and span.text not in examples:
                examples.append(span.text)
        if (len(template[i]) < 5 or len(restated[i]) < 5) and len(own) < len(sdoc.spans["anchors"]):
            counted = {(s.start, s.end) for s in own}
            # the regulation's: anchors a template would not explain, left out only for their sentence's citation
            cited = _restating(sdoc, piece.text, piece.restates)
            by_law = [s for s in _not_template(sdoc, piece.text) if cited(s)] if cited else []
            counted |= {(s.start, s.end) for s in by_law}
            # a decision word ("at least", "approve") left uncounted beside a generic role says nothing
            left = [s.text for s in sdoc.spans["anchors"] if (s.start, s.end) not in counted and s.label_ != "decision"]
            template[i] = list(dict.fromkeys(template[i] + left))[:5]
            restated[i] = list(dict.fromkeys(restated[i] + [s.text for s in by_law if s.label_ != "decision"]))[:5]
        if piece.score_sentences:
            sentences[i].extend(_sentences(sdoc, piece.location, piece.text, model_docs, own))
            citations[i] += len(sdoc.spans["clause_ref"])
    model_scores = _model_scores([s.text for group in sentences for s in group], model_docs)
    out: dict[str, MirroringAnalysis] = {}
    k = 0
    for i, prep in enumerate(prepared):
        group = sentences[i]
        scores = None
        if model_scores is not None:
            scores = model_scores[k:k + len(group)]
            k += len(group)
        analysis = _analyse(prep, forced, group, scores, anchor_counts[i], anchor_examples[i],
                            citations[i] + prep.reference_citations, template[i], terms[i], run_named, len(procedural[i]))
        if details[i]:
            # each detail once: "the Secretary" named five times is one office (the anchors count mentions, and a
            # page repeating one plain-word role would pass CM05 on that word alone)
            analysis = replace(analysis, detail_anchors={t: len({_one_detail(t, x) for x in v}) for t, v in details[i].items()},
                               detail_examples={t: tuple(dict.fromkeys(v))[:5] for t, v in details[i].items()})
        if restated[i]:
            analysis = replace(analysis, restated_anchors=tuple(restated[i]))
        if code_lines[i]:
            analysis = replace(analysis, code_anchors={t: n for t, n in code_counts[i].items() if n},
                               code_lines=len(code_lines[i]),
                               code_examples=tuple(dict.fromkeys(code_lines[i].values()))[:3])
        out[prep.doc.path] = analysis
    return out


# A team or body the document names and gives an acronym: "the Health Protection Team (HPT)", "Change Advisory Board
# (CAB)" (the acronym the initials of the name's last words; a board only one named by what it does, BOARD_FUNCTIONS)
_BODY_DEFINED = re.compile(r"((?:[A-Z][\w&-]* ){0,5}([A-Z][a-z]+))\s+\(([A-Z]{2,6})\)")
_BODY_HEADS = frozenset(TEAM_HEADS) | {"board"}


def _acronym_bodies(pieces) -> frozenset[str]:
    """The acronyms a document defines for a team or body of its own (_BODY_DEFINED; not a generic one,
    GENERIC_ROLES: "Incident Response Team (IRT)" is every pack's). Its later mentions ("the HPT meets weekly") name
    that team as its full name does: _named_by_acronym."""
    out = set()
    for piece in pieces:
        if "(" not in piece.text:
            continue
        for m in _BODY_DEFINED.finditer(piece.text):
            words, head, acronym = m.group(1).split(), m.group(2).lower(), m.group(3)
            if head not in _BODY_HEADS or acronym in STANDARD_ACRONYMS:
                continue
            if head == "board" and (len(words) < 2 or words[-2].lower() not in BOARD_FUNCTIONS):
                continue
            k = next((k for k in range(2, len(words) + 1)
                      if "".join(w[0] for w in words[-k:]).upper() == acronym), None)
            if k is None or " ".join(words[-k:]).lower() in GENERIC_ROLES:
                continue
            out.add(acronym)
    return frozenset(out)


def _named_by_acronym(sdoc, own: list, acronyms: frozenset[str]) -> list:
    """`own` with a team anchor for each mention of one of `acronyms` (_acronym_bodies) outside its definition's
    brackets and outside the anchors already there; kept as the Doc's ``spans["own_anchors"]``."""
    from spacy.tokens import Span

    taken = {t for s in own for t in range(s.start, s.end)}
    added = [Span(sdoc, t.i, t.i + 1, label="team") for t in sdoc
             if t.text in acronyms and t.i not in taken and not (t.i and sdoc[t.i - 1].text == "(")]
    if not added:
        return own
    own = sorted([*own, *added], key=lambda s: s.start)
    sdoc.spans["own_anchors"] = own
    return own


def acronym_seen(text: str, low: str | None, acronym: set[str], context: set[str], skip=()) -> None:
    """Adds to `acronym` each SYSTEM_ACRONYM key whose acronym `text` holds, and to `context` each whose context it
    holds (`low` is text lower-cased, or None for a text that is not ASCII: searched as it is). A document names the
    system by its acronym where it holds both, in any of its texts: the one test standards_named and CM01's
    `_names_its_system` share."""
    for key, ((short_cue, short), (about_cues, about)) in SYSTEM_ACRONYM.items():
        if key in skip:
            continue
        if key not in acronym and (low is None or short_cue in text) and short.search(text):
            acronym.add(key)
        if key not in context and (low is None or any(c in text or c in low for c in about_cues)) \
                and about.search(text):
            context.add(key)


def standards_named(docs: Iterable[Document], standard: str | None = None) -> frozenset[str]:
    """The catalogue's standards a run names (analyze_many's `named`): `standard` (--standard or the config's
    `standard = ...`), and each one written in any of its files ("ISO/IEC 27001:2022", "ISO 9001") in its title,
    text or table cells (the first FRAMEWORK_SCAN_CHARS of each). A working record's cells are its data, not what
    the run is written against: a record is read by its title and text only (reading 200 registers' cells cost the
    500-document set's rules stage 1.8 s)."""
    named = {_normalise(standard)} if standard else set()
    for doc in docs:
        size = 0
        cells = () if doc.kind is Kind.RECORD else (
            str(v) for b in doc.blocks if b.table is not None
            for row in chain((b.table.header,), b.table.rows) for v in row if v not in (None, ""))
        texts = chain((doc.title or "",), (b.text for b in doc.blocks), cells)  # lazily: a sheet can hold 100,000 rows
        acronym, context = set(), set()
        for text in texts:
            # most blocks and cells name nothing: searched only where they hold a pattern's cue (same names found;
            # SYSTEM_MENTION searched in every text was 0.14 s of the 500 set's 0.31)
            low = text.lower() if text.isascii() else None
            if low is None or STANDARD_CUE in low:
                named.update(_normalise(m.group(0)) for m in STANDARD_MENTION.finditer(text))
            for key, pattern in SYSTEM_MENTION.items():
                if key not in named and (low is None or key not in SYSTEM_CUES
                                         or any(cue in low for cue in SYSTEM_CUES[key])) and pattern.search(text):
                    named.add(key)
            acronym_seen(text, low, acronym, context, skip=named)
            size += len(text)
            if size > FRAMEWORK_SCAN_CHARS:
                break
        named.update(acronym & context)
    return frozenset(n for n in named if n)


# A rule written for a controller, not a person ("If Tmp < 16.0 Then OFF", "If Output Heat-1 = ON Then ON",
# "IF Level >= 80 THEN Pump := FALSE;"; "Set OFF If Tmp > 16.8 Then OFF", two statements a paragraph joined):
# if ... then, a comparison or a switch state, and no word in lower case but the program's keywords. A person's
# decision is written in sentences ("If the seal is damaged, then ...", "If the temperature > 25 °C, then stop");
# a flowchart's "If Yes Then Go To Step 5" has no comparison or state.
CODE_RULE = re.compile(r"\bif\b.+?\bthen\b", re.IGNORECASE | re.DOTALL)
_CODE_TEST = re.compile(r"[<>=]|\b(?:ON|OFF|TRUE|FALSE|HIGH|LOW|OPEN|CLOSED)\b")
_CODE_KEYWORDS = frozenset({"if", "then", "else", "elif", "and", "or", "not", "to", "end", "endif"})
_CODE_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def code_rule(sentence: str) -> bool:
    """Whether a sentence is a line of a controller's program (CODE_RULE), not a decision a person takes."""
    if not CODE_RULE.search(sentence) or not _CODE_TEST.search(sentence):
        return False
    return all(w[0].isupper() or w.lower() in _CODE_KEYWORDS for w in _CODE_WORD.findall(sentence))


def _code_sentences(own: list, text: str) -> dict[int, str]:
    """The sentences of one piece (by their first token) that hold an anchor and read as a controller's rule,
    with their text. Only a piece with "then" in it is looked at."""
    if not own or not ("hen" in text or "HEN" in text):
        return {}
    _n = spacy_names()
    IDX = _n.IDX

    sdoc = own[0].doc
    marked = _marked_starts(sdoc)
    idx = sdoc.to_array(IDX).tolist()
    n = len(idx)
    # each span's sentence as Span.sent makes it (the one the span starts in), its text from the first character
    # of its first token to the next sentence's: only whitespace more, which the strip takes off as it took the
    # sentence's trailing whitespace
    bounds = {_sent_start(marked, span.start): _sent_end(marked, span.start, n) for span in own}
    out: dict[int, str] = {}
    for start, end in bounds.items():
        line = text[idx[start]:idx[end] if end < n else len(text)].strip()
        if code_rule(line):
            out[start] = line
    return out


def _marked_starts(sdoc) -> list[int]:
    """The tokens marked as a sentence's start (SENT_START 1), in order: where Span.sent and Doc.sents cut, read
    in one array instead of a Span per question."""
    _n = spacy_names()
    SENT_START = _n.SENT_START

    return (sdoc.to_array(SENT_START) == 1).nonzero()[0].tolist() if len(sdoc) else []


def _sent_start(marked: list[int], start: int) -> int:
    """Span.sent's start for a span starting at `start`: the last marked token at or before it, else 0."""
    k = bisect_right(marked, start) - 1
    return marked[k] if k >= 0 else 0


def _sent_end(marked: list[int], start: int, n: int) -> int:
    """Span.sent's end for a span starting at `start` (the sentence it starts in): the first marked token after
    it, else the doc's end."""
    k = bisect_right(marked, start)
    return marked[k] if k < len(marked) else n


# --- preparation: what text to look at -------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class _Piece:
    text: str
    location: Location
    score_sentences: bool  # False for table rows: anchors are counted, prose is not judged
    # an item of a list whose lead-in cites a regulation ("... comply with the requirements of Regulation DD
    # including:"): the item restates it, so none of its anchors is the organisation's own (own_anchors)
    restates: bool = False


@dataclass(frozen=True, kw_only=True)
class _Prepared:
    doc: Document
    headings: tuple[Block, ...]
    pieces: tuple[_Piece, ...]
    words: int
    cross_references: int
    title_index: int | None  # index in `headings` of the document's title (a first heading before any text)
    mentions: Mapping[str, int]  # standard -> times named ("ISO 9001")
    markers: Mapping[str, int]  # standard -> times its own vocabulary appears
    frameworks: int = 0  # times another framework is named ("PCI DSS", "NIST", "HIPAA"), tables included
    named: frozenset[str] = frozenset()  # the catalogue's standards named anywhere, tables included
    agenda: bool = False  # a management review: its numbered headings are agenda items
    # clause numbers the text's own reference lines cite ("Clause 6.1 -> Risk treatment planning must consider
    # incidents"): the lines are not scored, their citations count as the body's do
    reference_citations: int = 0


def _prepare(doc: Document) -> _Prepared:
    headings: list[Block] = []
    pieces: list[_Piece] = []
    words = 0
    cross_refs = 0
    cited = 0  # clause numbers in the reference lines left out
    in_cross_ref_section: int | None = None  # heading level of a cross-reference section
    in_cross_ref_list = False  # after "ISO 9001 references:", while lines start with clause numbers
    in_definitions: int | None = None  # heading level of a definitions section (not scored)
    in_contents = False  # under a "Contents" heading, until the next heading or the first prose
    restating = False  # in the list under a lead-in that cites a regulation (REGULATION_CITE, ending in ':')
    mention_text: list[str] = [doc.title or ""]
    for block in doc.blocks:
        if block.type is not BlockType.LIST_ITEM:
            restating = False
        if in_cross_ref_list:
            if block.type is not BlockType.TABLE and REFERENCE_LINE.match(block.text):
                cross_refs += 1
                continue
            in_cross_ref_list = False
        if block.type is BlockType.HEADING:
            level = block.level or 1
            in_contents = bool(CONTENTS_HEADING.match(block.text))
            if in_contents:
                continue
            if in_cross_ref_section is not None and level <= in_cross_ref_section:
                in_cross_ref_section = None
            if in_definitions is not None and level <= in_definitions:
                in_definitions = None
            if in_definitions is not None:
                continue  # a defined term set as a heading ("Calibration", "Traceability") names a word, not a section
            if DEFINITIONS_HEADING.match(block.text):
                in_definitions = level
            if CROSS_REFERENCE_HEADING.search(block.text):
                in_cross_ref_section = level
                cross_refs += 1
                # "Cross-reference to ISO 45001:2018" names the standard the document answers to
                mention_text.append(block.text)
                continue
            if in_cross_ref_section is None and not SIGNOFF_HEADING.match(block.text):
                headings.append(block)
            mention_text.append(block.text)
            continue
        if in_definitions is not None:
            continue
        if in_contents:
            # its entries are list items and short lines; the first line of prose is the text again
            if block.type is BlockType.TABLE or block.type is BlockType.PARAGRAPH and len(block.text.split()) > 12:
                in_contents = False
            else:
                continue
        if block.type is BlockType.TABLE and block.table is not None:
            if in_cross_ref_section is not None or _is_cross_reference_table(block.table):
                cross_refs += 1
                continue
            if _is_document_control_table(block.table):
                continue
            for r, row in enumerate(block.table.rows):
                cells = [str(v) for v in row if v not in (None, "")]
                if not cells:
                    continue
                text = " | ".join(cells)[:MAX_PIECE_CHARS]
                words += len(text.split())
                pieces.append(_Piece(text=text, location=block.table.cell_location(r, 0), score_sentences=False))
            continue
        text = block.text.strip()[:MAX_PIECE_CHARS]
        if not text:
            continue
        mention_text.append(text)
        if CROSS_REFERENCE_INTRO.search(text) and len(text.split()) <= 12:
            in_cross_ref_list = True
            continue
        if in_cross_ref_section is not None or (REFERENCE_LINE.match(text) and len(text.split()) <= 16
                                                 and not _numbered_sentence(text)):
            if in_cross_ref_section is None:
                cross_refs += 1
                cited += len(CITED_NUMBER.findall(text)) if NAMED_REFERENCE.match(text) else 0
            continue
        words += len(text.split())
        pieces.append(_Piece(text=text, location=block.location, score_sentences=True,
                             restates=restating and block.type is BlockType.LIST_ITEM))
        if text.endswith(":") and cites_regulation(text):
            restating = True
    joined = "\n".join(mention_text)
    mentions: dict[str, int] = {}
    for m in STANDARD_MENTION.finditer(joined):
        key = _normalise(m.group(1))
        if key:
            mentions[key] = mentions.get(key, 0) + 1
    frameworks, named = _framework_mentions(doc, mentions)
    keyed = sum(1 for h in headings if (m := CRITERION_HEADING.match(h.text)) and not _plain_outline_key(m.group("num")))
    if keyed >= CRITERIA_HEADINGS_MIN:  # its headings carry the criteria's keys: it names them by its structure
        named = named | {"soc2"}
    first_text = next((i for i, b in enumerate(doc.blocks) if b.type is not BlockType.HEADING), len(doc.blocks))
    title_index = 0 if headings and doc.blocks and doc.blocks[0] is headings[0] and first_text > 0 else None
    return _Prepared(doc=doc, headings=tuple(headings), pieces=tuple(pieces), words=words, title_index=title_index,
                     cross_references=cross_refs, mentions=mentions, markers=_markers(joined),
                     frameworks=frameworks, named=named,
                     agenda=doc.kind is Kind.REVIEW, reference_citations=cited)


_SENTENCE_VERBS = frozenset({"shall", "must", "should", "will", "is", "are", "can", "may", "be", "has", "have"})


def _numbered_sentence(text: str) -> bool:
    """Whether a line that opens on a number is a numbered sentence of the document's own, not a reference: "3.1.1 No
    access point is installed without approval from PTM.", "Clause 6.1 -> Risk treatment planning must consider
    incidents." A verb and a full stop make it a sentence; "8.4 Control of externally provided processes" is a
    clause's title."""
    m = REFERENCE_LINE.match(text)
    rest = text[m.end():].strip() if m else text
    return rest.endswith(".") and any(w in _SENTENCE_VERBS for w in _WORD.findall(rest.lower()))


def _framework_mentions(doc: Document, mentions: Mapping[str, int]) -> tuple[int, frozenset[str]]:
    """(times another framework is named, the catalogue's standards named) in the whole document, its tables
    and document control block included: "Program | PCI DSS v4.0.1 Compliance Program" says what it is about."""
    texts, size = [doc.title or ""], 0
    for block in doc.blocks:
        cells = chain((block.text,), () if block.table is None else (  # lazily: a sheet can hold 100,000 rows
            str(v) for row in chain((block.table.header,), block.table.rows) for v in row if v not in (None, "")))
        for text in cells:
            texts.append(text)
            size += len(text)
            if size > FRAMEWORK_SCAN_CHARS:  # a register of 100,000 rows names its framework near the top if at all
                break
        if size > FRAMEWORK_SCAN_CHARS:
            break
    joined = "\n".join(texts)
    named = {key for m in STANDARD_MENTION.finditer(joined) if (key := _normalise(m.group(1)))}
    return len(OTHER_FRAMEWORK.findall(joined)), frozenset(named | {k for k, n in mentions.items() if n})


def _markers(text: str) -> dict[str, int]:
    """How often each standard's own vocabulary appears ("food safety", "OH&S", "information security")."""
    low = text.lower()
    return {key: sum(low.count(p) for p in phrases) for key, phrases in STANDARD_MARKERS.items()}


def _is_cross_reference_table(table: Table) -> bool:
    """A table mapping the procedure to clause numbers: a clause column or a clause header."""
    header = " ".join(h.lower() for h in table.header)
    if re.search(r"\bclause\b|\biso\b|\bcontrol\s*(?:no|number|#|id)\b|annex", header):
        return True
    for c in range(len(table.header)):
        values = [str(v) for v in table.column(c) if v not in (None, "")]
        if len(values) >= 2:
            hits = sum(1 for v in values if CLAUSE_CELL.match(v) and not NOT_A_CLAUSE.search(v))
            dotted = sum(1 for v in values if DOTTED.search(v))
            if hits / len(values) >= 0.6 and dotted * 2 >= len(values):
                return True
    return False


def _is_document_control_table(table: Table) -> bool:
    """The document's revision history, its sign-off block or its metadata block (see REVISION_CELL,
    SIGNOFF_COLUMN, METADATA_LABEL)."""
    names = list(table.header)
    if table.rows and sum(1 for h in names if GENERATED_NAME.match(h)) * 2 > len(names):
        names = [str(v) for v in table.rows[0] if v is not None]  # a header not found keeps its names in row 1
    versions = {i for i, h in enumerate(names) if REVISION_CELL.match(h)}
    dates = {i for i, h in enumerate(names) if REVISION_DATE.search(h)} - versions
    if versions and dates and not any(DOCUMENT_LIST.search(h) for h in names):
        return True
    header = [h for h in names if h]
    if (header and all(SIGNOFF_COLUMN.match(h) for h in header) and any(SIGNOFF_NAME.match(h) for h in header)
            and any(SIGNOFF_MARK.match(h) for h in header)):
        return True
    labels = [str(r[0]) for r in table.rows if r and r[0] not in (None, "")]
    if table.header and table.header[0]:
        labels.append(table.header[0])
    return len(labels) >= 2 and sum(1 for v in labels if METADATA_LABEL.match(v)) * 2 > len(labels)


# --- sentences ----------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class _Sentence:
    text: str
    location: Location
    strong: tuple[str, ...]
    topic: tuple[str, ...]
    actor: str | None
    anchors: int
    decisions: int
    obligation: bool
    training: bool  # "operators shall be trained...": about people's training, never standard-speak or org actor

    @property
    def lexicon(self) -> float:
        return lexicon_score(len(self.strong), len(self.topic), self.actor is not None, self.anchors, self.decisions)

    @property
    def judged(self) -> bool:
        """Whether the sentence can be reported: as standard-speak (it needs a standard phrase and the lexicon's
        floor, see _analyse) or as one making the organization the actor. Only then is its model score read,
        so only then is it scored."""
        return not self.training and (self.actor is not None or (bool(self.strong) and self.lexicon >= LEXICON_FLOOR))


MODAL_WORDS = {"shall", "must", "should", "will"}
_WORD = re.compile(r"[a-z][a-z'-]+")
# The nominal register of policy text ("implementation", "management", "conformity", "effectiveness"): a
# procedure written around the work says what people do with verbs and concrete nouns.
ABSTRACT_NOUN = re.compile(r"^[a-z'-]{2,}(?:tions?|sions?|ments?|ness|ity|ities|ances?|ences?)$")


def _abstract_nouns(pieces) -> int:
    """How many words of the pieces' text are ABSTRACT_NOUN: each distinct word tested once (counted in C), not
    each of its mentions (a procedure repeats its words: the test per word was 0.18 s CPU of the 500 set)."""
    counts = Counter(chain.from_iterable(_WORD.findall(p.text.lower()) for p in pieces))
    return sum(n for w, n in counts.items() if ABSTRACT_NOUN.search(w))


def _sentences(sdoc, location: Location, text: str | None = None,
               model_docs: dict[str, object] | None = None, own: list | None = None) -> list[_Sentence]:
    """The sentences of one piece; `text` is the piece's text (what the tokenizer was given, so
    exactly ``sdoc.text``): sentence and phrase texts are sliced from it by character offsets,
    which is what Span.text joins back together token by token. With `model_docs`, each new
    judged sentence text is added to it as a Doc of its own tokens, for the sentence model. `own`:
    own_anchors(sdoc), when the caller has it (reading the span group again makes a new Span per span)."""
    _n = spacy_names()
    IDX, IS_PUNCT, IS_SPACE, LOWER, SENT_START = _n.IDX, _n.IS_PUNCT, _n.IS_SPACE, _n.LOWER, _n.SENT_START

    if not len(sdoc):
        return []
    if text is None:
        text = sdoc.text
    # per token: sentence start, punctuation, space, lower-case hash, first character; one array read, as lists
    # (most pieces are a few dozen tokens: a list loop costs less there than numpy's calls)
    marks, punct, is_space, lowers, chars = sdoc.to_array([SENT_START, IS_PUNCT, IS_SPACE, LOWER, IDX]).T.tolist()
    n = len(sdoc)
    # the sentences as Doc.sents makes them (a new one at each token marked as a start), as token bounds: no
    # Token object per token to ask, and a Span only for a sentence the sentence model reads
    cuts = [0, *(i for i in range(1, n) if marks[i] == 1), n]
    bounds = list(zip(cuts, cuts[1:]))
    # a sentence's text from its first token's first character to the next sentence's: Span.text ends at its
    # last token's last character, and what lies between is that token's trailing whitespace, which the strip
    # below takes off either way
    chars.append(len(text))
    # Each span goes to the sentence it lies wholly inside (one bisect per span, not every span
    # tested against every sentence); a group keeps its order within a sentence.
    starts = cuts[:-1]

    def by_sentence(spans) -> list[list]:
        out: list[list] = [[] for _ in bounds]
        for span in spans:
            k = bisect_right(starts, span.start) - 1
            if k >= 0 and span.end <= bounds[k][1]:
                out[k].append(span)
        return out

    if own is None:
        own = own_anchors(sdoc)  # makes spans["own_anchors"] when analyze_many has not
    groups = sdoc.spans
    speak, actors, anchors = by_sentence(groups["speak"]), by_sentence(groups["org_actor"]), by_sentence(own)
    controls = by_sentence(groups["control"])
    # per sentence, its counted tokens (not punctuation, not space) and its counted modal words ("shall",
    # "must"): running totals over the doc, read once, not three small arrays per sentence
    modal = _modal_hashes(sdoc.vocab.strings)
    counted = [not p and not sp for p, sp in zip(punct, is_space)]
    kept = [0, *accumulate(counted)]
    modals = [0, *accumulate(c and lower in modal for c, lower in zip(counted, lowers))]
    copied = None  # the doc's attributes, read once for the sentence model's Docs
    out = []
    for k, (a, b) in enumerate(bounds):
        if kept[b] - kept[a] < 4:
            continue
        obligation = modals[b] > modals[a]
        actor = None
        for span in actors[k]:
            if span.label_ == "actor" or obligation:
                actor = text[span.start_char:span.end_char]
                break
        sp, an = speak[k], anchors[k]
        decisions = sum(1 for x in an if x.label_ == "decision")
        # Control-catalogue wording is standard-speak only where the sentence names nothing of the organisation's
        # own: "access should be restricted" restates a control, "... restricted to the IT Manager in Okta" runs one.
        if not an:
            sp = sorted((*sp, *controls[k]), key=lambda span: span.start)
        sentence_text = text[chars[a]:chars[b]].strip()
        if sp and _certificate(sentence_text):
            sp = []  # the management system as a certificate held, not the standard retold
        sentence = _Sentence(
            text=sentence_text, location=location, training=_training(sentence_text),
            strong=tuple(text[s.start_char:s.end_char] for s in sp if s.label_ in ("phrase", "modal", "control")),
            topic=tuple(text[s.start_char:s.end_char] for s in sp if s.label_ == "topic"),
            actor=actor, anchors=len(an) - decisions, decisions=decisions, obligation=obligation,
        )
        if model_docs is not None and sentence_text not in model_docs and sentence.judged:
            if copied is None and hasattr(sdoc, "_get_array_attrs"):  # spaCy's own helper, private: else as_doc
                head = sdoc._get_array_attrs()  # what Span.as_doc copies
                copied = (head, sdoc.to_array(head))
            model_docs[sentence_text] = _model_doc(sdoc[a:b], is_space, copied)
        out.append(sentence)
    return out


def _certificate(sentence: str) -> bool:
    """Whether `sentence` names a certificate to a standard: a certification word and a standard's number in it
    (CERTIFICATION_WORD, STANDARD_NUMBER). Searched only where the cheap test finds "certif" or "accredit"."""
    low = sentence.lower()
    if "certif" not in low and "accredit" not in low:
        return False
    return CERTIFICATION_WORD.search(sentence) is not None and STANDARD_NUMBER.search(sentence) is not None


def _training(sentence: str) -> bool:
    """TRAINING_STATEMENT.search, run only on a sentence holding one of the words it needs (its search costs
    more than the test, and one sentence in a hundred has one). Its IGNORECASE also matches a few non-ASCII
    letters to ASCII ones ("K" for "k"): a text with non-ASCII characters is always searched."""
    if sentence.isascii():
        low = sentence.lower()
        if not any(w in low for w in _TRAINING_WORDS):
            return False
    return TRAINING_STATEMENT.search(sentence) is not None


# every TRAINING_STATEMENT match holds one: trained, instructed or instruction, inducted or induction, briefed or
# briefing, made aware, training
_TRAINING_WORDS = ("train", "instruct", "induct", "brief", "aware")


# A blank left for the reader to fill in: "[Company Name]", "[TODO: e.g., 90 days]", "<insert system>",
# "{{ organisation.name }}". Not a markdown link's text (the parsers keep only the text of a link).
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,160}\](?!\()|<[A-Za-z_][^<>\n]{0,160}>|\{\{[^{}\n]{1,160}\}\}")
# a bracket holding only a document's code is a reference to that document ("[QP-07]", "[RES-PROC-001]")
_BRACKETED_CODE = re.compile(r"^\[[A-Z]{1,6}(?:-[A-Z0-9]{1,6})*-?\d[\w.\-]*\]$")


def own_anchors(sdoc, text: str | None = None, *, restates: bool = False) -> list:
    """The anchors of one piece that belong to the organisation, not to a template; kept on the Doc as
    ``spans["own_anchors"]``. An anchor inside a placeholder ("[Security Officer]", "[Duration, e.g., 30
    days]") is the template's blank, never an anchor. A generic one (lexicon.GENERIC_ROLES, STANDARD_RECORDS,
    TEMPLATE_CADENCES: "the Information Security Manager", "the Risk Register", "annually") counts only in
    a sentence that also names a specific anchor other than a decision word: a role named beside the
    organisation's own team, system, number or time limit is how that organisation runs it. `text`: what the
    tokenizer was given (so exactly ``sdoc.text``, which joins every token again), when the caller has it.

    A sentence that cites or restates a regulation (REGULATION_CITE: "as required by Regulation E", "under 12 CFR
    1005") has no own anchors: its "ten business days" and "the Bank will provide the disclosure" are the
    regulation's. `restates`: the whole piece restates one (an item of a list whose lead-in cites it)."""
    if "own_anchors" in sdoc.spans:
        return list(sdoc.spans["own_anchors"])
    if text is None:
        text = sdoc.text
    spans = _not_template(sdoc, text)
    if spans:
        restated = _restating(sdoc, text, restates)
        if restated is not None:  # whole sentences go: what is left of the others is as before
            spans = [s for s in spans if not restated(s)]
    sdoc.spans["own_anchors"] = spans
    return spans


def _not_template(sdoc, text: str) -> list:
    """The anchors of one piece that are not a template's (own_anchors before a regulation's are taken out)."""
    spans = list(sdoc.spans["anchors"])
    if spans:
        if "[" in text or "<" in text or "{{" in text:
            slots = [m.span() for m in PLACEHOLDER.finditer(text) if not _BRACKETED_CODE.match(m.group())]
            spans = [s for s in spans if not any(a < s.start_char and s.end_char < b for a, b in slots)]
            label = _blank_field_label(text, slots)
            if label:  # "Legal Form: [TODO]": the template's field, its name no form of the organisation's
                spans = [s for s in spans if s.start_char >= label]
        generic = [_generic_anchor(s, text[s.start_char:s.end_char]) for s in spans]
        if any(generic):
            marked = _marked_starts(sdoc)  # s.sent.start, without a Span for each sentence asked
            specific = {_sent_start(marked, s.start) for s, g in zip(spans, generic) if not g and s.label_ != "decision"}
            spans = [s for s, g in zip(spans, generic) if not g or _sent_start(marked, s.start) in specific]
    return spans


def _blank_field_label(text: str, slots: list[tuple[int, int]]) -> int:
    """Where the label of a field left blank ends: "Legal Form: [TODO]", "Core Switch: [[ netbox.device.name ]]",
    "Owner: {{ role }}" (a label, a colon, and only placeholders after it); 0 when the piece is not one. The label
    names a blank of the template's, not a form, system or role the organisation has."""
    m = _LABELLED.match(text) if slots else None
    if m is None:
        return 0
    value = m.start(2)
    rest = text[value:]
    for a, b in sorted(slots, reverse=True):
        if a >= value:
            rest = rest[:a - value] + rest[b - value:]
    return m.end(1) if not re.sub(r"[\s\[\](){}.,;:/-]+", "", rest) else 0


def _restating(sdoc, text: str, restates: bool = False):
    """Which spans of `sdoc` lie in a sentence that cites or restates a regulation (REGULATION_CITE): a predicate on
    spans, or None when no sentence of the piece does. `restates`: the whole piece restates one."""
    if restates:
        return lambda span: True
    if not cites_regulation(text):
        return None
    marked = _marked_starts(sdoc)
    cited = set()
    for m in REGULATION_CITE.finditer(text):
        span = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            cited.add(_sent_start(marked, span.start))
    return (lambda span: _sent_start(marked, span.start) in cited) if cited else None


_DETERMINERS = frozenset({"the", "a", "an", "our", "its", "their", "each", "every", "this", "that", "all", "any"})


def _generic_anchor(span, span_text: str) -> bool:
    """`span_text`: ``span.text``, sliced from the piece's text by the caller (Span.text joins its tokens)."""
    words = span_text.lower().split()
    if words and words[0] in _DETERMINERS:
        words = words[1:]
    name = " ".join(words)
    if span.label_ in ("role", "team"):
        # the whole name the role or team is given: the patterns take one qualifier of a team ("Review Team"),
        # but "Security Review Team" is a name only this organisation uses. Only a name written in title case
        # runs on to the left: before "audit team", "Assemble" is an instruction, not part of a name.
        doc, start = span.doc, span.start
        while start > 0 and span[-1].is_title and (doc[start - 1].is_title or doc[start - 1].is_upper) and \
                doc[start - 1].lower_ not in _DETERMINERS and doc[start - 1].is_alpha:
            start -= 1
        # "by QMS team leader", "the QMS team": the system's name and its team before the role, in any case
        k = start
        while k > 0 and (doc[k - 1].lower_ in SYSTEM_QUALIFIERS or doc[k - 1].lower_ == "team"):
            k -= 1
        while k < start and doc[k].lower_ not in SYSTEM_QUALIFIERS:  # "team managers": no system named
            k += 1
        start = k
        name = " ".join([*(t.lower_ for t in doc[start:span.start]), name])
        if "/" in name:
            return _generic_alternatives(name)
        return _generic_name(name)
    if span.label_ == "place":  # "the office", "reception": every organisation's
        return name in GENERIC_PLACES
    if span.label_ == "form":  # "Nonconformity Report (NCR)" is the standard's record, its acronym or not
        return _ACRONYM_AFTER.sub("", name) in STANDARD_RECORDS
    if span.label_ == "decision":  # "at least annually", "at least once a year": the cadence, not a limit
        if name not in ("at least", "no less than"):
            return False
        doc = span.doc
        after = " ".join(t.lower_ for t in doc[span.end:min(span.end + 4, len(doc))])
        return any(after == c or after.startswith(c + " ") for c in TEMPLATE_CADENCES)
    # "every year" is "annually": the whole span, not only the words after "every"
    if span.label_ == "duration" and name in NO_INTERVAL:
        return _obliged(span)
    return span.label_ == "duration" and (name in TEMPLATE_CADENCES or span_text.lower() in TEMPLATE_CADENCES)


# A time limit that names no interval: "must be immediately reported to the IT Security Department" is any
# organisation's incident policy. Only in a sentence that obliges (shall, must, should, will): an instruction
# ("Evacuate the building immediately", "Close the compressed air supply immediately") is the work's own step. And
# beside something of the organisation's own ("press 4 must be stopped immediately") it counts either way.
NO_INTERVAL = frozenset({"immediately"})


def _obliged(span) -> bool:
    """Whether the sentence holding `span` has a modal of obligation (MODAL_WORDS)."""
    return any(t.lower_ in MODAL_WORDS for t in span.sent)


_ACRONYM_AFTER = re.compile(r"\s*\([a-z]{2,6}\)$")


def _generic_name(name: str) -> bool:
    if name in GENERIC_ROLES or (name.endswith("s") and name[:-1] in GENERIC_ROLES):
        return True
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k] in SYSTEM_QUALIFIERS:
        k += 1
    rest = " ".join(words[k:])
    return k > 0 and (rest in SYSTEM_ROLE_HEADS or _generic_name(rest))  # "QMS Team Leader", "ISMS auditor"


def _generic_alternatives(name: str) -> bool:
    """A role or team written as alternatives with a slash ("Manager/Security Officer", "Legal/Compliance
    Officer", "IT/HR") is a template's when every alternative is: a generic role, alone or with the last one's
    role noun ("Data/System Owner"), or a function every company has (EVERY_COMPANY_FUNCTIONS). "QA/QC Lead"
    and "Platform/DevOps" name something of the organisation's own."""
    parts = [p.strip() for p in name.split("/")]
    last = parts[-1]
    head = last.split()[-1] if last else ""
    for part in parts:
        if not part:
            return False
        if part in EVERY_COMPANY_FUNCTIONS or _generic_name(part):
            continue
        if part is not last and " " not in part and _generic_name(f"{part} {head}"):
            continue
        return False
    return True


def _modal_hashes(strings) -> frozenset[int]:
    return frozenset(strings.add(w) for w in MODAL_WORDS)


def lexicon_score(strong: int, topic: int, actor: bool, anchors: int, decisions: int) -> float:
    """P(standard-speak) from the lexicon alone: phrases and an organizational actor push it up,
    operational anchors pull it down."""
    raw = 0.9 * strong + 0.35 * topic + 0.8 * actor - 0.7 * anchors - 0.35 * decisions
    # clamp: a run-on "sentence" can hold thousands of anchors, and exp() must not overflow
    exponent = max(-60.0, min(60.0, -2.2 * (raw - 1.0)))
    return 1.0 / (1.0 + math.exp(exponent))


def _sentence_model():
    try:
        from gapscan.nlp import sentence_model
    except ImportError:
        return None
    return sentence_model.load()


def _model_doc(sent, is_space, copied=None):
    """The sentence as the sentence model reads it: its own tokens, without the space tokens at its
    edges, cut at the model's MAX_CHARS, exactly as the tokenizer would make them from its text.
    `copied`: (attributes, the doc's array of them) as Span.as_doc reads them, when the caller has read them."""
    from gapscan.nlp.sentence_model import MAX_CHARS

    start, end = sent.start, sent.end
    while start < end and is_space[start]:
        start += 1
    while end > start and is_space[end - 1]:
        end -= 1
    doc = sent.doc
    if end > start and doc[end - 1].idx + len(doc[end - 1]) - doc[start].idx > MAX_CHARS:
        limit = doc[start].idx + MAX_CHARS
        end = start + max(1, sum(1 for t in doc[start:end] if t.idx + len(t) <= limit))
    if copied is None or end <= start:
        return doc[start:end].as_doc()
    return _as_doc(doc, start, end, *copied)


def _as_doc(doc, start: int, end: int, head: tuple, array):
    """``doc[start:end].as_doc()`` from the doc's array of the attributes it copies (`head`, read once per doc,
    not once per sentence): the same words, spaces and token attributes. What as_doc does beyond that changes
    nothing here: heads to rewire and a first entity token to fix (a blank pipeline has neither; a doc with
    them goes to as_doc), and the span's vector, tensor, cats and hooks, which the sentence model never reads
    (its vector averaged a zero vector made per token)."""
    _n = spacy_names()
    ENT_IOB, HEAD, ORTH, SPACY, Doc = _n.ENT_IOB, _n.HEAD, _n.ORTH, _n.SPACY, _n.Doc

    rows = array[start:end]
    if rows[:, head.index(HEAD)].any() or rows[0, head.index(ENT_IOB)] == 1:
        return doc[start:end].as_doc()
    strings = doc.vocab.strings
    words = [strings[o] for o in rows[:, head.index(ORTH)].tolist()]
    spaces = [bool(s) for s in rows[:, head.index(SPACY)].tolist()]
    return Doc(doc.vocab, words=words, spaces=spaces).from_array(head, rows)


def _model_scores(texts: list[str], docs: Mapping[str, object] | None) -> list[float | None] | None:
    """P(standard-speak) from the sentence model for each text, scored from `docs` (one per distinct
    text that needs a score; None for the others); None without a model, or when it fails: the scan
    then falls back to the lexicon."""
    if docs is None:
        return None
    if not texts:
        return []
    from gapscan.nlp import sentence_model

    unique = list(docs)
    try:
        scores = sentence_model.score_docs([docs[t] for t in unique])
    except Exception:  # a broken model file must not stop the scan: fall back to the lexicon
        return None
    if scores is None or len(scores) != len(unique):
        return None
    score_of = dict(zip(unique, scores))
    return [score_of.get(t) for t in texts]


# --- headings and clauses ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Names:
    """A catalogue's names prepared for matching."""

    names: tuple[str, ...]  # normalised titles and aliases (front matter left out)
    clauses: tuple[object, ...]  # the Clause of each name


@lru_cache(maxsize=None)
def _names(standard: str, edition: str | None = None) -> _Names:
    catalogue = cat.load(standard)
    clauses = catalogue.clauses
    if edition is not None:  # a superseded edition's names, then the current ones (the better score wins, then order)
        clauses = (*(c for c in catalogue.superseded if c.edition == edition), *clauses)
    names, owners = [], []
    for clause in clauses:
        if clause.number.split(".")[0] in FRONT_MATTER or other_edition(catalogue, clause, edition):
            continue
        for name in clause.names():
            key = _norm(name)
            if key and key not in GENERIC_TITLES:
                names.append(key)
                owners.append(clause)
    return _Names(tuple(names), tuple(owners))


def other_edition(catalogue, clause, edition: str | None) -> bool:
    """Whether `clause`, of the catalogue's own edition, belongs to another edition than `edition`, a superseded one
    a document is read in: the part of the standard that edition covers (its main body, ISO 9001:2008's 4-8, or its
    Annex A, ISO/IEC 27001:2013's) is read in it alone, so a document's findings name one edition ("Leadership" is
    only 2015's clause 5, and a document numbered in 2008 has no such clause). The part it does not cover (27001's
    main body beside the 2013 Annex A) is the current edition's."""
    if edition is None or edition == catalogue.edition or clause.edition is not None:
        return False
    return any(old.edition == edition and old.is_annex == clause.is_annex for old in catalogue.superseded)


@lru_cache(maxsize=4096)
def match_heading(text: str, number: str | None, standard: str, *, agenda: bool = False,
                  edition: str | None = None, about: str = "named") -> tuple[object, str, float] | None:
    """(clause, how, score) when the heading names a clause of `standard`, else None.

    With `agenda` (the headings of a management review), a plain whole number ("5 Certification")
    is the item's place on the agenda, not a clause: only the title can match. Dotted numbers
    ("9.3.2") still count as clause numbers. Without `edition`, the catalogue's own edition only; with
    one (see `heading_edition`), a superseded edition's clauses match too, that edition's first where
    both have a number.

    `about` says what the document is about, for a number cited after a heading's words ("Phishing — 5.4.1"):
    "named" (it or the run names `standard`: the number is its clause), "unnamed" (it names no framework: the
    number must exist at that depth in the standard, or the heading's words must match the clause's title, see
    `_cited_title_shared`) or "foreign" (it names another framework and not `standard`: only matching title
    words will do). A citation that names a standard or a clause outright ("(ISO 9001 7.5)", "Clause 8.4")
    counts in every case.
    """
    from rapidfuzz import fuzz, process

    criterion = CRITERION_HEADING.match(text)
    if criterion and not _plain_outline_key(criterion.group("num")):
        # a SOC 2 criterion's heading: read against the criteria, never another standard's titles ("CC8 — Change
        # Management" is the common criterion, not ISO/IEC 27001's A.8.32)
        return _criterion_heading(criterion.group("num"), criterion.group("rest"), standard)
    num, rest = heading_number(text)
    if num is None and CLAUSE_CELL.match(text):  # a bare "8.4" or "Clause 8.4" heading
        num, rest = re.sub(r"(?i)^\s*(?:clause|section|§)\s*", "", text).strip().rstrip("."), ""
    number = number or num
    if agenda and number and "." not in number.strip("."):
        number = None
    rest_key = _norm(rest if num else text)
    catalogue = cat.load(standard)
    source = rest if num else text
    cited = HEADING_CITATION.search(source)
    if cited and cited.start() > 0:
        # the words of the citation: from its bracket ("(Controls 8.16-8.17)") or the match itself
        opened = max(source.rfind("(", 0, cited.end()), source.rfind("[", 0, cited.end()))
        citation = source[opened:cited.end()] if opened >= 0 else cited.group(0)
        clause, exact = _cited_clause(catalogue, cited.group("num"), citation, edition)
        if clause is not None and clause.number.split(".")[0] not in FRONT_MATTER and (
                about == "named" or NAMED_CITATION.search(citation)
                or (exact and about != "foreign") or _cited_title_shared(source[:cited.start()], clause)):
            return clause, "cited", 100.0
    if number:
        clause = catalogue.get(number, edition)
        if clause is not None and clause.number.split(".")[0] not in FRONT_MATTER:
            if not rest_key:
                return clause, "number", 50.0
            related = [n for n in clause.names() if _shares_word(rest_key, _norm(n))]
            best = max((_similarity(rest_key, _norm(n)) for n in related), default=0.0)
            if best >= NUMBER_TITLE_MIN:
                return clause, "number+title", round(best, 1)
            if len(rest_key.split()) == 1 and _norm(clause.title).startswith(rest_key):
                return clause, "number+title", round(best, 1)
    if not rest_key or rest_key in GENERIC_TITLES:
        return None
    # A document numbered in a superseded edition is read in it (its titles first, fuzzy ones too). Any
    # other reads the current edition, and an older title only when it is exact and not a single word:
    # without numbers, "Compliance" is a topic, "Third party service delivery management" is the 2005 annex.
    older = edition is not None and edition != catalogue.edition
    exact = catalogue.find_title(rest_key, edition if older else None)
    if exact is not None and exact.number.split(".")[0] not in FRONT_MATTER and _norm(exact.title) not in GENERIC_TITLES \
            and not other_edition(catalogue, exact, edition):
        return exact, "title", 100.0
    if len(rest_key.split()) < 2:
        return None
    names = _names(standard, edition if older else None)
    hit = process.extractOne(rest_key, names.names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_TITLE_MIN)
    if hit is not None:
        return names.clauses[hit[2]], "fuzzy", round(float(hit[1]), 1)
    exact = catalogue.find_title(rest_key, edition) if edition is not None else None
    if exact is not None and exact.edition is not None:
        return exact, "title", 100.0
    return None


def _plain_outline_key(key: str) -> bool:
    """A criterion-like key a document may use for its own outline or an appendix ("A1 Scope", "P2 Purpose", "C1
    Forms"): a one-letter series with no sub-number. "CC6", "PI1" and any dotted key ("A1.2", "P4.1") are the
    criteria's."""
    return "." not in key and not key.startswith(("CC", "PI"))


def _criterion_heading(key: str, rest: str, standard: str) -> tuple[object, str, float] | None:
    """match_heading for a heading keyed by a SOC 2 criterion: the criterion of the SOC 2 catalogue (by its key and
    title, or by its key alone, as a bare clause number is: 50), and under another standard nothing. A point under
    a criterion the document numbers itself ("C1.1.2 — Access to Confidential Information") is keyed to the
    criterion it sits under, as a cited sub-clause is (`_cited_clause`)."""
    catalogue = cat.load(standard)
    parts = key.split(".")
    clause = catalogue.get(key)
    while clause is None and len(parts) > 2:
        parts.pop()
        clause = catalogue.get(".".join(parts))
    if clause is None or not clause.is_criterion:
        return None
    rest_key = _norm(rest)
    if rest_key and clause.number == key:
        related = [n for n in clause.names() if _shares_word(rest_key, _norm(n))]
        best = max((_similarity(rest_key, _norm(n)) for n in related), default=0.0)
        if best >= NUMBER_TITLE_MIN:
            return clause, "number+title", round(best, 1)
    return clause, "number", 50.0


def _cited_clause(catalogue, number: str, citation: str, edition: str | None = None):
    """The clause a heading's citation names. "(Control 5.9)" and "(Annex 8.1)" name Annex A controls even
    without their "A."; a sub-clause the catalogue does not list ("Document Identification (7.5.3.1)") is
    keyed to the nearest clause above it that it does list, down to two levels (7.5.3.1 -> 7.5.3)."""
    candidates = [number]
    if ANNEX_CITATION.search(citation) and not number[:1].isalpha():
        candidates.insert(0, f"A.{number}")
    for candidate in candidates:
        parts = cat.normalise_number(candidate).split(".")
        depth = len(parts)
        floor = 3 if parts[0].isalpha() else 2  # "A.5" is a theme, "7" a whole clause: both too broad
        while len(parts) >= floor:
            clause = catalogue.get(".".join(parts), edition)
            if clause is not None:
                return clause, len(parts) == depth
            parts.pop()
    return None, False


def _cited_title_shared(words: str, clause) -> bool:
    """Whether a heading's own words (before its citation) match the cited clause's title or an alias as a
    numbered heading's must (a shared content word and a similarity of NUMBER_TITLE_MIN): "Document
    Identification (7.5.3.1)" and 'Control of documented information' do; "Protocol and Cipher Standards —
    4.2.1" and 'Understanding the needs and expectations of interested parties' do not."""
    key = _norm(re.sub(r"^\s*\d+(?:\.\d+)*\.?\s*", "", words))
    return bool(key) and any(_shares_word(key, _norm(n)) and _similarity(key, _norm(n)) >= NUMBER_TITLE_MIN
                             for n in clause.names())


_TITLE_STOPWORDS = {"and", "of", "the", "for", "to", "its", "in", "on", "with", "a", "an", "or", "by", "them"}


def _shares_word(a: str, b: str) -> bool:
    """Whether two titles share a content word (compared on its first five letters, so that
    "purchasing"/"purchase" and "objectives"/"objective" agree). Without one, a high character
    similarity is an accident of spelling ("certification" / "participation"), not the same title."""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z0-9&]+", text) if w not in _TITLE_STOPWORDS and len(w) >= 3}
    return bool(stems(a) & stems(b))


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    score = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    if min(len(a), len(b)) >= 12:
        score = max(score, fuzz.partial_ratio(a, b) - 5)
    return score


def heading_edition(headings: tuple[Block, ...], standard: str) -> str:
    """The edition of `standard` whose numbering the headings' clause numbers follow (see
    `Catalogue.edition_of`): "2013" for a policy numbered A.9.2.3 or A.12, the catalogue's own otherwise."""
    catalogue = cat.load(standard)
    if not catalogue.editions:
        return catalogue.edition
    numbers, agreeing = [], []
    for block in headings:
        number, words = heading_number(block.text)
        number = block.number or number
        cited = HEADING_CITATION.search(block.text)
        numbers.extend(n for n in (number, cited.group("num") if cited else None) if n)
        if number and words:
            agreeing.extend(_titled_edition(catalogue, number, words))
    return catalogue.edition_of(numbers, agreeing)


def _titled_edition(catalogue, number: str, words: str) -> tuple[str, ...]:
    """The edition, as a one-item tuple, whose clause `number` the heading's `words` name (a shared content word and a
    similarity of NUMBER_TITLE_MIN, as a numbered heading's title must) where the catalogue's own edition has the
    number too and its clause the words do not name, or where only a `numbered_only` edition has the number (see
    Catalogue.edition_of); () otherwise."""
    key = _norm(words)
    if not key:
        return ()

    def fits(clause) -> bool:
        return any(_shares_word(key, _norm(n)) and _similarity(key, _norm(n)) >= NUMBER_TITLE_MIN
                   for n in clause.names())

    current = catalogue.get(number)
    for edition in catalogue.editions:
        old = catalogue.get(number, edition)
        if old is None or old.edition != edition:
            continue
        if current is None:
            if edition in catalogue.numbered_only and fits(old):
                return (edition,)
            continue
        mine, theirs = fits(current), fits(old)
        if mine != theirs:
            return (catalogue.edition,) if mine else (edition,)
    return ()


def _heading_matches(headings: tuple[Block, ...], standard: str, title_index: int | None = None,
                     agenda: bool = False, about: str = "named") -> tuple[HeadingMatch, ...]:
    out = []
    edition = heading_edition(headings, standard)
    for index, block in enumerate(headings):
        hit = match_heading(block.text, block.number, standard, agenda=agenda, edition=edition, about=about)
        if hit is None:
            continue
        clause, how, score = hit
        if index == title_index and how in ("title", "fuzzy"):
            continue  # a document titled "Supplier Control" names its subject; that is not mirroring
        # a one-word title or alias ("Competence", "Training") names a topic more often than it mirrors a clause
        one_word = how == "title" and len(_norm(heading_number(block.text)[1]).split()) == 1
        # a superseded edition's control says so wherever its title is shown on its own
        title = f"{clause.title} ({clause.edition} edition)" if clause.edition else clause.title
        alone = True
        if how == "number+title":
            words = heading_number(block.text)[1]
            alone_hit = match_heading(words, None, standard, agenda=agenda, edition=edition, about=about) \
                if words else None
            alone = alone_hit is not None and alone_hit[0].number == clause.number
        out.append(HeadingMatch(text=block.text, location=block.location, clause=clause.number,
                                title=title, how=how, score=score,
                                weight=0.5 if one_word or how == "number" else 1.0, index=index,
                                edition=clause.edition, title_alone=alone))
    if _follows_numbering(headings, out):
        # the document follows the clause numbering: its own 1.x-3.x sections sit where the standard has its scope,
        # references and terms, so one matched by title alone ("1.1 Customer Focus" among a manual's quality
        # principles) is the document's front matter, not a clause it mirrors
        out = [m for m in out if m.how not in ("title", "fuzzy") or _top_number(headings[m.index]) not in FRONT_MATTER]
    return tuple(out)


def _top_number(block: Block) -> str | None:
    """The first part of a heading's number ("1" for "1.1 Customer Focus"), or None."""
    number = block.number or heading_number(block.text)[0]
    return cat.normalise_number(number).split(".")[0] if number else None


def _follows_numbering(headings: tuple[Block, ...], matches) -> bool:
    """Whether the document's own numbering is the standard's main-body clause numbering: FOLLOWS_NUMBERING_MIN
    headings name the clause of their number, and they are at least half of its headings numbered 4 and on. A policy
    in its own outline ("4.1 Organizational Units", "4.3 Information Assets" among thirty-six sections numbered 4-11)
    can agree with a clause or two by accident; a manual in the 2008 numbering agrees almost throughout."""
    agree = sum(m.how == "number+title" and not m.clause[:1].isalpha() for m in matches)
    if agree < FOLLOWS_NUMBERING_MIN:
        return False
    body = sum(1 for b in headings if (top := _top_number(b)) and top.isdigit() and top != "0" and top not in FRONT_MATTER)
    return 2 * agree >= body


def mirroring_headings(doc: Document, matches) -> list:
    """The clause headings that mirror the standard, without a template's one-word section labels, a procedure's
    stock sections, or the document's own section numbers taken for clause numbers: what CM01 reports (rules/cm.py
    adds its filter for a guessed standard) and what the verdict's heading features read. A clause number that
    agrees with its title, or a cited clause, counts.

    A one-word heading matched by its title alone ("Policy" = 5.2 'Policy', also under the document's own
    number: "16.1 Policy") mirrors nothing when it is the document's own subject (the word is in its title:
    "Policy" in an Information Security Policy) or the label a template repeats in every section ("Purpose",
    "Policy", "Purpose", "Policy"...): it names the part of the section, not a clause the document is organised
    around.
    """
    own = own_outline(doc, matches)

    def how(m) -> str:
        # in a document numbered in its own outline a heading's number is its place in the document: the
        # heading names a clause only as a title would
        return "title" if own and m.how == "number+title" else m.how

    def word(m) -> str | None:
        words = re.findall(r"[a-z]+", m.text.lower())  # "16.1 Policy": the section number is not a word
        return words[0] if how(m) in ("title", "fuzzy") and len(words) == 1 else None

    subject = set(re.findall(r"\w+", (doc.title or "").lower()))
    repeated = Counter(w for w in map(word, matches) if w)
    return [m for m in matches
            if not (own and (m.how == "number" or (m.how == "number+title" and not m.title_alone)))
            and not ((w := word(m)) and (w in subject or repeated[w] > 1)) and not stock_section(m, how(m))
            and not (how(m) == "fuzzy" and replaced_word(m.text, m.title))]

_TITLE_GLUE = frozenset(("and", "of", "the", "for", "to", "in", "on", "its", "our", "with"))

def replaced_word(heading: str, title: str) -> bool:
    """Whether a heading alike in letters to a clause's title has one of the title's words replaced by another:
    "External Communication" for 'Internal communication', "12.2 External Audits" for 'Internal audit'. Each
    has a word the other lacks, so the heading names another topic. Words are compared by their first five
    letters ("Audits" and "audit", "Technical" and "Technological", "Requirements" and "requirement"); a
    heading that only adds words ("Physical Security Perimeter", "AWS Network Security") or leaves some out
    ("Design Changes" for 'Control of design and development changes') still names the clause.
    """
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in _TITLE_GLUE}

    mine, its = stems(heading), stems(title)
    return bool(mine - its) and bool(its - mine)

def own_outline(doc: Document, matches) -> bool:
    """Whether the document's section numbers are its own outline, not the standard's clause numbers.

    A procedure numbers its sections 1, 2, 3 ... like any document ("1. Purpose", "2. Scope", ... "10. Review",
    "10.2 Action Triggers"); that "10.2" is also a clause of the standard is an accident unless the title says
    so as well. A manual numbered like the standard ("4 Context of the organization", "9.2 Internal audit")
    shows it: at least two of its headings carry a clause's number and a title that would match that clause
    without the number (similarity >= the fuzzy title threshold). Without such agreement, in a document whose
    numbered headings start at 1 and 2, a number match needs its title to match on its own.
    """
    tops = set()
    for block in doc.blocks:
        if block.type is BlockType.HEADING:
            number = block.number or heading_number(block.text)[0]
            if number:
                tops.add(number.strip(".").split(".")[0])
    if not {"1", "2"} <= tops:
        return False
    agree = sum(1 for m in matches if m.how == "number+title" and m.score >= FUZZY_TITLE_MIN)
    return agree < 2

# The sections any written procedure has, whatever it is organised around: who is responsible, the document's
# own control block, its records, the training it needs and how it is improved. Named in these plain words and
# matched by title alone ("4. Roles & Responsibilities", "Document Control", "6.4 Documentation", "Training",
# "Continuous Improvement") they mirror no clause; named in the standard's words ("Documented information",
# "Competence", "Continual improvement") or under the clause's own number ("5.3 ..." in a manual numbered like
# the standard) they still count.
_STOCK_SECTION_WORDS = frozenset((
    "roles", "role", "responsibilities", "responsibility", "authorities", "authority", "and", "of",
    "document", "documents", "documentation", "control", "records", "record", "keeping", "retention",
    "revision", "history", "training", "continuous", "improvement"))

def stock_section(m, how: str | None = None) -> bool:
    if (how or m.how) not in ("title", "fuzzy"):
        return False
    words = re.findall(r"[a-z]+", m.text.lower())
    return bool(words) and set(words) <= _STOCK_SECTION_WORDS

def nested_under_clauses(headings: tuple[Block, ...], matches, title_index: int | None = None) -> int:
    """How many of the headings sit inside the section of a clause heading that names its clause by number, and
    are not clause headings themselves: "### 3.1 Supplier Types & Risk Assessment" under "## 3. Supplier
    Relationships & Classification (A 5.19)", "### Identification" under "## Identification and Traceability
    (8.5.2)". The author has put them in that clause's part of the outline, so they are structure the clause
    holds, as much as the clause heading is. Only a cited or numbered clause ("(A 5.19)", "8.5.2 ...") opens
    such a section: a title alone ("Policy", "Access Control") names a topic as often as a clause. The document's
    title keyed to its clause ("Internal Audit (9.2)") opens none: it would hold the whole document. A heading with
    no level (a PDF's bold line) is in no section."""
    how = {m.index: m.how for m in matches}
    nested, section = 0, None  # section: the level of the clause heading whose section this is
    for index, block in enumerate(headings):
        level = block.level
        if section is not None and (level is None or level <= section):
            section = None
        if index in how:
            if section is None and level is not None and index != title_index and how[index] in ("cited", "number+title"):
                section = level
            continue
        if section is not None:
            nested += 1
    return nested

def longest_increasing_run(matches: tuple[HeadingMatch, ...], of_headings: int) -> OrderRun:
    """The longest subsequence of clause headings in strictly increasing clause order.

    Patience sorting, O(n log n): a manual of 100,000 repeated clause headings costs a fraction of a
    second, not the hours of the quadratic textbook version. Among runs of equal length the one that ends
    earliest in the document is kept."""
    if not matches:
        return OrderRun(clauses=(), headings=(), length=0, of_headings=of_headings)
    keys = [cat.clause_key(m.clause) for m in matches]
    tails: list[tuple] = []  # tails[k]: the smallest key that ends an increasing run of length k + 1
    tail_index: list[int] = []  # which match holds tails[k]
    prev = [-1] * len(keys)
    best_end, best_len = 0, 0
    for i, key in enumerate(keys):
        k = bisect_left(tails, key)  # strictly increasing: an equal key replaces, never extends
        if k == len(tails):
            tails.append(key)
            tail_index.append(i)
        else:
            tails[k], tail_index[k] = key, i
        prev[i] = tail_index[k - 1] if k else -1
        if k + 1 > best_len:
            best_len, best_end = k + 1, i
    chain = []
    end = best_end
    while end != -1:
        chain.append(matches[end])
        end = prev[end]
    chain.reverse()
    return OrderRun(clauses=tuple(m.clause for m in chain), headings=tuple(chain), length=len(chain),
                    of_headings=of_headings)

def _about(prep: _Prepared, standard: str) -> str:
    """What the document is about, for `match_heading`'s cited numbers: "named" when it names `standard`,
    "foreign" when it names another framework (PCI DSS, NIST ...) and not `standard`, "unnamed" otherwise."""
    if standard in prep.named:
        return "named"
    return "foreign" if prep.frameworks else "unnamed"

# headings whose clause number and title both agree with a catalogue the run does not name that still make the
# document read against it (analyze_many's `named`): one could be chance ("7.1.3 Infrastructure" is in most)
UNNAMED_AGREEING_MIN = 2

def _agreeing(prep: _Prepared, key: str) -> int:
    """How many of the document's headings name a clause of `key` by its number and title, or cite it."""
    matches = _heading_matches(prep.headings, key, prep.title_index, prep.agenda, _about(prep, key))
    return sum(1 for m in matches if m.how in ("number+title", "cited"))

# times a document names a standard ("ISO 9001" on its cover, in its scope and its text) for that name to decide which
# catalogue it is read against (_named_keys); a single mention is as often a supplier's certificate or a reference
NAMED_REPEATED_MIN = 2

def _named_keys(prep: _Prepared, keys: tuple[str, ...], run_named: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """`keys` without the catalogues admitted only by heading agreement, when the document names another one itself:
    a standard it names in its title or repeatedly (NAMED_REPEATED_MIN) and whose clauses its headings also name
    by number and title (UNNAMED_AGREEING_MIN). A quality manual that names ISO 9001 six times and follows
    9001:2008's numbering is a 9001 manual, though ISO 13485 kept that numbering and its headings fit 13485 as
    well; a standard the document or its run names stays a candidate (a 13485 manual that names 13485 is read
    against it), and where the document names none, the headings decide as before. `keys` when nothing is dropped."""
    title = (prep.doc.title or "") + " " + (prep.headings[prep.title_index].text if prep.title_index is not None else "")
    in_title = {k for m in STANDARD_MENTION.finditer(title) if (k := _normalise(m.group(1)))}
    named = [k for k in keys if k in prep.named and (prep.mentions.get(k, 0) >= NAMED_REPEATED_MIN or k in in_title)]
    if not any(_agreeing(prep, k) >= UNNAMED_AGREEING_MIN for k in named):
        return keys
    kept = tuple(k for k in keys if k in prep.named or k in run_named)
    return kept or keys

def _detect_standard(prep: _Prepared, keys: tuple[str, ...], run_named: frozenset[str] = frozenset()
                     ) -> tuple[str | None, tuple[HeadingMatch, ...]]:
    """The catalogue the headings fit best among those `_named_keys` leaves; named standards break ties and decide
    when no heading matches. Returns the standard and its heading matches."""
    keys = _named_keys(prep, keys, run_named)
    best: tuple[float, int, int] | None = None
    choice: tuple[str | None, tuple[HeadingMatch, ...]] = (None, ())
    for rank, key in enumerate(keys):
        matches = _heading_matches(prep.headings, key, prep.title_index, prep.agenda, _about(prep, key))
        # A bare number ("9.2.1") exists in most catalogues and tells them apart poorly.
        fit = sum(m.weight * m.score / 100.0 if m.how != "number" else 0.1 for m in matches)
        evidence = fit + min(prep.mentions.get(key, 0), 3) + 0.25 * min(prep.markers.get(key, 0), 8)
        score = (round(evidence, 3), round(fit, 3), -rank)
        if best is None or score > best:
            best, choice = score, (key, matches)
    if best is not None and best[0] == 0:
        return None, choice[1]
    return choice

# --- scoring -----------------------------------------------------------------------------------

def _analyse(prep: _Prepared, forced: str | None, sentences: list[_Sentence], model: list[float | None] | None,
             anchors: dict[str, int], examples: dict[str, list[str]], citations: int,
             template: list[str] = (), terms: list[str] = (), named: frozenset[str] = frozenset(),
             procedural_details: int | None = None) -> MirroringAnalysis:
    keys = cat.guessable((*named, *prep.named, *((forced,) if forced else ())))
    if named and not (forced and forced in keys):
        # the run names its standards: a catalogue neither it nor the document names is not one to read against,
        # unless the document's own headings agree with it by clause number and title (a food safety manual's
        # "7.4.2 External communication", "7.4.3 Internal communication" in a run that names only ISO 9001)
        keys = tuple(k for k in keys if k in named or k in prep.named or _agreeing(prep, k) >= UNNAMED_AGREEING_MIN)
    if forced and forced in keys:
        standard, matches = forced, _heading_matches(prep.headings, forced, prep.title_index, prep.agenda, "named")
    elif keys:
        standard, matches = _detect_standard(prep, keys, named)
    else:
        standard, matches = None, ()
    run = longest_increasing_run(matches, len(prep.headings))

    speak: list[SentenceHit] = []
    actors: list[SentenceHit] = []
    for n, s in enumerate(sentences):
        if not s.judged:
            continue
        lex = s.lexicon
        p = lex if model is None else 0.5 * model[n] + 0.5 * lex
        hit = SentenceHit(text=s.text, location=s.location, score=round(p, 3),
                          phrases=tuple(dict.fromkeys(x.lower() for x in s.strong + s.topic)), actor=s.actor)
        # The model alone never flags a sentence: short operational lines ("Cards can be anonymous.")
        # can score high with no standard phrase in them, and a sentence full of roles and limits with
        # one "as applicable" is not standard-speak; a finding must be able to quote a clear phrase.
        if p >= SENTENCE_SPEAK and lex >= LEXICON_FLOOR and (s.strong or s.actor):
            speak.append(hit)
        if s.actor is not None:
            actors.append(hit)
    obligations = sum(1 for s in sentences if s.obligation)
    # the verdict reads the obligations that name something of the work (a role, system, number, time limit or
    # decision): "Changes shall be tested in an isolated environment" restates a requirement, "the QA Manager shall
    # approve the change within 2 days" runs one. A text that restates "shall" after "shall" was pulled to operational.
    named_obligations = sum(1 for s in sentences if s.obligation and (s.anchors or s.decisions))

    headings = len(prep.headings)
    weighted = sum(m.weight for m in matches)
    h = min(1.0, (weighted / headings) / 0.6) if headings else 0.0
    o = min(1.0, (run.length / headings) / 0.5) if headings and run.length >= 3 else 0.0
    s = min(1.0, (len(speak) / len(sentences)) / 0.5) if sentences else 0.0
    a = min(1.0, (len(actors) / len(sentences)) / 0.25) if sentences else 0.0
    if headings >= 2:
        mirroring = 100.0 * (0.35 * h + 0.15 * o + 0.35 * s + 0.15 * a)
    else:
        mirroring = 100.0 * (0.7 * s + 0.3 * a)
    density = 1000.0 * sum(anchors.values()) / prep.words if prep.words else 0.0
    kinds = sum(1 for v in anchors.values() if v)
    d = min(1.0, density / ANCHOR_DENSITY_FULL)
    v = min(1.0, kinds / ANCHOR_TYPES_FULL)
    specificity = 100.0 * (0.6 * d + 0.4 * v)
    phrases = sum(len(s.strong) for s in sentences if not s.training)
    topics = sum(len(s.topic) for s in sentences if not s.training)
    bare = sum(1 for s in sentences if not s.anchors and not s.decisions)
    system_words = sum(1 for s in sentences for w in _WORD.findall(s.text.lower()) if w in MANAGEMENT_SYSTEM_WORDS)
    abstract_nouns = _abstract_nouns(prep.pieces)
    catalogue_words = catalogue_share(terms, standard, keys)
    # the verdict reads the clause headings CM01 counts: "7.5 Audit Finding Documentation" under a procedure's own
    # "7. Procedure", or its "4. Roles & Responsibilities", is the document's outline, not clause 7.5 or 5.3
    counted = tuple(mirroring_headings(prep.doc, matches)) if matches else matches
    counted_run = run.length if len(counted) == len(matches) else longest_increasing_run(counted, headings).length
    nested = nested_under_clauses(prep.headings, counted, prep.title_index)
    calibrated = calibrate(_features(headings, counted, counted_run, len(sentences), len(speak), len(actors),
                                     phrases, topics, bare, system_words, citations, anchors, prep.words,
                                     named_obligations, abstract_nouns, catalogue_words, nested, procedural_details))
    verdict, note = Verdict(calibrated.verdict), None
    if prep.words < MIN_WORDS_FOR_VERDICT:
        evidence = len(matches) + len({(h.text, h.location) for h in (*speak, *actors)})
        verdict, note = _short_verdict(verdict, prep.words, evidence, sum(anchors.values()))
    # the standard's phrases, the anchor lists and the model's training texts are English: a Portuguese
    # procedure finds none of the phrases and would be called operational for what it cannot be read for
    foreign = not_english(prep.doc)
    if foreign:
        verdict, note = None, f"not judged: text in {foreign}"
    return MirroringAnalysis(
        path=prep.doc.path, standard=standard, standard_forced=bool(forced and forced in keys),
        mirroring=round(mirroring, 1), specificity=round(specificity, 1), verdict=verdict,
        headings=headings, clause_headings=matches, order_run=run, sentences=len(sentences),
        standard_speak=tuple(speak), org_actor=tuple(actors), obligations=obligations,
        named_obligations=named_obligations,
        anchors=dict(anchors), anchor_examples={k: tuple(v) for k, v in examples.items() if v},
        words=prep.words, cross_references=prep.cross_references, clause_citations=citations,
        model_used=model is not None, verdict_note=note, standard_phrases=phrases, topic_terms=topics,
        bare_sentences=bare, system_words=system_words, abstract_nouns=abstract_nouns,
        catalogue_words=round(catalogue_words, 6), verdict_probability=calibrated.probability if verdict else None,
        verdict_probabilities=calibrated.probabilities if verdict else {},
        uncertain=bool(verdict) and calibrated.uncertain, template_anchors=tuple(template),
        verdict_headings=None if len(counted) == len(matches) else counted,
        verdict_run=None if len(counted) == len(matches) else counted_run,
        verdict_nested=nested, procedural_details=procedural_details,
        components={"headings": round(h, 3), "order": round(o, 3), "standard_speak": round(s, 3),
                    "org_actor": round(a, 3), "anchor_density": round(d, 3), "anchor_variety": round(v, 3)},
    )

# a token's index term by its lower-case form's hash: a text repeats its words, and spaCy's `lower_` (a string
# store lookup) and the stemmer cost more than the rest of catalogue_share
_TERMS: dict[int, tuple[str, ...]] = {}
_TERMS_MAX = 200_000

def _index_terms(sdoc) -> list[str]:
    """bm25.terms of a spaCy Doc's tokens, as `gapscan map` reads them."""
    from gapscan.mapping import bm25  # mapping imports this module

    _n = spacy_names()
    LOWER = _n.LOWER

    if len(_TERMS) > _TERMS_MAX:
        _TERMS.clear()
    out: list[str] = []
    strings = sdoc.vocab.strings
    # the lowercase hashes as one array: iterating Tokens makes a Python object per word (a third of the cost)
    for lower in (sdoc.to_array(LOWER).tolist() if len(sdoc) else ()):
        term = _TERMS.get(lower)
        if term is None:
            term = _TERMS[lower] = tuple(bm25.terms([strings[lower]]))
        out.extend(term)
    return out

def catalogue_share(terms: list[str], standard: str | None, among: Iterable[str] | None = None) -> float:
    """The share of a text's indexable words (`gapscan map`'s BM25 terms: stemmed, without function words and
    the words every clause shares) that the clause catalogue of its standard uses in its titles, operational
    questions and vocabulary. A text that restates its clauses talks about what they talk about and little of
    its own; an operational one talks about its work (pallets, tickets, the lab's own kit). Without a detected
    standard, the catalogue whose best clause stands out most from the rest for the whole text (BM25 over
    ln(clauses) x the mean, mapping's focus) is the one the text is read against, of those `among` (the standards
    its run names, analyze_many's `named`) when given."""
    if not terms:
        return 0.0
    keys = (standard,) if standard in cat.STANDARDS else tuple(k for k in among or cat.guessable() if k in cat.STANDARDS)
    if not keys:
        return 0.0
    best = max(keys, key=lambda k: (_focus(terms, k), k)) if len(keys) > 1 else keys[0]
    vocabulary = _catalogue_vocabulary(best)
    return sum(1 for t in terms if t in vocabulary) / len(terms)

def _focus(terms: list[str], standard: str) -> float:
    scores = list(_catalogue_index(standard).scores(terms).values())
    mean = sum(scores) / len(scores) if scores else 0.0
    return max(scores) / (mean * math.log(len(scores))) if mean > 0 and len(scores) > 1 else 0.0

@lru_cache(maxsize=None)
def _catalogue_index(standard: str):
    # the index `gapscan map` ranks sections with (mapping/core.py), built here from its public units
    from gapscan.mapping import bm25
    from gapscan.mapping.core import units

    return bm25.Index.build({u.number: u.terms for u in units(standard)})

@lru_cache(maxsize=None)
def _catalogue_vocabulary(standard: str) -> frozenset[str]:
    return frozenset(_catalogue_index(standard).idf)

def _short_verdict(verdict: Verdict, words: int, mirror_evidence: int, anchors: int
                   ) -> tuple[Verdict | None, str | None]:
    """The verdict of a text under MIN_WORDS_FOR_VERDICT words (at least one), kept only when the evidence
    for it is clear: mirrored needs 2 pieces of mirroring evidence (clause headings, and sentences that are
    standard-speak or make the organization the actor, each sentence counted once), operational 2
    anchors and no mirroring evidence, mixed both."""
    if not words:  # headings alone (or nothing): a skeleton, not a procedure anyone follows
        return None, "no text to judge: the document has no body text"
    need = MIN_SHORT_EVIDENCE
    clear = {Verdict.MIRRORED: mirror_evidence >= need,
             Verdict.OPERATIONAL: anchors >= need and mirror_evidence == 0,
             Verdict.MIXED: mirror_evidence >= need and anchors >= need}[verdict]
    if clear:
        return verdict, None
    return None, (f"too short to judge: {words} words with {mirror_evidence} pieces of mirroring evidence and "
                  f"{anchors} operational anchors (under {MIN_WORDS_FOR_VERDICT} words a verdict needs "
                  f"{need} pieces of evidence for it)")

def _features(headings: int, matches: tuple[HeadingMatch, ...], run_length: int, sentences: int, speak: int,
              actors: int, phrases: int, topics: int, bare: int, system_words: int, citations: int,
              anchors: Mapping[str, int], words: int, obligations: int, abstract_nouns: int,
              catalogue_words: float, nested: int = 0, procedural_details: int | None = None) -> dict[str, float]:
    return features_of(headings=headings, weighted_clause_headings=sum(m.weight for m in matches),
                       run_length=run_length, sentences=sentences, speak=speak, actors=actors, phrases=phrases,
                       topics=topics, bare=bare, system_words=system_words, citations=citations, anchors=anchors,
                       words=words, obligations=obligations, abstract_nouns=abstract_nouns,
                       catalogue_words=catalogue_words, section_headings=nested,
                       procedural_details=procedural_details)

# --- helpers -----------------------------------------------------------------------------------

def _normalise(standard: str | None) -> str | None:
    return cat.normalise_standard(standard) if standard else None

def _norm(text: str) -> str:
    """Titles compared the way the catalogue compares them (case, punctuation, -ise/-ize)."""
    return cat.title_key(text)

def iter_evidence(analysis: MirroringAnalysis) -> Iterable[SentenceHit]:
    """Standard-speak sentences, worst first (highest score, then earliest)."""
    return sorted(analysis.standard_speak, key=lambda h: (-h.score, h.location.page or 0, h.location.line or 0))

def own_details(sdoc, text: str | None = None, own: list | None = None, *, restates: bool = False) -> list:
    """The details CM05 counts beside the anchors (span group "details", pipeline.CueMatcher._add_details): the
    organisation's own roles, bodies, systems, places and equipment named in plain words ("the Secretary", "the
    machine room", "Fluke 45"). Not the verdict's: its features read `own_anchors` only. A detail inside a
    placeholder ("[Role]"), a generic one (lexicon.GENERIC_ROLES: "the internal auditor") and one that overlaps
    an anchor already counted are left out. `own`: own_anchors(sdoc), when the caller has it."""
    spans = list(sdoc.spans["details"]) if "details" in sdoc.spans else []
    if not spans:
        return []
    if text is None:
        text = sdoc.text
    counted = [(s.start, s.end) for s in (own_anchors(sdoc, text) if own is None else own)]
    if "[" in text or "<" in text or "{{" in text:
        slots = [m.span() for m in PLACEHOLDER.finditer(text) if not _BRACKETED_CODE.match(m.group())]
        spans = [s for s in spans if not any(a < s.start_char and s.end_char < b for a, b in slots)]
    restated = _restating(sdoc, text, restates)  # a regulation's officers and notices, as its anchors (own_anchors)
    return [s for s in spans if not any(a < s.end and s.start < b for a, b in counted)
            and not _generic_anchor(s, text[s.start_char:s.end_char]) and not (restated and restated(s))]

def detail_key(text: str) -> str:
    """What makes an anchor the same detail named again, for the verdict's procedural density: case, spacing and a
    plural's "s" aside ("Asset Manager" eleven times down a step template, "3 years" twice are one detail each;
    "Security Analyst" and "Operations Manager" stay two)."""
    name = " ".join(text.lower().split())
    return name[:-1] if name.endswith("s") else name


def _one_detail(kind: str, text: str) -> str:
    """What makes a detail one: case and a plural's "s" aside ("Instructors", "instructor"); a role or body by its
    noun, so "Flight Instructor", "Chief Flight Instructor" and "the instructor" are one office named three ways
    ("Chief of Maintenance" keeps its whole name)."""
    name = " ".join(text.lower().split())
    if kind in ("role", "team") and " of " not in name:
        name = name.split()[-1]
    return name[:-1] if name.endswith("s") else name
