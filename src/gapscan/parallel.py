"""Split independent per-document work over forked processes.

The workers inherit the inputs (parsed documents, record indexes) through fork instead of
receiving pickled copies; only chunk indexes go out and results come back. Each chunk is
handled by `fn(list_of_items) -> list_of_results`, so batching inside a chunk still works.

The stages that use it (nlp, records, drift) work on parsed documents and never call a parser
library, so a parent that has loaded pdfium (a test session that parsed a PDF in-process) is safe
to fork here; parsing, which does call pdfium, takes its workers from engine._start_method.
"""
from __future__ import annotations

import os
import pickle
import sys
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_INHERITED: tuple | None = None  # (fn, items) of the running fork_map, read by the workers
_HELD: tuple[dict[int, int], list] | None = None  # objects the parent holds (held()): index by id, and the list


@contextmanager
def held(objects: Iterable[object]) -> Iterator[None]:
    """While this is open, fork_map's workers send each of `objects` found in their results back as its
    place in this list, and the parent puts its own object there: what the parent already holds (an input
    a result refers to, such as a procedure's claims in its drift checks) is not pickled, sent and rebuilt
    again, and the results share it instead of holding a copy. Only the very objects listed count (the
    worker checks identity against the list it inherited); an equal object a worker made goes by value."""
    global _HELD
    kept = list(objects)
    before = _HELD
    _HELD = ({id(o): i for i, o in enumerate(kept)}, kept)
    try:
        yield
    finally:
        _HELD = before


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):  # called for instances, not for str, int, tuple, list, dict...
        index = _HELD[0].get(id(obj))
        if index is not None and _HELD[1][index] is obj:
            return _held_object, (index,)
        return NotImplemented


def _held_object(index: int):
    return _HELD[1][index]


class _Packed(bytes):
    """A chunk's results pickled by _Pickler (held objects by their place)."""


def _run_chunk(indexes: list[int]):
    fn, items = _INHERITED
    results = fn([items[i] for i in indexes])
    if not _HELD or not _HELD[1]:
        return results
    import io

    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(results)
    return _Packed(buffer.getbuffer())


def fork_map(fn: Callable[[list[T]], list[R]], items: Sequence[T], *, workers: int | None = None,
             parallel: bool = True, meanwhile: Callable[[Callable[[], bool]], None] | None = None,
             chunks_per_worker: int = 1) -> list[R]:
    """fn over items in `workers` strided chunks (or `chunks_per_worker` times as many, taken by whichever
    worker is free: a worker slowed by other work beside it takes fewer, and the results of the first
    ones come back while the last are read), results in item order.

    Runs in this process when `parallel` is false, with one worker, or where fork is not
    available; every chunking gives the same results because the items are independent.

    `meanwhile(busy)` runs here once the workers have their chunks, only when they are forked: work
    this process would otherwise do alone after them, with a core idle, done beside them for as long as
    `busy()` says a chunk is still running.
    """
    global _INHERITED
    count = min(workers or os.cpu_count() or 1, 8, len(items))
    if not parallel or count <= 1 or not sys.platform.startswith("linux"):
        return list(fn(list(items)))
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    step = min(count * max(1, chunks_per_worker), len(items))
    chunks = [list(range(i, len(items), step)) for i in range(step)]
    out: list = [None] * len(items)
    _INHERITED = (fn, items)
    # A worker's garbage collection would write to the header of every container it inherited (every
    # row of every record), copying each page under them; frozen, they are left alone (about 50 MB
    # less per pair of nlp workers on the 500-document set).
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run_chunk, chunk) for chunk in chunks]
            if meanwhile is not None:
                meanwhile(lambda: not all(f.done() for f in futures))
            for indexes, future in zip(chunks, futures):
                results = future.result()
                if isinstance(results, _Packed):
                    results = pickle.loads(results)
                for i, result in zip(indexes, results):
                    out[i] = result
    finally:
        gc.unfreeze()
        _INHERITED = None
    return out
