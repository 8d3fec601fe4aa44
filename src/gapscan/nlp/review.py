"""Management review minutes, sentence by sentence: paperwork or business?

SH03 needs to know what a management review actually talked about. Each sentence
is matched against two lexicons with a spaCy PhraseMatcher on lemmas: paperwork
topics (audit findings, overdue actions, document status, the certificate, training
records) and business topics (margin, cost, throughput, delivery, scrap and rework,
recurring failures, customers, people and capacity; for an information security system, its
risks and incidents; for a charity, a club or a service, its money and funding, members and clients,
programmes and events, officers and elections). An amount of money is cost; who was present is not discussed.

gapscan's pipeline is a blank English model (nothing is downloaded), which has no
lemmatizer tables, so `set_lemmas` gives each token a rule-based lemma key (plural,
past tense and -ing forms folded together). Patterns and text get the same key, so
"complaints were discussed" matches the pattern "complaint" and "agreed" matches "agree".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from gapscan.model import BlockType, Document, Location

PAPERWORK_TOPICS: dict[str, tuple[str, ...]] = {
    "audit findings": (
        "audit finding", "audit result", "audit report", "internal audit", "external audit",
        "surveillance audit", "audit programme", "audit program", "audit schedule", "auditor",
        "nonconformity", "non-conformity", "nonconformance", "non-conformance", "minor nc", "major nc",
        "observation", "opportunity for improvement", "ofi", "finding",
    ),
    "overdue actions": (
        "overdue", "open action", "action log", "action tracker", "action register", "outstanding action",
        "action outstanding", "actions from the previous review", "previous minutes", "close out",
        "closed out", "carried forward", "capa status", "corrective action status", "still open",
    ),
    "document status": (
        "document control", "controlled document", "document register", "document review",
        "procedure update", "procedure revise", "procedure was update", "revision", "reissue",
        "quality manual", "manual update", "policy review", "quality policy", "documented information",
        "issue number", "template", "form update", "policy", "procedure", "review date", "obsolete",
        "document",
    ),
    "certificate": (
        "certificate", "certification", "certification body", "recertification", "re-certification",
        "accreditation", "ukas", "scope of certification", "transition audit", "iso 9001", "iso 14001",
        "iso 45001", "iso 27001", "clause",
    ),
    "training records": (
        "training record", "training matrix", "skills matrix", "competence record", "training log",
        "induction record", "training file", "training plan", "record of training",
    ),
}

SECURITY_TOPIC = "security risks and incidents"
BUSINESS_TOPICS: dict[str, tuple[str, ...]] = {
    "margin": (
        "margin", "gross margin", "profit", "profitability", "price", "pricing", "revenue", "sales",
        "turnover", "ebitda", "contribution", "price increase",
    ),
    "cost": (
        "cost", "spend", "budget", "overspend", "expense", "cost of poor quality", "copq", "saving",
        "energy bill", "freight", "material price", "invoice",
    ),
    "throughput": (
        "throughput", "output", "oee", "uptime", "downtime", "cycle time", "lead time", "bottleneck",
        "units per hour", "productivity", "utilisation", "utilization", "changeover", "line speed",
    ),
    "delivery": (
        "on-time delivery", "on time delivery", "otif", "late delivery", "delivery performance", "backlog",
        "order book", "shipment", "dispatch", "late order", "delivery date", "expedite", "arrears",
        "delivery", "on time", "on-time", "in full", "otd",
    ),
    "scrap and rework": (
        "scrap", "rework", "reject", "rejection", "first pass yield", "yield", "waste", "regrind",
        "write-off", "write off", "concession",
    ),
    "recurring failures": (
        "recurring", "recur", "repeat failure", "repeat fault", "repeat defect", "same fault",
        "root cause", "breakdown", "failure mode", "chronic", "keeps failing", "third time", "second time",
        "chatter", "porosity", "defect", "burr", "crack", "leak", "failure", "fault",
    ),
    "customers": (
        "customer complaint", "complaint", "customer feedback", "customer satisfaction", "return",
        "warranty", "warranty claim", "escalation", "customer visit", "lost customer", "lost the account",
        "customer", "nps",
    ),
    "people and capacity": (
        "staffing", "headcount", "recruitment", "recruit", "vacancy", "overtime", "absence", "sickness",
        "agency staff", "labour", "labor", "shift pattern", "shift", "skills shortage", "morale",
        "capacity", "leaver", "hire", "retention",
    ),
    # What an information security system is run by, as a factory is by scrap and complaints: the risks it
    # accepts or raises and the incidents it has (ISO/IEC 27001 9.3 asks for risk results and incidents).
    "security risks and incidents": (
        "residual risk", "appetite", "risk acceptance", "risk tolerance", "risk raise", "risk accept",
        "risk be raise", "risk be accept", "new risk", "accepted risk", "security incident", "incident",
        "breach", "data breach",
        "ransomware", "phishing", "outage", "data loss",
    ),
    # What a board that does not make things reviews, a charity's, a club's or a service's (a held-out charity
    # board deciding its strategic plan, officer elections and an online-workshop pilot was read as paperwork):
    # the money it raises and holds, ...
    "money and funding": (
        "income", "funding", "fund", "grant", "donation", "donor", "fundraising", "fundraise", "sponsorship",
        "sponsor", "reserves", "financial", "financial statement", "treasurer's report",
        "treasurer report", "bank balance", "cash flow", "cashflow", "deficit", "surplus", "membership fee",
        "membership due", "annual due", "subscription", "insurance", "rent",
    ),
    # ... the members, clients or people it serves ...
    "members and clients": (
        "membership", "new member", "member survey", "member number", "volunteer", "client", "service user", "beneficiary", "participant", "learner",
        "student", "patient", "safeguarding", "community", "enrolment", "enrollment",
    ),
    # ... the programme it runs against its plan ...
    "programmes and events": (
        "strategic plan", "strategy", "strategic", "goal", "programme", "program", "event", "campaign", "outreach", "initiative", "partnership", "partner", "roadmap", "work plan",
        "annual plan", "pilot", "kpi", "key performance indicator", "performance",
    ),
    # ... and who runs it (officers, elections), beside "people and capacity"
    "officers and elections": (
        "officer", "election", "elect", "nomination", "trustee", "executive director", "succession",
        "board seat", "term of office",
    ),
}
# The business topics every management review is expected to discuss: a factory's review that never mentions
# security incidents is not faulted for it, and an ISMS review that does is not paperwork.
SERVICE_TOPICS = ("money and funding", "members and clients", "programmes and events", "officers and elections")
EXPECTED_BUSINESS_TOPICS = tuple(t for t in BUSINESS_TOPICS if t != SECURITY_TOPIC and t not in SERVICE_TOPICS)
# What a review that speaks of members, funding or a programme (an organisation that does not make things) is
# expected to discuss instead: its money, those it serves, its programme and its people; the topics it may use
# for each (a charity's cost or a club's customers count).
PRODUCTION_TOPICS = ("margin", "throughput", "delivery", "scrap and rework")
SERVICE_EXPECTED: dict[str, tuple[str, ...]] = {
    "money and funding": ("money and funding", "cost", "margin"),
    "members and clients": ("members and clients", "customers"),
    "programmes and events": ("programmes and events", "delivery", "throughput"),
    "people and capacity": ("people and capacity", "officers and elections"),
}
# An amount of money ("$3.19M", "£40k", "EUR 12,000") is cost, whatever word goes with it.
MONEY = re.compile(r"(?:[$£€]\s?\d|\b(?:usd|eur|gbp)\s?\d|\d\s?(?:usd|eur|gbp)\b)", re.I)

GROUP_PAPERWORK = "paperwork"
GROUP_BUSINESS = "business"
GROUP_BOTH = "both"

_IRREGULAR = {
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "am": "be",
    "has": "have", "had": "have", "having": "have", "did": "do", "does": "do", "done": "do",
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go",
    "gone": "go", "kept": "keep", "met": "meet", "lost": "lose", "ran": "run", "spent": "spend",
    "brought": "bring", "bought": "buy", "sold": "sell", "told": "tell", "held": "hold", "left": "leave",
    "people": "person", "staff": "staff", "data": "data", "news": "news", "analysis": "analysis",
    "process": "process", "business": "business", "finding": "finding", "training": "training",
    "meeting": "meeting", "running": "run", "during": "during", "something": "something", "anything": "anything", "status": "status", "less": "less", "loss": "loss",
}
_DECISION = {"decide", "decision", "agree", "approve", "resolve", "authorise", "authorize", "sign-off", "signoff"}
# Who attended is not what was discussed ("Present: ..., Customer Service Lead").
_ATTENDANCE = re.compile(r"\s*(present|attendees|attending|in attendance|apologies|absent|chair|minutes|"
                         r"distribution|circulation|record|participants|conducted by)\b|\s*(?:review |meeting )?date\s*:",
                         re.I)
# a field of a header line that carries what was discussed ("Date: 5 March | Agenda: the manual was reissued")
_CONTENT_FIELD = re.compile(r"\b(?:agenda|discussion|discussed|topics?|items?|decisions?|subject)\s*:", re.I)
# a line citing the standard's clause for an input ("ISO 9001:2015 Clause 9.3.2(b) - Evaluate achievement of quality
# objectives"): the label of an agenda item, as a heading is, not something discussed
_CLAUSE_LABEL = re.compile(r"\s*(?:ISO(?:/IEC)?\s*\d{4,5}(?::\d{4})?,?\s*)?(?:clause|§)\s*\d{1,2}(?:\.\d{1,2}){0,3}"
                           r"(?:\s*\([a-z]\))?\s*(?:[-–—:]|$)", re.I)
# A motion's recorded result or a task given to someone is a decision however it is worded ("Result: Passed with
# no dissent", "Passes by consensus", "The motion was carried", "Task assigned to the Treasurer to ..."); a motion
# tabled or a machine that passed its inspection is not.
_MOTION_DECISION = re.compile(
    r"^\W*results?\W*:?\W*(?:passed|carried|adopted|approved|accepted)\b"
    r"|\bpasse[sd]\s+(?:by|with)\s+(?:consensus|unanimous|majority|a\s+vote|vote|no\s+dissent)"
    r"|\bmotion\s+(?:was\s+|is\s+|has\s+been\s+)?(?:passed|carried|adopted|approved)\b"
    r"|\bcarried\s+(?:unanimously|by\s+consensus|without\s+dissent)\b"
    r"|\btasks?\s+(?:was\s+|were\s+|is\s+|are\s+)?assigned\s+to\b", re.I)
# A policy, procedure, document or template named by that word alone is paperwork only when the sentence also
# speaks of the document's control: its state or what is done to it (revised, updated, draft, due, approved,
# controlled, obsolete ...), its code ("QP-07", "CAPA-004", "POL 3") or its issue ("issued", "re-issue").
# Members arguing what their parking policy should cover discuss the rule; a report generator's "template
# rendering issues" are its product's.
_BARE_DOCUMENT_WORDS = {"policy", "procedure", "document", "template"}
_DOCUMENT_CONTROL_WORDS = (
    "revise", "revision", "update", "reissue", "version", "draft", "review", "approve", "approval",
    "circulate", "publish", "withdraw", "withdrawn", "archive", "retire", "obsolete", "overdue", "due", "expire",
    "amend", "amendment", "rewrite", "supersede", "sign", "template", "register", "control", "controlled",
    "number", "format", "renumber", "write", "create", "develop", "establish", "prepare", "formalise",
    "formalize", "finalise", "finalize",
)
_DOCUMENT_CODE = re.compile(r"\b[A-Z]{2,6}[- ]?\d{1,4}\b")
# a document's issue; 'issues' alone are problems
_ISSUED = re.compile(r"\b(?:re-?)?issued\b|\bre-?issu", re.I)
_ACTION_MARK = re.compile(r"\b(actions?|ap)\s*[:\-–]|\baction\s+(owner|by)\b", re.I)
_OWNER_OR_DATE = re.compile(r"\b(owner|by|responsible|due)\b|\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|"
                            r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b[A-Z]{2,3}\b", re.I)


def lemma_key(word: str) -> str:
    """A rule-based lemma key: 'complaints'/'complaint', 'agreed'/'agree', 'failing'/'fail' fold together.

    It is a key for matching, not a dictionary lemma: both sides of every comparison go
    through it, so what matters is that inflections of a word land on the same key.
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if not w.isalpha() or len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("eed"):
        w = w[:-1]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # stopped -> stopp -> stop
    if len(w) > 3 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]  # decide/decided -> decid
    return w


def set_lemmas(doc):
    """Give every token of a spaCy Doc its lemma key (the blank pipeline leaves lemmas empty)."""
    for token in doc:
        token.lemma_ = lemma_key(token.text)
    return doc


@lru_cache(maxsize=1)
def _matcher():
    from spacy.matcher import PhraseMatcher

    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    for lexicon in (PAPERWORK_TOPICS, BUSINESS_TOPICS):
        for topic, phrases in lexicon.items():
            matcher.add(topic, [set_lemmas(nlp.make_doc(p)) for p in phrases])
    return matcher


@dataclass(frozen=True, kw_only=True)
class ReviewSentence:
    """One sentence of a review, the topics it touches, and whether it records a decision."""

    text: str
    location: Location
    topics: tuple[str, ...]
    group: str | None  # "paperwork", "business", "both" or None (neither lexicon)
    decision: bool


# Two words of the paperwork lexicon that are also what some organisations make: a software analysis project's
# "analysis findings", a report generator's templates. Read alone, "finding" is an audit's and "template" a form's
# only where the text uses them so.
_FINDING = "finding"
# words that say a sentence is about an audit ("findings of the internal audit", "the auditor raised two findings")
_AUDIT_WORDS = frozenset(lemma_key(w) for w in ("audit", "audited", "auditor", "assessor", "surveillance", "nc",
                                                 "ncs", "capa", "certification", "registrar"))
# words before "findings" that say whose or what kind they are without making them another work's: an audit's
# modifiers ("minor findings", "open findings") and the function words of English (tested apart)
_AUDIT_MODIFIERS = frozenset(lemma_key(w) for w in (
    "audit", "internal", "external", "surveillance", "certification", "recertification", "major", "minor", "open",
    "closed", "outstanding", "previous", "last", "remaining", "repeat", "recurring", "key", "main", "significant",
    "new", "raised", "stage", "critical", "high", "low", "medium", "similar", "same", "other", "further"))


def _speaks_of_document_control(sdoc, start: int, end: int, word: int) -> bool:
    """The sentence from start to end speaks of document control with another word than the one at `word`."""
    words, own = _document_word_keys()[1], sdoc[word].lemma_
    text = sdoc[start:end].text
    # the same word again ("the parking policy ... the policy") says no more than the word itself
    return (any(sdoc[i].lemma_ in words and sdoc[i].lemma_ != own for i in range(start, end))
            or bool(_DOCUMENT_CODE.search(text)) or bool(_ISSUED.search(text)))


def _is_audit_context(sdoc, start: int, end: int, matches) -> bool:
    """The sentence between start and end names an audit beside its finding(s)."""
    return (any(sdoc[i].lemma_ in _AUDIT_WORDS for i in range(start, end))
            or any(label == "audit findings" and not (e - s == 1 and sdoc[s].lemma_ == _FINDING)
                   for label, s, e in matches if start <= s < end))


def _qualified_otherwise(sdoc, i: int) -> bool:
    """'analysis findings', 'research findings': the word before 'findings' names a work that is not an audit."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if i == 0:
        return False
    prev = sdoc[i - 1]
    return (prev.is_alpha and not prev.is_upper and prev.lower_ not in STOP_WORDS
            and prev.lemma_ not in _AUDIT_MODIFIERS and prev.lemma_ not in _AUDIT_WORDS)


# words before a singular "finding" that make it a noun ("a finding", "each finding", "no finding"), and words after
# it that follow the noun ("the finding was closed", "finding raised by"), not an object of the verb
_NOUN_BEFORE = frozenset(("a", "an", "the", "this", "that", "each", "every", "any", "no", "one", "its", "our", "their",
                          "his", "her", "your", "my", "which", "what", "whose", "another", "such", "first", "second",
                          "third", "last", "next", "only", "single"))
_NOUN_AFTER = frozenset(("is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "should",
                         "can", "could", "may", "must", "shall", "from", "of", "on", "in", "for", "at", "about",
                         "against", "and", "or", "to", "by", "that", "which", "raised", "closed", "remains", "remained",
                         "remain", "opened", "logged", "recorded", "reference", "number", "no", "status", "owner"))


def _finding_is_verb(sdoc, i: int, start: int) -> bool:
    """'finding trusted people', 'finding ways to pay', 'finding out which': the gerund of find, whose lemma key is
    the noun's. A singular 'finding' with no determiner, numeral or audit modifier before it and a word after it
    that opens its object is the verb; 'Finding 3:', 'the finding was closed', 'finding raised by' stay nouns."""
    token = sdoc[i]
    if token.lower_ != "finding" or i + 1 >= len(sdoc):
        return False
    if i > start:
        prev = sdoc[i - 1]
        if prev.lower_ in _NOUN_BEFORE or prev.like_num or prev.lemma_ in _AUDIT_MODIFIERS \
                or prev.lemma_ in _AUDIT_WORDS:
            return False
    nxt = sdoc[i + 1]
    return nxt.is_alpha and not nxt.is_title and not nxt.is_upper and nxt.lower_ not in _NOUN_AFTER


@lru_cache(maxsize=1)
def _single_words() -> dict[str, tuple[str, ...]]:
    """Each topic's one-word terms ('clause', 'policy', 'margin')."""
    return {topic: tuple(p for p in phrases if " " not in p and "-" not in p)
            for lexicon in (PAPERWORK_TOPICS, BUSINESS_TOPICS) for topic, phrases in lexicon.items()}


def _form_of(text: str, word: str) -> bool:
    """Whether text is the word or one of its regular inflections (clause, clauses; policy, policies; stop, stopped)."""
    forms = {word + suffix for suffix in ("", "s", "es", "d", "ed", "ing")}
    forms |= {word + word[-1] + suffix for suffix in ("ed", "ing")}
    if word.endswith("e"):
        forms |= {word[:-1] + suffix for suffix in ("ed", "ing")}
    if word.endswith("y"):
        forms |= {word[:-1] + suffix for suffix in ("ies", "ied")}
    return text in forms


def _name_not_word(sdoc, s: int, start: int, label: str) -> bool:
    """'a video call with Claus': a capitalised word inside a sentence whose lemma key is a lexicon word's but which is
    no form of that word is a name ('Claus' and 'clause' share the key 'claus')."""
    token = sdoc[s]
    if s <= start or not token.is_title:
        return False
    words = [w for w in _single_words().get(label, ()) if lemma_key(w) == token.lemma_]
    return bool(words) and not any(_form_of(token.lower_, w) for w in words)


def _kept_matches(sdoc, start: int, end: int, matches, findings_are_work: bool):
    """The matches of one sentence but a lone 'finding' that is the organisation's own (qualified as another work's,
    or the review gives findings no other sense) and a lone policy, procedure, document or template with no other
    word of document control in the sentence (_speaks_of_document_control)."""
    out = []
    for label, s, e in matches:
        if not start <= s < end:
            continue
        if e - s == 1 and _name_not_word(sdoc, s, start, label):
            continue
        if label in BUSINESS_TOPICS and any(other in PAPERWORK_TOPICS and s2 <= s and e <= e2 and e2 - s2 > e - s
                                            for other, s2, e2 in matches):
            continue  # the programme of "the audit programme" is the audit's
        if label == "audit findings" and e - s == 1 and sdoc[s].lemma_ == _FINDING:
            if _finding_is_verb(sdoc, s, start):
                continue
            if not _is_audit_context(sdoc, start, end, matches) and (findings_are_work or _qualified_otherwise(sdoc, s)):
                continue
        if label == "document status" and e - s == 1 and sdoc[s].lemma_ in _document_word_keys()[0] \
                and not _speaks_of_document_control(sdoc, start, end, s):
            continue
        out.append((label, s, e))
    return out


def _findings_are_work(docs_and_matches) -> bool:
    """The review's findings are its own work's: somewhere it qualifies them as another work's ('analysis findings')
    and nowhere does it write of them beside an audit."""
    other = False
    for sdoc, matches in docs_and_matches:
        for sent in sdoc.sents:
            for label, s, e in matches:
                if sent.start <= s < sent.end and label == "audit findings" and e - s == 1 \
                        and sdoc[s].lemma_ == _FINDING and not _finding_is_verb(sdoc, s, sent.start):
                    if _is_audit_context(sdoc, sent.start, sent.end, matches):
                        return False
                    other = other or _qualified_otherwise(sdoc, s)
    return other


def classify_text(text: str) -> tuple[tuple[str, ...], str | None, bool]:
    """Topics, group and decision flag of one piece of text (a sentence)."""
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    doc = set_lemmas(nlp.make_doc(text))
    matches = [(nlp.vocab.strings[mid], s, e) for mid, s, e in _matcher()(doc)]
    kept = _kept_matches(doc, 0, len(doc), matches, False)
    topics = sorted({label for label, _, _ in kept} | ({"cost"} if MONEY.search(text) else set()))
    return tuple(topics), _group(topics), _is_decision(text, {t.lemma_ for t in doc})


@lru_cache(maxsize=1)
def _document_word_keys() -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(lemma_key(w) for w in _BARE_DOCUMENT_WORDS),
            frozenset(lemma_key(w) for w in _DOCUMENT_CONTROL_WORDS))


def _group(topics) -> str | None:
    paper = any(t in PAPERWORK_TOPICS for t in topics)
    business = any(t in BUSINESS_TOPICS for t in topics)
    if paper and business:
        return GROUP_BOTH
    return GROUP_PAPERWORK if paper else GROUP_BUSINESS if business else None


def _is_decision(text: str, lemmas: set[str]) -> bool:
    """Decided/agreed/approved, a motion's result or a task assigned, or an action line that names an owner or
    a date."""
    if lemmas & {lemma_key(w) for w in _DECISION} or _MOTION_DECISION.search(text):
        return True
    mark = _ACTION_MARK.search(text)
    return bool(mark and _OWNER_OR_DATE.search(text[mark.end():]))


# 'Label: value' fields of a document-control line ('Document: MR-04 | Document status: Approved | Status: Final')
_FIELD = re.compile(r"(?:^|(?<=[\s|;]))(?:\*\*)?([A-Z][\w/&().-]*(?: [\w/&().-]+){0,4}?)(?:\*\*)?:(?:\*\*)?\s")
# the names of a document's own control fields: what the minutes are filed under, not what was discussed
_CONTROL_LABEL = re.compile(r"(?:document|doc\.?)(?: (?:status|no\.?|number|id|ref(?:erence)?|owner|type|title|"
                            r"version|revision|classification))?|status|revision|rev\.?|version|issue(?: no\.?|"
                            r" number| date)?|classification|approved by|approval|owner|author|prepared by|"
                            r"reviewed by|effective date|review date|next review(?: date)?|template|"
                            r"form(?: no\.?| number| id)?", re.I)


def _field_labels(sent) -> list[tuple[int, int]]:
    """The character spans (in the sentence's doc) of document-control field names ('Document status: Approved',
    'Revision: 3'): like a table's header cells, the name of a field is not what was discussed; its value is
    read. A label that names a topic ('Certificate: renewal due in August') is what its line is about."""
    text = sent.doc.text[sent.start_char:sent.end_char]
    if ":" not in text:
        return []
    return [(sent.start_char + m.start(1), sent.start_char + m.end(1)) for m in _FIELD.finditer(text)
            if _CONTROL_LABEL.fullmatch(m.group(1).strip())]


def _attendance_line(text: str) -> bool:
    """A line saying who took part or when the meeting was held ("Review Date: 2026-03-02 Conducted By: Ana
    Ruiz Participants: ..."): not something discussed, unless one of its fields carries an agenda item."""
    return bool(_ATTENDANCE.match(text)) and not _CONTENT_FIELD.search(text)


# An action table's owner and action columns ("Who has responsibility for follow up | What is to be done",
# "Action | Owner | Due"): a row that names an owner gives that action to someone, a decision however it is worded.
_OWNER_HEADER = re.compile(r"\b(?:owner|responsib\w*|who|action(?:ed)?\s+by|assigned\s+to)\b", re.I)
_ACTION_HEADER = re.compile(r"\b(?:actions?|tasks?|to\s+be\s+done|follow[\s-]?ups?)\b", re.I)
# ... unless the actions were given at an earlier meeting: a table under "Actions from the previous review", or a
# row whose status says where an old action stands ("Overdue", "Closed"), reports progress, not a decision taken
_EARLIER_ACTIONS = re.compile(r"\b(?:previous|prior|last|earlier|carried|brought|outstanding)\b", re.I)
_ACTION_STATUS = re.compile(r"^\W*(?:overdue|late|closed|complete[d]?|done|carried|open\s+from|ongoing)\b", re.I)


def _owned_action_cells(doc: Document) -> set:
    """The locations of the action cells, in a table of actions, whose row names an owner. The header is the
    table's or one of its first two rows (a title row "Actions to prevent future occurrence" may sit above it)."""
    found: set = set()
    heading = ""
    for block in doc.blocks:
        if block.type is BlockType.HEADING:
            heading = block.text
        table = block.table
        if block.type is not BlockType.TABLE or table is None or _EARLIER_ACTIONS.search(heading):
            continue
        candidates = [(-1, table.header)] + list(enumerate(table.rows[:2]))
        for h, header in candidates:
            cells = [str(v) if v is not None else "" for v in header]
            owner = next((i for i, c in enumerate(cells) if _OWNER_HEADER.search(c)), None)
            action = next((i for i, c in enumerate(cells) if i != owner and _ACTION_HEADER.search(c)), None)
            if owner is None or action is None:
                continue
            for r in range(h + 1, len(table.rows)):
                row = table.rows[r]
                who = row[owner] if owner < len(row) else None
                what = row[action] if action < len(row) else None
                if any(isinstance(v, str) and _ACTION_STATUS.match(v) for v in row):
                    continue
                if isinstance(who, str) and re.search(r"[A-Za-z]", who) and isinstance(what, str) and what.strip():
                    found.add(table.cell_location(r, action))
            break
    return found


# the label of the row naming the meeting itself ("Meeting | Board of Directors, annual security programme report"):
# its name, not something it discussed
_MEETING_NAME = re.compile(r"\s*(?:meeting|meeting\s+(?:name|title|type)|title)\s*:?\s*", re.I)


def _attendance_cell(doc: Document, unit) -> bool:
    """A table cell in the row of a field/value table whose label says who attended ("Present | Ann Lee (CEO),
    Cy Park (Internal Audit)") or names the meeting: a list of people or a name, not something discussed."""
    if unit.block_type is not BlockType.TABLE:
        return False
    table = doc.blocks[unit.block_index].table
    if table is None:
        return False
    for r, row in enumerate(table.rows):
        for c in range(1, len(row)):
            if table.cell_location(r, c) == unit.location:
                label = row[0]
                return isinstance(label, str) and bool(_ATTENDANCE.match(label) or _MEETING_NAME.fullmatch(label))
    return False


def classify_sentences(doc: Document) -> list[ReviewSentence]:
    """Every sentence of the review's paragraphs, list items and table cells, classified.

    Headings and attendance lines are left out: a heading names an agenda item and a list of
    who attended is not something discussed.
    """
    from gapscan.nlp.pipeline import get_nlp
    from gapscan.nlp.units import text_units

    if not doc.ok:
        return []
    units = [u for u in text_units(doc) if u.block_type is not BlockType.HEADING and u.text.strip()
             and not _attendance_line(u.text) and not _CLAUSE_LABEL.match(u.text)
             and not _attendance_cell(doc, u)]
    nlp = get_nlp()
    out: list[ReviewSentence] = []
    matcher = _matcher()
    # Only sentence boundaries are needed; the other components of the shared pipeline are skipped.
    skip = [name for name in nlp.pipe_names if name != "sentencizer"]
    parsed = []
    for unit, sdoc in zip(units, nlp.pipe((u.text for u in units), disable=skip)):
        set_lemmas(sdoc)
        parsed.append((unit, sdoc, [(nlp.vocab.strings[mid], s, e) for mid, s, e in matcher(sdoc)]))
    findings_are_work = _findings_are_work((sdoc, matches) for _, sdoc, matches in parsed)
    owned_actions = _owned_action_cells(doc)
    for unit, sdoc, matches in parsed:
        for sent in sdoc.sents:
            text = sent.text.strip()
            if len(text) < 3 or not any(t.is_alpha for t in sent):
                continue
            labels = _field_labels(sent)
            kept = _kept_matches(sdoc, sent.start, sent.end, matches, findings_are_work)
            topics = sorted({label for label, start, end in kept
                             if not any(a <= sdoc[start].idx < b for a, b in labels)}
                            | ({"cost"} if MONEY.search(text) else set()))
            group, decision = _group(topics), _is_decision(text, {t.lemma_ for t in sent})
            decision = decision or (unit.block_type is BlockType.TABLE and unit.location in owned_actions)
            out.append(ReviewSentence(text=text, location=unit.location, topics=tuple(topics), group=group,
                                      decision=decision))
    return out
