"""What the summary says of management reviews SH03 did not judge. A safety committee's minutes (skipped: a
committee on one subject) and a short review with two sentences on the business or on paperwork (too few to
judge: SH03 needs five) were summed up as "2 management reviews read; the discussion covers the business, not
only the paperwork". Only a review SH03 judged and found not dominated by paperwork covers the business; the
others are named with the reason they were not judged."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import DocumentResult, Kind
from gapscan.rules.base import Context
from gapscan.rules.sh import SH03
from gapscan.summary import build

HEAD = "# {title}\n\nDate: 14 March 2025\n\nPresent: Ana Ruiz (chair), Ben Cole, Cy Park\n\n## Discussion\n\n"
BUSINESS = ("- Margin fell two points on scrap at the press line.\n- Late deliveries to the main customer rose to 9%.\n"
            "- Customer complaints doubled after the resin change.\n- Capacity on line 2 is short for the new order.\n"
            "- Cost of returns was 14,000 over the quarter.\n- The audit programme is on plan.\n")
SHORT = "- Margin fell two points on scrap at the press line.\n- The audit programme is on plan.\n"


def _doc(tmp_path: Path, name: str, title: str, body: str):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD.format(title=title) + body, encoding="utf-8")
    doc = parse_file(path, name)
    assert doc.ok, doc.error
    return replace(doc, kind=Kind.REVIEW)


def _section(docs):
    ctx = Context(documents=tuple(docs))
    summary = build([DocumentResult(document=d) for d in docs], list(SH03.check(ctx)), ctx)
    [section] = [s for s in summary.sections if s.title == "Management review"]
    return " ".join(section.lines)


def test_reviews_not_judged_are_not_said_to_cover_the_business(tmp_path):
    committee = _doc(tmp_path, "minutes/Safety Committee Meeting Minutes 2025-03.md", "Safety Committee Minutes",
                     BUSINESS)
    short = _doc(tmp_path, "mr/Management Review 2025-03-14.md", "Management review", SHORT)
    text = _section([committee, short])
    # before: "2 management reviews read; the discussion covers the business, not only the paperwork."
    assert "covers the business" not in text, text
    assert "Management Review 2025-03-14.md" in text and "too few" in text, text
    assert "Safety Committee Meeting Minutes 2025-03.md" in text and "not judged" in text, text


def test_a_judged_review_still_covers_the_business(tmp_path):
    full = _doc(tmp_path, "mr/Management Review 2025-03-14.md", "Management review", BUSINESS)
    short = _doc(tmp_path, "mr/Management Review 2025-06-10.md", "Management review", SHORT)
    text = _section([full, short])
    assert "1 management review judged" in text and "covers the business" in text, text
    assert "Management Review 2025-06-10.md" in text and "too few" in text, text


def test_the_summary_takes_sh03s_counts_instead_of_reading_each_review_again(tmp_path, monkeypatch):
    from gapscan.nlp import review

    reads: list[str] = []
    plain = review.classify_sentences

    def counted(doc):
        reads.append(doc.path)
        return plain(doc)

    monkeypatch.setattr(review, "classify_sentences", counted)
    full = _doc(tmp_path, "mr/Management Review 2025-03-14.md", "Management review", BUSINESS)
    short = _doc(tmp_path, "mr/Management Review 2025-06-10.md", "Management review", SHORT)
    text = _section([full, short])
    # before: each review read by SH03, then again by the summary
    assert sorted(reads) == sorted([full.path, short.path]), reads
    # the same numbers as the summary's own reading, without SH03 in the run
    reads.clear()
    ctx = Context(documents=(full, short))
    alone = build([DocumentResult(document=d) for d in (full, short)], [], ctx)
    [section] = [s for s in alone.sections if s.title == "Management review"]
    assert " ".join(section.lines) == text
    assert sorted(reads) == sorted([full.path, short.path]), reads
    assert "(2 of " in text, text
