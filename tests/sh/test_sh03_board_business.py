"""SH03 on the board of a charity, a club or a service: what its review should discuss is its own business.

On carpentries/governance@9f1d721 (docs/SCORING.md, drhold20) three of the Executive Council's minutes were called
"83% paperwork ... never discusses margin, cost, throughput, delivery": a charity board deciding its strategic plan,
its officer elections, what it delegates to committees and an online-workshop pilot. Its business (its money,
its members and clients, the programme it runs, its people) was in no word list, so only the sentences on its
governance documents were counted. The lexicon now knows sector-neutral business (income, funding, grants,
membership, volunteers, clients, strategic plan, programmes and events, officers and elections), a review that only
lists audit findings and overdue actions still fires, and the message and fix of a board that does not make
things do not ask it for scrap and throughput.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.rules.base import Context
from gapscan.rules.sh import SH03
from shbuild import sh03, written

HEAD = """# {title}

Date: 12 March 2025

Present: Ana Ruiz (chair), Ben Cole (treasurer), Cy Park, Dee Lowe

"""

# A charity board's meeting, written for this test: four sentences on its governance documents, one on a budget,
# six on its strategy, officers, money, programme and volunteers in words a factory's lexicon does not hold.
BOARD = """## 1 Strategic plan

- The board discussed the draft strategic plan and its four goals.
- Goal 2 now speaks of growing the instructor community in Africa and South America.

## 2 Officers

- Nominations for chair and treasurer are open; the election will be held at the May meeting.

## 3 Money

- Income from membership fees rose by 8% and the foundation grant was renewed for two years.
- The budget for the summer workshops was approved.

## 4 Programme

- Fourteen workshops were run this quarter for 420 learners, most of them online.
- Two volunteers stepped down from the mentoring programme.

## 5 Governance

- The bylaws revision was circulated for comment.
- The committee policy will be updated to say what each committee decides alone.
- The board reviewed the governance documents of the code of conduct committee.
- The previous minutes were approved.
- The meeting closed at 8pm.
"""

# A board whose meeting only went through its audit and its open actions: paperwork, whatever the sector.
AUDIT_ONLY = """## Business

- The internal audit raised two minor nonconformities; both corrective actions are open.
- Four actions from the last meeting are overdue.
- The document register was updated and three policies were reissued.
- The certification body confirmed the audit window for May.
- Two training records are still missing signatures.
- The auditor's observation on the volunteer handbook was closed out.
"""

# A board meeting mostly on its paperwork that touches its members and money once each.
MOSTLY_PAPER = AUDIT_ONLY + """- One observation on the membership register is still open.
- The treasurer said the grant report is overdue.
- The internal audit finding on document control was discussed again.
- The bylaws revision is due for approval.
"""


def _doc(tmp_path: Path, name: str, title: str, body: str):
    return written(tmp_path, name, HEAD.format(title=title) + body)


def test_a_charity_board_on_its_plan_officers_money_and_programme_is_not_paperwork(tmp_path):
    for name, title in (("minutes/2025-03-12.md", "Board of Trustees meeting"),
                        ("management-review-2025-03.md", "Management review")):
        doc = _doc(tmp_path, name, title, BOARD)
        found = sh03(doc)
        assert found == [], [f.message for f in found]


def test_a_board_that_only_lists_audit_findings_and_overdue_actions_still_fires(tmp_path):
    doc = _doc(tmp_path, "management-review-2025-03.md", "Management review", AUDIT_ONLY)
    [finding] = sh03(doc)
    assert finding.metrics["strength"] == "finding"
    assert finding.metrics["paperwork_share"] >= 0.8


def test_a_board_read_as_paperwork_is_not_asked_for_scrap_and_throughput(tmp_path):
    doc = _doc(tmp_path, "management-review-2025-03.md", "Management review", MOSTLY_PAPER)
    [finding] = sh03(doc)
    said = f"{finding.message} {finding.fix}"
    for word in ("scrap", "throughput", "margin"):
        assert word not in said, said
    assert "never discusses" in finding.message and "programme" in finding.message, finding.message
    assert "record decisions with owners and dates" in finding.fix


def test_an_audit_programme_is_paperwork_not_a_programme_delivered():
    from gapscan.nlp.review import classify_text

    topics, group, _ = classify_text("The audit programme for next year was approved.")
    assert group == "paperwork", topics


def test_the_summary_does_not_ask_a_board_that_serves_for_margin(tmp_path):
    """The summary's closing line on a paperwork review said "instead of margin, delivery and failures" even where
    SH03's own message, for a board that serves rather than makes, asks for its money, members and programme."""
    from gapscan import summary
    from gapscan.model import DocumentResult

    doc = _doc(tmp_path, "management-review-2025-03.md", "Management review", MOSTLY_PAPER)
    ctx = Context(documents=(doc,))
    findings = list(SH03.check(ctx))
    built = summary.build([DocumentResult(document=doc)], findings, ctx)
    [section] = [s for s in built.sections if s.title == "Management review"]
    closing = next(line for line in section.lines if line.startswith("A review that discusses the certificate"))
    assert "margin" not in closing and "members or clients" in closing, closing
