"""System-health rules (SH): records kept for the auditor, dead feeds, paperwork reviews."""
from __future__ import annotations

import datetime as dt
import re
import statistics
from itertools import chain
from typing import Any, Iterator

from gapscan import stats
from gapscan.model import Evidence, Kind, Location, Severity, column_letter
from gapscan.rules.base import Context, Rule
from gapscan.rules.ps import header_location, latest_row, short_name, record_profiles, row_text, newest_date
from gapscan.rules.ps.common import log_key_parts, on_files

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW


def _chart(title: str, labels, values, marks=()) -> dict[str, Any]:
    """model.Chart as plain data, so a finding's metrics stay JSON (renderers draw it)."""
    return {"title": title, "labels": list(labels), "values": list(values), "marks": list(marks)}


# ---------------------------------------------------------------- SH01

@on_files
def check_audit_spike(ctx: Context) -> Iterator:
    """Record entries cluster in the weeks before audit dates: the system comes alive for the auditor.

    Why it matters: a record filled in a rush before the audit was not used to run the work;
    the entries are written for the auditor, often back-filled, and the control it stands
    for is not happening the rest of the year.

    How it decides: for each record with at least `min_entries` dated entries (default 20)
    and each audit date inside the record's period (from its first entry to the newest date
    in the set), it counts entries in the `weeks` (default 3) before the audit, audit day
    included, and compares them with what the record's own steady rate outside all audit
    windows predicts (entries per day x window days). It fires when, for some audit, the
    lift (entries / expected) is at least `min_lift` (default 2.0), the window holds at least
    `min_window_entries` (default 5) entries, and a Poisson test puts the chance of so many
    at below 1%. Audit dates come from --audit-date or the config; when neither is given
    they are read from audit plans/reports in the set and the metrics say `audit_dates_inferred`.

    How to fix: make the record part of the work where it happens (at the machine, on the
    job, in the system people already use) and check that entries are made on the day;
    ask why nobody needed it between audits.
    """
    if not ctx.audit_dates:
        return
    weeks = int(ctx.option("SH01", "weeks", 3))
    min_entries = int(ctx.option("SH01", "min_entries", 20))
    min_lift = float(ctx.option("SH01", "min_lift", 2.0))
    min_window = int(ctx.option("SH01", "min_window_entries", 5))
    window_days = 7 * weeks
    profiles = record_profiles(ctx)
    newest = newest_date(profiles.values())
    for path, profile in profiles.items():
        dates = profile.dated_entries
        if len(dates) < min_entries or newest is None:
            continue
        span = (dates[0], max(dates[-1], newest))
        found = stats.spikes(dates, ctx.audit_dates, window_days, span=span)
        # A window needs a baseline around it: at least two months outside all windows.
        found = [s for s in found if s.baseline_days >= 60 and s.event >= dates[0] + dt.timedelta(days=window_days)]
        hits = [s for s in found if s.lift is not None and s.lift >= min_lift and s.in_window >= min_window
                and s.p_value < 0.01]
        if not hits:
            continue
        top = max(hits, key=lambda s: (s.lift, s.in_window))
        yield _spike_finding(ctx, path, profile, dates, found, hits, top, weeks)


def _spike_finding(ctx, path, profile, dates, found, hits, top, weeks):
    window_days = 7 * weeks
    in_windows = sum(s.in_window for s in found)
    chart = _audit_chart(dates, top.event, weeks)
    audits = [{"audit_date": s.event.isoformat(), "entries_in_window": s.in_window,
               "expected_in_window": round(s.expected, 2), "lift": s.lift, "p_value": round(s.p_value, 6)}
              for s in found]
    when = "inferred from the audit documents" if ctx.audit_dates_inferred else "given"
    message = (f"{short_name(path)}: {top.in_window} entries in the {weeks} weeks before the audit of "
               f"{top.event.isoformat()} ({when}), where its usual rate predicts {top.expected:.1f} "
               f"({top.lift:.1f}x). {len(hits)} of {len(found)} audits {'shows' if len(hits) == 1 else 'show'} this.")
    start = top.event - dt.timedelta(days=window_days - 1)
    rows = [i for i, d in enumerate(profile.entry_dates) if d is not None and start <= d <= top.event]
    col = profile.column(profile.entry_column) if profile.entry_column else None
    # the weekly counts are counts of the date column: the quote points at that column's header, not the row's first cell
    evidence = [Evidence(path=path, text=_weeks_text(chart, start, top.event, weeks),
                         location=_column_head(profile, col.index) if col is not None else header_location(profile.table))]
    location = None
    if rows and col is not None:
        location = profile.cell_location(rows[0], col.index)
        evidence.append(Evidence(path=path, text=row_text(profile.table, rows[0]), location=location))
        evidence.append(Evidence(path=path, text=row_text(profile.table, rows[-1]),
                                 location=profile.cell_location(rows[-1], col.index)))
    return SH01.finding(
        path=path, message=message, location=location or header_location(profile.table), evidence=evidence,
        metrics={"lift": top.lift, "window_days": top.window_days, "entries_in_window": top.in_window,
                 "expected_in_window": round(top.expected, 2), "audit_date": top.event.isoformat(),
                 "p_value": round(top.p_value, 6), "audit_dates_inferred": bool(ctx.audit_dates_inferred),
                 "audits": audits, "audits_with_spike": len(hits), "entries": len(dates),
                 "share_in_windows": round(in_windows / len(dates), 3),
                 "baseline_entries_per_week": round(7 * top.baseline_entries / max(top.baseline_days, 1), 3),
                 "chart": chart},
        fix="Make the entry part of the job where the work happens and check it is made on the day, "
            "not before the audit.")


def _column_head(profile, index: int) -> Location:
    """The header cell of a record's column: 'C3' with its name, where a reader sees what the counted dates are."""
    table = profile.table
    head = header_location(table)
    name = table.header[index] if 0 <= index < len(table.header) else None
    cell = f"{column_letter(table.first_column + index)}{head.row}" if head.cell is not None else None
    return Location(page=head.page, line=head.line, section=head.section, sheet=head.sheet, row=head.row,
                    column=name, cell=cell)


def _weeks_text(chart: dict[str, Any], start: dt.date, audit: dt.date, weeks: int) -> str:
    """The chart's weeks in words, the window's apart from the weeks around it, which are context: 'window
    2026-02-25..2026-03-17' followed by twelve weeks from January to April read as if those were the window."""
    weekly = list(zip(chart["labels"], chart["values"]))
    inside = [(lab, v) for lab, v in weekly if lab in chart["marks"]]
    first = weekly.index(inside[0]) if inside else len(weekly)
    before, after = weekly[:first], weekly[first + len(inside):]

    def said(pairs):
        return " ".join(f"{lab}:{int(v)}" for lab, v in pairs)

    parts = [f"before the window, for context: {said(before)}"] if before else []
    parts.append(f"window {start.isoformat()}..{audit.isoformat()} (the {weeks} weeks up to the audit): {said(inside)}, "
                 f"{int(sum(v for _, v in inside))} entries")
    if after:
        parts.append(f"after the audit, for context: {said(after)}")
    return "entries per week (by week start) " + "; ".join(parts)


def _audit_chart(dates, audit: dt.date, weeks: int, before: int = 8, after: int = 4) -> dict[str, Any]:
    """Entries per week around an audit; the bins end on the audit day so the window is whole weeks."""
    start = audit + dt.timedelta(days=1) - dt.timedelta(days=7 * before)
    bins = stats.weekly_counts(dates, start, before + after)
    labels = [f"{d:%d %b}" for d, _ in bins]
    marks = labels[before - weeks:before]
    return _chart(f"entries per week around the audit of {audit.isoformat()}", labels, [n for _, n in bins], marks)


# ---------------------------------------------------------------- SH02

FEEDS = {
    "near miss": re.compile(r"near[\s_-]*miss|close[\s_-]*call|hazard[\s_-]*(report|observation|spotting)|"
                            r"unsafe[\s_-]*(act|condition)|safety[\s_-]*observation", re.I),
    # an IT service's outages and the alerts it posts about them are its incidents
    "incident": re.compile(r"incident|accident|injur|first[\s_-]*aid|outages?\b|downtimes?\b|\balerts\b", re.I),
    "complaint": re.compile(r"complain", re.I),
    "nonconformity": re.compile(r"non[\s_-]*conform|\bncr?s?\b|\bcapa\b|corrective[\s_-]*action|deviation", re.I),
    "improvement": re.compile(r"improv|suggestion|kaizen|\bideas?\b|\bcip\b|lessons[\s_-]*learn", re.I),
}


def feed_kind(path: str, title: str | None, headers=()) -> str | None:
    """Which improvement feed a record is, from its file name and title, else its column headers. One of a
    file's logs ('Incident and near miss logs.md § Incident log') is named by its heading first."""
    file, log = log_key_parts(path)
    names = ([log] if log else []) + [f"{file.rsplit('/', 1)[-1]} {title or ''}"]
    for name in names:
        name = re.sub(r"[_.]+", " ", name)
        for kind, pattern in FEEDS.items():
            if pattern.search(name):
                return kind
    for kind, pattern in FEEDS.items():
        if sum(1 for h in headers if pattern.search(h)) >= 2:
            return kind
    return None


@on_files
def check_stale_feed(ctx: Context) -> Iterator:
    """An improvement, near-miss, incident, complaint or nonconformity log stopped being fed or is declining.

    Why it matters: these logs are how a management system learns. When entries stop, the
    problems did not: people stopped reporting, usually because nothing happened when they did.

    How it decides: a record is a feed when its file name or title (or two of its column
    headers) say improvement/suggestion, near miss, incident/accident, complaint or
    nonconformity/NCR/CAPA. Time is measured against the newest date anywhere in the set,
    not today's date, so an archive scanned a year later is judged as of its own end.
    It is stopped when the days since its last entry are at least `silent_days` (default 90)
    and at least 3 times its usual gap between entries; it is declining when a Mann-Kendall
    test on its complete monthly counts (at least 6 months) finds a falling trend (p < 0.05)
    and the last third of the months averages at most half of the months before. Logs with
    fewer than `min_entries` entries (default 6) are not judged.

    How to fix: find out why people stopped reporting (no feedback, blame, a form too long),
    make reporting quick, and show what was done about the last reports.
    """
    silent_days = int(ctx.option("SH02", "silent_days", 90))
    min_entries = int(ctx.option("SH02", "min_entries", 6))
    profiles = record_profiles(ctx)
    newest = newest_date(profiles.values())
    if newest is None:
        return
    titles = {d.path: d.title for d in ctx.documents}
    for path, profile in profiles.items():
        kind = feed_kind(path, titles.get(path), [c.name for c in profile.columns])
        dates = [d for d in profile.dated_entries if d <= newest]
        if kind is None or len(dates) < min_entries:
            continue
        verdict = feed_health(dates, newest, silent_days)
        if verdict["status"] == "healthy":
            continue
        yield _feed_finding(path, profile, kind, verdict)


def feed_health(dates: list[dt.date], newest: dt.date, silent_days: int = 90) -> dict[str, Any]:
    """The numbers SH02 decides on: monthly series, trend, last entry, silence; status is
    "stopped", "declining" or "healthy"."""
    dates = sorted(dates)
    series = stats.monthly_counts(dates, dates[0], newest)
    # The newest month is usually partial; a trend test would read it as a fall.
    complete = series[:-1] if newest.day < 28 else series
    counts = [n for _, n in complete]
    gaps = [(b - a).days for a, b in zip(dates, dates[1:])]
    usual_gap = statistics.median(gaps) if gaps else 0
    days_silent = (newest - dates[-1]).days
    trend = stats.mann_kendall(counts) if len(counts) >= 3 else None
    stopped = days_silent >= silent_days and days_silent >= 3 * usual_gap
    declining = False
    recent_rate = earlier_rate = None
    if len(counts) >= 6 and trend is not None:
        cut = len(counts) - max(2, len(counts) // 3)
        earlier_rate = sum(counts[:cut]) / cut
        recent_rate = sum(counts[cut:]) / (len(counts) - cut)
        declining = trend.p_value < 0.05 and trend.s < 0 and recent_rate <= 0.5 * earlier_rate
    return {"status": "stopped" if stopped else "declining" if declining else "healthy",
            "monthly": [{"month": m, "count": n} for m, n in series],
            "slope": trend.slope if trend else None, "trend_z": trend.z if trend else None,
            "trend_p": trend.p_value if trend else None, "trend_tau": trend.tau if trend else None,
            "trend": trend.direction if trend else "too short",
            "last_entry": dates[-1].isoformat(), "days_silent": days_silent, "newest_in_set": newest.isoformat(),
            "usual_gap_days": usual_gap, "entries": len(dates),
            "recent_per_month": round(recent_rate, 2) if recent_rate is not None else None,
            "earlier_per_month": round(earlier_rate, 2) if earlier_rate is not None else None}


def _feed_finding(path, profile, kind, verdict):
    if verdict["status"] == "stopped":
        message = (f"The {kind} log {short_name(path)} has had no entry for {verdict['days_silent']} days "
                   f"(last {verdict['last_entry']}, newest date in the set {verdict['newest_in_set']}); "
                   f"it used to get one every {verdict['usual_gap_days']:g} days or so.")
    else:
        message = (f"The {kind} log {short_name(path)} is drying up: {verdict['recent_per_month']} entries a month "
                   f"lately against {verdict['earlier_per_month']} before (falling trend, "
                   f"Mann-Kendall p={verdict['trend_p']:.3f}).")
    series = verdict["monthly"]
    chart = _chart(f"{kind} entries per month", [m["month"] for m in series], [m["count"] for m in series])
    latest = latest_row(profile)
    location = profile.cell_location(*latest) if latest else header_location(profile.table)
    evidence = [Evidence(path=path, text="last entry: " + (row_text(profile.table, latest[0]) if latest else "?"),
                         location=location)]
    return SH02.finding(path=path, message=message, location=location, evidence=evidence,
                        metrics={"feed": kind, **verdict, "chart": chart},
                        fix="Ask the people who used to report why they stopped; make reporting quick and "
                            "show what was done with the last reports.")


# ---------------------------------------------------------------- SH03

def check_paperwork_review(ctx: Context) -> Iterator:
    """Management review content is dominated by paperwork rather than the business.

    Why it matters: the management review is where top management is meant to steer the
    system by the business's results. When the minutes are about audit findings, overdue
    actions, document revisions, the certificate and training records, the system is run
    for the certificate, and margin, throughput, recurring failures and customers are
    steered somewhere else, without it.

    How it decides: only a review that was held is read: one dated in its name, title or front matter, at its
    head or on a dated line, or naming who was present (a page on how reviews are held, with
    their cadence and checklist, lists what to discuss, not what was discussed); a meeting named for
    approving or reviewing documents ("Policy Approval — Minutes"), for a committee on safety, health or the
    environment ("Safety Committee Meeting Minutes"), or for a group on one specialty, subject or task (a
    special-interest group, a clinical or technical working group, a forum) that does not say it reviews the
    management system, is not a management review, nor are the
    minutes of a members', general, special or volunteers' meeting that do not say they review the
    management system (a club running its affairs is not top management reviewing a system). Where the set holds
    procedures and no document of it speaks of a management review or of a management system (its name, 'ISMS',
    'ISO 9001'), minutes that do not call themselves a management review are not read either: the set documents
    no system with a management review (an open-source project's team calls). Every
    sentence of the review (paragraphs, list items, table cells;
    not headings, nor who was present) is matched against a paperwork lexicon and a business lexicon with a
    spaCy PhraseMatcher on lemma keys (see gapscan.nlp.review); an amount of money is cost, an
    information security system's results (risks accepted or raised, incidents, breaches) are business, and so is
    the business of an organisation that serves rather than makes (its money and funding, its members and
    clients, its programmes and events, its officers and elections). Sentences touching both (and their topics)
    count as business. It fires when at least `min_topical` (default 5) sentences touch
    either lexicon, they are at least `min_topical_share` (default 0.1) of the review's sentences (below that
    the lexicons do not describe the meeting: a project council's minutes, 6 of 154 sentences topical; the
    example sets' management reviews have 71-78%), and the paperwork-only share of them is at least `max_paperwork_share`
    (default 0.6). Metrics list the shares, the topics, the decisions taken (sentences
    with decided/agreed/approved, or an action with an owner or a date) and the business
    topics the review never discussed.

    How to fix: put the business results on the agenda (margin, cost, delivery, scrap,
    recurring failures, complaints, capacity), review the system against them, and record
    decisions with owners and dates. A review that speaks of the members or clients it serves and of nothing a
    factory makes is asked instead for its money, members and clients, programme and people (message and fix).
    """
    from gapscan.nlp.review import BUSINESS_TOPICS, PAPERWORK_TOPICS, classify_sentences

    threshold = float(ctx.option("SH03", "max_paperwork_share", 0.6))
    for doc in ctx.of_kind(Kind.REVIEW):
        if not held_review(doc) or document_meeting(doc) or subject_committee(doc) or members_meeting(doc):
            continue
        if not named_management_review(doc) and system_unspoken(ctx.documents, ctx):
            continue
        sentences = classify_sentences(doc)
        topical = [s for s in sentences if s.group is not None]
        _read_counts(ctx)[doc.path] = (doc, len(topical), len(sentences))
        if too_little_topical(len(topical), len(sentences), ctx):
            continue
        paper = [s for s in topical if s.group == "paperwork"]
        business = [s for s in topical if s.group in ("business", "both")]
        share = len(paper) / len(topical)
        if share < threshold:
            continue
        # the topics discussed, each with the sentences that touch it; a topic never touched is no bar of the chart
        # (a machine shop's showed 13 bars at 0, 'officers and elections' among them): the message names the
        # business topics never discussed
        # a sentence touching both counts as business: its paperwork topics are not counted as paperwork discussed
        # (the message's "about paperwork (...)" counts the paperwork sentences only)
        by_topic = {t: n for topics, among in ((PAPERWORK_TOPICS, paper), (BUSINESS_TOPICS, business))
                    for t in topics if (n := sum(1 for s in among if t in s.topics))}
        service = serves_rather_than_makes(by_topic)
        missing = missing_business_topics(by_topic)
        decisions = [s for s in sentences if s.decision]
        on_business = [s for s in decisions if s.group in ("business", "both")]
        message = (f"{len(paper)} of {len(topical)} topical sentences ({share:.0%}) of this management review are "
                   f"about paperwork ({paperwork_topics_said(by_topic, len(paper))}); "
                   + (f"it never discusses {_join(missing)}" if missing else "business topics get little room")
                   + f". {len(decisions)} decision{'' if len(decisions) == 1 else 's'} recorded, "
                     f"{len(on_business)} on the business.")
        lead = None if named_management_review(doc) else (
            "the document does not call itself a management review (neither its file name nor its title), so "
            "whether this meeting is the system's management review is not shown")
        if lead:
            message = f"Lead, not a finding: {message} Why only a lead: {lead}."
        evidence = [Evidence(path=doc.path, text=f"[{', '.join(s.topics)}] {_shown_field(s)}", location=s.location)
                    for s in paper[:3]]
        evidence += [Evidence(path=doc.path, text=f"decision: {s.text}", location=s.location)
                     for s in decisions[:2]]
        yield SH03.finding(
            path=doc.path, message=message, location=paper[0].location, evidence=evidence,
            **({"severity": Severity.INFO} if lead else {}),
            metrics={"strength": "lead" if lead else "finding", **({"lead_reason": lead} if lead else {}),
                     "sentences": len(sentences), "topical_sentences": len(topical),
                     "paperwork_share": round(share, 3), "business_share": round(len(business) / len(topical), 3),
                     "by_topic": by_topic, "decisions": len(decisions), "decisions_on_business": len(on_business),
                     "missing_business_topics": missing},
            fix=SERVICE_FIX if service else PRODUCTION_FIX)


PRODUCTION_FIX = ("Put margin, cost, delivery, scrap, recurring failures, complaints and capacity on the agenda "
                  "and record decisions with owners and dates.")
# a board that serves members or clients rather than making things: its own business, not a factory's
SERVICE_FIX = ("Put the organisation's own results on the agenda (its money: budget, income and funding; its members, "
               "clients or customers and their complaints; the programme delivered against the plan; its people "
               "and capacity) and record decisions with owners and dates.")


def serves_rather_than_makes(by_topic: dict[str, int]) -> bool:
    """Whether a review speaks of the members, clients, volunteers or learners it serves, and of nothing a factory
    makes (throughput, delivery, scrap): the business to ask it for is a service's, not a manufacturer's. Money,
    strategy and officers are every organisation's, so they do not say which it is."""
    from gapscan.nlp.review import PRODUCTION_TOPICS

    return bool(by_topic.get("members and clients")) and not any(by_topic.get(t) for t in PRODUCTION_TOPICS
                                                                 if t != "margin")


def missing_business_topics(by_topic: dict[str, int]) -> list[str]:
    """The business topics a review never discussed: a manufacturer's (margin, cost, throughput, delivery, scrap
    ...), or, for a review that serves rather than makes, a service's (its money, members and clients, programme,
    people), each met by any of its words (a charity's cost is its money, a club's customers its members)."""
    from gapscan.nlp.review import EXPECTED_BUSINESS_TOPICS, SERVICE_EXPECTED

    if serves_rather_than_makes(by_topic):
        return [t for t, met_by in SERVICE_EXPECTED.items() if not any(by_topic.get(m) for m in met_by)]
    return [t for t in EXPECTED_BUSINESS_TOPICS if by_topic.get(t, 0) == 0]


# a management review by its own name: "Management Review Minutes", "ISMS Management Review Record",
# management-review-2026.md, Managementbewertung
_MANAGEMENT_REVIEW = re.compile(r"management[\s_-]*reviews?|managementbewertung", re.I)


def named_management_review(doc) -> bool:
    """Whether a document calls itself a management review in its file name or title. Held out, SH03 on minutes
    named otherwise (a board, a committee, a council, members' meetings) was wrong 9 times of 9."""
    return bool(_MANAGEMENT_REVIEW.search(doc.path.rsplit("/", 1)[-1]) or _MANAGEMENT_REVIEW.search(doc.title or ""))


def _read_counts(ctx) -> dict:
    """(review, topical sentences, sentences) by path of the reviews SH03 read in this run (the run's Context):
    the summary says how many of a review's sentences were topical from these, not by reading it again."""
    from gapscan.rules.ps.common import run_cache

    return run_cache(ctx).setdefault("SH03 counts", {})


def topical_counts(doc, ctx=None) -> tuple[int, int]:
    """(topical sentences, sentences) of a review: SH03's when it read this very document in this run (the
    same reading), else read now."""
    known = _read_counts(ctx).get(doc.path) if ctx is not None else None
    if known is not None and known[0] is doc:
        return known[1], known[2]
    from gapscan.nlp.review import classify_sentences

    sentences = classify_sentences(doc)
    return sum(1 for s in sentences if s.group is not None), len(sentences)


def too_little_topical(topical: int, sentences: int, ctx=None) -> bool:
    """Whether too few of a review's sentences touch either lexicon for SH03 to judge it: fewer than `min_topical`
    (default 5), or under `min_topical_share` (default 0.1) of its sentences."""
    option = getattr(ctx, "option", None) or (lambda rule, name, default: default)
    min_topical = int(option("SH03", "min_topical", 5))
    min_share = float(option("SH03", "min_topical_share", 0.1))
    return topical < min_topical or topical < min_share * sentences


# "Policy Approval — Minutes", "document review board": a meeting held to approve or review documents
_DOCUMENT_MEETING = re.compile(r"\b(?:polic(?:y|ies)|procedures?|documents?|documentation)[\s_-]+"
                               r"(?:approvals?|sign[\s_-]?offs?|reviews?)\b", re.I)
_MANAGEMENT_REVIEW = re.compile(r"management[\s_-]+review", re.I)


# "Safety Committee Meeting Minutes", "Health and Safety Committee", "EHS Committee": a committee that meets about
# one subject, whose business is that subject (incidents, drills, inspections), not the management review
_SUBJECT_COMMITTEE = re.compile(
    r"\b(?:(?:health|occupational)[\s_-]*(?:&|and)?[\s_-]*safety|safety|h[\s_]*&[\s_]*s|hse|ehs|she|ohs|whs|"
    r"environment(?:al)?)[\s_-]+(?:committee|council|forum)\b", re.I)


# "Chest Group Meeting", "2022 GI SIG Meeting", "Nuclear Medicine Special Interest Group", "Clinical Working Group",
# "Users' Forum": a group of people who share a specialty, a subject or a task and meet about it
_SUBJECT_GROUP = re.compile(r"\b(?:groups?|sigs?|forums?|task[\s_-]*forces?|communit(?:y|ies)[\s_-]+of[\s_-]+practice)\b",
                            re.I)
# a group that runs the organisation: its meeting may be top management's review ('Management Group', 'Steering
# Group', 'Executive Forum', 'Board of the Acme Group')
_RUNS_THE_ORGANISATION = re.compile(r"\b(?:management|managers|steering|executive|leadership|board|directors?|"
                                    r"governance|governing|trustees?)\b", re.I)


def subject_committee(doc) -> bool:
    """Whether a review's name or title says it is the meeting of a committee for safety, health or the
    environment, or of a group that meets about one specialty, subject or task (a special-interest group, a
    clinical or technical working group, a users' forum) and does not say it reviews the management system:
    its business is that subject, and it is not the management review SH03 reads (a held-out warehouse's safety
    committee minutes, incidents and drills with an owner for each, were called a management review about
    paperwork that never discussed margin or throughput). A group named for running the organisation (management,
    steering, executive, leadership, board) is not one subject's."""
    name = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
    said = f"{name} | {doc.title or ''}"
    if _MANAGEMENT_REVIEW.search(said):
        return False
    if _SUBJECT_COMMITTEE.search(said):
        return True
    if not _SUBJECT_GROUP.search(said) or _RUNS_THE_ORGANISATION.search(said):
        return False
    text = " ".join(b.text for b in doc.text_blocks()[:200])
    return not _REVIEWS_THE_SYSTEM.search(f"{said} {text}")


def document_meeting(doc) -> bool:
    """Whether a review's name or title says the meeting was held to approve or review documents (a policy
    approval meeting, a document review board): paperwork is its agenda, and it is not the management review
    SH03 reads (a held-out programme's policy-approval minutes were called 100% paperwork)."""
    name = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    said = f"{name} | {doc.title or ''}"
    return bool(_DOCUMENT_MEETING.search(said)) and not _MANAGEMENT_REVIEW.search(said)


# a meeting of a club's or a charity's members, volunteers or working groups ('3rd General Meeting', 'Regular Member
# Meeting', 'AGM 2024', 'Volunteers' meeting', 'Town hall'); a board's meeting may be top management's review
_MEMBERS_MEETING = re.compile(r"\b(?:(?:annual|extraordinary|special)\s+)?general\s+(?:meeting|assembly)|"
                              r"\b(?:special|extraordinary)\s+meeting|"
                              r"\b(?:regular\s+)?members?(?:hip)?'?s?'?\s+meeting|\b[AE]GM\b|\btown[\s_-]?hall|"
                              r"\bvolunteers?'?s?'?\s+meeting|\bworking[\s_-]+group\s+meeting|\bcommunity\s+meeting",
                              re.I)
# what says the meeting reviews the management system: it is named the management review, or names the system
# "management system" counts only as the system the standards speak of ("the", "our", "quality", "integrated" ...
# management system), never as software named so ("a central active member management system", seen in an arts
# space's members' meeting, which then was judged as a management review)
_SYSTEM_PHRASES = (r"management[\s_-]+review|"
                   r"\b(?:the|our|its|this|a|quality|security|environmental|integrated|safety|energy|"
                   r"OH&S|OHS|H&S|health\s+and\s+safety|compliance)\s+management\s+systems?\b|"
                   r"\bISO(?:/IEC)?\s*(?:9001|14001|45001|27001)\b")
# the system's acronym, in capitals only ("ems", "ims" are words)
_ACRONYMS = r"\b(?:QMS|ISMS|EMS|OHSMS|IMS)\b"
_REVIEWS_THE_SYSTEM = re.compile(rf"{_SYSTEM_PHRASES}|(?-i:{_ACRONYMS})", re.I)
# a set speaks of its system by acronym alone only when it says it more than once ("EMS" once in a survey's open
# answers is ECMAScript modules: nodejs/next-10, drhold30); the phrases and standards count at once
_SYSTEM_SPOKEN = re.compile(_SYSTEM_PHRASES, re.I)
_SYSTEM_ACRONYM = re.compile(_ACRONYMS)
ACRONYM_MENTIONS = 2


def members_meeting(doc) -> bool:
    """Whether the minutes are of a members', volunteers' or general meeting that does not say it reviews the
    management system: a club running its affairs, not top management reviewing the system, which SH03 and its
    business lexicon (margin, scrap, delivery) judge (brisbanemakerspace/bms-wiki's general meetings)."""
    name = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
    said = f"{name} | {doc.title or ''}"
    if not _MEMBERS_MEETING.search(said):
        return False
    text = " ".join(b.text for b in doc.text_blocks()[:200])
    return not _REVIEWS_THE_SYSTEM.search(f"{said} {text}")


SPOKEN_ROWS = 200  # a register's rows read for the system's name: its header and first rows say what it is kept for


def system_unspoken(documents, ctx=None) -> bool:
    """Whether the set holds procedures and no document of it speaks of a management review or of a management
    system the standards speak of (_REVIEWS_THE_SYSTEM: 'management review', 'our quality management system',
    'ISMS', 'ISO 27001'). Then the set documents no system that has a management review, and minutes that do not
    call themselves one are the meetings of an organisation running its own affairs (an open-source project's legal
    and outreach teams, a working group's syncs): SH03 leaves them, not even as a lead (held out, drhold28 and
    drhold29: 6 leads on such minutes, none right). A set of minutes alone, with no procedure to be silent, says
    nothing either way. Read once per run (the run's Context) when `ctx` is given."""
    from gapscan.rules.ps.common import run_cache

    cache = run_cache(ctx) if ctx is not None else {}
    if "SH03 system unspoken" not in cache:
        docs = [d for d in documents if d.ok]
        cache["SH03 system unspoken"] = any(d.kind is Kind.PROCEDURE for d in docs) and not _system_spoken(docs)
    return cache["SH03 system unspoken"]


def _system_spoken(docs) -> bool:
    acronyms = 0
    for d in docs:
        texts = chain([d.title or ""], (b.text or "" for b in d.text_blocks()),
                      (v for t in d.tables() for row in t.rows[:SPOKEN_ROWS] for v in row if isinstance(v, str)))
        for text in texts:
            if _SYSTEM_SPOKEN.search(text):
                return True
            acronyms += len(_SYSTEM_ACRONYM.findall(text))
            if acronyms >= ACRONYM_MENTIONS:
                return True
    return False


def held_review(doc) -> bool:
    """Whether a review document records a meeting that took place (`meetings.held_meeting`, the one reading the
    meeting series share): a document about how reviews are held, dated nowhere and naming no one present, records
    none (a held-out ISMS's audit and review procedure read as minutes)."""
    from gapscan.meetings import held_meeting

    return held_meeting(doc)


# 'Label: value' fields of a document-control block ('Document: MR-04 | Revision: 3 | Status: Approved'), which
# reads as one sentence: a quote of all of it hides the one field that is about paperwork.
_FIELD = re.compile(r"(?:^|(?<=[\s|;]))(?:\*\*)?[A-Z][\w/&().-]*(?: [\w/&().-]+){0,4}?(?:\*\*)?:(?:\*\*)?\s")
MIN_FIELDS = 3


def _shown_field(sentence) -> str:
    """The words of a review sentence worth quoting: the field of a metadata block its topics were found in
    ('Status: Approved'), else the sentence."""
    from gapscan.nlp.review import classify_text

    starts = [m.start() for m in _FIELD.finditer(sentence.text)]
    if len(starts) < MIN_FIELDS:
        return sentence.text
    fields = [sentence.text[a:b].strip(" |;*").replace("**", "") for a, b in zip(starts, starts[1:] + [None])]
    shown = [f for f in fields if set(classify_text(f)[0]) & set(sentence.topics)]
    return " | ".join(shown[:2]) if shown else sentence.text


def paperwork_topics_said(by_topic: dict[str, Any], paper: int) -> str:
    """'certificate 7, document status 7, audit findings 6, overdue actions 3; a sentence on two topics is counted
    under each, so these add up to 23': every paperwork topic discussed, with the sentences touching it, the same
    numbers as the chart of the topics and the summary. A sentence touching two topics counts under both, so when the
    counts add up to more than the `paper` sentences the message counts, it says so ('7+7+6 of 21 sentences' read
    as a sum that did not add up)."""
    from gapscan.nlp.review import PAPERWORK_TOPICS

    counts = {t: int(v) for t, v in by_topic.items() if t in PAPERWORK_TOPICS
              and isinstance(v, (int, float)) and not isinstance(v, bool) and v}
    ranked = sorted(counts, key=lambda t: (-counts[t], t))
    said = ", ".join(f"{t} {counts[t]}" for t in ranked)
    total = sum(counts.values())
    if total > paper:
        said += f"; a sentence on two topics is counted under each, so these add up to {total}"
    return said


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


SH01 = Rule(code='SH01', name='audit-spike', family='system health', applies_to=(R,),
    summary='record entries cluster in the weeks before audit dates: the system comes alive for the auditor',
    severity=Severity.WARNING, check=check_audit_spike,
    example="Finds six in ten of a year's inspection entries fall in the four weeks before the March audit. Better: make the record part of the daily work and check entries are made on the day.")
SH02 = Rule(code='SH02', name='stale-feed', family='system health', applies_to=(R,),
    summary='an improvement / near-miss / incident / nonconformity log stopped being fed or is declining',
    severity=Severity.WARNING, check=check_stale_feed,
    example='Finds the near-miss log had about twelve entries a month last year and none in the last four months. Better: find out why reporting stopped and make it quick again.')
SH03 = Rule(code='SH03', name='paperwork-review', family='system health', applies_to=(V,),
    summary='management review content is dominated by findings, overdue actions and the certificate rather than the business',
    severity=Severity.WARNING, check=check_paperwork_review,
    example='Finds the management review minutes are mostly audit findings and overdue actions, with nothing on margin, delivery or scrap. Better: review the business results and record decisions with owners.')

RULES = (SH01, SH02, SH03,)
