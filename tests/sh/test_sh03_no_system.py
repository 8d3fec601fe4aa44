"""SH03 and minutes in a set that documents no management system. Held out (drhold29, spdx/meetings): the README
and the teams' pages speak of no management review, no management system and no standard, and four Legal Team and
one Outreach Team minutes, named only by their dates, were SH03 leads ("6 of 6 topical sentences of this management
review are about paperwork (certificate 6)": licences read as the certificate). drhold28's working-group sync notes
were the same lead. Where the set's procedures exist and no document speaks of a management review or a management
system, minutes that do not call themselves a management review are not read as one, not even as a lead, and the
summary says why. A page that speaks of the management review, or minutes that call themselves one, keep SH03 as
it was; so does a set of minutes alone, with no procedure to be silent."""
from __future__ import annotations

from gapscan.model import DocumentResult, Kind, Severity
from gapscan.rules.base import Context
from gapscan.rules.sh import SH03
from shbuild import sh03, written

MINUTES = """# {title}

## Attendees

- Ana Ruiz
- Ben Cole

## Notes

- The certificate list was updated with two new entries.
- The document templates were revised and the revision numbers updated.
- The audit findings from the last review were read out; three remain open.
- Two actions are overdue and were given new dates.
- The document register was reissued at revision 7.
"""

GUIDE = """# Legal team guide

How the legal team handles requests.

1. Read each request when it arrives.
2. {extra}Discuss it at the next call and record the outcome in the notes.
"""


def _doc(tmp_path, name, text, kind):
    return written(tmp_path, name, text, kind)


def _set(tmp_path, minutes_name="2016-08-04.md", title="Legal team call", extra=""):
    minutes = _doc(tmp_path, minutes_name, MINUTES.format(title=title), Kind.REVIEW)
    guide = _doc(tmp_path, "legal-guide.md", GUIDE.format(extra=extra), Kind.PROCEDURE)
    return minutes, guide


def test_minutes_in_a_set_that_speaks_of_no_management_system_are_not_read(tmp_path):
    minutes, guide = _set(tmp_path)
    # before: a lead, "6 of 6 topical sentences (100%) of this management review are about paperwork"
    assert sh03(minutes, guide) == []


def test_the_summary_says_why_they_were_not_judged(tmp_path):
    from gapscan.summary import build

    minutes, guide = _set(tmp_path)
    ctx = Context(documents=(minutes, guide))
    summary = build([DocumentResult(document=minutes), DocumentResult(document=guide)], list(SH03.check(ctx)), ctx)
    [section] = [s for s in summary.sections if s.title == "Management review"]
    text = " ".join(section.lines)
    assert "no document of the set speaks of one or of a management system" in text, section.lines
    assert "covers the business" not in text, section.lines


def test_a_page_that_speaks_of_the_management_review_keeps_the_lead(tmp_path):
    minutes, guide = _set(tmp_path, extra="Top management reviews the outcomes at the annual management review. ")
    [f] = sh03(minutes, guide)
    assert f.metrics["strength"] == "lead"


def test_minutes_that_call_themselves_a_management_review_are_judged(tmp_path):
    minutes, guide = _set(tmp_path, minutes_name="management-review-2016.md", title="Management review")
    [f] = sh03(minutes, guide)
    assert f.severity is Severity.WARNING and f.metrics["strength"] == "finding"


def test_minutes_alone_still_give_the_lead(tmp_path):
    minutes, _ = _set(tmp_path)
    [f] = sh03(minutes)
    assert f.metrics["strength"] == "lead"


def test_a_one_subject_committee_keeps_its_own_reason(tmp_path):
    # the regression set 'warehouse': its safety committee's minutes stay "a committee on one subject"
    from gapscan.summary import build

    minutes, guide = _set(tmp_path, minutes_name="2025-01-safety-committee-meeting-minutes.md",
                          title="Safety Committee Meeting Minutes")
    ctx = Context(documents=(minutes, guide))
    summary = build([DocumentResult(document=minutes), DocumentResult(document=guide)], list(SH03.check(ctx)), ctx)
    [section] = [s for s in summary.sections if s.title == "Management review"]
    text = " ".join(section.lines)
    assert "committee on one subject" in text and "speaks of one" not in text, section.lines


def test_an_acronym_said_once_in_passing_is_no_system_spoken_of(tmp_path):
    # nodejs/next-10 (drhold30): a survey's open answers say "does not support EMS for its controllers" (ECMAScript
    # modules) once; the set was then read as speaking of an environmental management system, and 14 team calls were
    # judged as management reviews
    minutes, guide = _set(tmp_path, extra="Note that the old tool does not support EMS for its controllers. ")
    assert sh03(minutes, guide) == []


def test_a_system_named_by_its_acronym_again_and_again_is_spoken_of(tmp_path):
    minutes, guide = _set(tmp_path, extra="Requests that touch the ISMS are logged in the ISMS request list. ")
    [f] = sh03(minutes, guide)
    assert f.metrics["strength"] == "lead"
