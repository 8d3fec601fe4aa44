"""SH03 reads the minutes of a review that was held, not a document about how reviews are held.

The shape of a wrong SH03 on a held-out ISMS (docs/SCORING.md, December 2026): its "Internal Audit &
Management Review" page, classed review by its name, gives the cadence, the checklist of what to review and
the templates; its "paperwork" sentences were instructions ("Review internal audit findings and corrective
actions") and its one "decision" was the line saying the minutes will record decisions.
"""
from __future__ import annotations

from gapscan.rules.base import Context
from gapscan.rules.sh import SH03
from shbuild import sh03, written

HOW_REVIEWS_ARE_HELD = """# Internal audit and management review

## Cadence

- Internal audit: twice a year, and before the certification audit.
- Management review: every quarter, with the engineering lead and the sponsor.

## Management review checklist

- Review internal audit findings and corrective actions.
- Review overdue actions from the last review.
- Confirm the document register and the policy revisions.
- Confirm progress towards the certificate and the certification body's audit window.
- Review the training records and who is missing a signature.

## Outputs

- Minutes with decisions on risk acceptance, filed beside the audit reports.
"""

MINUTES_HEAD = """# Management review minutes

Date: 12 March 2026

Present: Ann Lee (CEO), Bo Chan (engineering lead), Cy Park (ISMS lead)

"""

MINUTES_BODY = """## Discussion

- The internal audit raised two minor nonconformities; both corrective actions are open.
- Four actions from the last review are overdue.
- The document register was updated and three policies were reissued.
- The certification body confirmed the Stage 2 audit window for May.
- Two training records are still missing signatures.
"""


def _review(tmp_path, name, text):
    return written(tmp_path, name, text)


def test_a_page_about_how_reviews_are_held_is_no_review(tmp_path):
    doc = _review(tmp_path, "AUDIT_AND_MANAGEMENT_REVIEW.md", HOW_REVIEWS_ARE_HELD)
    assert sh03(doc) == []


def test_minutes_of_a_held_review_are_read(tmp_path):
    doc = _review(tmp_path, "review-minutes.md", MINUTES_HEAD + MINUTES_BODY)
    [finding] = sh03(doc)
    assert finding.metrics["paperwork_share"] == 1.0
    assert finding.location.line == 9  # the first sentence about paperwork


def test_a_year_in_the_name_dates_the_minutes(tmp_path):
    doc = _review(tmp_path, "management review 2025.md", "# Management review\n\n" + MINUTES_BODY)
    assert len(sh03(doc)) == 1


def test_the_summary_does_not_say_an_unheld_review_covers_the_business(tmp_path):
    from gapscan.model import DocumentResult
    from gapscan.summary import build

    doc = _review(tmp_path, "AUDIT_AND_MANAGEMENT_REVIEW.md", HOW_REVIEWS_ARE_HELD)
    ctx = Context(documents=(doc,))
    summary = build([DocumentResult(document=doc)], list(SH03.check(ctx)), ctx)
    [section] = [s for s in summary.sections if s.title == "Management review"]
    assert section.lines[0] == "No management review minutes were found among the documents."
    assert section.lines[1].startswith("AUDIT_AND_MANAGEMENT_REVIEW.md is not the minutes of a review that was held")
    assert not any("covers the business" in line for line in section.lines)
