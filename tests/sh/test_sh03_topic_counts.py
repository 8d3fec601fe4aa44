"""SH03 on a machine shop's review: its message gave three topics, 'certificate 7, document status 7, audit findings
6', of '21 of 21 topical sentences', the summary gave four adding up to 23, and the HTML chart of the topics had 17
bars, 13 at zero ('officers and elections', 'programmes and events' for a machine shop). Now the message, the
summary and the chart give the same topics with the same numbers, only the topics discussed, and say that a
sentence on two topics is counted under each when the counts add up to more than the sentences."""
from __future__ import annotations

from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine
from gapscan.nlp.review import PAPERWORK_TOPICS

MINUTES = """# Management Review Minutes

Date: 22 April 2026. Present: Managing Director, Quality Manager, Production Manager.

## 1 Actions from the previous review

Eleven actions were carried forward from the October review.
Four are closed and seven are overdue.
Two of the overdue actions are audit findings from the surveillance audit.

## 2 Audit results

The internal audit of goods-in raised two minor nonconformities.
The surveillance audit report was received and one observation remains open.

## 3 Documents and certificate

The quality manual was revised to issue 7 and approved.
The certificate renewal audit is booked for September and the certificate stays valid until then.
"""


def _run(root: Path):
    (root / "management-review-2026-04-22.md").write_text(MINUTES, encoding="utf-8")
    (root / "gapscan.toml").write_text('[kinds]\n"management-review-2026-04-22.md" = "review"\n', encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(root))
    report = engine.run([root], cfg, engine.RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    return report


def test_the_message_the_chart_and_the_summary_count_the_topics_alike(tmp_path):
    report = _run(tmp_path)
    [f] = [f for f in report.findings if f.rule == "SH03"]
    by_topic = f.metrics["by_topic"]
    # the chart is drawn from by_topic: no bar at zero (before: every topic of both word lists, most at 0)
    assert by_topic and all(by_topic.values()), by_topic
    paper = {t: n for t, n in by_topic.items() if t in PAPERWORK_TOPICS}
    ranked = sorted(paper, key=lambda t: (-paper[t], t))
    said = ", ".join(f"{t} {paper[t]}" for t in ranked)
    # every paperwork topic discussed, not the top three (before: 3 of the 4 the summary gave)
    assert len(paper) >= 4
    assert f"about paperwork ({said}" in f.message
    paper_sentences = round(f.metrics["paperwork_share"] * f.metrics["topical_sentences"])
    total = sum(paper.values())
    assert total > paper_sentences  # a sentence here touches two topics: the counts cannot add up to the sentences
    assert f"a sentence on two topics is counted under each, so these add up to {total}" in f.message
    [line] = [line for s in report.summary.sections if s.title == "Management review" for line in s.lines
              if "management-review-2026-04-22.md" in line]
    assert f"was paperwork ({said}; a sentence on two topics is counted under each, so these add up to {total})" \
        in line


def test_one_decision_is_one(tmp_path):
    # the minutes approve the revised manual, their one decision (before: "1 decisions recorded")
    [f] = [f for f in _run(tmp_path).findings if f.rule == "SH03"]
    assert f.metrics["decisions"] == 1
    assert "1 decision recorded, 0 on the business." in f.message


def _by_topic(root: Path, text: str) -> dict:
    (root / "management-review-2026-04-22.md").write_text(text, encoding="utf-8")
    (root / "gapscan.toml").write_text('[kinds]\n"management-review-2026-04-22.md" = "review"\n', encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(root))
    report = engine.run([root], cfg, engine.RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    [f] = [f for f in report.findings if f.rule == "SH03"]
    return f


def test_a_sentence_on_business_and_paperwork_counts_under_business_only(tmp_path):
    # session 19 (shfix19): a sentence touching both lexicons counts as business, yet its paperwork topics were
    # still counted in by_topic, so the message's "about paperwork (audit findings 3, ...)" counted sentences it
    # had just called business
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    before = _by_topic(tmp_path / "a", MINUTES)
    both = MINUTES + "\n## 4 Business\n\nThe audit findings on the scrap cost us £4,000 this quarter.\n"
    after = _by_topic(tmp_path / "b", both)
    assert after.metrics["topical_sentences"] == before.metrics["topical_sentences"] + 1
    paper = {t: n for t, n in after.metrics["by_topic"].items() if t in PAPERWORK_TOPICS}
    assert paper == {t: n for t, n in before.metrics["by_topic"].items() if t in PAPERWORK_TOPICS}, paper
    assert after.metrics["by_topic"].get("cost") == 1 and after.metrics["by_topic"].get("scrap and rework") == 1
