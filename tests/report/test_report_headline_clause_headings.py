"""The headline beside the findings under it: 'None of the 3 procedures follows the layout of the ISO standard'
stood above 'Headings carry a standard's clause numbers' in two of them (44 clause headings in one), which read
as a contradiction. No procedure is judged a copy of the standard, but the headline now says which carry its
clause headings."""
from __future__ import annotations

from gapscan.model import DocumentResult, Kind, Scores, Verdict
from gapscan.rules.base import Context
from gapscan.summary import build

from report_fixtures import _doc, _find


def _run(with_headings: tuple[str, ...]):
    docs = [_doc(f"procs/P{i}.md", "md", Kind.PROCEDURE) for i in range(3)]
    results = [DocumentResult(document=d, verdict=v, scores=Scores(drift=0.0))
               for d, v in zip(docs, (Verdict.MIXED, Verdict.OPERATIONAL, Verdict.OPERATIONAL))]
    found = [_find("CM01", p, "heading '4.1 Context' is clause 4.1") for p in with_headings]
    found.append(_find("CM03", "procs/P2.md", "sentence restates the standard"))
    return build(results, found, Context(documents=tuple(docs))).headline


def test_the_headline_names_the_procedures_that_carry_clause_headings():
    headline = _run(("procs/P0.md", "procs/P0.md", "procs/P1.md"))
    assert headline.startswith("None of the 3 procedures follows the layout of the ISO standard throughout, "
                               "though 2 carry its clause numbers or titles as headings; 4 findings in 3 files"), \
        headline


def test_without_clause_headings_the_headline_says_none_follows_the_layout():
    headline = _run(())
    assert headline.startswith("None of the 3 procedures follows the layout of the ISO standard; 1 finding"), headline
