"""fork_map's return trip: what the parent already holds comes back as itself, not as a pickled copy."""
from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest

from gapscan.parallel import fork_map, held

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork_map forks only on Linux")


@dataclass(frozen=True)
class Note:
    text: str


NOTES = tuple(Note(f"note {i}") for i in range(6))


def _pair(items: list[int]) -> list:
    # each result names an input the parent holds, and one the worker makes (equal to it)
    return [(NOTES[i], Note(NOTES[i].text), [NOTES[i]]) for i in items]


def test_held_objects_come_back_as_the_parents_own():
    with held(NOTES):
        out = fork_map(_pair, list(range(6)), workers=2)
    assert [kept.text for kept, _, _ in out] == [n.text for n in NOTES]
    assert all(kept is NOTES[i] and inner[0] is NOTES[i] for i, (kept, _, inner) in enumerate(out))
    # an equal object the worker made is its own: sent by value, as before
    assert all(made == NOTES[i] and made is not NOTES[i] for i, (_, made, _) in enumerate(out))


def test_without_held_the_results_are_copies():
    out = fork_map(_pair, list(range(6)), workers=2)
    assert [kept for kept, _, _ in out] == list(NOTES)
    assert not any(kept is NOTES[i] for i, (kept, _, _) in enumerate(out))


def test_held_only_while_open():
    with held(NOTES[:2]):
        pass
    out = fork_map(_pair, list(range(6)), workers=2)
    assert not any(kept is NOTES[i] for i, (kept, _, _) in enumerate(out))


def test_in_one_process_results_are_what_fn_returned():
    with held(NOTES):
        out = fork_map(_pair, list(range(6)), workers=1)
    assert all(kept is NOTES[i] for i, (kept, _, _) in enumerate(out))


def _square(items: list[int]) -> list[int]:
    return [i * i for i in items]


def test_more_chunks_than_workers_give_the_same_results_in_order():
    items = list(range(37))
    assert fork_map(_square, items, workers=2, chunks_per_worker=4) == [i * i for i in items]
    assert fork_map(_square, items[:3], workers=2, chunks_per_worker=4) == [0, 1, 4]


def test_meanwhile_runs_beside_forked_workers_until_they_are_done():
    seen: list[bool] = []

    def beside(busy) -> None:
        seen.append(busy())
        while busy():
            pass
        seen.append(busy())

    assert fork_map(_square, list(range(8)), workers=2, meanwhile=beside) == [i * i for i in range(8)]
    assert seen[-1] is False and len(seen) == 2


def test_meanwhile_is_not_run_when_nothing_is_forked():
    ran: list[int] = []
    assert fork_map(_square, [1, 2], workers=1, meanwhile=lambda busy: ran.append(1)) == [1, 4]
    assert fork_map(_square, [1, 2, 3], workers=2, parallel=False, meanwhile=lambda busy: ran.append(1)) == [1, 4, 9]
    assert ran == []
