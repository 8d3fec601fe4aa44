"""A meeting named by a part of its name that no other series holds, in the possessive before the cadence ("the
Community Committee's bi-weekly meetings") or between cadence and noun by a name its minutes were filed under
before ("the weekly CommComm meeting"), is that series' meeting.

The shape of nodejs/community-committee (drhold28, commcomm): minutes titled 'Node.js Foundation CommComm Meeting'
and later 'Node.js Community Committee Meeting', held every two weeks; the charter says collaborators are discussed
"during the weekly CommComm meeting" and the README speaks of "the Community Committee's bi-weekly meetings".
Before, neither named a series (every word of the name had to be written), so the weekly cadence went unchecked.
"""
from __future__ import annotations

import datetime as dt

from .minutes_series import run

MINUTES = """# {title} {day}

- Present: Ana Ruiz, Tom Beck, Lee Ward

The rota for next month was agreed. Two incidents were reviewed and closed.
"""


def _minutes(scan, title, first, n, every=14):
    for k in range(n):
        day = first + dt.timedelta(days=every * k)
        scan.write(f"minutes/{day:%Y-%m-%d}.md", MINUTES.format(title=title, day=f"{day:%Y-%m-%d}"))


def _series(scan):
    # the same meeting under an older and a newer title, fortnightly; and another body's minutes beside them
    _minutes(scan, "Harbour Foundation CrewCo Meeting", dt.date(2024, 1, 3), 6)
    _minutes(scan, "Harbour Crew Council Meeting", dt.date(2024, 3, 27), 6)
    for k in range(4):
        day = dt.date(2024, 1, 10) + dt.timedelta(days=91 * k)
        scan.write(f"minutes/board/{day:%Y-%m-%d}.md", MINUTES.format(title="Harbour Board Meeting", day=day))


def test_the_possessive_body_before_the_cadence(scan):
    _series(scan)
    scan.write("procedures/crew.md", "# Crew work\n\n## Sharing\n\n"
                                     "Initiatives share what they are doing in the Crew Council's weekly meetings.\n")
    findings, checks = run(scan)
    # before: "which meeting this is cannot be told", nothing checked
    assert [f.rule for f in findings] == ["DR02"], [c.detail for c in checks]
    assert "Harbour Crew Council" in findings[0].message and "median interval 14 days" in findings[0].message


def test_a_former_name_between_cadence_and_noun(scan):
    _series(scan)
    scan.write("procedures/crew.md", "# Crew work\n\n## Collaborators\n\n"
                                     "New collaborators are discussed during the weekly CrewCo meeting.\n")
    findings, checks = run(scan)
    assert [f.rule for f in findings] == ["DR02"], [c.detail for c in checks]
    assert "Harbour Crew Council" in findings[0].message


def test_a_part_two_series_share_names_neither(scan):
    _series(scan)
    # 'Harbour' is a word of both series' names: which meeting is meant cannot be told
    scan.write("procedures/crew.md", "# Crew work\n\n## Collaborators\n\n"
                                     "New collaborators are discussed during the weekly Harbour meeting.\n")
    findings, checks = run(scan)
    assert findings == [], [f.message for f in findings]


def test_kind_words_alone_name_no_series(scan):
    _series(scan)
    scan.write("procedures/crew.md", "# Crew work\n\n## Collaborators\n\n"
                                     "New collaborators are discussed during the weekly council meeting.\n")
    findings, checks = run(scan)
    assert findings == [], [f.message for f in findings]
