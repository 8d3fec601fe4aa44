"""While the parent process loads spaCy beside the parse workers (parse_all's `meanwhile`), the workers have
files to go on with; a file waiting in line for a worker is not timed against the parse time limit."""
from __future__ import annotations

from concurrent.futures import Future

from gapscan import engine
from gapscan.ingest import DEFAULT_LIMITS

PROCEDURE = "# Control of records {n}\n\nThe quality lead shall review the register every month.\n"


def _files(tmp_path, count: int):
    for n in range(count):
        (tmp_path / f"procedure-{n:02d}.md").write_text(PROCEDURE.format(n=n))
    return [(p, p.name) for p in sorted(tmp_path.glob("*.md"))]


def test_the_workers_are_handed_files_before_this_process_loads(tmp_path, monkeypatch):
    files = _files(tmp_path, 40)
    handed: list[int] = []
    real_pool = engine._pool

    class Counting:
        def __init__(self, executor) -> None:
            self.executor = executor

        def submit(self, *args, **kwargs):
            handed.append(1)
            return self.executor.submit(*args, **kwargs)

        def __getattr__(self, name):
            return getattr(self.executor, name)

    monkeypatch.setattr(engine, "_pool", lambda *a: Counting(real_pool(*a)))
    seen_at_load: list[int] = []
    docs = engine.parse_all(files, jobs=2, limits=DEFAULT_LIMITS, meanwhile=lambda: seen_at_load.append(len(handed)))
    # two workers used to get four files, then wait for the whole load
    assert seen_at_load == [40]
    monkeypatch.setattr(engine, "_pool", real_pool)
    alone = engine.parse_all(files, jobs=2, limits=DEFAULT_LIMITS)
    assert [d.path for d in docs] == [p.name for p, _ in files]
    assert docs == alone


def test_a_file_waiting_for_a_worker_is_not_timed():
    waiting, taken, finished = Future(), Future(), Future()
    taken.set_running_or_notify_cancel()
    finished.set_running_or_notify_cancel()
    finished.set_result(None)
    pending = {waiting: ["a", "a", None], taken: ["b", "b", None], finished: ["c", "c", None]}
    engine._started(pending, 5.0)
    assert [item[2] for item in pending.values()] == [None, 5.0, 5.0]
    # a clock once started keeps its start
    engine._started(pending, 9.0)
    assert pending[taken][2] == 5.0
