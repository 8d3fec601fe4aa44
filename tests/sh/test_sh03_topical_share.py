"""SH03 judges a review's paperwork share only where its lexicons describe the meeting.

rust-lang/leadership-council minutes/sync-meeting/2023-08-03.md: 154 sentences on a conflict of interest and
staffing the moderation team; 6 touched either lexicon (a policy put out for feedback, a draft ready, "close out
comments"), 4 of them "paperwork", and SH03 called the meeting a management review about paperwork. When only a few
of a review's sentences touch either lexicon, the share among those few says nothing of what was discussed: the
example sets' management reviews have 71-78% of their sentences topical. Below `min_topical_share` (default 0.1)
the review is not judged.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.rules.base import Context
from gapscan.rules.sh import SH03

HEAD = "# Board meeting 7 March 2025\n\nPresent: Ana Ruiz (chair), Ben Cole, Cy Park\n\n"
PAPERWORK = """## Documents

- The internal audit raised two minor nonconformities; both corrective actions are open.
- Four actions from the last meeting are overdue.
- The document register was updated and three policies were reissued.
- The certification body confirmed the audit window for May.
- Two training records are still missing signatures.
"""
SUBJECTS = ("moderation rota", "conference talk list", "website translation", "chat channel rules", "newsletter",
            "logo refresh", "mentoring scheme", "code of conduct wording", "meeting room booking", "survey questions")


def _other_talk(n: int) -> str:
    lines = [f"- Item {i + 1}: Dee asked how the {SUBJECTS[i % len(SUBJECTS)]} should look next round, "
             f"and Eve will write up option {chr(65 + i % 26)}." for i in range(n)]
    return "## Discussion\n\n" + "\n".join(lines) + "\n\n"


def _doc(tmp_path: Path, body: str):
    path = tmp_path / "minutes/2025-03-07.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + body, encoding="utf-8")
    return replace(parse_file(path, "minutes/2025-03-07.md"), kind=Kind.REVIEW)


def test_a_review_whose_talk_the_lexicons_do_not_describe_is_not_judged(tmp_path):
    doc = _doc(tmp_path, _other_talk(60) + PAPERWORK)
    assert list(SH03.check(Context(documents=(doc,)))) == []


def test_the_same_paperwork_in_a_short_review_is_judged(tmp_path):
    doc = _doc(tmp_path, _other_talk(4) + PAPERWORK)
    [finding] = SH03.check(Context(documents=(doc,)))
    assert finding.metrics["paperwork_share"] == 1.0
    assert finding.metrics["topical_sentences"] == 5


def test_the_summary_does_not_say_an_unjudged_review_covers_the_business(tmp_path):
    from gapscan.model import DocumentResult
    from gapscan.summary import build

    doc = _doc(tmp_path, _other_talk(60) + PAPERWORK)
    ctx = Context(documents=(doc,))
    summary = build([DocumentResult(document=doc)], list(SH03.check(ctx)), ctx)
    [section] = [s for s in summary.sections if s.title == "Management review"]
    text = " ".join(section.lines)
    assert "covers the business" not in text, section.lines
    assert "not judged" in text and "2025-03-07.md" in text, section.lines
