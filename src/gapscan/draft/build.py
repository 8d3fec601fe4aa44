"""Build a procedure's draft rewrite from what its records show.

The audit's stages do the reading: ingest, classification, record profiles, links and the
drift checks (engine, records, linking, drift). This module only restates their results
as the lines of a procedure, with the numbers counted again from the record's own cells so
that each line can cite the cells it rests on. A line with nothing to cite is a question.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import PurePosixPath

from gapscan.draft.evidence import (TOP_PEOPLE, place, cadence, rows, cadence_trace, copy_groups, days, fill_trace,
                                    filled_copies, form_name, id_words, names_record, per_day_trace, rows_trace, shares_trace, span, step_columns,
                                    step_order, text_trace, value_counts)
from gapscan.draft.model import Draft, Mark, Section, Statement, Trace
from gapscan.drift import periods_word
from gapscan.draft.reading import Analysis
from gapscan.model import ClaimStatus, Link
from gapscan.nlp.claims import ROLE_NOUNS
from gapscan.records import PERSON_HEADER, ROLE_WORDS, ColumnProfile, RecordProfile

MAX_COLUMNS = 25  # a record wider than this is summarised by its first columns
MAX_ITEMS = 30  # checklist items listed per record
MAX_UNCERTAIN = 5  # weak links (a form's filled copies count once) listed one by one; the rest in one line
MAX_COPIES_NAMED = 3  # names shown of a form's filled copies; the count says how many more


def build(analysis: Analysis, tool_version: str) -> Draft:
    """The draft: every line traced to the records or the procedure's text, or asked as a question."""
    drift = analysis.drift
    proc = analysis.procedure
    links: tuple[Link, ...] = drift.links.get(proc.path, ())
    from gapscan.linking import STRONG

    checks = [c for c in drift.checks if c.procedure == proc.path]
    # a record found only by resemblance (shared fields, words) may be another process's record: it is
    # listed as uncertain, never drafted from, unless the audit's checks judged a claim on it
    judged = {c.record for c in checks if c.record and c.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED)}
    strong = [link for link in links if link.confidence >= STRONG and link.path in analysis.profiles
              and (names_record(link) or link.path in judged)]
    # a record the procedure names whose file holds no table gapscan reads: named, not uncertain, yet not countable
    unread = [link for link in links if link.confidence >= STRONG and names_record(link)
              and analysis.profiles.get(link.path) is None]
    weak = [link for link in links if link not in strong and link not in unread]
    title = proc.title or PurePosixPath(proc.path).stem
    strong, copies = filled_copies(strong, analysis.profiles, Counter(c.record for c in checks if c.record))
    # the records the procedure's claims were checked against are the record of this work; others it
    # names (an NCR register a step points to) are listed, and drafted in their own procedure
    checked = {copies_of: None for c in checks if c.record and c.claim.kind != "form"
               for copies_of in (next((lead for lead, group in copies.items() if c.record in group), None),)
               if copies_of}
    primary = [link for link in strong if link.path in checked] or _own_record(strong, title)
    related = [link for link in strong if link not in primary]
    writer = _Writer(analysis=analysis, strong=primary, copies=copies, checks=checks, thresholds=drift.thresholds,
                     related=related, unread=unread)
    sections: list[Section] = []
    if strong:
        sections += [writer.purpose(title), writer.who(), writer.when(), writer.steps(), writer.record(),
                     writer.rules(), writer.decisions()]
    else:
        sections += [writer.no_record(), writer.evidence_needed()]
    if weak:
        sections.append(writer.uncertain(weak))
    sections.append(writer.crossref())
    return Draft(procedure=proc.path, title=title, scope=analysis.scope,
                 records=tuple(link.path for link in primary + related),
                 uncertain_records=tuple(l.path for l in weak),
                 sections=tuple(s for s in sections if s.statements), tool_version=tool_version)


OWN_NAME = 0.5  # share of the procedure title's words a record's file name holds to be named as the procedure is
OWN_WORDS = 2  # and how many of them at least


def _own_record(strong: list[Link], title: str) -> list[Link]:
    """The record to draft from when no check chose one: a record the procedure names by code or in the config
    is its own; else the one whose file is named as the procedure is (the 'Risk Register' procedure's
    risk-register.xlsx, not a traceability page linked as strongly; a penetration test's test findings, not a
    README the page links to), the strongest link when none is."""
    from gapscan.linking import content_stems

    if not strong or any(v.strip().startswith("code ") or v.strip() == "config"
                         for v in strong[0].via.split(",")):
        return strong[:1]
    want = content_stems(title)

    def named(link: Link) -> float:
        # two of the title's words at least: one word in common ('security') is a subject, not a name
        have = content_stems(PurePosixPath(link.path.split(" § ")[0]).stem.replace("-", " ").replace("_", " "))
        shared = len(want & have)
        return shared / len(want) if shared >= OWN_WORDS else 0.0

    best = max(strong, key=lambda link: (named(link), link.confidence))
    return [best] if named(best) >= OWN_NAME else strong[:1]


class _Writer:
    """Writes the sections of one draft; remembers what each drift check's numbers were."""

    def __init__(self, *, analysis: Analysis, strong: list[Link], copies: dict[str, list[str]], checks: list,
                 thresholds, related: list[Link], unread: list[Link] = ()) -> None:
        self.related = related
        self.unread = list(unread)
        self.a = analysis
        self.proc = analysis.procedure
        self.strong = strong
        self.copies = copies
        self.checks = checks
        self.limits = thresholds
        # drift check -> (what the records show, in words; the traces): the decisions section says it again
        self.seen: dict[int, tuple[str, tuple[Trace, ...]]] = {}

    # -- helpers

    def prof(self, path: str | None) -> RecordProfile | None:
        return self.a.profiles.get(path) if path else None

    def written(self, claim) -> Trace:
        if claim.kind == "steps":
            # the steps are a run of list items: cite the first where the run starts
            return self.written_step(claim, claim.steps[0])
        return text_trace(self.proc, claim.location, claim.sentence)

    def written_step(self, claim, step: str) -> Trace:
        """A step quoted where it stands: its own list item, not the first of the run."""
        head = step.rstrip("…").strip()
        block = next((b for b in self.proc.blocks if b.text.strip().startswith(head)), None)
        return text_trace(self.proc, block.location if block is not None else claim.location, step)

    def checks_of(self, kind: str) -> list:
        return [c for c in self.checks if c.claim.kind == kind]

    def name(self, path: str) -> str:
        return PurePosixPath(path).name

    # -- sections

    def purpose(self, title: str) -> Section:
        prof = self.prof(self.strong[0].path)
        first, last = prof.first_entry, prof.last_entry
        when = "" if not (first and last) else f" on {first.isoformat()}" if first == last else \
            f" from {first.isoformat()} to {last.isoformat()}"
        copies = len(self.copies[prof.path])
        if prof.checklist and (prof.entry_column is None or prof.first_entry == prof.last_entry):
            text = (f"{title}, as the records show it: a checklist of {prof.row_count} items, "
                    f"{self.name(prof.path)}" + (f" (one of {copies} filled copies)." if copies > 1 else "."))
        else:
            text = (f"{title}, as the records show it: {prof.row_count} "
                    f"{'entry' if prof.row_count == 1 else 'entries'} in {self.name(prof.path)}{when}.")
        return Section(key="purpose", title="Purpose", statements=(Statement(text=text, traces=(rows_trace(prof),)),))

    def who(self) -> Section:
        out: list[Statement] = []
        from gapscan.drift import header_role, role_matches

        # columns a written role is asked about: the question names the role, so no second one without it
        asked = {(c.record, c.metrics.get("column")) for c in self.checks_of("role")
                 if c.status is ClaimStatus.NOT_CHECKABLE and c.record and c.metrics.get("column")}

        for link in self.strong:
            prof = self.prof(link.path)
            for col in prof.columns_of("person")[:MAX_COLUMNS]:
                counts = value_counts(prof, col)
                role = header_role(col.name)
                role_like = sum(n for v, n in counts.items() if set(re.findall(r"[a-z]+", v.lower())) & ROLE_WORDS)
                named_for_people = PERSON_HEADER.search(col.name) or \
                    set(re.findall(r"[a-z]+", col.name.lower())) & (ROLE_WORDS | set(ROLE_NOUNS))
                if not counts or not (named_for_people or role or role_like >= 0.5 * sum(counts.values())):
                    continue
                top = [v for v, _ in counts.most_common(TOP_PEOPLE)]
                total = sum(counts.values())
                rows = prof.row_count
                named = ", ".join(f"{v} in {counts[v]} of {rows}" for v in top)
                rest = total - sum(counts[v] for v in top)
                others = len(counts) - len(top)
                more = f"; {others} other{'s' if others > 1 else ''} in the remaining {rest}" if rest else ""
                blank = f"; left blank in {rows - total}" if rows > total else ""
                head = f"'{col.name}' in {self.name(prof.path)} names {named} rows{more}{blank}"
                out.append(Statement(text=head + (f" (signing as {role}, the column header says)." if role else "."),
                                     traces=(shares_trace(prof, col),)))
                # a Role column beside the names already says who acts as what
                roles_kept = any(re.search(r"\brole\b", c.name, re.I) for c in prof.columns if c is not col)
                if not role and role_like < 0.5 * total and not roles_kept and (prof.path, col.name) not in asked:
                    out.append(Statement(text=f"Which role {'do' if len(top) > 1 else 'does'} {', '.join(top)} "
                                              f"hold when named in '{col.name}'? "
                                              f"The record names people, not roles.", question=True))
        people_asked: dict[tuple, list] = {}
        for check in self.checks_of("role"):
            claim = check.claim
            prof = self.prof(check.record)
            col = prof.column(check.metrics.get("column", "")) if prof else None
            said = f"Written: {_who_does(claim)}"
            if col is not None and check.status is ClaimStatus.NOT_CHECKABLE:
                people_asked.setdefault((prof.path, col.name, (claim.role or "").lower()), []).append(check)
                continue
            if col is None:
                out.append(Statement(text=f"{said}. Which record shows who does it? ({check.detail})",
                                     traces=(self.written(claim),), question=True))
                continue
            role = header_role(col.name)
            if role and role_matches(claim.role or "", role):
                trace = fill_trace(prof, col)
                shows = f"'{col.name}' is signed in {trace.what.removeprefix('filled in ')}"
            else:
                counts = value_counts(prof, col)
                match = [v for v in counts if role_matches(claim.role or "", v)]
                trace = shares_trace(prof, col, match or [v for v, _ in counts.most_common(1)])
                shows = f"'{col.name}' holds " + (f"{claim.role} in {sum(counts[v] for v in match)} of "
                                                   f"{prof.row_count} rows" if match else
                                                   f"no entry by the {claim.role}")
            self.seen[id(check)] = (shows, (trace,))
            out.append(Statement(text=f"{said}; the records: {shows}.", traces=(self.written(claim), trace),
                                 mark=Mark.BOTH if check.status is ClaimStatus.HOLDS else None))
        for (path, column, _), asked_checks in people_asked.items():
            prof, claim = self.prof(path), asked_checks[0].claim
            col = prof.column(column)
            top = [v for v, _ in value_counts(prof, col).most_common(TOP_PEOPLE)]
            does = " and ".join(dict.fromkeys(_who_does(c.claim).removeprefix(f"the {claim.role} ")
                                              for c in asked_checks))
            out.append(Statement(text=f"Written: the {claim.role} {does}. Is each of {', '.join(top)}, named in "
                                      f"'{col.name}' of {self.name(prof.path)}, a {claim.role}? The record names "
                                      f"people, not roles.",
                                 traces=(*dict.fromkeys(self.written(c.claim) for c in asked_checks),
                                         shares_trace(prof, col, top)), question=True))
        if not out:
            # a column headed for people whose cells the record profile did not read as names ('Approvers':
            # "kim, lee (via issue #4 approvals)"): the record names people, though not one a row
            for link in self.strong:
                prof = self.prof(link.path)
                for col in [c for c in prof.columns if _people_header(c.name)
                            and c.type not in ("date", "number", "boolean", "empty")][:MAX_COLUMNS]:
                    counts = value_counts(prof, col)
                    if not counts:
                        continue
                    trace = fill_trace(prof, col)
                    example = counts.most_common(1)[0][0]
                    out.append(Statement(text=f"'{col.name}' in {self.name(prof.path)} is filled in "
                                              f"{trace.what.removeprefix('filled in ')} (\"{_short(example, 60)}\"), "
                                              f"not as one name a row. Who does the work, in which role?",
                                         traces=(trace,), question=True))
        if not out:
            names = ", ".join(self.name(link.path) for link in self.strong)
            out.append(Statement(text=f"Who does it? {names} names no one: no column of people, initials or roles.",
                                 question=True))
        return Section(key="who", title="Who does it", statements=tuple(out))

    def when(self) -> Section:
        out: list[Statement] = []
        timed: set[str] = set()
        unasked: dict[tuple, list[str]] = {}  # written cadences the records cannot time, by sentence
        asked_at: dict[tuple, int] = {}
        for check in self.checks_of("frequency"):
            claim = check.claim
            said = f"Written: {claim.phrase} (\"{_short(claim.sentence)}\")"
            prof = self.prof(check.record) if check.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED) else None
            group = prof.column(check.metrics.get("grouped_by", "")) if prof and check.metrics.get("grouped_by") \
                else None
            if prof is not None and prof.entry_column and (claim.interval_days or 0) < 1:
                # dates cannot time a routine of hours: count the entries of each day instead
                trace = per_day_trace(prof)
                if trace is not None:
                    timed.add(prof.path)
                    out.append(Statement(text=f"{said}; practised: {trace.what.split(', ', 1)[1]} in "
                                              f"{self.name(prof.path)}. Is that the written cadence over a working "
                                              f"day? Write the rule as checks a day, or the times they fall.",
                                         traces=(self.written(claim), trace), question=True, mark=Mark.BOTH))
                    continue
            if prof is not None and check.metrics.get("rows_about_item"):
                # the audit timed only the rows about the one item the sentence names
                out.append(Statement(text=f"{said}. The audit (DR02) read the {check.metrics['rows_about_item']} "
                                          f"rows of {self.name(prof.path)} about this item: {check.detail}. Is that "
                                          f"the item's record?", traces=(self.written(claim),), question=True,
                                     mark=Mark.BOTH))
                continue
            c = cadence(prof, group, claim.interval_days, self.limits.cadence_tolerance, _slack()) \
                if prof and not _latest_only(prof.entry_column) else None
            if c is None:
                # one sentence that says its cadence in several words ("every Monday ... weekly") is asked once
                detail = check.detail if prof is None or not _latest_only(prof.entry_column) else \
                    f"'{prof.entry_column}' in {self.name(prof.path)} holds one date a row, the latest"
                key = (" ".join(claim.sentence.split()), str(claim.location), detail)
                phrases = unasked.setdefault(key, [])
                if claim.phrase.lower() in (p.lower() for p in phrases):
                    continue
                phrases.append(claim.phrase)
                statement = Statement(text=f"Written: {'; '.join(phrases)} (\"{_short(claim.sentence)}\"). How often "
                                           f"is it really done? The records cannot tell: {detail}.",
                                      traces=(self.written(claim),), question=True, mark=Mark.WRITTEN_ONLY)
                if len(phrases) > 1:
                    out[asked_at[key]] = statement
                else:
                    asked_at[key] = len(out)
                    out.append(statement)
                continue
            timed.add(prof.path)
            share = self.limits.cadence_share
            late = c.median > c.limit or c.over / len(c.gaps) > share or \
                (c.periods is not None and c.missed / c.periods > share)
            per = f" per {group.name.lower()}" if group else ""
            shows = (f"median {_days(c.median)} between entries{per} in {self.name(prof.path)}, {c.over} of "
                     f"{len(c.gaps)} gaps over {c.limit:g} days, the longest {c.longest} days")
            if c.periods is not None and c.missed:
                shows += f"; {c.missed} of {c.periods} {periods_word(c.limit_basis)} have no entry"
            gap = "practice is slower than written" if late else "practice keeps the written cadence"
            trace = cadence_trace(prof, c, group)
            self.seen[id(check)] = (shows, (trace,))
            out.append(Statement(text=f"{said}; practised: {shows}. Gap: {gap}.",
                                 traces=(self.written(claim), trace), mark=Mark.BOTH))
        for link in self.strong:
            prof = self.prof(link.path)
            if prof.path in timed or prof.entry_column is None:
                continue
            if _latest_only(prof.entry_column):
                # the date of each item's last service: the days from one item's to another's time nothing
                entry = prof.column(prof.entry_column)
                out.append(Statement(text=f"'{entry.name}' in {self.name(prof.path)} holds one date a row, the "
                                          f"latest, so the records cannot show how often the work is done. How "
                                          f"often is it done, and where is each time recorded?",
                                     traces=(fill_trace(prof, entry),), question=True))
                continue
            c = cadence(prof, None, None, 0, 0)
            if c is None:
                continue
            out.append(Statement(text=f"Practised, never written: a new entry in {self.name(prof.path)} "
                                      f"{days(c.median)} (median), the longest gap {c.longest} days. Is this work "
                                      f"done on a schedule (write it), or as it arises?",
                                 traces=(cadence_trace(prof, c, None),), mark=Mark.RECORDED_ONLY))
        if not out:
            # dated, but on too few days to give two gaps (one change request so far): say so, not "no dates"
            dated = [p for p in (self.prof(link.path) for link in self.strong)
                     if p.entry_column and any(d is not None for d in p.entry_dates)]
            if dated:
                prof = dated[0]
                n = len({d for d in prof.entry_dates if d is not None})
                entry = prof.column(prof.entry_column)
                out.append(Statement(text=f"When is it done? No cadence is written, and '{entry.name}' in "
                                          f"{self.name(prof.path)} holds {n} date{'s' if n > 1 else ''}, too few to "
                                          f"show one.", traces=(fill_trace(prof, entry),), question=True))
            else:
                out.append(Statement(text="When is it done? No cadence is written, and the records hold no dates to "
                                          "show one.", question=True))
        return Section(key="when", title="When", statements=tuple(out))

    def steps(self) -> Section:
        from gapscan.drift import align_steps, checklist_items

        out: list[Statement] = []
        listed: set[str] = set()
        for check in self.checks_of("steps"):
            claim = check.claim
            prof = self.prof(check.record) if check.status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED) else None
            items, locations = checklist_items(prof) if prof else ((), [])
            if not items:
                log = prof or self.prof(self.strong[0].path)
                named = step_columns(claim.steps, log)
                for step, columns in zip(claim.steps, named):
                    out.append(self._logged_step(claim, step, log, columns))
                continue
            listed.add(prof.path)
            result = align_steps(claim.steps, items)
            extra = set(result["items_extra"])
            missing = result["steps_missing"]
            traces = []
            for kind, text, loc in step_order(claim.steps, list(zip(items, locations))[:MAX_ITEMS]):
                if kind == "step":
                    out.append(Statement(text=f"{text}: is it done, and is this its place?",
                                         traces=(self.written_step(claim, text),), question=True,
                                         mark=Mark.WRITTEN_ONLY))
                    continue
                trace = Trace(path=prof.path, where=place(loc, prof.path) or "table", what=f"item '{text}'")
                traces.append(trace)
                out.append(Statement(text=text, traces=(trace,),
                                     mark=Mark.RECORDED_ONLY if text in extra else Mark.BOTH))
            if check.status is ClaimStatus.DRIFTED:
                self.seen[id(check)] = (f"{len(missing)} written step(s) never recorded and {len(extra)} recorded "
                                        f"item(s) never written in {self.name(prof.path)}", tuple(traces[:1]))
        for link in self.strong:
            prof = self.prof(link.path)
            if prof.path in listed or not prof.checklist or prof.entry_column is not None:
                continue
            items, locations = checklist_items(prof)
            listed.add(prof.path)
            for item, loc in list(zip(items, locations))[:MAX_ITEMS]:
                out.append(Statement(text=item, traces=(Trace(path=prof.path, where=place(loc, prof.path) or "table",
                                                              what=f"item '{item}'"),), mark=Mark.RECORDED_ONLY))
        if not out:
            out.append(Statement(text="In what order is the work done? Neither the procedure nor its records "
                                      "list the steps.", question=True))
        return Section(key="steps", title="Steps", statements=tuple(out))

    def _logged_step(self, claim, step: str, prof: RecordProfile, columns: list[ColumnProfile]) -> Statement:
        """A written step of a log kept as columns, not ticks: the columns its words name are its record."""
        if not columns:
            return Statement(text=f"{step}: no record shows this step; is it done?",
                             traces=(self.written_step(claim, step),), question=True, mark=Mark.WRITTEN_ONLY)
        traces = [fill_trace(prof, c) for c in columns]
        shown = "; ".join(f"'{c.name}' filled in {t.what.removeprefix('filled in ')}" for c, t in zip(columns, traces))
        thin = [c for c in columns if c.fill_rate < 1 - self.limits.empty_share]
        ask = f" '{thin[0].name}' is often left empty: is this done every time?" if thin else ""
        return Statement(text=f"{step} (recorded in {self.name(prof.path)}: {shown}).{ask}",
                         traces=(self.written_step(claim, step), *traces), question=bool(thin), mark=Mark.BOTH)

    def stepped_columns(self) -> set[tuple[str, int]]:
        """(record, column) pairs a written step names: a checklist column it matches, or a log column."""
        from gapscan.drift import align_steps

        out: set[tuple[str, int]] = set()
        for check in self.checks_of("steps"):
            for link in self.strong:
                prof = self.prof(link.path)
                for columns in step_columns(check.claim.steps, prof):
                    out.update((prof.path, c.index) for c in columns)
                names = [c.name for c in prof.columns]
                extra = set(align_steps(check.claim.steps, names)["items_extra"])
                # an identifier column is a step's only when a step writes the identifier (see step_columns)
                ids = set().union(*(id_words(step) for step in check.claim.steps))
                out.update((prof.path, c.index) for c in prof.columns if c.name not in extra
                           and (not id_words(c.name) or id_words(c.name) & ids))
        return out

    def record(self) -> Section:
        out: list[Statement] = []
        fields: dict[tuple[str, str], list] = {}
        for check in self.checks_of("field"):
            if check.record and check.metrics.get("column"):
                fields.setdefault((check.record, check.metrics["column"].lower()), []).append(check)
        stepped = self.stepped_columns()
        for link in self.strong:
            prof = self.prof(link.path)
            sheets = sorted({part.location.sheet for _, part in prof.parts if part.location.sheet}) if prof.parts \
                else []
            kept = f" over {len(sheets)} sheets" if sheets else ""
            out.append(Statement(text=f"Keep {self.name(prof.path)}{kept}: {rows(prof.row_count)} so far "
                                      f"(linked by {link.via}, confidence {link.confidence:.2f}).",
                                 traces=(rows_trace(prof),)))
            others = [p for p in self.copies[prof.path] if p != prof.path]
            if others:
                out.append(Statement(text=f"{len(others) + 1} filled copies of this form are in the set; this draft "
                                          f"reads {self.name(prof.path)}, the others are "
                                          f"{', '.join(self.name(p) for p in others)}.",
                                     traces=tuple(rows_trace(self.a.profiles[p]) for p in others)))
            for col in prof.columns[:MAX_COLUMNS]:
                if col.type == "empty" and not col.name.strip():
                    continue
                trace = fill_trace(prof, col)
                filled = trace.what.removeprefix("filled in ")
                said = fields.get((prof.path, col.name.lower()), [])
                in_step = (prof.path, col.index) in stepped
                mark = Mark.BOTH if said or in_step else Mark.RECORDED_ONLY
                note = " (the procedure asks for it)" if said else " (a written step names it)" if in_step else ""
                if said and any(c.status is ClaimStatus.DRIFTED for c in said):
                    note = " (the procedure asks for it; often left empty)"
                    for c in said:
                        self.seen[id(c)] = (f"'{col.name}' is filled in {filled}", (trace,))
                out.append(Statement(text=f"'{col.name}': filled in {filled}{note}.", traces=(trace,), mark=mark))
        for link in self.unread:
            out.append(Statement(text=f"The procedure also names {self.name(link.path)} (linked by {link.via}, "
                                      f"confidence {link.confidence:.2f}), but gapscan reads no table of entries in "
                                      f"it, so this draft does not count it.",
                                 traces=(Trace(path=link.path, where="whole file", what="no data table read"),)))
        for link in self.related:
            prof = self.prof(link.path)
            out.append(Statement(text=f"The procedure also names {self.name(prof.path)} ({rows(prof.row_count)}; "
                                      f"linked by {link.via}, confidence {link.confidence:.2f}). None of its "
                                      f"claims is checked against it, so this draft does not read it further.",
                                 traces=(rows_trace(prof),)))
        for check in self.checks_of("field"):
            if check.status is ClaimStatus.DRIFTED and check.metrics.get("column") is None and check.record:
                prof = self.prof(check.record)
                header = Trace(path=prof.path, where="header row",
                               what="columns " + ", ".join(f"'{h}'" for h in prof.table.header))
                self.seen[id(check)] = (f"{self.name(prof.path)} has no column for '{check.subject}'", (header,))
                out.append(Statement(text=f"Written: the record holds '{check.subject}'; {self.name(prof.path)} has "
                                          f"no column for it.", traces=(self.written(check.claim), header),
                                     mark=Mark.WRITTEN_ONLY))
        return Section(key="record", title="The record to keep", statements=tuple(out))

    def rules(self) -> Section:
        from gapscan.draft.rules_seen import decision_rules

        out: list[Statement] = []
        for link in self.strong:
            out.extend(decision_rules(self.prof(link.path)))
        return Section(key="rules", title="Decision rules seen in the records", statements=tuple(out))

    def decisions(self) -> Section:
        out: list[Statement] = []
        for check in self.checks:
            if check.status is not ClaimStatus.DRIFTED:
                continue
            claim = check.claim
            shown = self.seen.get(id(check))
            if shown is None and claim.kind == "form":
                blanks = [p for p in check.related if p in self.a.documents]
                if blanks:
                    shown = (f"only the blank form {self.name(blanks[0])} is in the set, no filled copy",
                             (Trace(path=blanks[0], where="whole file", what="a blank form, not a filled record"),))
            if shown is None and claim.kind == "deadline":
                shown = self._deadline(check)
            if shown is None:
                out.append(Statement(text=f"Written: {claim.text}. The audit reads the records as: {check.detail}. "
                                          f"Which is right?", traces=(self.written(claim),), question=True))
                continue
            words, traces = shown
            written = f"the record holds {check.subject}" if check.subject else _plain(claim)
            out.append(Statement(text=f"Written: {written}; the records: {words}. Change the practice, "
                                      f"or write what is done?", traces=(self.written(claim), *traces),
                                 question=True))
        return Section(key="decisions", title="Decisions for the owner", statements=tuple(out))

    def _deadline(self, check) -> tuple[str, tuple[Trace, ...]] | None:
        from gapscan.dates import working_days_between

        prof = self.prof(check.record)
        m = check.metrics
        a, b = (prof.column(m.get("from_column", "")), prof.column(m.get("to_column", ""))) if prof else (None, None)
        if a is None or b is None or a.type != "date" or b.type != "date":
            return None
        working = bool(check.claim.working_days)
        done = [working_days_between(x, y) if working else (y - x).days
                for x, y in zip(a.dates, b.dates) if x and y]
        still_open = sum(1 for x, y in zip(a.dates, b.dates) if x and not y)
        if not done:
            return None
        limit = float(check.claim.limit_days or 0)
        unit = "working days" if working else "days"
        late = sum(1 for d in done if d > limit)
        median = statistics.median(done)
        trace = Trace(path=prof.path, where=f"columns '{a.name}' to '{b.name}', {span(prof, b.index)}",
                      what=f"{len(done)} completed, median {median:g} {unit}, {late} over {limit:g}; "
                           f"{still_open} still open")
        return f"median {median:g} {unit}, {late} of {len(done)} over {limit:g}", (trace,)

    def no_record(self) -> Section:
        failed = self.a.drift.errors.get(self.proc.path)
        if self.unread and failed is None:
            out = [Statement(text=f"The procedure names {self.name(link.path)} (linked by {link.via}, confidence "
                                  f"{link.confidence:.2f}), but gapscan reads no table of entries in it, so there is "
                                  f"nothing to count. Where are its entries kept, in a form that can be counted?",
                             traces=(Trace(path=link.path, where="whole file", what="no data table read"),),
                             question=True) for link in self.unread]
            return Section(key="purpose", title="Purpose", statements=tuple(out))
        text = (f"No record in {self.a.scope} is linked to this procedure, so there is nothing to draft from. "
                f"Which file holds the record of this work?") if failed is None else \
            (f"The records could not be matched to this procedure ({failed}), so there is nothing to draft from. "
             f"Which file holds the record of this work?")
        return Section(key="purpose", title="Purpose", statements=(Statement(text=text, question=True),))

    def evidence_needed(self) -> Section:
        out: list[Statement] = []
        claims = self.a.drift.extracted.get(self.proc.path, ())
        asks = {"form": "a filled copy of {}", "frequency": "dated entries showing {} is done",
                "deadline": "the dates that time {}", "field": "a record with {}", "role": "who signs for {}",
                "steps": "a checklist of {}"}
        seen: set[str] = set()
        for claim in claims:
            what = {"form": claim.form_code or claim.form_title, "frequency": f"{claim.activity} ({claim.phrase})",
                    "deadline": f"{claim.activity} ({claim.phrase})", "field": ", ".join(claim.fields),
                    "role": f"the {claim.role}'s part", "steps": f"the {len(claim.steps)} steps"}[claim.kind]
            ask = asks[claim.kind].format(what)
            if ask.lower() in seen:
                continue
            seen.add(ask.lower())
            blanks = [p for c in self.checks if c.claim is claim and claim.kind == "form"
                      and c.status is ClaimStatus.DRIFTED for p in c.related if p in self.a.documents]
            if blanks:
                out.append(Statement(text=f"Evidence needed: {ask}. Only the blank form {self.name(blanks[0])} is "
                                          f"in the set: where are the filled ones kept, or is the form used at all?",
                                     traces=(self.written(claim), Trace(path=blanks[0], where="whole file",
                                                                        what="a blank form, not a filled record")),
                                     question=True, mark=Mark.WRITTEN_ONLY))
                continue
            out.append(Statement(text=f"Evidence needed: {ask}. Where is it kept?", traces=(self.written(claim),),
                                 question=True, mark=Mark.WRITTEN_ONLY))
        return Section(key="evidence", title="Evidence needed", statements=tuple(out))

    def uncertain(self, weak: list[Link]) -> Section:
        out = []
        # the filled copies of one checklist are one question, not one line each
        groups = copy_groups(weak, self.a.profiles)
        for members in groups[:MAX_UNCERTAIN]:
            link = members[0]
            prof = self.prof(link.path)
            trace = rows_trace(prof) if prof else Trace(path=link.path, where="whole file", what="no data table")
            if len(members) == 1:
                out.append(Statement(text=f"{self.name(link.path)} may be a record of this work (linked by "
                                          f"{link.via}, confidence {link.confidence:.2f}). Is it?", traces=(trace,),
                                     question=True, uncertain=True))
                continue
            names = sorted(self.name(m.path) for m in members)
            form = form_name(names)
            # after the form's name, each copy is told by what differs: its date or number
            parts = [n[len(form):].strip() if n.startswith(form + " ") else n for n in names]
            shown = ", ".join(parts[:MAX_COPIES_NAMED]) + (f" and {len(parts) - MAX_COPIES_NAMED} more"
                                                          if len(parts) > MAX_COPIES_NAMED else "")
            out.append(Statement(text=f"{len(members)} filled copies of {form} ({shown}) may be records "
                                      f"of this work (linked by {link.via}, confidence {link.confidence:.2f}). "
                                      f"Are they?", traces=(trace,), question=True, uncertain=True))
        if len(groups) > MAX_UNCERTAIN:
            rest = [link for members in groups[MAX_UNCERTAIN:] for link in members]
            out.append(Statement(text=f"{len(rest)} more records share a few words or fields with this procedure "
                                      f"(confidence {max(l.confidence for l in rest):.2f} or less): "
                                      f"{', '.join(self.name(l.path) for l in rest)}. Does any of them belong here?",
                                 question=True, uncertain=True))
        return Section(key="uncertain", title="Records that may belong here (uncertain links)",
                       statements=tuple(out))

    def crossref(self) -> Section:
        from gapscan.draft.crossref import clause_references

        out = []
        refs = clause_references(self.proc, self.a.mirroring)
        for ref in refs:
            out.append(Statement(text=f"{ref.standard} {ref.clause} {ref.title}".strip() + ".",
                                 traces=(text_trace(self.proc, ref.location, ref.text),)))
        if not refs:
            out.append(Statement(text="Which clauses does this procedure serve? It names none.", question=True))
        return Section(key="crossref", title="Clause cross-reference (for the auditor)", statements=tuple(out))


_LATEST = re.compile(r"\b(last|latest|most recent|previous)\b", re.I)


def _latest_only(header: str | None) -> bool:
    """A date column of when each row's item was last done ('Last Service', 'Latest review'): one date an
    item, the most recent, not a dated entry each time the work is done."""
    return bool(header and _LATEST.search(header.replace("_", " ")))


def _people_header(header: str) -> bool:
    """A header that says its cells name people: 'Approved by', 'Owner', also in the plural ('Approvers',
    'Reviewers') and for who asked ('Requester')."""
    words = {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[a-z]+", header.lower())}
    return bool(words & _PEOPLE_WORDS)


# header words that say the cells name people ('Equipment name', 'Date completed' name none)
_PEOPLE_WORDS = {"by", "owner", "approver", "reviewer", "requester", "requestor", "assignee", "responsible",
                 "actionee", "initials", "who", "person", "signatory", "attendee", "people"}


def _short(sentence: str, limit: int = 110) -> str:
    text = " ".join(sentence.split()).rstrip(".")
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _days(value: float) -> str:
    return "1 day" if value == 1 else f"{value:g} days"


def _slack() -> float:
    from gapscan.drift import CADENCE_SLACK_DAYS

    return CADENCE_SLACK_DAYS


def _who_does(claim) -> str:
    """'the Technical Manager approves', from a role claim's role and verb."""
    action = claim.action or ""
    if action.endswith("ed") or action == "responsible":
        verb = "approves" if claim.responsibility == "approving" else \
            "is responsible" if action == "responsible" else f"does it ('{action} by the {claim.role}')"
    else:
        verb = action
    return f"the {claim.role} {verb}"


def _plain(claim) -> str:
    """What the procedure demands, in its own words where they are short."""
    if claim.kind == "frequency":
        return f"{claim.phrase} (\"{_short(claim.sentence)}\")"
    if claim.kind == "role":
        return _who_does(claim)
    if claim.kind == "field":
        return "the record holds " + ", ".join(claim.fields)
    if claim.kind == "steps":
        return f"{len(claim.steps)} steps in this order"
    return claim.text
