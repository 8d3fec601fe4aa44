"""What the parallel-system rules share: procedure texts, which records procedures name or link to,
record profiles, and the evidence helpers (header location, row text) the SH rules use too."""
from __future__ import annotations

import datetime as dt
import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain
from operator import itemgetter
from typing import Any, Iterable, Iterator

from gapscan.model import BlockType, Document, Kind, Location, Value, column_letter
from gapscan.rules.base import Context

LINK_CONFIDENCE = 0.5  # below this a drift link is a guess, never proof that a record is governed
RECENT_DAYS = 90

_CODE = re.compile(r"\b([A-Z]{1,5})[\s_-]?(\d{1,4}[A-Z]?)\b")
_YEARS = re.compile(r"\b(19|20)\d\d\b")
_NOISE_WORDS = {"copy", "final", "draft", "new", "old", "v", "ver", "version", "rev", "issue", "master", "current",
                "updated", "latest", "working", "xlsx", "xls", "csv", "docx", "sheet", "book", "data", "file"}
# what a file's name says of the copy, not of the record: a sample, an example, a completed one
_ILLUSTRATION = {"sample", "samples", "example", "examples", "specimen", "illustrative", "completed", "filled"}
_GENERIC_NAMES = {"log", "register", "record", "records", "list", "tracker", "sheet", "form", "data", "book"}
# a period in an export's name ("WMS_despatch_orders_Oct-Nov_2026") dates the file, it does not name the record
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
           "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
           "q1", "q2", "q3", "q4"}
# the last word of a record's name that only says what kind of list it is: "the WMS despatch report" names
# "WMS despatch orders"
_RECORD_HEADS = {"log", "logs", "register", "list", "tracker", "report", "reports", "export", "orders", "order",
                 "receipts", "entries", "records", "record", "sheet", "table", "file", "matrix"}
# a label that places a file in its document set, not part of its name: "Annex_A_RACI" is the RACI matrix,
# "Appendix 3 - Asset List" the asset list
# a document ID in capitals before the name a file carries: "EV-INDEX_Evidence_Index_v0.1.csv" is the Evidence
# Index, "VULN-LOG-001_Vulnerability_Log.csv" the Vulnerability Log (an ID with digits is a code already)
_LEADING_ID = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+_(?=.*[a-z])")
_PART_LABEL = re.compile(r"^\s*(?:annex|appendix|attachment|exhibit|enclosure)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b",
                         re.IGNORECASE)

# the words people use interchangeably for one running list of entries
_LIST_WORDS = {"register", "log", "records", "inventory"}


# ---------------------------------------------------------------- shared helpers

_RUN: list = [None, None]  # (weak reference to the Context of the current run, its cache)


def run_cache(ctx: Context) -> dict:
    """Data derived once per run (per Context) and shared by the PS and SH checks: procedure
    texts, links by record, record names, tokenised cell values. A new Context starts afresh."""
    ref = _RUN[0]
    if ref is not None and ref() is ctx:
        return _RUN[1]
    cache: dict = {}
    try:
        _RUN[0] = weakref.ref(ctx)
        weakref.finalize(ctx, cache.clear)  # the run's data goes with its Context
    except TypeError:  # not weak-referenceable: no sharing, still correct
        return cache
    _RUN[1] = cache
    return cache


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    from gapscan.nlp.review import lemma_key

    return lemma_key(word)


def calendar_words(text: str) -> bool:
    """'Days', 'Night shift', 'Mon': a shift, day or month (gapscan.records.NOT_NAME_WORDS), not a
    person and not a thing the work is about."""
    from gapscan.records import NOT_NAME_WORDS

    found = re.findall(r"[a-z]+", text.lower())
    return bool(found) and all(w in NOT_NAME_WORDS for w in found)


def people_of(profile) -> list[str]:
    """The record's people, without shift and calendar words a person column may also hold."""
    return [p for p in profile.people if not calendar_words(str(p))]

def cell_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def column_values(table, index: int) -> list[Value]:
    """table.column(index): each row's cell of the column, None where a row is shorter; taken in one pass
    when every row is long enough."""
    try:
        return list(map(itemgetter(index), table.rows))
    except IndexError:
        return table.column(index)


# a cell that only marks a row: a tick, a cross or a symbol ("✅", "❌", "💨", "✓"), a letter of yes, no or maybe
# ("Y", "N", "M", "X"), yes/no, n/a or a dash
_MARK = re.compile(r"[^\w]*|[ynmx]|yes|no|n/?a", re.I)
# a number, or a range or list of numbers ("2650", "6-10", "1/2")
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?(?:\s*(?:-|–|to|/)\s*\d+(?:[.,]\d+)?)?\s*%?", re.I)
# a column that rates each row ("Likelihood", "Impact", "Risk score"): numbers that are an assessment someone made
_RATES = re.compile(r"\b(?:likelihood|probability|impact|severity|consequence|score|rating|risk|rpn|criticality)\b", re.I)
# a column saying what each row requires ("Requirement", "Required", "Mandatory"): the table states what must be
# a column giving each row's version ("Version", "Versions", "Release"), every cell with a digit ("6.7.8.9", "2.9(default)")
_VERSION_HEAD = re.compile(r"^\s*(?:versions?|releases?|revisions?|builds?)(?:\s*(?:no\.?|number|installed|available))?\s*$",
                           re.I)
_HAS_DIGIT = re.compile(r"\d")
_REQUIRES = re.compile(r"\b(?:requirements?|required|mandatory|compulsory|needed)\b", re.I)


def _filled_cells(table, index: int) -> list[str]:
    return [cell_text(v) for v in column_values(table, index) if v not in (None, "") and cell_text(v)]


# a header saying each row is something that happened or is to be dealt with ("Issue", "Corrective action"), or
# how much of something there is or was used ("Qty on hand", "Count"): rows of work, whatever else the table lists
_EVENT_HEADER = re.compile(r"\b(?:issues?|incidents?|faults?|problems?|defects?|complaints?|findings?|actions?|"
                           r"causes?|deviations?|nonconformit(?:y|ies)|observations?|changes?|requests?|"
                           r"qty|quantity|quantities|count|counted|on\s+hand|balance|used|issued|received)\b", re.I)
# a cell saying where a thing or a piece of work stands ("open", "closed", "in use", "returned"): the list is kept up
_STATE = re.compile(r"open|closed?|done|complete[d]?|pending|in\s+progress|overdue|approved|rejected|pass(?:ed)?|"
                    r"fail(?:ed)?|in\s+(?:use|service|stock)|out\s+of\s+(?:use|service|stock)|retired|disposed|lost|"
                    r"returned|issued|active|inactive|expired|valid|ok", re.I)


# a column naming who sells or makes each row's thing: a list of what can be bought, from whom, under which number
_SELLER = re.compile(r"\b(?:suppliers?|vendors?|manufacturers?|brands?|distributors?)\b", re.I)
_TOKEN = re.compile(r"\S+")


def work_column(profile, cells: dict[int, list[str]] | None = None) -> str | None:
    """The first column that shows work in a table of things, or None: one rating its rows (Likelihood, Score), one
    headed for events or counts (Issue, Corrective action, Qty on hand), or one most of whose cells say where
    something stands (open, closed, in use)."""
    for c in profile.columns:
        name = c.name.replace("_", " ")
        if _RATES.search(name) or _EVENT_HEADER.search(name):
            return c.name
        vs = cells[c.index] if cells is not None else _filled_cells(profile.table, c.index)
        if vs and 2 * sum(1 for v in vs if _STATE.fullmatch(v.strip())) >= len(vs):
            return c.name
    return None


def _catalogue(profile, cells: dict[int, list[str]]) -> str | None:
    """Why a table is a catalogue, or None: each of its rows (five at least) a thing named by a code of its own (an
    identifier column whose every row holds a code, 95% of them codes no other row holds), and the table either a list of what is
    bought, a column naming the supplier, vendor or maker of each (the supplies a lab orders, by catalogue number),
    or a table of codes alone, every cell one token with no space (a kit's index barcodes: plate, well, index ID,
    sequence). Nothing else in it may show work: no column rating the rows, none most of whose cells say where
    something stands (open, closed, in use), no header naming events or counts (issue, corrective action, qty on
    hand). The caller has already seen that no column dates or names anyone. A register of the organisation's
    own things described in words (a data-flow map, an asset list) is neither shape, and stays a record."""
    rows = profile.row_count
    if rows < 5:
        return None
    # one row copied twice (an export's slip) leaves it a list of things: 95% of the rows carry a code of their own
    keyed = [c for c in profile.columns if c.type == "identifier" and len(cells[c.index]) == rows
             and len(set(cells[c.index])) >= 0.95 * rows]
    if not keyed:
        return None
    if work_column(profile, cells):
        return None
    key = keyed[0].name
    sellers = [c for c in profile.columns if cells[c.index] and _SELLER.search(c.name.replace("_", " "))]
    if sellers:
        return f"each of its {rows} rows is a thing bought from the {sellers[0].name!r} under its own {key!r}"
    if all(len(_TOKEN.findall(v)) == 1 for vs in cells.values() for v in vs):
        return f"each of its {rows} rows is a code under its own {key!r}, every cell one code or number"
    return None


def reference_table(profile) -> str | None:
    """Why a table that dates nothing and names no one is a reference the organisation looks things up in, not a
    record of work done; None when it may be a record. Four shapes: a chart, whose first columns label the rows
    (text) and whose every other column, two at least, holds only numbers or marks (drill speeds per bit and
    wood; a filament chart of ticks and crosses per printer); a list of requirements, a column headed as
    what is required holding only marks (the protective equipment a tool needs: "Gloves | Y"); a list of versions,
    one column naming each thing and the others headed as its version ("Package Name | Version": what a cluster
    has installed); and a catalogue, each row a thing under a code no other row has (`_catalogue`: supplies and
    their catalogue numbers, a kit's index barcodes). None says that
    anything was done, when or by whom. A table with a date column, a readable entry date or a person column is
    left to be read as a record, and so is one whose numbers rate its rows (Likelihood, Impact, Score): a risk
    assessment, however bare."""
    if profile.entry_column is not None or any(d is not None for d in profile.entry_dates):
        return None
    if any(c.type in ("date", "person") for c in profile.columns):
        return None
    table = profile.table
    cells = {c.index: _filled_cells(table, c.index) for c in profile.columns}
    marks = {i for i, vs in cells.items() if vs and all(_MARK.fullmatch(v) for v in vs)}
    numbers = {i for i, vs in cells.items() if vs and all(_NUMBER.fullmatch(v) for v in vs)}
    for c in profile.columns:
        if c.index in marks and _REQUIRES.search(c.name.replace("_", " ")):
            return f"its column {c.name!r} says what each row requires"
    catalogue = _catalogue(profile, cells)
    if catalogue:
        return catalogue
    values = marks | numbers
    order = [c for c in profile.columns if cells[c.index]]
    labels = 0
    while labels < len(order) and order[labels].index not in values and order[labels].type == "text":
        labels += 1
    rest = order[labels:]
    if labels and len(rest) >= 2 and all(c.index in values for c in rest) \
            and not any(_RATES.search(c.name.replace("_", " ")) for c in rest):
        return f"its rows are labelled by {order[0].name!r} and its other columns hold only numbers or marks"
    # a list of versions: what is installed or offered ('Package Name | Version': 'glibc | 2.17'), each row a thing
    # and its version and nothing else (tgirke/rcf's package and module lists, drhold18): a licence, an owner or a
    # date beside them is what a register of software keeps, and is left to be read as a record
    versions = [c for c in order if _VERSION_HEAD.search(c.name.replace("_", " "))
                and all(_HAS_DIGIT.search(v) for v in cells[c.index])]
    named = [c for c in order if c not in versions]
    if versions and len(named) == 1 and named[0].type in ("text", "identifier"):
        return f"its rows are labelled by {named[0].name!r} and its other columns give only versions"
    return None


def document_text(doc: Document) -> str:
    """All the words a person reads in a document: block text and table cells."""
    parts = [doc.title or ""]
    for block in doc.blocks:
        if block.table is not None:
            parts.append(" ".join(block.table.header))
            parts.extend(" ".join(cell_text(v) for v in row) for row in block.table.rows)
        else:
            parts.append(block.text)
    return "\n".join(p for p in parts if p)


def _codes(text: str) -> set[str]:
    return {f"{a}{b}".upper() for a, b in _CODE.findall(text) if a.upper() != "ISO"}


# an ampersand between words is the word 'and' ("Wireless & Intrusion Detection" lists
# 06.07-wireless-and-intrusion-detection.md); inside a word it is part of it ('R&D', 'AT&T')
_AMPERSAND = re.compile(r"(?<![A-Za-z])&(?:amp;)?(?![A-Za-z])")


def _keys(text: str) -> list[str]:
    if "&" in text:
        text = _AMPERSAND.sub(" and ", text)
    return [lemma(w) for w in re.findall(r"[A-Za-z][A-Za-z'&]+", text)]


def _stem(doc_path: str) -> str:
    """The file's name without its extension and without a leading document ID, unless the ID is all the
    name there is ("NCR-LOG_final.xlsx" is the NCR log)."""
    # a log's name is its title (_titles): its key's stem is its file's
    stem = log_key_parts(doc_path)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    rest = _LEADING_ID.sub("", stem)
    named = [w for w in re.findall(r"[A-Za-z]+", rest) if w.lower() not in _NOISE_WORDS | _MONTHS]
    return rest if named else stem


def _name_phrase(doc_path: str, title: str | None) -> list[list[str]]:
    """The record's name as lemma-key phrases (file stem and title, without codes, years, months, 'final'),
    with the shorter forms people use for it: without a last word that only says it is a list ("WMS
    despatch" for "WMS despatch orders") or without its first word ("mapping matrix" for "ISO Mapping
    Matrix"), and a three-word name without its middle qualifier."""
    phrases = []
    for name in (_stem(doc_path), title or ""):
        name = _AMPERSAND.sub(" and ", name)  # as the procedure's text is read (_keys)
        name = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)  # "(do not delete)", "[old]"
        name = _CODE.sub(" ", _YEARS.sub(" ", _PART_LABEL.sub(" ", re.sub(r"[_\-.]+", " ", name))))
        every = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _MONTHS]
        words = [w for w in every if w.lower() not in _NOISE_WORDS]
        keys = _keys(" ".join(words))
        if len(keys) >= 2 or (len(keys) == 1 and keys[0] not in _GENERIC_NAMES
                              and (len(keys[0]) >= 5 or any(_acronym(w) for w in words))):
            phrases.append(keys)
            # a noise word inside the name is part of it: "ePHI Data-Flow Mapping" (only its ends are trimmed)
            kept = [i for i, w in enumerate(every) if w.lower() not in _NOISE_WORDS]
            inner = _keys(" ".join(every[kept[0]:kept[-1] + 1]))
            if inner != keys:
                phrases.append(inner)
        # "sample-quarterly-access-review-completed" is a quarterly access review: words at its ends that say
        # the file is an illustration or a filled copy are not what people call it
        shown = list(words)
        while shown and shown[0].lower() in _ILLUSTRATION:
            shown.pop(0)
        while shown and shown[-1].lower() in _ILLUSTRATION:
            shown.pop()
        if len(shown) >= 2 and shown != words:
            phrases.append(_keys(" ".join(shown)))
        if len(words) >= 3 and words[-1].lower() in _RECORD_HEADS:
            phrases.append(_keys(" ".join(words[:-1])))
            # "the mapping matrix" for the ISO Mapping Matrix: the first qualifier left out in speech
            phrases.append(_keys(" ".join(words[1:])))
        if len(words) == 3:  # "the WMS receipt" names "WMS inbound receipts": a qualifier left out in speech
            phrases.append(_keys(f"{words[0]} {words[2]}"))
        # two words of the name written as one, as people write compounds either way: "Saltwater Usage Tracking"
        # for Salt_water_Usage_Tracking.csv, "timesheet" for time-sheet.xlsx (one word only as the rule above)
        for i in range(len(every) - 1):
            joined = _keys(" ".join(w for w in every[:i] + [every[i] + every[i + 1]] + every[i + 2:]
                                    if w.lower() not in _NOISE_WORDS))
            if len(joined) >= 2 or (joined and len(joined[0]) >= 5 and joined[0] not in _GENERIC_NAMES):
                phrases.append(joined)
    return phrases


def _acronym(word: str) -> bool:
    """'RACI', 'SoA': a short name in capitals is as specific as a long word ('Annex_C_SoA' is the SoA)."""
    return 3 <= len(word) <= 6 and sum(c.isupper() for c in word) >= 2


def _other_list_words(doc_path: str, title: str | None) -> list[list[str]]:
    """The record's name with another word for a list: "training records" for training-register.csv."""
    phrases = []
    for name in (_stem(doc_path), title or ""):
        name = _AMPERSAND.sub(" and ", name)
        words = [w for w in re.findall(r"[A-Za-z]+", _CODE.sub(" ", re.sub(r"[_\-.]+", " ", name)))
                 if w.lower() not in _NOISE_WORDS]
        if len(words) >= 2 and words[-1].lower() in _LIST_WORDS:
            phrases.extend(_keys(" ".join(words[:-1] + [other])) for other in _LIST_WORDS - {words[-1].lower()})
    return phrases


def _contains(seq: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(seq[i:i + n] == phrase for i in range(len(seq) - n + 1))


@dataclass(frozen=True)
class _ProcText:
    path: str
    codes: frozenset[str]
    keys: tuple[str, ...]
    title_keys: frozenset[str] = frozenset()
    sections: tuple[tuple[str, ...], ...] = ()  # lemma keys of each section (a heading to the next one)
    files_named: int = 0  # distinct files of the set it names by file name (set_files_named)


# what a policy's title says it is, not what it is about: "Cryptography Policy" is about cryptography
_TITLE_KINDS = {"policy", "procedure", "standard", "manual", "instruction", "guideline", "plan", "process",
                "management", "security", "control", "sop"}


def _subject(doc_path: str) -> frozenset[str]:
    """What a record's file name says it holds, without the word for its kind of list: 'cryptography' for
    cryptography-register.csv, 'supplier' for supplier-register.csv; empty when nothing is left."""
    name = _CODE.sub(" ", _YEARS.sub(" ", _PART_LABEL.sub(" ", re.sub(r"[_\-.]+", " ", _stem(doc_path)))))
    words = [w for w in re.findall(r"[A-Za-z]+", name)
             if w.lower() not in _NOISE_WORDS | _MONTHS | _GENERIC_NAMES | _RECORD_HEADS and len(w) > 2]
    return frozenset(_keys(" ".join(words)))


def _sections(doc: Document) -> tuple[tuple[str, ...], ...]:
    """The document's words cut at every heading: what it says in one place about one thing."""
    out: list[list[str]] = [[]]
    for block in doc.blocks:
        if block.type is BlockType.HEADING:
            out.append([])
        if block.table is not None:
            text = " ".join([" ".join(block.table.header)] + [" ".join(cell_text(v) for v in row)
                                                              for row in block.table.rows])
        else:
            text = block.text
        out[-1].extend(_keys(text))
    return tuple(tuple(keys) for keys in out if keys)


# "decision, risk, RAID, and action-item logs": a list of one or two-word items sharing one head noun
_ITEM = r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?"
_LISTED = re.compile(rf"\b({_ITEM}(?:, {_ITEM})*,? (?:and|or) {_ITEM}) "
                     r"(logs|registers|records|checklists|trackers|inventories|lists)\b", re.I)


# how such a list ends ("... and action-item logs"): a line without this holds no list
_LISTED_END = re.compile(rf" (?:and|or) {_ITEM} (?:logs|registers|records|checklists|trackers|inventories|lists)\b",
                         re.I)


def _listed_lines(text: str) -> list[str]:
    """The lines of `text` (cut at "\n") that hold the end of such a list, in order, each once. A list of logs is
    letters, digits, "_", "-", spaces and commas only, so never spans two lines: its matches in these lines are
    those in the whole text (and `_LISTED` tries every word start of a 20,000-character procedure)."""
    out: list[str] = []
    end = -1
    for m in _LISTED_END.finditer(text):
        if m.start() < end:
            continue  # in the line already taken
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        out.append(text[start:end])
    return out


def _listed_names(text: str) -> str:
    """Each item of such a list with the head noun, one per sentence: "decision log. risk log. RAID log.
    action-item log", so a record named 'RAID log' is found where the list names it."""
    out = []
    for m in (m for line in _listed_lines(text) for m in _LISTED.finditer(line)):
        head = m.group(2)[:-3] + "y" if m.group(2).lower().endswith("ies") else m.group(2)[:-1]
        items = [i.strip() for i in re.split(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+", m.group(1))]
        out.extend(f"{item} {head}." for item in items if item)
    return " ".join(out)


# a file name written in a text: a path's last part with a document's or a table's extension ('AI_Risk_Register.csv',
# '../templates/release_checklist.md', 'Glass%20audit%20form.md' in a link)
_FILE_EXTENSION = (r"\.(?:md|markdown|txt|csv|tsv|xlsx|xlsm|xls|docx|doc|odt|ods|pdf|"
                   r"html?|rst|adoc)(?![\w])")
_NAME_CHARS = r"[^\s/\\()\[\]<>`'\"|*,;:]"  # what a file name is made of: no space, no separator or bracket
_FILE_NAME = re.compile(_NAME_CHARS + "+" + _FILE_EXTENSION, re.I)
# A file name's extension alone: a text without one names no file (the search skips to each '.' in a text where
# _FILE_NAME tries every character, and backs over every word it starts at: 0.23 s of PS01 on the 500-document set)
_FILE_EXTENSION_AT = re.compile(_FILE_EXTENSION, re.I)
_NAME_RUN = re.compile(_NAME_CHARS + "+")
# a page that names this many of the set's files by file name lists the set (a README, an index, an overview): that
# it names a record's file says it lists the record, not that the record's work follows it. A link into the set names
# its target's file as the file's name written does: a site page linking each phase's README in words of its own
# ('Phase 2') lists them too (hipaa regression set, docs/index.html)
INDEX_FILES = 10


def set_files_named(text: str, file_names: frozenset[str]) -> int:
    """How many distinct files of the set (`file_names`: their names, lower-cased) the text names by file name."""
    from urllib.parse import unquote

    if not file_names or not _FILE_EXTENSION_AT.search(text):
        return 0
    # a name never holds a space or a separator, and what follows a run of its characters is no word character: each
    # run holding a '.' is searched on its own, as the whole text is (the same names, in the same order)
    return len({unquote(m.group(0)).lower() for run in _NAME_RUN.findall(text) if "." in run
                for m in _FILE_NAME.finditer(run)} & file_names)


def procedure_texts(ctx: Context) -> list[_ProcText]:
    """Each procedure's codes and lemma keys, read once per run."""
    from gapscan.linking import link_targets_text

    cache = run_cache(ctx)
    if "procs" not in cache:
        out = []
        file_names = frozenset(d.path.rsplit("/", 1)[-1].lower() for d in ctx.documents)
        for doc in ctx.of_kind(Kind.PROCEDURE):
            text = document_text(doc)
            title = doc.title or doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            title_keys = frozenset(_keys(re.sub(r"[_\-.]+", " ", title))) - {lemma(w) for w in _TITLE_KINDS}
            listed = _listed_names(text)
            sections = _sections(doc)
            # the keys of `text` and then of `listed`: the title's, then the blocks' (the sections hold every
            # block's keys in order; a word never runs across the "\n" or " " between two of them)
            keys = _keys(doc.title or "") + [k for section in sections for k in section] + _keys(listed)
            out.append(_ProcText(path=doc.path, codes=frozenset(_codes(text)), keys=tuple(keys),
                                 title_keys=title_keys, sections=sections,
                                 files_named=set_files_named(text + "\n" + link_targets_text(doc, addresses=False),
                                                             file_names)))
        cache["procs"] = out
    return list(cache["procs"])


def references(proc: _ProcText, record_path: str, record_title: str | None) -> str | None:
    """How a procedure names a record ("code QF-11", "name 'calibration log'"), or None."""
    name = f"{short_name(record_path)} {record_title or ''}"
    shared = _codes(name) & proc.codes
    if shared:
        return f"code {sorted(shared)[0]}"
    subject = _subject(record_path)
    if subject and subject <= proc.title_keys:
        return "procedure title"
    keys = list(proc.keys)
    for phrase in _name_phrase(record_path, record_title) + _other_list_words(record_path, record_title):
        if _contains(keys, phrase):
            return "name '" + " ".join(phrase) + "'"
    return None


def record_profiles(ctx: Context) -> dict[str, Any]:
    """Profiles of the working records (kind record, not written by a program: records.written_by_program) in
    path order, one per log: a file that holds several logs
    (records.logs: a page of logs under their headings, a workbook of sheets with other headers) is read as its
    logs, each keyed 'file § name' as the drift rules key them, never as one register judged by its largest
    table. A finding on a log is said of its file by `on_files`."""
    cache = run_cache(ctx)
    if "profiles" not in cache:
        from gapscan.records import written_by_program

        kinds = {d.path: d.kind for d in ctx.documents}
        out = {}
        for p, prof in sorted(ctx.records.items()):
            if prof is not None and kinds.get(p, Kind.RECORD) is Kind.RECORD:
                for log in getattr(prof, "logs", ()) or (prof,):
                    # a table a program wrote from other records (a summary, computed values) is not kept by
                    # people: no working record of theirs
                    if not written_by_program(log):
                        out[log.path] = log
        cache["profiles"] = out
    return dict(cache["profiles"])


def on_files(check):
    """A PS or SH check whose findings may be about one log of a file of several (record_profiles): each is
    said of the file, as the report schema wants a document's path, its quotes naming the log (Evidence.record)
    and its related records their files; the message keeps the log's name ('Logs.md § Near misses')."""
    import functools

    @functools.wraps(check)
    def run(ctx: Context):
        from dataclasses import replace

        from gapscan.records import log_parts, on_file

        paths = {d.path for d in ctx.documents}
        for found in check(ctx):
            file, _ = log_parts(found.path, paths)
            evidence, related = on_file(found.evidence, found.related, paths)
            yield replace(found, path=file, evidence=evidence,
                          related=tuple(sorted(set(related) - ({file} if file != found.path else set()))))
    return run


def log_key_parts(key: str) -> tuple[str, str | None]:
    """(file, log name) of a record_profiles key: ('records/Logs.md', 'Near misses') for
    'records/Logs.md § Near misses', (key, None) for a file's own."""
    from gapscan.records import log_parts

    return log_parts(key)


def _named_records(procs: list[_ProcText], records: Iterable[str], titles: dict[str, str | None],
                   phrases_of=_name_phrase) -> dict[str, set[str]]:
    """Procedure path -> records it names (what `references` finds), by index instead of pairs: each
    record's codes and name phrases are computed once and looked up in each procedure's text once."""
    by_code: dict[str, set[str]] = {}
    by_phrase: dict[tuple[str, ...], set[str]] = {}
    for r in records:
        name = f"{short_name(r)} {titles.get(r) or ''}"
        for code in _codes(name):
            by_code.setdefault(code, set()).add(r)
        for phrase in phrases_of(r, titles.get(r)):
            by_phrase.setdefault(tuple(phrase), set()).add(r)
    sizes = sorted({len(p) for p in by_phrase})
    firsts = {p[0] for p in by_phrase}
    out: dict[str, set[str]] = {}
    for proc in procs:
        named: set[str] = set()
        for code in proc.codes:
            named.update(by_code.get(code, ()))
        keys = proc.keys
        # each word that starts a name, from where it stands: the text's other words are never looked at
        for i in _places(keys, firsts.intersection(keys)):
            for n in sizes:
                if i + n <= len(keys):
                    named.update(by_phrase.get(keys[i:i + n], ()))
        out[proc.path] = named
    return out


def _places(keys: tuple[str, ...], words: Iterable[str]) -> Iterator[int]:
    """Where each of `words` stands in `keys` (each word's places in order, the words in any order)."""
    find = keys.index
    for word in words:
        i = -1
        while True:
            try:
                i = find(word, i + 1)
            except ValueError:
                break
            yield i


def _titled_records(procs: list[_ProcText], records: Iterable[str]) -> dict[str, set[str]]:
    """Procedure path -> records whose subject is all in its title: the Cryptography Policy's
    cryptography-register.csv. Indexed by one word of each subject, so each title is looked up once."""
    by_subject: dict[str, list[tuple[frozenset[str], str]]] = {}
    for r in records:
        subject = _subject(r)
        if subject:
            by_subject.setdefault(min(subject), []).append((subject, r))
    return {proc.path: {r for key in proc.title_keys for subject, r in by_subject.get(key, ())
                        if subject <= proc.title_keys} for proc in procs}


def _titles(ctx: Context) -> dict[str, str | None]:
    """Each record's title: its document's, or for one of a file's logs, its heading or sheet."""
    titles = {d.path: d.title for d in ctx.documents}
    titles.update({key: prof.name for key, prof in record_profiles(ctx).items() if getattr(prof, "name", None)})
    return titles


_RESEMBLANCE = {"fields", "vocabulary"}


FULL_TITLE = 0.8  # linking's confidence for a record that carries a form's whole title


def link_strength(via: str, confidence: float = 1.0) -> int:
    """How explicitly a link ties a record to a procedure: 3 config, 2 title, 1 code or name,
    0 resemblance only (the record's fields or words look like the procedure's). A title link
    below FULL_TITLE rests on half a title ("damages" for "damaged goods report"), a resemblance."""
    parts = [p.strip().lower() for p in via.split(",") if p.strip()]
    if any(p.startswith("config") for p in parts):
        return 3
    titled = any("title" in p for p in parts)
    if titled and confidence >= FULL_TITLE:
        return 2
    if any(p.split(" ", 1)[0] not in _RESEMBLANCE and "title" not in p for p in parts):
        return 1
    return 0


# column words every register has: they say nothing of what this one holds
_COMMON_COLUMNS = {"id", "no", "number", "ref", "reference", "code", "status", "owner", "date", "name", "title",
                   "description", "note", "notes", "comment", "comments", "remark", "remarks", "type", "version",
                   "by", "responsible", "last", "next", "review", "updated", "link", "location", "evidence"}
KEEPING_COLUMNS = 2  # distinct columns a procedure names where it names the record: it says what the record holds
EXPLICIT = 1000  # the keeping of a link that is proof by itself (config, code, file name, fields, named for it)
# a record that more procedures than this keep alike is the whole system's (the legal register every policy
# cites, the document control register every policy's header block mirrors), not the work of one of them
SHARED_BY = 3


def _column_phrases(path: str, title: str | None, profile) -> list[tuple[str, ...]]:
    """The record's column headers as lemma-key phrases, leaving out those made only of the words of its own
    name ('Risk' of the risk register) and of the columns every register has (ID, status, owner, date)."""
    plain = {k for phrase in _name_phrase(path, title) for k in phrase} | {lemma(w) for w in _COMMON_COLUMNS}
    out = []
    for col in profile.columns:
        # 'TTP (MITRE ATT&CK)', 'Likelihood (1-5)': the bracket glosses the column, the text names it without
        name = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", col.name)
        keys = tuple(_keys(re.sub(r"[_\-./]+", " ", name)))
        if any(k not in plain for k in keys):
            out.append(keys)
    return list(dict.fromkeys(out))


class _Words:
    """A procedure's sections as one run of lemma keys, with where each key stands and which section each
    place is in: a phrase is looked up from its first word's places, not by scanning the text."""

    def __init__(self, sections: tuple[tuple[str, ...], ...]):
        self.keys = tuple(chain.from_iterable(sections))
        # where each section starts in `keys`: the section of place i is the last start at or before it
        self.starts = list(accumulate((len(section) for section in sections[:-1]), initial=0))
        # a key's places, found the first time a phrase starts with it (a procedure is asked for a few
        # dozen first words, not for every one of its thousands)
        self.at: dict[str, list[int]] = {}

    def places(self, key: str) -> list[int]:
        """Where `key` stands in the run, in order."""
        at = self.at.get(key)
        if at is None:
            at = self.at[key] = list(_places(self.keys, (key,)))
        return at

    def sections_with(self, phrase: tuple[str, ...]) -> set[int]:
        """The sections that hold the phrase (a phrase across a heading is in neither)."""
        n = len(phrase)
        if not phrase:
            return set()
        out = set()
        for i in self.places(phrase[0]):
            if self.keys[i:i + n] == phrase:
                first = bisect_right(self.starts, i) - 1
                if first == bisect_right(self.starts, i + n - 1) - 1:
                    out.add(first)
        return out


def keeping(proc: _ProcText, path: str, title: str | None, profile, words: dict | None = None) -> int:
    """How much the procedure says of how the record is kept: the record's columns it names where it names
    the record (the section, heading to heading), or anywhere when it names at least half of them (it is
    written around the record). 0 when it never names the record or names none of its columns.
    "Perform periodic risk assessments and maintain a Risk Register" names the register in passing; a
    section that has each risk entered with its asset, likelihood, impact and treatment keeps it.
    words: a per-run store of each procedure's indexed sections (see _Words)."""
    words = {} if words is None else words
    if proc.path not in words:
        words[proc.path] = _Words(proc.sections)
    index = words[proc.path]
    named: set[int] = set()
    for phrase in _name_phrase(path, title) + _other_list_words(path, title):
        named |= index.sections_with(tuple(phrase))
    if not named:
        return 0
    columns = {c: index.sections_with(c) for c in _column_phrases(path, title, profile)}
    anywhere = [c for c, where in columns.items() if where]
    if len(anywhere) >= KEEPING_COLUMNS and 2 * len(anywhere) >= len(columns):
        return len(anywhere)
    return sum(1 for where in columns.values() if where & named)


def _explicit(via: str) -> bool:
    """A link that is proof on its own whatever the text says around it: the config, a form code, the file's
    name, or the record's fields that the procedure requires."""
    parts = [p.strip().lower() for p in via.split(",")]
    return any(p.startswith(("config", "code", "file name", "fields")) for p in parts)


def _named_file_only(via: str) -> bool:
    """Whether a link's proof is the file's name written in the text (with a title or resemblance beside it), not the
    config, a form code or the record's required fields."""
    parts = [p.strip().lower() for p in via.split(",")]
    return any(p.startswith("file name") for p in parts) and not any(
        p.startswith(("config", "code", "fields")) for p in parts)


def _resembles(via: str) -> bool:
    """A link that rests on more than part of a name: the record's fields or words are the procedure's, or
    its name holds the procedure's whole title. Half a name alone ("title words": the record
    security-awareness-log shares 'security' with the procedure "Transmission Security"; or half the record's
    title in the text) is a naming, which counts only where the procedure says how the record is kept."""
    return any(p.strip().lower() not in ("title", "title words") for p in via.split(",") if p.strip())


def _links_by_record(ctx: Context, procs: list[_ProcText]) -> dict[str, list[tuple[int, float, str, int]]]:
    """Record path -> (strength, confidence, procedure path, keeping) for every link >= 0.5 and every naming.
    With keeping >= KEEPING_COLUMNS the link can make the procedure the one the record's work follows
    (primary_procedures): a link by config, code, file name or required fields, a procedure named for the
    record, a resemblance (all EXPLICIT); or a title or a naming in a procedure that says how the record is
    kept (`keeping`). A title named once, "update SoA/Risk Register", governs the record (PS01) without
    making the procedure its own."""
    cache = run_cache(ctx)
    key = ("links_by_record", tuple(p.path for p in procs))
    if key not in cache:
        records = record_profiles(ctx)
        titles = _titles(ctx)
        named = _named_records(procs, records, titles)
        # by another word for a list: the record is governed, but six policies that mention "training records"
        # are not each the procedure its work is meant to follow (confidence 0 keeps them out of primary_procedures)
        called = _named_records(procs, records, titles, phrases_of=_other_list_words)
        titled = _titled_records(procs, records)
        indexed: dict = {}
        out: dict[str, list[tuple[int, float, str, int]]] = {r: [] for r in records}
        for proc in procs:
            def kept(r: str) -> int:
                return keeping(proc, r, titles.get(r), records[r], indexed)

            # the procedure a record is named for governs it before one that mentions it in passing
            for r in sorted(titled[proc.path]):
                out[r].append((2, FULL_TITLE, proc.path, EXPLICIT))
            seen = set(titled[proc.path])
            # a page naming INDEX_FILES or more of the set's files lists them: its naming a record's file is no
            # proof by itself that the record's work follows it; it is the record's own procedure only where it
            # says how the record is kept (a README listing the risk register beside 60 other files is not the risk
            # procedure, pshold25)
            listing = proc.files_named >= INDEX_FILES
            for link in ctx.links(proc.path):
                if link.path in out and link.confidence >= LINK_CONFIDENCE:
                    strength = link_strength(link.via, link.confidence)
                    explicit = (_explicit(link.via) and not (listing and _named_file_only(link.via))
                                or not strength and _resembles(link.via))
                    out[link.path].append((strength, float(link.confidence), proc.path,
                                           EXPLICIT if explicit else kept(link.path)))
                    if strength:
                        seen.add(link.path)
            # A record the text names is governed, whatever resemblance link it also has; among
            # procedures that name or code-link it, the one that says how it is kept ranks first.
            for r in sorted(named[proc.path] - seen):
                coded = bool(_codes(f"{short_name(r)} {titles.get(r) or ''}") & proc.codes)
                out[r].append((1, LINK_CONFIDENCE, proc.path, EXPLICIT if coded else kept(r)))
            for r in sorted(called[proc.path] - named[proc.path] - seen):
                out[r].append((1, 0.0, proc.path, 0))
        cache[key] = out
    return {r: list(links) for r, links in cache[key].items()}


def governed_records(ctx: Context, procs: list[_ProcText] | None = None) -> dict[str, set[str]]:
    """Procedure path -> records it explicitly governs: named by code/name in its text, or linked
    (confidence >= 0.5) by config, code or title. A link that rests only on resemblance (similar
    fields or words) does not count: a spreadsheet that looks like a procedure's subject but is
    never named in it is exactly what a shadow record is."""
    procs = procedure_texts(ctx) if procs is None else procs
    out: dict[str, set[str]] = {p.path: set() for p in procs}
    for record, links in _links_by_record(ctx, procs).items():
        for strength, _, proc, _ in links:
            if strength > 0:
                out[proc].add(record)
    return out


# a leading number of a series ('05.13', '2026-04', 'P3-07') and the name after it
_NUMBERED_NAME = re.compile(r"^([A-Za-z]{0,4}[-_]?\d+(?:[._-]\d+)*)[\s._-]+(.*[A-Za-z].*)$")


def numbered_editions(a: str, b: str) -> bool:
    """Two documents of one name and one format under different leading numbers
    (05.13-phase-summary-and-transition.md, 06.13-phase-summary-and-transition.md): the same chapter written
    for two parts of a series (phases, sites, years), not a procedure and a record of its work."""
    fa, fb = log_key_parts(a)[0].rsplit("/", 1)[-1], log_key_parts(b)[0].rsplit("/", 1)[-1]
    (sa, _, ea), (sb, _, eb) = fa.rpartition("."), fb.rpartition(".")
    if not sa or not sb or ea.lower() != eb.lower():
        return False
    ma, mb = _NUMBERED_NAME.match(sa), _NUMBERED_NAME.match(sb)
    if not ma or not mb or ma.group(1) == mb.group(1):
        return False
    return re.findall(r"[a-z0-9]+", ma.group(2).lower()) == re.findall(r"[a-z0-9]+", mb.group(2).lower())


def primary_procedures(ctx: Context, procs: list[_ProcText]) -> dict[str, set[str]]:
    """Procedure path -> records whose work it is meant to govern: each record goes to the procedure(s)
    that link to it most strongly (config, then title, then code/name, then resemblance >= 0.5), then say
    most of how it is kept, then have the highest confidence. A procedure that only mentions a record in
    passing does not inherit its words: a title or a naming counts only where the procedure says how the
    record is kept (`keeping`), so a register every policy names once ("maintain a Risk Register") may be
    no procedure's own; a record that more than SHARED_BY procedures name and keep alike, or resemble alike
    (the same link, keeping and confidence), is the system's; and another part's edition of the procedure
    itself (`numbered_editions`) is no record of its work unless the config links it, nor is a log kept once per
    part of a series (`part_editions`) the work of a procedure filed in another part."""
    out: dict[str, set[str]] = {p.path: set() for p in procs}
    by_record = _links_by_record(ctx, procs)
    parts = part_editions(by_record)
    for record, links in by_record.items():
        links = [(s, k, round(c, 2), proc) for s, c, proc, k in links if c > 0 and k >= KEEPING_COLUMNS
                 and (s >= 3 or not numbered_editions(proc, record) and not _in_other_part(proc, parts.get(record)))]
        if not links:
            continue
        strongest = max(s for s, _, _, _ in links)
        if strongest > 0 and len({proc for s, _, _, proc in links if s == strongest}) > SHARED_BY:
            continue
        best = max(link[:3] for link in links)
        if len({proc for *link, proc in links if tuple(link) == best}) > SHARED_BY:
            # a record that more than SHARED_BY procedures resemble alike is no one procedure's own
            continue
        for strength, kept, conf, proc in links:
            if (strength, kept, conf) == best:
                out[proc].add(record)
    return out


def part_editions(records: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Record path -> (the folder holding the parts, its part) for a record kept once per part of a series: the
    same path but for one folder, in two or more sibling folders ("01-start/logs/action-item-log.md",
    "02-build/logs/action-item-log.md": parts "01-start" and "02-build" of the top folder). Each is its part's own."""
    shapes: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, str]]] = {}
    for record in records:
        folders = record.split("/")
        for i in range(len(folders) - 1):
            shapes.setdefault((tuple(folders[:i]), tuple(folders[i + 1:])), []).append((record, folders[i]))
    out: dict[str, tuple[str, str]] = {}
    for (parent, _), members in shapes.items():
        if len({part for _, part in members}) >= 2:
            for record, part in members:
                out.setdefault(record, ("/".join(parent), part))
    return out


def _in_other_part(proc: str, edition: tuple[str, str] | None) -> bool:
    """Whether a procedure is filed in another part of the series a record is one part's edition of (a chapter
    of phase 09 and phase 01's action log): it is not the procedure that part's entries follow."""
    if edition is None:
        return False
    parent, part = edition
    above = parent.split("/") if parent else []
    folders = proc.split("/")
    return len(folders) > len(above) + 1 and folders[:len(above)] == above and folders[len(above)] != part


def newest_date(profiles: Iterable[Any]) -> dt.date | None:
    """The newest entry date in the whole set (not the wall clock: a set can be a year old).

    A date after today is no day anything was done: a plan (an objective's 'Review Date' at the end of
    the year, a booking) or a typing error (2052 for 2025). It is ignored; one day is allowed for a
    client ahead of this machine's time zone. A record's last entry already leaves out a lone date that
    breaks its log's order (RecordProfile.set_aside).
    """
    limit = dt.date.today() + dt.timedelta(days=1)
    newest = None
    for p in profiles:
        last = p.last_entry
        if last is None or last > limit:
            last = max((d for d in p.entry_dates if d is not None and d <= limit), default=None)
        if last is not None and (newest is None or last > newest):
            newest = last
    return newest


def header_location(table) -> Location:
    """Where a table's header row is: the place a person looks to see what a record holds."""
    base = table.location
    row = table.header_row
    cell = f"{column_letter(table.first_column)}{row}" if base.sheet is not None and row is not None else None
    return Location(page=base.page, line=base.line, section=base.section, sheet=base.sheet, row=row, cell=cell)


def row_text(table, index: int, limit: int = 160) -> str:
    row = table.rows[index]
    text = " | ".join(f"{h}: {cell_text(v)}" for h, v in zip(table.header, row) if cell_text(v))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def latest_row(profile) -> tuple[int, int] | None:
    """(row index, column index) of the newest entry, for evidence a person can open."""
    col = profile.column(profile.entry_column) if profile.entry_column else None
    best = None
    aside = set(getattr(profile, "set_aside", ()))  # a lone mistyped date is not the newest entry
    for i, d in enumerate(profile.entry_dates):
        if d is not None and i not in aside and (best is None or d >= best[1]):
            best = (i, d)
    if best is None or col is None:
        return None
    return best[0], col.index


def iso_day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def short_name(path: str) -> str:
    """The file's name, with the log's after it for one of a file's logs ('Logs.md § 4. Restore / DR tests')."""
    from gapscan.records import LOG_MARK

    file, name = log_key_parts(path)
    return file.rsplit("/", 1)[-1] + (LOG_MARK + name if name is not None else "")



# A list's lead-in or heading that says the files listed under it are a script's outputs ("Outputs:", "Generated
# files", "Exported reports"): no word for what goes in ("Inputs and outputs" lists both)
_OUTPUT_LEAD = re.compile(r"\b(?:outputs?|(?:auto-?)?generated|auto-?created|exported)\b", re.I)
_INPUT_WORD = re.compile(r"\binputs?\b", re.I)
_LEAD_WORDS = 8  # a lead-in longer than this is a paragraph of its own, not a list's label
# a sentence that says the file named before it is made by a program ("risk_register.csv is generated from
# risks.csv by main.py", "`report.xlsx` - auto-generated"): words for a machine's making, not a person's ("created
# by the trainer", "written by the auditor")
_MADE_BY = re.compile(r"\b(?:(?:auto-?)?generated|exported)\s+(?:automatically\s+)?(?:by|from|with)\b|"
                      r"\boutput\s+(?:of|from)\b|\bauto-?(?:generated|created)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
# a page that names a program or a script: what it calls outputs are the program's, not a process's (an ISO
# process map's "Outputs: completed training records")
_PROGRAM = re.compile(r"\b[\w.-]+\.(?:py|sh|r|js|ts|ps1|ipynb|rb|go|java|bat)\b|\bscripts?\b|\bpython3?\b", re.I)


def _outputs_lead(lead: str) -> bool:
    """Whether a list's or a table's lead-in or heading says what is listed under it is a program's outputs: short
    (a label, not a paragraph), with an output word and no input word."""
    return len(lead.split()) <= _LEAD_WORDS and bool(_OUTPUT_LEAD.search(lead)) and not _INPUT_WORD.search(lead)


@dataclass(frozen=True)
class ScriptOutput:
    """Where a page says a file of the set is a script's output: the page, its line and what it says."""
    page: str
    location: Location
    text: str


def script_outputs(ctx: Context) -> dict[str, ScriptOutput]:
    """Files of the set a page that names a program (a .py file, "script", "python") says the program makes, keyed
    by the file's path: named in a list item under a lead-in or heading that says the items are outputs (a README's
    "Outputs:" over "- `reports/risk_register.csv`"; drhold27's lakshman-1003/GDPR-Compliance-Tracker) or in a row
    of a table under one ("## Generated Outputs" over "| `scored_risk_register.csv` | Risk_Scoring/ | ... |";
    drhold29's Scottie222/MTN-ISMS-Audit), or before a
    phrase of a sentence that says it is generated or exported by or from something. A written path matches the
    set's file of that name in the page's folder or below it, whatever folder the path names (a repository
    flattened on export). Any document with text may say so: that README was read as a record ('Tracker' in its
    title). A generated file is made by the program, which the set documents: not a record kept beside the
    documented system, and not a second record of what it was made from."""
    cache = run_cache(ctx)
    if "script_outputs" in cache:
        return cache["script_outputs"]
    by_name: dict[str, list[str]] = {}
    for d in ctx.documents:
        by_name.setdefault(d.path.rsplit("/", 1)[-1].lower(), []).append(d.path)
    found: dict[str, ScriptOutput] = {}
    for page in ctx.documents:
        if not page.ok or not page.blocks:
            continue
        texts = [b.text or "" for b in page.blocks] + [b.text or "" for b in page.code]
        if not any(_PROGRAM.search(t) for t in texts):
            continue
        above = page.path.rpartition("/")[0]
        lead = ""
        for b in page.blocks:
            text = b.text or ""
            if b.type is BlockType.TABLE and b.table is not None and _outputs_lead(lead):
                # a table under an outputs heading ("## Generated Outputs" over "| `scored_risk_register.csv` |
                # Risk_Scoring/ | Full risk register with scores |"): each row names files the program makes
                table = b.table
                for i, row in enumerate(table.rows):
                    cells = " | ".join(str(v) for v in row if v is not None)
                    for written in _FILE_NAME.findall(cells) if _FILE_EXTENSION_AT.search(cells) else ():
                        for path in by_name.get(written.rsplit("/", 1)[-1].lower(), ()):
                            if path != page.path and (not above or path.startswith(above + "/")) \
                                    and path not in found:
                                found[path] = ScriptOutput(page=page.path, location=table.cell_location(i, 0),
                                                           text=f"{lead.strip()}: {cells.strip()}")
                lead = text
                continue
            if b.type is not BlockType.LIST_ITEM:
                lead = text
            if not _FILE_EXTENSION_AT.search(text):
                continue
            if b.type is BlockType.LIST_ITEM and _outputs_lead(lead):
                named, said = _FILE_NAME.findall(text), f"{lead.strip()} {text.strip()}"
            else:
                named, said = [], text.strip()
                for sentence in _SENTENCE_END.split(text):
                    made = _MADE_BY.search(sentence)
                    if made:
                        named.extend(_FILE_NAME.findall(sentence[:made.start()]))
            for written in named:
                for path in by_name.get(written.rsplit("/", 1)[-1].lower(), ()):
                    if path != page.path and (not above or path.startswith(above + "/")) and path not in found:
                        found[path] = ScriptOutput(page=page.path, location=b.location, text=said)
    cache["script_outputs"] = found
    return found
