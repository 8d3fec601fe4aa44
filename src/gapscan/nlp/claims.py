"""What a procedure says will happen, as checkable claims.

A claim is something the records can confirm or contradict: a form that must be
filled, a frequency, a time limit between two events, the fields a record holds,
who does or approves a step, and the ordered steps themselves. Patterns are spaCy
Matcher rules over the shared pipeline's vocabulary, so tokenisation is the same
everywhere and every match has a sentence and a location.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping

from gapscan.model import Block, BlockType, Document, Location
from gapscan.classify import FIELD_NOUN, IMPERATIVE_VERBS
from gapscan.nlp.language import not_english
from gapscan.nlp.pipeline import TokenRows, longest_spans, spacy_names

KINDS = ("form", "frequency", "deadline", "field", "role", "steps")


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One checkable statement of a procedure, with the values a check needs."""

    kind: str  # one of KINDS
    text: str  # short form: "calibrate gauges: every 365 days"
    sentence: str
    location: Location
    form_code: str | None = None  # form: "QF-11", "Form 7"
    form_title: str | None = None  # form: "supplier evaluation form"
    interval_days: float | None = None  # frequency
    phrase: str | None = None  # frequency/deadline: the words that state it ("at least twice a year")
    activity: str | None = None  # frequency: what is done; deadline: what must be done in time
    limit_days: float | None = None  # deadline
    working_days: bool = False  # deadline counted in working days
    from_event: str | None = None  # deadline: the event that starts the clock
    to_event: str | None = None  # deadline: the event that must follow within the limit
    fields: tuple[str, ...] = ()  # field: names the record must hold
    role: str | None = None  # role: "Quality Manager"
    responsibility: str | None = None  # role: "responsible" or "approving"
    action: str | None = None  # role: the verb ("approve", "check")
    steps: tuple[str, ...] = ()  # steps: ordered step or checklist texts
    # frequency: an event the procedure accepts instead of the cadence ("weekly or before each batch")
    or_event: str | None = None
    # frequency: the cadence names a meeting the activity is timed from ("after each annual general meeting")
    relative_to: str | None = None
    # frequency: read from a schedule table's row (a task with its own interval cell): the routine of each item
    # the task is done on, as "each" says in a sentence
    scheduled: bool = False
    # field (phrase "possession"): the things a register lists one per row that must each have the fields, as the
    # sentence names them ("Critical-tier vendors" require an on-file SOC 2 report; "Production changes" should
    # have documented approval)
    holder: str | None = None


# Only what is named as a form, template, record, log, register or checklist is a form claim:
# "credit card", "certificate" or "report" are required things, not forms someone fills in.
RECORD_NOUNS = ["form", "template", "log", "register", "checklist", "check-list", "logbook", "record", "log-book"]
# Words that precede a record noun but are not part of its title.
NOT_TITLE = ["complete", "completed", "use", "using", "update", "updated", "fill", "filled", "record",
             "records", "enter", "entered", "attach", "attached", "retain", "retained", "keep", "kept",
             "maintain", "maintained", "file", "filed", "sign", "signed", "review", "reviewed", "relevant",
             "appropriate", "applicable", "controlled", "documented", "quality", "following", "new", "current",
             "blank", "separate", "same", "corresponding", "approved", "official", "paper", "electronic",
             "written", "shall", "must", "should", "will", "raise", "raised", "issue", "issued", "check",
             "via", "per", "note", "noted", "log", "logged", "open", "closed", "print", "printed", "copy",
             "hard", "soft", "latest", "previous", "original", "full", "final", "draft", "detailed", "annual",
             "monthly", "weekly", "daily", "quarterly", "yearly", "submit", "submitted", "send", "sent",
             "store", "stored", "complete", "return", "returned", "each", "every", "using", "specific",
             # registers kept by others, not by the organisation
             "federal", "national", "public", "electoral", "criminal", "land", "commercial", "trade", "track"]
FORM_PREFIX = re.compile(r"^(?:[A-Z]{0,4}F|F[A-Z]{0,4}|[A-Z]*(?:REC|FRM|FORM|LOG|CHK|CL|R))$")
DOC_PREFIX = re.compile(r"^(?:QP|SOP|WI|P|PR|QM|MAN|POL|PROC|QSP|EP|HSP|ISP|OHSP|EMS|QMS|ISO|EN|BS|IEC|COVID|PPE|"
                        r"IMS|ISMS|OHS|SP|OP|MP)$")
CODE_TOKEN = r"^[A-Z]{1,5}-\d[\dA-Za-z.]*(?:/\d+)?$"
RECORD_PART = re.compile(r"^(?:F|FRM|FORM|REC|RCD|LOG|REG|CHK|CL|TPL|TMP)$", re.I)
_CODE_PART = r"^[A-Z]{2,5}$"

UNITS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 365.25 / 12, "quarter": 365.25 / 4, "year": 365.25,
         "shift": 1, "working day": 1.4, "business day": 1.4}
ADVERBS = {"hourly": None, "daily": 1, "nightly": 1, "weekly": 7, "fortnightly": 14, "monthly": 365.25 / 12,
           "quarterly": 365.25 / 4, "annually": 365.25, "annual": 365.25, "yearly": 365.25, "biannually": 182.6,
           "biennially": 730.5, "biennial": 730.5,
           # the one-word spellings of the hyphenated cadences ("biweekly" payroll, "semiannually" drills);
           # "bi" doubles the period as "bi-weekly" does, "semi" halves it
           "biweekly": 14, "bimonthly": 365.25 / 6, "semiweekly": 3.5, "semimonthly": 365.25 / 24,
           "semiannually": 182.6, "semiannual": 182.6}
# the place of a weekday in a month: "the second Tuesday", "the last Friday"
MONTH_ORDINALS = ["first", "second", "third", "fourth", "fifth", "last", "final", "1st", "2nd", "3rd", "4th", "5th"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
                "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90, "once": 1, "twice": 2, "other": 2,
                "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10}
EVENT_NOUNS = ["dispatch", "despatch", "shipment", "shipping", "release", "use", "delivery", "installation",
               "start-up", "startup", "issue", "invoicing", "packing", "loading", "commissioning", "handover",
               "production", "payment", "closure", "first-use", "operation", "work"]
ROLE_NOUNS = ["manager", "lead", "leader", "supervisor", "engineer", "technician", "inspector", "officer",
              "coordinator", "co-ordinator", "director", "operator", "auditor", "controller", "planner", "head",
              "owner", "administrator", "representative", "buyer", "chemist", "analyst", "foreman",
              "storekeeper", "driver", "advisor", "adviser", "champion", "superintendent", "setter",
              "keeper", "clerk", "receptionist", "person", "team", "ceo", "md", "qm"]
APPROVE_VERBS = ["approve", "approves", "approved", "authorise", "authorises", "authorised", "authorize",
                 "authorizes", "authorized", "countersign", "countersigns", "countersigned", "release",
                 "releases", "released", "sign", "signs", "signed", "sign-off", "signs-off", "endorse",
                 "endorses", "endorsed"]
ACTION_VERBS = ["check", "checks", "checked", "perform", "performs", "performed", "carry", "carries",
                "carried", "complete", "completes", "completed", "inspect", "inspects", "inspected", "record",
                "records", "recorded", "verify", "verifies", "verified", "calibrate", "calibrates",
                "calibrated", "review", "reviews", "reviewed", "raise", "raises", "raised", "investigate",
                "investigates", "investigated", "close", "closes", "closed", "maintain", "maintains",
                "maintained", "conduct", "conducts", "conducted", "test", "tests", "tested", "update",
                "updates", "updated", "evaluate", "evaluates", "evaluated", "audit", "audits", "audited",
                "issue", "issues", "issued", "assess", "assesses", "assessed", "clean", "cleans", "cleaned",
                "monitor", "monitors", "monitored", "fill", "fills", "filled", "log", "logs", "logged",
                "sample", "samples", "sampled", "measure", "measures", "measured", "enter", "enters", "entered"]
FIELD_VERBS = ["include", "contain", "show", "record", "state", "capture", "list", "log", "enter", "note",
               "give", "detail", "identify", "hold", "document"]
FIELD_PRESENT = ["includes", "contains", "shows", "records", "lists", "captures", "states", "holds", "gives",
                 "notes", "identifies"]
FILLED_VERBS = ["recorded", "entered", "completed", "filled", "written", "noted", "given", "stated", "logged"]
RECORDISH = {"record", "records", "form", "log", "register", "entry", "entries", "sheet", "report", "checklist", "receipt",
             "label", "certificate", "tag", "card", "logbook", "row", "line", "tracker", "spreadsheet"}
STEP_HEADING = re.compile(r"\b(steps?|procedure|method|process|instructions?|sequence|checks?|checklist|"
                          r"how to|activities|flow|routine)\b", re.I)
ORDERED_MARKER = re.compile(r"^\(?(\d{1,3}|[a-z]|[ivx]{1,4})[.)]$", re.I)
BOX_MARKERS = {"☐", "☑", "☒", "□", "■", "✓", "✔", "✗", "✘", "[ ]", "[x]", "[X]", "[✓]"}


MAX_WEEKDAYS = 6  # in one list of days ("on Mondays, Wednesdays and Fridays")


def _weekday_lists() -> list[list[dict]]:
    """Matcher patterns of two weekdays or more joined by ',', 'and', '&' or '/', after 'on' (plural days) or 'every'
    / 'each' (singular): a choice ('Tuesdays or Thursdays') is one day a week and is not one."""
    plural = {"LOWER": {"IN": [d + "s" for d in WEEKDAYS]}}
    singular = {"LOWER": {"IN": WEEKDAYS}}
    join = {"LOWER": {"IN": [",", "and", "&", "/"]}, "OP": "+"}
    out = []
    for opener, day in (({"LOWER": "on"}, plural), ({"LOWER": {"IN": ["every", "each"]}}, singular)):
        for n in range(2, MAX_WEEKDAYS + 1):
            out.append([opener, day] + [join, day] * (n - 1))
    return out


@lru_cache(maxsize=1)
def _matchers():
    """The Matcher rules, built once on the shared pipeline's vocabulary."""
    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    vocab = get_nlp().vocab
    num = {"LIKE_NUM": True}
    numword = {"LOWER": {"IN": list(NUMBER_WORDS)}}
    units = ["hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months",
             "quarter", "quarters", "year", "years", "shift", "shifts"]
    # only the patterns a text can match are run on it: same matches, a fraction of the work
    m = GatedMatcher(vocab)
    # forms by code
    m.add("FORM_CODE", [
        [{"TEXT": {"REGEX": CODE_TOKEN}}],
        [{"TEXT": {"REGEX": r"^[A-Z]{1,5}-\d[\d.]*$"}}, {"ORTH": "-"}, {"TEXT": {"REGEX": r"^\d{1,4}[A-Za-z]?$"}}],
        [{"TEXT": {"REGEX": r"^[A-Z]{1,5}$"}}, {"ORTH": "-"}, {"TEXT": {"REGEX": r"^\d[\d.]*$"}}],
        # a code of several letter parts ("VULN-LOG-001", "ISMS-HR-REC-004") reads as the parts before the last
        # and a code: the whole is the form's code, its tail ("LOG-001") may be another form's
        [{"TEXT": {"REGEX": _CODE_PART}}, {"ORTH": "-"}, {"TEXT": {"REGEX": CODE_TOKEN}}],
        [{"TEXT": {"REGEX": _CODE_PART}}, {"ORTH": "-"}, {"TEXT": {"REGEX": _CODE_PART}}, {"ORTH": "-"},
         {"TEXT": {"REGEX": CODE_TOKEN}}],
    ])
    m.add("FORM_NUMBER", [[{"LOWER": {"IN": ["form", "checklist", "log", "register"]}},
                           {"TEXT": {"REGEX": r"^\d{1,4}[A-Za-z]?$"}}]])
    title_word = {"TEXT": {"REGEX": r"^(?:[A-Za-z]+|-)$"}, "IS_STOP": False,
                  "LOWER": {"NOT_IN": NOT_TITLE + RECORD_NOUNS}}
    m.add("FORM_TITLE", [[dict(title_word, OP="{1,5}"), {"LOWER": {"IN": RECORD_NOUNS}}],
                         [{"IS_ALPHA": True, "IS_STOP": False, "LOWER": {"NOT_IN": NOT_TITLE + RECORD_NOUNS},
                           "OP": "{0,3}"},
                          {"LOWER": {"IN": ["check", "log", "job", "time"]}},
                          {"LOWER": {"IN": ["sheet", "book", "card", "form"]}}]],
          # read from the record nouns back, not by the Matcher: its run of title words was in progress at
          # nearly every word (a fifth of the claims' Matcher time); the same matches, listed after the Matcher's
          runs=True)
    # frequencies
    m.add("FREQ_ADVERB", [[{"LOWER": {"IN": list(ADVERBS)}}],
                          [{"LOWER": {"IN": ["bi", "half", "six", "semi", "three", "twelve", "6", "3", "12",
                                             "two", "2"]}},
                           {"ORTH": "-"}, {"LOWER": {"IN": ["weekly", "yearly", "monthly", "annually", "annual"]}}]])
    m.add("FREQ_EVERY", [[{"LOWER": {"IN": ["every", "each", "per"]}}, {"LOWER": {"IN": ["working", "business"]},
                                                                        "OP": "?"},
                          {"LOWER": {"IN": units}}],
                         [{"LOWER": {"IN": ["every"]}}, {"LOWER": "other"}, {"LOWER": {"IN": units}}],
                         # "every other Thursday": once a fortnight, on that day
                         [{"LOWER": "every"}, {"LOWER": "other"}, {"LOWER": {"IN": WEEKDAYS}}],
                         [{"LOWER": "every"}, num, {"LOWER": {"IN": units}}],
                         [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": {"IN": WEEKDAYS}}],
                         # "every second Tuesday of the month", "on the last Friday of each quarter": once a
                         # month (quarter, year), on a day of it named by its place
                         [{"LOWER": {"IN": ["every", "each", "on"]}}, {"LOWER": "the", "OP": "?"},
                          {"LOWER": {"IN": MONTH_ORDINALS}}, {"LOWER": {"IN": WEEKDAYS + [d + "s" for d in WEEKDAYS]}},
                          {"LOWER": {"IN": ["of", "in"]}}, {"LOWER": {"IN": ["the", "each", "every"]}},
                          {"LOWER": {"IN": ["month", "quarter", "year"]}}],
                         [{"LOWER": "on"}, {"LOWER": {"IN": [d + "s" for d in WEEKDAYS]}}],
                         # several weekdays: "on Tuesdays and Thursdays", "every Monday, Wednesday and Friday"
                         *_weekday_lists(),
                         [{"LOWER": "every"}, numword, {"LOWER": {"IN": units}}],
                         [{"LOWER": {"IN": ["once", "twice"]}}, {"LOWER": {"IN": ["a", "an", "per", "each", "every"]}},
                          {"LOWER": {"IN": units}}],
                         [{"LOWER": {"IN": list(NUMBER_WORDS)}, "OP": "?"}, num, {"LOWER": "times"},
                          {"LOWER": {"IN": ["a", "an", "per", "each", "every"]}}, {"LOWER": {"IN": units}}],
                         [numword, {"LOWER": "times"}, {"LOWER": {"IN": ["a", "an", "per", "each", "every"]}},
                          {"LOWER": {"IN": units}}],
                         [{"LOWER": "at"}, {"LOWER": "intervals"}, {"LOWER": {"IN": ["not", "of"]}},
                          {"LOWER": {"IN": ["exceeding", "more"]}, "OP": "?"}, {"LOWER": "than", "OP": "?"},
                          {"LOWER": {"IN": list(NUMBER_WORDS)}, "OP": "?"}, num, {"LOWER": {"IN": units}}],
                         [{"LOWER": "at"}, {"LOWER": "intervals"}, {"LOWER": {"IN": ["not", "of"]}},
                          {"LOWER": {"IN": ["exceeding", "more"]}, "OP": "?"}, {"LOWER": "than", "OP": "?"},
                          numword, {"LOWER": {"IN": units}}]])
    # deadlines
    m.add("DEADLINE_WITHIN", [[{"LOWER": {"IN": ["within", "inside"]}}, {"LOWER": {"IN": ["a", "one"]}, "OP": "?"},
                               {"LIKE_NUM": True, "OP": "?"},
                               {"LOWER": {"IN": ["working", "business", "calendar"]}, "OP": "?"},
                               {"LOWER": {"IN": units}}],
                              [{"LOWER": "no"}, {"LOWER": "later"}, {"LOWER": "than"},
                               {"LOWER": {"IN": list(NUMBER_WORDS)}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
                               {"LOWER": {"IN": ["working", "business", "calendar"]}, "OP": "?"},
                               {"LOWER": {"IN": units}}, {"LOWER": {"IN": ["after", "of", "from", "following"]}}]])
    m.add("DEADLINE_BEFORE", [[{"LOWER": {"IN": ["before", "prior"]}}, {"LOWER": "to", "OP": "?"},
                               {"LOWER": {"IN": ["the", "any", "each", "its", "their"]}, "OP": "?"},
                               {"LOWER": {"IN": ["first"]}, "OP": "?"},
                               {"LOWER": {"IN": EVENT_NOUNS}}]])
    m.add("DEADLINE_BY_DAY", [[{"LOWER": "by"}, {"LOWER": "the"}, {"LIKE_NUM": True},
                               {"LOWER": {"IN": ["working", "business", "calendar"]}, "OP": "?"},
                               {"LOWER": "day"}]])
    # fields
    m.add("FIELDS", [[{"LOWER": {"IN": ["shall", "must", "will", "should", "to"]}},
                      {"LOWER": {"IN": ["also", "always", "clearly"]}, "OP": "?"},
                      {"LOWER": {"IN": FIELD_VERBS}}],
                     [{"LOWER": {"IN": sorted(RECORDISH)}}, {"LOWER": {"IN": FIELD_PRESENT}}],
                     [{"IS_SENT_START": True, "LOWER": {"IN": ["record", "enter", "capture", "log", "note"]}}]])
    m.add("FIELDS_LISTED", [[{"LOWER": {"IN": ["entered", "recorded", "logged", "written", "kept", "captured"]}}]])
    # what each thing a register lists must have: "Production changes should have documented approval",
    # "Critical-tier vendors require an on-file SOC 2 Type II report"
    m.add("POSSESS", [[{"LOWER": {"IN": ["shall", "must", "should"]}}, {"LOWER": {"IN": ["also", "always"]}, "OP": "?"},
                       {"LOWER": {"IN": ["have", "hold", "possess", "carry"]}}],
                      [{"LOWER": {"IN": ["require", "requires"]}}]])
    m.add("MANDATORY", [[{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": {"IN": ["mandatory", "compulsory"]}}],
                        [{"LOWER": {"IN": ["must", "shall"]}}, {"LOWER": "always", "OP": "?"}, {"LOWER": "be"},
                         {"LOWER": {"IN": FILLED_VERBS}}]])
    # roles: a title-case run before a role noun matches once per suffix ("Quality Assurance Manager", "Assurance
    # Manager", "Manager"), and sentence_claims reads only the longest (longest_spans). The Matcher keeps only
    # those (LONGEST: the same sort and overlap test as filter_spans), so the others never become Spans. Over a
    # whole Doc that is the same as per sentence: a ROLE match holds only words, and a sentence ends at punctuation.
    m.add("ROLE", [[{"IS_ALPHA": True, "IS_STOP": False, "IS_TITLE": True, "OP": "{0,3}"},
                    {"LOWER": {"IN": ROLE_NOUNS}}],
                   [{"IS_UPPER": True, "LENGTH": {">=": 2, "<=": 4}}, {"LOWER": {"IN": ROLE_NOUNS}}],
                   [{"LOWER": {"IN": ["quality", "shift", "production", "maintenance", "site", "plant",
                                      "warehouse", "stores", "line", "area", "team", "hse", "ehs", "health",
                                      "safety", "environmental", "lab", "laboratory", "purchasing", "sales",
                                      "operations", "technical", "it", "security", "works", "process", "goods-in",
                                      "dispatch", "calibration", "training", "hr"]}, "OP": "{1,2}"},
                    {"LOWER": {"IN": ROLE_NOUNS}}]], greedy="LONGEST", runs=True)
    return m


class _HashStrings(dict):
    """A vocabulary's strings by hash, each looked up in the StringStore once (then a dict's C lookup)."""
    __slots__ = ("strings",)

    def __init__(self, strings) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key]
        return value


class _HashFlags(dict):
    """A word's lexical flags by its ORTH hash (IS_PUNCT, IS_ALPHA, IS_STOP, LIKE_NUM as bits 1, 2, 4, 8): what
    Token.is_punct and the others read from the token's lexeme, looked up once a word."""
    __slots__ = ("vocab",)

    def __init__(self, vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, key: int) -> int:
        lex = self.vocab[key]
        value = self[key] = lex.is_punct | lex.is_alpha << 1 | lex.is_stop << 2 | lex.like_num << 3
        return value


PUNCT, ALPHA, STOP, NUM = 1, 2, 4, 8


class _Words:
    """One parsed text's tokens read once as lists, for the claims' readers (index arithmetic, no Token or Span
    per look): `low` the lower-case forms (Token.lower_), `text` the words (Token.text), `flags` the lexical bits
    above (Token.is_punct ...), each made on first use from the doc's LOWER and ORTH hashes (`rows`: the
    TokenRows of a token array whose first two columns are those, shared with the matcher that read it)."""
    __slots__ = ("doc", "_rows", "_low", "_text", "_flags", "_cache", "_source", "_idx")

    def __init__(self, doc, rows: TokenRows | None, cache, source: str | None = None) -> None:
        self.doc = doc
        self._cache = cache
        self._rows = rows
        self._low = self._text = self._flags = self._idx = None
        self._source = source

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``: the doc's text from the first token's first character to the last one's last
        (the tokens of a doc are its text in order, each at its IDX)."""
        if end <= start:
            return ""
        if self._idx is None:
            self._idx = self.doc.to_array(spacy_names().IDX).tolist()
            if self._source is None:
                self._source = self.doc.text
        idx = self._idx
        return self._source[idx[start]:idx[end - 1] + len(self.text[end - 1])]

    @property
    def low(self) -> list[str]:
        if self._low is None:
            self._low = list(map(self._cache[0].__getitem__, self._rows[0])) if self._rows is not None else []
        return self._low

    @property
    def text(self) -> list[str]:
        if self._text is None:
            self._text = list(map(self._cache[0].__getitem__, self._rows[1])) if self._rows is not None else []
        return self._text

    @property
    def flags(self) -> list[int]:
        if self._flags is None:
            self._flags = list(map(self._cache[1].__getitem__, self._rows[1])) if self._rows is not None else []
        return self._flags


_WORDS_CACHE: dict[int, tuple] = {}  # id(vocab) -> (vocab, strings by hash, flags by hash)
_LAST_WORDS: list = [None]  # the last doc's _Words: the readers of one sentence share it


def _vocab_cache(vocab) -> tuple:
    cache = _WORDS_CACHE.get(id(vocab))
    if cache is None or cache[2] is not vocab:
        cache = _WORDS_CACHE[id(vocab)] = (_HashStrings(vocab.strings), _HashFlags(vocab), vocab)
    return cache


def _words_of(doc, rows: TokenRows | None = None, source: str | None = None) -> _Words:
    """The doc's _Words, read once: `rows` the TokenRows of the doc's LOWER and ORTH columns (first two) when the
    caller has them, `source` the text the doc was made from (``doc.text``) when the caller has it.
    The last one is kept (with a reference to its doc, so `is` cannot match another doc at the same address)."""
    last = _LAST_WORDS[0]
    if last is not None and last.doc is doc:
        return last
    if rows is None and len(doc):
        names = spacy_names()
        rows = TokenRows(doc.to_array([names.LOWER, names.ORTH]))
    words = _Words(doc, rows, _vocab_cache(doc.vocab), source)
    _LAST_WORDS[0] = words
    return words


# the patterns read per code, cadence or number: compiled once, not looked up in re's cache at each call
_CODE_HYPHEN = re.compile(r"\s*-\s*")
_LETTER_RUNS = re.compile(r"[A-Za-z]+")


def _norm_code(text: str) -> str:
    return _CODE_HYPHEN.sub("-", text.strip())


_RECORD_NEAR = frozenset(RECORD_NOUNS + ["records", "forms", "logs", "registers", "checklists", "templates"])


def _is_form_code(span, sent=None) -> bool:
    """A code is a form/record when its prefix says so or a record noun stands next to it; `sent` the sentence
    the span starts in (``span.sent``), when the caller has it."""
    code = span.text
    prefix = code.split("-", 1)[0].upper()
    if sent is None:
        sent = span.sent
    low = _words_of(span.doc).low
    near = set(low[max(span.start - 3, sent.start):min(span.end + 4, sent.end)])
    context = bool(near & _RECORD_NEAR)
    # in "ISMS-REC-004" or "VULN-LOG-001" a later part says what the document is (only a word for one: the
    # "IR" of "PROC-IR-001" is the procedure's subject, though FORM_PREFIX takes a lone "IR" for a report)
    if any(RECORD_PART.match(p) for p in _LETTER_RUNS.findall(code)[1:]):
        return True
    if DOC_PREFIX.match(prefix):
        return "form" in near or "record" in near and prefix not in {"ISO", "EN", "BS", "IEC", "COVID"}
    return bool(FORM_PREFIX.match(prefix)) or context


_NOT_TITLE_SET = frozenset(NOT_TITLE)
# Words before a form's name in running text ("in the training log", "on each job card", "our NCR register").
NAME_BEFORE = frozenset("the a an this that these those each every any our your its their his her".split())
# Words after which a list or a preposition names forms without a determiner ("policies and risk register",
# "in change log"); so does any other token, a comma, a table's pipe, a number ("(SoA, risk register, policies)",
# "| Access request form |", "Clause 4.1 context register").
LIST_BEFORE = frozenset("and or & in into on onto to from via with of against under".split())
# Lower-case words of a form's name: "supplier corrective action request form" after "the"; "customer complaint
# log" after a comma. A longer lower-case run ("change initiator completes change request form") is a clause.
MAX_TITLE_WORDS = 4
MAX_BARE_TITLE_WORDS = 3
STATES_OF_MATTER = frozenset("powder powdered liquid solid gas gaseous vapour vapor crystal crystalline granular "
                             "pellet tablet aerosol dust paste gel aqueous concentrated dilute diluted pure "
                             "dry".split())
# "kept in pdf form", "available in written form": how a text is held, not a form to fill; "the PDF form" is one
FORMAT_WORDS = frozenset("pdf electronic digital paper hardcopy printed written tabular graphical summary draft "
                         "final abbreviated condensed verbal oral soft editable online scanned".split())


# A quality said of a record names no form: "a demonstrated record of service", "the historical record", "the
# authoritative record", "a defensible record". Read from the word's form (a participle, "-ive", "-ible"/"-able",
# "-ous") and the qualities a record is most often said to have; a noun compound names what the record records
# ("training record", "approval record", "disposal record") and stays a form. Only before "record" written in lower
# case: a title ("Historical Record") is a name. "record" before another noun ("training record retention") is left
# to the word before it.
_RECORD_QUALITY = re.compile(r"^(?:[a-z]{2,}(?<!e)ed|[a-z]+(?:at|ct|ns|ss|us)ive|[a-z]{4,}[ia]ble|[a-z]{3,}ous)$")
RECORD_QUALITIES = frozenset("historical historic formal informal internal external permanent accurate proven good "
                             "strong solid clean clear consistent proper adequate sufficient single evidentiary "
                             "factual true reliable".split())


def _quality_of_a_record(span) -> bool:
    """Whether a FORM_TITLE match ending in "record" names a quality of a record, not a record kept ("a
    demonstrated record", "Unauthorized record access": _RECORD_QUALITY)."""
    sdoc = span.doc
    noun = span[-1]
    if noun.lower_ != "record":
        return False
    before = sdoc[noun.i - 1].lower_ if noun.i > span.start else ""
    return noun.text.islower() and (before in RECORD_QUALITIES or bool(_RECORD_QUALITY.match(before)))


def _name_goes_on(span) -> bool:
    """Whether a name in title case ending in a record noun goes on past it, in title case, to a head of another
    kind ("the Designated Record Set", "the Risk Register Procedure"): the name is of that thing (a set of records,
    a procedure), and the record noun only qualifies it. A name that goes on to another record noun ("Training
    Record Form", "Component Test Record Forms") is that form's; one followed by a word in lower case that may be
    its head ("the Risk Register Excel file") is left alone. Words in capitals throughout ("THE TRAINING RECORD
    SHALL") are no title case."""
    sdoc = span.doc
    noun = span[-1]
    if not noun.text.istitle() or not all(t.text.istitle() for t in span[:-1] if t.is_alpha):
        return False
    last, j, end = None, noun.i + 1, span.sent.end
    while j < end and sdoc[j].is_alpha and sdoc[j].text.istitle() and not sdoc[j].is_stop:
        last, j = sdoc[j], j + 1
    # a word in lower case after the run may be its head ("the Risk Register Excel file"): the name is left alone
    after = sdoc[j] if j < end else None
    if after is not None and after.is_alpha and after.text.islower() and not after.is_stop:
        return False
    return last is not None and last.lower_ not in RECORD_NOUNS and last.lower_[:-1] not in RECORD_NOUNS  # "Forms"


def _names_a_form(span, codes) -> bool:
    """Whether a FORM_TITLE match is the name of a form, not a verb phrase or an identifier ending in a
    record noun.

    With no part-of-speech tagger, a name is known by where it stands: written in capitals ("Near-Miss Log"),
    led by a determiner ("the training log") or a form code ("QF-03 purchase request form"), or a short
    name in a list or after a preposition ("risk register, incident log", "in change log") that does not
    open with an instruction's verb. "Identify systems requiring log retention" and "the system maintains
    record" are none of these. A record noun hyphened onto the word before it ("std-log", "incident-register")
    is an identifier or a file stem, not a form's name.
    """
    sdoc = span.doc
    noun = span[-1]
    if noun.lower_ == "form" and noun.i > span.start and sdoc[noun.i - 1].lower_ in STATES_OF_MATTER:
        return False  # a substance "in powder form" is no document
    if noun.lower_ == "form" and noun.i >= span.start + 1 and noun.i >= 2 and sdoc[noun.i - 1].lower_ in FORMAT_WORDS \
            and sdoc[noun.i - 2].lower_ in ("in", "into"):
        return False
    if noun.i >= 2 and sdoc[noun.i - 1].text == "-" and not sdoc[noun.i - 1].whitespace_ \
            and not sdoc[noun.i - 2].whitespace_:
        return False
    if _quality_of_a_record(span) or _name_goes_on(span):
        return False
    words = [t for t in span[:-1] if t.is_alpha]
    if all(t.text[:1].isupper() for t in words):
        return True
    if any(c.end in (span.start, span.start - 1) for c in codes):
        return True
    if len(words) > MAX_TITLE_WORDS:
        return False
    # past the words the pattern leaves out of a title ("the daily check sheet", "the completed training log")
    start = span.start
    while start > span.sent.start and sdoc[start - 1].lower_ in _NOT_TITLE_SET:
        start -= 1
    before = sdoc[start - 1] if start > span.sent.start else None
    if before is not None and (before.lower_ in NAME_BEFORE or before.lower_ in ("'s", "’s")):
        return True
    if before is not None and before.is_alpha and before.lower_ not in LIST_BEFORE:
        return False  # "the system maintains record", "the initiator completes change request form"
    return len(words) <= MAX_BARE_TITLE_WORDS and not (len(words) > 1 and words[0].lower_ in IMPERATIVE_VERBS)


# "sanction record templates", "the incident log and change request form templates": naming a form's templates
# lists the blanks a folder holds; it claims the form is kept only where the sentence tells someone to use,
# fill or complete one ("Use the sanction record template to ...")
TEMPLATE_WORDS = frozenset(("template", "templates"))
USE_VERBS = frozenset("use uses used using complete completes completed fill fills filled file files filed "
                      "submit submits submitted sign signs signed keep keeps kept maintain maintains maintained "
                      "enter enters entered attach attaches attached update updates updated raise raises raised "
                      "capture captures captured store stores stored populate populates populated print prints "
                      "record records recorded log logs logged track tracks tracked add adds added write writes "
                      "written note notes noted".split())
# "in the risk register template", "on the visitor log template": something is written into it
INTO = frozenset("in into on onto using via".split())
DETERMINERS = frozenset("the a an this that these our its their your each".split())
_TITLE_JOIN = frozenset((",", "and", "or", "&", "/"))


def _template_listing(span, titles) -> bool:
    """Whether a form's name stands for its templates in a sentence that only lists them: followed by
    "template(s)", directly or through a list of form names joined by commas and "and" / "or", and no word
    outside the form names asks anyone to use one."""
    sdoc, sent = span.doc, span.sent
    inside = {i for t in titles for i in range(t.start, t.end)}
    end = span.end
    while True:
        if end < sent.end and sdoc[end].lower_ in TEMPLATE_WORDS:
            break
        nxt = end
        while nxt < sent.end and sdoc[nxt].lower_ in _TITLE_JOIN:
            nxt += 1
        following = next((t for t in titles if t.start == nxt), None) if nxt > end else None
        if following is None:
            return False
        end = following.end
    start = span.start
    while start > sent.start and (sdoc[start - 1].lower_ in _NOT_TITLE_SET or sdoc[start - 1].lower_ in DETERMINERS):
        start -= 1
    if start > sent.start and sdoc[start - 1].lower_ in INTO:
        return False
    return not any(t.lower_ in USE_VERBS for t in sent if t.i not in inside)


_TEMPLATES_HEADING = re.compile(r"\btemplates?\b", re.I)


def _template_item(unit) -> bool:
    """A list item under a heading about templates ("## Templates"): a bare form name there is a blank the
    kit provides, not a record the procedure says is kept."""
    return unit.block_type is BlockType.LIST_ITEM and bool(unit.heading) and bool(_TEMPLATES_HEADING.search(unit.heading))


def _bare(text: str) -> str:
    """A list item's words without a parenthesis or trailing punctuation: "JML Evidence Checklist (blank)"."""
    return " ".join(re.sub(r"\([^)]*\)", " ", text).split()).strip(" .;:,").lower()


def _trim(text: str, limit: int = 90) -> str:
    text = " ".join(text.split()).strip(" ,;:.")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


ACTIVITY_WINDOW = 60  # tokens either side of a matched frequency or time limit


_JOINING = frozenset(("with", "and", "or", "of", "for", "to", "by", "plus", "then", "&"))


_ACTIVITY_MODALS = re.compile(r"\b(shall|must|will|should|is to be|are to be|be|at least|no less than|not less than)\b",
                              re.I)


def _activity(sent, start: int, end: int, *, clause: bool = False, after: int = 0, before: int | None = None) -> str:
    """The sentence without the matched words: what the frequency or limit governs.

    Parenthesised asides are dropped; with `clause`, only the clause around the match is
    kept ("A is calibrated yearly and B each shift": B's activity is "B"), and it ends where another
    cadence of the sentence begins or ended (`before`, `after`): in "daily backups with monthly restore
    tests" the restore tests are not done daily.
    """
    # a window around the match: the activity is near it, and a run-on "sentence" of a
    # whole megabyte must not be rescanned for every match in it
    read = _words_of(sent.doc)
    low, texts = read.low, read.text
    sent_start = sent.start
    lo, hi = max(sent_start, start - ACTIVITY_WINDOW, after), min(sent.end, end + ACTIVITY_WINDOW)
    if before is not None:
        hi = min(hi, before)
    if clause:
        for i in range(start - 1, lo - 1, -1):
            if texts[i] in (";", ":", "&") or low[i] == "and" and i > sent_start:
                lo = i + 1
                break
        for i in range(end, hi):
            if texts[i] in (";", ":", "&") or low[i] == "and":
                hi = i
                break
    words, depth = [], 0
    flags = read.flags
    for i in range(lo, hi):
        word = texts[i]
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif not depth and not (start <= i < end) and not flags[i] & PUNCT:
            words.append(word)
    if before is not None:
        # cut short by the next cadence, the activity must not end on its joining word ("backups with")
        while words and words[-1].lower() in _JOINING:
            words.pop()
    text = " ".join(words)
    text = _ACTIVITY_MODALS.sub(" ", text)
    return _trim(text)


def _weekday_of(cadence, day) -> bool:
    """Whether `day` ("on Thursdays", "every Thursday") names the day of the week `cadence` ("every other week",
    "every 3 weeks") falls on: one weekday, the cadence a whole number of weeks longer than one."""
    words = [t.lower_ for t in day]
    if words[0] not in ("on", "every", "each") or len(words) != 2 or words[-1].rstrip("s") not in WEEKDAYS:
        return False
    interval = _interval(cadence)
    return bool(interval) and interval > 7 and interval % 7 == 0 and \
        not any(t.lower_.rstrip("s") in WEEKDAYS for t in cadence)


def _interval(span) -> float | None:
    """Days between repetitions for a matched frequency phrase."""
    read = _words_of(span.doc)
    low, texts = read.low, read.text
    words = [low[i] for i in range(span.start, span.end) if texts[i] != "-"]
    text = " ".join(words)
    if len(words) > 2 and words[-1] in ("month", "quarter", "year") and words[-3] in ("of", "in") \
            and words[-4].rstrip("s") in WEEKDAYS:
        return UNITS[words[-1]]  # "every second Tuesday of the month": one a month, not one every two
    if words[-1].rstrip("s") in WEEKDAYS:
        # "on Tuesdays and Thursdays": twice a week; "every other Thursday": once a fortnight
        return 7.0 * (2 if "other" in words else 1) / len({w.rstrip("s") for w in words if w.rstrip("s") in WEEKDAYS})
    if len(words) == 1:
        return ADVERBS.get(words[0])
    if words[-1] in ("weekly", "yearly", "monthly", "annually", "annual"):
        base = {"weekly": 7, "yearly": 365.25, "monthly": 365.25 / 12, "annually": 365.25, "annual": 365.25}[words[-1]]
        first = words[0]
        if first in ("bi",):
            return base * 2
        if first in ("half", "semi"):
            return base / 2
        n = NUMBER_WORDS.get(first) or (int(first) if first.isdigit() else None)
        return base * n if n else None
    unit_word = words[-1].rstrip("s") if words[-1] not in ("hours", "days") else words[-1][:-1]
    if words[-2:] == ["working", "day"] or words[-2:] == ["working", "days"]:
        unit_days = UNITS["day"]
    else:
        unit_days = UNITS.get(unit_word)
    if unit_days is None:
        return None
    if "times" in words or words[0] in ("once", "twice"):
        n = _number(words[words.index("times") - 1]) if "times" in words else NUMBER_WORDS[words[0]]
        return unit_days / n if n else None
    if "other" in words:
        return unit_days * 2
    count = next((_number(w) for w in words[1:-1] if _number(w)), None)
    if text.startswith("at intervals"):
        return unit_days * (count or 1)
    return unit_days * (count or 1)


_DECIMAL = re.compile(r"\d+(\.\d+)?")
_ORDINAL = re.compile(r"(\d+)(st|nd|rd|th)")


def _number(word: str) -> float | None:
    word = word.lower().rstrip(".")
    if _DECIMAL.fullmatch(word):
        return float(word)
    m = _ORDINAL.fullmatch(word)
    if m:
        return float(m.group(1))
    return NUMBER_WORDS.get(word)


def _event_after(sent, end: int) -> str | None:
    """'of raising the NCR' after a time limit: the event that starts the clock."""
    sent_end = sent.end
    if end >= sent_end:
        return None
    read = _words_of(sent.doc)
    low = read.low
    if low[end] not in ("of", "from", "after", "following"):
        return None
    texts, flags = read.text, read.flags
    words = []
    for i in range(end + 1, sent_end):
        if flags[i] & PUNCT or low[i] in ("and", "or", "unless", "where", "if", "when", "whichever"):
            break
        words.append(texts[i])
        if len(words) >= 7:
            break
    return _trim(" ".join(words)) or None


_DEFINES = re.compile(r"^\W*(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:that|which|whose)\s+(?:has|have|is|are|was|"
                      r"were|contains?|shows?|causes?|produces?)\b", re.I)
_ORDERS = re.compile(r"\b(?:must|shall|should|will|required|requires?|needs?|is to|are to|has to|have to)\b", re.I)


def _deadline(kind: str, span, sent) -> dict | None:
    words = _words_of(sent.doc).low[span.start:span.end]
    working = any(w in ("working", "business") for w in words)
    if kind == "DEADLINE_BEFORE":
        event = words[-1]
        return dict(limit_days=0.0, from_event=event, to_event=_activity(sent, span.start, span.end),
                    working_days=False)
    if kind == "DEADLINE_BY_DAY":
        n = _number(words[2])
        if not n or n > 31:
            return None
        return dict(limit_days=float(n), from_event="start of the month", working_days=working,
                    to_event=_activity(sent, span.start, span.end))
    unit_word = words[-2] if words[-1] in ("after", "of", "from", "following") else words[-1]
    unit_days = UNITS.get(unit_word.rstrip("s") if unit_word not in ("hours", "days") else unit_word[:-1])
    nums = [_number(w) for w in words if _number(w) and w not in ("a", "an")]
    count = nums[0] if nums else (1 if any(w in ("a", "one") for w in words) else None)
    if unit_days is None or count is None:
        return None
    end = span.end - 1 if words[-1] in ("after", "of", "from", "following") else span.end
    from_event = _event_after(sent, end)
    return dict(limit_days=round(count * unit_days, 3), working_days=working,
                from_event=from_event, to_event=_activity(sent, span.start, sent.end if from_event else span.end))


_FIELD_CUT = re.compile(r"\s+(?:on|in|into|onto|using|against|for each|for every|before|after|within|at the time|"
                        r"when|where|so that|to)\s+.*$", re.I)
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|your|with|any|all|each|every|at least|following:?|"
                          r"as follows:?)\s+",
                          re.I)


# What is written in a result column, not a column: "record Pass/Fail", "tick Y/N", "mark OK".
RESULT_VALUE = re.compile(r"^(?:pass(?:ed)?|fail(?:ed)?|y|n|yes|no|ok|nok|not ok|accept(?:ed)?|reject(?:ed)?|"
                          r"go|no-go|n/?a|tick|ticked|✓|✔|x|satisfactory|unsatisfactory|conforming|"
                          r"non-conforming|compliant|non-compliant|c|nc)$", re.I)
_VALUE_CHOICE = re.compile(r"\b(?:pass|yes|y|ok|accept(?:ed)?|go|c|satisfactory|compliant)\s*/\s*"
                           r"(?:fail|no|n|nok|not ok|reject(?:ed)?|no-go|nc|unsatisfactory|non-compliant)"
                           r"(?:\s*/\s*n/?a)?(?![\w/])", re.I)


# a clause, not a name: "shall identify that risks ...", "in relation to ..."
# ("per entry", "per risk": how often a field is filled, not a field)
_NOT_A_FIELD = re.compile(r"^(?:that|in|whether|how|what|why|when|where|which|who|if|to|for|by|as|of|on|it|this|"
                          r"these|those|there|such|so|any|also|not|per)\b(?!-)", re.I)  # "on-file report" is a name
_SLASH_RUN = re.compile(r"[\w-]+(?:\s*/\s*[\w-]+)+")


# Where the entry goes, named as a file: '/machines/x/logs/maintenance-log.csv', `logs/incident-log.csv`
_FILE_EXT = r"\.(?:csv|tsv|xlsx?|xlsm|ods|docx?|md|txt|pdf)\b"
# (a name in backticks without a slash or file extension is a column: "record `date` and `operator`")
FILE_PATH = re.compile(rf"`[^`]*(?:/|{_FILE_EXT})[^`]*`|(?<![\w@/])/[\w.~-]+(?:/[\w.~-]+)+|"
                       rf"(?<![\w@])(?:[\w.~-]+/)*[\w~-]+{_FILE_EXT}", re.I)
_TRAILING_PLACE = re.compile(r"\s+(?:in|into|on|onto|to|at|under)\s*$", re.I)


_ASIDE = re.compile(r"\([^)]*\)")


def _fields(sent, end: int, least: int = 2, longest: int = 5) -> tuple[str, ...]:
    """Split 'the batch number, inspector and result' into field names.

    The values a result column takes ('Pass/Fail', 'Y/N', 'OK') name one field, the result,
    and asides in brackets say what goes in a field, not another field. A file path ends the
    list: it says where the entry goes ('... and purges in `logs/maintenance-log.csv`').
    """
    rest = sent.doc[end:sent.end].text
    path = FILE_PATH.search(rest)
    if path is not None:
        rest = _TRAILING_PLACE.sub("", rest[:path.start()].rstrip(" `'\""))
    rest = _VALUE_CHOICE.sub(" \x00 ", _ASIDE.sub(" ", rest))
    # 'Pass / Caution / Fail' is the result; 'Accept Y/N' is the 'Accept' column
    rest = _SLASH_RUN.sub(lambda m: " \x00 " if any(RESULT_VALUE.match(w.strip()) for w in m.group(0).split("/"))
                          else m.group(0), rest)
    rest = re.sub(r"^\s*(?:at least|the following(?: fields| information| details)?|as a minimum)\s*:?\s*", "",
                  rest, flags=re.I).rstrip(" .;")
    parts = [p for p in re.split(r",|;|\band\b|\bor\b|\band/or\b|/", rest) if p.strip()]
    out: list[str] = []
    for part in parts:
        part = _FIELD_CUT.sub("", part.strip())
        for _ in range(2):
            part = _DETERMINERS.sub("", part.strip())
        part = part.strip(" .:;()")
        if RESULT_VALUE.match(part) or part == "\x00":
            part = "result"
        part = " ".join(part.replace("\x00", " ").split())
        if not part or len(part.split()) > longest or not re.search(r"[a-z]", part, re.I) or _NOT_A_FIELD.match(part):
            continue
        if part.lower() not in (o.lower() for o in out):
            out.append(part)
    return tuple(out) if len(out) >= least else ()


# the possession verb must take a thing, not an action or a clause: "must have completed", "must have been",
# "requires that", "requires the QM to", "have to"
# ("must have documented approval" has a thing: 'documented' there is what kind of approval)
_NOT_HAD = frozenset("been to that no not had done completed passed read signed attended received undergone "
                     "reviewed taken finished obtained achieved gained shown demonstrated given made worked returned "
                     "submitted agreed already previously first".split())
# the holder is a kind of thing a register lists one per row: not a person, a document or the organisation
_NOT_HOLDER = frozenset("it they this that these those we you he she who which there procedure policy document "
                        "plan manual standard company organisation organization business department system process "
                        "its our their of and or none some many most few several certain other such "
                        "regulations laws rules standards requirements guidelines states countries".split())
# a modal or adverb between the holder and its verb ("New materials will require ...") is no part of the holder
_HOLDER_TAIL = frozenset("will would shall must should may might can could also always generally normally usually "
                         "typically then".split())
_HOLDER_DETS = frozenset("all each every any".split())


def _holder(sent, span) -> str | None:
    """The things each of which must have what follows the possession verb at `span`, as the sentence names them:
    the words of its clause before the verb ("Critical-tier vendors (those with access to PHI/PII) require ..." ->
    "Critical-tier vendors"), asides in brackets left out; None unless they read as a kind of thing a register
    lists (one to four words, a plural head or one after all/each/every) and the verb takes a thing ("must have
    completed", "requires that" take none), or when the clause is a condition."""
    doc = sent.doc
    verb_at = span.end - 1
    if verb_at + 1 < sent.end:
        nxt = doc[verb_at + 1].lower_
        if nxt in _NOT_HAD:
            return None
    if _in_condition(sent, verb_at):
        return None
    start, depth = span.start, 0
    for t in reversed(doc[sent.start:span.start]):
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
        elif depth == 0 and t.text in (",", ";", ":", "."):
            break
        start = t.i
    words = _ASIDE.sub(" ", doc[start:span.start].text).split()
    det = bool(words) and words[0].lower() in _HOLDER_DETS
    while words and (words[0].lower() in _HOLDER_DETS or words[0].lower() in ("the", "our", "new")):
        words = words[1:]
    while words and words[-1].lower() in _HOLDER_TAIL:
        words = words[:-1]
    if not 1 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Za-z][A-Za-z0-9&/-]*", w) for w in words):
        return None
    head = words[-1].lower()
    if {w.lower() for w in words} & _NOT_HOLDER:
        return None
    plural = len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if not (plural or det):
        return None
    return " ".join(words)


# A field needed only on some rows ("when the reading is above 5 C") is rightly empty on the others.
_CONDITIONAL = re.compile(r"\b(if|when|whenever|where|unless|in case|only|above|below|exceeds?|exceeding|outside|"
                          r"fails?|failed|failure|deviation|deviates|out of|any reading|applicable|as needed|"
                          r"as required|necessary)\b", re.I)
_FIELD_WORDS = re.compile(r"\b(column|field|box|cell|entry|entries|section)\b|['\"‘’“”]", re.I)


def _mandatory_fields(sent, span) -> tuple[str, ...]:
    """'The corrective action column is mandatory': the fields before the verb, when unconditional."""
    if _CONDITIONAL.search(sent.text):
        return ()
    if span.end < sent.end and sent.doc[span.end].text.endswith(":"):
        return _fields(sent, span.end + 1)
    subject = sent.doc[sent.start:span.start].text
    if re.search(r"\b(fields|columns|following|these|those|all|information|details|it|they|this)\b", subject, re.I) \
            or {w.lower() for w in re.findall(r"[a-z-]+", subject, re.I)} & RECORDISH:
        return ()
    subject = _FIELD_WORDS.sub(" ", subject)
    out = []
    for part in re.split(r",|;|\band\b|/", subject):
        for _ in range(2):
            part = _DETERMINERS.sub("", part.strip())
        part = " ".join(part.split()).strip(" .:;()")
        if part and len(part.split()) <= 4 and re.search(r"[a-z]", part, re.I) and not RESULT_VALUE.match(part):
            out.append(part)
    return tuple(dict.fromkeys(out))


_CONDITION_OPENERS = frozenset("if where when whenever unless whether once should".split())


def _in_condition(sent, verb_at: int) -> bool:
    """Whether the verb at `verb_at` stands in a condition's clause: 'if any of the 100 records holds an
    entitlement, ...', 'where a record has ...'. The clause runs from the last comma, semicolon or colon before
    the verb; a condition word in it tests a record, it does not say what the record carries. ('When a
    nonconformity is raised, the register records ...' has its condition in another clause.)"""
    doc = sent.doc
    for t in reversed(doc[sent.start:verb_at]):
        if t.text in (",", ";", ":", "(", ")"):
            return False
        if t.lower_ in _CONDITION_OPENERS and (t.lower_ != "should" or t.i == sent.start):
            return True
    return False


# a condition of failure: what it asks to write down is for the failures only, not every entry of the log
_FAILURE = re.compile(r"\b(?:fails?|failed|failing|failure|outside|out of (?:range|tolerance|limits?|spec\w*)|"
                      r"exceeds?|exceeded|exceeding|deviates?|deviation|rejected|not met|does not (?:pass|match|meet))\b",
                      re.I)


def _on_failure(sent) -> bool:
    """Whether the sentence holds a condition (if, where, when, unless, in case ...) of a failure: 'If the check
    fails, record ...', '... when the reading is outside the limits'. The condition runs from its opener to the
    next comma, semicolon or colon."""
    doc = sent.doc
    toks = list(doc[sent.start:sent.end])
    for k, t in enumerate(toks):
        opener = t.lower_ in _CONDITION_OPENERS and (t.lower_ != "should" or k == 0) or \
            t.lower_ == "case" and k and toks[k - 1].lower_ == "in"
        if not opener:
            continue
        clause = []
        for u in toks[k + 1:]:
            if u.text in (",", ";", ":"):
                break
            clause.append(u.text)
        if _FAILURE.search(" ".join(clause)):
            return True
    return False


def _field_subject_ok(sent, start: int, verb: str) -> bool:
    """Whether the verb at `start` can say what a record holds: a record noun (form, log, register, ...) before
    it, or for an instruction to write ("record", "enter", "capture", "log", "note") any verb not used as a
    label ("Note:", "Note -"). Whether an instruction's words are fields is `_field_list_ok`'s to say."""
    doc = sent.doc
    if verb in ("record", "capture", "log", "enter", "note"):
        nxt = doc[start + 1] if start + 1 < sent.end else None
        return nxt is None or nxt.text not in (":", "-", "–", "—")
    before = {t.lower_ for t in doc[sent.start:start]}
    return bool(before & RECORDISH)


# words that open a step, not a field's name ("press F2", "ensure even cooling", "provide this information")
_STEP_OPENERS = frozenset({"click", "press", "ensure", "provide", "perform", "create", "acquire", "select", "make",
                           "go", "move", "wait", "turn", "open", "close", "load", "unload", "adjust", "apply"})
_NAMES_A_RECORD = re.compile(r"\b(?:workbook|logsheet|database|spreadsheet|system|app)\b|\b[A-Z]{1,5}-\d", re.I)


def _field_list_ok(sent, verb_at: int, fields: tuple[str, ...], instruction: bool) -> bool:
    """Whether `fields` read as the names of a record's fields: none opens with a step's verb or holds a
    pronoun ("ensure they match"); and for an instruction ("Record ...", "Enter ..."), either the sentence names
    the record it goes in (a record noun, a form code, a workbook, a file) or the list is long enough (three or
    more names) to be a record's columns. "Enter the recipe name and press Run" and "to capture an image,
    press F2" are steps at a screen, not a record's fields."""
    for f in fields:
        words = f.lower().split()
        if {"you", "they", "we", "it", "your", "them", "this", "these", "those"} & set(words):
            return False
        head = words[0]
        if head in _STEP_OPENERS or (head in IMPERATIVE_VERBS and not (len(words) > 1 and FIELD_NOUN.fullmatch(words[1]))
                                     and len(words) > 1 and not words[1][:1].isdigit()
                                     and words[1] in ("a", "an", "the", "all", "any", "each", "every", "on",
                                                      "to", "in", "up", "out", "off", "down", "sure")):
            return False
    if not instruction:
        return True
    doc = sent.doc
    if any(t.lower_ in RECORDISH for t in doc[sent.start:sent.end] if t.i != verb_at) \
            or _NAMES_A_RECORD.search(sent.text) or FILE_PATH.search(sent.text):
        return True
    return len(fields) >= 3


# A role acting right after these is described, not made responsible: "failing means the auditor issues a
# report" tells what follows (the certification body's auditor), "when the auditor issues a report, the QM
# raises ..." names the event that starts the step, whose responsible role is the other one. Not "until" or
# "unless": "no trailer leaves until the supervisor has signed it off" makes the supervisor's act the gate.
TOLD_NOT_ASSIGNED = frozenset("means mean meaning meant implies imply implying implied explains explained "
                              "describes described illustrates illustrated shows showing showed when whenever "
                              "once after before if because since while whereas although though".split())
_ROLE_LEAD_IN = frozenset("the a an that each every any our its their".split())


def _role_claim(span, sent) -> dict | None:
    """Who is responsible or approving: 'approved by the QM', 'the Shift Lead checks ...'."""
    low = _words_of(sent.doc).low
    start, end, sent_start = span.start, span.end, sent.start
    before = low[max(sent_start, start - 4):start]
    after = low[end:min(sent.end, end + 4)]
    lead = next((w for w in reversed(before) if w not in _ROLE_LEAD_IN), None)
    if lead in TOLD_NOT_ASSIGNED:
        return None
    if "by" in before:
        by = len(before) - 1 - before[::-1].index("by")
        verbs = before[:by]
        if not verbs and start - 5 >= sent_start:
            verbs = [low[start - 5]]
        verb = next((v for v in reversed(verbs) if v in APPROVE_VERBS or v in ACTION_VERBS), None)
        if verb is None:
            return None
        return dict(responsibility="approving" if verb in APPROVE_VERBS else "responsible", action=verb)
    modal = 1 if after and after[0] in ("shall", "will", "must", "should", "then", "also", "has", "have") else 0
    if len(after) > modal + 1 and after[modal] in ("is", "are") and after[modal + 1] == "responsible":
        return dict(responsibility="responsible", action="responsible")
    if len(after) > modal:
        verb = after[modal]
        if len(after) > modal + 1 and after[modal + 1] == "by" and (verb in APPROVE_VERBS or verb in ACTION_VERBS):
            # 'Owner: Business Continuity Lead / Approved by: CEO', 'the Shift Lead checked by the QA Lead': the
            # role is what is approved or checked, someone else does it
            return None
        if verb in APPROVE_VERBS:
            return dict(responsibility="approving", action=verb)
        if verb in ACTION_VERBS:
            return dict(responsibility="responsible", action=verb)
    return None


def _steps(doc: Document) -> list[Claim]:
    """Ordered steps and checklist items: runs of list items with number, letter or box markers."""
    claims: list[Claim] = []
    run: list[Block] = []
    heading = ""

    def flush() -> None:
        numbered = [b for b in run if ORDERED_MARKER.match(b.marker or "")]
        if len(numbered) >= 2 and len(numbered) < len(run) and run[0] is numbered[0] \
                and not any(b.marker in BOX_MARKERS for b in run):
            # numbered steps with bullets between them ("1. Raise a request", "- Change title", "- Risk rating",
            # "2. Log it"): the bullets are what a step holds, written under it, not steps of their own
            run[:] = numbered
        if len(run) >= 3:
            markers = [b.marker or "" for b in run]
            ordered = sum(1 for mk in markers if ORDERED_MARKER.match(mk) or mk in BOX_MARKERS)
            # a numbered list of questions is a questionnaire, not steps anybody follows
            asked = sum(1 for b in run if _opens_with_a_question(b.text))
            if (ordered == len(run) or STEP_HEADING.search(heading)) and not _definitions(run, heading) \
                    and 2 * asked <= len(run):
                steps = tuple(_trim(b.text, 140) for b in run)
                loc = run[0].location
                claims.append(Claim(kind="steps", text=f"{len(steps)} steps: " + "; ".join(_trim(s, 30) for s in steps[:3])
                                    + ("; …" if len(steps) > 3 else ""),
                                    sentence=" / ".join(steps), location=loc, steps=steps,
                                    activity=heading or None))
        run.clear()

    for block in doc.blocks:
        if block.type is BlockType.LIST_ITEM:
            run.append(block)
            continue
        flush()
        if block.type is BlockType.HEADING:
            heading = block.text
    flush()
    return claims


DEFINITION_HEADING = re.compile(r"\b(definitions?|terms|terminology|glossary|abbreviations|acronyms)\b", re.I)
# 'Carcinogen: a substance ...', 'Teratogen – a substance ...': a few words, then what they mean
_TERM_MEANING = re.compile(r"^(?P<term>[^:–—]{1,60}?)\s*(?::|\s[–—-]\s)\s*(?P<meaning>\S.*)$")
# 'A chemical that has ...', 'Any substance which is listed ...', 'Carcinogen means a substance ...'
_DEFINING_PHRASE = re.compile(r"^(?:(?:an?|any)\s+(?:[\w-]+\s+){1,4}(?:that|which|who|whose)\b|"
                              r"[\w -]{1,40}?\s+(?:means|refers to|is defined as)\s)", re.I)
_STEP_WORDS = {"step", "stage", "phase", "part", "task"}


def _definition(text: str) -> bool:
    """A list item that says what a word means: a term of a few words, not a thing to do ('Label: write the name
    on the bottle' is a step), and its meaning, a noun phrase; or a noun phrase defined by a relative clause."""
    m = _TERM_MEANING.match(text)
    if m:
        term, meaning = m.group("term").split(), m.group("meaning").split()
        first = term[0].lower().strip("*_`")
        # a meaning opens as a definition does, on 'a', 'an' or 'any' ('Receipt: the goods are checked against
        # the order' is a labelled step)
        return (len(term) <= 6 and first not in IMPERATIVE_VERBS and first not in _STEP_WORDS
                and meaning[0].lower() in ("a", "an", "any"))
    return bool(_DEFINING_PHRASE.match(text))


def _definitions(run: list[Block], heading: str) -> bool:
    """A list of definitions, not steps: under a definitions heading, or most of its items define a term."""
    return bool(DEFINITION_HEADING.search(heading)) or 3 * sum(1 for b in run if _definition(b.text)) >= 2 * len(run)


# A real procedure states tens to a few hundred checkable claims; past this many the text is
# generated or hostile, and reading on would only cost time (the rest is not extracted).
MAX_CLAIMS = 2_000


def extract_claims(doc: Document, parsed: Mapping[str, object] | None = None) -> tuple[Claim, ...]:
    """Every claim in a procedure, in document order; () for a document without text, and for one whose text
    is not English (nlp/language.py): the patterns read English words, and on German they found "uses the das
    register" (the report says the claims of such procedures were not read, summary.claims_not_read).

    `parsed`: spaCy Docs of the shared pipeline by the text they were made from (the clause-mirroring
    pass's, mirroring.analyze_many): a unit of that very text is read from it, not tokenised again.
    """
    if not doc.ok or not_english(doc):
        return ()
    from gapscan.nlp.units import text_units

    units = [u for u in text_units(doc, include_tables=True) if u.block_type is not BlockType.HEADING]
    claims: list[Claim] = []
    if units:
        from gapscan.nlp.pipeline import get_nlp

        nlp = get_nlp()
        matcher = _matchers()
        parsed = parsed or {}
        # claims need tokens and sentences only: the cue component's spans are never read here
        skip = [name for name in nlp.pipe_names if name != "sentencizer"]
        fresh = nlp.pipe((u.text for u in units if u.text not in parsed), batch_size=64, disable=skip)
        for unit in units:
            sdoc = parsed[unit.text] if unit.text in parsed else next(fresh)
            if unit.heading and HISTORY_HEADING.match(unit.heading):
                continue  # the page's history: changes made once
            found = _doc_claims(sdoc, matcher, unit.location, limit=MAX_CLAIMS - len(claims), text=unit.text,
                                subject=unit.heading or doc.title)
            if _template_item(unit):
                found = [c for c in found if c.kind != "form" or _bare(unit.text) != (c.form_title or "")]
            if unit.schedule:
                # "1-2x/month (general maintenance), 1x/week (during experiment)": the slowest always holds
                slowest = max((c.interval_days or 0 for c in found if c.kind == "frequency"), default=0)
                freq = [c for c in found if c.kind == "frequency" and c.interval_days == slowest][:1]
                # the row's task is what is done ("Monthly during rollout" in the row of the readiness call)
                task = _trim(unit.heading or "")
                freq = [replace(c, activity=task, text=f"{task}: {c.phrase}", scheduled=True) for c in freq if task]
                found = [c for c in found if c.kind != "frequency"] + freq
            claims.extend(found)
            if len(claims) >= MAX_CLAIMS:
                break
    coded = {c.form_code for c in claims if c.kind == "form" and c.form_code}
    spelled = _codes_spelled_out(doc, coded)
    if spelled:
        claims = [c for c in claims if not (c.kind == "form" and c.form_code in spelled)]
    standards = _standard_codes(doc, coded - spelled)
    if standards:
        # the form a standard's code stood beside keeps its own name ("CIP-004 authorization records": the
        # authorization records); a code alone names no form
        claims = [c if not (c.kind == "form" and c.form_code in standards) else
                  replace(c, form_code=None, text=f"uses the {c.form_title}") if c.form_title else None
                  for c in claims]
        claims = [c for c in claims if c is not None]
    claims.extend(_steps(doc))
    items, labels = _heading_cadences(doc, claims)
    if labels:
        # "Daily:" read as a sentence is a cadence of nothing; the items under it now carry it
        claims = [c for c in claims if not (c.kind == "frequency" and c.location in labels and not c.activity)]
    claims.extend(items)
    return tuple(claims)


def routine_claims(doc: Document) -> tuple[Claim, ...]:
    """The cadences a page that is no procedure states ("Full board meetings take place once per month" on a
    roster, "the keys are audited every month" in a README): frequency claims only, read from the text units
    that hold a cadence word. A page's forms, roles, fields and steps are no claims: a README's "How to use"
    list or a roster's offices say what a page is for, not a routine the records keep."""
    if not doc.ok or not_english(doc):
        return ()
    from gapscan.nlp.units import text_units

    units = [u for u in text_units(doc, include_tables=True)
             if u.block_type is not BlockType.HEADING and _CADENCE_WORD.search(u.text)
             and not (u.heading and HISTORY_HEADING.match(u.heading))]
    if not units:
        return ()
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    matcher = _matchers()
    skip = [name for name in nlp.pipe_names if name != "sentencizer"]
    claims: list[Claim] = []
    for unit, sdoc in zip(units, nlp.pipe((u.text for u in units), batch_size=64, disable=skip)):
        claims.extend(c for c in _doc_claims(sdoc, matcher, unit.location, text=unit.text,
                                             subject=unit.heading or doc.title) if c.kind == "frequency")
        if len(claims) >= MAX_CLAIMS:
            break
    return tuple(claims[:MAX_CLAIMS])


# A standard's code written with one of its requirements after it: "CIP-004 R5", "CIP-006-6 R1", "CIP-010
# Requirement R1", "CIP-007-6 R2.1". A form's code is never numbered so twice over; once ("QF-11 R2") may be its
# revision
REQUIREMENT_CITED = re.compile(r"(?<![A-Za-z0-9-])(?P<prefix>[A-Z]{2,5})-(?P<number>\d{1,4})(?:-\d{1,2}[a-z]?)?"
                               r"\s+(?:Requirement\s+)?R(?P<req>\d{1,2})(?![\d-])")
REQUIREMENTS_CITED = 2  # distinct (standard, requirement) pairs of one prefix that make it a series of standards


def _standard_codes(doc: Document, codes: set[str]) -> set[str]:
    """The codes taken for forms whose letters name a series of standards in this document: codes of that prefix
    are written with their requirement numbers ("CIP-004 R5", "CIP-009 R2"), two different ones at least. Such a
    code beside a record noun ("CIP-004 authorization records", "the CIP-008 and CIP-009 plans") names the
    standard the records or plans answer, not a form of the organisation's own."""
    prefixes = {code.split("-", 1)[0] for code in codes if re.fullmatch(r"[A-Z]{2,5}-\d.*", code)}
    if not prefixes:
        return set()
    # the requirement a row of a table answers is written in its cells ("| CIP-006-6 R1 | ... |")
    cells = (str(v) for t in doc.tables() for row in (t.header, *t.rows) for v in row if isinstance(v, str))
    text = "\n".join([*(b.text for b in doc.blocks if b.text), *cells])
    cited: dict[str, set[tuple[str, str]]] = {}
    for m in REQUIREMENT_CITED.finditer(text):
        if m.group("prefix") in prefixes:
            cited.setdefault(m.group("prefix"), set()).add((str(int(m.group("number"))), m.group("req")))
    series = {p for p, pairs in cited.items() if len(pairs) >= REQUIREMENTS_CITED}
    return {code for code in codes if code.split("-", 1)[0] in series}


def _codes_spelled_out(doc: Document, codes: set[str]) -> set[str]:
    """The codes taken for forms only by a record noun beside them ("Sign HP-8 inspection form") whose prefix the
    procedure spells out as a name that is no document ("Hold Point: HP-8", "Hold Point (HP-8)"): the code is the
    hold point's, the form is the inspection's. A prefix that says form or document, or a name ending in a record
    noun ("Purchase Log (PL-3)"), keeps the code a form's."""
    out: set[str] = set()
    text = None
    for code in codes:
        prefix = code.split("-", 1)[0]
        if not re.fullmatch(r"[A-Z]{2,4}", prefix) or FORM_PREFIX.match(prefix) or DOC_PREFIX.match(prefix):
            continue
        if text is None:
            text = "\n".join(b.text for b in doc.blocks if b.text)
        name = r"[\s-]+".join(f"[{c}{c.lower()}][a-z]+" for c in prefix)
        for m in re.finditer(rf"\b({name})[\s*:(\[]{{0,6}}{re.escape(code)}\b", text):
            if m.group(1).split()[-1].split("-")[-1].lower() not in RECORD_NOUNS:
                out.add(code)
                break
    return out


# A schedule written as headings over lists ("## Weekly" then "- Inspect belts", or a line "Daily:" over
# the day's jobs): the heading states how often each item under it is done. Beside its cadence the heading
# may hold only words for what the items are, so "Weekly team meeting" over an agenda is no schedule.
SCHEDULE_NOUNS = frozenset("check checks task tasks job jobs item items maintenance inspection inspections "
                           "cleaning cleanup routine routines checklist schedule service servicing upkeep care "
                           "duties test tests testing control controls".split())
LABEL_WORDS = 6  # a paragraph this short that ends in ':' ("Every 3 months:") heads what follows it
LABEL_LEVEL = 99  # ... under whatever heading it stands, up to the next label


_TITLE_LINKS = frozenset({"of", "on", "for", "and", "in", "to"})


def _names_a_title(span, sent) -> bool:
    """Whether a capitalised cadence word opens a title ('the Annual Report on Carcinogens', 'Weekly Bulletin of
    Occupational Health'): capitalised words after it, then a small word and another capitalised word, as a
    title is written, in a sentence of lower-case words. 'The Annual Management Review' and 'Weekly Inspection
    of the eyewash stations' are not: no capitalised word past a small one."""
    def capital(t) -> bool:
        return t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not t.is_stop

    doc = span.doc
    if len(span) != 1 or not capital(span[0]):
        return False
    i = span.end
    while i < sent.end and capital(doc[i]):
        i += 1
    if i == span.end or i >= sent.end or doc[i].lower_ not in _TITLE_LINKS:
        return False
    i += 1
    if i < sent.end and doc[i].lower_ == "the":
        i += 1
    if i >= sent.end or not capital(doc[i]):
        return False
    end = i
    while end < sent.end and (capital(doc[end]) or doc[end].lower_ in _TITLE_LINKS):
        end += 1
    # in a line written all in capitals ('Weekly Review of Open Actions', a table cell or a label) the capitals
    # say nothing: only prose, with words in lower case around the title, shows one
    return any(t.is_alpha and not t.is_stop and t.text.islower()
               for t in list(doc[sent.start:span.start]) + list(doc[end:sent.end]))


# a word every frequency pattern needs: most headings have none and are not tokenised
_CADENCE_WORD = re.compile(r"\b(?:" + "|".join([*ADVERBS, "every", "each", "per", "once", "twice", "times", "intervals",
                                                 *(d + "s" for d in WEEKDAYS)]) + r")\b", re.I)


def _heading_cadence(text: str) -> tuple[str, float] | None:
    """(phrase, days) of a heading that is a cadence and nothing else: 'Weekly', 'Every Week (or 60h of
    Operation)', 'Monthly checks'. A range ('Every 4-6 Months') or a choice ('Monthly / Quarterly') is none."""
    from gapscan.nlp.pipeline import get_nlp

    bare = re.sub(r"\([^)]*\)", " ", text).strip(" :*_#.-")
    if not bare or len(bare.split()) > LABEL_WORDS or not _CADENCE_WORD.search(bare):
        return None
    hdoc = get_nlp().make_doc(bare)
    spans = longest_spans([s for s in _matchers()(hdoc, as_spans=True) if s.label_ in ("FREQ_ADVERB", "FREQ_EVERY")])
    if len(spans) != 1:
        return None
    span = spans[0]
    if any(t.lower_ not in SCHEDULE_NOUNS for t in hdoc if not span.start <= t.i < span.end and not t.is_punct):
        return None
    interval = _interval(span)
    return (span.text, interval) if interval else None


# an item that opens with a condition ("If the check fails, record ...", "**If the CO2 tank is low**, tell ...",
# "Should the alarm sound, ...") says what to do when it holds: the heading's cadence times the routine beside it
# ("Should be wiped down" orders; "Should the alarm sound" supposes)
_CONDITIONAL_ITEM = re.compile(r"^[\W_]*(?:if|unless|in case|in the event|should (?:the|a|an|any|this|it|there|you|we|"
                               r"they)\b)\b", re.I)


def _heading_cadences(doc: Document, said: list[Claim]) -> tuple[list[Claim], set[Location]]:
    """A frequency claim for each list item under a cadence heading, down to the next heading of its level
    or above (a label paragraph ends at the next label); an item that states its own cadence keeps it.
    Also the places of the label paragraphs that were cadences."""
    own = {c.location for c in said if c.kind == "frequency"}
    out: list[Claim] = []
    labels: set[Location] = set()
    # (level, phrase, days, heading) of the headings in force; a label that is no cadence has phrase ''
    open_: list[tuple[int, str, float, str]] = []
    for block in doc.blocks:
        text = block.text.strip()
        label = block.type is BlockType.PARAGRAPH and text.endswith(":") and len(text.split()) <= LABEL_WORDS
        if label and set(re.findall(r"[a-z]+", text.lower())) <= SCHEDULE_NOUNS:
            # "Tasks:" under "## Monthly" names what follows, in its heading's cadence
            open_ = [h for h in open_ if h[0] < LABEL_LEVEL]
            continue
        if block.type is BlockType.HEADING or label:
            level = LABEL_LEVEL if label else block.level or 1
            open_ = [h for h in open_ if h[0] < level]
            cadence = _heading_cadence(text)
            if cadence is not None:
                open_.append((level, *cadence, text.rstrip(":")))
                if label:
                    labels.add(block.location)
            elif label:
                # "Tools:" under "## Weekly" lists what is used, not what is done weekly
                open_.append((level, "", 0.0, text))
        elif block.type is BlockType.LIST_ITEM and open_ and open_[-1][1] and text and block.location not in own \
                and not _CONDITIONAL_ITEM.match(text):
            _, phrase, interval, heading = open_[-1]
            activity = _trim(text)
            out.append(Claim(kind="frequency", text=f"{activity}: {phrase}", sentence=_trim(f"{heading}: {text}", 400),
                             location=block.location, phrase=phrase, activity=activity,
                             interval_days=round(interval, 1) if interval >= 1 else round(interval, 4)))
    return out, labels


def claims_in_text(text: str, location: Location | None = None) -> tuple[Claim, ...]:
    """Claims of one piece of text (tests, `gapscan check` of a single paragraph)."""
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    with nlp.select_pipes(enable=["sentencizer"]):
        sdoc = nlp(text)
    return tuple(_doc_claims(sdoc, _matchers(), location or Location()))


def _doc_claims(sdoc, matcher, location: Location, limit: int = MAX_CLAIMS, text: str | None = None,
                subject: str | None = None) -> list[Claim]:
    """Run the matcher once over a parsed text and read the claims sentence by sentence; `text` is what the
    tokenizer was given (so exactly ``sdoc.text``), when the caller has it; `subject`, the heading the text
    stands under (or the document's title), what a labelled cadence ("Review cadence: Annually") is about."""
    # the token columns read once: the matcher reads them, and the readers' word lists are made from them
    columns = getattr(matcher, "columns", None)
    if columns is not None and len(sdoc):
        rows = TokenRows(sdoc.to_array(columns()))
        found = matcher(sdoc, as_spans=True, rows=rows)
    else:
        rows, found = None, matcher(sdoc, as_spans=True)
    matches = sorted(found, key=lambda span: (span.start, span.end))
    if matches:
        _words_of(sdoc, rows, text)
    starts = [span.start for span in matches]
    out: list[Claim] = []
    for sent in sdoc.sents:
        # only the matches that start inside this sentence: linear overall, not sentences x matches
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        by_label: dict[str, list] = {}
        for span in matches[lo:hi]:
            if span.end <= sent.end:
                by_label.setdefault(span.label_, []).append(span)
        if by_label:
            # a Span's text is its tokens joined back together; sliced from the text it is the same string
            out.extend(sentence_claims(sent, by_label, location,
                                       text[sent.start_char:sent.end_char] if text is not None else None,
                                       subject=subject))
            if len(out) >= limit:
                break
    return out


# A line of a page's history ("2024-07-31 - Amended to add an annual review of all officer positions", "31 July
# 2024: updated to require ..."): a change made once, no cadence, form or role the records could break. A date,
# then a word for a change made; "From 2024-07-31 the committee reviews ..." opens with no date and stays.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (rf"(?:\d{{4}}[-/. ]\d{{1,2}}[-/. ]\d{{1,2}}|\d{{1,2}}[-/. ]\d{{1,2}}[-/. ]\d{{2,4}}|"
         rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
         rf"{_MONTH}\s+\d{{4}})")
_DATED_CHANGE = re.compile(rf"^[\W_]*{_DATE}[\s\W_]*(?:v?\d+(?:\.\d+)*[\s\W_]+)?(?:amended|added|updated|revised|"
                           r"changed|removed|replaced|approved|adopted|created|introduced|published|renamed|moved|"
                           r"merged|deleted|clarified|corrected|fixed|rewritten|reworded|expanded|extended)\b", re.I)
# a heading of a page's history: the lines under it tell what was changed, not what is done
# ("## Revisions" or "## Amendments" may say how the page is revised: "This policy is reviewed annually" stays)
HISTORY_HEADING = re.compile(r"^[\W_\d.]*(?:(?:document|revision|version|change|amendment|page|policy|procedure|"
                             r"edit)\s+)?(?:history|change\s?log|record of (?:changes|revisions|amendments))[\W_]*$",
                             re.I)


# A tip the reader may take or leave ("You may find it useful to have it calibrated by a technician") orders
# nothing: no role, cadence or form in it is a claim the records could break
ADVICE = re.compile(r"\b(?:may|might) find it (?:useful|helpful)\b|\b(?:you|one) (?:may|might|could) (?:want|wish|"
                    r"like) to\b|\bfeel free to\b|\bit (?:may|might|can|could) (?:help|be (?:useful|helpful))\b", re.I)
# every ADVICE match holds one of these, in lower case
_ADVICE_WORDS = ("find", "want", "wish", "like", "free", "help", "useful")


def _advice(text: str) -> bool:
    """ADVICE.search, run only on a text holding one of the words it needs (one sentence in a thousand has one;
    its search tries each of its branches at every character). Its IGNORECASE also matches a few non-ASCII letters
    to ASCII ones: a text with non-ASCII characters is always searched."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _ADVICE_WORDS):
            return False
    return ADVICE.search(text) is not None


# A question ("Do you test your business continuity plan annually?", "Are access privileges reviewed quarterly?")
# asks; it states nothing the set does: a vendor questionnaire or an audit checklist asks it of someone else, and
# its answer, where the set gives one, is a sentence of its own (drhold27's jjgrc vendor questionnaire). Only the
# question is: a statement before it in the same sentence still states ("Marcus Hale's team reviews the SA-3 access
# records ... and asks of every entry: **was there a reason to be in the room?**", 'STEP 1: ROOT CAUSE ANALYSIS
# (within 5 days) ❓ Why did the nonconformity occur?', a log 'supports a patient's question "who has looked at my
# record?"'), and so does what follows a question inside it ("Access review (is it done quarterly?) - the Security
# Officer reviews access monthly"). The question runs back from its '?' to a colon, a semicolon, a line break, a
# bracket, a quotation mark, emphasis or a symbol. A '?' inside a word ('page?id=3' of an address) asks nothing.
_QUESTION_MARK = re.compile(r"\?(?=[\s*_\"'\u201d\u2019)\]]|$)")
_QUESTION_BOUNDS = frozenset(":;\n\"'\u201c\u201d\u2018\u2019*_()[]")
_OPENING_MARKUP = " \t*_\"'\u201c\u2018"


def _question_start(text: str, mark: int) -> int:
    """Where the question whose '?' is at `mark` begins in `text`: after the nearest bound before it."""
    import unicodedata

    i = mark - 1
    while i >= 0 and text[i] not in _QUESTION_BOUNDS and unicodedata.category(text[i]) != "So":
        i -= 1
    return i + 1


def _asked(text: str) -> list[tuple[int, int]]:
    """The questions `text` asks, as (start, end) of each: from where it begins to its '?' (the mark of a word's
    end, before closing quotes, brackets or emphasis), wherever in `text` it stands."""
    return [(_question_start(text, m.start()), m.end()) for m in _QUESTION_MARK.finditer(text)]


def _opens_with_a_question(text: str) -> bool:
    """Whether a list item is a question: its first '?' closes its opening words ("Is data encrypted at rest?
    Evidence: ..."), not a bracket after a label ("Correctness (does it work as intended?)")."""
    mark = text.find("?")
    if mark < 0 or any(c in text[:mark] for c in ".!"):
        return False
    return not text[:_question_start(text, mark)].strip(_OPENING_MARKUP)


# A sentence that opens by saying whom or when a thing suits ("Great for: freelancers using the space daily", "Ideal
# during the weekly sessions", "Best suited to teams that release monthly") describes a fit, not a routine kept
FIT = re.compile(r"^[\W_]*(?:(?:great|ideal|perfect|best|good|handy|useful)\s+(?:for|during|before|when)|"
                 r"(?:(?:well|best|ideally)\s+)?(?:suited|suitable)\s+(?:for|to))\b", re.I)


# A cadence told as what happened once or what would happen ("a daily assertion that ran perfectly for months",
# "the committee met monthly", "a monthly inspection would cost 600 hours") is no requirement the records could
# break. With no tagger, tense is read from words that are past or supposed whatever their place: forms of "be",
# "have" and "do", and past forms no participle shares ("ran", not "held": "Meetings held monthly" is a label).
_PAST = frozenset("was were had did ran began went came became took gave saw wrote grew knew drew fell rose spoke "
                  "broke chose drove met".split())
_SUPPOSED = frozenset(("would",))
# "could have been found" supposes; "must have completed ... before it" still orders
_PERFECT_MODALS = frozenset("could might should may would".split())
# a supposition in a relative clause weighs the thing, not its cadence ("Daily - the control that would have
# found SB-4.1")
_RELATIVES = frozenset("that which who whose".split())
# a present or modal word saves the clause ("Daily checks were introduced in 2019 and are recorded ...")
_PRESENT = frozenset("is are am be has have shall must should will can may need needs required requires "
                     "remain remains".split())
_SUBJECT_PRONOUNS = frozenset("we they i you he she it".split())
# a verb in its present form ("the committee reviews access quarterly, as it did before"): -s forms of the
# verbs claims read, when no determiner or cadence word before them makes them a plural noun ("daily checks")
_PRESENT_S = frozenset(v for v in ACTION_VERBS + APPROVE_VERBS + FIELD_PRESENT if v.endswith("s")) | frozenset(
    "meets runs holds takes happens occurs receives sends reports keeps covers includes confirms".split())
_CLAUSE_MARKS = frozenset((";", ":"))


# a count in millions or thousands of things just before a cadence ("68.4 million card transactions annually",
# "over 6 M transactions per year"): a volume measured per period, not an activity done at that period
# a count in words is one too: "six million transactions", "two hundred thousand orders", "millions of requests"
_COUNT_WORDS = (r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|hundred|several|many|half\s+a)")
_VOLUME = re.compile(r"(?:\d[\d,.]*\s*(?:million|billion|thousand|mn|bn|[MBk])|"
                     rf"(?i:\b{_COUNT_WORDS}(?:[\s-]+{_COUNT_WORDS})*\s+(?:million|billion|thousand)|"
                     r"\b(?:millions|billions|thousands|hundreds\s+of\s+thousands)\s+of))"
                     r"\+?(?:\s+[A-Za-z][\w-]*){0,3}\s*$")
VOLUME_WINDOW = 8  # tokens before the cadence


# a count of a hundred or more, with at most two words of what is counted, before "per day" or "a week" ("14,730
# per day across 96 days", "≈ 9,640 MFA challenges per week"): a rate, when the count opens a value (after
# punctuation, a sign or 'about'); after a verb or 'of' it is the size of the work done at that cadence ("QA
# sampling of 200 calls per month", "Sample 200 calls per month"); "Back up the 1,200 laptops weekly" times the backup
RATE_COUNT = 100
RATE_WORDS = 2
_ABOUT = frozenset("about approximately approx around roughly some nearly almost over under circa ca".split())


def _volume_per_period(sent, span, after: int = 0) -> bool:
    """Whether the cadence at `span` follows a count of things in millions or thousands, or a count of a
    hundred or more just before 'per <period>' or 'a <period>', and so gives a rate."""
    doc = sent.doc
    start = max(sent.start, after, span.start - VOLUME_WINDOW)
    read = _words_of(doc)
    if _VOLUME.search(read.span_text(start, span.start)):
        return True
    low = read.low
    if low[span.start] not in ("per", "a", "an"):
        return False
    flags = read.flags
    i = span.start - 1
    while i >= max(start, span.start - 1 - RATE_WORDS) and flags[i] & ALPHA:
        i -= 1
    if i < start:
        return False
    try:
        if float(read.text[i].replace(",", "").lstrip("$£€")) < RATE_COUNT:
            return False
    except ValueError:
        return False
    if i <= sent.start:
        return True
    return not flags[i - 1] & ALPHA or low[i - 1] in _ABOUT


# an amount taken over a period, not a thing done once a period: "Average Weekly Wage", "the maximum daily
# dose", "the monthly average", "a daily limit of 5 kg"
_MEASURE_BEFORE = frozenset("average mean median total maximum minimum max min peak typical".split())
_MEASURE_AFTER = frozenset("average averages mean median total totals maximum minimum limit limits cap allowance "
                           "rate rates wage wages salary earnings income dose doses intake usage consumption "
                           "budget turnover revenue spend".split())


def _measure_per_period(sent, span) -> bool:
    """Whether the cadence at `span` qualifies an amount (the word before it or after it names one)."""
    read = _words_of(sent.doc)
    low = read.low
    start, end, sent_start, sent_end = span.start, span.end, sent.start, sent.end
    before = low[start - 1] if start > sent_start else ""
    # "60 min every other Thursday": minutes after a number, how long a meeting takes, not a minimum
    minutes = before == "min" and start - 2 >= sent_start and read.flags[start - 2] & NUM
    if before in _MEASURE_BEFORE and not minutes:
        return True
    if end >= sent_end or low[end] not in _MEASURE_AFTER:
        return False
    # the amount word must end the phrase: "the monthly budget review" is a review held monthly (the word after
    # it is read by its spelling: the shared pipeline tags no parts of speech)
    if end + 1 >= sent_end:
        return True
    nxt = read.flags[end + 1]
    return not nxt & ALPHA or bool(nxt & STOP)


# work in general that goes on every day ("keep daily operations running", "scanners in daily use"): no thing done
# once a day that a record could show. After a recording verb it is what a daily record holds ("record daily
# operations"), and a noun after it makes a thing of that work ("the daily operations meeting").
_ONGOING_WORK = frozenset("operations operation business life use affairs activities work".split())
# words that may follow that work and end its phrase: a modal, or the work going on ("... running smoothly")
_WORK_GOES_ON = frozenset("shall must should will may can running going continuing moving smoothly "
                          "uninterrupted".split())
_RECORDING = frozenset("record records recorded log logs logged report reports reported review reviews reviewed "
                       "document documents documented summarise summarises summarize summarizes audit audits "
                       "check checks checked inspect inspects".split())


def _ongoing_work(sent, span) -> bool:
    """Whether the cadence at `span` qualifies work in general rather than a thing done at that cadence."""
    doc = sent.doc
    if span.end >= sent.end or doc[span.end].lower_ not in _ONGOING_WORK:
        return False
    nxt = doc[span.end + 1] if span.end + 1 < sent.end else None
    if nxt is not None and (nxt.is_alpha and not nxt.is_stop and nxt.lower_ not in _WORK_GOES_ON
                            or nxt.text in ("-", "\u2011") and not nxt.whitespace_ and not doc[span.end].whitespace_):
        return False  # "the daily operations meeting", "daily use-case review": a thing of that work
    i = span.start - 1
    while i >= sent.start and doc[i].lower_ in ("the", "a", "an", "our", "its", "their", "all", "any"):
        i -= 1
    return i < sent.start or doc[i].lower_ not in _RECORDING


# Cadences that are no routine someone keeps (claims19): a share a thing loses or gains, estimated ("~2% of their
# contents per day", "about 3 percent per month"; a share stated exactly, "Inspect 10% of batches per week", is a
# sample size and stays); an open range of what a thing does ("once every hour or few hours"); opening hours ("only
# open from 2pm-3pm on Tuesdays"); a cadence word that opens a company's name ("Daily Sun ... Company Limited")
_HEDGES = _ABOUT | frozenset(("~", "\u2248", "\u00b1"))
_PERCENT = frozenset(("%", "percent", "pct"))
SHARE_WINDOW = 8  # tokens before the cadence
_OPEN_RANGE = frozenset("few several couple more many".split())
_UNIT_WORDS = frozenset("hour hours day days week weeks month months year years shift shifts".split())
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?"
_TIME_RANGE = re.compile(rf"(?:^|\s)(?:from\s+|between\s+)?({_CLOCK})\s*(?:-|\u2013|to|and|until|till)\s*({_CLOCK})\s*$",
                         re.I)
_AVAILABLE = frozenset("open opens opened closed closes available unavailable only hours staffed attended "
                       "accessible".split())
ORG_SUFFIXES = frozenset("limited ltd ltd. inc inc. incorporated llc l.l.c. plc corporation corp corp. company co "
                         "co. gmbh pvt llp holdings".split())
NAME_WORDS = 6  # capitalised words after the cadence word that may make the name


def _estimated_share(sent, span) -> bool:
    """Whether an estimated share ('~2%', 'about 3 percent') stands just before the cadence at `span`."""
    read = _words_of(sent.doc)
    low, texts = read.low, read.text
    sent_start, start = sent.start, span.start
    lo = max(sent_start, start - SHARE_WINDOW)
    for i in range(lo, start):
        if texts[i] in _CLAUSE_MARKS:
            lo = i + 1
    for i in range(lo, start):
        if low[i] not in _PERCENT or i == sent_start:
            continue
        num = i - 1
        if texts[num][:1] in ("~", "\u2248") or num > sent_start and low[num - 1] in _HEDGES:
            return True
    return False


def _open_range(sent, span) -> bool:
    """Whether the cadence at `span` opens a range with no far end: 'every hour or few hours', 'every day or two'."""
    doc = sent.doc
    i = span.end
    if i + 1 >= sent.end or doc[i].lower_ != "or":
        return False
    i += 1
    while i < sent.end and doc[i].lower_ in ("a", "every", "each", "once"):
        i += 1
    if i >= sent.end:
        return False
    word = doc[i].lower_
    if word in _OPEN_RANGE:
        return True
    if word in NUMBER_WORDS and word not in ("a", "an"):
        # "every day or two": a count in words with nothing counted after it; "annually or 1,820 work-hours" and
        # "every month or two weeks" name a second limit
        return i + 1 >= sent.end or not doc[i + 1].is_alpha
    return False


def _opening_hours(sent, span) -> bool:
    """Whether the cadence at `span` follows a range of clock times in a clause about being open or available
    ('only open from 2pm-3pm on Tuesdays'); a routine at those times ('Backups run from 1am-3am on Sundays')
    names no opening and stays."""
    doc = sent.doc
    read = _words_of(doc)
    m = _TIME_RANGE.search(read.span_text(max(sent.start, span.start - 6), span.start))
    if m is None or not any(re.search(r"[:.]|[ap]\.?m|h$", g, re.I) for g in m.groups()):
        return False
    lo = max(sent.start, span.start - ACTIVITY_WINDOW)
    texts = read.text
    for i in range(lo, span.start):
        if texts[i] in _CLAUSE_MARKS:
            lo = i + 1
    low = read.low
    return any(low[i] in _AVAILABLE for i in range(lo, span.start))


def _names_a_company(span, sent) -> bool:
    """Whether a capitalised cadence word opens a company's name: capitalised words after it that end in a word
    such as 'Limited', 'Ltd' or 'Inc.' with a name word before that ('Daily Sun Pharmaceutical Company Limited')."""
    doc = sent.doc
    if len(span) != 1 or not span[0].text[:1].isupper():
        return False
    for i in range(span.end, min(sent.end, span.end + NAME_WORDS)):
        t = doc[i]
        if not t.text[:1].isupper():
            return False
        if t.lower_ in ORG_SUFFIXES and i > span.end:
            return True
    return False


def _not_a_routine(sent, span) -> bool:
    return _estimated_share(sent, span) or _open_range(sent, span) or _opening_hours(sent, span) \
        or _names_a_company(span, sent) or _given_as_example(sent, span)


# "shall meet regularly (e.g. weekly on a video call)", "tested periodically, for example monthly": the cadence is an
# example of a looser rule, which names no period the records could be held to
EXAMPLE_BEFORE = re.compile(r"(?:\be\.\s?g\b\.?|\beg\b\.?|\bfor\s+(?:example|instance))\W*$", re.I)


def _given_as_example(sent, span) -> bool:
    """Whether the cadence at `span` follows 'e.g.' or 'for example' directly (punctuation between aside)."""
    return bool(EXAMPLE_BEFORE.search(_words_of(sent.doc).span_text(max(sent.start, span.start - 4), span.start)))


# "Calibrate meter weekly or before each batch": an event the procedure accepts instead of the cadence; the record
# meets the claim either way, so the event is kept beside the cadence and is not part of the activity
_EVENT_OPENERS = frozenset("before after prior when whenever upon following if each every".split())
OR_EVENT_WORDS = 8  # tokens of the event kept, at most


def _or_event(sent, span) -> str | None:
    """The event after 'or' that follows the cadence at `span` ("before each batch"), else None."""
    doc = sent.doc
    if span.end + 1 >= sent.end or doc[span.end].lower_ != "or" or doc[span.end + 1].lower_ not in _EVENT_OPENERS:
        return None
    words = []
    for t in doc[span.end + 1:min(sent.end, span.end + 1 + OR_EVENT_WORDS)]:
        if t.is_punct or t.lower_ in ("and", "but"):
            break
        words.append(t.text)
    return " ".join(words) if len(words) > 1 else None


# "At the first committee meeting after each annual general meeting": the cadence is part of a meeting's name,
# and the activity is timed from that meeting (before it, after it, at the next one), not by the calendar
_TIMED_FROM = frozenset("after before following prior until next".split())
_MEETING_NOUNS = frozenset("meeting meetings agm agms".split())
_BETWEEN = frozenset("the each every an a this that".split())


def _relative_to(sent, span) -> str | None:
    """'after each annual general meeting' when the cadence at `span` names a meeting something is timed from."""
    doc = sent.doc
    end = next((t.i + 1 for t in doc[span.end:min(sent.end, span.end + 3)] if t.lower_ in _MEETING_NOUNS), None)
    if end is None:
        return None
    i = span.start - 1
    while i >= sent.start and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i >= sent.start and doc[i].lower_ in _TIMED_FROM:
        return doc[i:end].text
    if i + 1 < span.start and doc[i + 1].lower_ == "next":
        return doc[i + 1:end].text
    return None


# a sentence that is all one quotation: '- "Pipes freeze within 24 hours"', an example of what to write
_QUOTED = re.compile(r"\s*(?:[-*+\u2022]\s+)?([\"\u201c])([^\"\u201c\u201d]+)[\"\u201d][.,;:!]?\s*")
_ORDER_WORDS = re.compile(r"\b(?:must|shall|should|will|is to|are to|needs? to|has to|have to|required)\b", re.I)


def _quoted_example(text: str) -> bool:
    """Whether the sentence is only a quoted phrase that orders nothing: an example given to the reader
    ("Be specific: 'Pipes freeze within 24 hours'"), not a rule. A quoted rule ('"Incidents must be reported
    within 24 hours."') or instruction ('"Report it within a day"') still is one."""
    m = _QUOTED.fullmatch(text)
    if m is None:
        return False
    inner = m.group(2).strip()
    first = inner.split()[0].lower() if inner.split() else ""
    return not _ORDER_WORDS.search(inner) and first not in IMPERATIVE_VERBS


_CADENCE_ADVERBS = frozenset(ADVERBS)


def _told_not_stated(sent, span) -> bool:
    """Whether the cadence at `span` stands in a clause (the sentence between ';' and ':') that tells a past
    event or a supposition and states nothing as done now: a past or supposing word ('was', 'ran', 'met',
    'would', 'could have been', 'we reviewed') and no present or modal one ('is', 'must', 'we review', 'meets',
    an imperative opening the clause). Verbless labels and table cells state no tense and stay claims."""
    read = _words_of(sent.doc)
    low, texts, flags = read.low, read.text, read.flags
    start, end = span.start, span.end
    # within the window the activity is read from: a run-on "sentence" must not be rescanned for each cadence
    first, last = max(sent.start, start - ACTIVITY_WINDOW), min(sent.end, end + ACTIVITY_WINDOW)
    lo = next((i + 1 for i in range(start - 1, first - 1, -1) if texts[i] in _CLAUSE_MARKS), first)
    hi = next((i for i in range(end, last) if texts[i] in _CLAUSE_MARKS), last)
    told = relative = False
    cadence = _CADENCE_ADVERBS
    for i in range(lo, hi):
        word = low[i]
        prev = low[i - 1] if i > lo else ""
        nxt = low[i + 1] if i + 1 < hi else ""
        relative = relative or word in _RELATIVES
        if word in _PERFECT_MODALS and nxt == "have":
            told = told or not relative  # "could have been found"
            continue
        if word == "have" and prev in _PERFECT_MODALS:
            continue
        if word in _PRESENT or i == lo and word in IMPERATIVE_VERBS:
            return False
        if prev in _SUBJECT_PRONOUNS and flags[i] & ALPHA:
            if word.endswith("ed") or word in _PAST:
                told = True
            elif word not in _SUPPOSED:
                return False  # "we review", "they check"
            continue
        if word in _PRESENT_S and i > lo and not flags[i - 1] & STOP and prev not in cadence \
                and not flags[i - 1] & NUM:
            return False
        if word in _SUPPOSED:
            told = told or not relative
        elif word == "met":
            # "the committee met monthly"; not the status "Met - ..." nor "5.3.2 met by ..."
            told = told or i > lo and bool(flags[i - 1] & ALPHA) and not flags[i - 1] & STOP
        elif word in _PAST and prev not in ("has", "have", "having", "is", "are", "be", "been", "what"):
            told = True  # "what was displayed" is the object of a check, not its story
    return told


# A label whose value is a cadence ("**Review cadence**: Annually", "Audit frequency: Quarterly", "Frequency:
# Monthly"): its words but these say what is done; a label of no other word leaves it to the heading. "Time" too: a
# team page's "Time and cadence: weekly" says when the team under that heading meets, no activity called "time"
CADENCE_NOUNS = frozenset("cadence frequency frequencies interval intervals periodicity schedule cycle timing "
                          "time times period".split())
# what is done, with no word for what it is done to: the document or section the label stands in says that
GENERIC_ACTS = frozenset("review reviews reviewed audit audits test tests testing check checks update updates "
                         "revision revisions inspection inspections assessment assessments reassessment approval "
                         "evaluation re-review re-approval".split())
_LABEL_LINKS = frozenset(("of", "for", "and", "&"))
# after the cadence, words that add a trigger or a condition ("Annually or after any major change", "Quarterly,
# by the owner") and name nothing that is done
_VALUE_TAIL = frozenset("or and plus after on upon when whenever following if with by at in as".split())
MAX_LABEL_WORDS = 4
# a heading's number: "4.", "4.2", "A.5", "B)"; not the "A" of "A Guide to ..."
_HEADING_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Z](?:\.\d{1,2})+\.?|[A-Z][.)])\s+")


def _label_before(sent, start: int) -> list[str] | None:
    """The words of a label ending in ':' just before a cadence ("Review cadence: Annually"), or None. Labels in
    a paragraph run together ("Owner: Jo Bloggs Review cadence: Annually", a document's header with its line
    breaks gone): the label is the lower-case words before ':' and the capitalised word that opens it, short,
    with no word but 'of', 'for' and 'and' among the small ones ("The lead checks the following:" is a
    sentence)."""
    doc = sent.doc
    colon = start - 1
    if colon <= sent.start or doc[colon].text != ":":
        return None
    words: list = []
    j = colon - 1
    while j >= sent.start and doc[j].is_alpha and doc[j].text.islower() and len(words) < MAX_LABEL_WORDS:
        words.insert(0, doc[j])
        j -= 1
    if j < sent.start or not doc[j].is_alpha or not doc[j].text[:1].isupper() or len(words) >= MAX_LABEL_WORDS:
        return None
    words.insert(0, doc[j])
    if any(t.is_stop and t.lower_ not in _LABEL_LINKS for t in words):
        return None
    return [t.text for t in words]


def _labelled_activity(label: list[str], value: str, subject: str | None) -> str:
    """What a labelled cadence is about: the value's own words, as before ("Review cadence: Quarterly access
    review" is the access review), else the label's ("Audit frequency" -> "audit"), with the heading or document it stands under
    when the label names an act and not what it is done to ("Review cadence" in the Backup Policy -> "review of
    the Backup Policy") or names nothing but the cadence ("Frequency" under "4. Supplier evaluation")."""
    words = [w for w in label if w.lower() not in CADENCE_NOUNS]
    while words and words[-1].lower() in _LABEL_LINKS:
        words.pop()
    while words and words[0].lower() in _LABEL_LINKS:
        words.pop(0)
    value_words = value.split()
    if value_words and value_words[0].lower() not in _VALUE_TAIL:
        # the value says what is done; a label before it may be anything ("Note: weekly checks are ...")
        return value
    topic = _HEADING_NUMBER.sub("", subject or "").strip(" :#*_") or None
    own = " ".join(words).lower()
    if not words:
        return _trim(topic) if topic else ""
    if topic and all(w.lower() in GENERIC_ACTS for w in words):
        if own.rstrip("s") in topic.lower():
            return _trim(topic)  # "Review cadence" under "Access reviews"
        return _trim(f"{own} of the {topic}")
    return _trim(own)


def _cadence_bounds(spans) -> list[tuple[int, int | None]]:
    """For each frequency span, where the nearest span of another interval before it ends (0 if none) and where
    the nearest after it starts (None): in two passes, as a run-on "sentence" can hold thousands of them."""
    intervals = [_interval(sp) for sp in spans]
    out: list[list] = [[0, None] for _ in spans]
    run_prev = 0
    for k in range(len(spans)):
        if k and intervals[k] != intervals[k - 1]:
            run_prev = spans[k - 1].end  # the previous run of one interval ended there
        out[k][0] = run_prev
    run_next = None
    for k in range(len(spans) - 1, -1, -1):
        if k + 1 < len(spans) and intervals[k] != intervals[k + 1]:
            run_next = spans[k + 1].start
        out[k][1] = run_next
    return [tuple(b) for b in out]


def sentence_claims(sent, by_label: dict[str, list], location: Location, sent_text: str | None = None, *,
                    subject: str | None = None) -> list[Claim]:
    """The claims of one spaCy sentence, given its matches by rule label (and its text, ``sent.text``, when
    the caller has it; and the heading or title it stands under, `subject`)."""
    sdoc = sent.doc
    if sent_text is None:
        sent_text = sent.text  # joined from the tokens once: it is read twice below
    text = _trim(sent_text, 400)
    if _advice(text) or _quoted_example(text) or _DATED_CHANGE.match(text):
        return []
    asked = [(sent.start_char + a, sent.start_char + b) for a, b in _asked(sent_text)]
    if asked:
        # what a question asks is no claim; what the sentence states before or after it is
        by_label = {label: kept for label, spans in by_label.items()
                    if (kept := [span for span in spans if not any(a <= span.start_char < b for a, b in asked)])}
        if not by_label:
            return []
    out: list[Claim] = []
    # each part only for the labels it reads: most sentences hold a role and nothing else
    get = by_label.get
    if get("FORM_CODE") or get("FORM_NUMBER") or get("FORM_TITLE"):
        # forms: codes first, then titles not already part of a code mention
        codes = longest_spans(by_label.get("FORM_CODE", []) + by_label.get("FORM_NUMBER", []))
        # a title never starts with the hyphen of "near-miss": trim it to the words
        trimmed = [t[1:] if t[0].text == "-" else t for t in by_label.get("FORM_TITLE", [])]
        titles = longest_spans([t for t in trimmed if len(t) > 1 and t[0].is_alpha and _names_a_form(t, codes)])
        used_titles = set()
        for span in codes:
            is_number = span.text.split()[0].lower() in ("form", "checklist", "log", "register") and " " in span.text
            if not is_number and not _is_form_code(span, sent):
                continue
            title = next((t for t in titles if t.start in (span.end, span.end + 1) or t.end in (span.start,)), None)
            if title is not None:
                used_titles.add(title.start)
            code = _norm_code(span.text) if not is_number else span.text.title()
            out.append(Claim(kind="form", text=f"uses {code}" + (f" ({title.text})" if title is not None else ""),
                             sentence=text, location=location, form_code=code,
                             form_title=title.text.lower() if title is not None else None))
        form_codes = [c.form_code for c in out]
        # a title in a sentence that names exactly one code is that form ("an NCR in the register (QF-08)")
        alias = form_codes[0] if len(form_codes) == 1 else None
        for span in titles:
            if span.start in used_titles or any(c.start <= span.start < c.end for c in codes):
                continue
            if _template_listing(span, titles):
                continue
            out.append(Claim(kind="form", text=f"uses the {span.text.lower()}" + (f" ({alias})" if alias else ""),
                             sentence=text, location=location, form_title=span.text.lower(), form_code=alias))
    if get("FREQ_ADVERB") or get("FREQ_EVERY"):
        # frequencies
        freq_spans = longest_spans(by_label.get("FREQ_ADVERB", []) + by_label.get("FREQ_EVERY", []))
        freq_spans = sorted(freq_spans, key=lambda sp: sp.start)
        # "every other week on Thursdays": the weekday right after a cadence of whole weeks is the day it falls on,
        # not a second cadence (nor a choice between two)
        freq_spans = [b for k, b in enumerate(freq_spans)
                      if not (k and _weekday_of(freq_spans[k - 1], b)
                              and all(t.is_punct for t in sdoc[freq_spans[k - 1].end:b.start]))]
        # "MONTHLY QUARTERLY", "weekly / monthly", "daily or weekly": a choice left to the reader, not a claim
        # ("weekly, every Thursday" says one cadence twice: that stays)
        choice = {i for a, b in zip(freq_spans, freq_spans[1:])
                  if _interval(a) != _interval(b)
                  and all(t.is_punct or t.lower_ in ("or", "and/or") for t in sdoc[a.end:b.start])
                  for i in (a.start, b.start)}
        bounds = _cadence_bounds(freq_spans)
        if FIT.match(text):
            freq_spans = []
        for k, span in enumerate(freq_spans):
            if span.start in choice:
                continue
            interval = _interval(span)
            if not interval or _names_a_title(span, sent) or _told_not_stated(sent, span) \
                    or _volume_per_period(sent, span, bounds[k][0]) or _measure_per_period(sent, span):
                continue
            if _ongoing_work(sent, span):
                continue
            if _not_a_routine(sent, span):
                continue
            prefix = _words_of(sdoc).span_text(max(sent.start, span.start - 2), span.start).lower()
            phrase = ("at least " if "at least" in prefix else "") + span.text
            # another cadence of another interval bounds this one's activity ("weekly, every Thursday" is one)
            prev, nxt = bounds[k]
            or_event = _or_event(sent, span)
            if or_event is not None:
                nxt = span.end if nxt is None else min(nxt, span.end)
            begin = span.start - (2 if "at least" in prefix else 0)
            activity = _activity(sent, begin, span.end, clause=True, after=prev, before=nxt)
            label = _label_before(sent, begin)
            if label is not None:
                activity = _labelled_activity(label, activity, subject)
            out.append(Claim(kind="frequency", text=f"{activity}: {phrase}", sentence=text, location=location,
                             # "every 2 hours" is 0.0833 days: rounded to a tenth it would read as 2.4 hours
                             interval_days=round(interval, 1) if interval >= 1 else round(interval, 4),
                             phrase=phrase, activity=activity, or_event=or_event,
                             relative_to=_relative_to(sent, span)))
    if get("DEADLINE_WITHIN") or get("DEADLINE_BEFORE") or get("DEADLINE_BY_DAY"):
        # deadlines; none in a sentence that defines a kind of thing and orders nothing ("A chemical that has
        # a median lethal dose ... for 24 hours (or less if death occurs within 24 hours)")
        defines = bool(_DEFINES.match(text)) and not _ORDERS.search(text)
        for label in ("DEADLINE_WITHIN", "DEADLINE_BEFORE", "DEADLINE_BY_DAY"):
            for span in longest_spans(by_label.get(label, [])) if not defines else ():
                values = _deadline(label, span, sent)
                if values is None:
                    continue
                of = f" of {values['from_event']}" if label == "DEADLINE_WITHIN" and values["from_event"] else ""
                out.append(Claim(kind="deadline", text=f"{values['to_event']}: {span.text}" + of,
                                 sentence=text, location=location, phrase=span.text,
                                 activity=values["to_event"], **values))
    # required fields
    for span in by_label.get("FIELDS", [])[:1]:
        verb = span[-1].lower_
        if not _field_subject_ok(sent, span.end - 1, verb.rstrip("s") if verb in FIELD_PRESENT else verb) \
                or (verb not in ("record", "capture", "log", "enter", "note") and _in_condition(sent, span.end - 1)):
            continue
        fields = _fields(sent, span.end)
        instruction = verb in ("record", "capture", "log", "enter", "note")
        if fields and _field_list_ok(sent, span.end - 1, fields, instruction) and not _on_failure(sent):
            out.append(Claim(kind="field", text="record holds " + ", ".join(fields), sentence=text,
                             location=location, fields=fields))
    for span in by_label.get("FIELDS_LISTED", [])[:1]:
        # 'Every delivery is entered on the Goods Intake Log (FF-02): date, time, supplier, ...'
        colon = next((t.i for t in sdoc[span.end:sent.end] if t.text.endswith(":")), None)  # ":" or "):"
        fields = _fields(sent, colon + 1) if colon is not None else ()
        if len(fields) >= 3 and not any(c.kind == "field" for c in out):
            out.append(Claim(kind="field", text="record holds " + ", ".join(fields), sentence=text,
                             location=location, fields=fields))
    for span in by_label.get("MANDATORY", [])[:1]:
        fields = _mandatory_fields(sent, span)
        if fields and not any(c.kind == "field" for c in out):
            # phrase "mandatory": "X must be completed" may name an activity, not a column
            out.append(Claim(kind="field", text="record holds " + ", ".join(fields) + " (mandatory)", sentence=text,
                             location=location, fields=fields, phrase="mandatory"))
    for span in by_label.get("POSSESS", [])[:1]:
        if any(c.kind == "field" for c in out):
            break
        holder = _holder(sent, span)
        # a thing had is named in full: "an on-file SOC 2 Type II report"
        fields = _fields(sent, span.end, least=1, longest=6) if holder else ()
        if fields and _field_list_ok(sent, span.end - 1, fields, False) and not _on_failure(sent) \
                and not any(_CONDITIONAL.search(f) for f in fields):
            # phrase "possession": each row of the holder's register must have them; a column answered 'No' is
            # the thing not had, and no column says nothing (it may be kept elsewhere)
            out.append(Claim(kind="field", text=f"{holder}: each has " + ", ".join(fields), sentence=text,
                             location=location, fields=fields, phrase="possession", holder=holder))
    # roles
    roles = by_label.get("ROLE")
    if roles:
        read = _words_of(sdoc)
        low = read.low
    for span in longest_spans(roles) if roles else ():
        start, end = span.start, span.end
        if end - start == 1 and low[start] in ("person", "team"):
            continue
        values = _role_claim(span, sent)
        if values is None:
            continue
        texts = read.text
        role = " ".join(texts[i] for i in range(start, end) if low[i] not in ("the", "a", "an"))
        out.append(Claim(kind="role", text=f"{role} ({values['responsibility']}): {values['action']}",
                         sentence=text, location=location, role=role, **values))
    return out
