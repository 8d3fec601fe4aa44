"""Minutes as the record that a meeting was held.

A set keeps one file of minutes per meeting ("meetings/general/20240219.md", "Regular Member Meeting 2009 07 14.md",
"Management Review 2024-03.docx"): each is a review, not a record, so no log says when the meetings were held. The
minutes of one meeting series, grouped by the meeting's name (file name, else title, else folder, with dates,
numbers and ordinals taken out), are read here as one log of meetings held: one dated entry per file, the file its
evidence. A cadence claim about that meeting ("the general meeting is held on the first Monday of each month",
"the board meets quarterly") is then checked against it as against any log (drift._check_meetings).

A series is only ever matched to a claim whose words name it: every distinctive word of the meeting's name
('general', 'board', 'management review', 'safety committee') must stand beside a meeting word of the sentence
('meeting', 'meets', 'minutes', 'review'). Minutes of two meetings are never one series.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Iterable, Sequence

from gapscan.linking import stem
from gapscan.model import Document, Kind, Location, Table
from gapscan.records import ColumnProfile, RecordProfile

# words that say what the file is, not which meeting: never part of a meeting's name
FILLER = {"minutes", "minute", "notes", "note", "mtg", "meeting", "meetings", "of", "the", "a", "an", "and", "held",
          "on", "at", "for", "no", "nr", "number", "md", "docx", "pdf", "record", "summary", "report", "final", "draft",
          "agenda", "copy", "v", "rev", "th", "st", "nd", "rd",
          # a site generator's page folder ('plenum/2018-01-16/_index/main.md') names no meeting
          "index"}
MONTH_WORDS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
               "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
               "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
               "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
               # a season says when, as a month does ('Spring Chest Group Meeting', 'autumn-2023-msk-...');
               # 'fall' is left in: it names what a meeting is about too often ('fall prevention group')
               "spring", "summer", "autumn", "winter"}
# an abbreviation of a meeting, written out so that 'AGM' and 'Annual General Meeting' are one name
ABBREVIATIONS = {"agm": "annual general meeting", "egm": "extraordinary general meeting",
                 "mrm": "management review meeting", "mr": "management review", "sig": "special interest group"}
# what kind of group meets, not which: 'GI Group', 'GI SIG' and 'GI Special Interest Group' are one group's names, as
# 'Outreach WG' and 'Outreach Working Group' are
GROUP_WORDS = {"group", "groups", "special", "interest", "working", "wg"}
# how often a meeting was held when its minutes were titled ('Upgrades WG weekly meeting'), not which meeting it is:
# the page that states the cadence may state another ('Sync Meeting monthly'); 'annual' is left in, since it names a
# meeting ('annual general meeting') as often as it says how often it is held
CADENCE_WORDS = {"daily", "weekly", "biweekly", "fortnightly", "monthly", "bimonthly", "quarterly"}
# the words that make a file's own name the name of a meeting ('Council meeting 2025-03-14', 'Board 2024-01',
# 'Annual Meeting 2011'); 'Decisions', 'Lone working discussion' or 'Standup' beside minutes filed under a
# meeting's folder name what was written, not another meeting
NAMES_A_MEETING = re.compile(r"\b(?:meetings?|minutes|mtg|reviews?|committees?|boards?|councils?|assembl(?:y|ies)|"
                             r"[ae]gms?|mrm|groups?|sigs?|forums?|trustees|directors|"
                             # an event of its own held beside the regular meetings ('summit-nov-2021.md' among a
                             # team's dated minutes): its notes are not the team meeting's
                             r"summits?|workshops?|retreats?|offsites?|hackathons?)\b", re.I)
EVENT_WORDS = frozenset("summit summits workshop workshops retreat retreats offsite offsites hackathon hackathons".split())
# the words of a sentence that name a meeting or its minutes
# ('meet' as in "the committee will meet monthly"; "meet the requirements" names no meeting of the set)
MEETING_WORD = re.compile(r"^(?:meetings?|meets?|met|minutes|reviews?|reviewed|agms?|egms?|mrm)$")
# the nouns that make a sentence about a meeting, whatever it is said of ('meet the requirements' is not)
MEETING_NOUN = re.compile(r"^(?:meetings?|minutes|agms?|egms?)$")
REVIEW_WORD = re.compile(r"^(?:reviews?|reviewed)$")
# what says a meeting is held, near its name: 'a general meeting is held', 'the board meets', 'an annual meeting
# shall take place'; 'approved at the annual meeting' or 'reviewed each year at the annual meeting' says when
# something else is done, not how often the meeting is held
HOLDING = re.compile(r"^(?:held|hold|holds|holding|host|hosts|hosted|hosting|meets?|met|convene[sd]?|convening|"
                     r"occurs?|scheduled|conduct|conducts|conducted|conducting|organi[sz]ed|place)$")
# the verbs in the present whose subject holds the meeting ('The working group conducts a weekly sync meeting',
# 'We hold a monthly meeting'), as 'meets' is: their subject names the body, or leaves it to the headings
SUBJECT_VERBS = frozenset("meet meets hold holds host hosts convene convenes conduct conducts".split())
HOLDING_REACH = 8
LABEL_REACH = 2  # a meeting noun among a line's first words labels it ("Sync Meeting", "Current meeting cadence")
# the meeting itself, not its minutes: "Minutes follow the standing rules for meetings" says what minutes are
LABEL_NOUN = re.compile(r"^meetings?$")
NOT_MINUTES = re.compile(r"\b(?:agenda|template|draft|proposal|blank|schedule|calendar)\b", re.I)
# "Agenda/Minutes", "Agenda & Minutes": the agenda filled in at the meeting is its minutes
_MINUTES_WORD = re.compile(r"\bminutes\b", re.I)
_AGENDA_WORD = re.compile(r"\bagenda\b", re.I)


def _not_minutes(name: str) -> bool:
    """Whether a file's name and title say it is no file of minutes ('Agenda', 'Minutes template'); a name that
    says agenda and minutes both is the agenda filled in at the meeting."""
    if _MINUTES_WORD.search(name):
        name = _AGENDA_WORD.sub(" ", name)
    return bool(NOT_MINUTES.search(name))
NOT_HELD = re.compile(r"\bno meeting (?:was )?held\b|\bmeeting (?:was )?(?:cancell?ed|postponed)\b", re.I)
# a title saying the meeting was not held ("2023-12-12 - NO MEETING DUE TO GOV BOARD MEETING", "Meeting - CANCELLED",
# "Call canceled"): the page is a notice, whatever the template's attendance table left under it
NOT_HELD_TITLE = re.compile(r"\bno (?:meeting|call)s?\b|\b(?:cancell?ed|postponed|called off)\b", re.I)
WINDOW_BEFORE, WINDOW_AFTER = 4, 4  # words each side of the meeting word that name which meeting
PHRASE_REACH = 12  # words between the meeting word and the claim's frequency phrase

_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_ .]?(0[1-9]|1[0-2])[-_ .]?(0[1-9]|[12]\d|3[01])(?!\d)")
_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_ .](0[1-9]|1[0-2])(?![\d])")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?!\d|\.\d)")
_MONTHS = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|" \
          r"nov(?:ember)?|dec(?:ember)?)"
# a day written without its year ('Date: Tuesday, March 12'), read in the year the file is named for
_MONTH_DAY = re.compile(r"\b" + _MONTHS + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.I)
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b(?!,?\s*\d)", re.I)
_MONTH_NO = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"))}


@dataclass(frozen=True, kw_only=True)
class Series:
    """The minutes of one meeting: its name, the stems that name it, and one (date, file, line) per meeting."""

    name: str  # "General Meeting"
    words: frozenset[str]  # stems a claim must name ('general')
    key: str  # how the checks and findings name the series
    meetings: tuple[tuple[dt.date, str, int | None], ...]  # sorted by date
    undated: tuple[str, ...] = ()
    # the year (and month) an undated file of minutes is named for ('Annual Meeting 2011.md'): a period it covers
    named_periods: tuple[tuple[int, int | None], ...] = ()
    profile: RecordProfile
    # the acronyms the minutes' titles or names call the meeting by ('TSC' of 'Technical Steering Committee (TSC)
    # Meeting'), in lower case
    acronyms: frozenset[str] = frozenset()
    # files filed beside the minutes under the meeting's own name that were not read as minutes (read as procedures
    # or pages): a month without minutes may be one of them
    unread: tuple[str, ...] = ()
    # those of them dated as minutes are, one (date, file, line) each: a period holding one is no period without
    # minutes (with_files)
    unread_dated: tuple[tuple[dt.date, str, int | None], ...] = ()
    # the stems of the names a claim may shorten it to: of a name joining two bodies by "and" or "&" ("JupyterHub
    # and BinderHub Team Meeting"), one body with the rest of the name ({'jupyter', 'hub', 'team'})
    shortened: tuple[frozenset[str], ...] = ()
    # the folder the minutes are filed in, as the key says it (" in board/minutes/"); None where the key names the
    # series otherwise (one body under several names: _one_body)
    where: str | None = None
    # the stems of every name its minutes were filed under, for minutes of one meeting retitled over time
    # (_renamed_in_folders): a body the headings name by one of them is this meeting ('Outreach Team' of the minutes
    # of 'SPDX Outreach Team Meeting' and 'SPDX Outreach Meeting', matched by 'spdx' and 'outreach')
    former: tuple[frozenset[str], ...] = ()

    def file(self, row: int) -> tuple[str, int | None]:
        return self.meetings[row][1], self.meetings[row][2]


# a word of a name: letters, with digits inside it kept ('H2O', 'B2B': one word, not 'H', 'O')
_WORD = re.compile(r"[A-Za-z]+(?:\d+[A-Za-z]+)*")


def _words(text: str, cased: bool = False) -> list[str]:
    """The words of a name in lower case (`cased`: as written, an abbreviation spelled out in lower case)."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text.replace("_", " "))
    out = []
    for w in _WORD.findall(text):
        low = w.lower()
        out.extend(ABBREVIATIONS[low].split() if low in ABBREVIATIONS else [w if cased else low])
    return out


def _name(text: str) -> tuple[str, tuple[str, ...]]:
    """(display name, distinctive words) of a file name, title or folder: dates, numbers and ordinals out. A word in
    capitals in a name written in mixed case is shown as written ("EC Special Meeting", "Member Meeting MMMMM"), not
    as a word ("Ec", "Mmmmm"); a name written all in capitals is shown in title case. Digits written inside a word
    ('IPv6 WG', 'ISO27001 Forum') are shown as written; the words it is matched by are letters only, but for digits
    between letters ('H2O Team Meeting': 'h2o', not 'H O' and a series of any 'Team Meeting')."""
    # a quarter, half-year or financial year ('Q1 Board Meeting', 'FY24 AGM', 'H2 2023 Review') says when, as a date
    # does: neither shown nor a word the name is matched by ('Q Board Meeting' and a series of its own for 'FY')
    text = _PERIOD_MARK.sub(" ", text)
    # what is shown keeps digits that end a word of two letters or more, unless they are a year ('FY2024')
    written = re.sub(r"(?<![A-Za-z\d])\d+(?:st|nd|rd|th)?|(?<![A-Za-z]{2})(?<=[A-Za-z])\d+(?![A-Za-z\d])|"
                     r"(?<=[A-Za-z])(?:19|20)\d{2}(?!\d)", _number_in_name, text)
    text = re.sub(r"(?<![A-Za-z])\d+(?:st|nd|rd|th)?|\d+(?![A-Za-z])", " ", text)
    mixed = any(c.islower() for c in text)
    pairs = [(w, c) for w, c in zip(_words(text), _words(text, cased=True)) if w not in MONTH_WORDS]
    words = [w for w, _ in pairs]
    key = tuple(dict.fromkeys(w for w in words if w not in FILLER and w not in CADENCE_WORDS and len(w) > 1))
    key = tuple(w for w in key if w not in GROUP_WORDS) or key
    shown = []
    for unit in _WRITTEN_OR_NUMBER.findall(written.replace("_", " ")):
        if unit.isdigit():
            shown.append(unit)  # a number kept as a word of the name (_number_in_name)
            continue
        parts = [(w, c) for w, c in zip(_words(unit), _words(unit, cased=True)) if w not in MONTH_WORDS]
        kept = [(w, c) for w, c in parts if w not in _NOT_SHOWN]
        digits = any(c.isdigit() for c in unit)
        if (len(kept) > 1 or digits and kept) and len(kept) == len(parts) \
                and re.sub(r"\d", "", unit).lower() not in ABBREVIATIONS:
            # one word written with a dot, an apostrophe, capitals or digits inside it ('Node.js', 'OpenJS',
            # "Women's", 'IPv6'): as written, its first letter raised where it is written in one case ('node.js' ->
            # 'Node.js'); a word in capitals in a name in mixed case as written ('ISO27001 Forum')
            cased = not unit.islower() and not unit.isupper() or (mixed and unit.isupper())
            shown.append(unit if cased else unit[:1].upper() + unit[1:].lower())
            continue
        shown.extend(c if mixed and len(c) > 1 and c.isupper() else w.title() for w, c in kept)
    return " ".join(_once(shown)), key


# the words either side of a number that say it numbers a file or a meeting ('Meeting 12', 'No 5', 'Retro 5 Notes'),
# or dates it ('March 3'), not that it is a word of the name
_NUMBERS_NOTHING = FILLER | MONTH_WORDS | CADENCE_WORDS


def _number_in_name(m: re.Match[str]) -> str:
    """What `_name` shows of a number it takes out of a name: a number of three digits or fewer written as a word
    between two words of the name ('Node.js Next 10 Years team Meeting': 'Next 10 Years') is kept, as the name's
    own word; any other (a date, a year, a file's or a meeting's number) is taken out."""
    number = m.group(0)
    if not number.isdigit() or len(number) > 3:
        return " "
    before = re.search(r"([A-Za-z]+)[.'’A-Za-z]*[\s_-]+$", m.string[:m.start()])
    after = re.match(r"[\s_-]+([A-Za-z]+)(?![\d])", m.string[m.end():])
    if before and after and len(before.group(1)) > 1 and len(after.group(1)) > 1 \
            and not {before.group(1).lower(), after.group(1).lower()} & _NUMBERS_NOTHING:
        return number
    return " "


# two bodies joined in a meeting's name, one written word each ("JupyterHub and BinderHub", "Audit & Risk")
_JOINED = re.compile(r"(?<![\w.'’])([A-Za-z][\w.'’]*)\s*(?:&|\band\b)\s*([A-Za-z][\w.'’]*)", re.I)


def _shortened(text: str) -> list[tuple[str, ...]]:
    """The distinctive words of the names `text` may be shortened to: for two bodies joined by "and" or "&", the
    name with one of them left out ("JupyterHub Team Meeting", "BinderHub Team Meeting" of "JupyterHub and
    BinderHub Team Meeting"), kept only where a word of the name besides the two bodies remains ('team',
    'committee'): "Board and Finance" shortens to no name, since 'the board' alone is another body."""
    text = re.sub(r"[_-]+", " ", text)
    out = []
    for m in _JOINED.finditer(text):
        bodies = set(_words(m.group(1))) | set(_words(m.group(2)))
        for kept in (m.group(1), m.group(2)):
            key = _name(f"{text[:m.start()]}{kept}{text[m.end():]}")[1]
            if key and set(key) - bodies and set(key) & bodies:
                out.append(key)
    return out


_PERIOD_MARK = re.compile(r"(?<![A-Za-z])(?:Q[1-4]|H[12]|FY\s?'?(?:\d{4}|\d{2})(?:\s?[-/–]\s?(?:\d{4}|\d{2}))?)"
                          r"(?![A-Za-z\d])|(?<![A-Za-z])Q[1-4](?=FY)", re.I)


def _once(words: list[str]) -> list[str]:
    """The words of a name with a run that repeats the run just before it said once: an abbreviation beside the
    words it stands for ('Management Review Minutes MR' -> 'Management Review', not 'Management Review Management
    Review'), a word written twice ('Board Board')."""
    out: list[str] = []
    for w in words:
        out.append(w)
        for n in range(1, len(out) // 2 + 1):
            if [x.lower() for x in out[-n:]] == [x.lower() for x in out[-2 * n:-n]]:
                del out[-n:]
                break
    return out


# a word as a name writes it: letters, joined by a dot or an apostrophe ('Node.js', "Women's"), capitals inside
_WRITTEN = re.compile(r"[A-Za-z]+(?:\d+[A-Za-z]+)*\d*(?:[.'’][A-Za-z]+\d*)*")
_NOT_SHOWN = {"minutes", "minute", "notes", "agenda", "md", "docx", "pdf"}
_WRITTEN_OR_NUMBER = re.compile(_WRITTEN.pattern + r"|(?<![A-Za-z\d.])\d{1,3}(?![A-Za-z\d])")


def series_name(doc: Document) -> tuple[str, tuple[str, ...]] | None:
    """(display name, distinctive words) of the meeting a file of minutes records: from its file name, else its
    title, else its folder: the nearest one that names something, so minutes filed one folder per year
    ('board_minutes/2024/2024-03-12.md') are the minutes of the folder above the years."""
    own = _own_name(doc)
    if own:
        return own
    for folder in PurePosixPath(doc.path).parents:
        if not folder.name:
            break
        named = _shown(_name(folder.name))
        if named:
            return named
    return _own_name(doc, meeting=False)


def _own_name(doc: Document, meeting: bool = True) -> tuple[str, tuple[str, ...]] | None:
    """The meeting's name as the file's name or title gives it; None for minutes named only by a date, or (with
    `meeting`) by words that name no meeting ('2017-12 Decisions', '2016-10-06 Standup')."""
    for source in (PurePosixPath(doc.path).stem, doc.title or ""):
        if meeting and not NAMES_A_MEETING.search(" ".join(_words(source))):
            continue
        named = _shown(_name(source))
        if named:
            return named
    return None


def _abbreviation(stem_: str) -> str | None:
    """The abbreviation a file name names its meeting by, in lower case ('BoD-minutes-2024-02-26-Q1' -> 'bod',
    'EC-minutes-2019-03-21' -> 'ec'): its only word besides dates, quarters and the words that say what the file is,
    2 to 4 letters with 2 capitals or more. None for any other name ('Board-minutes', 'Safety Committee')."""
    words = [w for w in re.findall(r"[A-Za-z]+", re.sub(r"\d+(?:st|nd|rd|th)?", " ", stem_))
             if w.lower() not in FILLER and w.lower() not in MONTH_WORDS and len(w) > 1]
    if len(words) != 1:
        return None
    word = words[0]
    if not 2 <= len(word) <= 4 or sum(c.isupper() for c in word) < 2 or word.lower() in ABBREVIATIONS:
        return None
    return word.lower()


def _spelled(abbreviation: str, title: str) -> tuple[str, ...] | None:
    """The words of `title` the abbreviation stands for: a run of words whose first letters spell it, in order,
    neither end a word that only says what the file is ('Board of Directors' for 'bod', 'Executive Council' for
    'ec', not 'Carpentries Executive'); None when no run spells it."""
    words = re.findall(r"[A-Za-z]+", title)
    n = len(abbreviation)
    for i in range(len(words) - n + 1):
        run = words[i:i + n]
        if "".join(w[0].lower() for w in run) != abbreviation:
            continue
        if any(w.lower() in FILLER or w.lower() in MONTH_WORDS for w in (run[0], run[-1])):
            continue
        if any(len(w) < 2 for w in run) or all(w.isupper() for w in run):
            continue
        return tuple(run)
    return None


def _spelled_out(minutes: Sequence[Document]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The meeting's name, by file, for minutes whose file name names their meeting only by an abbreviation that a
    title of minutes filed under the same abbreviation spells out: every file so named takes the words spelled out
    (a title that names only the day still belongs to the meeting its file name abbreviates)."""
    by_abbreviation: dict[str, list[Document]] = {}
    for doc in minutes:
        abbreviation = _abbreviation(PurePosixPath(doc.path).stem)
        if abbreviation:
            by_abbreviation.setdefault(abbreviation, []).append(doc)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for abbreviation, docs in by_abbreviation.items():
        runs = [run for doc in docs for run in (_spelled(abbreviation, doc.title or ""),) if run]
        if not runs:
            continue
        common = max(set(runs), key=lambda r: (runs.count(r), r))
        named = _shown(_name(" ".join(common)))
        if named:
            out.update({doc.path: named for doc in docs})
    return out


def _shown(named: tuple[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]] | None:
    shown, key = named
    if not key:
        return None
    if not re.search(r"\b(?:meeting|review|committee|board|agm|egm)\b", shown, re.I):
        shown = f"{shown} meeting"
    return shown, key


# The header of a review written up after it was held: the day it was held and who took part ("Review Date:
# 2025-12-12", "Participants: ...", "Conducted By: ..."). A procedure's control block dates its next review and
# names its approver; it names no one who took part.
HELD_DATE = re.compile(r"\b(?P<label>(?:next\s+|last\s+|previous\s+)?(?:review\s+|meeting\s+)?date(?:\s+held)?)\s*:\s*"
                       r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
                       r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\b", re.I)
# "Minutes: Dee Lowe" names who took the minutes; "Minute taker:", "Note taker:", "Scribe:" the same
HELD_BY = re.compile(r"\b(?:participants|attendees|attended by|conducted by|chaired by|minutes(?: taken by)?|"
                     r"minute[\s-]?taker|note[\s-]?taker|notes taken by|scribe)[ \t]*:[ \t]*[A-Z][\w.'-]+", re.I)
HELD_HEADER_BLOCKS = 12
# A year or a date in the minutes' name ("Management Review Minutes 2025-10-15", "MR 2025"), a date at their head
# or on a dated line ("Date: 5 March 2025"), a date in the page's front matter, or who was there ("Present: ...",
# an "Attendance" heading over the names) records a meeting that was held.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
HEAD_BLOCKS = 8
DATED_LINE = re.compile(r"^\W*(?:date|held(?: on)?|meeting date|date of (?:the )?(?:meeting|review))\W", re.I)
# who was there: 'Present: Ann, Bo', 'Attendance - Ann, Bo', or the word alone as a heading over the names (a page
# editor's 'Attendace' and the zero-width marks it leaves, 'A\ufeffttendance', read as written)
_WHO = r"(?:present|attendees|attending|attend[ae]n?ce|in attend[ae]n?ce|participants|those present|chair(?:ed by)?)"
# the label is followed by a colon or dash, or by a name: 'Participants should not use automated transcription' says
# what those who come may do, not who came
PRESENT = re.compile(r"^\W*(?i:" + _WHO + r"(?:\s+(?:were|are))?)(?:[\s*_]*[:\-\u2013\u2014]\W*\w|\s+[A-Z])")
PRESENT_HEADING = re.compile(r"^\W*" + _WHO + r"\W*$", re.I)
ZERO_WIDTH = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))


def held_on(doc: Document, blocks: list | None = None) -> re.Match[str] | None:
    """The "Date: ..." of a meeting its header says was held, when the header also names who took part or who took
    the minutes; None for a header that dates nothing held (an agenda to come, a next review date)."""
    blocks = doc.text_blocks() if blocks is None else blocks
    head = "\n".join(b.text for b in blocks[:HELD_HEADER_BLOCKS])
    held = next((m for m in HELD_DATE.finditer(head) if not re.match(r"next|last|previous", m.group("label"), re.I)),
                None)
    return held if held and HELD_BY.search(head) else None


def held_meeting(doc: Document) -> bool:
    """Whether minutes record a meeting that took place: dated by their name or title (a year will do), by the
    page's front matter (`front_matter_date`), at their head or on a dated line, or naming who was present. A
    document about how meetings are held (their cadence, agenda and checklist), dated nowhere and naming no one
    present, records none: what it lists is what to discuss, not what was discussed. The one reading of "was this
    meeting held" that the meeting series (`series_of`) and SH03 share."""
    from gapscan.auditdates import find_dates
    from gapscan.model import BlockType

    if YEAR.search(doc.path) or doc.title and YEAR.search(doc.title):
        return True
    if any(_YMD.search(text) for text in (PurePosixPath(doc.path).stem, doc.title or "")):
        return True  # '20230916.md': the day, as meeting_date reads it
    if front_matter_date(doc, HELD_DATE_KEYS) is not None:
        return True
    heading_of_names = False
    for i, block in enumerate(doc.blocks):
        text = block.text.strip().translate(ZERO_WIDTH)
        if block.type is BlockType.TABLE and block.table is not None:
            text = " | ".join(str(v) for row in block.table.rows[:6] for v in row if v is not None)
        if heading_of_names and block.type is not BlockType.HEADING and _names(text):
            return True  # the names under an 'Attendance' heading
        heading_of_names = block.type is BlockType.HEADING and bool(PRESENT_HEADING.match(text)) or (
            heading_of_names and not text)
        if (i < HEAD_BLOCKS or DATED_LINE.match(text)) and find_dates(text) or PRESENT.match(text):
            return True
    return False


# the heading an agenda keeps for the notes of its meeting ('## Meeting Notes', '## Minutes')
NOTES_HEADING = re.compile(r"^\W*(?:meeting\s+)?(?:notes|minutes)\W*$", re.I)
# words of text under it that are notes taken: more than a placeholder ('To be filled in after the meeting.', '*None*')
NOTES_WORDS = 30


def _notes_taken(doc: Document) -> bool:
    """Whether an agenda holds the notes of its meeting ("Agenda for the January 16th video call" with "## Meeting
    Notes" and "### Attendees" over the names of those who came): under its notes heading, names under an attendance
    heading or after its label ('Attendees: Ann Lee, Bo Chan'), or NOTES_WORDS words of text. An agenda written
    ahead keeps the heading empty, or a placeholder under it ('To be filled in after the meeting.')."""
    from gapscan.model import BlockType

    blocks = doc.blocks
    start = next((i for i, b in enumerate(blocks) if b.type is BlockType.HEADING
                  and NOTES_HEADING.match(b.text.strip().translate(ZERO_WIDTH))), None)
    if start is None:
        return False
    words = 0
    heading_of_names = False
    for block in blocks[start + 1:]:
        text = block.text.strip().translate(ZERO_WIDTH)
        if block.type is BlockType.HEADING:
            heading_of_names = bool(PRESENT_HEADING.match(text))
            continue
        label = PRESENT.match(text)
        if heading_of_names and _names(text) or label and _names(text[label.end() - 1:]):
            return True
        words += len(text.split())
    return words >= NOTES_WORDS


def _names(text: str) -> bool:
    """Whether a line lists people ('Ann Lee (CEO), Bo Chan', '*Sarah Clenton, Steve Davies*'): its words mostly
    capitalised, as names are and a sentence about who should attend is not. A placeholder ('TBD', 'N/A') is no one:
    an agenda written ahead keeps "### Attendees" over "- TBD" (wasm CG-2026-08, kinds24)."""
    words = re.findall(r"[A-Za-z][\w'.-]*", PLACEHOLDER_SEAT.sub(" ", text))
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


# what stands in a list of people before anyone is named
PLACEHOLDER_SEAT = re.compile(r"\b(?:tbd|tbc|tba|n/a|none|vacant)\b", re.I)


# a folder named by a year alone ('main/2024/', 'minutes/2023'): the minutes filed in it were of meetings that year
YEAR_FOLDER = re.compile(r"^((?:19|20)\d{2})$")


def folder_year(path: str) -> int | None:
    """The year the nearest folder named by a year alone gives the file ('main/2024/CG-01-16.md': 2024)."""
    for part in reversed(PurePosixPath(path).parts[:-1]):
        m = YEAR_FOLDER.match(part)
        if m:
            return int(m.group(1))
    return None


def meeting_date(doc: Document) -> tuple[dt.date, int | None] | None:
    """The day the meeting was held, and the line it is written on: from the file name, else the title, else the
    page's front matter (`front_matter_date`), else the first date in the text (in the name's year when the name
    gives only the year, or the year of the folder it is filed in when the name gives none: 'main/2024/CG-01-16.md',
    'Agenda for the January 16th video call', is of 16 January 2024)."""
    from gapscan.auditdates import find_dates

    stem = PurePosixPath(doc.path).stem
    for text in (stem, doc.title or ""):
        for m in _YMD.finditer(text):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
            except ValueError:
                continue
        found = find_dates(text)
        if found:
            return found[0][1], None
    year = next((int(m.group(1)) for text in (stem, doc.title or "") for m in _YEAR.finditer(text)), None)
    if year is None:
        year = folder_year(doc.path)
    month = next((m for text in (stem, doc.title or "") for m in _YM.finditer(text)), None)
    given = front_matter_date(doc)
    if given is not None and (year is None or given[0].year == year):
        return given
    blocks = doc.text_blocks()[:40]
    if year is not None:
        # the month and day the name or title gives ('Agenda for the August 22 video call', filed in 'gc/2023/') say
        # which meeting the page is of; a full date further down is what was said at it ('a vote on Sep 12, 2023')
        on = _month_day(stem, year)
        if on is not None:
            return on, None
        on = _month_day(doc.title, year) if doc.title else None
        if on is not None:
            return on, next((b.location.line for b in blocks[:20] if doc.title in b.text), None)
    for block in blocks:
        for _, day in find_dates(block.text):
            if year is None or day.year == year:
                return day, block.location.line
    if year is not None:
        for block in blocks[:20]:
            on = _month_day(block.text, year)
            if on is not None:
                return on, block.location.line
    if month is not None:
        return dt.date(int(month.group(1)), int(month.group(2)), 1), None
    return None


def _month_day(text: str, year: int) -> dt.date | None:
    """The first month and day written without a year in `text` ('the January 16th video call', '16 January'), in
    `year`; None when there is none (or none that is a day of that year)."""
    for pattern, mon, day in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        for m in pattern.finditer(text):
            try:
                return dt.date(year, _MONTH_NO[m.group(mon)[:3].lower()], int(m.group(day)))
            except ValueError:
                continue
    return None


# front-matter keys that date the meeting a page records (Eleventy/Decap 'start:', Jekyll 'date:'), most telling
# first; a page's 'updated:' or 'last_modified:' dates an edit, not the meeting
FRONT_DATE_KEYS = ("meeting_date", "meeting-date", "date_held", "held_on", "held", "start", "start_date", "startdate",
                   "event_date", "date")
# a page's bare 'date:' may date its last edit (a wiki's) or its post (a blog's): it dates minutes already known to be
# minutes, but does not say that a meeting was held
HELD_DATE_KEYS = tuple(key for key in FRONT_DATE_KEYS if key != "date")


def front_matter_date(doc: Document, keys: Sequence[str] = FRONT_DATE_KEYS) -> tuple[dt.date, int | None] | None:
    """The day a page's front matter says its meeting was held ('start: 2022-12-06T12:00:43Z'), and that key's
    line; None when no date key holds a date."""
    from gapscan.auditdates import find_dates

    fields = {key: (value, line) for key, value, line in reversed(doc.front_matter)}  # the first of a key wins
    for key in keys:
        if key not in fields:
            continue
        value, line = fields[key]
        for m in _YMD.finditer(value):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), line
            except ValueError:
                continue
        found = find_dates(value)
        if found:
            return found[0][1], line
    return None


def named_period(doc: Document) -> tuple[int, int | None] | None:
    """The year, and month if given, an undated file's name says its meeting was in."""
    stem = PurePosixPath(doc.path).stem
    for text in (stem, doc.title or ""):
        month = _YM.search(text)
        if month:
            return int(month.group(1)), int(month.group(2))
        year = _YEAR.search(text)
        if year:
            return int(year.group(1)), None
    return None


def _held(doc: Document) -> bool:
    if doc.title and NOT_HELD_TITLE.search(doc.title):
        return False
    text = " ".join(b.text for b in doc.text_blocks()[:20])
    return not (NOT_HELD.search(text) and len(text.split()) < 80)


def series_of(documents: Iterable[Document]) -> tuple[Series, ...]:
    """The meeting series of a set: its reviews (minutes) grouped by the meeting's name."""
    documents = list(documents)
    groups: dict[tuple[str, ...], list] = {}
    names: dict[tuple[str, ...], str] = {}
    every_name: dict[tuple[str, ...], set[str]] = {}
    first_form: dict[tuple[str, ...], tuple[str, ...]] = {}
    # an agenda filled in at the meeting (its day, who attended, who took the minutes) is that meeting's minutes
    # and so is an agenda whose notes were taken under it (_notes_taken)
    minutes = [doc for doc in documents if doc.ok and doc.kind is Kind.REVIEW and _held(doc)
               and (not _not_minutes(f"{PurePosixPath(doc.path).stem} {doc.title or ''}") or held_on(doc)
                    or _notes_taken(doc))]
    own = {doc.path: _own_name(doc) for doc in minutes}
    own.update(_spelled_out(minutes))
    # minutes named only by a date ('2023-06-15.md', title '2023-06-15') record the meeting the other minutes of
    # their folder are named for, when those are all of one meeting and at least as many as the files named by a
    # date alone (one 'Strategy Meeting' in a year folder of board minutes names only itself); else the folder's
    # name is all there is
    in_folder: dict[str, dict[tuple[str, ...], tuple[str, tuple[str, ...]]]] = {}
    counts: dict[str, list[int]] = {}
    for doc in minutes:
        folder = str(PurePosixPath(doc.path).parent)
        # an event's notes filed beside the minutes ('summit-nov-2021.md') name no meeting the folder is for
        if own[doc.path] and set(own[doc.path][1]) & EVENT_WORDS:
            continue
        counts.setdefault(folder, [0, 0])[0 if own[doc.path] else 1] += 1
        if own[doc.path]:
            in_folder.setdefault(folder, {})[tuple(sorted(own[doc.path][1]))] = own[doc.path]
    for doc in minutes:
        folder = str(PurePosixPath(doc.path).parent)
        siblings = in_folder.get(folder, {})
        named_by_siblings = len(siblings) == 1 and counts[folder][0] >= counts[folder][1]  # (events not counted)
        named = own[doc.path] or (next(iter(siblings.values())) if named_by_siblings else series_name(doc))
        if named is None:
            continue
        shown, key = named
        # one meeting's name written in other forms of its words ('Release WG Meeting', 'WG Releases Meeting') is
        # one series: grouped by the stems of its words, ordered as the first form read
        raw = tuple(sorted(key))
        key = tuple(sorted({stem(w) for w in raw}))
        first_form.setdefault(key, raw)
        names.setdefault(key, shown)
        every_name.setdefault(key, set()).add(shown)
        groups.setdefault(key, []).append((doc, meeting_date(doc)))
    out = []
    for key, members in sorted(groups.items(), key=lambda kv: first_form[kv[0]]):
        dated = sorted((d[0], doc.path, d[1]) for doc, d in members if d is not None)
        undated = tuple(sorted(doc.path for doc, d in members if d is None))
        named = tuple(sorted({p for doc, d in members if d is None for p in (named_period(doc),) if p}))
        if not dated:
            continue
        folders = sorted({str(PurePosixPath(p).parent) for _, p, _ in dated})
        where = f" in {folders[0]}/" if len(folders) == 1 and folders[0] != "." else ""
        acronyms = _acronyms([doc for doc, _ in members])
        # a name read from file names in lower case ('tsc-meeting-2024-01-09') shows the acronym as the minutes'
        # titles write it ('TSC Meeting'), not as a word ('Tsc')
        name = " ".join(w.upper() if w.lower() in acronyms else w for w in names[key].split())
        # digits inside a word are the meeting's name only when every file of its minutes writes them ('IPv6 WG');
        # 'Retro5', 'Retro6' number the files of one series of retros
        name = " ".join(w if not any(c.isdigit() for c in w)
                        or all(w.lower() in other.lower().split() for other in every_name[key])
                        else re.sub(r"\d", "", w) for w in name.split())
        name = " ".join(name.split())  # a number that numbers the files ('Sprint 12 Planning') leaves no word
        label = f"minutes of the {name} ({len(dated)} file{'' if len(dated) == 1 else 's'}{where})"
        unread = _unread(key, {doc.path for doc, _ in members}, documents)
        words = frozenset(key)
        shortened = {frozenset(stem(w) for w in short) for doc, _ in members
                     for source in (PurePosixPath(doc.path).stem, doc.title or "") for short in _shortened(source)}
        out.append(Series(name=name, words=words, key=label, where=where,
                          shortened=tuple(sorted((w for w in shortened if w < words), key=sorted)),
                          meetings=tuple(dated), undated=undated, named_periods=named,
                          profile=_profile(label, name, dated), acronyms=acronyms,
                          unread=tuple(d.path for d in unread),
                          unread_dated=tuple(sorted((day[0], d.path, day[1]) for d in unread
                                                    for day in (meeting_date(d),) if day))))
    return _renamed_in_folders(out)


# a series needs this many dated files for its cadence to be read (two intervals), before it is read as the same
# meeting as another filed beside it under another name
RENAMED_MIN_FILES = 3
# one cadence: the intervals of two series read together are within this factor of each one's own (a meeting renamed
# keeps its rhythm; two meetings held beside each other at one rhythm halve it)
RENAMED_RATIO = 1.5


def _home(path: str) -> str:
    """The folder a file of minutes is filed under, its year folders left out ('legal/2012/2012-04-18.md': 'legal')."""
    folder = PurePosixPath(path).parent
    while folder.name and YEAR_FOLDER.match(folder.name):
        folder = folder.parent
    return str(folder)


def _intervals_median(dates: Sequence[dt.date]) -> float | None:
    gaps = sorted((b - a).days for a, b in zip(dates, dates[1:]))
    if not gaps:
        return None
    mid = len(gaps) // 2
    return float(gaps[mid]) if len(gaps) % 2 else (gaps[mid - 1] + gaps[mid]) / 2


def _one_meeting(a: Sequence[dt.date], b: Sequence[dt.date]) -> bool:
    """Whether two series' dates (sorted) are one meeting's: never two on one day, and one cadence. Read together
    (over the span they share, where it holds three meetings or more; else over all), the intervals' median is
    within RENAMED_RATIO of each series' own: minutes retitled mid-way ('Legal Team Minutes' -> 'SPDX Legal Team
    Meeting') keep the fortnight; two fortnightly meetings beside each other read together meet every week."""
    if set(a) & set(b):
        return False
    both = sorted([*a, *b])
    lo, hi = max(a[0], b[0]), min(a[-1], b[-1])
    shared = [d for d in both if lo <= d <= hi]
    together = _intervals_median(shared if len(shared) >= RENAMED_MIN_FILES else both)
    own = [_intervals_median(a), _intervals_median(b)]
    if not together or not all(own):
        return False
    return all(1 / RENAMED_RATIO <= together / m <= RENAMED_RATIO for m in own)


def _renamed_in_folders(series: list[Series]) -> tuple[Series, ...]:
    """The series with those of one meeting retitled over time read as one: filed under one folder (its year
    folders aside), their names sharing a word, never two on one day, at one cadence (_one_meeting), each with
    RENAMED_MIN_FILES dated files at least (spdx/meetings: 'legal/2012/...' titled 'Attendees' over the team's
    notes, 'legal/2023/...' titled 'SPDX Legal Team Meeting, January 12, 2023': one fortnightly meeting, not two).
    The largest series first; a series joins the first group it fits."""
    homes: dict[str, list[Series]] = {}
    for s in series:
        folders = {_home(p) for _, p, _ in s.meetings} | {_home(p) for p in s.undated}
        if len(folders) == 1 and len(s.meetings) >= RENAMED_MIN_FILES:
            homes.setdefault(next(iter(folders)), []).append(s)
    merged: dict[str, Series] = {}  # the key of each series read into another -> the series it is read into
    for home, members in homes.items():
        groups: list[list[Series]] = []
        for s in sorted(members, key=lambda s: (-len(s.meetings), s.key)):
            mine = [d for d, _, _ in s.meetings]
            for group in groups:
                theirs = sorted(d for g in group for d, _, _ in g.meetings)
                if frozenset.intersection(s.words, *(g.words for g in group)) and _one_meeting(theirs, mine):
                    group.append(s)
                    break
            else:
                groups.append([s])
        for group in groups:
            if len(group) > 1:
                one = _one_meeting_series(group, home)
                merged.update({s.key: one for s in group})
    out, done = [], set()
    for s in series:
        one = merged.get(s.key, s)
        if one.key not in done:
            done.add(one.key)
            out.append(one)
    return tuple(out)


def _one_meeting_series(named: Sequence[Series], home: str) -> Series:
    """One series of the minutes of one meeting filed under several names (_renamed_in_folders): named as its newest
    minutes name it, matched by the words every name shares."""
    dated = tuple(sorted(m for s in named for m in s.meetings))
    newest = max(named, key=lambda s: s.meetings[-1][0])
    where = f" in {home}/" if home != "." else ""
    label = (f"minutes of the {newest.name}, under {len(named)} names ({len(dated)} files{where}: "
             + ", ".join(f"{s.name} {len(s.meetings)}" for s in sorted(named, key=lambda s: s.meetings[0][0])) + ")")
    words = frozenset.intersection(*(s.words for s in named))
    return Series(name=newest.name, words=words, key=label, meetings=dated, where=where,
                  undated=tuple(sorted(p for s in named for p in s.undated)),
                  named_periods=tuple(sorted({p for s in named for p in s.named_periods})),
                  profile=_profile(label, newest.name, dated),
                  acronyms=frozenset.intersection(*(s.acronyms for s in named)),
                  shortened=tuple(sorted({w for s in named for w in s.shortened if w < words}, key=sorted)),
                  unread=tuple(sorted({p for s in named for p in s.unread})),
                  unread_dated=tuple(sorted({m for s in named for m in s.unread_dated})),
                  former=tuple(sorted({s.words for s in named}, key=sorted)))


def with_files(series: Series, extra: Sequence[tuple[dt.date, str, int | None]]) -> Series:
    """The series with `extra` files of its meeting (read as pages or procedures, Series.unread_dated) counted among
    its minutes: their days in its log, so the intervals, the longest gap and the periods are counted over both."""
    if not extra:
        return series
    dated = tuple(sorted(set(series.meetings) | set(extra)))
    return replace(series, meetings=dated, profile=_profile(series.key, series.name, dated))


def counted_label(series: Series, extra: int) -> str:
    """How a check names the series whose minutes it counted with `extra` files read as pages or procedures
    (with_files): the files counted and how many of them were read as something else, not the minutes alone."""
    if not extra or series.where is None:
        return series.key
    read_as = "pages or procedures" if extra > 1 else "a page or procedure"
    return (f"minutes of the {series.name} ({len(series.meetings)} files{series.where}, {extra} of them read as "
            f"{read_as})")


def _dated_by_name(doc: Document) -> bool:
    """Whether the file's name or title gives the day of its meeting: not a month alone ('2017-12-decisions'), nor
    a day read in its text."""
    from gapscan.auditdates import find_dates

    return any(_YMD.search(text) or find_dates(text) for text in (PurePosixPath(doc.path).stem, doc.title or ""))


def _unread(key: tuple[str, ...], paths: set[str], documents: Sequence[Document]) -> list[Document]:
    """(key: the stems of the meeting's name) The files in the folders of a series' minutes that name the same
    meeting by their own name or title ('2021-07-steering-council-update.md' beside
    '2022-01-steering-council-update.md'), or, dated as minutes are, by their folder, but were not read as its
    minutes: read as a procedure or a page. An agenda, a template or a draft so named is no file of minutes."""
    folders = {str(PurePosixPath(p).parent) for p in paths}
    out = []
    for doc in documents:
        if not doc.ok or doc.path in paths or str(PurePosixPath(doc.path).parent) not in folders:
            continue
        if _not_minutes(f"{PurePosixPath(doc.path).stem} {doc.title or ''}"):
            continue
        # named as minutes named only by a date are, by their folder ('wg-releases/meeting-notes/2020-08-26.md',
        # title 'Releases WG'), when their name or title dates them ('2015-07.md', dated by a day in its text, is
        # a month's notes, not a meeting)
        own = _own_name(doc) or (series_name(doc) if _dated_by_name(doc) else None)
        if own and tuple(sorted({stem(w) for w in own[1]})) == key:
            out.append(doc)
    return sorted(out, key=lambda d: d.path)


_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])")
_ROMAN = re.compile(r"^[IVXLC]+$")


def _acronyms_in(text: str) -> set[str]:
    """The words a name writes in capitals as an acronym ('TSC' in 'Node.js TSC Meeting'): none where the whole
    name is in capitals ('BOARD MEETING'), nor a roman numeral, a month or a word that says what the file is."""
    if not re.search(r"[a-z]", text):
        return set()
    return {w.lower() for w in _ACRONYM.findall(text) if not _ROMAN.match(w) and w.lower() not in FILLER
            and w.lower() not in MONTH_WORDS and w.lower() not in ABBREVIATIONS}


def _acronyms(docs: Sequence[Document]) -> frozenset[str]:
    """The acronyms at least half the files of a series use in their name or title."""
    counts: dict[str, int] = {}
    for doc in docs:
        for w in _acronyms_in(PurePosixPath(doc.path).stem) | _acronyms_in(doc.title or ""):
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if 2 * n >= len(docs))


def _one_body(named: Sequence[Series]) -> Series | None:
    """The series of one body renamed over time, as one: series that share an acronym, filed in the same folder,
    never two on the same day; None when they are not (two bodies using one acronym)."""
    folders = [{str(PurePosixPath(p).parent) for _, p, _ in s.meetings} for s in named]
    if any(f != folders[0] for f in folders[1:]):
        return None
    days = [d for s in named for d, _, _ in s.meetings]
    if len(set(days)) < len(days):
        return None
    dated = tuple(sorted(m for s in named for m in s.meetings))
    newest = max(named, key=lambda s: s.meetings[-1][0])
    where = f" in {sorted(folders[0])[0]}/" if len(folders[0]) == 1 and sorted(folders[0])[0] != "." else ""
    label = (f"minutes of the {newest.name}, under {len(named)} names ({len(dated)} files{where}: "
             + ", ".join(f"{s.name} {len(s.meetings)}" for s in sorted(named, key=lambda s: s.meetings[0][0])) + ")")
    return Series(name=newest.name, words=newest.words, key=label, meetings=dated,
                  undated=tuple(sorted(p for s in named for p in s.undated)),
                  named_periods=tuple(sorted({p for s in named for p in s.named_periods})),
                  profile=_profile(label, newest.name, dated), acronyms=frozenset.intersection(
                      *(s.acronyms for s in named)), unread=tuple(sorted({p for s in named for p in s.unread})),
                  unread_dated=tuple(sorted(m for s in named for m in s.unread_dated)))


def _by_acronym(sentence: str, tokens: list[str], held: list[int], series: Sequence[Series]) -> list[Series]:
    """The series a meeting word of the claim names by an acronym written in capitals beside it ('The TSC shall
    meet'): those whose minutes use it, read as one when they are one body's under several names."""
    written = _acronyms_in(sentence)
    # a review is its own activity ('deliver quarterly reviews to the TAC'), never a committee's meeting
    near = {t for i in held if not REVIEW_WORD.match(tokens[i])
            for t in tokens[max(0, i - WINDOW_BEFORE): i + WINDOW_AFTER + 1]} & written
    for acronym in sorted(near):
        # the minutes write the acronym, or their name spells it out ('Cross Project Council' for 'CPC')
        named = [s for s in series if acronym in s.acronyms or _spelled(acronym, s.name)]
        if len(named) > 1:
            one = _one_body(named)
            return [one] if one is not None else named
        if named:
            return named
    return []


def _profile(label: str, name: str, dated: Sequence[tuple[dt.date, str, int | None]]) -> RecordProfile:
    """The series as a one-column log: a row per meeting, dated by the day it was held."""
    dates = tuple(d for d, _, _ in dated)
    table = Table(header=("Date",), rows=tuple((d,) for d in dates), row_numbers=tuple(range(1, len(dates) + 1)),
                  location=Location())
    column = ColumnProfile(name="Date", index=0, type="date", fill_rate=1.0, distinct=len(set(dates)),
                           date_order="ymd", dates=dates)
    return RecordProfile(path=label, table=table, columns=(column,), row_count=len(dates), entry_column="Date",
                         entry_dates=dates, first_entry=min(dates), last_entry=max(dates), people=(), name=name)


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    # a name in camel case is read as the series' names are ('JupyterHub': 'jupyter', 'hub'; _words)
    for t in _WORD.findall(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)):
        t = t.lower()
        out.extend(ABBREVIATIONS[t].split() if t in ("agm", "egm", "mrm") else [t])
    return out


# words between an unnamed subject and its meeting verb: "we aim to meet", "they will usually meet"
_BEFORE_VERB = frozenset("will shall should must may might can could would to aim aims try tries plan plans intend "
                         "intends hope hopes also usually normally generally typically currently still all both "
                         "then now".split())
_UNNAMED = frozenset({"we", "they", "it", "you", "i"})


# what 'meet' takes as its object when it is no meeting: "meet the requirements", "meet our targets"; "meet the
# first Monday of each month" still names a day
_MET_OBJECT = frozenset("the a an all any its their our your his her these those this that such requirements "
                        "criteria standards expectations needs deadlines targets specifications demand demands "
                        "obligations conditions".split())
_DAY_AFTER_THE = frozenset("first second third fourth fifth last monday tuesday wednesday thursday friday saturday "
                           "sunday".split())


def _meets_something(tokens: list[str], i: int) -> bool:
    """Whether the verb 'meet' at tokens[i] takes an object ("meet the requirements") rather than naming a meeting
    ("meet monthly", "meet on the second Wednesday", "meet the first Monday of each month")."""
    if tokens[i] not in ("meet", "meets", "met") or i + 1 >= len(tokens) or tokens[i + 1] not in _MET_OBJECT:
        return False
    return not (tokens[i + 1] == "the" and tokens[i + 2:i + 3] and tokens[i + 2] in _DAY_AFTER_THE)


def _unnamed_subject(tokens: list[str], i: int) -> bool:
    """Whether the verb 'meet' (or one that holds a meeting, SUBJECT_VERBS: "we hold") at tokens[i] has no named
    subject: a pronoun ("we aim to meet"), or none at all ("Meets on the first Monday"): the meeting is then the one
    the headings over the sentence name."""
    if tokens[i] not in SUBJECT_VERBS:
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _BEFORE_VERB:
        j -= 1
    return j < 0 or tokens[j] in _UNNAMED


# a body said by its kind alone ('The Team meets weekly', 'The Committee will meet monthly'): the one the page is about
_GENERIC_BODY = frozenset("team group committee council board panel forum commission".split())
_GENERIC_BEFORE = frozenset("working steering".split())  # 'The Working Group meets', 'The Steering Committee meets'


def _generic_subject(tokens: list[str], i: int) -> bool:
    """Whether the verb 'meet' (or one that holds a meeting, SUBJECT_VERBS) at tokens[i] has for its subject a body
    said by its kind alone, the sentence's first words ("The Team meets weekly", "The Working Group will meet
    monthly", "The working group typically conducts a weekly sync meeting"): no name of its own."""
    if tokens[i] not in SUBJECT_VERBS:
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _BEFORE_VERB:
        j -= 1
    if j < 1 or tokens[j] not in _GENERIC_BODY:
        return False
    j -= 1
    if tokens[j] in _GENERIC_BEFORE or tokens[j] in _WHOLE:
        j -= 1
    return j == 0 and tokens[j] in ("the", "this", "our")


# the body as a whole, not one of its subgroups: 'The full group meets in video conferences biweekly'
_WHOLE = frozenset("full whole entire main".split())


def generic_meeting(sentence: str) -> bool:
    """Whether a verb of the sentence that holds a meeting has for its subject a body said by its kind alone ("The
    full group meets biweekly", "The Team meets weekly": _generic_subject)."""
    tokens = _tokens(sentence)
    return any(_generic_subject(tokens, i) for i in range(len(tokens)))


def named_on_page(text: str, series: Sequence[Series]) -> Series | None:
    """The one series whose name, a body's kind among its words ('Community Group' of the minutes of the 'Community
    Group meeting'), the page's `text` writes in full: the body a page means by "the full group" when its headings
    name none ("Virtual WebAssembly Meetings" over "The full group meets in video conferences biweekly", the page
    asking attendees to join the "community group"). None when no series, or more than one, is so named."""
    written = " " + " ".join(_tokens(text)) + " "
    fits = []
    for s in series:
        words = [w for w in _words(s.name) if w not in FILLER]
        if len(words) < 2 or not set(words) & (GROUP_WORDS | _GENERIC_BODY):
            continue
        if f" {' '.join(words)} " in written:
            fits.append(s)
    return fits[0] if len(fits) == 1 else None


# the words of a body's name that say what kind of body it is, not which: a body named by these alone is no one body
_KIND_WORDS = _GENERIC_BODY | _GENERIC_BEFORE | frozenset(
    "technical executive advisory management oversight governing core project programme program review coordinating "
    "coordination leadership operations operational general annual special standing joint sub".split())
_KIND_STEMS = frozenset(stem(w) for w in _KIND_WORDS)


def _body_named(headings: str, series: Sequence[Series]) -> list[Series]:
    """The one series whose name holds every word (two at least) of a body the headings name, a run of capitalised
    words ending in a body's kind ('OpenJS Cross Project Council' for the minutes of the 'Open JS Foundation Cross
    Project Council Meeting'); the longest such name first, and none where a name fits two series."""
    written = re.findall(r"[A-Za-z][\w.'-]*", headings)
    names = []
    for k, w in enumerate(written):
        if w.lower() not in _GENERIC_BODY or not w[0].isupper():
            continue
        start = k
        while start > 0 and k - start < 6 and written[start - 1][0].isupper():
            start -= 1
        names.extend(" ".join(written[s:k + 1]) for s in range(start, k))
    for name in sorted(set(names), key=lambda n: -len(n.split())):
        words = {stem(w) for w in _name(name)[1]}
        if len(words) < 2:
            continue
        # a name of kinds alone ('Steering Committee', 'Technical Board') is many bodies' name: it names the series
        # of that very name, never one whose name holds it ('Security Steering Committee' is another body)
        generic = words <= _KIND_STEMS
        fits = [s for s in series if s.words and (words == s.words if generic else words <= s.words
                                                  or any(words <= f for f in s.former))]
        if fits:
            return fits if len(fits) == 1 else []
    return []


# a field that says when a body meets, on a page of its meetings: 'Time and cadence:', 'Cadence:', 'Schedule:',
# 'Meeting time:', 'When:'
CADENCE_LABEL = re.compile(r"^\W*(?:(?:meeting\s+)?(?:time\s+and\s+cadence|cadence|frequency|schedule|time)|when)"
                           r"[\s*_]*:", re.I)


def about(sentence: str, phrase: str | None, series: Sequence[Series], activity: str | None = None,
          headings: str = "", section: str = "") -> tuple[list[Series], bool]:
    """(the series whose meeting the sentence names, whether the claim is about a meeting at all). A series is
    named when all its words stand within a few words of a meeting word of the claim's activity ('a general
    meeting is held', 'the board meets'), the frequency phrase near it: 'reviewed annually (after the AGM)' is a
    review's cadence, not the AGM's. Where the verb 'meet' has no named subject ("we aim to meet on the second
    Wednesday of every month") or is a body said by its kind alone ("The Team meets weekly"), the series is the one
    all of whose words the `headings` over the sentence (the page's title among them: "Plenums") give, else the one
    whose name holds every word of a body the headings name ("OpenJS Cross Project Council"). A field saying when
    with no meeting word ("Time and cadence: weekly on Mondays") is the meeting of the body its `section` (the
    nearest heading over it: "Outreach Team") names."""
    tokens = _tokens(sentence)
    did = set(_tokens(activity)) if activity else None
    at = _phrase_at(tokens, phrase)
    spots = [i for i, t in enumerate(tokens) if MEETING_WORD.match(t) and (did is None or t in did)
             and not _meets_something(tokens, i)]
    every_spot = spots
    if at is not None:
        spots = [i for i in spots if abs(i - at) <= PHRASE_REACH]
    holding = [i for i, t in enumerate(tokens) if HOLDING.match(t) and (t != "place" or tokens[i - 1:i] == ["take"]
                                                                        or tokens[i - 1:i] == ["takes"])]
    # a meeting is the claim's subject when a word of holding stands near it; a review is its own activity, and is
    # only ever matched to minutes of reviews
    held = [i for i in spots if REVIEW_WORD.match(tokens[i]) or any(abs(i - h) <= HOLDING_REACH for h in holding)]
    # a meeting noun the line opens with, a label the cadence follows ("**Sync Meeting** 60 min every other
    # Thursday", "Current meeting cadence is every other week"): the line states when that meeting is held, and a
    # label with no name of its own is the meeting the headings name
    labels = [i for i in spots if i < LABEL_REACH and LABEL_NOUN.match(tokens[i]) and i not in held
              and (at is None or at > i)]
    held += labels
    on_name = _on_name(tokens, phrase, every_spot, series)
    if on_name:
        return on_name, True
    if not held and section and CADENCE_LABEL.match(sentence):
        # a field saying when, under the heading of the body that meets ("## Legal Team" over "* Time and cadence:
        # twice per month ..."): the body that heading names, else the series all of whose words it gives; the
        # page's title and the headings above it name what the page is about ('Board & Committee Reporting' over a
        # table of forums and officers, each with its cadence), not whose field this is
        own = {stem(t) for t in _tokens(section)}
        found = _body_named(section, series) or [s for s in series if s.words and s.words <= own]
        return found, bool(found)
    if not held:
        return [], False
    noun = any(MEETING_NOUN.match(tokens[i]) or tokens[i] in ("meet", "meets", "met") for i in held)
    found = []
    for s in series:
        for i in held:
            if REVIEW_WORD.match(tokens[i]) and stem("review") not in s.words:
                continue
            window = _window(tokens, i, s)
            if s.words and s.words <= window:
                found.append(s)
                break
    if not found:
        # a name the claim shortens ("the JupyterHub team meeting" of the "JupyterHub and BinderHub Team Meeting"),
        # when it fits one series only
        short = []
        for s in series:
            for i in held:
                if REVIEW_WORD.match(tokens[i]) and stem("review") not in s.words:
                    continue
                window = _window(tokens, i, s)
                if any(w <= window for w in s.shortened):
                    short.append(s)
                    break
        found = short if len(short) == 1 else []
    if not found:
        found = _by_acronym(sentence, tokens, held, series)
    # the subject is that of 'meet' itself, or of the verb that holds the meeting ('The working group conducts a
    # weekly sync meeting': the verb before the meeting word, within reach)
    subjects = set(held) | {h for i in held for h in holding if 0 < i - h <= HOLDING_REACH}
    if not found and headings and (labels or any(_unnamed_subject(tokens, i) or _generic_subject(tokens, i)
                                                 for i in subjects)):
        over = {stem(t) for t in _tokens(headings)}
        found = [s for s in series if s.words and s.words <= over] or _body_named(headings, series)
    return found, noun


def _window(tokens: list[str], i: int, series: Series) -> set[str]:
    """The stems of the words a few each side of the meeting word at `i` that may name `series`, a name written in
    one case read as the series writes it: two words the series joins ('Jupyter Hub' for a series of
    'jupyterhub-team-meeting' files), and one word the series splits where its name is written in camel case
    ('jupyterhub' for 'JupyterHub and BinderHub Team Meeting': 'jupyter', 'hub')."""
    near = tokens[max(0, i - WINDOW_BEFORE): i + WINDOW_AFTER + 1]
    out = {stem(t) for t in near}
    out.update(stem(a + b) for a, b in zip(near, near[1:]))
    split = _name_parts(series.name)
    for t in near:
        if t not in split:
            out.update(stem(w) for k in range(2, len(t) - 1) for w in (t[:k], t[k:])
                       if t[:k] in split and t[k:] in split)
    return out


@lru_cache(maxsize=1024)
def _name_parts(name: str) -> frozenset[str]:
    """The words of a series' name a lower-case word may be split into (_window), read once per name."""
    return frozenset(w for w in _words(name) if len(w) > 1)


NAME_REACH = 5  # words of a meeting's name between a cadence written on it and its noun ('Board of Directors')
# the words a meeting's name may hold besides its own ('Board of Directors', 'GI Special Interest Group'); 'at', 'on'
# or 'held' between a cadence and a meeting ('approved each year at the AGM') say the cadence is something else's
NAME_JOINERS = {"of", "and"} | GROUP_WORDS


def _on_name(tokens: list[str], phrase: str | None, spots: list[int], series: Sequence[Series]) -> list[Series]:
    """The series whose name the claim's cadence is written on: the cadence, then every word of the series' name
    and nothing but its words ('of', 'and', a group word), then a meeting noun ('monthly member meetings', 'the
    annual board meeting', 'quarterly Board of Directors meetings'). A cadence that is a word of
    the name ('annual' of the annual general meeting) names the meeting, not how often it is held; a cadence with
    'at', 'on' or any other word between it and the name ('approved each year at the AGM') is something else's."""
    want = [t.lower() for t in re.findall(r"[A-Za-z]+", phrase or "")]
    if not want:
        return []
    starts = [i for i in range(len(tokens) - len(want) + 1) if tokens[i:i + len(want)] == want]
    cadence = {stem(t) for t in want}
    # the words that name the meeting: between the cadence and the meeting noun ('monthly member meetings'), or,
    # the noun right after the cadence, the body's name before it in the possessive ("the Community Committee's
    # bi-weekly meetings": 'community committee' before the 's' of "'s")
    names = []
    for i in spots:
        if not MEETING_NOUN.match(tokens[i]):
            continue
        for at in starts:
            between = tokens[at + len(want):i]
            if 0 < len(between) <= NAME_REACH:
                names.append(between)
            elif at + len(want) == i and at >= 2 and tokens[at - 1] == "s":
                k = at - 1
                while k > 0 and at - 1 - k < NAME_REACH and (tokens[k - 1] in NAME_JOINERS
                                                               or tokens[k - 1] not in _NOT_A_NAME):
                    k -= 1
                while k < at - 1 and tokens[k] in NAME_JOINERS:
                    k += 1
                if k < at - 1:
                    names.append(tokens[k:at - 1])
    found = [s for s in series if s.words and not s.words & cadence
             and any(s.words <= {stem(t) for t in name}
                     and all(stem(t) in s.words or t in NAME_JOINERS for t in name) for name in names)]
    if found:
        return found
    # a part of the name, or of a name its minutes were filed under before (_renamed_in_folders), that no other
    # series' name holds ('the weekly CommComm meeting' of the minutes of the 'Node.js Community Committee Meeting',
    # filed as 'Node.js Foundation CommComm Meeting' in earlier years); never words that say only what kind of body
    part = []
    for s in series:
        if not s.words or s.words & cadence:
            continue
        for name in names:
            stems = {stem(t) for t in name if t not in NAME_JOINERS}
            if stems and not stems <= _KIND_STEMS and any(
                    stems <= words and all(stem(t) in words or t in NAME_JOINERS for t in name)
                    for words in (s.words, *s.former)):
                part.append(s)
                break
    return part if len(part) == 1 else []


# words that end a body's name read back from its possessive ("the Community Committee's"): what comes before a name
_NOT_A_NAME = frozenset("the a an our their its his her your my this that these those in at on to from of by with "
                        "for and or but as during into than".split())


def _phrase_at(tokens: list[str], phrase: str | None) -> int | None:
    if not phrase:
        return None
    want = [t.lower() for t in re.findall(r"[A-Za-z]+", phrase)]
    if not want:
        return None
    for i in range(len(tokens) - len(want) + 1):
        if tokens[i:i + len(want)] == want:
            return i
    return None


PERIODS = ((6, 8, "week"), (13, 16, "fortnight"), (27, 32, "month"), (85, 95, "quarter"), (175, 190, "half"),
           (350, 380, "year"))


# the calendar periods of a year: how many of each (a period is (year, n), or (year,) for a year)
PER_YEAR = {"month": 12, "quarter": 4, "half": 2, "year": 1}


def period_label(unit: str, p: tuple) -> str:
    """'Mar 2024', 'Q1 2024', 'H2 2024' or '2024' for a period of `unit`."""
    if unit == "month":
        return dt.date(p[0], p[1], 1).strftime("%b %Y")
    if unit == "quarter":
        return f"Q{p[1]} {p[0]}"
    if unit == "half":
        return f"H{p[1]} {p[0]}"
    return str(p[0])


def next_period(unit: str, p: tuple) -> tuple:
    """The period of `unit` after `p`: (2024, 12) -> (2025, 1) for months, (2024,) -> (2025,)."""
    if len(p) == 1:
        return (p[0] + 1,)
    return (p[0] + 1, 1) if p[1] == PER_YEAR[unit] else (p[0], p[1] + 1)


def calendar(dates: Sequence[dt.date], interval_days: float, named: Sequence[tuple[int, int | None]] = ()
             ) -> dict | None:
    """The periods the span of the minutes covers for a stated cadence, those with a meeting and those without:
    {'unit', 'expected', 'found', 'missing': [labels], 'first', 'last'}; None for a cadence with no calendar unit.
    `named`: the (year, month or None) undated minutes are named for, which cover their year (or month)."""
    unit = next((u for lo, hi, u in PERIODS if lo <= interval_days <= hi), None)
    if unit is None or not dates:
        return None
    first, last = min(dates), max(dates)

    def period(d: dt.date) -> tuple:
        if unit in ("week", "fortnight"):
            days = (d - first).days // (7 if unit == "week" else 14)
            return (days,)
        if unit == "month":
            return (d.year, d.month)
        if unit == "quarter":
            return (d.year, (d.month - 1) // 3 + 1)
        if unit == "half":
            return (d.year, (d.month - 1) // 6 + 1)
        return (d.year,)

    def label(p: tuple) -> str:
        if unit in ("week", "fortnight"):
            start = first + dt.timedelta(days=p[0] * (7 if unit == "week" else 14))
            return f"{unit} of {start.isoformat()}"
        return period_label(unit, p)

    periods = []
    p = period(first)
    end = period(last)
    while p <= end:
        periods.append(p)
        p = (p[0] + 1,) if unit in ("week", "fortnight") else next_period(unit, p)
    held = {period(d) for d in dates}
    for year, month in named:
        if unit == "year":
            held.add((year,))
        elif month is not None and unit in ("month", "quarter", "half"):
            held.add(period(dt.date(year, month, 1)))
    missing = [label(q) for q in periods if q not in held]
    return {"unit": unit, "expected": len(periods), "found": len(periods) - len(missing), "missing": missing,
            "first": label(periods[0]), "last": label(periods[-1])}


# --- periodic reports named by their quarter ---------------------------------------------------------------------
#
# A folder of reports filed one file per subject and quarter ("TI-reports/2025/2025-Q1-Sigstore.md", "updates/Q3
# 2024 Alpha.md", "returns/alpha_return_2024_q4.pdf"): the quarter in the name dates the file, and the files of one
# subject are the log of that subject's reports. A claim of a reporting cadence ("each initiative provides quarterly
# updates") is checked against every subject's quarters, as minutes are against a meeting's cadence.

# a quarter in a name: '2025-Q1', '2024_q4', '2024Q2', 'FY2024 Q1', 'Q3 2024', 'q2-2023'; never inside a word
# ('iq3-2024x', 'SQ12024') nor behind a version's dot ('v2024.q1')
_QUARTER = re.compile(r"(?<![A-Za-z0-9.])(?:(?:fy)?((?:19|20)\d{2})[-_ ]?q([1-4])|q([1-4])[-_ ]?((?:19|20)\d{2}))"
                      r"(?![A-Za-z0-9])", re.I)
# what a file of one period's account is called: its noun, the one a claim must use (an update is a report)
REPORT_NOUNS = {"report": "report", "reports": "report", "reporting": "report", "update": "report",
                "updates": "report", "return": "return", "returns": "return"}
# a folder that only says when ('2025', '2025-Q1', 'Q3 2024') files the reports of a folder above it
_WHEN_ONLY = re.compile(r"^(?:(?:fy)?(?:19|20)\d{2}(?:[-_ ]?q[1-4])?|q[1-4][-_ ]?(?:19|20)\d{2})$", re.I)
# words of a report's name that say what it is or when, not whose ('2025-Q1-quarterly-update-Alpha')
_REPORT_FILLER = {"quarterly", "quarter", "monthly", "month", "annual", "yearly", "half", "biannual", "fy", "q", "report", "reports", "update", "updates", "return", "returns",
                  "final", "draft", "v", "md", "docx", "pdf", "the", "of", "for"}


_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH_NAME = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
               r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# a month in a name: '2021-07', '2021_07', 'July 2021', 'jul-2021'; never a day's date ('2021-07-14'), a version
# ('1.2021-07') nor a longer number
_MONTH_NUM = re.compile(r"(?<![A-Za-z0-9.])((?:19|20)\d{2})[-_](0[1-9]|1[0-2])(?![0-9]|[-_.]\d)", re.I)
_MONTH_WORD = re.compile(rf"(?<![A-Za-z0-9]){_MONTH_NAME}[-_ ,]+((?:19|20)\d{{2}})(?![A-Za-z0-9])", re.I)
# a half-year: '2024-H1', 'H2 2023', '2024_h2'
_HALF = re.compile(r"(?<![A-Za-z0-9.])(?:((?:19|20)\d{2})[-_ ]?h([12])|h([12])[-_ ]?((?:19|20)\d{2}))(?![A-Za-z0-9])",
                   re.I)
# a year alone: '2023-annual-report', 'report_2022'; not a day's or a month's date, a span of years ('2019-2020')
# nor a version ('v2.2023')
_YEAR = re.compile(r"(?<![A-Za-z0-9.])(?<!\d[-_])((?:19|20)\d{2})(?![A-Za-z0-9]|[-_.]\d)", re.I)
_DAY = re.compile(r"(?<!\d)(?:19|20)\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])(?!\d)")
REPORT_UNITS = ("quarter", "month", "half", "year")
# what a series' period is called in DR02's message
REPORT_UNIT_WORD = {"quarter": "quarterly", "month": "monthly", "half": "half-yearly", "year": "yearly"}


# a month followed by more of its year's months, listed: '2023-11,12', '2024-01,02,03', '2024-04, 05 & 06'
_MONTH_LIST = re.compile(r"(?<![A-Za-z0-9.])((?:19|20)\d{2})[-_](0[1-9]|1[0-2])((?:\s*[,&+]\s*(?:0[1-9]|1[0-2]))+)"
                         r"(?![0-9]|[-_.]\d)")


def report_period(text: str) -> tuple[str, tuple[int, int]] | None:
    """(unit, (year, n)) a name is dated to by the one period written in it: a quarter ('2025-Q1'), a half-year
    ('2024-H2'), a month ('2021-07', 'July 2021') or a year alone ('2023-annual-report'), n the quarter, half or
    month (1 for a year). None for a name dated to a day ('2021-07-14'), to none, or to two periods of a kind. A
    name that lists months ('2023-11,12') is dated to the first of them here; report_periods gives them all."""
    dated = report_periods(text)
    return (dated[0], dated[1][0]) if dated else None


def report_periods(text: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """(unit, periods) a name is dated to, as report_period reads it; a name that lists months of one year
    ('2023-11,12-update', '2024-01,02,03-update') covers each month it lists, in order. A list that does not
    climb ('2024-03,01') is no list of months."""
    m = _MONTH_LIST.search(text)
    if m and not named_quarter(text) and not _DAY.search(text) and len(_MONTH_NUM.findall(text)) == 1 \
            and not _MONTH_WORD.search(text) and not _HALF.search(text):
        listed = [int(m.group(2))] + [int(x) for x in re.findall(r"\d+", m.group(3))]
        if all(a < b for a, b in zip(listed, listed[1:])):
            return "month", tuple((int(m.group(1)), n) for n in listed)
        return None
    one = _report_period(text)
    return (one[0], (one[1],)) if one else None


def _report_period(text: str) -> tuple[str, tuple[int, int]] | None:
    q = named_quarter(text)
    if q:
        return "quarter", q
    if _DAY.search(text):
        return None
    found = [("half", (int(m.group(1) or m.group(4)), int(m.group(2) or m.group(3)))) for m in _HALF.finditer(text)]
    found += [("month", (int(m.group(1)), int(m.group(2)))) for m in _MONTH_NUM.finditer(text)]
    found += [("month", (int(m.group(2)), _MONTHS[m.group(1).lower()[:3]])) for m in _MONTH_WORD.finditer(text)]
    if found:
        return found[0] if len(set(found)) == 1 else None
    years = {int(m.group(1)) for m in _YEAR.finditer(text)}
    return ("year", (years.pop(), 1)) if len(years) == 1 else None


def named_quarter(text: str) -> tuple[int, int] | None:
    """(year, quarter) a name is dated to by a quarter written in it; None for a name with no quarter."""
    m = _QUARTER.search(text)
    if not m:
        return None
    if m.group(1):
        return int(m.group(1)), int(m.group(2))
    return int(m.group(4)), int(m.group(3))


@dataclass(frozen=True, kw_only=True)
class ReportSeries:
    """The reports of one subject filed in one folder of reports, one per quarter its names give."""

    subject: str  # 'Alpha-Omega', as the names write it ('' for a folder that reports on one thing)
    folder: str  # the folder of reports, its year folders left out ('TI-reports')
    noun: str  # 'report' or 'return': what the names (or the folder, or the titles) call the files
    quarters: tuple[tuple[int, int], ...]  # sorted, one per period with a report: (year, quarter/month/half or 1)
    # (period, path), sorted; a file that covers several periods ('2023-11,12-update') is there once for each
    files: tuple[tuple[tuple[int, int], str], ...]
    unit: str = "quarter"  # what the names date each file to: 'quarter', 'month', 'half' or 'year'


# fewer reports than this dated to a month, half-year or year make no series: a name's year or month may date a
# document that is no account of its period ('2019 audit report'), and a handful in a row is a filing habit
REPORT_SERIES_MIN = 4


def _noun_of(*texts: str) -> str | None:
    for text in texts:
        for w in re.findall(r"[A-Za-z]+", text.lower()):
            if w in REPORT_NOUNS:
                return REPORT_NOUNS[w]
    return None


def _subject(text: str) -> tuple[str, str]:
    """(as written, key) of whose report a name is, its quarter, dates and report words taken out."""
    rest = _MONTH_WORD.sub(" ", _HALF.sub(" ", _QUARTER.sub(" ", text)))
    rest = re.sub(r"(?<![A-Za-z])(?:19|20)\d{2}(?:[-_.]\d{1,2}){0,2}(?![A-Za-z0-9])", " ", rest)
    parts = [p for p in re.split(r"[\s_]+|(?<=[^A-Za-z0-9])-|-(?=[^A-Za-z0-9])|^-|-$", rest) if p]
    words = [w for p in parts for w in re.split(r"-", p) if w]
    kept = [w for w in words if w.lower() not in _REPORT_FILLER and re.search(r"[A-Za-z]", w)]
    return "-".join(kept), " ".join(w.lower() for w in kept)


def report_series(documents: Iterable[Document]) -> tuple[ReportSeries, ...]:
    """The set's periodic reports named by their period, one series per folder of reports, subject and unit. A file
    is one when a quarter is written in its name (or, for a file named by its subject alone, in its folder's), or a
    half-year, month or year alone in its own name (meetings.report_period; such a series needs REPORT_SERIES_MIN
    files), and its name, a folder above it or its title calls it a report, update or return; a template is none. A
    file that could not be read is still one: its name alone says the report was filed."""
    groups: dict[tuple[str, str, str], dict] = {}
    for doc in documents:
        path = PurePosixPath(doc.path)
        stem = path.stem
        folders = [p.name for p in reversed(path.parents) if p.name]
        dated = report_periods(stem)
        if dated is None and folders and named_quarter(folders[-1]):
            dated = "quarter", (named_quarter(folders[-1]),)  # 'reports/2024-Q1/alpha.md'
        if dated is None or re.search(r"\btemplate\b", f"{stem} {doc.title or ''}", re.I):
            continue
        unit, periods = dated
        noun = _noun_of(stem, *reversed(folders), doc.title or "")
        if noun is None:
            continue
        home = list(folders)
        while home and _WHEN_ONLY.match(home[-1]):
            home.pop()
        folder = "/".join(home)
        shown, key = _subject(stem)
        group = groups.setdefault((folder, key, unit), {"shown": shown, "nouns": set(), "files": {}})
        group["nouns"].add(noun)
        for period in periods:
            group["files"].setdefault(period, doc.path)
    out = []
    for (folder, _, unit), group in sorted(groups.items()):
        files = tuple(sorted(group["files"].items()))
        if unit != "quarter" and len({path for _, path in files}) < REPORT_SERIES_MIN:
            continue
        noun = "report" if "report" in group["nouns"] else sorted(group["nouns"])[0]
        out.append(ReportSeries(subject=group["shown"], folder=folder, noun=noun,
                                quarters=tuple(q for q, _ in files), files=files, unit=unit))
    return tuple(out)


REPORT_REACH = 3  # words between a cadence and the report noun it is written on ('quarterly WG updates')


# a claim said of every subject ('every initiative', 'each WG', 'all projects'); a claim with no subject ('Provides
# quarterly updates', a list of what each must do) or an indefinite one ('A WG is expected to') is too
_EVERY = frozenset("each every all any".split())
# a claim said of one subject: 'The project commits to ...', 'This SIG provides ...', 'Our team reports ...'
_ONE = re.compile(r"^\W*(?:the|this|our|its)\s+[A-Za-z]+(?<!s)\s+(?!and\b|or\b)[a-z]+", re.I)


# a verb that puts a report out: said with no object of its own before its cadence ('We strive to post at least once
# every month'), what it puts out is the report the sentence before names ('Council updates will be posted ...')
_PUTS_OUT = frozenset("post posts posted posting publish publishes published publishing share shares shared sharing "
                      "issue issues issued issuing circulate circulates circulated circulating release releases "
                      "released releasing send sends sent sending".split())
# an object that only points back: 'We post them monthly'
_POINTS_BACK = frozenset("it them these those one".split())
# a report named in the sentence before: its nouns only ('reporting' there is an activity, not a file)
_NAMED_REPORT = {w: n for w, n in REPORT_NOUNS.items() if w != "reporting"}


def _puts_out_nothing(tokens: list[str], at: int) -> bool:
    """The cadence at `at` follows a verb that puts something out with no object of its own ('to post at least once
    every month', 'we publish them monthly')."""
    if at >= 1 and tokens[at - 1] in _PUTS_OUT:
        return True
    return at >= 2 and tokens[at - 1] in _POINTS_BACK and tokens[at - 2] in _PUTS_OUT


def reports_about(sentence: str, phrase: str | None, activity: str | None, series: Sequence[ReportSeries],
                  procedure: str = "", title: str = "", before: str = "") -> list[ReportSeries]:
    """The report series a cadence claim is about: its activity calls what is done a report, update or return,
    within a few words of the cadence ('provides quarterly updates', 'a report every quarter'), of the noun the
    series' files are called by. Where the claim names subjects of the series, those alone; where it is said of one
    subject ('The project commits to providing quarterly updates') in a page named for one (`procedure`, `title`),
    that subject's alone, and none when the series has no reports of it. A report of the series is an account of
    its quarter, not the rule it is filed under: a claim in one is about none. Where the cadence only follows a verb
    that puts something out ('We strive to post at least once every month'), what is put out is the report the
    sentence `before` it names ('Council updates will be posted irregularly'), and its words name subjects too."""
    if procedure and any(procedure == path for s in series for _, path in s.files):
        return []
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", sentence)]
    did = {t.lower() for t in re.findall(r"[A-Za-z]+", activity)} if activity else None
    at = _phrase_at(tokens, phrase)
    if at is None:
        return []
    span = len(re.findall(r"[A-Za-z]+", phrase or ""))
    nouns = {REPORT_NOUNS[t] for i, t in enumerate(tokens) if t in REPORT_NOUNS and (did is None or t in did)
             and (at - REPORT_REACH <= i < at or at + span <= i <= at + span + REPORT_REACH)}
    words = set(tokens)
    if not nouns and before and _puts_out_nothing(tokens, at):
        earlier = [t.lower() for t in re.findall(r"[A-Za-z]+", before)]
        nouns = {_NAMED_REPORT[t] for t in earlier if t in _NAMED_REPORT}
        if nouns:
            words |= set(earlier)
    found = [s for s in series if s.noun in nouns]

    def named_in(text: set[str]) -> list[ReportSeries]:
        return [s for s in found if s.subject and set(s.subject.lower().split("-")) <= text]

    named = named_in(words)
    if named:
        return named
    if _ONE.match(sentence) and not words & _EVERY:
        own = {t.lower() for t in re.findall(r"[A-Za-z]+", f"{PurePosixPath(procedure).stem} {title}")}
        return named_in(own)
    return found


# --- "we meet" on the page of the group whose minutes the set holds ------------------------------------------------

# the bodies a group's page does not speak for with "we": the minutes of its committee, board or council are another
# body's meetings ("We meet every Tuesday night" on a makerspace's page is not its committee's cadence)
_SUB_BODY_STEMS = frozenset(stem(w) for w in "committee board council steering executive trustees directors "
                                             "subcommittee panel commission".split())
# the words a page's title may hold that say what the page is, not which group it is about
_PAGE_WORDS = frozenset(stem(w) for w in "readme home welcome about overview introduction wiki docs documentation "
                                         "repository repo page guide handbook".split())


def unnamed_meeting(sentence: str) -> bool:
    """Whether a verb of the sentence that holds a meeting has no named subject ("We meet every other week",
    "Meets on the first Monday"): which meeting it is, the page it is written on must say."""
    tokens = _tokens(sentence)
    return any(_unnamed_subject(tokens, i) for i in range(len(tokens)))


def group_series(title: str, page: str, series: Sequence[Series]) -> Series | None:
    """The one series whose meeting "we" means on the page `page` titled `title` for a group: every distinctive word
    of the title (one at least; a word that says what the page is, such as 'About' or 'README', left out) is a word
    of the series' name, shorter as a repository's name is ('next-10' for the minutes of the 'Node.js Next 10 Years
    Team Meeting'); the words the name adds name no committee, board or council (another body than the group the
    page is for); and its minutes are filed in the page's folder or below it. None when no series, or more than one,
    fits (drhold30: nodejs/next-10's README "We meet every other week" was never checked against the team's 81 files
    of minutes)."""
    words = {stem(w) for w in _name(title or "")[1]} - _PAGE_WORDS
    if not words:
        return None
    folder = str(PurePosixPath(page).parent)
    below = "" if folder == "." else folder + "/"
    fits = [s for s in series if s.words and words <= s.words and not (s.words - words) & _SUB_BODY_STEMS
            and all(path.startswith(below) for _, path, _ in s.meetings)]
    return fits[0] if len(fits) == 1 else None
