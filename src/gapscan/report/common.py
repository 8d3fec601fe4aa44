"""Layout helpers the renderers share: ordering, counting and how one value reads.

A renderer computes nothing new; these functions only sort, count and format what
a Report already holds, so every format shows the same numbers in the same order.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import os
import re
from collections import Counter
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Mapping

from gapscan.model import (CHECKED_AS_PROCEDURE, Chart, Document, DocumentResult, Finding, Kind, Report, Severity,
                           Status)
from gapscan.nlp.language import not_english

SCORE_NAMES = ("mirroring", "specificity", "drift")
# A key naming what a rule expected pairs with the key naming what the records showed.
_ACTUAL_TOKENS = ("actual", "observed", "median", "mean", "seen", "entries", "found")
_BARS = " ▏▎▍▌▋▊▉█"
MAX_BAR = 40  # longer bars add nothing to a comparison and crowd wide terminals
_SPARKS = "▁▂▃▄▅▆▇█"


class Section(str, Enum):
    """The parts of a report, in the one order every human format shows them (a format may leave
    one out: the terminal has no scope page or appendix). Values are the markdown anchors."""

    SCOPE = "scope"
    EXECUTIVE_SUMMARY = "executive-summary"
    DOCUMENTS = "documents"
    FINDINGS = "findings-by-document"
    BASELINED = "baselined-findings"
    UNREADABLE = "unreadable-files"
    FAILED_CHECKS = "checks-that-could-not-run"
    SUPPRESSED = "suppressed-findings"
    HOW_TO_READ = "how-to-read-the-scores"
    APPENDIX = "appendix-rules-that-fired"
    OTHER_FILES = "appendix-other-files-read"

    @property
    def heading(self) -> str:
        return _SECTION_TITLES[self]


_SECTION_TITLES = {
    Section.SCOPE: "Scope", Section.EXECUTIVE_SUMMARY: "Executive summary", Section.DOCUMENTS: "Documents",
    Section.FINDINGS: "Findings by document", Section.BASELINED: "Baselined findings",
    Section.UNREADABLE: "Unreadable files", Section.FAILED_CHECKS: "Checks that could not run",
    Section.SUPPRESSED: "Suppressed findings", Section.HOW_TO_READ: "How to read the scores",
    Section.APPENDIX: "Appendix: rules that fired", Section.OTHER_FILES: "Appendix: other files read",
}


def report_sections(report: Report, *, unreadable_in_summary: bool = False) -> list[Section]:
    """The sections this report has, in order. `unreadable_in_summary`: the format shows the executive
    summary's list of unreadable files, so a section repeating it is left out when that list is whole."""
    has = {
        Section.SCOPE: True,
        Section.EXECUTIVE_SUMMARY: report.summary is not None,
        Section.DOCUMENTS: True,
        Section.FINDINGS: bool(report.findings),
        Section.BASELINED: report.baseline is not None,
        Section.UNREADABLE: bool(unreadable(report)) and not (unreadable_in_summary
                                                              and summary_lists_unreadable(report)),
        Section.FAILED_CHECKS: bool(report.run_errors) or any(d.rule_errors for d in report.documents),
        Section.SUPPRESSED: bool(report.suppressed),
        Section.HOW_TO_READ: True,
        Section.APPENDIX: bool(report.findings),
        Section.OTHER_FILES: bool(listed_documents(report)[1]),
    }
    return [s for s in Section if has[s]]


# "How to read the scores", the key to the documents table, in the words every written format uses: the intro,
# one (name, meaning) per score, and the verdict's paragraph as (text, bold) pieces.
HOW_TO_READ_INTRO = "Each score runs from 0 to 100 and describes a document, not the people who run the process."
HOW_TO_READ_SCORES = (
    ("Mirroring", "how much the procedure copies the standard's own shape and wording: clause numbers and titles as "
                  "headings, sections in clause order, sentences that restate requirements. High means the "
                  "document was written for the auditor."),
    ("Specificity", "how much the text names the real operation: roles, systems, equipment, places, quantities, "
                    "time limits, forms and decisions. High means someone could do the work from it."),
    ("Drift", "how far the linked working records depart from what the procedure claims (frequencies, deadlines, "
              "forms, fields, roles, steps). High means practice has moved away from the document; a dash means "
              "no record could be linked to check it."),
)
HOW_TO_READ_VERDICT = (
    ("The verdict weighs the same signals, and others, with a model calibrated on labelled public procedures (the "
     "model's probability is shown beside each verdict; the scores are not what it is read from): ", False),
    ("mirrored", True), (" documents follow the standard's structure and say little about the actual work, ", False),
    ("operational", True), (" documents describe the work in its own terms, and ", False),
    ("mixed", True), (" documents sit in between. \"Uncertain\" marks a verdict the model could not call clearly: "
                      "read the document before acting on it. The features, weights and their validation are "
                      "documented in ", False),
)
SCORING_DOC = "docs/SCORING.md"


def sorted_documents(report: Report) -> list[DocumentResult]:
    """Documents by path: the order every format lists them in."""
    return sorted(report.documents, key=lambda d: d.document.path)


LONG_DOCUMENT_LIST = 40  # more documents than this: the documents table lists those a reader acts on


def listed_documents(report: Report, *, every: bool = False) -> tuple[list[DocumentResult], list[DocumentResult]]:
    """(the documents table's rows, the rest), each by path.

    A short run lists every document. A long one lists those a reader acts on (a finding, a verdict, a file not
    read) and leaves the rest to an appendix: a HIPAA programme of 344 files gave 24 Word pages of rows, 238 of
    them a README, a diagram or a register with no finding and no verdict. `every` (the terminal's --verbose)
    lists all of them."""
    shown = sorted_documents(report)
    if every or len(shown) <= LONG_DOCUMENT_LIST:
        return shown, []
    paths = {f.path for f in report.findings}

    def matters(d: DocumentResult) -> bool:
        return d.document.path in paths or d.verdict is not None or d.document.status is not Status.OK
    return [d for d in shown if matters(d)], [d for d in shown if not matters(d)]


def rest_counts(rest: list[DocumentResult]) -> str:
    """'119 records, 92 other, 27 forms': the documents by kind, most first."""
    kinds = Counter(d.document.kind for d in rest)
    return ", ".join(f"{n} {k.value if n == 1 else _KIND_PLURALS.get(k, k.value)}"
                     for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0].value)))


def rest_note(listed: list[DocumentResult], rest: list[DocumentResult]) -> str:
    """What the documents table of a long run leaves out, ending where the format names its appendix."""
    return (f"The table lists the {len(listed)} documents with a finding, a verdict or a reading problem; the other "
            f"{len(rest)}, with neither a finding nor a verdict, are listed in")


def rest_text(rest: list[DocumentResult]) -> str:
    """'238 more documents with no finding and no verdict (119 records, 92 other, 27 forms)'."""
    return f"{plural(len(rest), 'more document')} with no finding and no verdict ({rest_counts(rest)})"


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by path, then position in the document, then rule (Finding.sort_key)."""
    return sorted(findings, key=Finding.sort_key)


def findings_by_path(report: Report) -> dict[str, list[Finding]]:
    """Findings grouped per document path, each group in reading order."""
    out: dict[str, list[Finding]] = {}
    for f in sorted_findings(report.findings):
        out.setdefault(f.path, []).append(f)
    return out


def counts_by_kind(report: Report) -> dict[str, int]:
    """Documents per kind, every kind present (zero included) in catalogue order."""
    out = {k.value: 0 for k in Kind}
    for d in report.documents:
        out[d.document.kind.value] += 1
    return out


def verdict_text(result: DocumentResult) -> str:
    """"mirrored", "mixed, uncertain", "not judged: text in Portuguese", or "-" without a verdict."""
    if result.verdict is None:
        foreign = not_english(result.document) if result.document.kind is Kind.PROCEDURE else None
        return f"not judged: text in {foreign}" if foreign else "-"
    return result.verdict.value + (", uncertain" if result.verdict_uncertain else "")


def probability_text(p: float, uncertain: bool = False) -> str:
    """A model probability as a reader should take it: two decimals, but never "1.00" or "0.00".

    The verdict model is right on about four real procedures in five, so a printed 1.00 reads as a certainty it
    does not have; a probability that rounds to 1 (or 0) is shown as "above 0.99" (or "below 0.01").
    `uncertain`: the verdict is called uncertain (its probability is under the model's threshold, 0.6 now), so
    the two decimals are cut, not rounded: on a real set 0.597 printed "operational, uncertain (0.60)" a few rows
    above 0.604's "operational (0.60)", the same number read two ways.
    """
    if p >= 0.995:
        return "above 0.99"
    if p < 0.005:
        return "below 0.01"
    if uncertain:
        return f"{math.floor(p * 100 + 1e-9) / 100:.2f}"
    return f"{p:.2f}"


def verdict_probability_text(result: DocumentResult) -> str | None:
    """The probability shown beside a document's verdict (`probability_text`, cut when it is uncertain)."""
    p = result.verdict_probability
    return probability_text(p, result.verdict_uncertain) if p is not None else None


def verdict_basis(result: DocumentResult) -> str | None:
    """What the verdict rests on: the fitted verdict model's probability of the verdict it gave.

    The verdict is not read off the mirroring and specificity scores (the model weighs more signals than
    they hold), so a mirrored verdict can sit beside a mirroring score of 32: every format shows the
    probability with the verdict and names the scores as scores (`scores_text`), never one beside the
    other as if the verdict were drawn from them.
    """
    p = verdict_probability_text(result)
    return f"model probability {p}" if result.verdict is not None and p is not None else None


def verdict_cell(result: DocumentResult) -> str:
    """The verdict with the model's probability of it, for a documents table's "verdict (probability)" column;
    marked with `SCORE_MARK` where the mirroring score beside it seems to say the opposite (`score_table_note`)."""
    p = verdict_probability_text(result)
    return (verdict_text(result) + (f" ({p})" if result.verdict is not None and p is not None else "")
            + (f" {SCORE_MARK}" if score_disagrees(result) else ""))


# The middle of the 0-100 scale: a mirroring score under it reads as "does not mirror" to anyone reading the
# table, whatever the set; a verdict on the other side of it looks like a contradiction and is explained.
SCORE_MIDDLE = 50.0
SCORE_MARK = "*"
SCORE_COUNTS = "the mirroring score counts only clause headings, clause order and wording restated from the standard"


def score_disagrees(result: DocumentResult) -> bool:
    """True when the verdict and the mirroring score beside it point opposite ways: mirrored with a score in the
    lower half of the scale, or operational with one in the upper half. The verdict stands (the model weighs more
    signals than the score holds, above all how much of the actual work the text names); the report says so."""
    m = result.scores.mirroring
    if m is None or result.verdict is None:
        return False
    return (result.verdict.value == "mirrored" and m < SCORE_MIDDLE) or \
        (result.verdict.value == "operational" and m >= SCORE_MIDDLE)


def score_note(result: DocumentResult) -> str | None:
    """Why a verdict may stand beside a mirroring score that seems to contradict it, for the document's line."""
    if not score_disagrees(result):
        return None
    mirrored = result.verdict.value == "mirrored"
    spec = result.scores.specificity
    named = f" (specificity {score_text(spec)})" if spec is not None else ""
    return (f"{result.verdict.value} though its mirroring score is {'low' if mirrored else 'high'}: "
            f"{SCORE_COUNTS}, while the verdict also weighs how {'little' if mirrored else 'much'} of the "
            f"actual work the text names{named}")


def score_table_note(report: Report) -> str | None:
    """The line under a documents table that explains its `SCORE_MARK`s, or None when no row has one."""
    marked = sum(1 for d in report.documents if score_disagrees(d))
    if not marked:
        return None
    return (f"{SCORE_MARK} {plural(marked, 'verdict')} beside a mirroring score that seems to say the opposite: "
            f"{SCORE_COUNTS}, while the verdict also weighs how much of the actual work the text names (roles, "
            f"systems, quantities, time limits, forms), so a text that names almost none of it can be mirrored "
            f"with a low mirroring score. The verdict stands; the score shows how much of it the headings and "
            f"wording account for.")


def scores_text(result: DocumentResult) -> str | None:
    """"scores out of 100: mirroring 32, specificity 0", the scores a document has, or None; with `score_note`
    when the mirroring score seems to contradict the verdict."""
    shown = [f"{name} {score_text(getattr(result.scores, name))}" for name in SCORE_NAMES
             if getattr(result.scores, name) is not None]
    if not shown:
        return None
    note = score_note(result)
    return "scores out of 100: " + ", ".join(shown) + (f" ({note})" if note else "")


def claims_text(result: DocumentResult) -> str:
    """'Claims against the records: 8 hold, 2 drifted (...), 4 not checkable': what a procedure's drift
    score rests on, the claims the records contradict or cannot show spelled out with their detail."""
    from gapscan.model import ClaimStatus

    counts: dict[ClaimStatus, int] = {}
    for c in result.claims:
        counts[c.status] = counts.get(c.status, 0) + 1
    parts = []
    for status in ClaimStatus:
        if status not in counts:
            continue
        # 'holds' is a verb: eight claims hold
        text = f"{counts[status]} {'hold' if status is ClaimStatus.HOLDS and counts[status] != 1 else status.value}"
        if status in (ClaimStatus.DRIFTED, ClaimStatus.NO_EVIDENCE):
            text += " (" + "; ".join(
                # the claim is the procedure's: its place in the procedure's own terms (a Word paragraph, not "line")
                one_line(c.text) + (f", {where_text(c.location, result.document.path)}" if c.location is not None
                                    else "")
                + (f": {one_line(c.detail)}" if c.detail else "")
                for c in result.claims if c.status is status) + ")"
        parts.append(text)
    return "Claims against the records: " + ", ".join(parts)  # "checked ...: 2 not checkable" said both


def records_given(report: Report) -> bool:
    """Whether the run read any working record (a document of kind record)."""
    return any(d.document.kind is Kind.RECORD for d in report.documents)


def claims_said(result: DocumentResult, records: bool) -> bool:
    """Whether a document's claims line says anything the run's summary does not: when the set handed over no
    record at all and none of its claims could be checked, the summary says so once for the run, and "Claims
    against the records: 30 not checkable" under every procedure only repeats it. `records`: records_given."""
    from gapscan.model import ClaimStatus

    if not result.claims:
        return False
    return records or any(c.status is not ClaimStatus.NOT_CHECKABLE for c in result.claims)


def counts_by_verdict(report: Report) -> dict[str, int]:
    """Documents per verdict, only verdicts that occur."""
    out: dict[str, int] = {}
    for d in sorted_documents(report):
        if d.verdict is not None:
            out[d.verdict.value] = out.get(d.verdict.value, 0) + 1
    return out


def unjudged_procedures(report: Report) -> int:
    """Procedures read but given no verdict (too short to judge): the ones the verdict counts leave out,
    those in another language aside (`foreign_procedures`)."""
    return sum(1 for d in report.documents
               if d.document.ok and d.document.kind is Kind.PROCEDURE and d.verdict is None
               and not not_english(d.document))


def foreign_procedures(report: Report) -> int:
    """Procedures given no verdict because their text is not in English, which the verdict's phrases are."""
    return sum(1 for d in report.documents
               if d.document.ok and d.document.kind is Kind.PROCEDURE and d.verdict is None
               and not_english(d.document))


def procedure_verdicts_text(report: Report) -> tuple[int, str]:
    """(26, '25 operational, 1 too short to judge'): procedures read, and counts that add up to them."""
    counts = report.summary.verdict_counts if report.summary is not None else {}
    parts = [f"{n} {v}" for v, n in sorted(counts.items()) if n]
    short = unjudged_procedures(report)
    if short:
        parts.append(f"{short} too short to judge")
    foreign = foreign_procedures(report)
    if foreign:
        parts.append(f"{foreign} not in English, not judged")
    return sum(counts.values()) + short + foreign, ", ".join(parts)


def unreadable(report: Report) -> list[DocumentResult]:
    """Documents with status error or skipped, by path."""
    return [d for d in sorted_documents(report) if d.document.status is not Status.OK]


# Files named in the "not judged" line before "and N more": a compact line, not a second documents table.
NOT_JUDGED_SHOWN = 4
NOT_JUDGED_REASON = 70  # characters of a kind reason shown there; the JSON report holds it whole
# Kinds most likely to be a procedure the classifier missed come first.
_NOT_JUDGED_ORDER = {Kind.OTHER: 0, Kind.FORM: 1, Kind.RECORD: 2}


def not_judged(report: Report) -> list[DocumentResult]:
    """Readable documents that got no procedure verdict because of their kind (other, form, record), the
    kinds a missed procedure most likely hides under first, then by path."""
    return sorted((d for d in report.documents if d.document.ok and d.document.kind in _NOT_JUDGED_ORDER),
                  key=lambda d: (_NOT_JUDGED_ORDER[d.document.kind], d.document.path))


def kind_because(doc: Document, whole: bool = False) -> str:
    """'record: 40 filled rows', the kind with its reason; unless `whole`, a long reason keeps its first
    clauses ('; '-separated) up to a line's share and says one was left out ('; …'), never cut mid-word."""
    return f"{doc.kind.value}: {kind_reason_text(doc, whole)}"


def kind_reason_text(doc: Document, whole: bool = False) -> str:
    """The classifier's reason for `doc`'s kind on one line, shortened as `kind_because` says unless `whole`."""
    reason = one_line(doc.kind_reason) if doc.kind_reason else "no reason given"
    if whole or len(reason) <= NOT_JUDGED_REASON:
        return reason
    clauses = reason.split("; ")
    kept: list[str] = []
    for clause in clauses:
        if len("; ".join(kept + [clause, "…"])) > NOT_JUDGED_REASON:
            break
        kept.append(clause)
    if kept:
        return "; ".join(kept + ["…"])
    # one clause longer than the share: cut at the last whole word
    words = reason[:NOT_JUDGED_REASON - 1].rsplit(" ", 1)[0].rstrip(" ;,:")
    return words + "…"


_KIND_PLURALS = {Kind.FORM: "forms", Kind.RECORD: "records", Kind.OTHER: "other", Kind.REVIEW: "reviews",
                 Kind.PROCEDURE: "procedures"}


def _kind_counts(results: list[DocumentResult]) -> str:
    """'1 form, 2 records', in the order the files come."""
    counts: dict[Kind, int] = {}
    for d in results:
        counts[d.document.kind] = counts.get(d.document.kind, 0) + 1
    return ", ".join(f"{n} {d_kind.value if n == 1 else _KIND_PLURALS.get(d_kind, d_kind.value)}"
                     for d_kind, n in counts.items())


def not_judged_text(report: Report, reasons: bool = True, where: str | None = None) -> str | None:
    """The files left unjudged because of their kind, or None when every file was judged.

    `check`: 'N files not judged: a.xlsx (record: 40 filled rows), … and N more' (its only word on them).
    `audit`: the documents table above already names each file's kind, so the line counts them by kind:
    'N files not judged as procedures: 1 form, 40 records (each one's kind is in the documents table)';
    `not_judged_groups` gives the whole reasons (--verbose). `where`: where the format lists each file's kind
    (default: the documents table, or the table and the appendix of other files read when the run is long).
    """
    left = not_judged(report)
    if not left:
        return None
    if report.command != "check":
        # the scope line counts the unreadable files by kind too: said here, the two add up ("9 other" above,
        # "8 other, besides 1 other not read" here)
        unread = [d for d in report.documents if not d.document.ok and d.document.kind in _NOT_JUDGED_ORDER]
        besides = f", besides {_kind_counts(unread)} not read" if unread else ""
        if where is None:
            where = "the documents table" + (" or the appendix of other files read"
                                             if listed_documents(report)[1] else "")
        return (f"{plural(len(left), 'file')} not judged as procedures: {_kind_counts(left)}{besides} "
                f"(each one's kind is in {where})")
    shown = [f"{d.document.path} ({kind_because(d.document) if reasons else d.document.kind.value})"
             for d in left[:NOT_JUDGED_SHOWN]]
    more = len(left) - len(shown)
    return f"{plural(len(left), 'file')} not judged: " + ", ".join(shown) + (f" and {more} more" if more else "")


def not_judged_groups(report: Report) -> list[tuple[str, list[tuple[str, str]]]]:
    """[('form (2)', [(path, whole reason), ...]), ...]: the files not judged as procedures by kind (kinds a
    missed procedure likelier hides under first), each with the classifier's whole reason."""
    groups: dict[Kind, list[tuple[str, str]]] = {}
    for d in not_judged(report):
        groups.setdefault(d.document.kind, []).append((d.document.path, kind_reason_text(d.document, whole=True)))
    return [(f"{kind.value} ({len(items)})", items) for kind, items in groups.items()]


def checked_as_procedure(doc: Document) -> str | None:
    """What a file `check` judged as a procedure looked like ('record: 40 filled rows'), or None."""
    if not doc.kind_reason.startswith(CHECKED_AS_PROCEDURE):
        return None
    _, _, looked = doc.kind_reason.partition("content looked like ")
    return one_line(looked.removesuffix(")")) or None


def looks_like(looked: str) -> str:
    """'it looks like a form: tables ...' for what `checked_as_procedure` gives; a page of no kind ('other: no clear
    signal ...') 'does not look like a procedure, form or record: no clear signal ...' (not 'a other')."""
    kind, sep, why = looked.partition(": ")
    if kind == Kind.OTHER.value:
        return "it does not look like a procedure, form or record" + (f": {why}" if sep else "")
    return f"it looks like a {looked}"


# Where a finding about a document as a whole is said to be (PS03: the procedure never uses the records'
# words), instead of a blank or a dash a reader takes for a location gapscan lost.
WHOLE_DOCUMENT = "whole document"


def repository(workspace: str | None = None, scanned: str | None = None) -> Path:
    """The folder CI annotations and SARIF uris are relative to: `workspace`, else GITHUB_WORKSPACE when the
    workflow sets it, else the top of the git work tree holding the `scanned` folder (a scan run from a sub
    folder, or from outside the repository, still names files as the repository does), else the current folder."""
    given = workspace or os.environ.get("GITHUB_WORKSPACE")
    if given:
        return Path(given).resolve()
    if scanned:
        top = git_top(Path(scanned).resolve())
        if top is not None:
            return top
    return Path(os.getcwd()).resolve()


def git_top(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` with a `.git` (a folder, or the file of a worktree or submodule)."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def where_text(location: Any, path: str = "") -> str:
    """Location.describe() in the file's own terms (paragraphs in Word), without a CSV's sheet name when it
    only repeats the file name."""
    if location is None:
        return ""
    text = location.describe(paragraphs=counts_paragraphs(path))
    base = path.rsplit("/", 1)[-1]
    if base and location.sheet == base and text.startswith(base):
        # a CSV's one "sheet" is the file: its header alone is named by the file, which the reader already has
        text = text[len(base):].lstrip("! ")
    return text


# Parsers that read a file as text, so the line they give is a line of the file. Word, OpenDocument, PDF and
# workbooks are packages: their "line" counts paragraphs or the lines of a page, which no viewer can jump to.
_TEXT_PARSERS = frozenset({"text", "markdown", "asciidoc", "rst", "html", "csv"})


# Word and OpenDocument text: their parsers count paragraphs (and tables) where a text file has lines.
_PARAGRAPH_PARSERS = frozenset({"docx", "odf"})


def _parser(path: str) -> str:
    """The parser that read `path`, by its suffix. A file without one was read as a markdown page or a CSV table
    (ingest._without_extension, told by its bytes, which a path does not say): 'markdown' stands for both here, as
    both are text whose lines are the file's lines (a CSV's findings name a row, the line its record starts on)."""
    from gapscan.ingest import PARSERS

    suffix = PurePosixPath(path.replace("\\", "/")).suffix.lower()
    return PARSERS.get(suffix, ("", ""))[0] if suffix or not path else "markdown"


def is_text_file(path: str) -> bool:
    """True when `path` is read as text, so a location's line is a line of the file an editor opens at."""
    return _parser(path) in _TEXT_PARSERS


def counts_paragraphs(path: str) -> bool:
    """True when a location's `line` in `path` is a paragraph (docx, odt; an .ods is a workbook: sheets)."""
    return bool(path) and _parser(path) in _PARAGRAPH_PARSERS and not path.lower().endswith(".ods")


HEADING_CHARS = 60  # a heading longer than this is a sentence styled as one: cut, the paragraph count still finds it


def _headings(document: Document) -> list[tuple[int, str]]:
    """(paragraph, heading text) of a document's headings, in order."""
    from gapscan.model import BlockType

    out = []
    for b in document.blocks:
        if b.type is BlockType.HEADING and b.location.line is not None and one_line(b.text):
            text = one_line(b.text)
            if b.number and not text.startswith(b.number):
                text = f"{b.number} {text}"
            out.append((b.location.line, text if len(text) <= HEADING_CHARS else text[:HEADING_CHARS - 1] + "…"))
    return out


def with_headings(report: Report) -> Report:
    """The report with each Word/OpenDocument finding and quote located under the heading it sits below.

    Their parsers count paragraphs, which Word never shows: the heading is what a reader finds first.
    Only documents with findings are read (their blocks may be decoded lazily from the cache).
    """
    import bisect

    paths = {f.path for f in report.findings if counts_paragraphs(f.path)}
    paths |= {e.path for f in report.findings for e in f.evidence if counts_paragraphs(e.path)}
    if not paths:
        return report
    tables: dict[str, tuple[list[int], list[str]]] = {}
    for result in report.documents:
        if result.document.path in paths:
            heads = _headings(result.document)
            tables[result.document.path] = ([n for n, _ in heads], [t for _, t in heads])

    def place(path: str, location: Any) -> Any:
        if location is None or location.section or location.line is None or location.page is not None:
            return location
        lines, texts = tables.get(path, ([], []))
        at = bisect.bisect_right(lines, location.line) - 1
        if at < 0 or lines[at] == location.line:  # a finding on the heading itself needs no "under"
            return location
        return dataclasses.replace(location, section=texts[at])

    def located(f: Finding) -> Finding:
        if f.path not in tables and not any(e.path in tables for e in f.evidence):
            return f
        evidence = tuple(dataclasses.replace(e, location=place(e.path, e.location)) for e in f.evidence)
        return dataclasses.replace(f, location=place(f.path, f.location), evidence=evidence)

    findings = tuple(located(f) for f in report.findings)
    summary = report.summary
    if summary is not None and summary.top_findings:
        summary = dataclasses.replace(summary, top_findings=tuple(located(f) for f in summary.top_findings))
    return dataclasses.replace(report, findings=findings, summary=summary)


def file_line(path: str, location: Any) -> int | None:
    """The line of the file itself that `location` names (what an editor or GitHub opens at), else None.

    A CSV table's row number is the line its record starts on (ingest/csv counts the reader's lines, quoted line
    breaks included), so a CSV cell or row has a line too; a workbook's rows and a page's lines have none.
    """
    if location is None or getattr(location, "page", None) is not None:
        return None
    if location.sheet is not None:
        row = location.row
        csv_table = _parser(path) == "csv" or (_parser(path) == "markdown" and location.sheet == _basename(path))
        return row if csv_table and row is not None and row >= 1 else None
    line = location.line
    if line is None or line < 1:
        return None
    return line if _parser(path) in _TEXT_PARSERS else None


def _basename(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def message_beside_path(finding: Finding) -> str:
    """The finding's message where its file is named just before it (a summary's place, a document's section):
    without a leading "<file name>: ", which would name the file twice ("QF-09 Log.csv C33: QF-09 Log.csv: 10
    entries ..."). JSON, SARIF and annotations keep the message whole: it is read there on its own."""
    base = _basename(finding.path)
    message = finding.message
    if base and message.startswith(base + ": ") and len(message) > len(base) + 2:
        return message[len(base) + 2:]
    return message


def place_beside_line(path: str, location: Any) -> str:
    """The place a message names in words beside its file line: all of it (where_text) when it has no line of the
    file (a Word paragraph, a PDF page's line, a workbook's cell), a CSV cell's column too (its line is its
    record's), else nothing."""
    if location is None or (file_line(path, location) is not None and not location.cell):
        return ""
    return where_text(location, path)


def path_order(path: str) -> tuple:
    """A sort key that reads numbers as numbers: 'Logs.md § 2. Incident Log' before 'Logs.md § 10. ...'."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path))

def shown_links(result: DocumentResult, verbose: bool = False) -> tuple[list[Any], str]:
    """The record links a client reads, by path, and a note on the weak ones left out ('' when none are).

    A procedure can resemble half the registers of a set in its wording; those weak links prove nothing either
    way, and listing them buried the two or three records its claims are checked against. --verbose lists all.
    """
    from gapscan.linking import STRONG

    links = sorted(result.links, key=lambda x: (path_order(x.path), x.via))
    if verbose:
        return links, ""
    strong = [x for x in links if x.confidence >= STRONG]
    weak = len(links) - len(strong)
    if not weak:
        return strong, ""
    who = "record only resembles" if weak == 1 else "records only resemble"
    return strong, f"{'' if strong else 'no strong link; '}{weak} {who} it (weak links, not proof either way)"


def rule_summary(code: str) -> str:
    """What a rule's finding means in plain words (its catalogue summary), capitalised; '' if unknown."""
    from gapscan.rules.registry import BY_CODE

    rule = BY_CODE.get(code)
    text = one_line(rule.summary) if rule is not None and rule.summary else ""
    return text[:1].upper() + text[1:]


GROUP_MIN = 3  # this many findings of one rule on one document are shown as one group


def shared_metrics(findings: list[Finding]) -> dict[str, Any]:
    """The metrics every finding of a group has with the same value, so a report can say them once."""
    if not findings:
        return {}
    first = findings[0].metrics
    return {k: first[k] for k in sorted(first, key=str)
            if all(k in f.metrics and json_value(f.metrics[k]) == json_value(first[k]) for f in findings[1:])}


def own_metrics(finding: Finding, shared: Mapping[str, Any]) -> dict[str, Any]:
    """A grouped finding's metrics that say something its message and the shared ones do not."""
    message = one_line(finding.message)

    def said(value: Any) -> bool:
        return isinstance(value, str) and bool(value) and re.search(
            r"(?<![\w.])" + re.escape(value) + r"(?![\w.])", message) is not None

    out = {}
    for key, value in finding.metrics.items():
        if key in shared or said(value):
            continue
        if isinstance(value, (list, tuple)) and value and all(said(v) for v in value):
            continue
        out[key] = value
    return out


def group_by_rule(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings of one document in reading order, a rule with GROUP_MIN or more gathered at its first place.

    Each entry is (rule, [finding]) for a lone finding or (rule, [all of that rule]) for a group.
    """
    ordered = sorted_findings(findings)
    by_rule: dict[str, list[Finding]] = {}
    for f in ordered:
        by_rule.setdefault(f.rule, []).append(f)
    out: list[tuple[str, list[Finding]]] = []
    done: set[str] = set()
    for f in ordered:
        if len(by_rule[f.rule]) >= GROUP_MIN:
            if f.rule not in done:
                done.add(f.rule)
                out.append((f.rule, by_rule[f.rule]))
        else:
            out.append((f.rule, [f]))
    return out


def top_runs(findings: Iterable[Finding]) -> list[list[Finding]]:
    """The summary's top findings with each run of one rule together: the rule's meaning is said once
    over its files, not once per file (five shadow records read as a wall of the same sentence)."""
    runs: list[list[Finding]] = []
    for f in findings:
        if runs and runs[-1][0].rule == f.rule:
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def shared_message(run: list[Finding]) -> str | None:
    """The message every place of a run gives word for word (five pages stating one cadence, checked against one
    series of reports): said once over the places, not under each (a wall of the same 400 characters), else None."""
    first = message_beside_path(run[0])
    return first if len(run) > 1 and all(message_beside_path(f) == first for f in run) else None


SHARED_LEAD = "the same at each place below"


def run_files(report: Report, run: list[Finding]) -> tuple[int, int]:
    """(files, not shown): how many documents have a finding of the run's rule, at any severity (the summary's
    "7 working records that no procedure mentions" counts them all), and how many of them the summary's top
    findings leave out (it names a few per rule). One log of a file of several (summary.finding_log) counts as
    its own place: two sheets of one workbook are two."""
    from gapscan.summary import finding_log, is_lead

    # a lead is not a finding (its rule says the evidence would not hold): the summary's sections name leads
    total = len({(f.path, finding_log(f)) for f in report.findings if f.rule == run[0].rule and not is_lead(f)})
    return max(total, len(run)), max(total - len(run), 0)


def run_noun(report: Report, run: list[Finding]) -> str:
    """What run_files counts: 'file', or 'log' when each place of the rule is one log of a file of several
    (summary.finding_log: two sheets of one workbook are two places, not two files), else 'place'."""
    from gapscan.summary import finding_log

    logs = ({finding_log(f) is not None for f in report.findings if f.rule == run[0].rule}
            | {finding_log(f) is not None for f in run})
    return "file" if logs == {False} else "log" if logs == {True} else "place"


def run_severity(report: Report, run: list[Finding]) -> tuple[str, str]:
    """('error', '') when every file of the run's rule has it at one severity; else the worst and the rest of
    the files by the worst severity each has, ('error', ' in 1 file, warning in 2'): a head "CM02, error, in 3
    files" over one error and two warnings said three files fail the build."""
    from gapscan.summary import finding_log, is_lead

    worst: dict[tuple[str, str | None], Severity] = {}
    for f in report.findings:
        key = (f.path, finding_log(f))
        if f.rule == run[0].rule and not is_lead(f) and (key not in worst or f.severity > worst[key]):
            worst[key] = f.severity
    for f in run:  # a run built without the report's findings (tests, a summary alone)
        worst.setdefault((f.path, finding_log(f)), f.severity)
    counts = Counter(worst.values())
    levels = sorted(counts, reverse=True)
    if len(levels) == 1:
        return levels[0].label, ""
    first = f" in {plural(counts[levels[0]], run_noun(report, run))}"
    return levels[0].label, first + "".join(f", {sev.label} in {counts[sev]}" for sev in levels[1:])


def place_severity(report: Report, run: list[Finding], finding: Finding) -> str:
    """' (warning)' after a place of a run whose files differ in severity, so the reader sees which is which."""
    return f" ({finding.severity.label})" if run_severity(report, run)[1] else ""


def where_and_severity(report: Report, run: list[Finding], finding: Finding) -> str:
    """' (line 5, error)', ' (line 5)', ' (error)' or '': a place of the summary's top findings in one pair of
    parentheses, with its severity when the run's files differ in it."""
    parts = [where_text(finding.location, finding.path)] + (
        [finding.severity.label] if run_severity(report, run)[1] else [])
    parts = [p for p in parts if p]
    return f" ({', '.join(parts)})" if parts else ""


def run_files_text(report: Report, run: list[Finding]) -> str:
    """', in 3 files' (or logs) after a rule's severity in the summary's head, or '' when the severity already
    counts them ('error in 1 file, warning in 2') or there is one."""
    total, _ = run_files(report, run)
    return (f", in {total} {run_noun(report, run)}s" if total > 1 and not run_severity(report, run)[1]
            else "")


# Rules that list at most so many places a document (CM01 30 headings, CM03 and CM04 10 sentences; a rule's
# `max_findings` / `max_per_document` option), and the metric each finding carries with how many it found.
FOUND_METRIC: Mapping[str, str] = {"CM01": "matched_headings", "CM03": "sentences", "CM04": "sentences"}


def capped_note(findings: Iterable[Finding]) -> str:
    """' A rule that fires very often in one document lists ...' when a rule listed fewer places than it found
    (CM01 lists 30 headings a document, CM03 and CM04 10 sentences), else ''. The findings part opens with 'every
    place it fires' and the JSON 'holds each place': a manual with 'CM01 ×30 of 33' has 3 places in no report."""
    capped = [g for g in finding_groups(findings) if g.found > g.count]
    if not capped:
        return ""
    g = capped[0]
    rest = sum(c.found - c.count for c in capped)
    return (f" A rule that fires very often in one document lists its first places and counts the rest "
            f"(e.g. {g.rule} ×{g.count} of {g.found} in {g.path.rsplit('/', 1)[-1]}): "
            f"{plural(rest, 'more place')} {'is' if rest == 1 else 'are'} counted but listed in no report.")


def found_in_document(finding: Finding) -> int:
    """How many places the finding's rule found in its document by its own count, or 0 when it keeps none."""
    value = finding.metrics.get(FOUND_METRIC.get(finding.rule, ""))
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def same_kind(report: Report, finding: Finding) -> int:
    """How many places of this finding's rule its document has, or its log of the document (summary.finding_log),
    itself included: the findings of the report, or the rule's own count when it lists fewer than it found."""
    from gapscan.summary import finding_log

    log = finding_log(finding)
    listed = sum(1 for f in report.findings if f.rule == finding.rule and f.path == finding.path
                 and finding_log(f) == log)
    return max(listed, found_in_document(finding))


def more_like_this(report: Report, finding: Finding) -> str:
    """' (+N more like this in the same file)' after a summary's finding that stands for others, else ''."""
    more = same_kind(report, finding) - 1
    return f" (+{more} more like this in the same file)" if more > 0 else ""


def summary_lists_unreadable(report: Report) -> bool:
    """True when the executive summary already names every unreadable file with its reason."""
    from gapscan.summary import MAX_LISTED, UNREADABLE_TITLE

    bad = unreadable(report)
    return bool(bad) and report.summary is not None and len(bad) <= MAX_LISTED and any(
        s.title == UNREADABLE_TITLE and all(any(line.startswith(d.document.path + ":") for line in s.lines)
                                            for d in bad)
        for s in report.summary.sections)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n:,} {word}s"


def severity_counts_text(report: Report) -> str:
    """'2 errors, 3 warnings, 1 info' (zero counts left out; 'no findings' when empty); with leads among the
    info, '2 warnings, 7 info, 6 of them leads' (rules/ps, SH03: the evidence too thin for a finding)."""
    from gapscan.summary import is_lead

    counts = report.counts_by_severity()
    parts = []
    for sev in sorted(Severity, reverse=True):
        n = counts.get(sev.label, 0)
        if n:
            parts.append(f"{n} info" if sev is Severity.INFO else plural(n, sev.label))
    leads = sum(1 for f in report.findings if is_lead(f))
    if leads:
        parts.append(f"{leads} of them {'a lead' if leads == 1 else 'leads'}")
    return ", ".join(parts) if parts else "no findings"


def baselined_text(report: Report) -> str:
    """'3 findings baselined in base.json (recorded before; listed, not counted)', '' without a baseline."""
    if report.baseline is None:
        return ""
    return f"{plural(len(report.baselined), 'finding')} baselined in {report.baseline} (recorded before; listed, " \
           "not counted)"


def one_line(text: Any) -> str:
    """Collapse any whitespace run (newlines included) to one space."""
    return " ".join(str(text).split())


TITLE_CHARS = 80  # a title row block of a register can run to 300 characters: a name, not a paragraph


# A title this many documents share is their letterhead ('GOODNESS GARDENS' atop every page), not a title
LETTERHEAD_DOCUMENTS = 3


def letterhead_titles(report: Report) -> frozenset[str]:
    """The titles (casefolded) that LETTERHEAD_DOCUMENTS or more documents share: the company's name or a
    template's heading read as each one's title, which says nothing about any one of them."""
    from collections import Counter

    counts = Counter(one_line(d.document.title).casefold() for d in report.documents if d.document.title)
    return frozenset(t for t, n in counts.items() if n >= LETTERHEAD_DOCUMENTS)


def own_title(doc: Document, letterheads: frozenset[str]) -> str | None:
    """The document's title as a report line shows it, or None when it has none of its own."""
    if not doc.title or doc.title in doc.path or one_line(doc.title).casefold() in letterheads:
        return None
    return short_title(doc.title)


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """A document title for a report line: whole words up to `limit` characters, then an ellipsis."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit - 1]
    return cut.rstrip(" -–—,;:|/") + "…"


def score_text(value: float | None) -> str:
    """A 0-100 score as a whole number, or '-' when it was not measured."""
    return "-" if value is None else f"{value:.0f}"


def json_value(value: Any) -> Any:
    """A value as plain JSON: dates as ISO strings, tuples/sets as lists, floats rounded.

    Never raises: anything without a JSON form becomes its str().
    """
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, Enum):
        return json_value(value.value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return round(value, 4)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return round(value.total_seconds() / 86400, 4)
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted((json_value(v) for v in value), key=lambda v: (str(type(v)), str(v)))
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        to_dict = getattr(value, "to_dict", None)
        raw = to_dict() if callable(to_dict) else {f.name: getattr(value, f.name)
                                                    for f in dataclasses.fields(value)}
        return json_value(raw)
    return str(value)


def value_text(value: Any, key: str = "") -> str:
    """How one metric value reads to a person: '365', '0.42' -> '42%' for shares, lists shortened."""
    value = json_value(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if key.startswith("share") or key.endswith("_share") or key.endswith("_ratio"):
            return f"{value * 100:.0f}%"
        if value.is_integer():
            return str(int(value))
        return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) >= 1 else f"{value:.3g}"
    if isinstance(value, list):
        if value and all(isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v) for v in value):
            # pairs of names (a column here and its match there) read as pairs: 'ID, Status = State', never
            # 'ID, ID, Status, State'
            value = [a if a.casefold() == b.casefold() else f"{a} = {b}" for a, b in value]
        shown = [value_text(v, key) for v in value[:5]]  # a list of shares reads as shares: '100%, 83%'
        more = f" (+{len(value) - 5} more)" if len(value) > 5 else ""
        return ", ".join(shown) + more
    if isinstance(value, dict):
        return ", ".join(f"{k}={value_text(v, k)}" for k, v in list(value.items())[:5])
    return "-" if value is None else str(value)


def _actual_for(key: str, keys: list[str]) -> tuple[str, str] | None:
    """(actual key, stem) for an 'expected' key: expected_days -> median_days, roles_expected -> roles_seen."""
    if key.startswith("expected_"):
        stem = key[len("expected_"):]
        candidates = {k[: -len(stem) - 1]: k for k in keys if k.endswith("_" + stem)}
    elif key.endswith("_expected"):
        stem = key[: -len("_expected")]
        candidates = {k[len(stem) + 1:]: k for k in keys if k.startswith(stem + "_")}
    else:
        return None
    candidates = {token: k for token, k in candidates.items() if k != key and "expected" not in k}
    if not candidates:
        return None
    best = min(candidates, key=lambda t: (_ACTUAL_TOKENS.index(t) if t in _ACTUAL_TOKENS else 99, t))
    return candidates[best], stem


def _pairs(metrics: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(expected key, actual key, stem) for every 'expected' metric that has a counterpart."""
    keys = sorted(metrics)
    return [(key, *found) for key in keys if (found := _actual_for(key, keys)) is not None]


# What a client reads for a metric: the rules name their numbers for code ("of_sentences", "sentences"), and a
# key alone can mean different things per rule ("sentences" counts the whole review for SH03, the restating ones
# for CM03), so a rule's own label comes first, then a label for the key, then the key in words.
_RULE_METRIC_LABELS: dict[tuple[str, str], str] = {
    ("CM02", "share"): "share of headings in clause order",
    ("CM03", "sentences"): "sentences restating the standard",
    ("CM03", "of_sentences"): "sentences in the document",
    ("CM03", "share"): "share of sentences",
    ("CM04", "sentences"): "sentences where the organization acts",
    ("CM04", "obligations"): "obligations in the document",
    ("CM04", "share"): "share of obligations",
    ("CM05", "missing"): "kinds never named",
    ("CM05", "specificity"): "specificity score",
    ("PS01", "people"): "people who made the entries",  # a list of names is not who wrote the entries
    ("PS02", "shared_columns"): "columns in common (here = there)",
    ("PS02", "id_columns"): "reference columns (here, there)",
    ("PS02", "rows_matched"): "rows matched (here, there)",
    ("PS02", "row_share"): "row share (here, there)",
    ("PS03", "missing"): "record terms the procedure never uses",
    ("PS03", "missing_share"): "share of those terms missing",
    ("PS03", "records"): "records compared",
    ("SH03", "sentences"): "sentences in the review",
    ("SH03", "topical_sentences"): "sentences on a topic",
}
_METRIC_LABELS: dict[str, str] = {
    "claim": "what the procedure says",
    "clause_citations": "clause numbers cited",
    "matched_headings": "headings matching a clause",
    "share_of_headings": "share of headings matching a clause",
    "run_length": "headings in clause order",
    "anchor_types": "kinds of concrete detail named (of 9)",
    "anchors_per_1000_words": "concrete details per 1000 words",
    "dated_entries": "entries with a date",
    "newest_in_set": "newest date in the set",
    "people": "people named",
    "shadow_records": "records outside the procedures",
    "top_values": "most common values",
    "top_terms": "most used record terms",
    "top_terms_checked": "record terms compared",
    "days_silent": "days without an entry",
    "earlier_per_month": "entries per month before",
    "recent_per_month": "entries per month lately",
    "usual_gap_days": "usual days between entries",
    "feed": "log",
    "business_share": "share on the business",
    "paperwork_share": "share on paperwork",
    "missing_business_topics": "business topics never discussed",
    "decisions_on_business": "decisions about the business",
    "roles_from": "roles read from",
    "column": "record column",
    "rows": "record rows",
    "items": "recorded items",
    "items_extra": "recorded items not in the procedure",
    "matched": "steps matched",
    "out_of_order": "steps out of order",
    "filled_instances": "filled copies found",
    "records_scanned": "records searched",
    "limit_days": "limit (days)",
}


# The order a client reads a rule's numbers in: what decided the finding (the share, the count against its
# limit) first, then what it is counted out of, then context. Keys not listed follow alphabetically.
_METRIC_ORDER: dict[str, tuple[str, ...]] = {
    "CM01": ("share_of_headings", "matched_headings", "headings", "clause_citations", "standard"),
    "CM02": ("share", "run_length", "headings", "matched_headings", "first_clause", "last_clause", "standard", "edition"),
    "CM03": ("share", "sentences", "of_sentences"),
    "CM04": ("share", "sentences", "obligations", "actor"),
    "CM05": ("anchors_per_1000_words", "anchor_types", "missing", "words", "specificity"),
    "DR01": ("filled_instances", "blank_forms", "records_scanned", "form", "claim"),
    "DR02": ("share_over_limit", "share_periods_missed", "periods_missed", "periods", "intervals",
             "days_since_last_entry", "last_entry", "items_overdue", "items", "dated_entries", "claim"),
    "DR03": ("share_late", "late", "closed", "open_overdue", "limit_days", "median_days", "max_days", "claim"),
    "DR04": ("share_empty", "recorded", "rows", "field", "column", "claim"),
    "DR05": ("share_expected", "roles_expected", "roles_seen", "rows", "column", "claim"),
    "DR06": ("steps_missing", "items_extra", "matched", "out_of_order", "steps", "items", "claim"),
    "PS01": ("rows", "recent_entries", "people", "last_entry", "first_entry", "shadow_records"),
    "PS02": ("rows_matched", "row_share", "shared_column_count", "shared_columns", "period_overlap_days"),
    "PS03": ("missing_share", "missing", "top_terms_checked", "records", "top_terms"),
    "SH01": ("lift", "entries_in_window", "expected_in_window", "audits_with_spike", "audits", "window_days"),
    "SH02": ("days_silent", "usual_gap_days", "recent_per_month", "earlier_per_month", "last_entry",
             "newest_in_set", "entries"),
    "SH03": ("business_share", "paperwork_share", "decisions_on_business", "decisions", "topical_sentences",
             "sentences", "missing_business_topics"),
}


def metric_order(keys: Iterable[str], rule: str = "") -> list[str]:
    """`keys` in the order a client reads `rule`'s numbers (_METRIC_ORDER), the rest alphabetically."""
    first = _METRIC_ORDER.get(rule, ())
    rank = {k: i for i, k in enumerate(first)}
    return sorted(keys, key=lambda k: (rank.get(k, len(first)), k))


def metric_label(key: str, rule: str = "") -> str:
    """The words a client reads for a finding's metric `key` of `rule`."""
    return _RULE_METRIC_LABELS.get((rule, key)) or _METRIC_LABELS.get(key) or key.replace("_", " ")


def metric_lines(metrics: Mapping[str, Any], limit: int = 6, rule: str = "") -> list[str]:
    """'expected X vs actual Y' for paired metrics first, then other scalar metrics as 'label: value'."""
    metrics = {str(k): v for k, v in metrics.items()}
    lines = []
    used: set[str] = set()
    for exp, act, stem in _pairs(metrics):
        if act in used:
            continue
        used.update((exp, act))
        token = act.replace(stem, "").strip("_")
        label = stem.replace("_", " ")
        qualifier = f" ({token.replace('_', ' ')})" if token and token != "actual" else ""
        lines.append(f"{label}: expected {value_text(metrics[exp], exp)} vs actual "
                     f"{value_text(metrics[act], act)}{qualifier}")
    rest = []
    for key in metric_order((str(k) for k in metrics), rule):
        value = metrics[key]
        if key in used or json_value(value) is None or isinstance(value, Chart) \
                or (isinstance(value, (list, tuple, dict)) and not value):
            continue
        if dataclasses.is_dataclass(value) or (isinstance(value, Mapping) and len(value) > 5):
            continue
        # A chart kept in the metrics is drawn by the summary, not read out as numbers.
        if isinstance(value, Mapping) and {"labels", "values"} <= set(value):
            continue
        # A list of records (one mapping per item) reads as noise on one line; the evidence quotes them.
        if isinstance(value, (list, tuple)) and any(isinstance(v, Mapping) for v in value):
            continue
        rest.append(f"{metric_label(key, rule)}: {value_text(value, key)}")
    return lines + rest[: max(0, limit - len(lines))]


def bar(value: float, top: float, width: int) -> str:
    """A horizontal bar of eighth-blocks, `width` cells for the largest value."""
    if top <= 0 or value <= 0 or not math.isfinite(value):
        return ""
    eighths = round(min(value / top, 1.0) * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (_BARS[part] if part else "")


def sparkline(values: Iterable[float]) -> str:
    """One block character per value, scaled between the series' min and max."""
    vals = [v if isinstance(v, (int, float)) and math.isfinite(v) else 0.0 for v in values]
    return sparkline_scaled(vals, min(vals), max(vals)) if vals else ""


def chart_lines(chart: Chart, width: int) -> list[str]:
    """A chart as text lines no wider than `width`: bars for short series, a sparkline otherwise.

    Marked labels (e.g. audit weeks) get a ◀ after their bar, or a ▲ under their spark.
    """
    labels = [one_line(x) for x in chart.labels]
    values = list(chart.values)[: len(labels)]
    labels = labels[: len(values)]
    if not values:
        return ["(no data)"]
    marks = set(chart.marks)
    numbers = [v if isinstance(v, (int, float)) and math.isfinite(v) else 0.0 for v in values]
    if len(values) <= 12:
        label_w = min(max(len(x) for x in labels), max(6, width // 3))
        texts = [value_text(float(v)) for v in numbers]
        value_w = max(len(t) for t in texts)
        bar_w = min(MAX_BAR, max(4, width - label_w - value_w - 5))
        top = max(numbers)
        out = []
        for label, raw, v, text in zip(chart.labels, labels, numbers, texts):
            name = raw if len(raw) <= label_w else raw[: label_w - 1] + "…"
            mark = "◀" if raw in marks or label in marks else ""
            # an empty bar leaves no gap before the mark
            out.append(" ".join(p for p in (f"{name:<{label_w}} {text:>{value_w}}", bar(v, top, bar_w), mark) if p))
        return out
    out = []
    step = max(8, width)
    for start in range(0, len(numbers), step):
        chunk = numbers[start:start + step]
        out.append(sparkline_scaled(chunk, min(numbers), max(numbers)))
        flags = "".join("▲" if (chart.labels[i] in marks) else " "
                        for i in range(start, start + len(chunk)))
        if flags.strip():
            out.append(flags.rstrip())
    caption = (f"{labels[0]} … {labels[-1]}: min {value_text(float(min(numbers)))}, "
               f"max {value_text(float(max(numbers)))}")
    if marks:
        caption += "; ▲ marked"
    out.append(caption if len(caption) <= width else caption[: width - 1] + "…")
    return out


def sparkline_scaled(values: list[float], low: float, high: float) -> str:
    """Sparkline on a fixed scale, so a long series split over lines keeps one scale."""
    span = high - low
    if span == 0:
        return _SPARKS[0 if high == 0 else 3] * len(values)
    return "".join(_SPARKS[round((v - low) / span * (len(_SPARKS) - 1))] for v in values)


# Metrics that say how a rule decided (model outputs, test statistics, internal names) rather than
# what a client reads: kept in JSON/SARIF, shown in human formats only with --verbose.
INTERNAL_METRICS = frozenset({
    "model", "score", "similarity", "matched_by", "p_value", "trend_p", "trend_tau", "trend_z", "slope",
    "use_score", "rank", "jaccard", "containment", "link", "record_chosen", "grouped_by",
    "audit_dates_inferred", "chart",
    # how sure the link to the record is (a model's score) and the window a rule was configured with
    "link_confidence", "recent_days",
    # a lead's message says it is one and why ("Lead, not a finding: ... Why only a lead: ..."), its severity is
    # info: read out again under the numbers, the reason was the longest line of the entry, word for word twice
    "strength", "lead_reason",
})
EXAMPLES = 2  # occurrences of a group shown in full; the rest by location


def client_metrics(metrics: Mapping[str, Any], verbose: bool = False) -> dict[str, Any]:
    """A finding's metrics without the internal ones (unless `verbose`), a standard by its name: in the `edition`
    its clause was read in when that is a superseded one ("ISO/IEC 27001:2013"), and with the share of a group's
    findings read in an older edition when only some were (`EDITIONS`)."""
    out = dict(metrics) if verbose else {k: v for k, v in metrics.items() if str(k) not in INTERNAL_METRICS}
    if isinstance(out.get("standard"), str):
        older = out.pop(EDITIONS, None)
        edition = out.pop("edition", None)
        out["standard"] = _edition_name(out["standard"], edition) + (
            f" ({older[0]} of {older[1]} headings matched in its {older[2]} edition)" if older else "")
    return out


# A group's metric (not a rule's): (findings read in an older edition, findings, that edition), when only some were
EDITIONS = "_older_edition"


def _edition_name(key: str, edition: Any) -> str:
    """'ISO/IEC 27001:2013' for ('iso27001', '2013'); the standard's own name without an edition."""
    if isinstance(edition, str) and edition:
        from gapscan import clauses

        try:
            return clauses.load(key).name_of(edition)
        except (KeyError, ValueError, OSError):
            pass
    return standard_name(key)


@dataclasses.dataclass(frozen=True)
class FindingGroup:
    """Every finding of one rule on one document: what human formats show as one entry."""

    path: str
    rule: str
    findings: tuple[Finding, ...]  # reading order

    @property
    def name(self) -> str:
        return self.findings[0].name

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def severity(self) -> Severity:
        return max(f.severity for f in self.findings)

    @property
    def found(self) -> int:
        """How many places the rule found in the document: more than `count` when it lists at most so many."""
        return max(self.count, found_in_document(self.findings[0]))

    @property
    def count_text(self) -> str:
        """' ×30', or ' ×30 of 44' when the rule listed 30 of the 44 places it found; '' for one place."""
        if self.found > self.count:
            return f" ×{self.count} of {self.found}"
        return f" ×{self.count}" if self.count > 1 else ""

    @property
    def listed_note(self) -> str:
        """' (14 more not listed)' when the rule found more places than it lists (`gapscan rules CODE` says its
        limit), else ''."""
        return f" ({self.found - self.count} more not listed)" if self.found > self.count else ""

    @property
    def examples(self) -> list[Finding]:
        """The worst occurrences first, then the earliest, EXAMPLES of them, back in reading order."""
        ranked = sorted(range(len(self.findings)), key=lambda i: (-self.findings[i].severity, i))
        return [self.findings[i] for i in sorted(ranked[:EXAMPLES])]

    @property
    def locations(self) -> list[str]:
        return [where_text(f.location, f.path) or WHOLE_DOCUMENT for f in self.findings]

    @property
    def fix(self) -> str | None:
        """The fix when every occurrence shares it; None when they differ or none has one."""
        fixes = {f.fix for f in self.findings}
        return fixes.pop() if len(fixes) == 1 else None

    @property
    def shared(self) -> dict[str, Any]:
        out = shared_metrics(list(self.findings)) if self.count > 1 else dict(self.findings[0].metrics)
        editions = [f.metrics.get("edition") for f in self.findings]
        older = [e for e in editions if e]
        if older and len(older) < len(editions) and len(set(older)) == 1 and "standard" in out:
            out[EDITIONS] = (len(older), len(editions), older[0])  # some headings by an older edition's numbers
        return out


def finding_groups(findings: Iterable[Finding]) -> list[FindingGroup]:
    """Groups by document path, and within a document worst severity first, then where the rule first fires."""
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in sorted_findings(findings):
        by_key.setdefault((f.path, f.rule), []).append(f)
    groups = [FindingGroup(path=p, rule=r, findings=tuple(fs)) for (p, r), fs in by_key.items()]
    order = {key: i for i, key in enumerate(by_key)}
    return sorted(groups, key=lambda g: (g.path, -g.severity, order[(g.path, g.rule)]))


_NUMBERED = re.compile(r"^(.*\b(?:line|row|paragraph) )(\d+)$")


_UNDER = re.compile(r'^under ".*", (?=(?:table at )?paragraph \d)')


def bare_place(place: str) -> str:
    """A Word place without its heading ('paragraph 13'), for lists and spans of many places."""
    return _UNDER.sub("", place)


def compact_locations(places: list[str]) -> str:
    """'p.1 lines 4, 5, 8; p.2 line 4; B7': runs that share a page are written once.

    Many Word places are listed by paragraph alone: a heading each made the list a wall (the places
    themselves, one a row, keep theirs)."""
    if len(places) > 1:
        places = [bare_place(p) for p in places]
    out: list[str] = []
    prefix, numbers = None, []

    def flush() -> None:
        if prefix is not None:
            word = prefix.rstrip()
            head = word + "s" if len(numbers) > 1 else word
            out.append(f"{head} {', '.join(numbers)}")

    counted: list[str] = []
    for place in places:  # two findings at one place read as 'line 13 ×2', not 'lines 13, 13'
        if counted and counted[-1].split(" ×")[0] == place:
            head, _, n = counted[-1].partition(" ×")
            counted[-1] = f"{head} ×{int(n or 1) + 1}"
        else:
            counted.append(place)
    for place in counted:
        m = _NUMBERED.match(place.split(" ×")[0])
        tail = place[len(place.split(" ×")[0]):]
        if m and m.group(1) == prefix:
            numbers.append(m.group(2) + tail)
            continue
        flush()
        if m:
            prefix, numbers = m.group(1), [m.group(2) + tail]
        else:
            prefix, numbers = None, []
            out.append(place)
    flush()
    return "; ".join(out)


def evidence_where(finding: Finding, evidence: Any) -> str:
    """Where a quote comes from: its place in the finding's file, or 'file place' for another file."""
    where = where_text(evidence.location, evidence.path)
    record = getattr(evidence, "record", None)
    if record and record != getattr(evidence.location, "sheet", None):
        # one of several logs in the file: the table is named, so a reader finds it ("Logs.md, 'Access reviews'
        # table, line 120")
        where = ", ".join(p for p in (f"'{record}' table", where) if p)
        return where if evidence.path == finding.path else f"{evidence.path}, {where}"
    return where if evidence.path == finding.path else f"{evidence.path} {where}".strip()


def standard_name(key: str | None) -> str:
    """'iso9001' -> 'ISO 9001:2015' (the key itself when the catalogue does not know it)."""
    from gapscan.clauses import STANDARDS

    return STANDARDS.get(key or "", key or "")


def show_standard(result: DocumentResult) -> bool:
    """The standard a document was read against is named where the verdict is about it (mirrored or mixed), as
    'read against', never 'mirrors': the mirroring score beside it says how much it copies that standard."""
    from gapscan.model import Verdict

    return bool(result.standard) and result.verdict in (Verdict.MIRRORED, Verdict.MIXED)


def _cell_text(document: Any, location: Any) -> str | None:
    """The text of the table cell a location names, '' for an empty cell, None when it names none."""
    for table in document.tables():
        if location.sheet is not None and table.location.sheet != location.sheet:
            continue
        if location.row not in table.row_numbers:
            continue
        at = table.row_numbers.index(location.row)
        if table.row_lines and table.row_lines[at] != location.line:
            continue  # rows of a text file's tables are counted per table: the line says which table
        row = table.rows[at]
        index = table.header.index(location.column) if location.column in table.header else None
        if index is None and location.cell:
            letters = re.match(r"[A-Z]+", location.cell)
            if letters:
                number = 0
                for ch in letters.group():
                    number = number * 26 + ord(ch) - 64
                index = number - 1 - table.first_column
        if index is None or not 0 <= index < len(row):
            continue
        return "" if row[index] is None else str(row[index])
    return None


def _line_text(document: Any, location: Any) -> str | None:
    texts = [b.text for b in document.blocks if b.location.line == location.line
             and (location.page is None or b.location.page == location.page)]
    return " ".join(texts) if texts else None


_LABEL = re.compile(r"^\[([^\]]{1,40})\]\s+")


def split_label(text: str) -> tuple[str, str]:
    """'[overdue actions] Eleven actions ...' -> ('overdue actions', 'Eleven actions ...'); ('', text) if unlabelled."""
    m = _LABEL.match(text)
    return (m.group(1), text[m.end():]) if m else ("", text)


# A rule's short label before a quoted row or cell ('last entry: Ref: NM-089 | ...', 'item not in the
# procedure: Parts washed'): words and spaces only, so "'bar stock' used 5 times; e.g. " is not one.
_NOTE_LABEL = re.compile(r"^[a-z][a-z ]{0,40}:\s*")


def _row_fields(prefix: str, columns: set[str]) -> bool:
    """True when `prefix` is nothing, or the row's own 'Column: value | ' fields and then 'Column: ': what may
    come before a cell's text in a quote of the cell or its row."""
    *fields, last = prefix.split("|")
    if last.strip() and not (last.rstrip().endswith(":") and last.rstrip()[:-1].strip() in columns):
        return False
    return all(f.partition(":")[1] and f.partition(":")[0].strip() in columns for f in fields)


def _starts(text: str, part: str) -> list[int]:
    """Every index at which `part` begins in `text`."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


class QuoteCheck:
    """Tells a quote (text found at the place it names) from a note about that place.

    Rules attach both to evidence: 'Approved by: Production Manager' at F5 quotes the cell, while
    'longest gap: 585 days before this entry' at D54 describes it. Quotation marks go on the first
    kind only, so a reader never looks in a cell for words it does not hold.
    """

    def __init__(self, report: Report) -> None:
        self.documents = {d.document.path: d.document for d in report.documents}

    def holds(self, evidence: Any) -> bool:
        loc, doc = evidence.location, self.documents.get(evidence.path)
        text = split_label(one_line(evidence.text))[1].casefold()
        if loc is None or doc is None or not text:
            return False
        if loc.row is not None and (loc.sheet is not None or loc.cell is not None or loc.column is not None):
            cell = one_line(_cell_text(doc, loc) or "").casefold()
            # the cell, or its row's fields up to it ('Supplier: Northgate | Category: bar stock'); a note that
            # only mentions the cell's words ("'bar stock' used 5 times; e.g. ...") is no quote of it
            columns = {one_line(str(h)).casefold() for t in doc.tables() for h in t.header if h}
            return bool(cell) and any(_row_fields(text[:at], columns)
                                      or _row_fields(_NOTE_LABEL.sub("", text[:at], count=1), columns)
                                      for at in _starts(text, cell))
        if loc.line is not None:
            source = _line_text(doc, loc)
            if source is None:
                return False
            return text.rstrip("…").strip() in one_line(source).casefold()
        return False

    def parts(self, evidence: Any) -> tuple[str, str, bool]:
        """(label, text, quoted): quoted is True when the text is found at the place it names."""
        label, body = split_label(one_line(evidence.text))
        return label, body, self.holds(evidence)

    def text(self, evidence: Any) -> str:
        """'[label] “quote”' for a quote, the plain text for a note about a place."""
        label, body, quoted = self.parts(evidence)
        return (f"[{label}] " if label else "") + (f"“{body}”" if quoted else body)
