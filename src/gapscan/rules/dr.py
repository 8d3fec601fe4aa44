"""Practice-drift rules (DR): what procedures claim against what the records show.

The drift stage (gapscan.drift) has already checked every claim against the one record
that can confirm it; these rules turn the drifted checks into findings. A claim whose
record is uncertain (weak link, two candidate records) is never reported here.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from gapscan.model import ClaimStatus, Finding, Kind, Severity
from gapscan.rules.base import Context, Rule

P, R, V = Kind.PROCEDURE, Kind.RECORD, Kind.REVIEW

_CACHE: dict[int, tuple[Context, Any]] = {}


def drift_of(ctx: Context):
    """The context's DriftResult, recomputed once here when the engine did not provide it
    or when [rules.DRnn] options set other thresholds than the ones it was computed with."""
    from gapscan.drift import analyze, thresholds_from

    wanted = thresholds_from(ctx.options)
    if ctx.drift is not None and getattr(ctx.drift, "thresholds", wanted) == wanted:
        return ctx.drift
    hit = _CACHE.get(id(ctx))
    if hit is not None and hit[0] is ctx:
        return hit[1]
    from gapscan.records import profile

    profiles = dict(ctx.records)
    for doc in ctx.of_kind(Kind.RECORD):
        if doc.path not in profiles:
            prof = profile(doc)
            if prof is not None:
                profiles[doc.path] = prof
    links = ctx.drift.config_links if ctx.drift is not None else ()
    result = analyze(ctx.documents, profiles, config_links=links, thresholds=wanted)
    _CACHE.clear()
    _CACHE[id(ctx)] = (ctx, result)
    return result


def _findings(rule: Rule, ctx: Context, statuses: tuple[ClaimStatus, ...], message, fix: str) -> Iterable[Finding]:
    from gapscan.records import on_file

    files = {d.path for d in ctx.documents}
    for check in drift_of(ctx).checks_for(rule.code):
        if check.status not in statuses:
            continue
        # a log of a file that holds several is named by its file and, in each quote, its table
        evidence, related = on_file(check.evidence, check.related + ((check.record,) if check.record else ()), files)
        yield rule.finding(path=check.procedure, message=message(check), location=check.claim.location,
                           evidence=evidence, related=related,
                           metrics={**check.metrics, "claim": check.claim.text}, fix=fix)


def _unused_form(ctx: Context) -> Iterable[Finding]:
    """A form the procedure requires that nobody fills in.

    Why: a procedure that names a form (by code such as QF-11 or by title such as
    "the supplier evaluation form") promises a filled instance for every time the work
    is done. If none of the working records is that form, the work is either not done
    or recorded somewhere else: either way the documented system is not the real one.
    How: every form reference in the procedure is looked for in the names of the
    records scanned (file name, document title, sheet names, title rows); a code must
    match exactly (QF-11 = QF11 = qf_11, not QF-111), a title must have all its words
    present. Only forms, templates, records, logs, registers and checklists (or a
    form code) are form claims. Fires when the blank form is in the set (a form, or a
    file whose tables are all empty, such as an md or html template page) and no record
    is a filled copy of it. A form with neither a filled copy nor a blank in the set is
    "not checkable": a record not handed over is not evidence that the work is not
    done. So is a procedure that names a template itself ("use the audit plan
    template"), and a weak, partial title match, and a form filled on occasion (not for a
    routine: an audit, inspection, check, test, review or drill) when no record of the set
    holds a word of its name in its names, columns or entries: a release checklist where no
    record names a release, an incident form where none names an incident; the occasion may
    never have come. A register goes by several names: the
    'asset register' is the 'Asset Inventory' and the 'risk register' the 'Risk log' when
    that record dates its entries. A code that no file is named by may be an entry of a
    register ('risk R-41', 'Flow DF-03'): it holds when a register whose name or
    identifier column one of the two words before the code names ('Risk ID', 'risk-log')
    keeps it in its identifier column (one identifier a row, each once), and fires when
    such a register numbers three or more entries the same way, no register of the set
    keeps it and no file carries it in its name (metrics: register, column, entries,
    first, last). A code the procedure's own table numbers its rows by is its own.
    A form missing is one finding, however many documents cite it: at the first (path
    order), the others named in its evidence and in metrics cited_by.
    Metrics: form, blank_forms,
    records_scanned, filled_instances, link_confidence (of the blank form's match).
    Fix: point the procedure at the record actually used, retire the form, or start
    using it; for a record named differently, add a `links` entry in the config.
    """
    found = list(_findings(DR01, ctx, (ClaimStatus.DRIFTED,),
                           lambda c: f"{c.claim.form_code or c.claim.form_title} is required but has no filled "
                                     f"instance: {c.detail}",
                           "Use the form, change the procedure to name the record actually kept, or link the "
                           "record in the config."))
    yield from _once_per_form(found)


def _form_key(f: Finding) -> tuple:
    """What makes two DR01 findings one missing form: the form's name and the blank forms (or register) found."""
    m = f.metrics
    return (str(m.get("form") or m.get("claim") or "").strip().lower(), tuple(m.get("blank_forms") or ()),
            str(m.get("register") or ""))


def _once_per_form(found: list[Finding]) -> Iterable[Finding]:
    """One finding per missing form: a form is missing once, however many documents cite it. The first citing
    document (in path, then line order) keeps the finding; each other one is named in its evidence, with where it
    cites the form, and all in metrics.cited_by."""
    from dataclasses import replace

    from gapscan.model import Evidence

    groups: dict[tuple, list[Finding]] = {}
    for f in sorted(found, key=lambda f: f.sort_key()):
        groups.setdefault(_form_key(f), []).append(f)
    for group in groups.values():
        first = group[0]
        paths = list(dict.fromkeys(f.path for f in group))
        if len(paths) == 1:
            yield from group
            continue
        others = [next(f for f in group if f.path == p) for p in paths[1:]]
        form = first.metrics.get("form") or "form"
        also = tuple(Evidence(path=f.path, location=f.location,
                              text=f"also requires the {form}: {f.metrics.get('claim', '')}") for f in others)
        yield replace(first, message=f"{first.message} (cited by {len(paths)} documents: {', '.join(paths)})",
                      evidence=first.evidence + also, metrics={**first.metrics, "cited_by": paths},
                      related=tuple(dict.fromkeys(first.related + tuple(paths[1:]))))


def _cadence(ctx: Context) -> Iterable[Finding]:
    """A stated frequency the records do not keep, or records that stopped.

    Why: "calibrated every 12 months" or "checked each shift" is the claim an auditor
    samples. When the log shows 16-month gaps or ends months ago, the procedure
    describes a routine that no longer runs.
    How: the claim's interval (daily, weekly, monthly, every N days/weeks/months,
    twice a year, every Monday...) is compared with the intervals between entries of
    the one strongly linked record about that activity (per item when the record tracks
    several instruments/assets and the claim says "each" or is a schedule table's row,
    a task with its own interval: one item whose own intervals fail is the routine not
    kept; a workbook with a sheet per month or year is read as one log). Cadences are
    read from procedures, and from pages of kind other (a roster, a README): those
    give cadence claims only. A routine of every few hours ("every 2 hours while the line runs") is
    measured between entries of the same day from the record's time-of-day column (late
    over 1.25x the stated hours plus half an hour); without a time column it is not
    checkable. Daily and per-shift cadences are counted in working days. For weekly
    and longer routines, entries within half an interval of each other are one
    occasion (a round written up on five days of one week was done once), and the
    periods with no entry are counted. An interval is late when it exceeds 1.25x the
    stated one plus 2 days. Fires when the median interval is late, or more than 30% of
    intervals are, or more than 30% of the periods have no entry, or the last entry is
    more than a late interval plus a week before the newest date found in the whole
    record set (not today's date, so a rerun gives the same answer). Needs three dated
    occasions in a named date column; a record whose rows are dated by another event
    (a CAPA log's 'Date raised' for a weekly review) is not checkable, and nor is one
    dated only by what is due ('Next Review', 'Due date', 'Expiry'): no work was done on
    those dates. Minutes are a log too: the dated minutes of one meeting series (gapscan.meetings)
    are the record of a claim about that meeting ("a general meeting is held each month", "the board
    meets quarterly"), judged over the span the minutes cover only: the periods of the stated cadence
    are counted on the calendar and it fires when more than 30% have no minutes (or the median
    interval is late and every file is dated), naming the periods; three dated files on two
    occasions (two in one month) are counted so where their span holds more periods than files;
    metrics meetings_expected,
    meetings_found, periods_without_minutes. Reports filed one per subject and quarter ("2025-Q1-Sigstore.md",
    "returns/2024-Q1/alpha.md") are the record of a quarterly claim about them ("provides quarterly updates"), and
    reports named by their month, half-year or year alone ("2021-07-council-update.md", "2024-H1-report",
    "2023-annual-report"; four files at least, a day's date or two periods in a name dating none) of a monthly,
    half-yearly or yearly one: each subject is judged over the span of its own reports, and the periods with no
    report are named per subject; metrics reports_expected, periods_without_record, subjects_not_kept. A claim made in one of those
    reports, or in a page naming none of their subjects, is not checked against them. "Weekly", "each
    week" and "every week" in one procedure are one claim: one finding, with
    stated_as and lines. The message gives the tests the records failed, each with its
    numbers and limit, then the ones they passed ("within the limits: median interval 7
    days vs 7 stated"). Metrics: expected/median/max interval, limit_days, share over the
    limit, periods, periods_missed and share_periods_missed (per item when grouped_by),
    occasions, last entry, days since the last entry, link_confidence.
    Options ([rules.DR02]): tolerance (0.25), max_share_late (0.3), stopped_grace_days (7).
    Fix: restore the routine, or state the frequency the work really needs.
    """
    # the claim's detail is drift.cadence_said's wording: the tests failed first, each with its limit
    yield from _findings(DR02, ctx, (ClaimStatus.DRIFTED,),
                         lambda c: f"'{c.claim.phrase}' is not kept in {c.record}: {c.detail}",
                         "Restore the stated routine or change the procedure to the frequency the work needs.")


def _deadline(ctx: Context) -> Iterable[Finding]:
    """A time limit between two events that the records exceed.

    Why: "within 30 days of raising the NCR" is a commitment; a register whose
    closures take a median of 60 days shows the limit is not how the work runs.
    How: the two events are matched to two date columns of the linked record
    ("raising the NCR" -> "Date raised", "closed" -> "Date closed"), never to a date
    something is due ('Last Review' -> 'Next Review' is a planned cycle, not a delay); "before
    dispatch" is a limit of 0 days; "by the 5th working day" counts from the start of
    the month. Fires when more than 10% of the completed items took longer than the
    limit, or the median did, or more than 10% of all items are still open past the
    limit (measured to the newest date in the record set, not today); at least 3
    items are needed. Metrics: limit_days, median_days, max_days, share_late (of
    completed items), late, closed, open_overdue, rows, from_column, to_column.
    Options ([rules.DR03]): max_share_late (0.1).
    Fix: resource the step so the limit is met, or set a limit the process can keep.
    """
    yield from _findings(DR03, ctx, (ClaimStatus.DRIFTED,),
                         lambda c: f"'{c.claim.phrase}' is exceeded in {c.record}: {c.detail}",
                         "Meet the limit (escalate late items) or state the limit the process can keep.")


def _empty_field(ctx: Context) -> Iterable[Finding]:
    """A field the procedure requires that the record lacks or leaves empty.

    Why: "the record shall include the batch number, inspector and result" is what
    makes the record traceable. A missing column, or a column empty in many rows,
    means traceability exists on paper only.
    How: each required field is matched to a column header of the linked record
    (fuzzy, so 'batch number' finds 'Batch No.'); the values a result takes
    ('Pass/Fail', 'Y/N', 'OK') are the result, never fields, and 'initials' or
    'signature' is held by the column of who did it. Fields also come from
    "entered on the log: a, b, c" lists and unconditional "X is mandatory". Fires for
    a field with 20% or more empty rows, in a record the procedure names (code, title,
    file name, config) or whose columns hold nearly every field the sentence lists; and
    for a field with no column, only in a record named outright (in the sentence, by
    code, file name or config). Metrics: field, column, share_empty, rows,
    link_confidence; a field with no column has column null and recorded "not
    recorded in this log (no such column)" instead of a share empty.
    What each thing a register lists must have ("Production changes should have documented
    approval", "Critical-tier vendors require an on-file SOC 2 Type II report") is read
    row by row over the holder's rows (those a column's value tells apart, 'Critical', else
    all): one row answered 'No' in a yes/no column fires, as do empty cells at the share
    above; a register with no column for the thing says nothing. Metrics add rows_checked,
    answered_no and holder_rows.
    Options ([rules.DR04]): max_share_empty (0.2).
    Fix: add the column, make it mandatory in the sheet, or drop the requirement.
    """
    yield from _findings(DR04, ctx, (ClaimStatus.DRIFTED,),
                         lambda c: f"required field '{c.subject}': {c.detail}",
                         "Add or enforce the field in the record, or remove the requirement from the procedure.")


def _role(ctx: Context) -> Iterable[Finding]:
    """The role the procedure names is not who the records show doing the work.

    Why: "approved by the Quality Manager" while every entry is signed by the Shift
    Lead means authority was delegated informally, or the control is not operating.
    How: the responsible or approving role is compared with the person/role column of
    the linked record that matches the act ('Approved by' for approvals, 'Checked by'
    for checks; who verified did not approve). The role of each entry is read from a Role column beside the names,
    or from a sign-off header that names it ('Approved by (Plant Manager)': initials
    there are the Plant Manager's); sign-off columns of one act are counted over every
    row any of them signed. A column of personal names with no role beside it is not
    checkable, and so is an owner role no entry names ('the data owner approves': whoever
    owns that data, which job titles cannot show). The record must be about the claim:
    a word shared only with its column headers counts when it is not the management-
    system vocabulary every register carries ('Last Review', 'Asset / Process').
    A document's own control block ('Approved by: CEO') is checked against the Approver
    its row of a document register names (the row whose title is the document's, or
    whose document code its title or file name carries): another role there fires.
    Fires when the stated role appears in under half of the entries, naming
    who does appear. Metrics: roles_expected, roles_seen, roles_from, share_expected,
    rows, link_confidence.
    Options ([rules.DR05]): min_share (0.5).
    Fix: update the procedure to the real responsibility, or restore the control.
    """
    yield from _findings(DR05, ctx, (ClaimStatus.DRIFTED,), _role_message,
                         "Record the delegation in the procedure, or have the named role do the work again.")


# Where a sentence's clause ends: what follows is a condition or the next act, not the role's own act.
_CLAUSE_END = re.compile(r"[;:.!?]|,\s|\s(?:before|after|when|once|until|unless|so that|where|if)\s", re.IGNORECASE)
ACT_WORDS = 16  # a clause longer than this is cut around its verb


def _act(claim: Any) -> str:
    """The role's act in the procedure's words ('Each evaluation shall be approved by the Quality Manager'),
    not the bare verb the claim keeps ('approved'), which says nothing about what was to be approved."""
    sentence, verb = " ".join((claim.sentence or "").split()), claim.action or ""
    stem = verb[:-1] if verb.endswith("e") and len(verb) > 4 else verb
    at = re.search(rf"\b{re.escape(stem)}\w*", sentence, re.IGNORECASE) if stem else None
    if at is None:
        return verb
    start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at.start())), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(sentence, at.end())), len(sentence))
    words = sentence[start:end].split()
    if len(words) > ACT_WORDS:
        before = len(sentence[start:at.start()].split())
        lo = max(0, before - 6)
        words = (["…"] if lo else []) + words[lo:lo + ACT_WORDS] + (["…"] if lo + ACT_WORDS < len(words) else [])
    return " ".join(words).strip(" ,")


def _role_message(check: Any) -> str:
    claim = check.claim
    act = _act(claim)
    if claim.role and claim.role.casefold() in act.casefold():
        return f"the procedure says '{act}', but {check.detail}"
    return f"the procedure makes the {claim.role} {claim.responsibility} ('{act}'), but {check.detail}"


def _steps(ctx: Context) -> Iterable[Finding]:
    """The procedure's steps and the checklist used in practice diverge.

    Why: a checklist is the procedure as it is really run. Steps it never records
    are steps nobody checks; items it adds are practice the procedure lacks.
    How: the numbered steps (or check-box list) are compared with the items of the
    linked checklist record (item rows, tick columns or score columns). Each item goes
    to the step that says most of what it says: at least 80% of its words (light
    stems) must be in the step, or the two must read alike (rapidfuzz token_sort_ratio
    85 and up); one step may cover several items. The longest run of items in the
    procedure's order gives the sequence check; similarity is the share of steps and
    items matched. The record must cover at least 30% of the steps (and 2) to be
    compared at all; its tick or score columns are compared only where its rows are
    runs, dated by an entry column on half of them or more (a risk register's
    'Likelihood' and 'Impact' are each risk's attributes, not steps done). Fires when a step is never recorded, a recorded item is not
    in the procedure, or steps are recorded out of order; and, on one filled copy of a
    checklist (one tick box to an item, each item once), when every box of a step is
    unticked, naming the unticked boxes' rows. Metrics: steps, items, matched,
    similarity, steps_missing, items_extra, out_of_order; boxes_ticked, boxes_unticked,
    steps_unticked on such a copy.
    Options ([rules.DR06]): max_similarity (1.0): report only divergences at or below it.
    Fix: bring the procedure and the checklist back to one list of steps.
    """
    yield from _findings(DR06, ctx, (ClaimStatus.DRIFTED,),
                         lambda c: f"steps and {c.record} diverge: {c.detail}",
                         "Align the procedure's steps and the checklist so each is the other's mirror.")


DR01 = Rule(code='DR01', name='unused-form', family='practice drift', applies_to=(P,),
    summary='a form or record the procedure requires has no filled instance among the working records',
    severity=Severity.WARNING, check=_unused_form,
    example="Finds the procedure requires form QF-21 'Goods-in record', but no filled QF-21 is among the records. Better: name the record that is really kept, or start using QF-21.")
DR02 = Rule(code='DR02', name='cadence-drift', family='practice drift', applies_to=(P,),
    summary="a stated frequency is not what the linked records' dates show, or the records stopped",
    severity=Severity.WARNING, check=_cadence,
    example="Finds 'calibrate every 12 months' while the calibration register shows about 17 months between entries. Better: calibrate on time, or write the interval the work needs.")
DR03 = Rule(code='DR03', name='deadline-drift', family='practice drift', applies_to=(P,),
    summary='a stated time limit between two events is exceeded in the linked records',
    severity=Severity.WARNING, check=_deadline,
    example="Finds 'close complaints within 10 working days' while the complaint log shows four in ten closed later. Better: staff the step so the limit holds, or set one the process keeps.")
DR04 = Rule(code='DR04', name='empty-required-field', family='practice drift', applies_to=(P,),
    summary='a field the procedure requires a record to hold is missing from the linked record, or left empty in many rows',
    severity=Severity.WARNING, check=_empty_field,
    example="Finds 'record the heat number' while the goods-in log has no heat-number column, or leaves it empty in most rows. Better: add the column and make it mandatory, or drop the requirement.")
DR05 = Rule(code='DR05', name='role-drift', family='practice drift', applies_to=(P,),
    summary='the role the procedure makes responsible or approving is not who the records show doing it',
    severity=Severity.WARNING, check=_role,
    example="Finds 'the Quality Manager approves concessions' while the concession log shows the Production Manager signing nine in ten. Better: write down who really decides, or restore the control.")
DR06 = Rule(code='DR06', name='step-drift', family='practice drift', applies_to=(P,),
    summary='the steps of the procedure and the items of the checklist/record used in practice diverge',
    severity=Severity.WARNING, check=_steps,
    example='Finds the procedure lists eight inspection steps; the checklist in use has five of them and three others. Better: one list of steps, the same in both.')

RULES = (DR01, DR02, DR03, DR04, DR05, DR06,)
