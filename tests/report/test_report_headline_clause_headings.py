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


def _shadow_lines(dups: int, vocab: int, weak: int) -> tuple[str, ...]:
    from gapscan.model import Severity

    docs = [_doc(f"procs/P{i}.md", "md", Kind.PROCEDURE) for i in range(3)]
    # PS03 weighs a gap as a warning in a procedure not judged operational (rules/ps/ps03.py)
    results = [DocumentResult(document=d, verdict=Verdict.MIXED if i < weak else Verdict.OPERATIONAL,
                              verdict_probability=0.8 + 0.05 * i) for i, d in enumerate(docs)]
    found = [_find("PS02", f"recs/a{i}.csv", "same rows", related=[f"recs/b{i}.csv"]) for i in range(dups)]
    found += [_find("PS03", f"procs/P{i}.md", "never uses 'lathe'",
                    severity=Severity.WARNING if i < weak else Severity.INFO) for i in range(vocab)]
    s = build(results, found, Context(documents=tuple(docs)))
    return next(sec for sec in s.sections if sec.title.startswith("The real system")).lines


def test_one_pair_of_records_is_named_not_given_as_an_example():
    """'1 pair of records writes down the same things twice (e.g. A and B)': an example of one is the one."""
    lines = _shadow_lines(1, 0, 0)
    assert "1 pair of records writes down the same things twice: a0.csv and b0.csv." in lines, lines
    assert "2 pairs of records write down the same things twice (e.g. a0.csv and b0.csv)." in \
        _shadow_lines(2, 0, 0)


def test_when_every_procedure_without_the_records_words_is_judged_alike_it_says_all():
    """'3 procedures never use words ...; 3 of them ...' reads as if some did not. What is said of them is their
    verdict as gapscan gave it ('read as written about the standard' was said of procedures judged mixed)."""
    (line,) = _shadow_lines(0, 3, 3)
    assert line.startswith("3 procedures never use words that fill their records (products, machines, failure "
                           "types); all 3 are judged mixed (the standard's wording mixed with the actual work; "
                           "model probability 0.80-0.90), e.g. "), line
    (line,) = _shadow_lines(0, 3, 2)
    assert "; 2 of them are judged mixed (the standard's wording mixed with the actual work; model probability " \
           "0.80-0.85)" in line, line
    (line,) = _shadow_lines(0, 1, 1)
    # one procedure is named where it is counted (test_missing_record_words_are_the_sets_own_words)
    assert line == ("1 procedure (P0.md) never uses words that fill its records (products, machines, failure types); "
                    "it is judged mixed (the standard's wording mixed with the actual work; model probability 0.80)."), \
        line
