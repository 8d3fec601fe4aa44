"""The summary's "Are problems still being reported?" says a log is being fed only when SH02 judged it.

The shape of an untrue line on a held-out makerspace set (docs/SCORING.md, December 2026): five machine
incident logs of 3 entries each, the last in June 2024, 16 months before the newest date in the set, were
listed as "5 logs still being fed"; SH02 had not judged them (it needs 6 entries).
"""
import datetime as dt

from gapscan.model import DocumentResult
from gapscan.rules.base import Context
from gapscan.rules.sh import SH02
from gapscan.summary import build
from recbuild import profile, record_doc, table


def _log(path, dates):
    tbl = table(("Date", "What", "Who"), [(d, "guard found open", "Ann") for d in dates])
    return record_doc(path, tbl), profile(path, tbl, {"Date": "date", "Who": "person"}, entry="Date")


def _feeds_lines(recs):
    ctx = Context(documents=tuple(d for d, _ in recs), records={p.path: p for _, p in recs})
    findings = list(SH02.check(ctx))
    summary = build([DocumentResult(document=d) for d, _ in recs], findings, ctx)
    [section] = [s for s in summary.sections if s.title == "Are problems still being reported?"]
    return findings, section.lines


def test_a_log_too_short_to_judge_is_not_called_fed():
    short = [_log(f"machines/{m}/logs/incident-log.csv", [dt.date(2024, 5, 10), dt.date(2024, 5, 24),
                                                          dt.date(2024, 6, 5)])
             for m in ("router", "laser")]
    steady = _log("machines/lathe/logs/incident-log.csv",
                  [dt.date(2025, 1, 6) + dt.timedelta(days=14 * i) for i in range(22)])
    findings, lines = _feeds_lines([*short, steady])
    assert findings == []
    assert any(line.startswith("1 log still being fed:") for line in lines), lines
    too_few = [line for line in lines if "too few" in line]
    assert too_few and too_few[0].startswith("2 logs have too few dated entries to judge (fewer than 6)"), lines
    assert not any("2 logs still being fed" in line or "3 logs still being fed" in line for line in lines)


def test_not_checked_says_when_a_record_in_the_set_may_show_the_claims():
    # rate-nl/ISO (held out): readme.md's cadences linked only weakly to Logs.md, a file of 16 dated logs;
    # "none with a record in the set that shows it" was untrue
    from gapscan.model import ClaimCheck, ClaimStatus, Kind, Location
    from gapscan.summary import not_checked
    from recbuild import text_doc

    proc = text_doc("readme.md", ["Access rights are reviewed annually."])
    weak = [ClaimCheck(kind="frequency", text=f"review {i}: annually", location=Location(line=i),
                       status=ClaimStatus.NOT_CHECKABLE, detail="only weak links (Logs.md, AI_Evidence_Log.md); "
                                                                 "not proof either way") for i in range(3)]
    none = [ClaimCheck(kind="deadline", text="close: within 30 days", location=Location(line=9),
                       status=ClaimStatus.NOT_CHECKABLE, detail="no record in the set is linked to this procedure")]
    log = text_doc("Logs.md", ["2025-01-15 access review"], kind=Kind.RECORD)
    results = [DocumentResult(document=proc, claims=tuple(weak + none)), DocumentResult(document=log),
               DocumentResult(document=text_doc("b.md", ["x"], kind=Kind.RECORD))]
    out = not_checked(results)
    assert out["DR02"] == ("3 claims on stated frequencies, none tied firmly enough to a record to check: 3 only "
                           "loosely linked (e.g. to Logs.md)")
    assert out["DR03"] == "1 claim on time limits, none with a record in the set that shows it"


def test_not_checked_says_when_the_record_is_too_short_to_judge():
    # raven ISMS (held out): monthly access reviews tied to ACCESS_REVIEW_LOG.md, which holds one review day;
    # "could not tie them firmly to one record" was untrue
    from gapscan.model import ClaimCheck, ClaimStatus, Kind, Location
    from gapscan.summary import build, not_checked
    from recbuild import text_doc

    proc = text_doc("ACCESS_CONTROL_POLICY.md", ["Access review: monthly."])
    thin = [ClaimCheck(kind="frequency", text=f"access review {i}: monthly", location=Location(line=i),
                       status=ClaimStatus.NOT_CHECKABLE, record="ACCESS_REVIEW_LOG.md",
                       detail="5 dated entries on 2 occasion(s) in ACCESS_REVIEW_LOG.md: too few to measure a "
                              "cadence") for i in range(3)]
    weak = [ClaimCheck(kind="frequency", text="rotation: quarterly", location=Location(line=9),
                       status=ClaimStatus.NOT_CHECKABLE, detail="only weak links (KEYS.md); not proof either way")]
    log = text_doc("ACCESS_REVIEW_LOG.md", ["2025-12-12 GitHub org review"], kind=Kind.RECORD)
    results = [DocumentResult(document=proc, claims=tuple(thin + weak)), DocumentResult(document=log),
               DocumentResult(document=text_doc("b.md", ["x"], kind=Kind.RECORD))]
    assert not_checked(results)["DR02"] == (
        "4 claims on stated frequencies, none checked: 3 tied to a record with too few dated entries to judge "
        "(e.g. ACCESS_REVIEW_LOG.md), 1 only loosely linked (e.g. to KEYS.md)")
    summary = build(results, [], Context(documents=(proc, log)))
    [drift] = [s for s in summary.sections if s.title == "Does the work follow the procedures?"]
    # each reason counts the claims it is true of: 3 tied to the short log, 1 loosely linked, told apart
    assert drift.lines[-1].endswith(
        "Not checked, because the record they are tied to holds too few dated entries to judge them "
        "(e.g. ACCESS_REVIEW_LOG.md; not a clean result): stated frequencies (DR02, 3 claims).")
    assert drift.lines[-2].endswith("(e.g. KEYS.md; not a clean result): stated frequencies (DR02, 1 claim).")
    assert "could not tie them firmly" not in drift.lines[-1]


def test_a_log_with_no_dated_entry_is_not_called_too_short():
    # cloudfin (held out): two CAPA trackers dated only by their due dates were "2 logs with too few dated
    # entries to judge"; they hold none
    from gapscan.records import profile as real_profile

    tbl = table(("CAPA ID", "Problem", "Owner", "Due Date", "Status"),
                [(f"CAPA-00{i}", "objectives not documented", "Ann", f"2026-02-{10 + i}", "Closed")
                 for i in range(1, 6)])
    docs = [record_doc(f"audit/capa-tracker{x}.csv", tbl) for x in ("", "-copy")]
    recs = [(d, real_profile(d)) for d in docs]
    assert all(p.entry_column is None for _, p in recs)
    short = _log("logs/incident-log.csv", [dt.date(2025, 5, 10), dt.date(2025, 6, 2)])
    _, lines = _feeds_lines([*recs, short])
    assert "2 logs hold no dated entries: capa-tracker-copy.csv, capa-tracker.csv." in lines, lines
    assert "1 log has too few dated entries to judge (fewer than 6): incident-log.csv." in lines, lines
