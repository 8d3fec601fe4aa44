"""Which working records evidence which procedure, and how sure gapscan is of each link.

A link is only as good as its signal: a form code found in a record's name is near
proof; a configured link is proof; a matching title or shared column headers is
good evidence; shared vocabulary alone is a hint, and hints together stay one. Weak links (< 0.5) are shown to
the reader but never used to call a procedure drifted.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Collection, Iterable, Mapping, Sequence

from gapscan.model import Document, Link

if TYPE_CHECKING:
    from gapscan.records import RecordProfile

STRONG = 0.5  # links at or above this may prove drift
HINTS = 0.49  # the most that signals each below STRONG make together

GENERIC = {"form", "forms", "log", "logs", "register", "registers", "record", "records", "checklist", "sheet",
           "report", "the", "and", "of", "for", "a", "an", "to", "in", "on", "xlsx", "csv", "docx", "pdf",
           "copy", "final", "v1", "v2", "rev", "issue", "filled", "completed", "blank", "template", "logbook",
           "tracker", "spreadsheet", "data", "master", "list"}
STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "by", "with", "is", "are", "be", "shall",
        "must", "will", "should", "this", "that", "each", "every", "all", "any", "at", "as", "from", "it", "its",
        "their", "which", "who", "when", "where", "if", "not", "no", "may", "can", "than", "then", "into", "per",
        "within", "after", "before", "been", "has", "have", "was", "were", "do", "does", "done", "also", "such"}


SYNONYMS = {"receipt": "received", "closure": "closed", "completion": "completed", "qty": "quantity",
            "acknowledgement": "acknowledged", "despatch": "dispatch", "raise": "raised", "nc": "ncr",
            "nonconformance": "nonconformity", "mgr": "manager", "answer": "respond", "answered": "responded",
            "answers": "responds", "arrival": "arrived", "departure": "departed"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem so 'calibrated', 'calibration' and 'calibrations' meet ('calibrat'), and an '-ion' noun its
    plural ('inspection', 'inspections': 'inspect')."""
    w = SYNONYMS.get(word.lower(), word.lower())
    for suffix in ("ations", "ation", "ating", "ated", "ates", "ate", "ings", "ing", "ied", "ies", "ed", "es",
                   "ions", "s", "ion", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)] if suffix not in ("ied", "ies") else w[: -len(suffix)] + "y"
    return w


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z]+", text.lower().replace("_", " "))]


def content_stems(text: str) -> set[str]:
    return set(_content_stems(text))


@lru_cache(maxsize=16384)
def _content_stems(text: str) -> frozenset[str]:
    # record names and claim sentences are asked for again for every procedure/record pair
    return frozenset(stem(w) for w in words(text) if w not in STOP and w not in GENERIC and len(w) > 2)


@lru_cache(maxsize=512)
def code_pattern(code: str) -> re.Pattern:
    """'QF-11' matches 'QF-11', 'QF11', 'qf_11', 'QF 11', '2025-QF-11' but not 'QF-111', 'XQF-11' or 'ABC-QF-11'
    (a code hyphened to letters before it is the tail of a longer code: 'LOG-001' is not 'AUD-LOG-001')."""
    parts = re.findall(r"[A-Za-z]+|\d+", code)
    if not parts:
        return re.compile(r"(?!x)x")
    body = r"[\s_\-.]?".join(re.escape(p) if not p.isdigit() else "0*" + str(int(p)) for p in parts)
    return re.compile(r"(?<![A-Za-z0-9])(?<![A-Za-z][-\u2010\u2011\u2013])" + body + r"(?![0-9])", re.I)


def names_code(code: str, names: str) -> bool:
    """Whether a record's names (its name parts joined by ' | ') carry the code as a name of the record: in a
    file name, a sheet's name or a title, not only cited in a sentence of a title row ('The two risks raised on
    evidence - under ADR-0005, testing that disproves an assumption raises the rating'; 'Control trace - R-28
    closes; register reaches 0 High'). A part reads as a sentence when it runs to SENTENCE_WORDS words or more,
    CITING_LOWER of them in lower case, and then the code names it only as its first or second word."""
    for m in code_pattern(code).finditer(names):
        start = names.rfind(" | ", 0, m.start())
        start = 0 if start < 0 else start + 3
        end = names.find(" | ", m.end())
        part = names[start:] if end < 0 else names[start:end]
        tokens = [t for t in part.split() if any(ch.isalnum() for ch in t)]
        before = len([t for t in names[start:m.start()].split() if any(ch.isalnum() for ch in t)])
        lower = sum(1 for t in tokens if t[0].islower() and t.strip(",;:.").isalpha())
        if len(tokens) < SENTENCE_WORDS or lower < CITING_LOWER or before <= 1:
            return True
    return False


SENTENCE_WORDS = 7
CITING_LOWER = 3


# the letters a code pattern can start its match with: a run of letters after no letter or digit
_WORD_STARTS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+")


@dataclass(frozen=True, kw_only=True)
class RecordIndex:
    """What can be matched of one record or blank form: its names and its column headers."""

    path: str
    names: str  # file name, title, sheet names and title rows, joined
    headers: tuple[str, ...]
    stems: frozenset[str]  # content stems of names and headers
    key_stems: frozenset[str] = frozenset()  # content stems of the file name, title and headers only
    file: str = ""  # the file, when the record is one of several logs in it (`path` names the log)
    # what the record is named for, each name on its own: its file name and the title of its dated sheet (or
    # the record's title), or a log's heading
    name_parts: tuple[str, ...] = ()
    # the codes of the equipment its entries are about (entry_item_codes): 'V-15', 'HP-03'
    item_codes: frozenset[str] = frozenset()


def _banner(tables: Sequence) -> str:
    """The line a workbook puts under every sheet's title ('Phase 08 Risk Movement - Acme Retail Group — PCI
    DSS Programme'): the organisation and programme, which names no sheet; "" when the titles share none."""
    titles = [t.title for t in tables if t.title]
    if len(titles) < 2 or not all(" - " in t for t in titles):
        return ""
    tails = {t.rsplit(" - ", 1)[1] for t in titles}
    return tails.pop() if len(tails) == 1 else ""


def _unbannered(title: str | None, banner: str) -> str:
    title = title or ""
    return title[: -len(banner) - 3] if banner and title.endswith(" - " + banner) else title


# an equipment code: letters, a hyphen, a number, alone ('V-15', 'HP-03', 'FM-220'; not 'IR-2023-0914', 'CB-220HD')
ITEM_CODE = re.compile(r"(?<![\w-])([A-Z]{1,4}-\d{1,4})(?![\w-])")
# a column naming the equipment an entry is about
ITEM_HEADER = re.compile(r"\b(?:equipment|components?|assets?|machines?|instruments?|gauges?|valves?|pumps?|tools?|"
                         r"devices?|units?|tags?|plant|vehicles?|sensors?|meters?)\b", re.I)
ITEM_CODES = 2  # shared with a procedure, the fewest that tie a log to it


def entry_item_codes(table) -> frozenset[str]:
    """The equipment codes a log's entries are about: the codes in a column headed for equipment ('Component',
    'Asset', 'Instrument') where they recur, so the rows are jobs on the items, not a list of them (each code
    once: a register's own numbers)."""
    if table is None:
        return frozenset()
    found: set[str] = set()
    for i, head in enumerate(table.header):
        if not head or not ITEM_HEADER.search(str(head).replace("_", " ")):
            continue
        seen = [c for v in table.column(i) if isinstance(v, str) for c in ITEM_CODE.findall(v)]
        if len(seen) >= ITEM_CODES and len(set(seen)) < len(seen):
            found.update(seen)
    return frozenset(found)


def item_codes_of(procedure: Document) -> frozenset[str]:
    """The equipment codes a procedure names, in its text and its tables' cells."""
    texts = [b.text for b in procedure.blocks]
    for t in procedure.tables():
        texts.extend(str(v) for row in (t.header, *t.rows) for v in row if isinstance(v, str))
    return frozenset(c for text in texts for c in ITEM_CODE.findall(text))


def index_record(doc: Document, headers: Sequence[str] = (), table=None) -> RecordIndex:
    """The searchable names of a record: file name, title, sheet names, table titles, none of them with the
    banner every sheet of a workbook carries.

    `table` is the record's principal table, the one whose dates are its entries: in a workbook of several
    sheets, what the record is about (`key_stems`, which a routine must share to be checked against its dates)
    is that sheet's title and columns alone. A corrective action plan's milestones on one sheet do not date a
    risk review because other sheets are called 'Risk Movement' and 'Register Position'; those sheets still
    name the workbook for a form claim (drhold9, a PCI DSS programme's trackers)."""
    tables = doc.tables()
    banner = _banner(tables[:20])
    title = _unbannered(doc.title, banner)
    parts = [PurePosixPath(doc.path).stem, title]
    for t in tables[:20]:
        parts.extend([t.location.sheet or "", _unbannered(t.title, banner)])
        if not headers:
            headers = t.header
    names = " | ".join(dict.fromkeys(p for p in parts if p))
    stems = content_stems(names + " " + " ".join(headers))
    if table is not None and table.location.sheet and len({t.location.sheet for t in tables}) > 1:
        title = " ".join(p for p in (table.location.sheet, _unbannered(table.title, banner)) if p)
    key = content_stems(" ".join([PurePosixPath(doc.path).stem, title] + list(headers)))
    return RecordIndex(path=doc.path, names=names, headers=tuple(h for h in headers if h), stems=frozenset(stems),
                       key_stems=frozenset(key),
                       name_parts=tuple(p for p in (PurePosixPath(doc.path).stem, title) if p),
                       item_codes=entry_item_codes(table))


def index_log(log: "RecordProfile") -> RecordIndex:
    """One of several logs in a file: named by its heading (or sheet) and its file's name, matched by its own
    columns, so a claim about access reviews finds the access review table, not the file's largest table.

    What a log is about is its name alone: beside a dozen logs of one file, a word of one column ('Role
    ended', 'Accounts removed (cloud)') makes a claim about roles or cloud reviews look like one about
    offboarding (rate-nl/ISO, December 2026)."""
    stem_ = PurePosixPath(log.file).stem
    names = " | ".join(dict.fromkeys(p for p in (log.name or "", stem_) if p))
    headers = tuple(h for h in log.table.header if h)
    return RecordIndex(path=log.path, names=names, headers=headers,
                       stems=frozenset(content_stems(names + " " + " ".join(headers))),
                       key_stems=frozenset(content_stems(log.name or "")), file=log.file,
                       name_parts=(log.name,) if log.name else (), item_codes=entry_item_codes(log.table))


def logs_apart(records: Mapping[str, RecordIndex], profiles: Mapping[str, "RecordProfile"]
               ) -> tuple[dict[str, RecordIndex], dict[str, "RecordProfile"]]:
    """The records and profiles with each file that holds several logs replaced by its logs (records.logs)."""
    if not any(prof.logs for prof in profiles.values()):
        return dict(records), dict(profiles)
    out_records: dict[str, RecordIndex] = {}
    out_profiles = {path: prof for path, prof in profiles.items() if not prof.logs}
    for path, rec in records.items():
        prof = profiles.get(path)
        if prof is None or not prof.logs:
            out_records[path] = rec
            continue
        for log in prof.logs:
            out_records[log.path] = index_log(log)
            out_profiles[log.path] = log
    return out_records, out_profiles


def title_score(title: str, names: str, synonyms: bool = True) -> float:
    """Share of a form title's content words found in a record's names (0..1). `synonyms`: whether a register
    named by another of a register's names ('Asset Inventory' for the 'asset register') is the title's."""
    want = content_stems(title)
    if not want:
        return 0.0
    have = content_stems(names)
    # a two-letter initialism ('AI incident log', 'QA release log') tells one log from another of its kind: the
    # 'AI incident log' is not the 'Incident response log' beside it
    initials = set(_initialisms(title))
    if initials:
        want, have = want | initials, have | set(_initialisms(names))
    share = len(want & have) / len(want)
    if len(want) == 1 and share == 1.0:
        # one distinctive word ('inspection checklist') is only half a title match unless
        # the kind of record ('checklist') is in the name too, or another name of a register for a register;
        # the kind in the plural names it too: the 'offboarding log' is the Offboarding heading of Logs.md
        def kind(w: str) -> str:
            return w[:-1] if w.endswith("s") and w[:-1] in GENERIC else w

        kinds = {kind(w) for w in words(title) if w in GENERIC}
        return 1.0 if kinds & {kind(w) for w in words(names)} or synonyms and register_synonym(title, names) else 0.6
    return share


# the names a register of things or events goes by: the 'asset register' is the 'Asset Inventory', the 'risk
# register' the 'Risk log' (a report, a checklist or a form of the same subject is another thing)
REGISTER_KINDS = frozenset({"register", "registers", "inventory", "inventories", "log", "logs", "logbook", "list",
                            "lists", "tracker", "trackers", "catalogue", "catalog"})


def register_synonym(title: str, names: str) -> bool:
    """Whether a title naming a register ('asset register') meets a record named as one of that subject by
    another of a register's names: the subject word right before it ('Asset Inventory', 'risk-log'). A report
    of the subject in a file of logs ('Risk Assessment Report | Logs') is no register of it."""
    kinds = {w for w in words(title) if w in GENERIC or w in REGISTER_KINDS}
    if not kinds or not kinds <= REGISTER_KINDS:
        return False
    subject = _content_stems(title)
    have = words(names)
    return any(stem(a) in subject and b in REGISTER_KINDS for a, b in zip(have, have[1:]))


_NOT_INITIALISM = STOP | {"us", "we", "my", "me", "up", "so", "go", "he", "vs", "eg", "ie", "nr", "id"}


def _initialisms(text: str) -> list[str]:
    return [w for w in re.findall(r"(?<![a-z0-9])[a-z]{2}(?![a-z0-9])", text.lower()) if w not in _NOT_INITIALISM]


def field_header(field: str, headers: Iterable[str]) -> str | None:
    """The column header that holds a required field ('batch number' ~ 'Batch No.'), if any."""
    return _field_header(field, tuple(headers))


@lru_cache(maxsize=65536)
def _field_header(field: str, headers: tuple[str, ...]) -> str | None:
    # every procedure asks every record about the same few field names
    from rapidfuzz import fuzz

    want = _field_norm(field)
    best, best_score = None, 0.0
    for header in headers:
        have = _field_norm(header)
        if not have:
            continue
        score = 100.0 if want == have else fuzz.token_sort_ratio(want, have)
        a, b = set(want.split()), set(have.split())
        if a and b and (a <= b or b <= a):
            # 'batch number' in 'Batch number (lot)': a match, the closer in size the better
            score = max(score, 85.0 + 10 * len(a & b) / len(a | b))
        if score > best_score:
            best, best_score = header, score
    return best if best_score >= 85 else None


@lru_cache(maxsize=65536)
def _field_norm(text: str) -> str:
    text = text.lower().replace("#", " number ")
    text = re.sub(r"\bno\b\.?|\bnum\b|\bnr\b", " number ", text)
    text = re.sub(r"\bqty\b", " quantity ", text)
    text = re.sub(r"\btemp\b", " temperature ", text)
    text = re.sub(r"\b(by|of|the|a|an|name|s|your|its|their)\b", " ", text)
    return " ".join(stem(w) for w in re.findall(r"[a-z0-9]+", text))


class RecordSet:
    """The records a set's procedures link to, indexed by what links them: the stems of their names and of
    their names and headers, their file names, their header rows, and (found once per code, on first ask)
    the records each form code matches. link_scores looks a procedure's records up here instead of
    scoring it against every record, so linking grows with the links, not with procedures x records."""

    def __init__(self, records: Sequence[RecordIndex], parallel: Collection[str] = ()):
        self.records = list(records)
        # numbered parts of the set that each keep procedures and records of their own (`parallel_parts`)
        self.parallel = frozenset(parallel)
        # file name -> the parallel parts that hold a record of that name (each phase's risk-log.md)
        self.parts_by_name: dict[str, set[str]] = {}
        for rec in self.records if self.parallel else ():
            part = numbered_part(rec.path)
            if part in self.parallel:
                self.parts_by_name.setdefault(PurePosixPath(rec.file or rec.path).name.lower(), set()).add(part)
        self.item_codes: dict[str, list[int]] = {}  # an equipment code its entries are about -> records
        for n, rec in enumerate(self.records):
            for code in rec.item_codes:
                self.item_codes.setdefault(code, []).append(n)
        self.name_stems: dict[str, list[int]] = {}  # stem of a record's names -> records (by position)
        self.stems: dict[str, list[int]] = {}  # stem of its names and headers -> records
        self.by_headers: dict[tuple[str, ...], list[int]] = {}
        # file names by their extension (".xlsx") and length, so a text is searched for the extension only
        self.files: dict[str, dict[int, dict[str, list[int]]]] = {}
        self.plain_files: list[tuple[str, int]] = []  # file names without an extension
        self._by_file_name: dict[str, list[int]] = {}  # every record's lower-cased file name -> records
        self._codes: dict[str, frozenset[int]] = {}
        # Every code pattern starts at a word start: a code that starts with letters ('QF-11') can only be
        # in names with a word that starts with them ('qf', 'qf11'), so only those are searched (and the
        # pattern compiled only when one is there). Non-ASCII names are always searched: the pattern's
        # case-folding matches a few non-ASCII letters (the Kelvin sign for 'k') that lower() would not.
        self._prefixes: dict[str, list[int]] = {}
        self._unindexed: list[int] = []
        for n, rec in enumerate(self.records):
            if not rec.names.isascii():
                self._unindexed.append(n)
            else:
                words_ = _WORD_STARTS.findall(rec.names.lower())
                for prefix in {w[:i] for w in words_ for i in range(1, len(w) + 1)}:
                    self._prefixes.setdefault(prefix, []).append(n)
        # per record, what link_scores reads for every procedure: the stems of its names, the room its
        # stems give shared vocabulary; and its links, made once and shared by the procedures that link it
        # alike (a large set links every procedure to nearly every record by vocabulary)
        self.names_stems = [_content_stems(rec.names) for rec in self.records]
        self.vocabulary_room = [max(4, min(len(rec.stems), 12)) for rec in self.records]
        self._links: dict[tuple[int, str, float], Link] = {}
        # every record's file name, lower-cased: a claim naming a record file not among them names no record
        self.file_names = frozenset(PurePosixPath(rec.file or rec.path).name.lower() for rec in self.records)
        # a record -> the records of its folder and its name in another format (remediation-tracker.csv beside the
        # page remediation-tracker.html that shows it): one register, which naming either file names
        self.twins: dict[int, list[int]] = {}
        by_name: dict[PurePosixPath, list[int]] = {}
        for n, rec in enumerate(self.records):
            if not rec.file:
                by_name.setdefault(PurePosixPath(rec.path.lower()).with_suffix(""), []).append(n)
        for group in by_name.values():
            for n in group if len(group) > 1 else ():
                self.twins[n] = [m for m in group if m != n]
        for n, rec in enumerate(self.records):
            for st in _content_stems(rec.names):
                self.name_stems.setdefault(st, []).append(n)
            for st in rec.stems:
                self.stems.setdefault(st, []).append(n)
            if rec.headers:
                self.by_headers.setdefault(rec.headers, []).append(n)
            name = PurePosixPath(rec.file or rec.path).name.lower()
            self._by_file_name.setdefault(name, []).append(n)
            if len(name) < 8:
                continue
            dot = name.rfind(".")
            if dot < 0:
                self.plain_files.append((name, n))
            else:
                self.files.setdefault(name[dot:], {}).setdefault(len(name), {}).setdefault(name, []).append(n)

    def named_in(self, text: str) -> set[int]:
        """Records whose file name (8 characters or more) the lower-cased text holds, as a name of its own: not
        the tail of a longer file name ('04.00-readme.md' names no 'readme.md', 'old_risk_register.xlsx' no
        'risk_register.xlsx')."""
        found = {n for name, n in self.plain_files if name in text}
        for ext, by_length in self.files.items():
            at = text.find(ext)
            while at >= 0:
                end = at + len(ext)
                for length, names in by_length.items():
                    if end >= length and (end == length or not _NAME_GOES_ON.match(text[end - length - 1])):
                        found.update(names.get(text[end - length:end], ()))
                at = text.find(ext, at + 1)
        return found

    def named_at(self, paths: Iterable[str]) -> set[int]:
        """Records a web address's path points at: its file name and, for a record filed in a folder, that
        folder's name before it. A survey linking the Node.js project's own 'doc/contributing/technical-priorities.md'
        names no 'summit/2023-09/technical-priorities.md' of the set (held out, drhold30's next10: three wrong PS03)."""
        found = set()
        for path in paths:
            name = path.rsplit("/", 1)[-1]
            for n in self._by_file_name.get(name, ()):
                folder = PurePosixPath(self.records[n].file or self.records[n].path).parent.name.lower()
                if not folder or path.endswith(f"/{folder}/{name}"):
                    found.add(n)
        return found

    def with_code(self, code: str) -> frozenset[int]:
        """Records whose names carry the form code (code_pattern)."""
        if code not in self._codes:
            parts = re.findall(r"[A-Za-z]+|\d+", code)
            if parts and parts[0].isalpha():
                candidates = sorted(self._prefixes.get(parts[0].lower(), []) + self._unindexed)
            else:
                candidates = range(len(self.records))
            if candidates:
                pattern = code_pattern(code)
                self._codes[code] = frozenset(n for n in candidates if pattern.search(self.records[n].names)
                                              and names_code(code, self.records[n].names))
            else:
                self._codes[code] = frozenset()
        return self._codes[code]

    def link(self, n: int, via: str, confidence: float) -> Link:
        key = (n, via, confidence)
        found = self._links.get(key)
        if found is None:
            found = self._links[key] = Link(path=self.records[n].path, via=via, confidence=confidence)
        return found

    def sharing(self, index: dict[str, list[int]], stems: Iterable[str]) -> set[int]:
        """Records that share at least one of the stems in `index`."""
        return {n for st in stems for n in index.get(st, ())}


# a character that a file name runs on through: before a name it makes the name the tail of a longer one
_NAME_GOES_ON = re.compile(r"[\w.\-]")


# the extensions a record kept as a table comes in: a claim that names such a file names its record
RECORD_FILE_EXTENSIONS = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")


# a file name written as a pattern: a date's form, a wildcard, a placeholder
_NAME_PATTERN = re.compile(r"y{2,4}[-_.]?m{1,2}|d{2}[-_.]?m{2}|m{2}[-_.]?d{2}|[*?<>{}\[\]]|\bx{3,}\b", re.I)


def link_target_path(target: str) -> str:
    """The path part of a link's target, decoded: 'https://host/repo/blob/main/Data/Log%20A.csv?x=1#top' ->
    '/repo/blob/main/Data/Log A.csv'; '' for an anchor in the same page ('#intro')."""
    from urllib.parse import unquote, urlsplit

    try:
        return unquote(urlsplit(target.strip()).path)
    except ValueError:
        return ""


def link_targets_text(procedure: Document, addresses: bool = True) -> str:
    """The paths of the procedure's link targets, one text: what its links name besides their words. Without
    `addresses`, only the links into the set itself (no scheme, no host): see `addressed_paths`."""
    return " ".join(link_target_path(t) for b in procedure.blocks for t in b.links
                    if addresses or not _addressed(t))


def addressed_paths(procedure: Document) -> list[str]:
    """The lower-cased paths of the procedure's links to a web address ('https://github.com/org/repo/blob/main/
    doc/technical-priorities.md' -> '/org/repo/blob/main/doc/technical-priorities.md')."""
    return [link_target_path(t).lower() for b in procedure.blocks for t in b.links if _addressed(t)]


def _addressed(target: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(target.strip())
    except ValueError:
        return False
    return bool(parts.scheme and parts.netloc)


def unheld_record_files(text: str, held: "set[str] | frozenset[str]") -> list[str]:
    """The record files (a table's extension) the text names by path whose file name is not in `held`
    (lower-cased names): 'into the "pH_calibration.csv" file' when the set has no such file."""
    from gapscan.nlp.claims import FILE_PATH

    lowered = text.lower()
    if not any(ext in lowered for ext in RECORD_FILE_EXTENSIONS):
        return []
    out = []
    for match in FILE_PATH.finditer(text):
        written = match.group(0).strip("`'\" ")
        name = PurePosixPath(written).name
        if _NAME_PATTERN.search(name):
            continue  # the form of many files' names ('yyyymmdd.csv', 'run_*.csv'), not one file
        if name.lower().endswith(RECORD_FILE_EXTENSIONS) and name.lower() not in held and name not in out:
            out.append(name)
    return out


def _best_titles(titles: Sequence[str], records: RecordSet) -> dict[int, float]:
    """Per record (by position), the best title_score of any of the titles; records that share
    no word with any title are left out (their score is 0). Records are found through their
    names' words, not by scoring every title against every record."""
    wanted = [t for t in dict.fromkeys(titles) if content_stems(t)]
    best: dict[int, float] = {}
    for title in wanted:
        for n in records.sharing(records.name_stems, _content_stems(title)):
            score = title_score(title, records.records[n].names)
            if score > best.get(n, 0.0):
                best[n] = score
    return best


def _configured(rec: RecordIndex, configured: set[str]) -> bool:
    """Whether the config links the procedure to this record: by its path, or for one of a file's logs, by its
    file's (a config entry naming Logs.md links each of its logs)."""
    return rec.path in configured or bool(rec.file) and rec.file in configured


# a top folder numbered as one of a series ("03-network-segmentation", "2024", "01_site-a")
_NUMBERED_PART = re.compile(r"^\d{1,4}(?:[-_. ]|$)")
# signals of resemblance: what a record's words and columns share with the procedure, not its name (and half
# a form title, the "title" signal under WHOLE_TITLE: "control traceability" for a control-risk traceability)
RESEMBLANCE = frozenset({"fields", "vocabulary", "title words"})
WHOLE_TITLE = 0.8  # the signal of a form title named whole


def numbered_part(path: str) -> str | None:
    """The numbered top folder a file is in ('03-network-segmentation-architecture'), or None."""
    parts = PurePosixPath(path).parts
    return parts[0] if len(parts) > 1 and _NUMBERED_PART.match(parts[0]) else None


def parallel_parts(procedure_paths: Iterable[str], record_paths: Iterable[str]) -> frozenset[str]:
    """The numbered top folders (two or more) that each hold procedures and records: a programme's phases, a
    group's sites or a series of years, each with its own procedures and its own logs. Folders of one kind
    each ('01-procedures', '02-records') are no such parts."""
    procs = {numbered_part(p) for p in procedure_paths} - {None}
    recs = {numbered_part(p) for p in record_paths} - {None}
    both = frozenset(procs & recs)
    return both if len(both) >= 2 else frozenset()


def _other_part(records: "RecordSet", proc_part: str | None, n: int) -> str:
    """'' when record `n` is in the procedure's own part (or the set has no parallel parts); 'twin' when it is
    in another part and the procedure's own part holds a record of the same file name; else 'other'."""
    rec = records.records[n]
    part = numbered_part(rec.path) if proc_part else None
    if part is None or part == proc_part or part not in records.parallel:
        return ""
    twins = records.parts_by_name.get(PurePosixPath(rec.file or rec.path).name.lower(), set())
    return "twin" if proc_part in twins else "other"


def _resemblance_only(made: tuple[str, float] | None, signals: list[tuple[float, str]],
                      elsewhere: str) -> tuple[str, float] | None:
    """A link to another part's record that rests on resemblance only (no name, code, whole title or config) is
    a hint: the phases of a programme keep look-alike logs, and the procedure of one does not govern another's.
    A title the procedure's own part has a record of ("the risk log", each phase's risk-log.md) names its own."""
    def resembles(c: float, v: str) -> bool:
        return v in RESEMBLANCE or v == "title" and (c < WHOLE_TITLE or elsewhere == "twin")

    if made is None or any(c >= STRONG and not resembles(c, v) for c, v in signals):
        return made
    return made[0], min(made[1], HINTS)


def link_scores(procedure: Document, claims: Sequence, records: Sequence[RecordIndex] | RecordSet,
                config_links: Sequence[tuple[str, str]] = ()) -> tuple[Link, ...]:
    """Every record this procedure links to, strongest first (links under 0.25 are dropped).

    `records` is best a RecordSet built once for all the set's procedures."""
    if not isinstance(records, RecordSet):
        records = RecordSet(records)
    configured = {r for p, r in config_links if p == procedure.path}
    codes = [c.form_code for c in claims if c.kind == "form" and c.form_code]
    titles = [c.form_title for c in claims if c.kind == "form" and c.form_title]
    # a claim that names the record file its fields go in, one the set does not hold, is about that file: its
    # fields resemble other logs (a titrator's 'Date, pH 4, pH 7, Notes into pH_calibration.csv' and a
    # water-quality log), they do not link them
    fields = [f for c in claims if c.kind == "field" and not unheld_record_files(c.sentence, records.file_names)
              for f in c.fields]
    proc_stems = content_stems(" ".join([procedure.title or "", PurePosixPath(procedure.path).stem]))
    body_stems = content_stems(" ".join(c.sentence for c in claims))
    # a link's target names its file as the words would ('[daily log](data/daily_log.csv)')
    # (a web address's path, by the folder it names too: addressed_paths)
    text = " ".join([b.text for b in procedure.blocks] + [link_targets_text(procedure, addresses=False)]).lower()
    best_titles = _best_titles(titles, records)
    named = records.named_in(text) | records.named_at(addressed_paths(procedure))
    # the same register under its name in another format: a policy's "Remediation Tracker" link to the page
    # remediation-tracker.html names the remediation-tracker.csv the page shows (binette87 grc/, POL-005)
    twinned = {m for n in named for m in records.twins.get(n, ()) if m not in named}
    # the records any signal can come from; every other record has none
    candidates = {n for n, rec in enumerate(records.records) if _configured(rec, configured)} if configured else set()
    candidates |= named | twinned | best_titles.keys()
    coded: dict[int, str] = {}  # record -> the first of the procedure's codes its names carry
    for code in dict.fromkeys(codes):
        for n in records.with_code(code):
            coded.setdefault(n, code)
    candidates |= coded.keys()
    candidates |= records.sharing(records.name_stems, proc_stems)
    # records whose entries are jobs on equipment the procedure names by its codes (V-15, V-16, V-17)
    proc_items = item_codes_of(procedure) if records.item_codes else frozenset()
    itemed = Counter(n for code in proc_items for n in records.item_codes.get(code, ()))
    candidates |= {n for n, k in itemed.items() if k >= ITEM_CODES}
    # records whose only possible signals are shared fields and words: hints, the same few for most of a
    # large set's records, each combination's link made once (see below)
    naming = set(candidates)
    # the stems each record shares with the claims, counted in C over the stem index
    shared_words = Counter(chain.from_iterable(records.stems.get(st, ()) for st in body_stems)) if body_stems \
        else Counter()
    candidates |= shared_words.keys()
    found_fields: dict[tuple[str, ...], int] = {}
    if len(fields) >= 2:
        for headers, members in records.by_headers.items():
            found_fields[headers] = sum(1 for f in fields if field_header(f, headers))
            if found_fields[headers] >= 2:
                candidates.update(members)
    links: list[Link] = []
    hints: dict[tuple, tuple[str, float] | None] = {}
    # the procedure's own numbered part, when the set's parts each keep procedures and records
    proc_part = numbered_part(procedure.path) if records.parallel else None
    proc_part = proc_part if proc_part in records.parallel else None
    for n in sorted(candidates):
        rec = records.records[n]
        elsewhere = _other_part(records, proc_part, n)
        if n not in naming:
            key = (found_fields[rec.headers] if len(fields) >= 2 and rec.headers else None,
                   shared_words[n] / records.vocabulary_room[n] if body_stems and rec.stems else None, elsewhere)
            if key not in hints:
                hint = _hint_signals(*key[:2], len(fields))
                hints[key] = _combine(hint, False)
                if elsewhere:
                    hints[key] = _resemblance_only(hints[key], hint, elsewhere)
            if hints[key] is not None:
                links.append(records.link(n, *hints[key]))
            continue
        signals: list[tuple[float, str]] = []
        if _configured(rec, configured):
            signals.append((1.0, "config"))
        if n in named:
            # "the system exports the checks as FLT_prestart_checks.csv": the procedure names the file
            signals.append((0.9, "file name"))
        elif n in twinned:
            signals.append((0.85, "file name of its other format"))
        if n in coded:
            signals.append((0.95, f"code {coded[n]}"))
        best_title = best_titles.get(n, 0.0)
        if itemed.get(n, 0) >= ITEM_CODES:
            # its entries are about the procedure's equipment, item by item: the procedure's own log of that work
            signals.append((0.6, "item codes"))
        if best_title >= 1.0:
            signals.append((WHOLE_TITLE, "title"))
        elif best_title >= 0.5:
            signals.append((0.5, "title"))
        if proc_stems:
            shared = len(proc_stems & records.names_stems[n]) / len(proc_stems)
            if shared >= 1:
                signals.append((0.65, "procedure title"))
            elif shared >= 0.5:
                # half the title's words: a resemblance, not the record's name
                signals.append((0.55, "title words"))
        signals += _hint_signals(found_fields[rec.headers] if len(fields) >= 2 and rec.headers else None,
                                 shared_words[n] / records.vocabulary_room[n] if body_stems and rec.stems else None,
                                 len(fields))
        made = _combine(signals, bool(configured) and _configured(rec, configured))
        if elsewhere:
            made = _resemblance_only(made, signals, elsewhere)
        if made is not None:
            links.append(records.link(n, *made))
    return tuple(sorted(links, key=lambda link: (-link.confidence, link.path)))


def _hint_signals(found: int | None, overlap: float | None, wanted: int) -> list[tuple[float, str]]:
    """The signals of shared fields (`found` of the `wanted` fields) and shared words (`overlap`)."""
    signals = []
    if found is not None:
        share = found / wanted
        if found >= 2 and share >= 0.6:
            signals.append((0.5 + 0.3 * share, "fields"))
        elif found >= 2:
            signals.append((0.3, "fields"))
    if overlap is not None and overlap >= 0.3:
        signals.append((min(0.45, overlap * 0.6), "vocabulary"))
    return signals


def _combine(signals: list[tuple[float, str]], configured: bool) -> tuple[str, float] | None:
    """(via, confidence) of a link with these signals, or None when it is too weak to keep."""
    if not signals:
        return None
    confidence = 1.0
    for c, _ in signals:
        confidence *= 1 - c
    confidence = round(min(0.99, 1 - confidence), 2) if not configured else 1.0
    if max(c for c, _ in signals) < STRONG:
        # hints (shared words, a few of the fields) do not add up to proof: a procedure's words and
        # fields resemble every record of a kind, not the one it means
        confidence = min(confidence, HINTS)
    if confidence < 0.25:
        return None
    via = signals[0][1] if len(signals) == 1 else ", ".join(v for _, v in sorted(signals, key=lambda s: -s[0]))
    return via, confidence
