"""The executive summary: what the findings mean for someone who runs the company.

It reads the document results, the findings and the context (records, audit dates),
and says in plain words: how the procedures are written, whether practice follows
them, which spreadsheets carry the real work, whether records are kept for the
auditor, whether problems are still being reported, and what the management review
talks about. It computes no new findings; every number comes from a finding or a
document result.

Top findings are ranked by, in order: severity (error first), rule weight (`RULE_WEIGHT`:
how directly the rule shows the documented system is not the one that runs), the size
of the finding's main number (`SIZE_METRIC`, e.g. rows of a shadow record, days a feed
has been silent), then path and rule so the order is stable. Within one rule a deciding number comes
before the size where the rule has one (`FIRST_METRIC`: how many audits a record spikes before).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any, Callable, Iterable, Mapping, Sequence

from gapscan.model import (Chart, ClaimStatus, DocumentResult, ExecutiveSummary, Finding, Kind, Severity, Status,
                           SummarySection, Verdict)
from gapscan.nlp.language import ENGLISH_RULES, NOT_JUDGED, not_english, not_judged

TOP_N = 5  # rules the summary leads with
TOP_FILES = 3  # files named under each
UNREADABLE_TITLE = "Files gapscan could not read"
# A chart of one or two procedures says nothing the sentence above it does not.
MIN_CHARTED_PROCEDURES = 3
MAX_LISTED = 10

# 5: the system that runs is elsewhere or only wakes for the auditor; 4: practice has left the
# procedure or the review; 3: double work, vocabulary gaps, wrong roles; 1-2: how a text is written.
RULE_WEIGHT: Mapping[str, int] = {
    "PS01": 5, "SH01": 5, "SH02": 5,
    "DR01": 4, "DR02": 4, "DR03": 4, "SH03": 4,
    "PS02": 3, "PS03": 3, "DR05": 3,
    "DR04": 2, "DR06": 2, "CM02": 2, "CM05": 2,
    "CM01": 1, "CM03": 1, "CM04": 1,
}

# The number that says how big a finding is, per rule; other rules use their largest number.
SIZE_METRIC: Mapping[str, str] = {
    "PS01": "use_score", "PS02": "shared_values", "PS03": "missing", "SH01": "lift",
    "SH02": "days_silent", "SH03": "paperwork_share",
}


def finding_size(finding: Finding) -> float:
    """The finding's main number, log-scaled so rows and ratios can share one ordering."""
    key = SIZE_METRIC.get(finding.rule)
    value = finding.metrics.get(key) if key else None
    if not _is_number(value):
        numbers = [abs(v) for v in finding.metrics.values() if _is_number(v)]
        value = max(numbers) if numbers else 0.0
    return math.log1p(abs(float(value)))


# The number that decides before the size among one rule's findings: a record that spikes before every audit says
# more than one big spike before one audit. The summary's top findings and its section on the rule share this order;
# between rules it plays no part (it is not a size another rule's number can be weighed against).
FIRST_METRIC: Mapping[str, str] = {"SH01": "audits_with_spike"}


def finding_weight(finding: Finding) -> float:
    """The finding's FIRST_METRIC, 0 for a rule without one."""
    value = finding.metrics.get(FIRST_METRIC.get(finding.rule, ""))
    return float(value) if _is_number(value) else 0.0


def rank_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Findings that matter most first (see the module docstring for the order)."""
    return sorted(findings, key=lambda f: (-int(f.severity), -RULE_WEIGHT.get(f.rule, 1), -finding_size(f),
                                           f.path, f.rule, f.message))


def rank_within_rule(findings: Sequence[Finding]) -> list[Finding]:
    """One rule's findings in the order every part of the report names them: its FIRST_METRIC before the size."""
    return sorted(findings, key=lambda f: (-int(f.severity), -finding_weight(f), -finding_size(f), f.path, f.rule,
                                           f.message))


def is_lead(finding: Finding) -> bool:
    """A result its rule marks as a lead to check, not a finding (the evidence would not hold: rules/ps, SH03)."""
    return finding.metrics.get("strength") == "lead"


def top_findings(findings: Sequence[Finding], n: int = TOP_N, files: int = TOP_FILES) -> list[Finding]:
    """The findings that matter most: the `n` rules whose best finding ranks highest, each with its `files`
    highest-ranked documents (one finding per rule and document, or log of a document: finding_log), rules in the
    order of their best finding, a rule's documents in its own order (rank_within_rule, as its section lists them).

    Forty CM01 headings on one manual are one problem to a reader, and so are five shadow records: five
    places of one rule at the top of a real client's report told the reader one thing; five rules tell five.
    The renderers say how many more files and places each rule has. A lead is never among them: its rule says
    the evidence would not hold, and the summary's sections name leads as leads.
    """
    candidates = [f for f in findings if not is_lead(f)]
    rules: list[str] = []
    for f in rank_findings(candidates):
        if f.rule not in rules:
            rules.append(f.rule)
    out: list[Finding] = []
    for rule in rules[:n]:
        seen: set[tuple[str, str | None]] = set()
        group: list[Finding] = []
        for f in rank_within_rule([g for g in candidates if g.rule == rule]):
            # one finding per place: each log of a file of several is a place of its own
            if (f.path, finding_log(f)) in seen:
                continue
            seen.add((f.path, finding_log(f)))
            group.append(f)
            if len(group) == files:
                break
        out += group
    return out


def finding_log(f: Finding) -> str | None:
    """The log of its file a finding is about (a sheet or heading of a file of several, rules.ps.common.on_files):
    the one record its quotes of that file name, else None (the file itself, or several of its logs)."""
    logs = {ev.record for ev in f.evidence if ev.path == f.path}
    return next(iter(logs)) if len(logs) == 1 else None


def build(results: Sequence[DocumentResult], findings: Sequence[Finding], ctx: Any) -> ExecutiveSummary:
    """An ExecutiveSummary of a run, in words for someone who has never read the rules."""
    procedures = [r for r in results if r.document.ok and r.document.kind is Kind.PROCEDURE]
    verdicts = {v.value: sum(1 for r in procedures if r.verdict is v) for v in Verdict}
    claimed = drift_documents(results)
    drifts = [r.scores.drift for r in claimed if r.scores.drift is not None]
    average_drift = round(sum(drifts) / len(drifts), 1) if drifts else None
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    records = getattr(ctx, "records", {}) or {}
    read = [r for r in results if r.document.ok]
    short = _namer(results, findings)
    sections = [s for s in (
        _procedures_section(procedures, verdicts, by_rule) or _no_procedures_section(read),
        _drift_section(claimed, average_drift, by_rule, not_checked(results), short=short),
        _shadow_section(records, by_rule, short=short, procedures=procedures),
        _audit_section(ctx, records, by_rule.get("SH01", []), short=short),
        _feeds_section(ctx, records, by_rule.get("SH02", []), short=short),
        _review_section(read, by_rule.get("SH03", []), records, short=short, ctx=ctx),
        _document_control_section(read),
        _unreadable_section(results, short=short),
    ) if s is not None]
    return ExecutiveSummary(headline=_headline(results, procedures, verdicts, records, by_rule, findings),
                            verdict_counts=verdicts, average_drift=average_drift, sections=tuple(sections),
                            top_findings=tuple(top_findings(findings)))


# ---------------------------------------------------------------- headline

def _headline(results, procedures, verdicts, records, by_rule, findings) -> str:
    if results and not any(r.document.ok for r in results):
        return (f"gapscan could not read {_verb(len(results), 'the one file', f'any of the {len(results)} files')} "
                f"it was given, so nothing was checked.")
    parts = []
    n = len(procedures)
    judged = sum(1 for r in procedures if r.verdict is not None)
    standard = _the_standard(procedures)
    mirrored = verdicts.get("mirrored", 0)
    if n and mirrored:
        # out of the procedures that got a verdict: the ones in another language or too short were not judged,
        # and "7 of 54" read as if the other 47 were written around the work
        among = _count(n, 'procedure') if judged == n else f"the {judged} procedures gapscan judged"
        headed = _headed_mirrored(procedures, by_rule)
        if headed == mirrored:
            parts.append(f"{mirrored} of {among} {_verb(mirrored, 'follows', 'follow')} the layout "
                         f"of {standard} rather than describing how the work is done")
        else:
            # a mirrored verdict without a clause heading in the document: "follows the layout" was not so
            parts.append(f"{mirrored} of {among} {_verb(mirrored, 'reads', 'read')} like {standard} rather "
                         f"than describing how the work is done ({_headed_text(headed, mirrored)})")
    shadows = [f for f in by_rule.get("PS01", []) if not is_lead(f)]  # a lead is no headline (is_lead)
    if shadows:
        share = _shadow_share(records, shadows)
        text = f"{_count(len(shadows), 'working record')} that no procedure mentions"
        text += (f" {_verb(len(shadows), 'holds', 'hold')} {share:.0%} of all recorded entries" if share is not None
                 else f" {_verb(len(shadows), 'carries', 'carry')} real work")
        parts.append(text)
    if by_rule.get("SH01"):
        n_spikes = len(by_rule["SH01"])
        parts.append(f"{_count(n_spikes, 'record')} {_verb(n_spikes, 'comes', 'come')} alive mainly before audits")
    if by_rule.get("SH02"):
        parts.append(f"{_count(len(by_rule['SH02']), 'problem-reporting log')} stopped or slowed down")
    if not parts:
        leads = sum(1 for f in findings if is_lead(f))
        findings = [f for f in findings if not is_lead(f)]  # leads are told as leads, never counted as findings
        also = (f" {_count(leads, 'lead')} to check, where the evidence is too thin for a finding, "
                f"{_verb(leads, 'is', 'are')} listed under {FINDINGS_PART}." if leads else "")
        unchecked = not_checkable_claims(procedures)
        if not findings and unchecked and all(r.scores.drift is None for r in drift_documents(results)):
            return (f"No findings, but no claim of the procedures could be checked: the records of "
                    f"{_count(unchecked, 'claim')} are not in the set.{also}")
        if not findings and not procedures:
            # nothing documented to hold the records against: "no gaps found" would vouch for a system never seen
            held = (f"the {_count(len(records), 'record')} it read" if records else "any record")
            return (f"No findings, but no procedure was found in the set: gapscan had no documented system to "
                    f"hold {held} against.{also}")
        if not findings:
            return ("No gaps found between the documented management system and the records of the work."
                    if not leads else f"No findings.{also}")
        files = len({f.path for f in findings})
        found = f"{_count(len(findings), 'finding')} in {_count(files, 'file')}, the most important below.{also}"
        if judged:
            # the first thing a client asks, answered: a set without a mirrored procedure is news, not silence
            which = "" if judged == n else " gapscan judged"
            # no procedure is judged a copy of the standard, but some carry its clause headings: the findings
            # under the headline say so, and a bare "none follows the layout" above them read as a contradiction
            judged_paths = {r.document.path for r in procedures if r.verdict is not None}
            headed = len({f.path for f in by_rule.get("CM01", []) if f.path in judged_paths})
            though = "" if not headed else (
                " throughout, though it carries its clause numbers or titles as headings" if judged == 1 else
                f" throughout, though {headed} {_verb(headed, 'carries', 'carry')} its clause numbers or titles "
                f"as headings")
            if judged == 1:
                return f"The procedure{which} does not follow the layout of {standard}{though}; {found}"
            return f"None of the {judged} procedures{which} follows the layout of {standard}{though}; {found}"
        return found[:1].upper() + found[1:]
    head = "; ".join(parts[:3])
    return head[:1].upper() + head[1:] + "."


# ---------------------------------------------------------------- sections

def _standards_judged(procedures) -> set[str]:
    return {r.standard for r in procedures if r.verdict is not None and r.standard}


def _the_standard(procedures) -> str:
    """What the judged procedures were read against, as the headline names it: "the ISO standard", or what the
    catalogue calls itself when all of them were read against one that is no ISO standard ("the SOC 2 criteria":
    a SOC 2 policy pack told it follows "the ISO standard" was told something untrue); "the standard" when they
    were read against both kinds."""
    from gapscan.clauses import called_of

    called = {called_of(k) for k in _standards_judged(procedures)}
    return called.pop() if len(called) == 1 else "the standard" if called else "the ISO standard"


def _unit(procedures) -> str:
    """"clause", or the catalogue's own unit ("criterion") when every judged procedure was read against it."""
    from gapscan.clauses import unit_of

    units = {unit_of(k) for k in _standards_judged(procedures)}
    return units.pop() if len(units) == 1 else "clause"


def _headed_mirrored(procedures, by_rule) -> int:
    """Mirrored procedures whose headings carry the standard's clauses (a CM01 or CM02 finding in them)."""
    headed = {f.path for code in ("CM01", "CM02") for f in by_rule.get(code, [])}
    return sum(1 for r in procedures if r.verdict is Verdict.MIRRORED and r.document.path in headed)


def _headed_text(headed: int, mirrored: int) -> str:
    """'1 of them carries its clause numbers or titles as headings', 'none of them carries ...'."""
    if not headed:
        return (f"{_verb(mirrored, 'it does not carry', 'none of them carries')} the standard's clause numbers or "
                f"titles as headings")
    return f"{headed} of them {_verb(headed, 'carries', 'carry')} the standard's clause numbers or titles as headings"


def _procedures_section(procedures, verdicts, by_rule=None) -> SummarySection | None:
    if not procedures:
        return None
    n = len(procedures)
    kinds = []
    mirrored = verdicts["mirrored"]
    headed = _headed_mirrored(procedures, by_rule or {})
    standard, unit = _the_standard(procedures), _unit(procedures)
    if mirrored and headed == mirrored:
        kinds.append(f"{mirrored} {_verb(mirrored, 'copies', 'copy')} the structure and "
                     f"wording of {standard} ({unit} by {unit}) instead of saying who does what")
    elif mirrored:
        # judged mirrored on its wording and on how little of the work it names, not on clause headings
        kinds.append(f"{mirrored} {_verb(mirrored, 'reads', 'read')} like {standard} instead of saying who "
                     f"does what ({_headed_text(headed, mirrored)})")
    if verdicts["mixed"]:
        kinds.append(f"{verdicts['mixed']} {_verb(verdicts['mixed'], 'mixes', 'mix')} the standard's wording with "
                     f"the actual work")
    if verdicts["operational"]:
        kinds.append(f"{verdicts['operational']} {_verb(verdicts['operational'], 'is', 'are')} written around "
                     f"the actual work")
    # the paragraph that gives the total accounts for every procedure in it, judged or not
    foreign = not_judged(r.document for r in procedures if r.verdict is None)
    unknown = sum(1 for r in procedures if r.verdict is None and not not_english(r.document))
    if unknown:
        kinds.append(f"{unknown} {_verb(unknown, 'is', 'are')} too short (under 40 words) to say how "
                     f"{_verb(unknown, 'it is', 'they are')} written")
    other_language = sum(1 for r in procedures if r.verdict is None and not_english(r.document))
    if other_language:
        kinds.append(f"{other_language} {_verb(other_language, 'is', 'are')} not in English and not judged")
    lines = [f"gapscan read {_count(n, 'procedure')}" + (": " + "; ".join(kinds) + "." if kinds else ".")]
    uncertain = sum(1 for r in procedures if r.verdict is not None and r.verdict_uncertain)
    if uncertain:
        lines.append(f"{uncertain} of these {_verb(uncertain, 'verdicts is', 'verdicts are')} uncertain: the "
                     f"{_verb(uncertain, 'document sits', 'documents sit')} between two kinds, so read "
                     f"{_verb(uncertain, 'it', 'them')} before acting on the verdict.")
    if foreign:
        lines.append(f"{foreign[0].upper()}{foreign[1:]}: the standard's phrases and the verdict's model are "
                     "English, so gapscan does not say how these are written.")
    if verdicts["mirrored"] or verdicts["mixed"]:
        lines.append("A procedure that mirrors the standard satisfies an auditor's checklist but tells staff little "
                     "about their job, so the real way of working gets written down elsewhere.")
    charts: tuple[Chart, ...] = ()
    if sum(verdicts.values()) >= MIN_CHARTED_PROCEDURES:
        # the bars leave out what has no verdict: the title says so, or they would not add up to the count above
        left = [f"{unknown} too short to judge"] if unknown else []
        other = n - sum(verdicts.values()) - unknown
        left += [f"{other} in another language"] if other else []
        title = "procedures by how they are written" + (f" ({', '.join(left)} not shown)" if left else "")
        charts = (Chart(title=title, labels=tuple(v.value for v in Verdict),
                        values=tuple(float(verdicts[v.value]) for v in Verdict)),)
    return SummarySection(title="How the procedures are written", lines=tuple(lines), charts=charts)


def _no_procedures_section(read) -> SummarySection | None:
    # a records-only folder would otherwise read as "no gaps": say what could not be compared
    if not any(r.document.kind is Kind.RECORD for r in read):
        return None
    return SummarySection(title="How the procedures are written", lines=(
        "No procedure was among the documents, so the records could not be compared with what procedures say: "
        "drift (DR) and unmentioned records (PS01) need both. Add the procedures to the scan to check them.",))


# the claims each drift rule checks, and what they are in a client's words
_CLAIM_RULES = (("DR01", "form", "required forms"), ("DR02", "frequency", "stated frequencies"),
                ("DR03", "deadline", "time limits"), ("DR04", "field", "required fields"),
                ("DR05", "role", "responsible roles"), ("DR06", "steps", "procedure steps"))
_CLAIM_WORDS = {"form": ("form", "forms"), "frequency": ("frequency", "frequencies"),
                "deadline": ("time limit", "time limits"), "field": ("field", "fields"), "role": ("role", "roles"),
                "steps": ("list of steps", "lists of steps")}
NO_RECORDS = "no working records were handed over"
# where a report says why each lead is only a lead: its part "Findings by document" (report.common.Section); the
# "Documents" part is a table of scores and counts
FINDINGS_PART = "Findings by document"
NO_CLAIMS = "the procedures state no form, frequency, time limit, field, role or steps that gapscan could read"
_DR_CODES = ("DR01", "DR02", "DR03", "DR04", "DR05", "DR06")


def not_checked(results: Sequence[DocumentResult]) -> dict[str, str]:
    """The drift and parallel-system rules that could not look at anything in this set, and the rules read
    through English word lists that did not judge the procedures in another language, with why: a rule that
    could not look found nothing, which is not the same as finding the work done as written."""
    read = [r for r in results if r.document.ok]
    procedures = [r for r in read if r.document.kind is Kind.PROCEDURE]
    if not procedures:
        return {}
    out = _drift_not_checked(read, drift_documents(read))
    # rules that read through English word lists did not judge the procedures in another language
    foreign = not_judged(r.document for r in procedures)
    if foreign:
        for code in ENGLISH_RULES:
            out.setdefault(code, foreign)  # "no working records were handed over" says more of PS03
    return out


def _drift_not_checked(read, procedures) -> dict[str, str]:
    records = sum(1 for r in read if r.document.kind is Kind.RECORD)
    if not records:
        # a meeting's frequency is still checked against its minutes (a review, not a record); a set of minutes is
        # named, so the line never reads as if nothing at all had been handed over (48 files of minutes beside it)
        checked = _checked_codes(procedures)
        minutes = sum(1 for r in read if r.document.kind is Kind.REVIEW)
        # templates (a register with only its header and placeholder rows) are named too: a client who handed over
        # files called "Incident Register" and "Order Log" otherwise reads "no working records" as gapscan missing them
        forms = sorted(r.document.path for r in read if r.document.kind is Kind.FORM)
        handed = ([f"{_count(minutes, 'file')} of minutes"] if minutes else []) + (
            [f"the templates of {_count(len(forms), 'form')} (e.g. {forms[0]})"] if forms else [])
        why = NO_RECORDS + (", only " + " and ".join(handed) if handed else "")
        return {code: why for code in _DR_CODES + ("PS01", "PS02", "PS03") if code not in checked}
    if not any(r.claims for r in procedures):  # e.g. procedures in a language the claim patterns do not read
        out = dict.fromkeys(_DR_CODES, NO_CLAIMS)
    else:
        out = {code: f"{_count(n, 'claim')} on {what}, " + (
                   f"none checked: {thin} tied to a record with too few dated entries to judge (e.g. {thin_in})"
                   + (f", {loose} only loosely linked (e.g. to {example})" if loose else "") if thin else
                   f"none tied firmly enough to a record to check: {loose} only loosely linked (e.g. to {example})"
                   if loose else "none with a record in the set that shows it")
               for code, what, n, loose, example, thin, thin_in in _unlooked_claims(procedures)}
    if records < 2:
        out["PS02"] = "only one working record, nothing to compare it with"
    return out


# Reasons a claim was not checked although a record in the set may show it: gapscan could not tell which
# ("no linked record is about this" is not one: the records it has are about something else)
# (a name may hold brackets of its own: "minutes of the Annual Meeting (14 files)", "tracker (do not delete).xlsx";
# an ambiguous link names both candidates, "A and B could both hold this": both are kept, as "A and B")
LOOSE_LINK = re.compile(r"^(?:only weak links|ambiguous) *[:(] *((?:[^,;()]|\([^()]*\))+?)"
                        r"(?: could both\b[^,;]*)?(?=[,;)]|$)")
# ... or it was tied to its record, which holds too few dated entries to show a cadence or a time limit yet
TOO_FEW = re.compile(r"\btoo few\b")


def _unlooked_claims(procedures) -> list[tuple[str, str, int, int, str | None, int, str | None]]:
    """(rule, what it checks, claims, claims only loosely linked to a record, one such record, claims tied to a
    record too short to judge them, one such record) for each drift rule none of whose claims was checked
    against a record."""
    out = []
    for code, kind, what in _CLAIM_RULES:
        claims = [c for r in procedures for c in r.claims if c.kind == kind]
        if claims and not any(c.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED) for c in claims):
            loose = Counter(m.group(1).strip() for c in claims for m in [LOOSE_LINK.match(c.detail or "")] if m)
            thin = Counter(c.record for c in claims if c.record and TOO_FEW.search(c.detail or ""))
            out.append((code, what, len(claims), sum(loose.values()),
                        loose.most_common(1)[0][0] if loose else None,
                        sum(thin.values()), thin.most_common(1)[0][0] if thin else None))
    return out


def drift_claims(results: Sequence[DocumentResult]) -> tuple[int, int]:
    """What the average drift rests on: (claims of the procedures a record confirmed or contradicted, claims
    no record in the set could check). A 0 over 65 claims with 413 unchecked is not 'no drift'."""
    claimed = drift_documents(results)
    looked = sum(1 for r in claimed if r.scores.drift is not None for c in r.claims
                 if c.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED))
    return looked, not_checkable_claims(claimed)


def drift_documents(results: Sequence[DocumentResult]) -> list[DocumentResult]:
    """The documents drift is measured on: the procedures, and the pages that are none (a roster, a README: drift.
    ROUTINE_KINDS) whose stated cadence a record confirmed or contradicted. Such a page carries only those claims,
    so a DR02 finding on "the board meets monthly" is never beside "no claim could be checked"."""
    return [r for r in results if r.document.ok and (r.document.kind is Kind.PROCEDURE or r.claims)]


def drift_basis(results: Sequence[DocumentResult]) -> str:
    """'over 12 claims checked against the records', and whose they are when no procedure's: a head reading
    "100/100" beside procedures all without a drift read as the procedures' (a board page's "once per month")."""
    looked, _ = drift_claims(results)
    scored = [r for r in drift_documents(results) if r.scores.drift is not None]
    pages = sum(1 for r in scored if r.document.kind is not Kind.PROCEDURE)
    whose = f", of {_count(pages, 'page')} outside the procedures" if scored and pages == len(scored) else ""
    return f"over {_count(looked, 'claim')} checked against the records{whose}"


def drift_fact(summary: ExecutiveSummary, results: Sequence[DocumentResult]) -> str | None:
    """The summary's drift line after 'Average drift: ', with the claims the number rests on; when no claim
    could be checked it says so instead of a number; None when the procedures make no claim at all."""
    looked, unchecked = drift_claims(results)
    if summary.average_drift is not None and looked:
        return (f"{summary.average_drift:.0f}/100 {drift_basis(results)}"
                + (f"; {unchecked:,} more could not be checked" if unchecked else ""))
    if unchecked:
        which = (f"none of the {unchecked:,} claims the procedures make could" if unchecked > 1
                 else "the one claim the procedures make could not")
        return f"not measured, as {which} be checked against a record"  # one colon a line
    return None


def not_checkable_claims(procedures) -> int:
    """Claims of the procedures that no record in the set could confirm or contradict."""
    return sum(1 for r in procedures for c in r.claims if c.status is ClaimStatus.NOT_CHECKABLE)


def _not_checked_lines(procedures, unlooked: dict[str, str]) -> tuple[str, ...]:
    """What the rules could not look at, one line per reason: three reasons in one bullet read as a wall."""
    unlooked = dict(unlooked)
    unread = {code: unlooked.pop(code) for code in ENGLISH_RULES
              if unlooked.get(code, "").startswith(NOT_JUDGED)}
    lines = _drift_not_checked_lines(procedures, unlooked)
    if unread:
        names = [f"{ENGLISH_RULES[code]} ({code})" for code in unread]
        what = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        lines.append(f"{what[0].upper()}{what[1:]} {next(iter(unread.values()))}: "
                     "the word lists these rules read with are English.")
    return tuple(lines)


def _checked_codes(procedures) -> dict[str, int]:
    """The drift rules some claim of the procedures was checked by (held or drifted), with how many claims."""
    kinds = {kind: code for code, kind, _ in _CLAIM_RULES}
    found = Counter(kinds[c.kind] for r in procedures for c in r.claims
                    if c.kind in kinds and c.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED))
    return dict(found)


def _no_records_line(procedures, unlooked: dict[str, str], unchecked: int) -> str | None:
    """When no record at all was handed over and no claim was checked: the one line that says so, with the claims
    left unchecked and the rules that did not run; else None."""
    whys = {why for code, why in unlooked.items() if code in _DR_CODES or code.startswith("PS")}
    if len(whys) != 1 or not next(iter(whys)).startswith(NO_RECORDS) or _checked_codes(procedures):
        return None
    why = next(iter(whys))
    which = ("the one claim the procedures make could not" if unchecked == 1 else
             f"none of the {_count(unchecked, 'claim')} the procedures make could")
    return (f"{why[0].upper()}{why[1:]}, so {which} "
            f"be checked against one and gapscan says nothing about drift: practice drift (DR01-DR06) and "
            f"parallel-system (PS01-PS03) rules were not checked. That is not a clean result; hand over the "
            f"records to have them checked.")


def _drift_not_checked_lines(procedures, unlooked: dict[str, str]) -> list[str]:
    if not unlooked:
        return []
    whys = set(unlooked.values())
    if len(whys) == 1 and next(iter(whys)).startswith(NO_RECORDS):
        why = next(iter(whys))
        why = why[0].upper() + why[1:]
        checked = _checked_codes(procedures)
        if not checked:
            return [f"{why}: practice drift (DR01-DR06) and parallel-system "
                    "(PS01-PS03) rules were not checked. That is not a clean result."]
        words = {code: what for code, _, what in _CLAIM_RULES}
        rest = [code for code in _DR_CODES if code in unlooked]
        done = ", ".join(f"{words[code]} ({code}, {_count(n, 'claim')})" for code, n in sorted(checked.items()))
        return [f"{why}: practice drift ({', '.join(rest)}) and parallel-system "
                f"(PS01-PS03) rules were not checked, only {done} against the minutes and other documents in the "
                "set. That is not a clean result."]
    lines = []
    if NO_CLAIMS in unlooked.values():
        lines.append(f"Practice drift (DR01-DR06) not checked: {NO_CLAIMS}, so there was nothing to compare with "
                     "the records. That is not a clean result.")
    else:
        # one reason a claim, each told with the claims it is true of: together they add up to the "N claims
        # could not be checked" above (a rule with some claims checked still has its unchecked ones counted)
        absent, loose, short = _unchecked_by_reason(procedures)
        if absent:
            lines.append("Not checked, because no record in the set shows them (not a clean result): "
                         + _by_rule(absent) + ".")
        if loose:
            lines.append("Not checked, because gapscan could not tie them firmly to one record, though a record in "
                         f"the set may show them (e.g. {_most_common(loose)}; not a clean result): "
                         + _by_rule(loose) + ".")
        if short:
            lines.append("Not checked, because the record they are tied to holds too few dated entries to judge "
                         f"them (e.g. {_most_common(short)}; not a clean result): " + _by_rule(short) + ".")
    if "PS02" in unlooked:
        lines.append(f"Duplicate recording (PS02) not checked: {unlooked['PS02']}.")
    return lines


def _unchecked_by_reason(procedures) -> tuple[list[tuple[str, str | None]], ...]:
    """The claims no record confirmed or contradicted, as (rule, record it names) in three lists by why: no
    record shows them, only loosely linked to one, tied to one with too few dated entries."""
    rules = {kind: code for code, kind, _ in _CLAIM_RULES}
    absent, loose, short = [], [], []
    for c in (c for r in procedures for c in r.claims
              if c.status is ClaimStatus.NOT_CHECKABLE and c.kind in rules):
        link = LOOSE_LINK.match(c.detail or "")
        if c.record and TOO_FEW.search(c.detail or ""):
            short.append((rules[c.kind], c.record))
        elif link:
            loose.append((rules[c.kind], link.group(1).strip()))
        else:
            absent.append((rules[c.kind], None))
    return absent, loose, short


def _by_rule(claims: list[tuple[str, str | None]]) -> str:
    """'stated frequencies (DR02, 3 claims), time limits (DR03, 1 claim)', in rule order."""
    words = {code: what for code, _, what in _CLAIM_RULES}
    n = Counter(code for code, _ in claims)
    return ", ".join(f"{words[code]} ({code}, {_count(n[code], 'claim')})" for code in _DR_CODES if n[code])


def _most_common(claims: list[tuple[str, str | None]]) -> str:
    return Counter(record for _, record in claims if record).most_common(1)[0][0]


def claims_not_read(results: Sequence[DocumentResult]) -> dict | None:
    """The procedures whose claims were not read because their text is not English (nlp/claims.py reads
    English words only): {"procedures": 3, "by_language": {"German": 3}, "reason": "3 procedures not in
    English (German 3): their claims were not read ..."}, or None when every procedure is English or too
    short to tell."""
    found = Counter(lang for r in results if r.document.ok and r.document.kind is Kind.PROCEDURE
                    for lang in [not_english(r.document)] if lang)
    if not found:
        return None
    by_language = dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
    n = sum(by_language.values())
    return {"procedures": n, "by_language": by_language,
            "reason": f"{_count(n, 'procedure')} not in English "
                      f"({', '.join(f'{lang} {k}' for lang, k in by_language.items())}): their claims were not "
                      "read, as the patterns that find forms, frequencies, time limits, fields, roles and steps "
                      "read English"}


def _drift_section(procedures, average_drift, by_rule, unlooked=None, *,
                   short: Callable[[str], str]) -> SummarySection | None:
    unchecked = not_checkable_claims(procedures)
    not_checked = _not_checked_lines(procedures, unlooked or {}) + tuple(
        f"{u['reason']}." for u in [claims_not_read(procedures)] if u)  # other languages, in one line
    unchecked_line = (f"{_count(unchecked, 'claim')} the procedures make could not be checked: the record that "
                      f"would show {_verb(unchecked, 'it', 'them')} is not in the set, or is linked too weakly to "
                      f"be sure. These are not drift; hand over the records to have them checked.")
    if average_drift is None:
        if not unchecked:
            return (SummarySection(title="Does the work follow the procedures?", lines=not_checked)
                    if not_checked else None)
        alone = _no_records_line(procedures, unlooked or {}, unchecked)
        if alone:
            # nothing to link, so "linked too weakly" was not why, and three lines told one fact (an ISMS pack)
            return SummarySection(title="Does the work follow the procedures?", lines=(alone,) + tuple(
                line for line in not_checked if not line.startswith(NO_RECORDS[0].upper() + NO_RECORDS[1:])))
        return SummarySection(title="Does the work follow the procedures?",
                              lines=("No claim of the procedures could be checked against a record, so gapscan "
                                     "says nothing about drift.", unchecked_line) + not_checked)
    dr = sum(len(v) for k, v in by_rule.items() if k.startswith("DR"))
    checked = sum(1 for r in procedures if r.scores.drift is not None and r.document.kind is Kind.PROCEDURE)
    pages = sum(1 for r in procedures if r.scores.drift is not None and r.document.kind is not Kind.PROCEDURE)
    over = (f"the {_count(checked, 'procedure')}" + (f" and {_count(pages, 'other page')}" if pages else "")
            if checked else f"{_count(pages, 'page')} outside the procedures")
    # the score rests on the claims a record confirmed or contradicted: a 0 from one claim is not a 0 from fifty
    looked = [c.kind for r in procedures if r.scores.drift is not None for c in r.claims
              if c.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED)]
    claims = len(looked)
    # what the score rests on: 35 forms that exist is not a routine kept
    kinds = ", ".join(f"{looked.count(kind)} {_verb(looked.count(kind), *_CLAIM_WORDS[kind])}"
                      for _, kind, _ in _CLAIM_RULES if kind in looked)
    lines = [f"Average drift is {average_drift:.0f} out of 100 over {over} whose "
             f"records gapscan could check, on {_count(claims, 'claim')} the records confirm or contradict"
             f"{f' ({kinds})' if kinds else ''}: "
             f"0 means the records show the work done exactly as the procedures "
             f"say, 100 means nothing the procedures promise can be seen in the records.",
             f"{_count(dr, 'place')} where the records contradict a procedure{' or page' if pages else ''} (a form never used, a check done "
             f"less often or later than written, a field left empty, someone else signing)."
             if dr else "gapscan found no place where the records contradict a procedure."]
    if unchecked:
        lines.append(unchecked_line)
    lines.extend(not_checked)
    every = sorted(((r.scores.drift, r.document.path) for r in procedures if r.scores.drift is not None),
                   key=lambda t: (-t[0], t[1]))
    # the procedures that drift, highest first: bars of 0 under "the highest" read as a chart of nothing
    drifting = [(d, p) for d, p in every if round(d) > 0]
    scored = drifting[:8]
    parts = ([f"the {len(scored)} highest of {len(drifting)}"] if len(drifting) > len(scored) else []) + \
        ([f"{len(every) - len(drifting)} of {len(every)} at 0 not shown"] if len(every) > len(drifting) else [])
    shown = "".join(f"; {p}" for p in parts)
    charts: tuple[Chart, ...] = ()
    if scored and len(every) >= 2:
        charts = (Chart(title=f"drift by {'procedure' if not pages else 'document'} (0 = followed, 100 = not followed{shown})",
                        labels=tuple(short(p) for _, p in scored),
                        values=tuple(float(round(d)) for d, _ in scored)),)
    return SummarySection(title="Does the work follow the procedures?", lines=tuple(lines), charts=charts)


def _shadow_section(records, by_rule, *, short: Callable[[str], str], procedures=()) -> SummarySection | None:
    ranked = sorted(by_rule.get("PS01", []), key=lambda f: f.metrics.get("rank", 0))
    shadows, leads = [f for f in ranked if not is_lead(f)], [f for f in ranked if is_lead(f)]
    all_dups, all_vocab = by_rule.get("PS02", []), by_rule.get("PS03", [])
    dups, vocab = [f for f in all_dups if not is_lead(f)], [f for f in all_vocab if not is_lead(f)]
    if not (ranked or all_dups or all_vocab):
        return None
    lines = []
    if shadows:
        share = _shadow_share(records, shadows)
        n = len(shadows)
        lines.append(f"{_count(n, 'working record')} that no procedure mentions "
                     + (f"{_verb(n, 'holds', 'hold')} {share:.0%} of all entries in the records gapscan read."
                        if share is not None else f"{_verb(n, 'is', 'are')} in use.")
                     # what the finding shows at any share ("where the business actually keeps track of its
                     # work" over 2% of the entries was more than it shows)
                     + " That work is tracked outside the documented system.")
        lines.extend(_shadow_lines(shadows, "Also kept outside the procedures", short))
    if leads:
        # a lead is told as one: its rule found the evidence too thin to say the business works there
        n = len(leads)
        lines.append(f"{_count(n, 'other file' if shadows else 'file')} that no procedure mentions "
                     f"{_verb(n, 'looks', 'look')} like {'a record' if n == 1 else 'records'}, but the evidence is "
                     f"too thin to call {'it' if n == 1 else 'them'} the real system: "
                     f"{'a lead' if n == 1 else 'leads'} to check, not {'a finding' if n == 1 else 'findings'} "
                     f"(why, for each, under {FINDINGS_PART}).")
        lines.extend(_shadow_lines(leads, "Also leads", short))
    if dups:
        lines.append(_duplicates_line(dups, short))
    if vocab:
        weak = [f for f in vocab if f.severity > Severity.INFO]
        # PS03 weighs a gap in a procedure not judged operational as a warning: what is true of those is their
        # verdict, told as it is ("all 3 read as written about the standard" was said of three judged mixed)
        judged = _verdicts_said(weak, procedures)
        which = ("it is" if len(vocab) == 1 else f"all {len(weak)} are" if len(weak) == len(vocab) else
                 f"{len(weak)} of them {_verb(len(weak), 'is', 'are')}")
        example = ""
        # the set's own words, as PS03 found them missing ("products, machines, failure types" read as nonsense
        # beside a HIPAA programme's 'purge', 'state law', 'cms'); the generic kinds only when none are given
        terms = [str(t.get("term")) for t in (vocab[0].metrics.get("missing_terms") or [])
                 if isinstance(t, Mapping) and t.get("term")][:3]
        said = ", ".join(f"'{t}'" for t in terms)
        words = ((f": {said}" if len(vocab) == 1 else f", e.g. {said} ({short(vocab[0].path)})") if terms else
                 " (products, machines, failure types)")
        named = f" ({short(vocab[0].path)})" if len(vocab) == 1 else ""
        if len(vocab) > 1 and weak and not (terms and weak[0] is vocab[0]):  # never the same file named twice
            example = f", e.g. {short(weak[0].path)}"
        lines.append(f"{_count(len(vocab), 'procedure')}{named} never {_verb(len(vocab), 'uses', 'use')} words that "
                     f"fill {_verb(len(vocab), 'its', 'their')} records{words}"
                     + (f"; {which} {judged}{example}." if weak and judged else "."))
    dup_leads, vocab_leads = len(all_dups) - len(dups), len(all_vocab) - len(vocab)
    other_leads = dup_leads + vocab_leads
    if other_leads:
        # after the findings they are leads beside: "5 more leads" first read as more of lines not yet given;
        # each kind named by its own rule ("(PS02, PS03)" over five PS02 leads sent a reader looking for a PS03)
        kinds = [(n, what, rule) for n, what, rule in (
            (dup_leads, "records that write down the same entries", "PS02"),
            (vocab_leads, "words of the records their procedures never use", "PS03")) if n]
        what = (f"on {kinds[0][1]} ({kinds[0][2]})" if len(kinds) == 1 else
                "(" + "; ".join(f"{n} on {w}, {r}" for n, w, r in kinds) + ")")
        lines.append(f"{_count(other_leads, 'more lead' if lines else 'lead')} {what} "
                     f"{_verb(other_leads, 'is', 'are')} listed under {FINDINGS_PART}, not counted here.")
    chart = None
    # one bar compares nothing: the line above already gives that record's entries
    if len(shadows) > 1:
        # the eight most used (PS01's rank), drawn longest first: a chart of entries read in entry order
        top = sorted(shadows[:8], key=lambda f: -float(f.metrics.get("rows", 0)))
        chart = Chart(title="entries in records no procedure mentions", labels=tuple(short(_record(f)) for f in top),
                      values=tuple(float(f.metrics.get("rows", 0)) for f in top))
    return SummarySection(title="The real system: work tracked outside the procedures", lines=tuple(lines),
                          charts=(chart,) if chart else ())


def _shadow_lines(shadows: Sequence[Finding], also: str, short: Callable[[str], str]) -> list[str]:
    """The first three records of PS01 described (entries, how recent, by whom, what they track), the rest named."""
    lines = []
    for f in shadows[:3]:
        m = f.metrics
        cols = ", ".join(m.get("columns", [])[:5])
        # PS01 leaves recent_entries out when no entry has a readable date: a 0 would read as "not used lately"
        when = (f"{m['recent_entries']} in the last {m.get('recent_days', 90)} days" if "recent_entries" in m
                else "none with a readable date")
        who = f"kept by {_people(m.get('people'))}" if _is_number(m.get("people")) and m.get("people") else \
            "no column names who made them"
        lines.append(f"{short(_record(f))}: {m.get('rows', 0)} entries, {when}, {who}"
                     + (f"; it tracks {cols}." if cols else "."))
    n = len(shadows)
    if n > 3:
        rest = [short(_record(f)) for f in shadows[3:3 + MAX_LISTED]]
        more = f" and {n - 3 - len(rest)} more" if n - 3 > len(rest) else ""
        lines.append(f"{also}: {', '.join(rest)}{more}.")
    return lines


def _audit_section(ctx, records, spikes, *, short: Callable[[str], str]) -> SummarySection | None:
    dates = tuple(getattr(ctx, "audit_dates", ()) or ())
    if not dates:
        if not records:
            return None
        return SummarySection(title="Records kept for the auditor", lines=(
            "No audit dates were given or found in the documents, so gapscan could not check whether records "
            "are filled in mainly before audits. Give them with --audit-date.",))
    source = ("found in the audit plans and reports" if getattr(ctx, "audit_dates_inferred", False)
              else "given")
    lines = [f"Audit dates {source}: {', '.join(d.isoformat() for d in dates)}."]
    if not spikes:
        lines.append("No record gets an unusual share of its entries just before an audit.")
        return SummarySection(title="Records kept for the auditor", lines=tuple(lines))
    ranked = rank_within_rule(spikes)  # the top findings' order (FIRST_METRIC): one order everywhere
    lines.append(f"{_count(len(spikes), 'record')} {_verb(len(spikes), 'is', 'are')} filled in mostly in the weeks before an audit: the "
                 f"system comes alive for the auditor and sleeps in between.")
    for f in ranked[:3]:
        m = f.metrics
        lines.append(f"{short(_record(f))}: {m.get('entries_in_window')} entries in the {m.get('window_days')} days "
                     f"before the audit of {m.get('audit_date')}, about {float(m.get('lift') or 0):.0f} times "
                     f"its normal rate (before {m.get('audits_with_spike', 1)} of {len(m.get('audits', [])) or 1} "
                     f"audits).")
    charts = tuple(_chart(ranked[0].metrics.get("chart"), f"{short(_record(ranked[0]))}: ")) if ranked else ()
    return SummarySection(title="Records kept for the auditor", lines=tuple(lines), charts=charts)


def _feeds_section(ctx, records, stale, *, short: Callable[[str], str]) -> SummarySection | None:
    from gapscan.rules.sh import feed_kind

    titles = {d.path: d.title for d in getattr(ctx, "documents", ())}
    # each log of a file of several is read on its own: Logs.md's incident log is an incident log (multilog)
    records = {log.path: log for prof in records.values() for log in (getattr(prof, "logs", ()) or (prof,))}
    feeds = sorted(p for p, prof in records.items()
                   if feed_kind(p, titles.get(p), [c.name for c in prof.columns]) is not None)
    if not feeds and not stale:
        if not records:
            return None
        from gapscan.rules.sh import system_unspoken

        none = ("gapscan found no improvement, near-miss, incident, complaint or nonconformity log among the "
                "records")
        documents = [d for d in getattr(ctx, "documents", ()) if d.ok]
        # a set that documents no management system keeps no such log by design: "nobody records problems" would
        # accuse it of a gap it never claimed to close (drhold30: an open-source project's administrative files, a
        # GRC portfolio's risk register handed over alone)
        if not any(d.kind is Kind.PROCEDURE for d in documents):
            why = "; the set holds no procedure that would keep one, so its absence says nothing."
        elif system_unspoken(documents, ctx):
            why = ("; no document of the set speaks of a management system that would keep one, so its absence "
                   "says nothing.")
        else:
            why = ". Either they are kept somewhere else, or nobody records problems."
        return SummarySection(title="Are problems still being reported?", lines=(none + why,))
    stale_paths = {_record(f) for f in stale}
    # SH02 judges a log only from its min_entries-th entry: a shorter one is neither healthy nor stopped
    min_entries = int(ctx.option("SH02", "min_entries", 6)) if hasattr(ctx, "option") else 6
    too_few = [p for p in feeds if p not in stale_paths and len(records[p].dated_entries) < min_entries]
    healthy = [p for p in feeds if p not in stale_paths and p not in too_few]
    # a log holding no dated entry at all is not a short one
    undated = [p for p in too_few if not records[p].dated_entries]
    too_few = [p for p in too_few if p not in undated]
    lines = []
    for f in sorted(stale, key=lambda f: (-int(f.metrics.get("days_silent", 0)), f.path)):
        m = f.metrics
        if m.get("status") == "stopped":
            lines.append(f"{short(_record(f))} ({m.get('feed')}): nothing recorded for {m.get('days_silent')} days.")
        else:
            lines.append(f"{short(_record(f))} ({m.get('feed')}): falling from {m.get('earlier_per_month')} to "
                         f"{m.get('recent_per_month')} entries a month.")
    if stale:
        lines.append("When reporting stops, problems have not stopped: people stopped reporting them, often "
                     "because nothing happened when they did.")
    if healthy:
        lines.append(f"{_count(len(healthy), 'log')} still being fed: {_listed([short(p) for p in healthy])}.")
    if too_few:
        lines.append(f"{_count(len(too_few), 'log')} {'has' if len(too_few) == 1 else 'have'} too few dated entries "
                     f"to judge (fewer than {min_entries}): {_listed([short(p) for p in too_few])}.")
    if undated:
        lines.append(f"{_count(len(undated), 'log')} {'holds' if len(undated) == 1 else 'hold'} no dated entries: "
                     f"{_listed([short(p) for p in undated])}.")
    charts: tuple[Chart, ...] = ()
    if stale:
        first = sorted(stale, key=_record)[0]
        charts = tuple(_chart(first.metrics.get("chart"), f"{short(_record(first))}: "))
    return SummarySection(title="Are problems still being reported?", lines=tuple(lines), charts=charts)


# a log inside a file of logs named for review meetings ('Logs.md § 13. Management Review Minutes')
# ('Access Control Review Record' is an access review, not a management review)
REVIEW_LOG = re.compile(r"\bmanagement\s+review\b|\breview\s+(?:minutes|meetings?)\b", re.I)


def _review_section(results, paperwork, records=None, *, short: Callable[[str], str],
                    ctx: Any = None) -> SummarySection | None:
    from gapscan.rules.sh import held_review, members_meeting

    from gapscan.rules.sh import too_little_topical, topical_counts

    option = getattr(ctx, "option", None) or (lambda rule, name, default: default)
    min_topical, min_share = int(option("SH03", "min_topical", 5)), float(option("SH03", "min_topical_share", 0.1))

    reviews = [r for r in results if r.document.ok and r.document.kind is Kind.REVIEW]
    # SH03 reads only reviews that were held: a page on how they are held is not said to cover the business
    unheld = [r.document.path for r in reviews if not held_review(r.document)]
    reviews = [r for r in reviews if r.document.path not in unheld]
    about = (f"{', '.join(short(p) for p in unheld)} {'is' if len(unheld) == 1 else 'are'} not the minutes of a "
             f"review that was held (dated nowhere, naming no one present), so not judged.",) if unheld else ()
    # nor are the minutes of members' or general meetings management reviews (SH03 leaves them alone)
    members = [r.document.path for r in reviews if members_meeting(r.document)]
    reviews = [r for r in reviews if r.document.path not in members]
    if members:
        shown = ", ".join(short(p) for p in members[:3]) + (f" and {len(members) - 3} more" if len(members) > 3 else "")
        about += (f"{_count(len(members), 'file')} of minutes of members' or general meetings ({shown}) "
                  f"{'is not a management review' if len(members) == 1 else 'are not management reviews'}, so "
                  f"not judged.",)
    # where no document of the set speaks of a management review or a management system, minutes not called one
    # are an organisation's own meetings (SH03 leaves them: sh.system_unspoken)
    from gapscan.rules.sh import document_meeting, named_management_review, subject_committee, system_unspoken

    if reviews and system_unspoken([r.document for r in results], ctx):
        # a one-subject committee's or a meeting on documents keeps its own reason, said below
        unnamed = [r.document.path for r in reviews if not named_management_review(r.document)
                   and not document_meeting(r.document) and not subject_committee(r.document)]
        reviews = [r for r in reviews if r.document.path not in unnamed]
        if unnamed:
            shown = ", ".join(short(p) for p in unnamed[:3]) + (
                f" and {len(unnamed) - 3} more" if len(unnamed) > 3 else "")
            about += (f"{_count(len(unnamed), 'file')} of minutes ({shown}) {_verb(len(unnamed), 'is', 'are')} not "
                      f"called a management review, and no document of the set speaks of one or of a management "
                      f"system, so not judged.",)
    if not reviews and not paperwork:
        # the minutes may be a table in a file of logs: said so, never "none found" (SH03 reads documents only)
        logged = sorted(log.path for prof in (records or {}).values() for log in getattr(prof, "logs", ())
                        if log.name and REVIEW_LOG.search(log.name))
        found = (f"No management review minutes were found as documents of their own; "
                 f"{', '.join(short(p) for p in logged[:3])} {'is a table' if len(logged) == 1 else 'are tables'} "
                 f"of them in a file of logs, read as a log, not as minutes."
                 if logged else "No management review minutes were found among the documents.")
        return SummarySection(title="Management review", lines=(found, *about)) if results else None
    # SH03 leaves a meeting on documents or a one-subject committee alone, and judges none with fewer than
    # min_topical sentences on the business or on paperwork: only the reviews it judged can be said to cover
    # the business
    skipped = [r.document.path for r in reviews if document_meeting(r.document) or subject_committee(r.document)]
    if skipped:
        shown = ", ".join(short(p) for p in skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
        about += (f"{shown} {_verb(len(skipped), 'is', 'are')} the minutes of a committee on one subject or of a "
                  f"meeting on documents, not a management review, so not judged.",)
    flagged = {f.path for f in paperwork}
    judged, few = [], []
    for r in reviews:
        if r.document.path in skipped or r.document.path in flagged:
            continue
        # SH03's own test, on the same sentences (its counts, when it read this review): too few on the business
        # or on paperwork, or too small a share
        topical, sentences = topical_counts(r.document, ctx)
        quiet = too_little_topical(topical, sentences, ctx)
        (few if quiet else judged).append((r.document.path, topical, sentences))
    if few:
        shown = "; ".join(f"{short(p)} ({n} of {m})" for p, n, m in few[:3]) + (
            f"; and {len(few) - 3} more" if len(few) > 3 else "")
        about += (f"{_count(len(few), 'review')} not judged: too few of {'its' if len(few) == 1 else 'their'} "
                  f"sentences are about the business or the paperwork for the word lists to say what was "
                  f"discussed (SH03 reads a review with at least {min_topical} such sentences, "
                  f"{min_share:.0%} of all): {shown}.",)
    if not paperwork:
        if not judged:
            return SummarySection(title="Management review", lines=("No management review was judged.", *about))
        return SummarySection(title="Management review", lines=(
            f"{_count(len(judged), 'management review')} judged "
            f"({', '.join(short(p) for p, _, _ in judged[:3])}{', …' if len(judged) > 3 else ''}); the discussion "
            f"covers the business, not only the paperwork.", *about))
    lines = []
    # findings first: a lead (SH03: the minutes do not call themselves a management review) is told as one,
    # never as a fact with what it means for the business under it
    firm = [f for f in paperwork if not is_lead(f)]
    for f in firm + [f for f in paperwork if is_lead(f)]:
        m = f.metrics
        missing = m.get("missing_business_topics") or []
        lead = (f" Only a lead, not a finding: {m.get('lead_reason') or 'the evidence is too thin'}."
                if is_lead(f) else "")
        lines.append(f"{short(f.path)}: {_paperwork_said(m)}"
                     + (f"; never discussed: {', '.join(missing)}" if missing else "")
                     + ". " + _decisions(m) + lead)
    if firm:
        from gapscan.rules.sh import serves_rather_than_makes

        # a charity's or a club's board is not asked for margin and failures (SH03's own message says the same)
        serves = all(serves_rather_than_makes(f.metrics.get("by_topic") or {}) for f in firm)
        business = "its money, its members or clients and its programme" if serves else "margin, delivery and failures"
        lines.append(f"A review that discusses the certificate instead of {business} means the "
                     "business is steered somewhere else, without the management system.")
    return SummarySection(title="Management review", lines=(*lines, *about))


def _verdicts_said(findings, procedures) -> str:
    """'judged mixed (the standard's wording mixed with the actual work; model probability 0.76-0.94)': the
    verdicts of the procedures of `findings` as gapscan gave them, each with its range of probabilities."""
    by_path = {r.document.path: r for r in procedures}
    groups: dict[str, list[float]] = {}
    for f in findings:
        r = by_path.get(f.path)
        verdict = getattr(getattr(r, "verdict", None), "value", None)
        if verdict is None:
            return ""
        prob = getattr(r, "verdict_probability", None)
        groups.setdefault(verdict, []).extend([float(prob)] if _is_number(prob) else [])
    meaning = {"mirrored": "the standard's layout and wording rather than the work",
               "mixed": "the standard's wording mixed with the actual work",
               "operational": "written around the actual work"}
    parts = []
    for verdict in ("mirrored", "mixed", "operational"):
        if verdict not in groups:
            continue
        probs = groups[verdict]
        n = sum(1 for f in findings if getattr(getattr(by_path.get(f.path), "verdict", None), "value", None) == verdict)
        span = "" if not probs else (f"; model probability {min(probs):.2f}" if min(probs) == max(probs) else
                                     f"; model probability {min(probs):.2f}-{max(probs):.2f}")
        count = "" if len(groups) == 1 else f"{n} "
        parts.append(f"{count}{verdict} ({meaning[verdict]}{span})")
    return ("judged " if len(parts) == 1 else "judged: ") + ", ".join(parts)


def _paperwork_said(m: Mapping[str, Any]) -> str:
    """'83% of what was discussed (5 of 6 sentences on a topic) was paperwork (audit findings 4, overdue actions
    1)': the share with the sentences it rests on, and the paperwork this review discussed, not every kind there is
    (a list with 'the certificate' in it read as if the certificate had been discussed)."""
    from gapscan.nlp.review import PAPERWORK_TOPICS

    share = float(m.get("paperwork_share", 0))
    topical = int(m.get("topical_sentences") or 0) if _is_number(m.get("topical_sentences")) else 0
    base = f" ({round(share * topical)} of {topical} sentences on a topic)" if topical else ""
    from gapscan.rules.sh import paperwork_topics_said

    by_topic = m.get("by_topic") or {}
    # SH03's own words for the topics, so the finding, its chart and this line give the same numbers
    topics = (paperwork_topics_said(by_topic, round(share * topical)) if any(
        _is_number(by_topic.get(t)) and by_topic.get(t) for t in PAPERWORK_TOPICS) else
        "audit findings, overdue actions, documents, the certificate, training records")
    return f"{share:.0%} of what was discussed{base} was paperwork ({topics})"


def _people(n: Any) -> str:
    n = int(n) if _is_number(n) else 0
    return f"{n} {'person' if n == 1 else 'people'}"


def _decisions(m: Mapping[str, Any]) -> str:
    decided, on_business = int(m.get("decisions") or 0), int(m.get("decisions_on_business") or 0)
    if not decided:
        return "No decisions were recorded."
    return f"{_count(decided, 'decision')} recorded, {on_business} about the business."


def _document_control_section(read) -> SummarySection | None:
    """A document code given to two different documents ("REC-029" opening both a nonconformity log and a document
    management log): no rule of the catalogue reports it, and it is no check that failed, so the summary says it as
    what it is, a slip in the register of controlled documents."""
    from gapscan.classify import shared_codes

    lines = shared_codes([r.document for r in read])
    if not lines:
        return None
    return SummarySection(title="Document control",
                          lines=tuple(f"{line[:1].upper()}{line[1:]}." for line in lines))


def _unreadable_section(results, *, short: Callable[[str], str]) -> SummarySection | None:
    bad = sorted((r.document for r in results if r.document.status is not Status.OK), key=lambda d: d.path)
    failed = [r for r in results if r.rule_errors]
    if not bad and not failed:
        return None
    lines = []
    if bad:
        lines.append(f"{_count(len(bad), 'file')} could not be read and {_verb(len(bad), 'was', 'were')} left out, "
                     f"so nothing in this report covers {_verb(len(bad), 'it', 'them')}:")
        lines += [f"{d.path}: {d.error or ('skipped' if d.status is Status.SKIPPED else 'unreadable')}"
                  for d in bad[:MAX_LISTED]]
        if len(bad) > MAX_LISTED:
            lines.append(f"and {len(bad) - MAX_LISTED} more, listed with the documents.")
    if failed:
        n = sum(len(r.rule_errors) for r in failed)
        lines.append(f"{_count(n, 'check')} failed on {_count(len(failed), 'document')} and "
                     f"{_verb(n, 'was', 'were')} skipped ({', '.join(short(r.document.path) for r in failed[:3])}"
                     f"{', …' if len(failed) > 3 else ''}): a missing finding there is not a clean result.")
    return SummarySection(title=UNREADABLE_TITLE, lines=tuple(lines))


# ---------------------------------------------------------------- helpers

def _group_members(finding: Finding, short: Callable[[str], str]) -> list[str]:
    """The records a PS02 finding joins, named: a group's members (metrics 'members'), else the pair."""
    members = [m["path"] for m in finding.metrics.get("members", ()) if isinstance(m, dict) and m.get("path")]
    if len(members) > 2:
        first = _record(finding)
        return [short(first)] + [short(p) for p in members if p != finding.path]
    return [short(_record(finding)), _other(finding, short)]


def _duplicates_line(dups: Sequence[Finding], short: Callable[[str], str]) -> str:
    """'1 pair of records writes down the same things twice: A and B', or, when PS02 joined more than two
    records in one finding, as many records as it names ('3 records write down the same things: A, B and C'),
    so the summary's count is the findings' count."""
    groups = [_group_members(f, short) for f in dups]
    def listed(names: list[str]) -> str:
        return ", ".join(names[:-1]) + " and " + names[-1]
    if all(len(g) == 2 for g in groups):
        # one pair is named, not given as an example of itself
        return (f"{_count(len(dups), 'pair')} of records {_verb(len(dups), 'writes', 'write')} down the same things "
                f"twice" + (f": {listed(groups[0])}." if len(dups) == 1 else f" (e.g. {listed(groups[0])})."))
    shown = max(groups, key=len)
    names = listed(shown) if len(shown) <= MAX_LISTED else \
        ", ".join(shown[:MAX_LISTED]) + f" and {len(shown) - MAX_LISTED} more"
    if len(groups) == 1:
        return f"{len(shown)} records write down the same things: {names}."
    return (f"{len(groups)} sets of records ({sum(len(g) for g in groups)} records) write down the same things "
            f"(e.g. {names}).")


def _record(finding: Finding) -> str:
    """The record a finding is about: its file, or 'file § log' when its quotes on that file name one of the
    file's logs (rules.ps.common.on_files)."""
    name = next((ev.record for ev in finding.evidence if ev.path == finding.path and ev.record), None)
    return f"{finding.path} § {name}" if name else finding.path


def _other(finding: Finding, short: Callable[[str], str]) -> str:
    """The record a PS02 finding pairs with its own: the log its numbers name, else its first related file."""
    other = finding.metrics.get("other")
    if isinstance(other, str) and other:
        return short(other)
    return short(finding.related[0]) if finding.related else "another"


def _shadow_share(records, shadows) -> float | None:
    # a file of several logs counts the entries of each (PS01 judges them apart), not its largest table's
    # a table a program wrote from other records repeats their entries: not counted twice
    from gapscan.records import written_by_program

    total = sum(getattr(log, "row_count", 0) for p in records.values() for log in (getattr(p, "logs", ()) or (p,))
                if not _by_program(log, written_by_program))
    if not total:
        return None
    return min(1.0, sum(int(f.metrics.get("rows", 0)) for f in shadows) / total)


def _by_program(log, written_by_program) -> bool:
    try:
        return bool(written_by_program(log))
    except (AttributeError, TypeError):  # a stand-in profile without a table
        return False


def _chart(data, prefix: str = "") -> list[Chart]:
    """A chart kept as plain data in a finding's metrics, back as a model.Chart."""
    if not isinstance(data, Mapping) or not data.get("labels"):
        return []
    return [Chart(title=prefix + str(data.get("title", "")), labels=tuple(str(x) for x in data["labels"]),
                  values=tuple(float(v) for v in data.get("values", ())), marks=tuple(data.get("marks", ())))]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")  # '3,936 claims', as a client reads a large count


def _listed(names: Sequence[str], limit: int = 5) -> str:
    """'a, b, c, d, e and 2 more': the first `limit` names, and how many are left out, so a count beside the list
    ('7 logs ...') always matches what the reader can add up."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _verb(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def short_names(paths: Iterable[str]) -> dict[str, str]:
    """Each path by its shortest tail of folders that no other path ends with: five logs all called
    'incident-log.csv' read as 'site-a/incident-log.csv', 'site-b/incident-log.csv'."""
    paths = sorted(set(paths))
    parts = {p: p.split("/") for p in paths}
    out = {}
    for p in paths:
        for n in range(1, len(parts[p]) + 1):
            tail = parts[p][-n:]
            if not any(q != p and parts[q][-n:] == tail for q in paths):
                break
        out[p] = "/".join(tail)
    return out


def _namer(results: Sequence[DocumentResult], findings: Sequence[Finding]) -> Callable[[str], str]:
    names = short_names(p.partition(" § ")[0] for p in [r.document.path for r in results] + [f.path for f in findings]
                        + [p for f in findings for p in f.related])

    def name(path: str) -> str:
        # a log of a file of several keeps its name after the file's ('Logs.md § 2. Incident Response Log')
        file, mark, log = path.partition(" § ")
        return (names.get(file) or file.rsplit("/", 1)[-1]) + mark + log
    return name
