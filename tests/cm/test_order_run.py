"""The clause-order run (longest strictly increasing subsequence) against a plain quadratic reference."""
from __future__ import annotations

import random

from gapscan import clauses as cat
from gapscan.model import Location
from gapscan.nlp.mirroring import HeadingMatch, longest_increasing_run

CLAUSES = ["4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.5", "8.1", "8.4", "8.5.1", "9.1", "9.2",
           "10.2"]


def _matches(numbers):
    return tuple(HeadingMatch(text=n, location=Location(line=i + 1), clause=n, title=n, how="number", score=50.0,
                              weight=0.5, index=i) for i, n in enumerate(numbers))


def _reference_length(numbers) -> int:
    keys = [cat.clause_key(n) for n in numbers]
    best = [1] * len(keys)
    for i in range(len(keys)):
        for j in range(i):
            if keys[j] < keys[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


def test_matches_the_quadratic_reference_on_random_orders():
    rng = random.Random(11)
    for _ in range(300):
        numbers = [rng.choice(CLAUSES) for _ in range(rng.randint(0, 25))]
        run = longest_increasing_run(_matches(numbers), len(numbers))
        assert run.length == _reference_length(numbers)
        keys = [cat.clause_key(c) for c in run.clauses]
        assert keys == sorted(set(keys))  # strictly increasing
        lines = [m.location.line for m in run.headings]
        assert lines == sorted(lines)  # in document order


def test_a_manual_in_clause_order_is_one_run():
    run = longest_increasing_run(_matches(CLAUSES), len(CLAUSES))
    assert run.clauses == tuple(CLAUSES) and run.share == 1.0


def test_a_hundred_thousand_repeated_headings_are_one_step_each():
    # the quadratic version needed 5e9 comparisons here; this one finishes at once
    numbers = ["8.4"] * 50_000 + CLAUSES * 2_000
    run = longest_increasing_run(_matches(numbers), len(numbers))
    assert run.length == len(CLAUSES)
