"""A committee named by an acronym its minutes spell out ("The CPC meets monthly" beside minutes titled "Example
Cross Project Council Meeting <day>") is that committee's meeting.

The shape (drhold23, openjs-foundation/cross-project-council@f7426cb): the README says "The CPC meets weekly"; its
183 files of minutes, one per meeting named by the day, are titled "OpenJS Foundation Cross Project Council Meeting
<day>" and never write "CPC". A series was named by an acronym only when its titles or names wrote the acronym, so
the claim was "not checkable: no record in the set is linked to this procedure" beside the committee's own minutes.
Now a series whose name holds a run of words whose first letters spell the acronym is named by it too.
"""
from __future__ import annotations

from gapscan.model import ClaimStatus

from .minutes_series import months, write_dated
from .test_meeting_minutes import run


RULES = """# Council

## Meetings

The CPC meets monthly. Anyone may attend as an observer.
"""

MINUTES = """# {title} {day}

## Present

- Ana Ruiz, Ben Cole, Cy Park

## Business

The budget was approved.
"""


def write(scan, folder, title, days):
    write_dated(scan, folder, title, days, MINUTES)


def test_minutes_that_spell_the_acronym_out_are_the_committee_s(scan):
    scan.write("procedures/readme.md", RULES)
    write(scan, "minutes", "Example Foundation Cross Project Council Meeting", months(2024, [1, 2, 3, 6, 7, 8, 12]))
    findings, checks = run(scan)
    cpc = [c for c in checks if c.record and "Cross Project Council" in c.record]
    assert cpc, [(c.status, c.detail) for c in checks]
    m = cpc[0].metrics
    assert (m["meetings_expected"], m["meetings_found"]) == (12, 7), m
    assert m["periods_without_minutes"] == ["Apr 2024", "May 2024", "Sep 2024", "Oct 2024", "Nov 2024"], m
    assert len(findings) == 1


def test_minutes_kept_every_month_hold_for_the_acronym(scan):
    scan.write("procedures/readme.md", RULES)
    write(scan, "minutes", "Example Foundation Cross Project Council Meeting", months(2024, range(1, 13)))
    findings, checks = run(scan)
    assert not findings
    assert [c.status for c in checks if c.claim.phrase == "monthly"] == [ClaimStatus.HOLDS], \
        [(c.status, c.detail) for c in checks]


def test_a_name_whose_words_do_not_spell_the_acronym_is_not_named_by_it(scan):
    # "Foundation Project Council" spells 'fpc', "Project Council" 'pc': neither is the CPC's
    scan.write("procedures/readme.md", RULES)
    write(scan, "minutes", "Example Foundation Project Council Meeting", months(2024, [1, 5, 9]))
    findings, checks = run(scan)
    assert not findings
    assert all(c.status is ClaimStatus.NOT_CHECKABLE for c in checks), [(c.status, c.detail) for c in checks]
