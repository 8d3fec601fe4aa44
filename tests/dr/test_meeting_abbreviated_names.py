"""Minutes filed under an abbreviation of their meeting are named by the words the abbreviation stands for.

The shape on carpentries/governance@9f1d721 (docs/SCORING.md, drhold20): the Board's minutes are filed as
"BoD-minutes-2024-02-26-Q1.md" and titled "Board of Directors Meeting Minutes for February 26, 2024"; the Executive
Council's as "EC-minutes-2019-03-21.md", titled "Minutes Carpentries Executive Council meeting March 21, 2019". The
series took its name from the file name alone: "Bo D Q meeting" (the camel-case split of BoD) and "Ec meeting", so
no sentence of the work plan ("quarterly Board of Directors meetings") could ever name it. When a file name names
its meeting only by an abbreviation and a title of the same minutes spells it out (the initials of its words, in
order), the spelled-out words name the series; an abbreviation no title spells out is left as it is.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

from .minutes_series import series as minutes_series


MINUTES = """# {title}

Present: Ana Ruiz, Ben Cole, Cy Park

The budget was approved. Meeting adjourned at 9pm.
"""


def write(scan, files):
    for rel, title in files:
        scan.write(rel, MINUTES.format(title=title))


def series(scan, files):
    return sorted((s.name, sorted(s.words), len(s.meetings))
                  for s in minutes_series(scan, files, MINUTES, under="minutes", only=True))


def test_a_camel_case_abbreviation_is_named_by_the_title_that_spells_it(scan):
    got = series(scan, [("minutes/2024/BoD-minutes-2024-02-26-Q1.md",
                         "Board of Directors Meeting Minutes for February 26, 2024"),
                        ("minutes/2024/BoD-minutes-2024-08-15-Q3.md",
                         "Board of Directors Meeting Minutes for August 15, 2024")])
    assert len(got) == 1 and got[0][2] == 2, got
    assert "Board" in got[0][0] and "Directors" in got[0][0], got
    assert {"board", "director"} <= set(got[0][1]) and "bo" not in got[0][1], got


def test_an_upper_case_abbreviation_takes_the_spelled_out_words_only(scan):
    # 'Carpentries' stands beside 'Executive Council' in the title but is not what EC stands for; a title that
    # names only the day still joins the series its abbreviation names
    got = series(scan, [("minutes/2019/EC-minutes-2019-03-21.md",
                         "Minutes Carpentries Executive Council meeting March 21, 2019"),
                        ("minutes/2023/EC-minutes-2023-02-21-Q1.md",
                         "Minutes from The Carpentries Executive Council Meeting 21 February 2023 (Q1)"),
                        ("minutes/2019/EC-minutes-2019-04-18.md", "Minutes April 18, 2019")])
    assert got == [("Executive Council Meeting", ["council", "execut"], 3)] or \
        (len(got) == 1 and got[0][2] == 3 and "carpentri" not in got[0][1] and "Executive" in got[0][0]), got


def test_an_abbreviation_no_title_spells_out_is_left_as_it_is(scan):
    got = series(scan, [("minutes/SMT-minutes-2024-01-10.md", "SMT minutes 10 January 2024"),
                        ("minutes/SMT-minutes-2024-02-14.md", "Senior team minutes 14 February 2024")])
    assert [(n, c) for n, _, c in got] == [("SMT meeting", 2)], got


WORK_PLAN = """# Board of Directors Work Plan

Quarterly meeting schedule and list of issues to be discussed and tasks to be completed at quarterly Board of
Directors meetings.

## February (Q1 Meeting)

- Approve previous board meeting minutes for publication
- Review Q4 financial report from previous year
"""


def test_the_board_s_quarterly_meetings_are_checked_against_minutes_filed_under_its_abbreviation(scan):
    scan.write("procedures/work-plan.md", WORK_PLAN)
    days = [dt.date(2024, 2, 26), dt.date(2024, 8, 15), dt.date(2024, 12, 11), dt.date(2025, 2, 26),
            dt.date(2025, 5, 22), dt.date(2025, 8, 14), dt.date(2025, 12, 17)]
    write(scan, [(f"minutes/BoD-minutes-{d.isoformat()}.md",
                  f"Board of Directors Meeting Minutes for {d:%B} {d.day}, {d.year}") for d in days])
    from .test_meeting_minutes import run
    findings, checks = run(scan)
    board = [c for c in checks if c.record and "Board" in c.record]
    assert board, [(c.detail, c.record) for c in checks]
    m = board[0].metrics
    assert (m["meetings_expected"], m["meetings_found"]) == (8, 7), m
    assert any("Q2 2024" in p or "2024 Q2" in p or "Apr 2024" in p for p in m["periods_without_minutes"]), m
    assert board[0].status in (ClaimStatus.HOLDS, ClaimStatus.DRIFTED)
