"""The management-review part of the summary as a client reads it: a paperwork review SH03 marks as a lead (the
minutes do not call themselves a management review) was told as a fact, with "means the business is steered
somewhere else" under it, while the finding itself said "Lead, not a finding" (a HIPAA programme's audit-committee
report: 5 of 6 sentences on a topic). And its paperwork was listed as "(audit findings, overdue actions,
documents, the certificate, training records)" where only two of those were ever discussed."""
from gapscan.model import Finding, Severity
from gapscan.rules.base import Context
from gapscan.summary import build

WHY = "the document does not call itself a management review"


def _sh03(path, *, lead, by_topic, share=0.833, topical=6):
    metrics = {"paperwork_share": share, "topical_sentences": topical, "sentences": 14, "decisions": 0,
               "decisions_on_business": 0, "by_topic": by_topic, "missing_business_topics": ["margin", "scrap and rework"],
               "strength": "lead" if lead else "finding", **({"lead_reason": WHY} if lead else {})}
    return Finding(rule="SH03", name="paperwork-review", severity=Severity.INFO if lead else Severity.WARNING,
                   path=path, message=("Lead, not a finding: m" if lead else "m"), metrics=metrics)


def _review_lines(findings):
    s = build([], findings, Context(documents=()))
    return next(sec for sec in s.sections if sec.title == "Management review").lines


def test_a_lead_review_is_told_as_a_lead_without_the_conclusion_of_a_finding():
    lines = _review_lines([_sh03("gov/committee-report.md", lead=True,
                                 by_topic={"audit findings": 4, "overdue actions": 1, "certificate": 0, "margin": 0})])
    text = " ".join(lines)
    assert "committee-report.md" in lines[0] and "lead, not a finding" in lines[0], lines
    assert WHY in lines[0], lines
    assert "steered somewhere else" not in text, lines


def test_the_paperwork_named_is_the_paperwork_discussed_with_the_sentences_it_rests_on():
    lines = _review_lines([_sh03("mr/review-2025.docx", lead=False,
                                 by_topic={"audit findings": 4, "overdue actions": 1, "certificate": 0,
                                           "training records": 0, "margin": 0})])
    first = lines[0]
    assert "audit findings 4, overdue actions 1" in first, first
    assert "the certificate" not in first and "training records" not in first, first
    assert "5 of 6" in first, first
    # a finding keeps what it means for the business
    assert any("steered somewhere else" in x for x in lines), lines


def test_findings_and_leads_together_keep_the_conclusion_for_the_findings_alone():
    lines = _review_lines([_sh03("mr/review-2025.docx", lead=False, by_topic={"audit findings": 5}),
                           _sh03("gov/committee-report.md", lead=True, by_topic={"audit findings": 5})])
    assert sum("lead, not a finding" in x for x in lines) == 1, lines
    assert sum("steered somewhere else" in x for x in lines) == 1, lines


def _real_system(findings):
    return next(s for s in build([], findings, Context(documents=())).sections
                if s.title.startswith("The real system")).lines


def _ps(rule, path, lead):
    metrics = {"strength": "lead", "lead_reason": "r"} if lead else {}
    return Finding(rule=rule, name="x", severity=Severity.INFO if lead else Severity.WARNING, path=path,
                   message=("Lead, not a finding: m" if lead else "m"), metrics=metrics)


def test_leads_name_the_rule_they_come_from():
    """A HIPAA programme's five PS02 leads (records printing the same rows) were told as "5 more leads on shared or
    missing record vocabulary (PS02, PS03)": no PS03 among them. The line names what the leads are, by rule."""
    dups = [_ps("PS02", "a.xlsx", False)] + [_ps("PS02", f"b{i}.md", True) for i in range(5)]
    last = _real_system(dups)[-1]
    assert last.startswith("5 more leads on records that write down the same entries (PS02)"), last
    assert "PS03" not in last and "vocabulary" not in last, last
    both = [_ps("PS02", "b.md", True), _ps("PS03", "q1.md", True), _ps("PS03", "q2.md", True)]
    line = _real_system(both)[-1]
    assert line.startswith("3 leads (1 on records that write down the same entries, PS02; 2 on words of the "
                           "records their procedures never use, PS03)"), line


def test_leads_are_pointed_to_the_part_that_says_why():
    """"(why, for each, under Documents)": the Documents part is a table of scores and counts; each lead's reason
    is under "Findings by document", the part every human format names so (report.common.Section)."""
    from gapscan.report.common import Section

    where = Section.FINDINGS.heading
    shadow = Finding(rule="PS01", name="x", severity=Severity.INFO, path="a.xlsx", message="Lead, not a finding: m",
                     metrics={"rows": 3, "strength": "lead", "lead_reason": "r"})
    s = build([], [shadow, _ps("PS02", "b.md", True)], Context(documents=()))
    said = [s.headline] + [x for sec in s.sections for x in sec.lines if "lead" in x]
    assert said and all(f"under {where}" in x for x in said if "under" in x), said
    assert not any("under Documents" in x for x in said), said


def test_missing_record_words_are_the_sets_own_words():
    """A HIPAA programme's summary said "1 procedure never uses words that fill its records (products, machines,
    failure types)": a factory's examples, where the finding's own words were 'purge', 'state law', 'cms'. The
    line quotes the words PS03 found missing, and names the procedure when it is one."""
    terms = [{"term": t, "count": n, "records": ["r.md"], "weight": 1.0} for t, n in (("purge", 12), ("state law", 3),
                                                                                      ("cms", 3), ("cfr", 2))]
    f = Finding(rule="PS03", name="practice-vocabulary-gap", severity=Severity.INFO, path="docs/retention.md",
                message="m", metrics={"missing_terms": terms, "strength": "finding"})
    [line] = _real_system([f])
    assert line.startswith("1 procedure (retention.md) never uses words that fill its records: 'purge', "
                           "'state law', 'cms'"), line
    assert "machines" not in line, line


def test_a_small_shadow_record_is_not_called_where_the_business_keeps_track():
    """An ISMS pack's summary: "1 working record that no procedure mentions holds 2% of all entries in the records
    gapscan read. This is where the business actually keeps track of its work." 98% of the entries are elsewhere;
    what the finding shows, at any share, is work tracked outside the documented system, and that is what it says."""
    from recbuild import profile, record_doc, table

    rows = [(f"2025-0{1 + i % 9}-1{i % 10}", "checked", "Ann") for i in range(6)]
    tbl = table(("Date", "What", "Who"), rows)
    shadow = Finding(rule="PS01", name="shadow-record", severity=Severity.WARNING, path="recs/supplier-register.md",
                     message="m", metrics={"rows": 6, "rank": 1, "strength": "finding"})
    recs = {"recs/supplier-register.md": profile("recs/supplier-register.md", tbl, {"Date": "date"}, entry="Date")}
    big = table(("Date", "What", "Who"), rows * 49)
    recs["recs/main-log.xlsx"] = profile("recs/main-log.xlsx", big, {"Date": "date"}, entry="Date")
    ctx = Context(documents=(record_doc("recs/supplier-register.md", tbl), record_doc("recs/main-log.xlsx", big)),
                  records=recs)
    lines = next(s for s in build([], [shadow], ctx).sections if s.title.startswith("The real system")).lines
    assert lines[0].startswith("1 working record that no procedure mentions holds 2% of all entries"), lines
    assert "actually keeps track" not in lines[0], lines
    assert lines[0].endswith("That work is tracked outside the documented system."), lines
