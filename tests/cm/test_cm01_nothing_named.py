"""CM01: where nothing names a standard, a few topic headings that happen to be clause titles are no clause outline.

Seen on a public set nobody here wrote (cmhold6, held out): a bank's generic cyber security policy, in a run of
bank policies none of which names any ISO standard, had "Classification of Information", "User Responsibilities",
"Acceptable Use" and "Access Control" reported as ISO/IEC 27001 Annex A controls (exact titles), 4 of its 28
headings. Those are what any security policy calls those topics; the other 24 headings are the document's own
("What are we protecting", "Classification of Computer Systems", "User System and Network Access ..."). With no
--standard and no file naming a standard, the titles are what chose the catalogue (the headings that fit it best),
so they are also all the evidence that the document follows it. A document organised by a standard's clauses is
about the management system the standard governs and says so ("our quality management system", "the ISMS"): the
QMS manuals of a run that names no standard (drhold5 forthomes, headed by ISO 9001's titles, judged right in session
14) name their QMS dozens of times; the bank's cyber policy never names an ISMS. So where nothing names a standard,
every match is a title and the document does not name that standard's management system, the titles count only as a
real share of the outline (CM01's `min_share`, as for two headings). As before, they count when a file names the
standard, when it is chosen with --standard, or when a clause number agrees with the title.
"""
from __future__ import annotations

from gapscan.rules.cm import CM01

from cm_helpers import procedure, run

POLICY = """
# Cyber Security Policy

## Definitions

"The bank" means the credit union and its branches.

## What we protect

Servers, laptops, the core banking host and the branch network.

## Access Control

Each teller logs on with a personal ID; the IT administrator removes leavers within one day.

## Acceptable Use

Bank laptops are for bank work only.

## Classification of Computer Systems

Public website, member portal, internal file shares.

## Passwords for the core banking host

Twelve characters, changed every 90 days.

## Remote access from home

Through the bank VPN with a token.

## Incident reporting

Call the IT administrator on extension 214.

## Classification of Information

Member data is confidential; marketing copy is public.

## Backups of the host

Nightly to the second branch.

## Email rules

No member account numbers in email.
"""


def _named(standard: str) -> str:
    return f"""
# Access Review Procedure

This procedure supports our management system certified to {standard}.

## Steps

The IT manager exports the user list on the first Monday of each quarter.
"""


def test_a_few_clause_titles_in_an_own_outline_are_no_clause_where_nothing_names_a_standard(tmp_path):
    found = run(CM01, procedure(tmp_path, "cyber.md", POLICY))
    assert found == [], [f.message for f in found]


def test_the_same_headings_count_where_a_file_names_the_standard(tmp_path):
    docs = (procedure(tmp_path, "cyber.md", POLICY), procedure(tmp_path, "review.md", _named("ISO/IEC 27001:2022")))
    found = run(CM01, *docs)
    assert len(found) == 3, [f.message for f in found]


def test_the_same_headings_count_when_the_standard_is_chosen(tmp_path):
    found = run(CM01, procedure(tmp_path, "cyber.md", POLICY), standard="iso27001")
    assert len(found) == 3, [f.message for f in found]


OUTLINE = """
# Information Security Policy

## Access Control

Access is granted on a need-to-know basis.

## Acceptable Use

Assets are used for business purposes only.

## Classification of Information

Information is classified by its sensitivity.

## Information Backup

Backups are taken and tested.

## Our branches

The three branches and head office.
"""


def test_an_outline_made_of_clause_titles_still_counts_where_nothing_names_a_standard(tmp_path):
    found = run(CM01, procedure(tmp_path, "isp.md", OUTLINE))
    assert len(found) == 4, [f.message for f in found]


def test_an_agreeing_clause_number_still_counts_where_nothing_names_a_standard(tmp_path):
    numbered = (POLICY.replace("## Access Control", "## A.5.15 Access Control")
                .replace("## Acceptable Use", "## A.5.10 Acceptable Use")
                .replace("## Classification of Information", "## A.5.12 Classification of Information"))
    found = run(CM01, procedure(tmp_path, "cyber.md", numbered))
    assert len(found) == 3, [f.message for f in found]


def test_a_few_clause_titles_count_where_the_document_names_the_standards_management_system(tmp_path):
    # the QMS manual's case: nothing names ISO 27001, but the document is about the system the standard governs
    named = POLICY.replace('"The bank" means the credit union and its branches.',
                           '"The bank" means the credit union; this policy is part of our information security '
                           'management system (ISMS).')
    found = run(CM01, procedure(tmp_path, "cyber.md", named))
    assert len(found) == 3, [f.message for f in found]


def test_a_system_named_in_a_banner_drawn_in_a_code_block_counts(tmp_path):
    # forthomes' SOPs name "FORT HOMES QMS" only in an ASCII-art header inside a code fence
    banner = "```\n+----------------------------+\n| FIRST BANK ISMS     POL-07 |\n+----------------------------+\n```\n"
    named = POLICY.replace("# Cyber Security Policy\n", "# Cyber Security Policy\n\n" + banner)
    found = run(CM01, procedure(tmp_path, "cyber.md", named))
    assert len(found) == 3, [f.message for f in found]
