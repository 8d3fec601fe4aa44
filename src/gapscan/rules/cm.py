"""Clause-mirroring rules (CM): is the procedure written around the standard or the work?

The evidence comes from gapscan.nlp.mirroring (one MirroringAnalysis per procedure, filled
by the engine into ctx.mirroring); these rules decide what is worth telling the author and
point at the heading or sentence concerned. Thresholds are per-rule options
([rules.CM01] min_headings = 3 ...) with the defaults documented in each docstring and
in docs/SCORING.md.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any, Iterable

from gapscan.model import BlockType, Document, Evidence, Finding, Kind, Severity, Verdict
from gapscan.nlp.language import not_english
from gapscan.nlp.mirroring import own_outline as _own_outline
from gapscan.rules.base import Context, Rule

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW

_CACHE: dict[int, tuple[Context, dict]] = {}


def analyses(ctx: Context, kinds: tuple[Kind, ...]) -> list[tuple[Document, Any]]:
    """(document, MirroringAnalysis) for each document of these kinds.

    The engine fills ctx.mirroring; a context built without it (a test, a library caller)
    gets the analysis computed here once per context.
    """
    docs = ctx.of_kind(*kinds)
    missing = [d for d in docs if d.path not in ctx.mirroring]
    computed: dict = {}
    if missing:
        hit = _CACHE.get(id(ctx))
        if hit is not None and hit[0] is ctx:
            computed = hit[1]
        else:
            from gapscan.nlp.mirroring import analyze_many

            computed = analyze_many([d for d in ctx.of_kind(P, V) if d.path not in ctx.mirroring],
                                    standard=ctx.standard, named=_standards_named(ctx))
            _CACHE.clear()
            _CACHE[id(ctx)] = (ctx, computed)
    out = []
    for d in docs:
        a = ctx.mirroring.get(d.path) or computed.get(d.path)
        if a is not None:
            out.append((d, a))
    return out


def _questions(standard: str | None, clause: str, edition: str | None = None) -> str | None:
    """The catalogue's operational questions for a clause, as the suggested fix. A clause of a superseded `edition`
    has none of its own: the questions are those of the current clauses it corresponds to (mapping.editions: ISO
    9001:2008's 8.2.2 'Internal audit' asks 2015's 9.2 questions), never those of the current clause that has its
    digits (2015's 8.2.2 is 'Determining the requirements for products and services')."""
    if not standard:
        return None
    try:
        from gapscan.clauses import load

        catalogue = load(standard)
        if edition:
            from gapscan.mapping.editions import convert

            old = catalogue.get(clause, edition)
            targets = convert(old, catalogue) if old is not None and old.edition else None
            found = [c for n in targets or () if (c := catalogue.get(n)) is not None and c.questions]
        else:
            found = [c for c in (catalogue.get(clause),) if c is not None and c.questions]
    except Exception:  # a catalogue problem must not stop the rule
        return None
    if not found:
        return None
    questions = list(dict.fromkeys(q for c in found[:2] for q in c.questions))
    return "Rewrite this section around the work it governs; answer: " + " ".join(questions)


def _superseded(standard: str | None, match) -> tuple[str, Any] | None:
    """(the edition's name, the clause) of a heading matched in a superseded edition, else None."""
    if not match.edition or not standard:
        return None
    from gapscan import clauses

    catalogue = clauses.load(standard)
    clause = catalogue.get(match.clause, match.edition)
    return (catalogue.name_of(match.edition), clause) if clause is not None else None


def _superseded_by(standard: str | None, edition: str | None) -> str:
    """"ISO 9001:2008 is superseded by ISO 9001:2015" for a superseded edition, to close a finding's message: a
    document written against a withdrawn edition is itself out of date, whatever its structure. "" otherwise."""
    if not edition or not standard:
        return ""
    from gapscan import clauses

    catalogue = clauses.load(standard)
    if edition == catalogue.edition:
        return ""
    return f"{catalogue.name_of(edition)} is superseded by {catalogue.name}"


def _standard_name(standard: str | None) -> str:
    if not standard:
        return "the standard"
    try:
        from gapscan.clauses import STANDARDS

        return STANDARDS.get(standard, standard)
    except ImportError:
        return standard


# --- CM01 ----------------------------------------------------------------------------------

def _clause_numbered_headings(ctx: Context) -> Iterable[Finding]:
    """Headings that name the standard's clauses instead of the work's own steps.

    Why: a procedure whose sections are "8.4 Control of externally provided processes,
    products and services" or "7.5.3 Control of documented information" is organised for
    the auditor, not for the person doing the job. It invites restating the standard under
    each heading and hides who does what, when and with which tool.
    How: each heading is matched against the clause catalogue of the procedure's standard
    (detected from the clauses it fits best and the standards it names, or forced with
    --standard): by clause number with a similar title (rapidfuzz similarity >= 62, and the
    two titles must share a content word: "5 Certification" is not clause 5 "Leadership and
    worker participation" however alike the letters), by exact title or alias, or by a fuzzy
    title match (>= 86) when it carries no number and keeps the title's words (a heading that replaces one,
    "External Communication" for 'Internal communication', names another topic). In management review minutes a whole number
    ("5 Certification") is the agenda item's place, not a clause: only the title can match
    there, so numbered agenda items fire only when their titles are clause titles. Clauses
    1-3 (scope, references, terms) and generic titles ("General") never count alone; nor does
    a one-word heading without a number that is the document's subject or a label repeated in
    every section of a template ("Policy" under each section of an Information Security
    Policy). When the procedure was read against a standard that no file of the run names while
    the run's files name others (an ISO/IEC 27001 pack's recovery plan read against ISO 22000
    because "Internal Communications" fits it best), a heading matched by its title alone does not
    count: the titles chose that standard and cannot also show mirroring; an agreeing clause
    number or --standard still does. When nothing names a standard at all (no --standard, no file, no clause cited),
    every match is a title and the document never names the standard's management system ("quality management
    system", "ISMS"), the titles chose the catalogue and are all the evidence it follows it: they fire only through
    the share gate below, not as three topic headings in a long outline of the document's own ("Access Control",
    "Acceptable Use" among 28 sections of a bank's cyber security policy). The rule fires, one finding per matched heading (at most `max_findings`, default
    30), when at least `min_headings` (default 3) headings match, or at least 2 match and
    they are at least `min_share` (default 0.5) of all headings. A clause cross-reference
    table or list is recognised and ignored: mapping a procedure to the standard is fine.
    Fix: name sections after the steps of the work ("Approve a new supplier", "Late or
    wrong deliveries"); the finding's fix lists the questions a procedure for that clause
    should answer. Keep the mapping to clauses in a cross-reference table at the end.
    """
    rule = CM01
    min_headings = int(ctx.option("CM01", "min_headings", 3))
    min_share = float(ctx.option("CM01", "min_share", 0.5))
    cap = int(ctx.option("CM01", "max_findings", 30))
    named: frozenset[str] | None = None
    for doc, a in analyses(ctx, rule.applies_to):
        # read against a catalogue the run contradicts: its files name standards, none of them this one (the run's
        # files are read once, and only when a document has a heading to judge)
        guessed = unnamed = False
        if a.clause_headings and not a.standard_forced:
            named = _standards_named(ctx) if named is None else named
            guessed = bool(named) and a.standard not in named
            unnamed = not named and not a.clause_citations
        matches = _mirroring_headings(doc, a, guessed=guessed)
        share = len(matches) / a.headings if a.headings else 0.0
        # nothing names a standard, every match is a title and the document never names the standard's management
        # system: the titles chose the catalogue and are all the evidence, so they must be a share of the outline
        by_count = not (unnamed and _titles_only(doc, a.clause_headings, matches)
                        and not _names_its_system(doc, a.standard))
        if not ((by_count and len(matches) >= min_headings) or (len(matches) >= 2 and share >= min_share)):
            continue
        name = _standard_name(a.standard)
        unit = _unit(a.standard)
        for m in matches[:cap]:
            # a control of a superseded edition is named in that edition ("ISO/IEC 27001:2013 clause A.8"), not
            # as a clause of the current one with "(2013 edition)" after its title
            old = _superseded(a.standard, m)
            std, title = (old[0], old[1].title) if old else (name, m.title)
            how = {"number+title": f"{unit} number and title", "number": f"{unit} number",
                   "title": f"{unit} title", "fuzzy": f"{unit} title, similarity {m.score:.0f}",
                   "cited": f"the {unit} it cites"}[m.how]
            later = _superseded_by(a.standard, m.edition) if old else ""
            yield rule.finding(
                path=doc.path, location=m.location,
                message=f"heading '{m.text}' is {std} {unit} {m.clause} '{title}' ({how}{'; ' + later if later else ''})",
                evidence=[Evidence(path=doc.path, text=m.text, location=m.location)],
                metrics={"clause": m.clause, "matched_by": m.how, "similarity": m.score,
                         "matched_headings": len(matches), "headings": a.headings,
                         "share_of_headings": round(share, 3), "clause_citations": a.clause_citations,
                         "standard": a.standard, **({"edition": m.edition} if old else {})},
                fix=_questions(a.standard, m.clause, m.edition if old else None)
                or "Name the section after the step of the work it describes, not the clause.")


def _mirroring_headings(doc: Document, a, *, guessed: bool = False) -> list:
    """The clause headings that mirror the standard (mirroring.mirroring_headings: without a template's one-word
    section labels, a procedure's stock sections, or the document's own section numbers taken for clause numbers,
    the headings the verdict reads); and, when the standard is `guessed` (the run's files name standards, not this
    one, and nobody chose it), without the headings matched by their title alone ("8.1 Internal Communications" as
    ISO 22000 'Internal communication' in an ISO/IEC 27001 pack): those titles are what chose the standard, so they
    cannot also show the document mirrors it, and the run's own words say it is about another. A clause number that
    agrees with its title, or a cited clause, counts. `a`: the document's analysis, which carries the headings the
    verdict read (`verdict_headings`, None when they are all its `clause_headings`): the same list, not found again.
    """
    matches = a.clause_headings
    kept = [m for m in (matches if a.verdict_headings is None else a.verdict_headings) if not _role_heading(m)]
    if not guessed:
        return kept
    own = _own_outline(doc, matches)
    return [m for m in kept if ("title" if own and m.how == "number+title" else m.how) not in ("title", "fuzzy")]


# the endings of an agent noun made from a word ("auditor" from "audit", "controller" from "control")
_AGENT = re.compile(r"^(?P<word>[a-z]{4,}?)(?:[a-z])?(?:or|er|ist|ian)s?$")


def _role_heading(match) -> bool:
    """Whether a heading matched by its title's letters ends in the agent noun of a word of the clause's title:
    "Internal Auditor" for 9.2 'Internal audit' (similarity 93), "Document Controller" for 7.5.3 'Control of
    documented information' (91). It names the one who does the work, a role's section (forthomes QMS-002, left
    since session 18); the title's own word ("Internal Audits") still names the clause. The mirroring reading keeps
    the match (SCORING round 28: one verdict rested on it); only CM01 leaves it out."""
    if match.how not in ("fuzzy", "title"):
        return False
    words = re.findall(r"[a-z]+", match.text.lower())
    agent = _AGENT.match(words[-1]) if words else None
    if agent is None:
        return False
    title = set(re.findall(r"[a-z]+", (match.title or "").lower()))
    return words[-1] not in title and any(words[-1].startswith(t) and len(t) >= 4 for t in title)


def _titles_only(doc: Document, headings, matches) -> bool:
    """Whether every matched heading names its clause by title alone: no clause number agrees with it (in a
    document numbered in its own outline, a heading's number is its place there, as in `_mirroring_headings`)."""
    own = _own_outline(doc, headings)
    return all(m.how in ("title", "fuzzy") or (own and m.how == "number+title") for m in matches)


# The management system each standard governs, by name: a document organised by the standard's clauses is about it
# and says so ("our quality management system", "the ISMS"). "IMS" covers an integrated 9001/14001/45001 system.
_IMS = r"|integrated management system|\bIMS\b"
SYSTEM_NAMES: dict[str, re.Pattern] = {key: re.compile(pattern, re.IGNORECASE) for key, pattern in {
    "iso9001": r"quality management system|\bQMS\b" + _IMS,
    "iso13485": r"quality management system|\bQMS\b",
    "iso14001": r"environmental management system|\bEMS\b" + _IMS,
    "iso45001": r"(?:OH&S|occupational health and safety|health and safety) management system|\bOHSMS\b" + _IMS,
    "iso27001": r"information security management system|\bISMS\b",
    "iso22000": r"food safety management system|\bFSMS\b",
    # by its acronym too ("the AIMS"), where the document also speaks of AI: mirroring.SYSTEM_ACRONYM
    "iso42001": r"\b(?:AI|artificial intelligence) management system",
}.items()}


def _names_its_system(doc: Document, standard: str | None) -> bool:
    """Whether the document names the management system its standard governs, in its title, text or code blocks (a
    banner drawn in a code fence, "FORT HOMES QMS ... SOP-006", is the document's own header), the first
    FRAMEWORK_SCAN_CHARS as `_standards_named` reads. A standard without a name here counts as named. A system named
    by its acronym alone ("AIMS") is named where the document also holds its context, as `standards_named` reads it
    (mirroring.acronym_seen): an asbestos survey's "AIMS" proficiency scheme names no AI management system."""
    from gapscan.nlp.mirroring import FRAMEWORK_SCAN_CHARS, SYSTEM_ACRONYM, acronym_seen

    pattern = SYSTEM_NAMES.get(standard or "")
    if pattern is None:
        return True
    acronym: set[str] = set()
    context: set[str] = set()
    skip = frozenset(SYSTEM_ACRONYM) - {standard}
    size = 0
    for text in chain((doc.title or "",), (b.text for b in doc.blocks), (b.text for b in doc.code)):
        if pattern.search(text):
            return True
        if standard in SYSTEM_ACRONYM:
            acronym_seen(text, text.lower() if text.isascii() else None, acronym, context, skip=skip)
            if standard in acronym and standard in context:
                return True
        size += len(text)
        if size > FRAMEWORK_SCAN_CHARS:
            break
    return False


def _standards_named(ctx: Context) -> frozenset[str]:
    """The catalogue's standards the run names (mirroring.standards_named): chosen with --standard, or written in
    any file. The engine's (ctx.named) where it read them for the nlp stage: every file is read once a run."""
    if ctx.named is not None:
        return ctx.named
    from gapscan.nlp.mirroring import standards_named

    return standards_named(ctx.documents, ctx.standard)


# --- CM02 ----------------------------------------------------------------------------------

def _clause_ordered_structure(ctx: Context) -> Iterable[Finding]:
    """Sections that follow the standard's clause order rather than the flow of the work.

    Why: work happens in an order (receive, inspect, release; detect, contain, fix). A
    procedure whose sections march through the standard (4, 5, 6 ... 10, or 8.4.1, 8.4.2,
    8.4.3) reads like a compliance checklist, and a person looking for "what do I do next"
    finds nothing. This measures ORDER, not presence: a few clause headings in the work's
    own order do not fire it.
    How: the clause headings found by CM01 are ordered by the standard's numbering and the
    longest strictly increasing run (longest increasing subsequence, in document order) is
    measured. Fires, once per document at the first heading of the run, when the run is at
    least `min_run` (default 4) headings long and covers at least `min_share` (default 0.4)
    of all the document's headings; the standard is named in the edition CM01 read the run's headings in
    ("ISO/IEC 27001:2013 clause order (A.5 -> A.12)"). A document with no more than `min_run` headings cannot
    hold such a run unless every heading is a clause: there a run of 2 or more covering
    `min_share` fires when the verdict is `mirrored` with confidence (a two-section
    procedure "7.5 Documented information", "8.4 Control of externally provided
    processes" is clause-structured however short it is).
    Severity: error when the whole procedure's verdict is `mirrored` with confidence (the
    structure and the wording both follow the standard, so `--fail-on error`, the default,
    fails a CI build on it); warning otherwise, including a `mirrored` verdict marked
    uncertain: CI does not fail a build on a guess.
    Fix: order the sections by the sequence of the work (trigger, steps, decisions,
    records), and map them to clauses in a cross-reference table if the auditor needs it.
    """
    rule = CM02
    min_run = int(ctx.option("CM02", "min_run", 4))
    min_share = float(ctx.option("CM02", "min_share", 0.4))
    for doc, a in analyses(ctx, rule.applies_to):
        run = a.order_run
        confident = a.verdict is Verdict.MIRRORED and not a.uncertain
        short = run.of_headings <= min_run and run.length >= 2 and confident
        if (run.length < min_run and not short) or run.share < min_share:
            continue
        first, last = run.headings[0], run.headings[-1]
        named, edition = _run_edition(a.standard, run.headings)
        yield rule.finding(
            path=doc.path, location=first.location,
            severity=Severity.ERROR if confident else None,
            message=(f"{run.length} of {run.of_headings} headings follow {named} "
                     f"{_unit(a.standard)} order ({first.clause} -> {last.clause})"
                     + (f"; {later}" if (later := _superseded_by(a.standard, edition)) else "")),
            evidence=[Evidence(path=doc.path, text=f"{m.clause}: {m.text}", location=m.location)
                      for m in run.headings[:10]],
            metrics={"run_length": run.length, "headings": run.of_headings, "share": round(run.share, 3),
                     "matched_headings": len(a.clause_headings), "first_clause": first.clause,
                     "last_clause": last.clause, "standard": a.standard,
                     **({"edition": edition} if edition else {})},
            fix="Order the sections by the flow of the work (trigger, steps, decisions, records); "
                "keep the clause mapping in a cross-reference table at the end.")


def _unit(standard: str | None) -> str:
    from gapscan.clauses import unit_of

    return unit_of(standard)


def _run_edition(standard: str | None, headings) -> tuple[str, str | None]:
    """The standard as a CM02 run's headings were read: the superseded edition all of them were matched in, with its
    year ("ISO/IEC 27001:2013", "2013", as CM01 names each), the current one saying how many are of an older one
    ("ISO/IEC 27001:2022 (2 of 6 headings by their 2013 numbers)"), or the current one alone."""
    name = _standard_name(standard)
    older = [m.edition for m in headings if m.edition]
    if not older or not standard:
        return name, None
    try:
        from gapscan import clauses

        catalogue = clauses.load(standard)
    except Exception:  # a catalogue problem must not stop the rule
        return name, None
    years = sorted(set(older))
    if len(older) == len(headings) and len(years) == 1:
        return catalogue.name_of(years[0]), years[0]
    return f"{name} ({len(older)} of {len(headings)} headings by their {'/'.join(years)} numbers)", None


# --- CM03 ----------------------------------------------------------------------------------

def _standard_speak(ctx: Context) -> Iterable[Finding]:
    """Sentences that restate the standard's language instead of saying who does what.

    Why: "the organization shall determine the issues relevant to its purpose" or
    "documented information shall be retained as evidence, as applicable" is true of every
    company and tells nobody what to do. A procedure full of such sentences passes a
    document review and governs nothing.
    How: every sentence (outside headings and clause cross-references) gets a probability
    of being standard-speak: the trained sentence classifier (gapscan.nlp.sentence_model)
    averaged with a lexicon score when the model is installed, the lexicon score alone
    otherwise. The lexicon counts standard phrases ("documented information", "interested
    parties", "as applicable", "shall ensure"...) and an organizational actor, and
    subtracts operational anchors (roles, systems, quantities...). A sentence counts at
    P >= 0.5 with at least one standard phrase or actor, and only when the lexicon alone gives
    it at least 0.25 (its phrases are not cancelled by its anchors): the model can veto a
    sentence but never carry one, so a sentence full of roles and limits with one "as
    applicable" in it is not reported. The rule fires when at least
    `min_sentences` (default 2) sentences count and they are at least `min_share` (default
    0.1) of the document's sentences: one finding per sentence, worst first, at most
    `max_per_document` (default 10); the metrics carry the document totals. A sentence
    whose only cue is an organizational actor ("The company must protect its systems")
    quotes no standard phrase: only CM04 reports it, and it is not counted here (not towards
    `min_sentences`, not in the totals shown). A sentence with both
    ("The organization shall determine the interested parties") is reported by both rules,
    on purpose: they are two faults with two fixes (say it as an instruction; name who does
    it), and CI users baseline and suppress them by code, separately.
    A sentence is read in its place, too: a lead-in ending in ':' with the list it introduces ("shall be reviewed:"
    then "- Quarterly" states a cadence of its own; a markdown list item over its own sub-list too), a sentence that leaves only the interval open right above the
    table or list that gives it ("Audits are conducted at planned intervals." over a schedule of annual and
    quarterly audits), an item of the document's own contents list ("This document outlines:") claims nothing, a duty bullet under a heading or list item that names a role ("Quality Lead",
    not "Top Management") already says who does it, and an item under an "Evidence" or "Records" heading names a record
    kept; none of these counts. A labelled line of clause references ("ISO 27001 clauses: 7.3 (Awareness), 9.1 ...") is a
    cross-reference, and "must take" is the standard's only where an action or "into account" follows it.
    Fix: rewrite each sentence as an instruction with an actor, an action, an object and a
    limit: "The Buyer re-rates each supplier every quarter from the ERP delivery report".
    """
    rule = CM03
    min_sentences = int(ctx.option("CM03", "min_sentences", 2))
    min_share = float(ctx.option("CM03", "min_share", 0.1))
    cap = int(ctx.option("CM03", "max_per_document", 10))
    from gapscan.nlp.mirroring import iter_evidence, labelled_references

    for doc, a in analyses(ctx, rule.applies_to):
        if not_english(doc):  # the standard's phrases are English: not judged (summary.not_checked)
            continue
        # a sentence whose only cue is its organizational actor ("The company must ...") restates nothing of
        # the standard: it is CM04's finding alone, and neither counts towards CM03's limits nor its totals
        # a sentence that decides what the standard leaves open (a cadence, an approver, a role, a technology or a
        # number) is the organisation's own rule, not a restatement; nor is "management system" inside a tool's name
        # a sentence is read with its place in the document: a lead-in with the list it introduces ("shall be
        # reviewed:" then "- Quarterly"), a document's contents list, a duty bullet under a role's heading
        # an acronym the document defines as the standard's own term ("non-conformities (NCs)") is its wording too
        terms = _standard_acronyms(doc)
        place = _Places(doc, terms)
        # the limits count every sentence in the standard's words, also one its place makes the organisation's own (a
        # lead-in right above its schedule): the document speaks the standard as much either way, and a sentence
        # beside it should not go unreported because its neighbour was the schedule's lead-in
        # a labelled line of clause references ("ISO 27001 clauses: 7.3 (Awareness), ...") quotes the standard's
        # titles to point at them: a cross-reference, not a sentence of the procedure (the verdict still reads its
        # words and citations, as it always did)
        counted = [h for h in iter_evidence(a)
                   if _restates(_standing_phrases(h.phrases, h.text), a.standard) and not _own_choice(h.text, terms)
                   and not labelled_references(h.text)]
        hits = [h for h in counted
                if not place.own(h.text, h.location, _restating(_standing_phrases(h.phrases, h.text), a.standard))]
        share = len(counted) / a.sentences if a.sentences else 0.0
        if not hits or len(counted) < min_sentences or share < min_share:
            continue
        # an item of a list whose lead-in is reported is part of that one statement ("applies to all documented
        # information required by:" and its "- Regulatory and contractual requirements"): shown under the lead-in
        items = place.items_of(hits)
        for hit in [h for h in hits if id(h) not in items.folded][:cap]:
            phrases = ", ".join(f"'{p}'" for p in hit.phrases[:4])
            under = items.under.get(id(hit), [])
            more = f" (and {len(under)} item{'s' if len(under) > 1 else ''} of its list)" if under else ""
            yield rule.finding(
                path=doc.path, location=hit.location,
                message=f"restates the standard: {phrases}{more}",
                evidence=[Evidence(path=doc.path, text=h.text, location=h.location) for h in (hit, *under)],
                metrics={"score": hit.score, "phrases": list(hit.phrases), "sentences": len(counted),
                         "of_sentences": a.sentences, "share": round(share, 3), "model": a.model_used},
                fix="Say who does what, with which tool or record, how often or by when, and what "
                    "happens when it goes wrong.")


# Hedges are the standard's habit but plain English too: "Add more tips as needed" restates nothing alone.
_HEDGES = frozenset(("as applicable", "where applicable", "where appropriate", "as appropriate", "as necessary",
                     "to the extent necessary", "when necessary", "as needed"))


def _restates(phrases: tuple[str, ...], standard: str | None) -> bool:
    """Whether a sentence's phrases quote the wording of the standard the document is read against: a hedge
    or a topic word ("requirements", "corrective action") alone does not, and a control catalogue's words
    ("unauthorized access", "security requirements") do only in a document read against ISO/IEC 27001; elsewhere they are the work's own subject (an airport's security
    screening, read against ISO 45001)."""
    controls, topics = _phrase_sets()
    return any(p not in _HEDGES and p not in topics and (standard == "iso27001" or p not in controls)
               for p in phrases)


# "the document management system": a noun before "management ..." names something else (a tool, a process)
_COMPOUND_LEAD = re.compile(r"\b([a-z][a-z-]*)\s+$")
_NOT_A_NOUN = frozenset("""
a an the this that these those its our their your his her whose which any each every all of in to and or with
for by under within into from on at as is are be been being shall should must will may can its overall same whole
own entire existing current new
""".split())


def _restating(phrases: tuple[str, ...], standard: str | None) -> tuple[str, ...]:
    """The phrases by which `_restates` reads a sentence as the standard's wording."""
    return tuple(p for p in phrases if _restates((p,), standard))


def _standing_phrases(phrases: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The phrases that stand as the standard's own: "management system" or "management review" counts only where
    no lower-case noun runs into it ("the document management system" is a tool, "the ISMS" is not). A word
    ending like an adjective or participle ("integrated", "effective", "environmental") qualifies it instead."""
    low = text.lower()
    kept = []
    for p in phrases:
        if _TAKE.fullmatch(p):
            # the standard takes actions and takes things into account; "must take all reasonable steps to attend"
            # is an instruction of its own
            spots = [m.span() for m in re.finditer(r"\b" + re.escape(p) + r"\b", low)]
            if not spots or any(_TAKES_ACTION.match(low[j:]) or _ACTION_TAKEN.search(low[:i]) for i, j in spots):
                kept.append(p)
            continue
        if not p.startswith("management "):
            kept.append(p)
            continue
        spots = [m.start() for m in re.finditer(r"\b" + re.escape(p) + r"\b", low)]
        if not spots or any(_stands(text[:i]) for i in spots):
            kept.append(p)
    return tuple(kept)


# a modal with "take" ("must take", "shall be taken"), and what the standard takes after it
_TAKE = re.compile(r"(?:shall|should|must)\s+(?:be\s+|also\s+|further\s+|then\s+)?tak(?:e|en)")
_ACTION_TAKEN = re.compile(r"\b(?:action|actions|measures)\b(?:\s+\w+){0,4}\s*$")  # "Corrective actions shall be taken"
_TAKES_ACTION = re.compile(r"\s+(?:(?:\w+\s+){0,3}(?:action|actions|measures)\b|into\s+(?:account|consideration)\b)")


def _stands(before: str) -> bool:
    m = _COMPOUND_LEAD.search(before)
    if m is None:
        return True
    word = m.group(1)
    return word in _NOT_A_NOUN or word.endswith(("al", "ed", "ive", "ful", "ous", "ic", "ly"))


_CADENCE_WORDS = ("daily", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly",
                  "biweekly", "bi-weekly")
_UNIT = r"(?:days?|weeks?|months?|years?|hours?|quarters?)"
_OWN_CADENCE = re.compile(r"\b(?:every|within|each|after)\s+(?:\d+|two|three|four|six|twelve)\s+(?:working\s+|calendar\s+)?"
                          + _UNIT + r"\b", re.I)
# "on annual basis", "on monthly bases": the lexicon's idiom ("on an annual basis") written without its article, or
# with "bases" for "basis", as many template kits write it (held out, cmhold14: "reviewed at least on annual bases")
_BASIS_CADENCE = re.compile(r"\bon\s+(?:an?\s+)?(?:daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|half-yearly"
                            r"|six-monthly|semi-annual|bi-?annual|annual|yearly)\s+bas[ie]s\b")
# a passive "approved by X": X other than the standard's own actors is an approver the organisation chose
_BY_AGENT = re.compile(r"\b(?:approved|authori[sz]ed|signed off|signed|endorsed|owned)\s+by\s+(?:the\s+)?"
                       r"([A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*)?)")
_STANDARD_AGENTS = ("top management", "the organization", "the organisation", "management", "organization",
                    "organisation", "appropriate", "relevant", "competent", "authorized", "authorised", "designated",
                    "responsible", "a ", "an ", "its ", "their ")
# a token with a digit or an acronym, once citations of the standards and list numbering are taken out
_CITATION = re.compile(r"\b(?:ISO|IEC|EN|BS|ANSI)(?:\s*/\s*IEC)?\s*\d+(?:-\d+)?(?::\d{4})?|"
                       r"\b(?:clause|section|annex|chapter|part|appendix|control|item|step)\s+[A-Z]?\d+(?:\.\d+)*\b",
                       re.I)
_ENUMERATOR = re.compile(r"^\s*(?:[a-z]|[ivx]+|\d+(?:\.\d+)*)[.)]\s+")
# an acronym ("MFA", "HSMs"), a name with a number in it ("AES-256", "E2EE"), or a quantity ("90 days", "99.9%")
_CONCRETE = re.compile(r"\b(?:[A-Z][A-Z0-9&]*[0-9A-Z]s?|[A-Za-z]+-?\d[\w.-]*)\b|\d+(?:\.\d+)?\s*(?:%|percent\b|"
                       r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|characters?|bits?|MB|GB|TB)\b)")


def _own_choice(text: str, standard_acronyms: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence decides something the standard leaves to the organisation: its own cadence ("reviewed
    annually": the standard says "at planned intervals"), an approver ("approved by senior management"), a role or
    team named by its title, or a concrete technology or number ("AES-256", "MFA"). Such a sentence may be a
    template's too, but it restates no requirement: it is the organisation's own rule. `standard_acronyms` are the
    acronyms the document defines as the standard's own terms ("NCs" for non-conformities): no choice."""
    from gapscan.nlp import lexicon as lx

    low = " ".join(text.lower().split())
    if _cadence_words().search(low) or _OWN_CADENCE.search(low) or _BASIS_CADENCE.search(low):
        return True
    for m in _BY_AGENT.finditer(text):
        agent = m.group(1).lower() + " "
        if not agent.startswith(_STANDARD_AGENTS):
            return True
    if _role_title().search(text):
        return True
    if _THRESHOLD.search(text) or _QUOTED_LEVEL.search(text):
        return True
    rest = _CITATION.sub(" ", _ENUMERATOR.sub("", text))
    return any(t.upper() not in lx.STANDARD_ACRONYMS and not _roman(t) and _singular(t) not in standard_acronyms
               for t in _CONCRETE.findall(rest))


def _singular(acronym: str) -> str:
    return acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym


# An acronym defined in brackets after what it shortens: "non-conformities (NCs)", "opportunities for improvement
# (OFIs)"
_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,7})s?\)")


def _plain_term(words: str) -> str:
    """Words as _standard_acronyms compares them: lower case, letters and '&' only, a plural's 's' off."""
    flat = re.sub(r"[^a-z&]", "", words.lower())
    return flat[:-1] if flat.endswith("s") else flat


@lru_cache(maxsize=1)
def _plain_standard_terms() -> frozenset[str]:
    """The lexicon's standard phrases, topic terms and control phrases as _plain_term writes them: made once a run,
    not once a document (0.25 s CPU of CM03 over the 500-document set's 300 procedures)."""
    from gapscan.nlp import lexicon as lx

    return frozenset(_plain_term(t) for t in (*lx.STANDARD_SPEAK_PHRASES, *lx.STANDARD_TOPIC_TERMS,
                                              *lx.CONTROL_PHRASES))


def _standard_acronyms(doc: Document) -> frozenset[str]:
    """The acronyms `doc` defines as one of the standard's own terms or phrases (the lexicon's): "non-conformities
    (NCs)", "opportunities for improvement (OFIs)": the words right before the brackets are the term, and the
    acronym's letters are taken from it in order, the first its first. One the document defines as a thing of its own
    ("the Audit Tracker (AT)") is not among them."""
    plain = _plain_term

    def drawn(letters: str, term: str) -> bool:
        rest = iter(term)
        return term[:1] == letters[:1] and all(c in rest for c in letters)

    terms = _plain_standard_terms()
    found: set[str] = set()
    for block in doc.blocks:
        if "(" not in block.text:
            continue
        for m in _DEFINED_ACRONYM.finditer(block.text):
            letters = m.group(1).replace("&", "").lower()
            words = re.findall(r"[A-Za-z&-]+", block.text[:m.start()])[-6:]
            for k in range(1, len(words) + 1):
                term = plain(" ".join(words[-k:]))
                if term in terms and drawn(letters, term):
                    found.add(m.group(1))
                    break
    return frozenset(found)


# A value the organisation defined: a comparison with a number ("score >= 5", "> 9") or a level named in quotes
# ('rated "High"', "'Medium' or lower"), where the standard leaves the criteria to it
_THRESHOLD = re.compile(r"[<>≤≥]=?\s*\d|\b(?:score|rating|level)\s+of\s+\d")
_QUOTED_LEVEL = re.compile(r"(?<!\w)[\"“‘'](?:[A-Z][a-z]+|[A-Z]+)[\"”’'](?!\w)")


@lru_cache(maxsize=1)
def _cadence_words() -> re.Pattern:
    """Any cadence word, the lexicon's template cadences and cadence idioms, as whole words (one pattern)."""
    from gapscan.nlp import lexicon as lx

    words = sorted({*_CADENCE_WORDS, *lx.TEMPLATE_CADENCES, *lx.CADENCE_IDIOMS}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _roman(token: str) -> bool:
    return re.fullmatch(r"[IVXivx]+", token) is not None


@lru_cache(maxsize=1)
def _role_title() -> re.Pattern:
    """A role or team named in title case: a capitalised word before a role's head noun ("Security Officer",
    "HR Manager") or before "team(s)" / "department" ("the IT and Security teams")."""
    from gapscan.nlp import lexicon as lx

    heads = sorted({h for h in lx.ROLE_HEADS if h.isalpha()}, key=len, reverse=True)
    role = r"\b[A-Z][\w&-]*\s+(?:" + "|".join(h.capitalize() for h in heads) + r")s?\b"
    team = r"\b[A-Z][\w&-]*\s+(?:teams?|departments?)\b"
    return re.compile(f"{role}|{team}")


# "This document outlines:", "The procedure covers the following:": the list after it is the document's contents
_CONTENTS_LEAD = re.compile(
    r"^(?:this|the)\s+(?:document|policy|procedure|plan|manual|section|chapter|standard|guide|handbook|report"
    r"|record|register|process|framework|programme|program)\s+(?:also\s+)?(?:outlines|covers|describes|includes"
    r"|contains|addresses|sets\s+out|details|explains|summari[sz]es|presents|lists|is\s+structured\s+around)\b"
    r"[^.;]*:\s*$", re.IGNORECASE)
# The standard's own actors: a heading that names only them is no role the organisation named
# A section listing the records or evidence a control leaves ("Evidence", "Records", "Evidence of implementation",
# "Required records", "Audit evidence"): its items name documents kept, they give no requirement
_EVIDENCE_HEADING = re.compile(
    r"^\s*(?:[A-Z]?\d+(?:\.\d+)*[.)]?\s+)?(?:(?:typical|expected|required|example|audit|supporting|objective)\s+)?"
    r"(?:evidence|records?|documents? and records?|records? and evidence|evidence and records?)"
    r"(?:\s+(?:of\s+(?:implementation|conformity|compliance)|to\s+(?:keep|retain)|kept|required|examples?))?\s*:?\s*$",
    re.IGNORECASE)
_STANDARD_ACTOR_HEADING = re.compile(r"^(?:the\s+)?(?:top\s+|senior\s+|executive\s+)?(?:management|leadership"
                                     r"|organi[sz]ation)$", re.IGNORECASE)
_OBLIGING = re.compile(r"\b(?:shall|must|should|will|may|can)\b", re.IGNORECASE)
# "Records are kept ...": an item with its own subject, not a duty of the role above it
_SUBJECT_FIRST = re.compile(r"^\W*(?:\w+\s+){1,3}?(?:is|are|was|were|has|have)\b", re.IGNORECASE)


class _Places:
    """Where a CM03 sentence stands in its document, read from the parsed blocks: the block it is in, the list that
    follows a lead-in, the lead-in before a list item, and the heading above it."""

    def __init__(self, doc: Document, standard_acronyms: frozenset[str] = frozenset()):
        self.blocks = doc.blocks
        self.acronyms = standard_acronyms
        placed = sorted((b.location.page or 0, b.location.line, i) for i, b in enumerate(doc.blocks)
                        if b.location.line is not None and b.type != BlockType.TABLE)
        self._keys = [(p, ln) for p, ln, _ in placed]
        self._at = [i for _, _, i in placed]

    def _index(self, text: str, location) -> int | None:
        """The block a sentence found at `location` is in (the last block starting at or before its line), when
        that block holds the sentence's words."""
        line = getattr(location, "line", None)
        if line is None:
            return None
        page = getattr(location, "page", None) or 0
        k = bisect_right(self._keys, (page, line)) - 1
        if k < 0 or self._keys[k][0] != page:
            return None
        best = self._at[k]
        words = " ".join(text.split())[:40]
        return best if words and words in " ".join(self.blocks[best].text.split()) else None

    def own(self, text: str, location, phrases: tuple[str, ...] = ()) -> bool:
        """Whether the sentence, read in its place, is no restatement: a lead-in whose list decides what the standard
        leaves open, a sentence that leaves only the interval open ("Audits are conducted at planned intervals.")
        right above the table or list that gives the intervals, an item of a document's contents list, or a duty
        bullet under a heading that names its role. `phrases` are the standard's phrases the sentence was read by."""
        i = self._index(text, location)
        if i is None:
            return False
        block = self.blocks[i]
        # a paragraph's list is what it introduces; a list item's, only where the format gives the lists' depths (a
        # markdown item over its own sub-list): elsewhere its sub-list is not told from its siblings
        if block.type == BlockType.PARAGRAPH and text.rstrip().endswith(":") \
                and _own_choice(text + " " + " ".join(self._list_after(i)), self.acronyms):
            return True
        if block.type == BlockType.LIST_ITEM and text.rstrip().endswith(":") \
                and (sub := self._sub_list(i)) and _own_choice(text + " " + " ".join(sub), self.acronyms):
            return True
        if block.type == BlockType.PARAGRAPH and phrases and all("interval" in p for p in phrases) \
                and " ".join(block.text.split()).endswith(" ".join(text.split())):
            after = " ".join(self._list_after(i)).lower()
            if _cadence_words().search(after) or _OWN_CADENCE.search(after):
                return True
        if block.type == BlockType.LIST_ITEM:
            lead = self._lead_in(i)
            if lead is not None and _CONTENTS_LEAD.match(" ".join(lead.split())):
                return True
            heading = self._heading(i)
            if heading is not None and not _OBLIGING.search(text) and not _SUBJECT_FIRST.match(text) \
                    and (_names_a_role(heading) or _EVIDENCE_HEADING.match(heading)):
                return True  # a duty under its role's heading; a record named under "Evidence"
        return False

    def items_of(self, hits: list) -> "_Folded":
        """The hits that are items of a list whose lead-in (a sentence ending in ':' right before the list, or the
        item a nested list hangs from) is itself a hit: by the lead-in's id, its items; and the ids folded so."""
        at = {}  # block -> its hit that ends in ':' (the lead-in sentence, not another in the same paragraph)
        for h in hits:
            i = self._index(h.text, h.location)
            if i is not None and h.text.rstrip().endswith(":"):
                at.setdefault(i, h)
        under: dict[int, list] = {}
        folded: set[int] = set()
        for h in hits:
            i = self._index(h.text, h.location)
            if i is None or self.blocks[i].type != BlockType.LIST_ITEM:
                continue
            lead = self._parent(i)
            head = at.get(lead) if lead is not None else None
            if head is not None and head is not h and id(head) not in folded:
                under.setdefault(id(head), []).append(h)
                folded.add(id(h))
        return _Folded(under=under, folded=frozenset(folded))

    def _parent(self, i: int) -> int | None:
        """The block a list item's list hangs from: for an item of a nested list (its depth known), the item above it
        one level up; else the paragraph right before the run of items."""
        depth = self.blocks[i].level
        if depth is not None and depth > 1:
            for j in range(i - 1, -1, -1):
                b = self.blocks[j]
                if b.type != BlockType.LIST_ITEM:
                    return None
                if b.level is not None and b.level < depth:
                    return j
            return None
        j = i
        while j > 0 and self.blocks[j - 1].type == BlockType.LIST_ITEM:
            j -= 1
        if j == 0 or self.blocks[j - 1].type != BlockType.PARAGRAPH:
            return None
        return j - 1

    def _sub_list(self, i: int, limit: int = 12) -> list[str]:
        """The items of the list nested under list item i (deeper than it, right after it), where depths are known."""
        depth = self.blocks[i].level
        out: list[str] = []
        if depth is None:
            return out
        for b in self.blocks[i + 1:i + 1 + limit]:
            if b.type != BlockType.LIST_ITEM or b.level is None or b.level <= depth:
                break
            out.append(b.text)
        return out

    def _list_after(self, i: int, limit: int = 12) -> list[str]:
        """The items (or a table's cells) right after block i: what a lead-in ending in ':' introduces."""
        out: list[str] = []
        for b in self.blocks[i + 1:i + 1 + limit]:
            if b.type == BlockType.LIST_ITEM:
                out.append(b.text)
            elif b.type == BlockType.TABLE and not out and b.table is not None:
                out.extend(str(v) for row in b.table.rows for v in row if v not in (None, ""))
                break
            else:
                break
        return out

    def _lead_in(self, i: int) -> str | None:
        """The paragraph right before the run of list items that block i belongs to."""
        j = i
        while j > 0 and self.blocks[j - 1].type == BlockType.LIST_ITEM:
            j -= 1
        if j == 0:
            return None
        prev = self.blocks[j - 1]
        return prev.text if prev.type == BlockType.PARAGRAPH else None

    def _heading(self, i: int) -> str | None:
        """The heading of the section block i is in, with only list items between them; or, for an item of a nested
        list, its parent item (one level up where the depths are known, else the nearest item above with another
        marker: "3. **Chief Technology Officer**" above "- Ensures ..."), when that is a short label rather than a
        sentence."""
        depth = self.blocks[i].level if self.blocks[i].type == BlockType.LIST_ITEM else None
        if depth is not None and depth > 1:
            # the lists' depths are known (markdown): a nested item's label is the item its list hangs from
            parent = self._parent(i)
            if parent is None:
                return None
            label = self.blocks[parent].text.strip()
            return label if len(label.split()) <= 12 and not label.endswith((".", ":")) else None
        # a top-level item: its section's heading, or an item above with another marker (a sub-list written without
        # its indent: "3. **Chief Technology Officer**" then "- Ensures ..."); a nested list's items are passed over
        marker = _marker_kind(self.blocks[i].marker)
        for b in reversed(self.blocks[:i]):
            if b.type == BlockType.HEADING:
                return b.text
            if b.type != BlockType.LIST_ITEM:
                return None
            if depth is not None and b.level is not None and b.level > depth:
                continue
            if _marker_kind(b.marker) != marker:
                label = b.text.strip()
                return label if len(label.split()) <= 12 and not label.endswith((".", ":")) else None
        return None


@dataclass(frozen=True)
class _Folded:
    under: dict[int, list]  # a lead-in hit's id -> the hits that are items of its list
    folded: frozenset[int]  # the ids of those items


def _marker_kind(marker: str | None) -> str:
    """A list marker's kind: "1." and "2." are siblings, "-" under "3." is a nested list."""
    m = (marker or "").strip()
    if re.fullmatch(r"\(?\d+(?:\.\d+)*[.)]?", m):
        return "number"
    if re.fullmatch(r"\(?(?:[A-Za-z]|[ivxlc]+|[IVXLC]+)[.)]", m):
        return "letter"  # "a.", "c." and "iii." alike: a letter and a roman numeral are not told apart
    return m or "bullet"


def _names_a_role(heading: str) -> bool:
    """Whether a heading names a role or team the organisation set ("Quality Lead - Sam Example", "Department
    Heads", "Chief Information Security Officer (CISO)"), not the standard's own actor ("Top Management")."""
    from gapscan.nlp import lexicon as lx

    text = re.sub(r"^\s*(?:\d+(?:\.\d+)*|[A-Za-z])[.)]?\s+", "", heading).strip()
    if _STANDARD_ACTOR_HEADING.match(text):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", text)}
    heads = {*lx.ROLE_HEADS, *lx.TEAM_HEADS, "head", "heads", "chief", "consultant", "consultants"}
    return bool(words & heads)


@lru_cache(maxsize=1)
def _phrase_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The control catalogue's phrases and the standards' topic words, lower case (read once, when CM03 runs)."""
    from gapscan.nlp import lexicon as lx

    return (frozenset(p.lower() for p in lx.CONTROL_PHRASES), frozenset(p.lower() for p in lx.STANDARD_TOPIC_TERMS))


# --- CM04 ----------------------------------------------------------------------------------

def _organization_as_actor(ctx: Context) -> Iterable[Finding]:
    """"The organization / the company / management shall ..." where a named role should act.

    Why: an obligation given to "the organization" or "top management" belongs to nobody.
    When the supplier re-rating is late, the procedure cannot say whose job it was; in
    practice whoever happens to care does it, or nobody does.
    How: a sentence counts when its subject is the organization, the company, the
    business, (top/senior) management or "we" followed by shall/must/will/should or an
    obligation verb (ensures, determines, maintains...), or "is responsible/has to"; a
    passive obligation "by the organization" counts when the sentence has a modal. Every place the
    organization stands in a sentence is judged ("Where management plans a change, the organization
    shall ..." counts for its main clause), and it is the subject right after a comma too. Not when the
    sentence names the role or body acting beside it ("The Chief Risk Officer and Executive Management will
    oversee ...", "Through the ALCO, management will monitor ..."), nor when the company acts on the
    reader ("management will back you up"), the obligation stands inside quotation marks (a guidance note
    quoted: "The employer should take into account ..." [L74]), the organization only gains or suffers
    ("The Company will benefit from ...") or receives what another must hand over ("must be produced for
    scrutiny by the Company"). Fires
    when at least `min_sentences` (default 2) such sentences appear, or one that is at
    least `min_share` (default 0.2) of the obligations in the document; one finding per
    sentence, at most `max_per_document` (default 10).
    Fix: replace the organization with the role, team or system that actually does it
    ("The Purchasing Manager ...", "The ERP blocks ..."), and say when.
    """
    rule = CM04
    min_sentences = int(ctx.option("CM04", "min_sentences", 2))
    min_share = float(ctx.option("CM04", "min_share", 0.2))
    cap = int(ctx.option("CM04", "max_per_document", 10))
    for doc, a in analyses(ctx, rule.applies_to):
        if not_english(doc):  # "the organization shall" is read in English only: not judged (summary.not_checked)
            continue
        # every place the organization stands in the sentence is judged, not only the pipeline's first match: in
        # "Where management plans a change, the organization shall ..." the condition's is no duty, the second is
        found = [(h, actor) for h in a.org_actor if (actor := _subject_actor(h.text, h.actor)) is not None
                 and not _owners_follow(doc, h)]
        hits = [h for h, _ in found]
        obligations = _obligation_sentences(a.obligations, hits)
        share = len(hits) / obligations if obligations else 0.0
        if not hits or (len(hits) < min_sentences and share < min_share):
            continue
        for hit, actor in found[:cap]:
            yield rule.finding(
                path=doc.path, location=hit.location,
                message=f"'{actor}': {_actor_said(actor)} is the actor, no role, team or system is named",
                evidence=[Evidence(path=doc.path, text=hit.text, location=hit.location)],
                metrics={"actor": actor, "sentences": len(hits), "obligations": obligations,
                         "share": round(share, 3)},
                fix="Name the role, team or system that does it (Quality Manager, Warehouse Team, "
                    "the ERP) and when.")


_MODAL = frozenset(("shall", "must", "should", "will"))
# A table column that says who does or keeps each row: "Owner", "Responsible", "Accountable party", "Custodian"
_OWNER_COLUMN = re.compile(r"\b(?:owners?|owned\s+by|responsib\w*|accountab\w*|custodians?|performed\s+by|by\s+whom"
                           r"|who|roles?)\b", re.IGNORECASE)


def _owners_follow(doc: Document, hit) -> bool:
    """Whether the sentence hands its duty to the table it introduces, and that table names who does each row:
    "The organization shall maintain the following compliance evidence with defined retention periods:" over
    Evidence | System of Record | Owner | Retention, each row's owner filled in (a heading over the table may stand
    between them). The organization is the sentence's subject, but the role the fix asks for is named, row by row."""
    text = hit.text.rstrip()
    if not text.endswith(":"):
        return False
    blocks = doc.blocks
    at = next((i for i, b in enumerate(blocks) if b.location == hit.location and text in b.text), None)
    if at is None:
        at = next((i for i, b in enumerate(blocks) if text in b.text), None)
    if at is None:
        return False
    following = list(blocks[at + 1:at + 3])
    if following and following[0].type is BlockType.HEADING:
        following = following[1:]
    table = following[0].table if following and following[0].type is BlockType.TABLE else None
    if table is None or not table.rows:
        return False
    for col, name in enumerate(table.header):
        if name and _OWNER_COLUMN.search(str(name)):
            filled = sum(1 for row in table.rows if col < len(row) and str(row[col] or "").strip())
            if 2 * filled >= len(table.rows):
                return True
    return False


def _actor_said(actor: str) -> str:
    """Who the message says stands in for a role: management as a whole ('Executive Management will'), else the
    organization ('Company must', 'by the company')."""
    return "management as a whole" if re.search(r"\bmanagement\b", actor, re.I) else "the organization"

# The words before "organization / company / management ..." that leave it the subject of the sentence's own
# obligation: nothing (it opens the sentence), a determiner or possessive ("the", "our", "the company's"), a
# conjunction ("staff and management must"). A rank is part of the match ("top management").
_SUBJECT_BEFORE = frozenset(("the", "our", "its", "this", "their", "your", "and", "or", "that", "then"))
# Prepositions: "remuneration in the organization will ..." holds the organization as a place, not an actor.
_PREPOSITIONS = frozenset((
    "in", "of", "for", "to", "within", "across", "throughout", "from", "at", "on", "with", "into", "about",
    "than", "outside", "inside", "between", "among", "under", "over", "beyond"))
# "how the Company will ...", "whether the organization will ...": the sentence asks about it (a template's "Explain
# how the Company will achieve ..."), it gives no obligation.
_ASKED = frozenset(("how", "whether", "why", "what"))
# "owned by the Company", "issued by the Company": the organization as owner or source of a thing, not the agent
# of a duty.
_OWNED_BY = frozenset(("owned", "controlled", "held", "issued", "employed", "engaged", "contracted", "used",
                       "operated", "leased", "licensed"))
# "documents needed by the organization", "records required by the Company": the organization as whoever needs a
# thing, not the agent of a duty (held out, cmhold12: a quality manual's "procedures will sustain ... all documents
# needed by the organization")
_NEEDED_BY = frozenset(("needed", "required", "wanted", "desired", "expected"))
# A law, a standard or its guidance retold: the obligation is theirs, quoted, not one the procedure gives.
_RETOLD = re.compile(
    r"\b(?:says?|said|states?|stated|obliges?|mandates?|guidance|according\s+to|is\s+explicit\s+that"
    r"|under\s+(?:section|article|clause|part|regulation|rule)s?\b"
    r"|(?:requirement|section|article|regulation|clause|control|rule)s?\s+\d[\w.]*"
    r"|requirement\s+says)", re.IGNORECASE)
# After "by the organization": a word that makes it part of a name ("by the business associate", "by our
# business intelligence unit") unless it is a function word or an adverb ("by management annually").
_AFTER_NAME_OK = frozenset((
    "and", "or", "to", "in", "of", "for", "with", "at", "on", "before", "after", "within", "when", "where",
    "who", "which", "that", "as", "prior", "is", "are", "was", "were", "be", "shall", "must", "will", "should",
    "may", "can", "if", "unless", "until", "once", "each", "every", "by", "from", "under", "upon", "via", "per",
    "no", "not", "only", "also", "the", "a", "an", "its", "their"))
# An obligation verb that is also a plural noun: "Business plans and strategy documents" names documents.
_NOUN_VERBS = {"plans": frozenset(("to", "the", "its", "their", "a", "an", "how", "for", "when", "what", "which"))}
# The company as a party to a relation with an employee, a customer, a supplier or the reader: it pays, gives notice,
# provides, allows, consults. An employment or customer policy properly says what the company owes the other side;
# no role is missing from such a sentence. Money changes hands only between parties, so a paying verb needs no other
# party named; the other verbs do ("provide the resources needed" is the system's, "provide employees with a
# subsidy" the employer's).
_PAYS = frozenset((
    "pay", "pays", "paid", "paying", "payable", "reimburse", "reimburses", "reimbursed", "reimbursing", "refund",
    "refunds", "refunded", "refunding", "compensate", "compensates", "compensated", "compensating", "fund", "funds",
    "funded", "funding", "deduct", "deducts", "deducted", "deducting"))
# "meet the costs", "cover all reasonable travel expenses", "bear the fees": paying, said with a cost word after it
_BEARS = frozenset(("meet", "meets", "met", "cover", "covers", "covered", "bear", "bears", "borne"))
_COSTS = frozenset(("cost", "costs", "expense", "expenses", "fee", "fees"))
_TO_A_PARTY = frozenset((
    "give", "gives", "giving", "provide", "provides", "providing", "allow", "allows", "allowing", "permit", "permits",
    "grant", "grants", "granting", "offer", "offers", "offering", "contact", "contacts", "contacting", "consult",
    "consults", "consulting", "deem", "deems", "agree", "agrees", "agreed", "agreeing", "sign", "signs", "signing"))
# What an employer gives its staff: given ("will provide two days of paid leave", "will give 14 days' notice"), it
# names the other side without naming the person.
_ENTITLEMENTS = frozenset((
    "leave", "notice", "wage", "wages", "salary", "salaries", "allowance", "allowances", "bonus", "bonuses",
    "holiday", "holidays", "accommodation", "insurance"))
# The other side of the relation. Not "workers" or "persons": the standards' own words for the people the system
# covers ("The organization shall consult workers ...").
_OTHER_PARTY = re.compile(
    r"\b(?:employees?|employees?['’]s?|you|your|customers?|clients?|suppliers?|contractors?|subcontractors?"
    r"|tenants?|applicants?|candidates?|both\s+parties|the\s+parties)\b", re.IGNORECASE)
# The company's legal position or its stance over the staff's own duties ("The Company will be liable for ...", "will
# not tolerate ...", "will not unlawfully discriminate ..." under the equality law): one side of the employment relation
# speaking, no task anyone could be named for
_STANCE = frozenset(("liable", "tolerate", "tolerates", "condone", "condones", "discriminate", "discriminates"))
# The same stance in the passive: "harassment ... shall not be condoned or tolerated by the company" (held out, cmhold15)
_STANCE_DONE = frozenset(("tolerated", "condoned"))
# More of its legal position: a right it holds ("shall have the right to"), an indemnity or a statute acting on it ("shall
# be indemnified", "will be compelled to"), a liability it accepts or declines ("will not accept any legal liability")
_POSITION = re.compile(
    r"^(?:(?:not|also|then|always|still|only)\s+)*(?:(?:have|has|retain|retains|reserve|reserves)\s+(?:the\s+)?"
    r"(?:full\s+|sole\s+|absolute\s+)?rights?\b|(?:be|is|are)\s+(?:(?:not|also|legally)\s+)*(?:indemnified|compelled"
    r"|entitled)\b|(?:accept|accepts|assume|assumes|bear|bears)\s+(?:(?:any|no|all|full|legal|quality|or|the|its)\s+)*"
    r"liabilit(?:y|ies)\b)")
# Verbs whose "you" opens a clause of the company's own duty ("will ensure you have a licence"), not the reader
# as the one the company acts on
_CLAUSE_VERBS = frozenset(("ensure", "ensures", "ensuring", "check", "checks", "verify", "verifies", "confirm",
                           "confirms", "see", "make"))
# Words between the modal and its verb that leave the verb the next one: "will not pay", "will then contact"
_SKIP_TO_VERB = frozenset(("not", "also", "then", "always", "normally", "still", "only", "be"))
# Where a verb after these is the company's own verb phrase continued: "will arrange and pay", "will make every effort
# to contact"
_VERB_JOINS = frozenset(("to", "and", "or"))
# A clause that opens with one of these is a condition or a circumstance of another duty ("if required to do so by
# the Company", "Where the Company provides transport, ..."), not an obligation of the company's
_CONDITION = frozenset(("if", "when", "whenever", "where", "wherever", "unless", "once", "until", "while"))
# A best-efforts intent, as "is committed to": "shall endeavour to", "will strive to", "will make every effort to",
# "will use all reasonable endeavours to", "will do its best to"
_INTENDS = frozenset(("endeavour", "endeavours", "endeavor", "endeavors", "strive", "strives", "try", "tries", "aim",
                      "aims", "seek", "seeks"))
_EFFORTS = re.compile(r"^(?:make|makes|use|uses)\s+(?:(?:every|all|its|our|their|best|reasonable|possible)\s+)+"
                      r"(?:efforts?|endeavou?rs)\b|^(?:do|does)\s+(?:its|our|their)\s+(?:best|utmost)\b")
# Telling or arranging, towards the one person a case is about ("will explain the complaint against the employee",
# "will issue a written statement to the employee", "arrangements will be made by the company to ensure that the
# employee can attend", "will make it clear"): the employer dealing with that person. Not "make sure" (a duty of its
# own), and not the workforce as a whole ("communicate the policy to employees"), which the system's duties reach.
_TELLS = frozenset((
    "explain", "explains", "explained", "issue", "issues", "issued", "notify", "notifies", "notified", "inform",
    "informs", "informed", "advise", "advises", "advised", "tell", "tells", "told", "invite", "invites", "invited",
    "write", "writes", "written", "remind", "reminds", "reminded", "warn", "warns", "warned", "arrange", "arranges",
    "arranged", "make", "makes", "made",
    # an employment action on that person: moving, suspending or dismissing them
    "transfer", "transfers", "transferred", "redeploy", "redeploys", "redeployed", "suspend", "suspends", "suspended",
    "dismiss", "dismisses", "dismissed"))
_ONE_PARTY = re.compile(
    r"\b(?:the|this|that)\s+(?:employee|applicant|candidate|complainant|staff\s+member|member\s+of\s+staff)"
    r"(?:['’]s)?\b|\bhim\s+or\s+her\b", re.IGNORECASE)
# After the actor, the company's verb phrase ends at a clause that another verb governs
_CLAUSE_ENDS = frozenset(("that", "whether", "which", "who", "if", "when", "where", "unless", "so", "because"))


@lru_cache(maxsize=1)
def _org_matches() -> re.Pattern:
    """The organization as the pipeline marks it (nlp/pipeline.py "org:actor", "org:passive"), as one pattern over a
    sentence's text: "the organization shall", "top management ensures", "is responsible", "has to", "we must", and
    "by (the) management"."""
    from gapscan.nlp import lexicon as lx

    org = "|".join(re.escape(w) for w in lx.ORG_ACTORS)
    duty = "|".join(re.escape(w) for w in lx.OBLIGATION_WORDS)
    return re.compile(
        rf"\b(?:(?:top|senior|executive|line)\s+)?(?:{org})\s+(?:{duty})\b"
        rf"|\b(?:{org})\s+(?:is|are)\s+(?:responsible|accountable|required|committed)\b"
        rf"|\b(?:{org})\s+(?:has|needs)\s+to\b|\bwe\s+(?:shall|must)\b"
        rf"|\bby\s+(?:(?:the|its|our)\s+)?(?:(?:top|senior|executive)\s+)?(?:{org})\b", re.IGNORECASE)


def _subject_actor(sentence: str, actor: str | None) -> str | None:
    """The first place the organization stands in `sentence` as the subject of the text's own obligation (the
    pipeline's match first, then every other match in the sentence), or None. A passive "by the organization"
    counts only where the sentence has a modal, as in the pipeline."""
    if not actor:
        return None
    if _organization_is_subject(sentence, actor):
        return actor
    modal = not _MODAL.isdisjoint(re.findall(r"[a-z]+", sentence.lower()))
    first = sentence.lower().find(actor.lower())
    for m in _org_matches().finditer(sentence):
        if m.start() == first or (m.group().lower().startswith("by") and not modal):
            continue
        if _subject_at(sentence, m.start(), m.group()):
            return m.group()
    return None


def _organization_is_subject(sentence: str, actor: str | None) -> bool:
    """Whether the organization matched in `sentence` is the subject of an obligation the text itself gives.

    Not when organizations are spoken of in general ("an entity must", "a covered entity has to"), as a place
    ("remuneration in the organization will ..."), as part of a longer name ("Emergency Management Plans",
    "the covered entity", "by the business associate"), when the verb is a noun ("Business plans and strategy
    documents"), or when a law or standard is retold ("Requirement 7.2.4 says management must ...", "Under
    section 8 of the Act, we must publish ..."). Checked on the words around the match, without a tagger.
    """
    if not actor:
        return False
    at = sentence.find(actor)
    if at < 0:
        at = sentence.lower().find(actor.lower())
    if at < 0:
        return True  # cannot place it: keep the pipeline's reading
    return _subject_at(sentence, at, actor)


def _subject_at(sentence: str, at: int, actor: str) -> bool:
    """Whether the organization named by `actor` at `at` in `sentence` is the subject of the text's own obligation."""
    before = re.findall(r"[\w'’]+", sentence[:at])
    after = re.findall(r"[\w'’]+|[^\w\s]", sentence[at + len(actor):])
    words = re.findall(r"[\w'’]+", actor)
    if not words:
        return False
    if _RETOLD.search(sentence[:at]) or _quoted(sentence, at):
        return False
    if _as_a_party(sentence, at, words, after):
        return False
    if _judged_in_a_relative_clause(before, words, after):
        return False
    if _role_beside(sentence, at):
        return False
    first = words[0].lower()
    if first == "we":
        return True
    if first == "by":  # "approved by the organization": the agent of a passive obligation
        if before and before[-1].lower() in _OWNED_BY:
            return False  # "logos owned by the Company", "policies issued by the Company": its things, no duty
        if before and before[-1].lower() in _NEEDED_BY:
            return False  # "documents needed by the organization": what it needs, done by whoever the sentence names
        if _for_a_noun(before):
            return False  # "must be produced for scrutiny by the Organisation": it receives what another must hand over
        nxt = after[0] if after else ""
        if nxt.lower() in ("'s", "’s", "'", "’"):
            return False  # "managed by the organization's CISO": its role (or its objectives) is the agent, not it
        if len(words) > 1 and words[1].lower() == "business":
            return False  # "required by business, regulatory or ...": a need, not an agent
        return not (nxt.isalpha() and nxt.lower() not in _AFTER_NAME_OK and not nxt.lower().endswith("ly"))
    verb = words[-1]
    if _forecast(verb, after):
        return False  # "The Company will benefit from ...": what it gains or suffers, no task
    if verb.lower() in _NOUN_VERBS:
        nxt = after[0].lower() if after else ""
        if nxt not in _NOUN_VERBS[verb.lower()]:
            return False
    if verb[:1].isupper() and verb.lower() not in _MODAL:
        return False  # "Management Plans": a title-case name, not a sentence's verb
    while before and before[-1].lower() in ("top", "senior", "executive", "line"):
        before = before[:-1]  # "Top management is responsible": the rank belongs to the actor
    if not before:
        return True
    lead = re.sub(r"(?:\b(?:top|senior|executive|line)\s+)+$", "", sentence[:at], flags=re.IGNORECASE).rstrip()
    if lead.endswith((",", ";", ":")):
        return True  # "When a nonconformity occurs, management ensures ...": the subject of the clause after a comma
    prev = before[-1].lower()
    if "between" in (w.lower() for w in before[-6:]) and any(w.lower() in ("and", "or") for w in before[-2:]):
        return False  # "an agreement between the employee and the Company will be signed": one of a pair, no subject
    if prev.endswith(("'s", "’s")) or prev in _SUBJECT_BEFORE:
        if prev in ("the", "our", "its", "this", "their", "your") and len(before) >= 2 \
                and before[-2].lower() in _PREPOSITIONS:
            return False  # "in the organization"
        if prev in ("the", "our", "its", "this", "their", "your") and len(before) >= 2 \
                and before[-2].lower() in _ASKED:
            return False  # "Explain how the Company will ...": a question the writer answers, not a duty given
        if prev in ("the", "our", "its", "this", "their", "your") and len(before) >= 3 \
                and before[-3].lower() == "what" and before[-2].isalpha() and before[-2].islower():
            return False  # "what steps the company should take if ...": a training syllabus's question (cmhold15)
        if prev in ("the", "our", "its", "this", "their", "your") and len(before) >= 2 \
                and _participle(before[-2]):
            return False  # "each employee joining the company shall": its object; the subject stands before
        return True
    return False  # "an entity", "a covered entity", "Emergency Management", "in organizations", "IT management"


def _participle(word: str) -> bool:
    """A present participle that takes the organization as its object ("joining", "leaving", "representing",
    "contacting"): "each employee joining the company shall meet ..." gives the employee the duty. A noun ending in
    "-thing" ("everything the company must do") and a capitalised word (a title) are none."""
    low = word.lower()
    return word.islower() and low.endswith("ing") and len(low) > 4 and not low.endswith("thing")


def _quoted(sentence: str, at: int) -> bool:
    """Whether the place `at` in `sentence` lies inside quotation marks: someone else's words quoted (a guidance
    note's "The employer should take into account ..." [L74, para 54]), the obligation theirs, not one the text
    gives. A quotation can open in the sentence before, so the marks after the place decide: an odd number of
    straight double quotes after it, or a closing curly one before any opening one. Quotes around a name ("the
    \"Visitor Log\"") come in pairs and leave the sentence its own."""
    rest = sentence[at:]
    if rest.count('"') % 2:
        return True
    curly = re.search(r"[\u201c\u201d]", rest)
    return bool(curly) and curly.group() == "\u201d"
# A purpose phrase "for <noun> by the organization" ("for scrutiny by", "for inspection by", "for the approval by"): the
# "by" belongs to the noun, the sentence's duty to whoever hands the thing over
_PURPOSE_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "further", "final", "formal"))
# Verbs of gaining or suffering after the modal: "will benefit from", "will gain from", "will suffer if"; a forecast
_GAINS = frozenset(("benefit", "gain", "profit"))
_GAINS_FROM = frozenset(("from", "by", "if", "when", "where", "in", "greatly", "."))
_SUFFERS = frozenset(("suffer",))


# Verbs of judging: "adjustments that the Company considers reasonable", "steps which the company considers appropriate"
_JUDGES = frozenset(("considers", "deems", "judges", "regards", "thinks", "believes", "finds"))
# What a judgement in a relative clause finds a thing to be ("reasonable", "necessary"), or "to be" / "it" before it
_JUDGED = frozenset((
    "reasonable", "unreasonable", "appropriate", "inappropriate", "necessary", "unnecessary", "suitable", "relevant",
    "acceptable", "unacceptable", "fit", "proper", "adequate", "sufficient", "justified", "essential", "important",
    "to", "it"))


def _judged_in_a_relative_clause(before: list[str], words: list[str], after: list[str]) -> bool:
    """Whether the organization stands in a relative clause that qualifies a noun by its judgement ("any other
    adjustments that the Company considers reasonable", "steps which the company considers appropriate"): the
    organization judges what a thing is, and nothing in the clause obliges it; the sentence's duty, if any, is
    elsewhere. Its own judgement as a duty ("The organization considers the needs of interested parties ...") still
    counts."""
    verb = words[-1].lower()
    if verb not in _JUDGES:
        return False
    lead = [w.lower() for w in before]
    while lead and lead[-1] in ("the", "our", "its", "this", "their"):
        lead = lead[:-1]
    if not lead or lead[-1] not in ("that", "which"):
        return False
    nxt = next((w.lower() for w in after if w[:1].isalnum()), "")
    return nxt in _JUDGED


def _for_a_noun(before: list[str]) -> bool:
    """Whether the words before a passive "by the organization" end in a purpose phrase "for <noun>" ("for scrutiny",
    "for the inspection"), so the organization is the agent of the noun, not of the sentence's participle."""
    low = [w.lower() for w in before[-3:]]
    if len(low) >= 2 and low[-2] == "for":
        noun = low[-1]
    elif len(low) >= 3 and low[-3] == "for" and low[-2] in _PURPOSE_DETERMINERS:
        noun = low[-1]
    else:
        return False
    return noun.isalpha() and not noun.endswith(("ed", "en"))


def _forecast(verb: str, after: list[str]) -> bool:
    """Whether the modal matched (`verb`, "will") is followed by a verb of gaining or suffering used without an object
    ("will benefit from", "will suffer if"): what the organization can expect, not a duty given to it."""
    if verb.lower() not in _MODAL:
        return False
    rest = [w.lower() for w in after if w.lower() not in _SKIP_TO_VERB]
    if not rest:
        return False
    if rest[0] in _SUFFERS:
        return True
    return rest[0] in _GAINS and (len(rest) == 1 or rest[1] in _GAINS_FROM)


def _as_a_party(sentence: str, at: int, words: list[str], after: list[str]) -> bool:
    """Whether the organization matched at `at` is one side of a relation, or sets a condition, rather than the
    actor the system leaves unnamed.

    A commitment ("The Company is committed to ...", "commits to ..."): the policy's stance, no task. The company
    inside a condition of another duty ("An employee must, if required to do so by the Company, take leave", "When
    this is agreed to by the Company, pay will be adjusted", "Where the Company provides transport, ..."). The
    company paying ("will pay the Employee", "will meet the costs of this", "will be paid for by the Company"), or
    giving, providing, allowing, consulting, agreeing ... where the other party is named in the sentence ("will give
    the Employee notice", "provides employees with", "We must give you a written notice"). The company's liability
    or stance ("will be liable for ...", "will not tolerate ...").
    """
    verb = words[-1].lower()
    if verb in ("committed", "commits"):
        return True
    passive = words[0].lower() == "by"
    modal_in_actor = verb in _MODAL
    # the clause the organization stands in: back to the last comma, semicolon, colon or bracket
    start = max(sentence.rfind(c, 0, at) for c in ",;:(")
    clause = re.findall(r"[\w'’]+", sentence[start + 1:at])
    if clause and clause[0].lower() in _CONDITION and not modal_in_actor \
            and _MODAL.isdisjoint(w.lower() for w in clause):
        return True  # "if required to do so by the Company", "where the Company provides transport"
    opening = re.findall(r"[\w'’]+", sentence[:at])
    if passive and opening and opening[0].lower() in _CONDITION and _MODAL.isdisjoint(w.lower() for w in opening):
        rest = sentence[at:]
        modal = re.search(r"\b(?:shall|must|should|will)\b", rest, re.IGNORECASE)
        if modal and "," in rest[:modal.start()]:
            return True  # "When a change is agreed to by the Company, pay will be adjusted": the duty follows it
    other_party = bool(_OTHER_PARTY.search(sentence))
    one_party = bool(_ONE_PARTY.search(sentence))
    if passive:
        before = [w.lower() for w in re.findall(r"[\w'’]+", sentence[:at])]
        while before and before[-1] in ("for", "to", "out"):
            before = before[:-1]  # "paid for by", "agreed to by"
        last = before[-1] if before else ""
        return last in _PAYS or last in _STANCE_DONE or (other_party and last in _TO_A_PARTY) \
            or (one_party and last in _TELLS)
    # the verb phrase after the actor: the actor's own verb ("Company provides"), the modal's first verb ("will
    # pay"), and verbs joined to it by "to", "and" or "or" ("will make every effort to contact", "will arrange and
    # pay"); a word after any other word is not the company's verb ("shall review pay rates")
    phrase = [w.lower() for w in _without_aside(after)]
    verbs: list[int] = []  # places in `phrase`; -1 is the actor's own verb
    if not modal_in_actor and verb not in ("responsible", "accountable", "required"):
        verbs.append(-1)
    prev = None
    for i, w in enumerate(phrase[:10]):
        if w in _CLAUSE_ENDS or w in (".", ";", ":", "(", ")"):
            break
        if not w[:1].isalnum() or w in _SKIP_TO_VERB or w.endswith("ly"):
            continue
        if prev is None or prev in _VERB_JOINS:
            verbs.append(i)
        prev = w
    if _STANCE.intersection(phrase[:4]) or _POSITION.match(" ".join(w for w in phrase[:10] if w[:1].isalnum())):
        return True  # "will be liable", "will not tolerate", "shall have the right to", "will be compelled to"
    plain = [w for w in phrase if w[:1].isalnum() and w not in _SKIP_TO_VERB]
    if not modal_in_actor:
        plain = [verb, *plain]
    if plain[:1] and plain[0] in _INTENDS and plain[1:2] == ["to"] or _EFFORTS.match(" ".join(plain[:6])):
        return True  # "shall endeavour to", "will make every effort to": an intent, as "is committed to"
    for i in verbs:
        w = verb if i < 0 else phrase[i]
        if phrase[i + 1:i + 2] == ["you"] and w not in _CLAUSE_VERBS:
            return True  # "management will back you up", "will not expect you to": the company acting on the reader
    for i in verbs:
        w = verb if i < 0 else phrase[i]
        if w in _PAYS:
            return True
        if w in _BEARS and _COSTS.intersection(phrase[i + 1:i + 9]):
            return True
        if w in _TO_A_PARTY and (other_party or _ENTITLEMENTS.intersection(phrase[i + 1:i + 9])):
            return True
        if w in _TELLS and one_party and phrase[i + 1:i + 2] not in (["sure"], ["certain"]):
            return True  # "will explain the complaint against the employee", "will make it clear"
    return False


# The last word of a named role or body: a role's head ("Chief Risk Officer", "Finance Director"), a team's or a
# committee's ("Risk Committee"), the board ("the board", "Board of Directors")
@lru_cache(maxsize=1)
def _role_ends() -> frozenset[str]:
    from gapscan.nlp import lexicon as lx

    return frozenset(lx.ROLE_HEADS) | frozenset(lx.TEAM_HEADS) | frozenset((
        "board", "boards", "directors", "trustees", "governors", "committees", "officers", "council"))


# A role or a body named by its acronym: "the CFO", "the ALCO" (two to six capitals, a plural "s" allowed)
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# The clause before the actor's comma names the body it acts through: "Through the ALCO, management will ..."
_THROUGH = frozenset(("through", "via"))


def _names_role(word: str) -> bool:
    """Whether `word` ends the name of a role or a body: a role or team head, the board, or an acronym."""
    return word.lower() in _role_ends() or bool(_ACRONYM.match(word))


# Words that make the words before "and management" more than the name of a role: a verb or a preposition of
# another clause ("Records are kept by the supervisor and management will review them")
_NOT_IN_A_NAME = frozenset((
    "is", "are", "was", "were", "be", "been", "by", "to", "will", "shall", "must", "should", "may", "can", "has",
    "have", "had", "with", "for", "from", "in", "on", "at", "that", "which", "who"))


def _only_a_name(words: list[str]) -> bool:
    """Whether `words` (a clause's words before "and management") are only the name of a role or body: "The Chief Risk
    Officer", "the board", "HR", "the Board of Directors", not "Records are kept by the supervisor"."""
    if not words or len(words) > 6:
        return False
    return not any(w.lower() in _NOT_IN_A_NAME or (w.islower() and w.endswith("ed")) for w in words)


def _role_beside(sentence: str, at: int) -> bool:
    """Whether the sentence names the role or body that acts beside the organization matched at `at`.

    As a joint subject ("The Chief Risk Officer and Executive Management will oversee ...", "The board and senior
    management are responsible ...", "The CFO or management shall ..."), or as the body management acts through
    ("Through the ALCO, management will monitor ..."). Then the sentence says who does it; CM04 has nothing to ask
    for. Management beside the staff it directs ("Staff and management must report") names no role. Not read in a
    sentence written in capitals, where every word looks like an acronym.
    """
    if sentence.isupper():
        return False
    lead = sentence[:at]
    lead = re.sub(r"(?:\b(?:the|its|our|top|senior|executive|line)\s+)+$", "", lead, flags=re.IGNORECASE).rstrip()
    before = re.findall(r"[\w'’]+", lead)
    if len(before) >= 2 and before[-1].lower() in ("and", "or") and not lead.endswith(","):
        start = max(lead.rfind(c) for c in ",;:(")
        subject = re.findall(r"[\w'’]+", lead[start + 1:])[:-1]  # the clause's words before "and"
        return _only_a_name(subject) and _names_role(subject[-1])
    if lead.endswith(","):
        start = max(lead.rfind(c, 0, len(lead) - 1) for c in ",;:(")
        clause = re.findall(r"[\w'’]+", lead[start + 1:])
        if clause and clause[0].lower() in _THROUGH:
            return any(_names_role(w) for w in clause[1:] if w[:1].isupper())
    return False


def _without_aside(tokens: list[str]) -> list[str]:
    """The words after the actor without a short aside set off by commas right after the modal ("will not, as a
    principle, pay ...", "will, where possible, pay ...")."""
    for i, t in enumerate(tokens[:3]):
        if t == ",":
            for j in range(i + 1, min(len(tokens), i + 7)):
                if tokens[j] == ",":
                    return tokens[:i] + tokens[j + 1:]
            break
        if t[:1].isalnum() and t.lower() not in _SKIP_TO_VERB:
            break
    return tokens


def _obligation_sentences(modal_sentences: int, hits: list) -> int:
    """The obligations CM04's share is taken of: the sentences with shall/must/should/will, plus its own
    sentences that oblige by their verb alone ("The organization ensures ...", "is responsible for"), which
    the modal count leaves out; without them a document could show "obligations: 0; sentences: 3"."""
    return modal_sentences + sum(1 for h in hits if _MODAL.isdisjoint(re.findall(r"[a-z]+", h.text.lower())))


# --- CM05 ----------------------------------------------------------------------------------

def _no_operational_anchors(ctx: Context) -> Iterable[Finding]:
    """The text names few or none of: roles, systems, equipment, places, quantities, time
    limits, forms, decisions.

    Why: a procedure someone can follow names the things they will touch: who (Shift Lead,
    Goods-In Clerk), with what (the ERP, the CMM, the torque wrench), where (Bay 4, the
    quarantine cage), how much and by when (5 parts, within 24 h), on which record (QF-11)
    and what to do if it goes wrong (reject, escalate, quarantine). Without them the text
    cannot be checked against practice and cannot be followed.
    How: the spaCy pipeline marks anchors of nine kinds (role, team, system, equipment,
    place, quantity, duration, form, decision) with phrase lists and token patterns, over
    paragraphs, list items and table cells. "Few or none" is read two ways, and either fires
    it, once per document, on a text of at least `min_words` (default 80) words: few kinds
    (fewer than `min_types`, default 3, of the nine: the text never says who, or with what, or
    by when), or few anchors for its length (fewer than `min_per_1000_words`, default 10, per
    1000 words: less than one in a paragraph of 100 words). A long text naming 8 kinds at
    one anchor every 50 words names plenty and is not reported however it compares with a
    denser SOP. Few kinds counts only in a text that is not dense: one that names at least
    `dense_min` (default 5) anchors at `dense_per_1000_words` (default 20, one every 50
    words) or more names more than "few", even if they are all systems and decisions (a git
    how-to, a lab technique sheet). On the real corpus every procedure-like document that
    dense with fewer than 3 kinds was labelled operational or mixed, none mirrored. A text not in English is not judged (the anchor lists are English; the summary says
    so). The message says which of the two it failed, with its numbers. Only the
    organisation's own anchors count: a generic role or record every template names ("the
    Management Representative", "the Risk Register"), the standard's "at planned intervals"
    and a placeholder ("[Security Officer]") are listed beside the count as not counted. So
    are the time limits, roles and notices of a sentence that cites or restates a regulation
    ("As required by Regulation E, the Bank will investigate within 10 business days", "under
    12 CFR 1005.11", "the Act requires"), and of each item of a list whose lead-in cites one:
    they are the regulation's, listed as "restated from a regulation".
    Beside the anchors CM05 counts the details a reader sees named in plain words, which the
    verdict's features leave out (mirroring.own_details: "the Secretary", "the keyholder",
    "Flight Instructor", "the Lasers Subcommittee", "the member portal", "#lasers", "the
    machine room", "Fluke 45"; records and forms named in plain words, "mutation forms", "the accident book",
    "payslips", "the minutes"; where to write or send, an e-mail address, "PO Box 457", "14 Mill Lane"; an
    amount, "£25"), and the details of a computer's work written as code (written_details): a
    command a person types ("chmod ug+rx my_file", "squeue -u $USER") and a setting ("DB_SSL_ENABLED=true") as
    systems, a path ("compliance/evidence/access-review-log.md") as a place, in the prose and in the lines of its
    code blocks (without a prompt or a trailing comment); those lines add no words to the count.
    Fix: add the concrete who/what/where/when: name the role, the system or record, the
    limits and the decision at each step.
    """
    rule = CM05
    min_words = int(ctx.option("CM05", "min_words", 80))
    min_density = float(ctx.option("CM05", "min_per_1000_words", 10.0))
    min_types = int(ctx.option("CM05", "min_types", 3))
    dense_density = float(ctx.option("CM05", "dense_per_1000_words", 20.0))
    dense_min = int(ctx.option("CM05", "dense_min", 5))
    for doc, a in analyses(ctx, rule.applies_to):
        # the anchor lists are English: a text in another language is said not judged (summary.not_checked)
        if a.words < min_words or not_english(doc):
            continue
        # the anchors and the details only CM05 counts (the Secretary, the machine room, Fluke 45: own_details)
        counts = {t: n + a.detail_anchors.get(t, 0) for t, n in a.anchors.items()}
        # and what a person types or checks on a computer: commands, settings, paths (written_details)
        written = written_details(doc)
        for t, found in written.items():
            counts[t] = counts.get(t, 0) + len(found)
        total = sum(counts.values())
        density = round(1000.0 * total / a.words, 1)
        kinds = sum(1 for n in counts.values() if n)
        dense = density >= dense_density and total >= dense_min
        few_kinds, sparse = kinds < min_types and not dense, density < min_density
        if not (few_kinds or sparse):
            continue
        missing = [t for t, n in counts.items() if not n]
        # a controller's program ("If Tmp < 16.0 Then OFF") names set points and times, but none of its lines is a
        # decision or a time limit a person works to: its details are counted (they are the work's, and the
        # verdict reads them) but said apart, so "54 decisions" does not stand for 54 lines of a program
        prose = {t: n - a.code_anchors.get(t, 0) for t, n in counts.items()}
        found = ", ".join(_details(t, n) for t, n in prose.items() if n)
        if a.code_lines:
            in_code = ", ".join(_details(t, n) for t, n in a.code_anchors.items() if n)
            found = (f"{found}; and " if found else "none in its prose; ") + (
                f"{in_code} in {a.code_lines} line{'s' if a.code_lines != 1 else ''} written as a controller's "
                f"program, such as {a.code_examples[0]!r}, not steps a person takes")
        reasons = []
        if sparse and total:
            reasons.append(f"one every {a.words / total:.0f} words, where a procedure people can follow names one "
                           f"every {1000 / min_density:g} words or fewer")
        if few_kinds:
            # what is never named is what a reader of '102 details' needs to see the point
            never = [("an " if w[0] in "aeiou" else "a ") + w for w in (_DETAIL_WORDS.get(t, (t, t))[0] for t in missing)]
            reasons.append(f"{'only ' if total else ''}{kinds} kind{'s' if kinds != 1 else ''} of detail, where a "
                           f"procedure people can follow names {min_types} or more"
                           + (f"; it never names {', '.join(never[:-1])}{',' if len(never) > 2 else ''} or {never[-1]}"
                              if len(never) > 1 else f"; it never names {never[0]}" if never else ""))
        from gapscan.nlp.units import text_units

        units = text_units(doc) + code_units(doc)
        shown_examples = {t: tuple(dict.fromkeys((*a.anchor_examples.get(t, ()), *a.detail_examples.get(t, ()),
                                                  *written.get(t, ()))))
                          for t in counts if a.anchor_examples.get(t) or a.detail_examples.get(t) or written.get(t)}
        # each quoted under the words the message counts it in ('time limit: 28 days', never 'duration: ...')
        examples = _anchor_evidence(doc, units, {_DETAIL_WORDS.get(kind, (kind,))[0]: found
                                                 for kind, found in shown_examples.items()})
        # what the reader sees named but the count leaves out (generic roles, template cadences, placeholders),
        # so "names no anchor" can be checked against a text that says "the Management Representative"
        generic = _anchor_evidence(doc, units, {"not counted, generic or placeholder": a.template_anchors}, limit=3)
        shown = ", ".join(repr(t) for t in a.template_anchors[:3]) + (" ..." if len(a.template_anchors) > 3 else "")
        not_counted = f"; not counted (generic, or a template's placeholder): {shown}" if a.template_anchors else ""
        # a word named twice, once generically and once restating a regulation ('Audit Committee'), is listed once,
        # under the first reason: generic
        listed = {t.casefold() for t in a.template_anchors}
        restated = tuple(t for t in getattr(a, "restated_anchors", ()) if t.casefold() not in listed)
        if restated:  # what a sentence citing a regulation names is the regulation's ("ten business days")
            generic += _anchor_evidence(doc, units, {"not counted, restated from a regulation": restated}, limit=3)
            not_counted += ("; not counted (restated from a regulation): "
                            + ", ".join(repr(t) for t in restated[:3]) + (" ..." if len(restated) > 3 else ""))
        first = next((b.location for b in doc.blocks), None)
        yield rule.finding(
            path=doc.path, location=first,
            message=((f"names {total} concrete detail{'s' if total != 1 else ''} in {a.words} words ({found}): "
                      f"{'; '.join(reasons)}") if total else
                     f"names no concrete detail in {a.words} words: no role, system, place, time limit or form says "
                     f"who does what, with what, where or by when")
                    + not_counted,
            evidence=examples + generic,
            metrics={"anchors_per_1000_words": density, "anchor_types": kinds, "anchors": counts,
                     "words": a.words, "missing": missing, "specificity": a.specificity,
                     **({"code_lines": a.code_lines, "anchors_in_code": dict(a.code_anchors)} if a.code_lines else {})},
            fix=("Say who does what, with what, where, how much and by when: add "
                 + ", ".join(_DETAIL_WORDS.get(t, (t, t + "s"))[1] for t in missing[:6])
                 + " to the steps that need them.") if missing else None)


# Details written the way a computer is worked, which the anchor lists (English words) do not read. A command a
# person types: a program and its flags or variables ("squeue -u $USER --start", "ls -la"), a paragraph or cell
# that is a command and nothing else ("chmod ug+rx my_file", "cd ~/run1": every word after the program written as
# code), or a program used by name ("with the `sprio` command"). A setting: a name and its value ("NODE_ENV=
# production", "sslmode=require") or a name in capitals joined by underscores ("SENTRY_DSN"). A path: from the
# root, home or here ("/bigdata/groupname/", "~/runs", "./logs/"), a folder ("compliance/evidence/") or a file
# by its folders ("results/2024/summary.csv"). Not prose that looks like them: "staging/prod", "mg/kg/day",
# "24/7", "3/4/2024", "the following command", "the incident command system".
_FLAGGED = re.compile(r"(?<![\w$./-])([a-z][\w.+-]*)((?:[ \t]+(?:-{1,2}[A-Za-z][\w-]*|\$\{?[A-Za-z_]\w*\}?))+)")
# a word written as code: a flag, a number, a placeholder to fill ("<PID>"), a format ("%t"), a path, a variable
_CODE_WORD = re.compile(r"^(?:-{1,2}\w[\w-]*|\d+|<[\w-]+>|%\w+|\S*[/$=+_~*]\S*|\S*\w[.:]\w\S*)$")
_NAMED_COMMAND = re.compile(
    r"\b(?:use|using|run|running|type|enter|execute|issue|with)\s+the\s+[\"'“‘]?([a-z][\w.-]*)[\"'”’]?"
    r"\s+command\b(?!\s+(?:system|post|centre|center|structure|staff|team|chain|line|and\s+control)\b)")
_NOT_A_PROGRAM = frozenset((
    "following", "same", "above", "below", "next", "previous", "last", "first", "second", "appropriate", "correct",
    "right", "wrong", "shell", "terminal", "relevant", "specific", "exact", "usual", "standard", "basic", "new",
    "old", "given", "whole", "full", "single", "simple", "one", "incident", "unified", "central", "main"))
_SETTING = re.compile(r"(?<![\w./$-])([A-Za-z_][\w.]{3,})=(?=[^\s=])")  # not "n=3", "pH=7"
_ENV_NAME = re.compile(r"(?<![\w$])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![\w])")
_PATH = re.compile(r"(?<![\w:/.@-])((?:~|\.{1,2})?/?[\w.-]+(?:/[\w.-]+)*/?)")
_NOT_WRITTEN = re.compile(r"\[\[[^\]]*\]\]|(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+", re.IGNORECASE)
_EXTENSION = re.compile(r"[A-Za-z0-9_-]\.[A-Za-z][A-Za-z0-9]{0,4}$")


_OPTION_WORDS = frozenset(("flag", "flags", "option", "options", "switch", "switches", "argument", "arguments",
                           "parameter", "parameters", "use", "using", "run", "type", "enter", "add", "set", "pass",
                           "specify", "include", "append"))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


# A shell prompt before a command ("$ ls", "> dir") and a comment after it ("ps -e   # every process")
_PROMPT = re.compile(r"^\s*(?:[$>%]|\w+@[\w.-]+[:~\w/]*[$#])\s+")
_COMMENT = re.compile(r"(?:^|\s)#(?![!{])\s.*$|^\s*#.*$")


def code_units(doc: Document) -> list:
    """The lines of the document's code blocks (Document.code) as text units, each without its prompt and its
    trailing comment: what a person types, at its own line. Not sentences: CM05 reads them for commands,
    settings and paths only."""
    from gapscan.nlp.units import TextUnit

    out = []
    for block in doc.code:
        text = _COMMENT.sub("", _PROMPT.sub("", block.text)).strip()
        if text:
            out.append(TextUnit(text=text, location=block.location, block_index=-1, block_type=BlockType.PARAGRAPH,
                                heading=None))
    return out


def written_details(doc: Document) -> dict[str, tuple[str, ...]]:
    """The commands and settings ("system") and paths ("place") a document names, each once, in order of
    appearance: the details of a computer's work, which CM05 counts beside the anchors (a cluster's user page,
    a hardening checklist). {} when it names none."""
    from gapscan.nlp.units import text_units

    systems: dict[str, str] = {}
    places: dict[str, str] = {}
    for unit in text_units(doc) + code_units(doc):
        # a web address ("index.php?title=Licensing_Policy") and a wiki link's target ("[[Reuse/Tips/Dell Tips|Dell
        # Tips]]") name pages to read, not what a person types or where files go
        raw = unit.text
        text = " ".join((_NOT_WRITTEN.sub(" ", raw) if "[[" in raw or "/" in raw or "www" in raw.lower()
                         else raw).split())
        # each pattern needs a character most prose lacks (the searches below only where it is there: cost)
        if unit.block_type is not BlockType.HEADING:
            words = text.split()
            # a line of a code block is code already: one word after its program written as code is enough
            # ("ps ux -u <USERNAME>"); in prose every word after it must be
            coded = any if unit.block_index < 0 else all
            if 2 <= len(words) <= 10 and re.fullmatch(r"[a-z][\w.+-]*", words[0]) \
                    and coded(_CODE_WORD.match(w) for w in words[1:]) and not all(w.isdigit() for w in words[1:]):
                systems.setdefault(text.lower(), text)  # the whole paragraph or cell is one command
                continue
            if "-" in text or "$" in text:
                for m in _FLAGGED.finditer(text):
                    # "use the flag --cpus-per-task", "with no -e": the option is the detail, the word before is
                    # prose
                    prose = m.group(1) in _NOT_A_PROGRAM or m.group(1) in _stop_words() or m.group(1) in _OPTION_WORDS
                    command = (m.group(2) if prose else m.group(1) + m.group(2)).strip()
                    systems.setdefault(command.lower(), command)
            if "command" in text:
                for m in _NAMED_COMMAND.finditer(text):
                    if m.group(1) not in _NOT_A_PROGRAM:
                        systems.setdefault(m.group(1).lower(), m.group(1))
        for pattern, needs in ((_SETTING, "="), (_ENV_NAME, "_")):
            if needs not in text:
                continue
            for m in pattern.finditer(text):
                if re.search(r"[A-Za-z]{2}", m.group(1)):  # not a formula's "C1V1=C2V2"
                    systems.setdefault(m.group(1).lower(), m.group(1))
        if "/" not in text:
            continue  # a path holds a slash (below: one without is passed over)
        for m in _PATH.finditer(text):
            path = m.group(1).rstrip(".")
            if "/" not in path or "://" in text[m.start():m.end() + 3]:
                continue
            parts = [p for p in path.split("/") if p not in ("", "~", ".", "..")]
            if not parts or not any(re.search(r"[A-Za-z]{2}", p) for p in parts):
                continue  # "24/7", "3/4/2024"
            rooted = path.startswith(("/", "~/", "./", "../")) and (len(parts) >= 2 or path.endswith("/"))
            if rooted or (len(parts) >= 2 and (path.endswith("/") or _EXTENSION.search(parts[-1]))):
                places.setdefault(path.lower(), path)
    out = {}
    if systems:
        out["system"] = tuple(systems.values())
    if places:
        out["place"] = tuple(places.values())
    return out


# How a count of each kind of anchor reads: '1 role', '2 time limits', never 'duration 2'.
_DETAIL_WORDS = {"role": ("role", "roles"), "team": ("team", "teams"), "system": ("system", "systems"),
                 "equipment": ("piece of equipment", "pieces of equipment"), "place": ("place", "places"),
                 "quantity": ("quantity", "quantities"), "duration": ("time limit", "time limits"),
                 "form": ("form or record", "forms or records"), "decision": ("decision", "decisions")}


def _details(kind: str, n: int) -> str:
    one, many = _DETAIL_WORDS.get(kind, (kind, kind + "s"))
    return f"{n} {one if n == 1 else many}"


def _anchor_evidence(doc: Document, units, examples: dict[str, tuple[str, ...]], limit: int = 9) -> list[Evidence]:
    """The anchors found, one item per example at the place it is written among the document's text units
    (nlp.units.text_units), so each can be quoted with where it is; taken a kind at a time (every kind's
    first example, then the seconds), so the first items a report shows cover the most kinds."""
    import re
    from itertools import zip_longest

    def where(example: str):
        pattern = re.compile(rf"(?<!\w){re.escape(example)}(?!\w)", re.IGNORECASE)
        return next((u.location for u in units if pattern.search(u.text)), None)

    out = []
    for rank in zip_longest(*([(kind, e) for e in found] for kind, found in examples.items())):
        for kind, example in filter(None, rank):
            at = where(example)
            if at is not None:  # an anchor spaCy read across two cells or lines has no one place to quote
                out.append(Evidence(path=doc.path, text=f"{kind}: {example}", location=at))
            if len(out) == limit:
                return out
    return out


CM01 = Rule(code='CM01', name='clause-numbered-headings', family='clause mirroring', applies_to=(P, V,),
            summary="headings carry a standard's clause numbers and/or titles instead of the work's own steps",
            severity=Severity.WARNING, check=_clause_numbered_headings,
            example="Finds a heading '8.4 Control of externally provided processes, products and services'. Better: 'Approving a new steel supplier', with the clause in a cross-reference table at the end.")
CM02 = Rule(code='CM02', name='clause-ordered-structure', family='clause mirroring', applies_to=(P,),
            summary="the sequence of sections follows the standard's clause order (4 -> 10) rather than the flow of the work",
            severity=Severity.WARNING, check=_clause_ordered_structure,
            example="Finds sections 4, 5, 6 ... 10 in the standard's order. Better: 'Order received', 'Check stock', 'Raise the purchase order', 'Goods in', in the order the work happens.")
CM03 = Rule(code='CM03', name='standard-speak', family='clause mirroring', applies_to=(P,),
            summary="sentences restate the standard's language instead of saying who does what",
            severity=Severity.WARNING, check=_standard_speak,
            example="Finds 'The organization shall retain documented information as evidence of conformity.' Better: 'The Stores Supervisor scans each signed delivery note into Epicor the same day.'")
CM04 = Rule(code='CM04', name='organization-as-actor', family='clause mirroring', applies_to=(P,),
            summary='"the organization / the company / management" is the actor of obligations where a named role, team or system should be',
            severity=Severity.WARNING, check=_organization_as_actor,
            example="Finds 'The organization shall evaluate its suppliers.' Better: 'Each January the Buyer scores every supplier on late and rejected deliveries.'")
CM05 = Rule(code='CM05', name='no-operational-anchors', family='clause mirroring', applies_to=(P,),
            summary='the text names few or none of: roles, systems, equipment, places, quantities, time limits, forms, decisions',
            severity=Severity.WARNING, check=_no_operational_anchors,
            example="Finds a procedure that names no role, system, form, place or time limit. Better: 'Within 24 hours the Shift Lead logs the stoppage on form QF-07 and calls Maintenance.'")

RULES = (CM01, CM02, CM03, CM04, CM05,)
