"""PS03 practice-vocabulary-gap: what the records talk about that their procedure never names."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from gapscan.model import Evidence, Kind, Severity
from gapscan.nlp.language import not_english
from gapscan.records import PARTY_HEADER, header_words
from gapscan.rules.base import Context, Rule
from gapscan.rules.ps.common import (_links_by_record, calendar_words, document_text, lemma, on_files,
                                     primary_procedures, procedure_texts, record_profiles, reference_table, row_text,
                                     run_cache)

_VALUE_NOISE = {"yes", "no", "open", "closed", "close", "done", "complete", "completed", "ok", "okay", "pass",
                "passed", "fail", "failed", "none", "pending", "tbc", "tba", "n/a", "na", "nil", "approved",
                "rejected", "accepted", "true", "false", "see", "attached", "other", "misc", "various", "new",
                "high", "medium", "low", "minor", "major", "jan", "feb", "mar", "apr", "may", "jun", "jul",
                "aug", "sep", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july",
                "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday", "week", "day", "month", "year", "am", "pm",
                "nearly", "almost", "still", "already", "again", "also", "very", "just",
                # how a record is kept and units written short ("PDF", "5 yrs"): not what the work is about
                "pdf", "docx", "doc", "xlsx", "xls", "xlsm", "csv", "txt", "html", "htm", "pptx", "png", "jpg",
                "jpeg", "yrs", "yr", "hrs", "hr", "mins", "min", "secs", "sec", "wks", "wk", "mths", "mos"}

P = Kind.PROCEDURE
# an acronym written after a lower-case letter: 'ePHI', 'eCRF'
_PREFIXED = re.compile(r"(?<![A-Za-z])[a-z]([A-Z]{2,6})(?![a-z])")


_PAST = {"told", "made", "took", "sent", "found", "gave", "put", "got", "left", "kept", "lost", "went", "came",
         "said", "saw", "fell", "broke", "ran", "brought", "bought", "thrown", "done", "seen", "given", "taken",
         "causing", "using", "making", "doing", "having", "being", "getting", "going", "showing", "leaning",
         "waiting", "needing", "taking", "giving", "trying", "looking", "coming", "leaving", "putting", "keeping"}


def _content_word(word: str, stop, people: set[str]) -> bool:
    """A word that can name a thing: products, machines, failure modes. Past tenses and
    participles ("corrected", "reversed", "told") say what someone did and are left out."""
    if not word.isalpha() or len(word) < 3 or word in stop or word in _VALUE_NOISE or word in people:
        return False
    if word in _PAST or (word.endswith("ed") and not word.endswith("eed") and len(word) > 4):
        return False
    return True


def _phrase_shape(words: list[str]) -> bool:
    """Noun-phrase-like runs only: an -ing word may open a two-word phrase ("cutting tool") or
    end one ("pump housing") but not sit inside a longer one ("port causing seal")."""
    if len(words) < 3:
        return True
    return not any(len(w) > 5 and w.endswith("ing") for w in words[:-1])


@dataclass
class _TermStats:
    count: int = 0
    surface: str = ""
    sources: dict | None = None  # record path -> (row index, column index) of first use
    marked: int = 0  # uses as a label (the whole entry) or a name (an acronym, or next to an identifier)


# Columns whose values are the organisation's own categories (who: role, team; how it ended: result,
# status, severity; where on a scale: likelihood, impact, risk level), not the things the work is about.
# A risk register's other scales file a risk the same way: who threatens (a 'Threat Source' of External Threat Actor,
# Insider), how well its controls work (a 'Control Effectiveness' of High, Partial), how mature they are.
_CATEGORY_COLUMN = re.compile(r"\b(?:role|team|position|job\s*title|department|dept|grade|result|status|outcome|"
                              r"rating|severity|priority|decision|closed\??|likelihood|probability|impact|"
                              r"(?:inherent|residual|risk)\s+(?:risk|level|score)|"
                              r"threat\s+(?:source|agent|actor|origin)s?|effectiveness|maturity)\b", re.I)
# columns that cite or group a law or a standard's annex ('Art. 21', 'A.5.1', theme 'Organizational', 'Entity in
# scope'): how the requirement is filed, not the products, systems or failure modes the work is about
# a bare 'Type' or 'Classification' files the entry in the organisation's own taxonomy (Hardware, Confidential); a
# qualified one ('Defect type') can name failure modes, and a supplier list's 'Category' is what is bought
_TAXONOMY_COLUMN = re.compile(r"^\s*(?:type|classification)\s*$", re.I)
_REFERENCE_COLUMN = re.compile(r"\b(?:article|section|clause|annex|theme|legal\s*basis|applicability)\b", re.I)
# a point on a rating scale, with its score or a remark after it ('Moderate (12)', 'Moderate 12', 'High (15) —
# likelihood unchanged', 'Low'): a column most of whose values are one grades the entry, whatever its header
# ('Residual', 'Baseline'); a value that goes on in words after the number ('Major 3 POI terminals') is not one
_RATING_VALUE = re.compile(r"^\s*(?:very\s+)?(?:low|medium|moderate|high|critical|minor|major|negligible|severe|"
                           r"significant|extreme)\s*(?:\(\s*\d+(?:\.\d+)?\s*\)|\d+(?:\.\d+)?)?"
                           r"\s*(?:$|[—–,;:(]|-\s)", re.I)
# the first column of a report laid out as a table of field and value ('Field: Severity | Detail: Minor'): its
# values are the report's own labels, the same in every such table, not what the work is about
_LABEL_COLUMN = re.compile(r"^\s*(?:fields?|attributes?|propert(?:y|ies)|parameters?|keys?)\s*$", re.I)
# a header that lists the values to pick from ('Nonconformity Type (Major/Minor/OFI)', 'Applicable (Y/N)'):
# the column files the entry under one of the organisation's categories, like a status or a severity
_CHOICES_HEADER = re.compile(r"\((?:[^()/]+/)+[^()/]+\)")
# a value citing a standard's clause or annex ('ISO 27001 Clause 6.2', 'Annex A A.8.8', 'ISO/IEC 27001:2022'):
# a column most of whose values cite one says which requirement an entry answers, not what it is about
_CITATION = re.compile(r"\b(?:clause|article|art\.|section|§)\s*\d|\bannex\s+[A-Z]\b|\biso(?:/iec)?\s*\d{4,5}\b",
                       re.I)


def _identifier(token: str) -> bool:
    """A part, model or instrument number: letters and digits together ("VB-40", "VF-4", "M8x1.25")."""
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


def _identifiers(tokens: list[str]) -> list[bool]:
    """Which tokens are part of an identifier: letters and digits together, or a model code split in
    two ("LB 300", "C 42": capitals followed by a number)."""
    out = [_identifier(t) for t in tokens]
    for j in range(1, len(tokens)):
        if tokens[j].isdigit() and tokens[j - 1].isalpha() and tokens[j - 1].isupper() and len(tokens[j - 1]) <= 4:
            out[j - 1] = out[j] = True
    return out


def _in_identifier(tokens: list[str], spaces: list[bool]) -> list[bool]:
    """Which tokens are pieces of a run without spaces that holds letters and digits: 'PRM' and 'BOOTSTRAP'
    of "PRM-BOOTSTRAP-001", the words of "prompts/PRM-DIAG-001-diagnostico.md". They are the prefix of an ID
    or a path, not words of the work. spaces[i]: whether a space follows token i."""
    out = [False] * len(tokens)
    start = 0
    for end in range(len(tokens)):
        if spaces[end] or end == len(tokens) - 1:
            run = "".join(tokens[start:end + 1])
            if any(c.isdigit() for c in run) and any(c.isalpha() for c in run):
                out[start:end + 1] = [True] * (end + 1 - start)
            start = end + 1
    return out


@lru_cache(maxsize=1)
def _background() -> frozenset[str]:
    """Lemma keys of the generic vocabulary every workplace shares: the anchor word lists of
    gapscan.nlp.lexicon (roles, teams, equipment, places, units, time words, records, decisions,
    standard topics). A record term made only of these names no particular product, machine or
    failure: "pallet", "bay", "cnc operator", "inspection"."""
    from gapscan.nlp import lexicon
    from gapscan.nlp.review import lemma_key

    lists = (lexicon.ROLE_HEADS, lexicon.ROLE_WORDS, lexicon.TEAM_HEADS, lexicon.SYSTEM_HEADS, lexicon.EQUIPMENT,
             lexicon.PLACES, lexicon.PLACE_HEADS, lexicon.UNITS, lexicon.TIME_UNITS, lexicon.FREQUENCY_WORDS,
             lexicon.RECORD_HEADS, lexicon.DECISION_WORDS, lexicon.STANDARD_TOPIC_TERMS)
    return frozenset(lemma_key(w) for entry in (e for group in lists for e in group)
                     for w in re.findall(r"[A-Za-z]+", entry))


@dataclass(frozen=True)
class _Tokens:
    """One cell value, tokenised once per run however many records and columns hold it."""
    raw: tuple[str, ...]
    words: tuple[str, ...]
    keys: tuple[str, ...]
    ids: tuple[bool, ...]
    label: tuple[int, ...]
    acronym: tuple[bool, ...]  # an all-capitals word of 2+ letters outside the generic vocabulary
    in_id: tuple[bool, ...]  # a piece of an ID or path written without spaces ("PRM" of "PRM-DIAG-001")
    calendar: bool  # only shift, day and month words ("Days", "Nights", "Mon")


def _tokens(value: str, nlp, cache: dict) -> _Tokens:
    tok = cache.get(value)
    if tok is None:
        doc = nlp.make_doc(value)
        raw = [t.text for t in doc]
        ids = _identifiers(raw)
        background = _background()
        tok = _Tokens(raw=tuple(raw), words=tuple(w.lower() for w in raw), keys=tuple(lemma(w.lower()) for w in raw),
                      ids=tuple(ids),
                      # The entry's own words, without identifiers, numbers and punctuation: "valve body" of
                      # "valve body VB-40". A term that is all of them is the entry's label.
                      label=tuple(j for j, w in enumerate(raw) if w[:1].isalpha() and not ids[j] and len(w) > 1),
                      acronym=tuple(len(w) >= 2 and w.isalpha() and w.isupper() and lemma(w) not in background
                                    for w in raw),
                      in_id=tuple(_in_identifier(raw, [bool(t.whitespace_) for t in doc])),
                      calendar=calendar_words(value))
        cache[value] = tok
    return tok


def _record_terms(path: str, profile, people: set[str],
                  token_cache: dict | None = None) -> dict[tuple[str, ...], _TermStats]:
    """Unigram and bigram lemma keys of a record's text cells, counted once per cell. Cells of
    shift and calendar words only ("Days", "Nights", "Mon") name no product, machine or failure."""
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    stop = nlp.Defaults.stop_words
    token_cache = {} if token_cache is None else token_cache
    terms: dict[tuple[str, ...], _TermStats] = {}
    for col in profile.columns:
        name = header_words(col.name)  # an export's 'Risk_Level' is the 'Risk Level' these patterns name
        if col.type not in ("text", "status") or _CATEGORY_COLUMN.search(name) or PARTY_HEADER.search(name) \
                or _REFERENCE_COLUMN.search(name) or _TAXONOMY_COLUMN.match(name) \
                or _LABEL_COLUMN.match(name) or _CHOICES_HEADER.search(name):
            continue
        firsts: dict[str, int] = {}
        counts: Counter = Counter()
        for r, v in enumerate(profile.table.column(col.index)):
            if isinstance(v, str) and v.strip():
                counts[v] += 1
                firsts.setdefault(v, r)
        if 2 * sum(n for v, n in counts.items() if _CITATION.search(v)) > sum(counts.values()):
            continue
        if 2 * sum(n for v, n in counts.items() if _RATING_VALUE.match(v)) > sum(counts.values()):
            continue
        for value, uses in counts.most_common(20000):
            tok = _tokens(value, nlp, token_cache)
            if tok.calendar:
                continue
            words, keys, ids, label = tok.words, tok.keys, tok.ids, list(tok.label)
            ok = [_content_word(w, stop, people) and not in_id for w, in_id in zip(words, tok.in_id)]
            found: dict[tuple[str, ...], tuple[str, bool]] = {}
            for j in range(len(words)):
                # Runs of one to three content words: "seal", "seal leak", "dmg mori dmu".
                for size in (1, 2, 3):
                    if j + size <= len(words) and all(ok[j:j + size]) and _phrase_shape(list(words[j:j + size])):
                        near = ids[max(0, j - 1):j] + ids[j + size:j + size + 2]
                        marked = (label == list(range(j, j + size))
                                  or any(tok.acronym[j:j + size])
                                  or any(near))
                        found.setdefault(tuple(keys[j:j + size]), (" ".join(words[j:j + size]), marked))
            for key, (surface, marked) in found.items():
                stats = terms.setdefault(key, _TermStats(surface=surface, sources={}))
                stats.count += uses
                stats.marked += uses if marked else 0
                stats.sources.setdefault(path, (firsts[value], col.index))
    return terms


# how often something is to be done ("Annual", "Every 3 years", "Biennial"): a requirement, not an entry of work
_CADENCE = re.compile(r"(?:every\s+(?:\d+\s+|other\s+)?(?:day|week|month|quarter|year|shift)s?|(?:semi-?|bi-?)?annual(?:ly)?|"
                      r"biennial(?:ly)?|(?:\d+[- ])?yearly|monthly|quarterly|weekly|daily|fortnightly)", re.I)


def _states_requirements(prof) -> bool:
    """A table that dates nothing and has a column saying how often each row is to be done ("Refresher Frequency:
    Annual / Every 3 years"): a training matrix or a plan, the procedure's own requirements written as a table, not
    the records of the work it governs."""
    if prof.entry_column is not None or any(c.type == "date" for c in prof.columns):
        return False
    if reference_table(prof):  # a chart of marks or numbers, a list of what is required, a catalogue: the same
        return True
    for col in prof.columns:
        counted = sum(n for _, n in col.top_values)
        cadence = [(v, n) for v, n in col.top_values if _CADENCE.fullmatch(v.strip())]
        if len(cadence) >= 2 and 2 * sum(n for _, n in cadence) >= counted > 0:
            return True
    return False


@on_files
def check_practice_vocabulary_gap(ctx: Context) -> Iterator:
    """Terms that dominate the working records never appear in the procedure meant to govern that work.

    Why it matters: when the records talk about products, lines, failure modes and systems
    the procedure never names, the procedure was written about the standard, not about the
    work; people cannot find their job in it and auditors cannot test it against practice.

    How it decides: each record is assigned to the procedure(s) that govern it most directly
    (a config link, then a title or code link or a naming in the text, then a resemblance
    link with confidence >= 0.5; a title, a naming or half a name (a record that shares one of the two words
    of the procedure's title) counts only in a procedure that says how the record is kept, naming two of its
    columns where it names it, and a record more than three procedures keep or resemble alike is the system's,
    read against none; a table that dates nothing and says in a column how often each row is to be done,
    "Annual", "Every 3 years", is the procedure's requirements, a training matrix or a plan, and is read
    against none, and so is a reference table (common.reference_table: a chart, a list of what is required, a
    catalogue of things each under its own code, the supplies an ordering page points to); another part's edition of the procedure itself, one name and format under another leading
    number (05.13- and 06.13-phase-summary-and-transition.md), is read against it only when the config links it,
    and a log kept once per part of a series, one logs/action-item-log.md in each phase's folder, only against the
    procedures filed in its own part (common.part_editions), unless the config links it);
    a register and the page that shows it under its name (ps01.page_copies: audit-schedule.csv and
    audit-schedule.html) are read once, in its data file;
    each procedure's records are read cell by cell (text and status columns;
    people, dates, numbers and identifiers are left out, with the pieces of an ID or path written without
    spaces, 'PRM' of PRM-DIAG-001, and so are columns of the organisation's own categories: role,
    team, department, result, status, severity, priority, a risk's threat source, control effectiveness or
    maturity, and a bare type or classification (a
    qualified 'Defect type' and a supplier list's 'Category' are read); columns that cite or group a
    law or an annex: article, section, clause, annex, theme, legal basis, applicability, or most of whose values
    cite a standard ("ISO 27001 Clause 6.2", "Annex A A.8.8"); a column whose header lists its choices
    ("Type (Major/Minor/OFI)"); a column most of whose values are a point on a rating scale ("Moderate (12)",
    "Moderate 12",
    "High (15) — likelihood unchanged"), whatever its header; the field column of a report laid out as field and value; and the parties
    an entry is about: customer,
    supplier, account, destination, whose names a procedure need not use). Words and phrases of up to three words are reduced to lemma
    keys with spaCy's tokenizer and counted once per cell. Only terms that carry weight are ranked: a
    term must be used, in at least half its uses, as the label of an entry (all of the entry's words,
    identifiers and numbers aside: "porosity in casting", "valve body" of "valve body VB-40") or as a name
    (an acronym such as "DMG", or next to an identifier such as "VF-4" or "LB 300"), and it must not be
    made only of the generic workplace vocabulary of gapscan.nlp.lexicon (roles, equipment, places, units:
    "pallet", "bay", "cnc operator"). Words of running text ("cable across the walkway") are left out:
    they describe events, not the products, machines and failure modes the procedure should name. Each term is weighted
    log(1 + count) x idf, where idf = ln((1 + N) / (1 + df)) + 1 over all records and
    procedures in the set, so words every log uses (open, closed, date) weigh little. Of the
    top `top_terms` (default 12) terms used at least `min_count` times (default 3), those
    the procedure never uses are missing; it fires when at least `min_missing` (default 3)
    are missing and they are at least 30% of the top terms (an acronym the procedure writes after a lower-case
    letter, 'ePHI', uses it: 'phi' is not missing). Past tenses and participles
    ("corrected", "told") are left out: they say what someone did, not what the work is about.
    On a procedure whose verdict is operational (written around the work) the finding is
    info: the gap is real but the procedure already speaks the work's language elsewhere.
    A procedure not in English (gapscan.nlp.language) is not judged: the stop words, lemmas and lexicon
    are English, and the summary says so.

    How to fix: rewrite the procedure around the work the records show: name the products,
    lines, failure modes and systems, and say what is done about each.
    """
    from gapscan.nlp.pipeline import get_nlp
    from gapscan.rules.ps.ps01 import page_copies

    top_n = int(ctx.option("PS03", "top_terms", 12))
    min_count = int(ctx.option("PS03", "min_count", 3))
    min_missing = int(ctx.option("PS03", "min_missing", 3))
    procs = procedure_texts(ctx)
    governed = primary_procedures(ctx, procs)
    if not any(governed.values()):
        return
    links = _links_by_record(ctx, procs)
    profiles = record_profiles(ctx)
    stop = get_nlp().Defaults.stop_words
    per_record: dict[str, dict] = {}
    token_cache = run_cache(ctx).setdefault("tokens", {})
    for path, prof in profiles.items():
        # Words of the people columns are never terms (shift words a person column also holds included).
        people = {w.lower() for name in prof.people for w in re.findall(r"[A-Za-z]+", str(name))}
        per_record[path] = _record_terms(path, prof, people, token_cache)
    # Document frequency over every record and procedure of the set, of the records' terms: only a term a
    # record uses is ever ranked, so a procedure's other words and phrases are not counted.
    df: Counter = Counter()
    for terms in per_record.values():
        df.update(terms.keys())
    vocabulary = frozenset(df)
    proc_sets = {}
    for proc in procs:
        keys = [k for k in proc.keys if k not in stop]
        grams = set((k,) for k in keys) | set(zip(proc.keys, proc.keys[1:])) | \
            set(zip(proc.keys, proc.keys[1:], proc.keys[2:]))
        proc_sets[proc.path] = grams
        df.update(grams & vocabulary)
    n_docs = len(per_record) + len(procs)
    docs = {d.path: d for d in ctx.documents}
    copies = page_copies(profiles)
    for proc in procs:
        records = sorted(r for r in governed.get(proc.path, ()) if not _states_requirements(profiles[r]))
        # a register and the page that shows it under its name (ps01.page_copies) are read once, in its data file
        records = [r for r in records if copies.get(r) not in records]
        # terms are weighed with English stop words, lemmas and workplace lexicon, and matched word for
        # word: "para", "registo" would lead the list of a Portuguese set (summary.not_checked: not judged)
        if not records or (proc.path in docs and not_english(docs[proc.path])):
            continue
        merged: dict[tuple[str, ...], _TermStats] = {}
        for path in records:
            for key, st in per_record[path].items():
                m = merged.setdefault(key, _TermStats(surface=st.surface, sources={}))
                m.count += st.count
                m.marked += st.marked
                m.sources.update(st.sources)
        ranked = _rank_terms(merged, df, n_docs, min_count)[:top_n]
        if not ranked:
            continue
        have = proc_sets[proc.path]
        if proc.path in docs:
            # 'ePHI' uses 'PHI': an acronym after a lower-case letter is the acronym, qualified
            have = have | {(lemma(a.lower()),) for a in _PREFIXED.findall(document_text(docs[proc.path]))}
        missing = [(key, st, w) for key, st, w in ranked
                   if key not in have and not all((k,) in have for k in key)]
        if len(missing) < min_missing or len(missing) / len(ranked) < 0.3:
            continue
        verdict = getattr(ctx.mirroring.get(proc.path), "verdict", None)
        operational = getattr(verdict, "value", verdict) == "operational"
        lead = _resemblance_only(links, proc.path, records)
        yield _vocabulary_finding(proc.path, records, ranked, missing, profiles,
                                  Severity.INFO if operational or lead else PS03.severity, lead)


def _rank_terms(merged, df, n_docs, min_count):
    # A word or phrase mostly used inside a longer phrase is reported as the longer phrase.
    container: dict[tuple[str, ...], int] = {}
    for key, st in merged.items():
        for size in range(1, len(key)):
            for i in range(len(key) - size + 1):
                sub = key[i:i + size]
                container[sub] = max(container.get(sub, 0), st.count)
    scored = []
    background = _background()
    for key, st in merged.items():
        if st.count < min_count or container.get(key, 0) >= 0.6 * st.count:
            continue
        if all(k in background for k in key) or st.marked < 0.5 * st.count:
            continue  # generic workplace words, or words of running text rather than names of things
        idf = math.log((1 + n_docs) / (1 + df.get(key, 0))) + 1
        scored.append((key, st, round(math.log1p(st.count) * idf, 4)))
    scored.sort(key=lambda t: (-t[2], -t[1].count, t[0]))
    return _fold_into_longer(scored)


def _fold_into_longer(scored):
    """Drop a term whose every use is inside longer ranked terms that hold it: 'dmg mori' (46x) beside
    'dmg mori dmu' (27x) and 'dmg mori nlx' (19x), 'change' beside 'change request' of the same count.
    Counts are per cell and a cell holding the longer term holds the shorter, so when the longer terms'
    counts reach the shorter's, its uses are theirs: listing it would count the same entries twice."""
    inside: Counter = Counter()
    for key, st, _ in scored:
        # every shorter run of words a term holds, once per term ('dmg' and 'mori' and 'dmg mori' of 'dmg mori dmu')
        for sub in {key[i:i + n] for n in range(1, len(key)) for i in range(len(key) - n + 1)}:
            inside[sub] += st.count
    return [(key, st, w) for key, st, w in scored if inside[key] < st.count]


def _resemblance_only(links, proc_path: str, records: list[str]) -> str | None:
    """Why the gap is only a lead, or None: the procedure is tied to none of the records it is read against by
    name, code, title or config (common.link_strength >= 1), only by resemblance, so whether it governs them at
    all is not shown."""
    strongest = max((s for r in records for s, _, proc, _ in links.get(r, ()) if proc == proc_path), default=0)
    if strongest >= 1:
        return None
    return ("the procedure is tied to these records only by resemblance (similar columns or words), not by name, "
            "code, title or config: whether it governs them is not shown")


def _vocabulary_finding(proc_path, records, ranked, missing, profiles, severity, lead=None):
    # the weight chose the terms; a reader compares how often each is used, so they are listed by count
    missing = sorted(missing, key=lambda t: (-t[1].count, -t[2], t[0]))
    terms = [{"term": st.surface, "count": st.count, "weight": w, "records": sorted(st.sources)}
             for _, st, w in missing]
    shown = ", ".join(f"'{t['term']}' ({t['count']}x)" for t in terms[:6])
    if len(terms) > 6:
        shown += f" and {len(terms) - 6} more"
    evidence = []
    for _, st, _ in missing[:5]:
        path, (row, col) = sorted(st.sources.items())[0]
        prof = profiles[path]
        example = row_text(prof.table, row)
        evidence.append(Evidence(path=path, text=f"'{st.surface}' used {st.count} times; e.g. {example}",
                                 location=prof.cell_location(row, col)))
    message = (f"The records this procedure governs keep talking about {shown}, "
               f"but the procedure never uses {'that term' if len(terms) == 1 else 'these terms'} "
               f"({len(missing)} of the top {len(ranked)} record terms missing).")
    if lead:
        message = f"Lead, not a finding: {message} Why only a lead: {lead}."
    return PS03.finding(path=proc_path, message=message, evidence=evidence, related=records, severity=severity,
                        metrics={"missing_terms": terms, "missing": len(missing), "top_terms_checked": len(ranked),
                                 "missing_share": round(len(missing) / len(ranked), 3),
                                 "top_terms": [st.surface for _, st, _ in ranked], "records": records,
                                 "strength": "lead" if lead else "finding", **({"lead_reason": lead} if lead else {})},
                        fix="Name the products, lines, failure modes and systems the records show, "
                            "and say what is done about each.")



PS03 = Rule(code='PS03', name='practice-vocabulary-gap', family='parallel system', applies_to=(P,),
    summary='terms that dominate the working records never appear in the procedures meant to govern that work',
    severity=Severity.WARNING, check=check_practice_vocabulary_gap,
    example="Finds 'die change', 'porosity' and 'line 3' fill the production records, but the production procedure never mentions them. Better: rewrite the procedure around that work.")
