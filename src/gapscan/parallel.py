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
import sys
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_INHERITED: tuple | None = None  # (fn, items) of the running fork_map, read by the workers


def _run_chunk(indexes: list[int]) -> list:
    fn, items = _INHERITED
    return fn([items[i] for i in indexes])


def fork_map(fn: Callable[[list[T]], list[R]], items: Sequence[T], *, workers: int | None = None,
             parallel: bool = True) -> list[R]:
    """fn over items in `workers` strided chunks, results in item order.

    Runs in this process when `parallel` is false, with one worker, or where fork is not
    available; every chunking gives the same results because the items are independent.
    """
    global _INHERITED
    count = min(workers or os.cpu_count() or 1, 8, len(items))
    if not parallel or count <= 1 or not sys.platform.startswith("linux"):
        return list(fn(list(items)))
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = [list(range(i, len(items), count)) for i in range(count)]
    out: list = [None] * len(items)
    _INHERITED = (fn, items)
    # A worker's garbage collection would write to the header of every container it inherited (every
    # row of every record), copying each page under them; frozen, they are left alone (about 50 MB
    # less per pair of nlp workers on the 500-document set).
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork")) as pool:
            for indexes, results in zip(chunks, pool.map(_run_chunk, chunks)):
                for i, result in zip(indexes, results):
                    out[i] = result
    finally:
        gc.unfreeze()
        _INHERITED = None
    return out
