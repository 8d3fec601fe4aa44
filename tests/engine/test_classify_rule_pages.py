"""Short handbook pages of rules, read as "other" on a held-out staff handbook (kinds22).

A staff handbook splits its policies into short pages, one subject each ("Notice period", "Sick pay"), written to the
reader: "you must give notice ...", "we will pay ...", "a written warning will lapse after six months". Most of
their two to ten sentences say what must, should, will or may be done, or what the reader is entitled to; few are
imperative steps and few hold "shall" or "must", so they fell under the steps-and-obligations bar and got no kind.
A policy is a procedure (RULES.md: "controlled procedure, SOP, manual, policy, work instruction").

A README, a news post, a change log or a roster says what is, was or was done: a line of it may say what will
happen, but seldom most of its sentences; and one sentence is too little to tell a rule page from a note.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind, kind_of

NOTICE = """# Leaving notice

If you leave without working the notice your contract sets, the cost of covering your work during the weeks not
worked will be taken from your final pay. You will also lose any holiday pay owed above the legal minimum.
"""

LAPSING = """# How long warnings last

## Spoken warning
A spoken warning will usually be set aside after three months.

## Written warning
A written warning will usually be set aside after six months.

## Last written warning
A last written warning will usually be set aside after a year.
"""

SICK_PAY = """# Sick pay

1. You are entitled to the legal sick pay when you are off work ill for four days in a row or more.
2. We will pay it on your usual pay day, less the usual deductions.
3. Any sick pay above the legal amount is set out in your contract.
4. If a third party pays you damages for the illness, you may have to repay what we paid you for that time.
"""

README = """# datepick

datepick is a small library that reads dates typed by people. It was started in 2019 by two students.
It reads ISO dates, Unix timestamps and phrases such as "next Friday". The docs folder has the full list.
Bug reports are welcome on the issue tracker. You will need Python 3.9 or newer.
"""

NEWS = """# Spring open day

We held our open day on the first Saturday of May. Over two hundred visitors came through the doors.
The bakery team showed how sourdough is made, and the children decorated biscuits.
Thanks to every volunteer who helped. The next open day will be in the autumn.
"""

CHANGELOG = """# Changes

## 1.2.0
- Added an export to CSV.
- Fixed a crash on empty files.

## 1.1.0
- Added a dark theme.
- The old settings file is still read; it will be dropped in 2.0.
"""


def test_a_short_page_telling_the_reader_what_will_happen_if_they_leave_is_a_procedure(tmp_path):
    k, why = kind_of(tmp_path, "handbook/leaving/notice.md", NOTICE)
    assert k is Kind.PROCEDURE, why
    assert "2 of 2 sentences" in why


def test_a_page_of_rules_on_how_long_warnings_last_is_a_procedure(tmp_path):
    assert _kind(tmp_path, "staff/discipline/warnings.md", LAPSING) is Kind.PROCEDURE


def test_a_page_of_what_the_reader_is_entitled_to_and_what_we_will_pay_is_a_procedure(tmp_path):
    assert _kind(tmp_path, "staff/sickness/pay.md", SICK_PAY) is Kind.PROCEDURE


def test_one_rule_on_a_page_is_too_little_to_tell(tmp_path):
    assert _kind(tmp_path, "staff/resigning.md", "# Resigning\n\nResignations must be given in writing.\n") \
        is Kind.OTHER


def test_a_readme_with_one_line_of_what_you_will_need_stays_other(tmp_path):
    assert _kind(tmp_path, "README.md", README) is Kind.OTHER
    # and under any other name
    assert _kind(tmp_path, "about.md", README) is Kind.OTHER


def test_a_news_post_saying_what_will_happen_next_stays_other(tmp_path):
    assert _kind(tmp_path, "news/open-day.md", NEWS) is Kind.OTHER


def test_a_change_log_with_one_line_of_what_will_change_stays_other(tmp_path):
    assert _kind(tmp_path, "CHANGES.md", CHANGELOG) is Kind.OTHER


LAYOUT = """# How this folder is laid out

## Reading order
Open the overview first. The numbered pages follow the order of the work.

## How the sheets are made
Each sheet is built from the pages by a script that checks the counts, and each total must match the text.
A sheet cannot drift from the text, because it is made from it.
"""


def test_a_page_on_how_a_folder_is_laid_out_whose_cannot_states_a_fact_stays_other(tmp_path):
    # "cannot drift" says what is impossible, not what anyone may do: one rule of four sentences
    assert _kind(tmp_path, "phase-3/LAYOUT.md", LAYOUT) is Kind.OTHER


# session 16 (publiccode.net's organization/roadmap.md): a roadmap says what the organisation will do in one, five
# and twenty years; its "will" sentences are plans, not rules for a reader, and it was read as "a page of rules"
ROADMAP = """# Roadmap

This roadmap describes how we plan to grow the foundation. The board approved it in spring.

## Awareness

The foundation will continue to grow its reach in the public sector. We will build a library of videos and papers.
There will be a yearly conference for the members. Our staff will write two books on shared software.

## Partnerships

We will seek partners among the cities of the region. A focus of the programme will be diversity of partners.
Partners will help us bring the case for funding to national governments.

## Chapters

There will be a global umbrella organisation with local chapters. Local chapters will tailor their work to
their region. The first chapter opened last year.
"""


def test_a_roadmap_of_what_the_organisation_will_do_is_no_page_of_rules(tmp_path):
    k, why = kind_of(tmp_path, "organization/roadmap.md", ROADMAP)
    assert k is not Kind.PROCEDURE, why


def test_a_page_of_rules_not_named_a_plan_still_reads_its_will_sentences(tmp_path):
    # the same sentences under a name that says nothing of a plan are read as before (kinds22)
    k, why = kind_of(tmp_path, "organization/chapters.md", ROADMAP.replace("# Roadmap", "# Chapters and partners")
                     .replace("This roadmap describes how we plan to grow the foundation. ", ""))
    assert k is Kind.PROCEDURE, why


# session 17 (publiccode.net's organization/roadmap.md again): its plans hold one "we must establish ..." and a list
# item "press and published books" read as an imperative step; two such lines are no steps among a roadmap's plans
ROADMAP_TWO_LINES = ROADMAP.replace(
    "We will build a library of videos and papers.",
    "We will build a library of videos and papers:\n\n* media production\n* press and published books\n\n"
    "To fund this we must establish sources of recurring income from our members.") + """
## Five years

In five years the foundation will be known to most city governments in Europe as the place to take a shared
codebase. Members will pay a yearly fee that covers the work of the stewards, and the codebases in our care will be
used by more than a hundred public organisations. Our research will be cited in papers on digital government, and
the standard for public code will be read by the vendors who sell software to cities.

## Twenty years

In twenty years public code will be an ordinary part of how governments buy and build software. The chapters will
run their own programmes, the umbrella organisation will keep the standard and the shared tools, and no city will
write the same software as its neighbour without first asking whether it already exists in the commons.
"""


def test_a_roadmap_with_two_stray_lines_is_no_procedure(tmp_path):
    k, why = kind_of(tmp_path, "organization/roadmap.md", ROADMAP_TWO_LINES)
    assert k is not Kind.PROCEDURE, why


def test_a_roadmap_of_steps_is_still_a_procedure(tmp_path):
    steps = ROADMAP_TWO_LINES + "\n## How to propose a change\n\n1. Open an issue on the roadmap repository.\n" \
        "2. Tag the Director of Strategy.\n3. Add the change to the agenda of the next board meeting.\n"
    k, why = kind_of(tmp_path, "organization/roadmap.md", steps)
    assert k is Kind.PROCEDURE, why
