"""What the walker lists, and what it refuses to follow."""
from __future__ import annotations

import os
from pathlib import Path

from gapscan.engine import parse_all, scan_root, walk
from gapscan.ingest import DEFAULT_LIMITS
from gapscan.model import Status


def make(root: Path) -> None:
    (root / "docs" / "sub").mkdir(parents=True)
    (root / "docs" / "a.md").write_text("# A\n\nThe Shift Lead checks the torque.\n")
    (root / "docs" / "sub" / "b.txt").write_text("B procedure text\n")
    (root / "docs" / ".hidden.md").write_text("# hidden\n")
    (root / "docs" / "~$lock.docx").write_bytes(b"lock")
    (root / "docs" / "image.png").write_bytes(b"\x89PNG")
    (root / ".git").mkdir()
    (root / ".git" / "x.md").write_text("# git internals\n")


def rels(paths, root):
    return [rel for _, rel in walk(paths, root)]


def test_walk_skips_hidden_lock_and_unknown(tmp_path):
    make(tmp_path)
    assert rels([tmp_path], tmp_path) == ["docs/a.md", "docs/sub/b.txt"]


def test_symlinks_leaving_the_tree_and_loops_are_not_followed(tmp_path):
    make(tmp_path)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.md"
    outside.write_text("# secret from outside\n")
    root = tmp_path / "docs"
    os.symlink(outside, root / "escape.md")
    os.symlink(root, root / "sub" / "loop")  # a folder loop
    os.symlink(root / "a.md", root / "alias.md")  # a link that stays inside is fine
    assert rels([root], root) == ["a.md", "alias.md", "sub/b.txt"]


def test_a_folder_given_through_a_symlink_keeps_its_files_paths(tmp_path):
    # drleft23 read a minutes repository through a symlinked folder: every file was named by its bare name,
    # and each team's README.md, each year's 2021-07-01.md collapsed into one document (718 files read as 667)
    real = tmp_path / "share" / "acme"
    for team in ("legal", "tech"):
        (real / team).mkdir(parents=True)
        (real / team / "README.md").write_text(f"# {team}\n\nWe meet every week.\n")
    link = tmp_path / "acme"
    link.symlink_to(real, target_is_directory=True)
    assert rels([link], scan_root([link])) == ["legal/README.md", "tech/README.md"]


def test_exclude_globs(tmp_path):
    make(tmp_path)
    root = tmp_path / "docs"
    assert [rel for _, rel in walk([root], root, exclude=["sub/**"])] == ["a.md"]


def test_named_pipe_is_skipped_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.csv")
    (tmp_path / "ok.txt").write_text("hello\n")
    files = walk([tmp_path], tmp_path)
    docs = {d.path: d for d in parse_all(files, jobs=1, limits=DEFAULT_LIMITS)}
    assert docs["pipe.csv"].status is Status.SKIPPED
    assert "not a regular file" in docs["pipe.csv"].error
    assert docs["ok.txt"].ok


def test_parallel_parse_keeps_order_and_contains_errors(tmp_path):
    for i in range(6):
        (tmp_path / f"p{i}.md").write_text(f"# Procedure {i}\n\nThe Quality Manager approves it.\n")
    (tmp_path / "bad.pdf").write_bytes(os.urandom(2048))
    files = walk([tmp_path], tmp_path)
    docs = parse_all(files, jobs=2, limits=DEFAULT_LIMITS)
    assert [d.path for d in docs] == [rel for _, rel in files]
    bad = next(d for d in docs if d.path == "bad.pdf")
    assert bad.status is Status.ERROR and "\n" not in bad.error


def test_scan_root_of_files_is_their_common_folder(tmp_path):
    make(tmp_path)
    root = scan_root([tmp_path / "docs" / "a.md", tmp_path / "docs" / "sub" / "b.txt"])
    assert root == (tmp_path / "docs").resolve()


def test_records_profiled_in_parallel_equal_sequential(monkeypatch):
    from gapscan import engine
    from gapscan.classify import classify
    from gapscan.model import Kind

    example = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"
    files = walk([example], example)
    docs = [d for d in (classify(x) for x in parse_all(files, jobs=2, limits=DEFAULT_LIMITS))
            if d.ok and d.kind is Kind.RECORD]
    sequential = engine.profile_records(docs, {}, jobs=1)
    monkeypatch.setattr(engine, "PARALLEL_MIN_ROWS", 0)
    parallel = engine.profile_records(docs, {}, jobs=2)
    assert len(sequential) >= 5
    assert parallel == sequential


def test_records_profiled_in_workers_hold_their_documents_tables(tmp_path, monkeypatch):
    """A forked worker sends a profile back without the cells its document already holds: the
    profile's table (and each sheet of a register kept a sheet per month) is the document's own
    object, and it names cells as the profile made in this process does."""
    import datetime as dt

    from openpyxl import Workbook

    from gapscan import engine
    from gapscan.classify import classify
    from gapscan.model import Kind

    wb = Workbook()
    wb.remove(wb.active)
    for month in (1, 2, 3):
        ws = wb.create_sheet(dt.date(2025, month, 1).strftime("%b"))
        ws.append([f"Chiller temperature log - {month}/2025"])
        ws.append(["Date", "Chiller", "Temp (C)", "Checked by"])
        for day in range(1, 29):
            ws.append([dt.date(2025, month, day), "CH-1", 3.5, "AB"])
    wb.save(tmp_path / "Chiller temperature log 2025.xlsx")
    example = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"
    files = walk([example], example) + walk([tmp_path], tmp_path)
    docs = [d for d in (classify(x) for x in parse_all(files, jobs=2, limits=DEFAULT_LIMITS))
            if d.ok and d.kind is Kind.RECORD]
    sequential = engine.profile_records(docs, {}, jobs=1)
    monkeypatch.setattr(engine, "PARALLEL_MIN_ROWS", 0)
    parallel = engine.profile_records(docs, {}, jobs=2)
    assert parallel == sequential
    by_path = {d.path: d for d in docs}
    shared = 0
    for path, prof in parallel.items():
        own = by_path[path].tables()
        for table in (prof.table, *(t for _, t in prof.parts)):
            if table in own:
                assert any(table is t for t in own), path
                shared += 1
    chiller = parallel["Chiller temperature log 2025.xlsx"]
    assert [t.location.sheet for _, t in chiller.parts] == ["Jan", "Feb", "Mar"] and shared >= 8
    assert chiller.cell_location(28 * 2, 2).describe() == "Mar!C3"


def test_fork_map_workers_leave_inherited_objects_to_the_parent():
    """Workers see what they inherited as frozen (their collections do not copy its pages), and the
    parent's objects are collectable again once the map is done."""
    import gc

    from gapscan.parallel import fork_map

    rows = [tuple(range(i, i + 5)) for i in range(1000)]
    seen = fork_map(lambda chunk: [(sum(r), gc.get_freeze_count()) for r in chunk], rows, workers=2)
    assert [s for s, _ in seen] == [sum(r) for r in rows]
    assert min(frozen for _, frozen in seen) >= len(rows)
    assert gc.get_freeze_count() == 0


def test_documents_classified_in_workers_equal_sequential(monkeypatch):
    """Classified in forked processes, each document gets the kind, reason and budget verdict it
    gets in this process, in the same order; a document over its budget is stopped either way."""
    from dataclasses import replace

    from gapscan import engine
    from gapscan.model import Kind, Status

    example = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"
    docs = parse_all(walk([example], example), jobs=2, limits=DEFAULT_LIMITS)
    limits = replace(DEFAULT_LIMITS, max_record_cells=400)
    sequential = engine.classify_cached(docs, (), None, {}, limits, jobs=1)
    monkeypatch.setattr(engine, "PARALLEL_MIN_CLASSIFY", 0)
    parallel = engine.classify_cached(docs, (), None, {}, limits, jobs=2)
    assert parallel == sequential
    assert [d.path for d in parallel] == [d.path for d in docs]
    stopped = [d for d in parallel if d.status is Status.ERROR and d.kind is Kind.RECORD]
    assert stopped and all(d.error.startswith("analysis stopped:") and "table cells, over the 400 limit" in d.error
                           for d in stopped)
    assert sum(d.kind is Kind.PROCEDURE for d in parallel) >= 5
