"""The executive summary built from a small run: counts, wording, charts, and the top-five ranking."""
import datetime as dt
import random

from gapscan.model import (DocumentResult, Finding, Kind, Report, Scores, Severity, Status, Verdict)
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from gapscan.rules.sh import SH01, SH02
from gapscan.summary import build, rank_findings
from recbuild import profile, record_doc, table, text_doc

AUDIT = dt.date(2025, 6, 12)


def _log(path, dates):
    rows = [(d, "did the thing", ["Ann", "Bo"][i % 2]) for i, d in enumerate(dates)]
    tbl = table(("Date", "What", "Who"), rows)
    return record_doc(path, tbl), profile(path, tbl, {"Date": "date", "Who": "person"}, entry="Date")


def _run():
    rng = random.Random(5)
    every_day = [dt.date(2025, 1, 1) + dt.timedelta(days=i) for i in range(360)]
    spiky = sorted([dt.date(2025, 1, 1) + dt.timedelta(days=14 * i) for i in range(26)]
                   + [AUDIT - dt.timedelta(days=rng.randint(0, 20)) for _ in range(30)])
    recs = [_log("records/downtime tracker.xlsx", every_day),
            _log("records/fire door checks.xlsx", spiky),
            _log("records/near miss log.xlsx", [dt.date(2025, 1, 3) + dt.timedelta(days=9 * i) for i in range(15)])]
    procs = [text_doc(f"procs/P{i}.docx", ["The organization shall determine things."]) for i in range(3)]
    # one procedure names one of the records: the documented system's reach can be seen, so PS01 on the others
    # is a finding, not a lead (rules/ps/ps01.lead_reason)
    procs.append(text_doc("procs/P3.docx", ["The Safety Lead writes each near miss in the near miss log."]))
    review = text_doc("mr/review.docx", ["Scrap was discussed."], kind=Kind.REVIEW)
    broken = text_doc("procs/broken.pdf", [])
    broken = broken.__class__(**{**broken.__dict__, "status": Status.ERROR, "error": "encrypted PDF", "blocks": ()})
    docs = tuple(procs) + tuple(d for d, _ in recs) + (review, broken)
    ctx = Context(documents=docs, records={p.path: p for _, p in recs}, audit_dates=(AUDIT,),
                  audit_dates_inferred=True)
    findings = [*PS01.check(ctx), *SH01.check(ctx), *SH02.check(ctx)]
    verdicts = [Verdict.MIRRORED, Verdict.MIRRORED, Verdict.MIXED, Verdict.OPERATIONAL]
    drifts = [80.0, 60.0, None, 10.0]
    results = [DocumentResult(document=d, verdict=v, scores=Scores(drift=x)) for d, v, x in zip(procs, verdicts, drifts)]
    results += [DocumentResult(document=d) for d in docs[len(procs):]]
    return results, findings, ctx


def test_summary_counts_and_sections():
    results, findings, ctx = _run()
    assert {f.rule for f in findings} == {"PS01", "SH01", "SH02"}
    s = build(results, findings, ctx)
    assert dict(s.verdict_counts) == {"mirrored": 2, "mixed": 1, "operational": 1}
    assert s.average_drift == 50.0
    assert "2 of 4 procedures" in s.headline
    assert "before audits" in s.headline
    titles = [sec.title for sec in s.sections]
    assert titles == ["How the procedures are written", "Does the work follow the procedures?",
                      "The real system: work tracked outside the procedures", "Records kept for the auditor",
                      "Are problems still being reported?", "Management review", "Files gapscan could not read"]
    for sec in s.sections:
        assert sec.lines
        for chart in sec.charts:
            assert len(chart.labels) == len(chart.values) > 0
    audit = s.sections[3]
    assert "found in the audit plans and reports" in audit.lines[0]
    assert any("fire door checks.xlsx" in line for line in audit.lines)
    assert audit.charts and audit.charts[0].marks
    feeds = s.sections[4]
    assert any("near miss log.xlsx" in line and "nothing recorded" in line for line in feeds.lines)
    assert "encrypted PDF" in s.sections[6].lines[1]
    drift_chart = s.sections[1].charts[0]
    assert drift_chart.labels[0] == "P0.docx" and drift_chart.values[0] == 80.0


def test_top_findings_rank_severity_then_weight_then_size():
    def f(rule, sev, path, **metrics):
        return Finding(rule=rule, name="x", severity=sev, path=path, message="m", metrics=metrics)

    small_shadow = f("PS01", Severity.WARNING, "a.xlsx", use_score=2.0)
    big_shadow = f("PS01", Severity.WARNING, "b.xlsx", use_score=9.0)
    wording = f("CM03", Severity.WARNING, "p.docx", hits=40)
    error = f("CM01", Severity.ERROR, "q.docx", hits=1)
    dup = f("PS02", Severity.WARNING, "c.xlsx", shared_values=500)
    info = f("SH02", Severity.INFO, "d.xlsx", days_silent=400)
    ranked = rank_findings([wording, info, small_shadow, dup, big_shadow, error])
    assert ranked == [error, big_shadow, small_shadow, dup, wording, info]
    results, findings, ctx = _run()
    s = build(results, findings + [wording, error], ctx)
    assert len({x.rule for x in s.top_findings}) == 5  # five problems, a few files each
    assert s.top_findings[0] is error


def test_empty_run_says_so():
    s = build([], [], Context(documents=()))
    # nothing documented was read: "no gaps found" would vouch for a system nobody saw
    assert s.headline == ("No findings, but no procedure was found in the set: gapscan had no documented system "
                          "to hold any record against.")
    assert s.verdict_counts == {"mirrored": 0, "mixed": 0, "operational": 0}
    assert s.average_drift is None
    assert s.top_findings == ()


def test_records_without_procedures_are_not_called_gap_free():
    # a risk register and an evidence list handed over without the procedures that govern them (drhold30's
    # fineract set): before, the headline read "No gaps found between the documented management system and ..."
    every_week = [dt.date(2025, 1, 6) + dt.timedelta(days=7 * i) for i in range(40)]
    docs, profiles = zip(*(_log(f"records/{name}.xlsx", every_week) for name in ("risk register", "evidence")))
    ctx = Context(documents=docs, records={p.path: p for p in profiles})
    results = [DocumentResult(document=d) for d in docs]
    s = build(results, [], ctx)
    assert s.headline == ("No findings, but no procedure was found in the set: gapscan had no documented system "
                          "to hold the 2 records it read against.")
    # with a procedure the records follow, the set is gap-free and says so
    proc = text_doc("procs/P.docx", ["The Risk Lead reviews the risk register every week."])
    s = build([DocumentResult(document=proc, verdict=Verdict.OPERATIONAL, scores=Scores(drift=0.0)), *results], [],
              Context(documents=(proc, *docs), records=ctx.records))
    assert not s.headline.startswith("No findings, but no procedure")


def test_summary_fits_in_a_report():
    results, findings, ctx = _run()
    report = Report(root="set", tool_version="0", command="audit", documents=tuple(results),
                    findings=tuple(findings), summary=build(results, findings, ctx))
    assert report.summary.top_findings[0].severity >= report.summary.top_findings[-1].severity


def test_top_findings_take_one_per_rule_and_document():
    def f(rule, path, n):
        return Finding(rule=rule, name="x", severity=Severity.WARNING, path=path, message=f"m{n}",
                       metrics={"hits": n})

    many = [f("CM03", "manual.docx", n) for n in range(10)] + [f("CM01", "manual.docx", 3), f("CM03", "qp.md", 1)]
    s = build([], many, Context(documents=()))
    # one rule's files together (the renderers say its meaning once), rules in the order of their best finding
    assert [(x.rule, x.path) for x in s.top_findings] == [("CM03", "manual.docx"), ("CM03", "qp.md"),
                                                          ("CM01", "manual.docx")]
    assert s.top_findings[0].message == "m9"  # the biggest of its kind stands for the rest


def test_top_findings_are_five_problems_not_five_places_of_one():
    """Seven shadow records outrank everything else; the summary still leads with five different problems,
    three files of the first, and the markdown says how many files each problem has."""
    def f(rule, path, size):
        return Finding(rule=rule, name="x", severity=Severity.WARNING, path=path, message=f"{rule} in {path}",
                       metrics={"use_score": size, "days_silent": size, "hits": size})

    shadows = [f("PS01", f"r{n}.xlsx", 100 - n) for n in range(7)]
    others = [f("SH02", "log.csv", 50), f("DR02", "qp-01.md", 5), f("DR01", "qp-02.md", 5),
              f("PS02", "r0.xlsx", 9), f("CM01", "qm.docx", 40), f("CM03", "qm.docx", 40)]
    s = build([], shadows + others, Context(documents=()))
    assert [x.rule for x in s.top_findings] == ["PS01", "PS01", "PS01", "SH02", "DR02", "DR01", "PS02"]
    assert [x.path for x in s.top_findings[:3]] == ["r0.xlsx", "r1.xlsx", "r2.xlsx"]  # the biggest three
    report = Report(root="set", tool_version="0", command="audit", documents=(), findings=tuple(shadows + others),
                    summary=s)
    from gapscan.report import markdown

    text = markdown.render(report)
    top = text[text.index("### Findings that matter most"):]
    assert "(PS01, warning), in 7 files:" in top and "   - and 4 more files (under Documents)" in top
    assert "(PS02, warning): `r0.xlsx`" in top  # a rule in one file reads on one line


def test_few_procedures_get_sentences_not_a_chart():
    doc = text_doc("procs/P0.docx", ["The organization shall determine things."])
    results = [DocumentResult(document=doc, verdict=Verdict.MIRRORED, scores=Scores(drift=40.0))]
    s = build(results, [], Context(documents=(doc,)))
    section = s.sections[0]
    assert section.title == "How the procedures are written" and section.charts == ()
    # judged mirrored with no clause heading in it: not said to follow the standard clause by clause
    assert section.lines[0] == ("gapscan read 1 procedure: 1 reads like the ISO standard instead of saying who "
                                "does what (it does not carry the standard's clause numbers or titles as headings).")
    assert s.headline.startswith("1 of 1 procedure reads like the ISO standard")
    drift = s.sections[1]
    assert drift.charts == () and "over the 1 procedure whose records" in drift.lines[0]


def test_unreadable_skipped_and_failed_checks_are_listed_once():
    results, findings, ctx = _run()
    big = text_doc("misc/huge.xlsx", [])
    big = big.__class__(**{**big.__dict__, "status": Status.SKIPPED, "error": "larger than the 50 MB limit"})
    failed = DocumentResult(document=results[0].document, verdict=Verdict.MIRRORED,
                            rule_errors=("PS03: ValueError: empty",))
    s = build([failed] + results[1:] + [DocumentResult(document=big)], findings, ctx)
    section = next(sec for sec in s.sections if sec.title == "Files gapscan could not read")
    text = "\n".join(section.lines)
    assert section.lines[0].startswith("2 files could not be read and were left out")
    assert text.count("encrypted PDF") == 1 and text.count("larger than the 50 MB limit") == 1
    assert "1 check failed on 1 document and was skipped (P0.docx)" in text


def test_nothing_readable_is_not_called_clean():
    broken = text_doc("procs/broken.pdf", [])
    broken = broken.__class__(**{**broken.__dict__, "status": Status.ERROR, "error": "encrypted PDF"})
    s = build([DocumentResult(document=broken)], [], Context(documents=(broken,)))
    assert s.headline == "gapscan could not read the one file it was given, so nothing was checked."
    assert [sec.title for sec in s.sections] == ["Files gapscan could not read"]


def test_uncertain_verdicts_are_counted_in_the_summary():
    from dataclasses import replace

    results, findings, ctx = _run()
    sure = build(results, findings, ctx)
    assert not any("uncertain" in line for line in sure.sections[0].lines)
    results = [replace(r, verdict_uncertain=True, verdict_probability=0.52) if r.verdict is Verdict.MIXED else r
               for r in results]
    unsure = build(results, findings, ctx)
    assert "1 of these verdicts is uncertain" in " ".join(unsure.sections[0].lines)


def test_a_drift_chart_cut_to_eight_bars_says_so():
    from dataclasses import replace

    results, findings, ctx = _run()
    procs = [r for r in results if r.verdict is not None]
    extra = [replace(procs[0], document=replace(procs[0].document, path=f"procs/X{i}.docx"),
                     scores=Scores(drift=float(i))) for i in range(8)]
    summary = build(results + extra, findings, ctx)
    chart = summary.sections[1].charts[0]
    assert len(chart.labels) == 8 and chart.title.endswith("the 8 highest of 10; 1 of 11 at 0 not shown)")
    assert "over the 11 procedures" in summary.sections[1].lines[0]


def test_undated_and_unsigned_shadow_records_are_not_given_zeros():
    """A register whose entries carry no date and no name: the summary and PS01 say so, instead of
    '0 in the last 90 days, kept by 0 people' (numbers the finding itself refused to give)."""
    levels = ["High", "Medium", "Low"]
    register = table(("Risk ID", "Threat", "Likelihood", "Impact"),
                     [(f"R{i}", f"threat {i}", levels[i % 3], levels[(i + 1) % 3] if i % 4 else "High")
                      for i in range(40)])
    dated_log = [(dt.date(2025, 5, 1) + dt.timedelta(days=i), "moved pallets", ["Ann", "Bo", "Cy"][i % 3])
                 for i in range(12)]
    log = table(("Date", "What", "Who"), dated_log)
    docs = (text_doc("procs/P0.docx", ["The warehouse supervisor checks the dock every morning."]),
            record_doc("records/risk register.csv", register), record_doc("records/dock log.xlsx", log))
    profiles = {"records/risk register.csv": profile("records/risk register.csv", register, {}),
                "records/dock log.xlsx": profile("records/dock log.xlsx", log, {"Date": "date", "Who": "person"},
                                                 entry="Date")}
    ctx = Context(documents=docs, records=profiles)
    findings = list(PS01.check(ctx))
    by_path = {f.path: f for f in findings}
    register_finding = by_path["records/risk register.csv"]
    assert "40 entries, none with a date that could be read (how recent is unknown), no column names who made " \
           "them; no procedure names it" in register_finding.message
    assert "0 people" not in register_finding.message
    values = register_finding.message.split("most common values: ")[1].rstrip(".").split(", ")
    assert values[0] == "High" and len(values) == len(set(values))
    assert "12 entries, 12 in the last 90 days, by 3 people" in by_path["records/dock log.xlsx"].message

    results = [DocumentResult(document=d) for d in docs]
    shadow = next(sec for sec in build(results, findings, ctx).sections if sec.title.startswith("The real system"))
    lines = "\n".join(shadow.lines)
    assert "risk register.csv: 40 entries, none with a readable date, no column names who made them; it tracks " \
           "Risk ID, Threat, Likelihood, Impact." in lines
    assert "dock log.xlsx: 12 entries, 12 in the last 90 days, kept by 3 people" in lines
    assert "0 in the last" not in lines and "0 people" not in lines
    # the procedure names neither record, so both are leads: told as leads, never "where the business keeps track
    # of its work", and not drawn as the real system
    assert shadow.lines[0].startswith("2 files that no procedure mentions look like records, but the evidence is "
                                      "too thin to call them the real system: leads to check, not findings")
    assert "actually keeps track" not in lines and shadow.charts == ()


def test_every_shadow_record_the_first_line_counts_is_named():
    """'5 working records that no procedure mentions': three described, the other two named, none dropped."""
    logs = [_log(f"records/log {i}.xlsx", [dt.date(2025, 3, 1) + dt.timedelta(days=4 * k) for k in range(10 + i)])
            for i in range(5)]
    dock = _log("records/dock log.xlsx", [dt.date(2025, 3, 1) + dt.timedelta(days=k) for k in range(20)])
    docs = (text_doc("procs/P0.docx", ["The warehouse supervisor checks the dock every morning in the dock log."]),
            dock[0], *(d for d, _ in logs))
    ctx = Context(documents=docs, records={p.path: p for _, p in (*logs, dock)})
    findings = list(PS01.check(ctx))
    assert len(findings) == 5 and not any(f.metrics.get("strength") == "lead" for f in findings)
    shadow = next(sec for sec in build([DocumentResult(document=d) for d in docs], findings, ctx).sections
                  if sec.title.startswith("The real system"))
    assert shadow.lines[0].startswith("5 working records that no procedure mentions")
    described = [line.split(":")[0] for line in shadow.lines[1:4]]
    named = shadow.lines[4].removeprefix("Also kept outside the procedures: ").rstrip(".").split(", ")
    assert sorted(described + named) == [f"log {i}.xlsx" for i in range(5)]


def test_the_drift_average_says_how_many_claims_it_rests_on():
    from gapscan.model import ClaimCheck, ClaimStatus

    results, findings, ctx = _run()
    claims = (ClaimCheck(kind="form", text="use form QF-11", location=None, status=ClaimStatus.HOLDS, detail="",
                         record="records/near miss log.xlsx"),
              ClaimCheck(kind="frequency", text="weekly", location=None, status=ClaimStatus.NOT_CHECKABLE,
                         detail=""))
    from dataclasses import replace

    results = [replace(r, claims=claims) if r.verdict is not None else r for r in results]
    line = build(results, findings, ctx).sections[1].lines[0]
    # three procedures have a drift score, each on one confirmed claim; the unchecked ones are not counted
    assert "over the 3 procedures whose records gapscan could check, on 3 claims the records confirm or " \
           "contradict" in line


def test_drift_of_zero_everywhere_names_what_was_checked_and_draws_no_row_of_zeros():
    # a real ISMS pack: every policy 'drift 0' because the registers it names exist; nothing timed was checked
    from gapscan.model import ClaimCheck, ClaimStatus

    procs = [text_doc(f"procs/P{i}.md", ["The Information Security Officer keeps the legal register."])
             for i in range(4)]
    results = [DocumentResult(document=d, verdict=Verdict.MIXED, scores=Scores(drift=0.0), claims=(
        ClaimCheck(kind="form", text="uses the legal register", location=None, status=ClaimStatus.HOLDS),
        ClaimCheck(kind="frequency", text="reviewed weekly", location=None, status=ClaimStatus.NOT_CHECKABLE)))
        for d in procs]
    rec, prof = _log("records/legal register.csv", [dt.date(2025, 1, 1) + dt.timedelta(days=i) for i in range(9)])
    results.append(DocumentResult(document=rec))
    s = build(results, [], Context(documents=tuple(procs) + (rec,), records={rec.path: prof}))
    drift = next(x for x in s.sections if x.title == "Does the work follow the procedures?")
    assert drift.charts == ()
    assert "on 4 claims the records confirm or contradict (4 forms):" in drift.lines[0]
    assert drift.lines[-2:] == ("Not checked, because no record in the set shows them (not a clean result): "
                                "stated frequencies (DR02, 4 claims).",
                                "Duplicate recording (PS02) not checked: only one working record, nothing to "
                                "compare it with.")


def test_one_shadow_record_is_told_not_drawn():
    """A bar chart of one register repeats the line above it ('stakeholder-requirements.csv: 12 entries') with
    nothing to compare it with: seen on a real ISMS set, a chart of nothing. Two or more are drawn."""
    days = [dt.date(2025, 2, 1) + dt.timedelta(days=3 * k) for k in range(12)]
    named = _log("records/dock log.xlsx", days)  # the one record the procedure names
    stake = _log("records/stakeholders.csv", days)
    proc = text_doc("procs/P0.docx", ["The warehouse supervisor checks the dock every morning in the dock log."])
    one = (proc, named[0], stake[0])
    ctx = Context(documents=one, records={p.path: p for _, p in (named, stake)})
    findings = list(PS01.check(ctx))
    assert [f.path for f in findings] == ["records/stakeholders.csv"]
    shadow = next(s for s in build([DocumentResult(document=d) for d in one], findings, ctx).sections
                  if s.title.startswith("The real system"))
    assert "stakeholders.csv: 12 entries" in "\n".join(shadow.lines) and shadow.charts == ()

    other = _log("records/suppliers.csv", days[:8] + [days[-1] + dt.timedelta(days=9)])
    two = one + (other[0],)
    ctx = Context(documents=two, records={**ctx.records, "records/suppliers.csv": other[1]})
    findings = list(PS01.check(ctx))
    shadow = next(s for s in build([DocumentResult(document=d) for d in two], findings, ctx).sections
                  if s.title.startswith("The real system"))
    assert shadow.charts[0].values == (12.0, 9.0)


def test_logs_of_one_name_in_different_folders_are_told_apart():
    from gapscan.summary import short_names

    # five sites each keep an 'incident-log.csv': the file name alone named five logs the same
    stopped = [dt.date(2024, 1, 1) + dt.timedelta(days=7 * i) for i in range(30)]
    fed = [dt.date(2024, 1, 1) + dt.timedelta(days=7 * i) for i in range(75)]
    recs = [_log(f"sites/{site}/records/incident-log.csv", stopped if i < 2 else fed)
            for i, site in enumerate(("north", "south", "east", "west", "quay"))]
    docs = tuple(d for d, _ in recs)
    ctx = Context(documents=docs, records={p.path: p for _, p in recs})
    findings = list(SH02.check(ctx))
    assert {f.path for f in findings} == {"sites/north/records/incident-log.csv", "sites/south/records/incident-log.csv"}
    s = build([DocumentResult(document=d) for d in docs], findings, ctx)
    feeds = next(sec for sec in s.sections if sec.title == "Are problems still being reported?")
    text = "\n".join(feeds.lines)
    assert text.startswith("north/records/incident-log.csv (incident): nothing recorded for ")
    assert "\nsouth/records/incident-log.csv (incident): nothing recorded for " in text
    assert "3 logs still being fed: east/records/incident-log.csv, quay/records/incident-log.csv, " \
           "west/records/incident-log.csv." in text
    assert short_names(["a/x.csv", "b/x.csv", "b/y.csv", "z.csv"]) == {
        "a/x.csv": "a/x.csv", "b/x.csv": "b/x.csv", "b/y.csv": "y.csv", "z.csv": "z.csv"}


def test_drift_chart_shows_the_procedures_that_drift_not_bars_of_zero():
    procs = [text_doc(f"procs/P{i}.md", ["The Buyer checks each delivery."]) for i in range(6)]
    drifts = [100.0, 67.0, 0.0, 0.0, 0.0, 0.0]
    results = [DocumentResult(document=d, verdict=Verdict.OPERATIONAL, scores=Scores(drift=x))
               for d, x in zip(procs, drifts)]
    s = build(results, [], Context(documents=tuple(procs)))
    (chart,) = next(sec for sec in s.sections if sec.title == "Does the work follow the procedures?").charts
    assert chart.labels == ("P0.md", "P1.md") and chart.values == (100.0, 67.0)
    assert chart.title == "drift by procedure (0 = followed, 100 = not followed; 4 of 6 at 0 not shown)"


def test_headline_counts_mirrored_among_the_procedures_it_judged():
    """Of 5 procedures, 3 in German were not judged: '1 of 5 procedures follow the layout' read as if the other
    four were written around the work (the CenedrilTeam starter kit said '7 of 54' with 26 not judged)."""
    import dataclasses

    english = ["The organization shall determine things and ensure they are maintained as documented information."]
    german = ["Die Organisation muss die Dinge bestimmen und sicherstellen, dass sie dokumentiert werden und "
              "dass die Verantwortlichen die Aufzeichnungen für die Überprüfung aufbewahren."] * 4
    docs = [text_doc("en/a.md", english), text_doc("en/b.md", english)]
    docs += [dataclasses.replace(text_doc(f"de/{n}.md", german), language="de") for n in "cde"]
    results = [DocumentResult(document=docs[0], verdict=Verdict.MIRRORED),
               DocumentResult(document=docs[1], verdict=Verdict.OPERATIONAL)]
    results += [DocumentResult(document=d) for d in docs[2:]]
    s = build(results, [], Context(documents=tuple(docs)))
    # (no clause heading in the mirrored one: it "reads like" the standard, test_a_mirrored_verdict_without_...)
    assert s.headline.startswith("1 of the 2 procedures gapscan judged reads like the ISO standard"), \
        s.headline
    judged_all = build(results[:2], [], Context(documents=tuple(docs[:2])))
    assert judged_all.headline.startswith("1 of 2 procedures reads like"), judged_all.headline


def test_a_mixed_procedure_says_what_it_mixes_without_the_other_verdicts_beside_it():
    # "1 is a mix of the two" read as a riddle when no mirrored count came before it to name "the two"
    docs = [text_doc(f"procs/P{i}.docx", ["The buyer raises a purchase order in SAP."]) for i in range(3)]
    results = [DocumentResult(document=docs[0], verdict=Verdict.MIXED, scores=Scores(drift=10.0)),
               DocumentResult(document=docs[1], verdict=Verdict.OPERATIONAL, scores=Scores(drift=10.0)),
               DocumentResult(document=docs[2], verdict=Verdict.OPERATIONAL, scores=Scores(drift=10.0))]
    first = build(results, [], Context(documents=tuple(docs))).sections[0].lines[0]
    assert "of the two" not in first, first
    mixed = next(part for part in first.split(": ", 1)[1].split("; ") if part.startswith("1 "))
    assert "standard" in mixed and "work" in mixed, mixed


def test_a_headline_without_a_big_signal_still_says_what_was_found():
    # rate-nl: two procedures with clause headings and nothing else; the headline read "59 findings: see the most
    # important below.", which tells a client nothing the findings list does not
    docs = [text_doc(f"procs/P{i}.md", ["The buyer raises a purchase order in SAP."]) for i in range(3)]
    results = [DocumentResult(document=docs[0], verdict=Verdict.MIXED, scores=Scores(drift=0.0)),
               DocumentResult(document=docs[1], verdict=Verdict.OPERATIONAL, scores=Scores(drift=0.0)),
               DocumentResult(document=docs[2], verdict=Verdict.OPERATIONAL, scores=Scores(drift=0.0))]
    found = [Finding(rule="CM01", name="clause-numbered-headings", severity=Severity.WARNING, path=p, message="x")
             for p in ("procs/P0.md", "procs/P0.md", "procs/P1.md")]
    s = build(results, found, Context(documents=tuple(docs)))
    assert s.headline.startswith("None of the 3 procedures follows the layout of the ISO standard"), s.headline
    assert "3 findings in 2 files" in s.headline, s.headline


def test_a_lead_is_never_among_the_findings_that_matter_most():
    """PS01 on an undated list in a set whose procedures name no record is a lead (its rule says the evidence
    would not hold): the summary's top findings leave it out and lead with what holds."""
    lead = Finding(rule="PS01", name="x", severity=Severity.INFO, path="a.xlsx", message="Lead, not a finding: m",
                   metrics={"use_score": 9.0, "strength": "lead", "lead_reason": "none dated"})
    wording = Finding(rule="CM03", name="x", severity=Severity.WARNING, path="p.docx", message="m", metrics={})
    s = build([], [lead, wording], Context(documents=()))
    assert [f.rule for f in s.top_findings] == ["CM03"]

def test_a_mirrored_verdict_without_clause_headings_is_not_said_to_follow_the_standards_layout():
    """A procedure judged mirrored with no clause heading in it (no CM01 or CM02 finding) was summed up as
    following 'the layout of the ISO standard ... (clause by clause)', which its own page contradicts; the
    summary says it reads like the standard and how many of the mirrored ones carry its clause headings."""
    docs = [text_doc(f"procs/P{i}.md", ["The organization shall determine things."]) for i in range(3)]
    results = [DocumentResult(document=d, verdict=v) for d, v in
               zip(docs, (Verdict.MIRRORED, Verdict.MIRRORED, Verdict.OPERATIONAL))]
    heading = Finding(rule="CM01", name="clause-numbered-headings", severity=Severity.WARNING, path="procs/P0.md",
                      message="heading '8.4 Control of externally provided processes' is clause 8.4")
    s = build(results, [heading], Context(documents=tuple(docs)))
    assert "layout" not in s.headline and "clause by clause" not in " ".join(s.sections[0].lines)
    assert s.headline.startswith("2 of 3 procedures read like the ISO standard rather than describing how the work "
                                 "is done (1 of them carries the standard's clause numbers or titles as headings)")
    assert ("2 read like the ISO standard instead of saying who does what (1 of them carries the standard's clause "
            "numbers or titles as headings)") in s.sections[0].lines[0]
    # every mirrored one with clause headings: the layout is what they follow, said as before
    both = [heading, Finding(rule="CM02", name="clause-ordered-structure", severity=Severity.ERROR,
                             path="procs/P1.md", message="5 of 6 headings follow ISO 9001:2015 clause order")]
    s = build(results, both, Context(documents=tuple(docs)))
    assert s.headline.startswith("2 of 3 procedures follow the layout of the ISO standard")
    assert "2 copy the structure and wording of the ISO standard (clause by clause)" in s.sections[0].lines[0]


def test_a_count_of_logs_names_them_all_or_says_how_many_more():
    """'6 logs hold no dated entries: a, b, c, d, e.' named five (a health-programme set): the list stops at five
    and says how many it leaves out, for the logs still fed, too short to judge or undated alike."""
    fed = [dt.date(2024, 1, 1) + dt.timedelta(days=7 * i) for i in range(75)]
    recs = [_log(f"records/incident-log-{i}.csv", fed) for i in range(7)]
    recs += [_log(f"records/nonconformity-log-{i}.csv", fed[:2]) for i in range(6)]
    docs = tuple(d for d, _ in recs)
    ctx = Context(documents=docs, records={p.path: p for _, p in recs})
    s = build([DocumentResult(document=d) for d in docs], list(SH02.check(ctx)), ctx)
    feeds = next(sec for sec in s.sections if sec.title == "Are problems still being reported?")
    line = next(x for x in feeds.lines if "still being fed" in x)
    assert line.startswith("7 logs still being fed: ") and line.endswith(" and 2 more.")
    assert line.count(".csv") == 5
    short = next(x for x in feeds.lines if "too few dated entries" in x)
    assert short.startswith("6 logs have too few") and short.endswith(" and 1 more.")


def test_a_lead_is_no_headline():
    """A HIPAA programme's report led with "1 working record that no procedure mentions holds 1% of all recorded
    entries" when that PS01 was a lead (its rule: the evidence would not hold). The headline speaks of findings."""
    lead = Finding(rule="PS01", name="x", severity=Severity.INFO, path="metrics.xlsx",
                   message="Lead, not a finding: m", metrics={"rows": 11, "strength": "lead", "lead_reason": "r"})
    headline = build([], [lead], Context(documents=())).headline
    assert "working record" not in headline
    assert headline == ("No findings, but no procedure was found in the set: gapscan had no documented system to "
                        "hold any record against. 1 lead to check, where the evidence is too thin for a finding, is "
                        "listed under Findings by document.")


def test_vocabulary_leads_come_after_the_findings_they_are_more_of():
    """A HIPAA programme's real-system section opened with "5 more leads on shared or missing record vocabulary
    (PS02, PS03) are listed under Documents" above the PS02 and PS03 findings it was "more" than. The leads line
    now follows them; alone it says "leads", not "more leads"."""
    def f(rule, path, lead):
        metrics = {"strength": "lead", "lead_reason": "r"} if lead else {}
        return Finding(rule=rule, name="x", severity=Severity.INFO if lead else Severity.WARNING, path=path,
                       message=("Lead, not a finding: m" if lead else "m"), metrics=metrics)
    found = [f("PS03", "p.md", False)] + [f("PS03", f"q{i}.md", True) for i in range(3)]
    lines = next(s for s in build([], found, Context(documents=())).sections
                 if s.title.startswith("The real system")).lines
    assert lines[0].startswith("1 procedure (p.md) never uses words that fill its records"), lines
    assert lines[-1].startswith("3 more leads on words of the records their procedures never use (PS03) are "
                                "listed"), lines
    alone = next(s for s in build([], found[1:], Context(documents=())).sections
                 if s.title.startswith("The real system")).lines
    assert alone == ("3 leads on words of the records their procedures never use (PS03) are listed under "
                     "Findings by document, not counted here.",)


def _feeds_line(docs_and_profiles, procedures=()):
    docs = tuple(procedures) + tuple(d for d, _ in docs_and_profiles)
    ctx = Context(documents=docs, records={p.path: p for _, p in docs_and_profiles})
    results = [DocumentResult(document=d) for d in docs]
    s = build(results, [], ctx)
    [section] = [sec for sec in s.sections if sec.title == "Are problems still being reported?"]
    return section.lines[0]


def test_no_problem_log_is_no_gap_where_no_management_system_is_documented():
    # drhold30: an open-source project's administrative files and a GRC portfolio's risk register handed over alone
    # read "Either they are kept somewhere else, or nobody records problems", a gap the set never claimed to close
    weeks = [dt.date(2025, 1, 6) + dt.timedelta(days=7 * i) for i in range(30)]
    register = [_log("records/risk register.xlsx", weeks)]
    alone = _feeds_line(register)
    assert alone.endswith("the set holds no procedure that would keep one, so its absence says nothing.")
    team = text_doc("docs/release process.md", ["The release manager tags the release every Tuesday."])
    unspoken = _feeds_line(register, [team])
    assert unspoken.endswith("no document of the set speaks of a management system that would keep one, so its "
                             "absence says nothing.")
    # a set whose procedures speak of their ISO system keeps the question open
    qms = text_doc("procs/QP-01.docx", ["This procedure is part of our quality management system (ISO 9001)."])
    assert _feeds_line(register, [qms]).endswith("Either they are kept somewhere else, or nobody records problems.")
