"""run(paths, options) -> Report: walk, parse in parallel, analyse, run rules, contain failures."""
from __future__ import annotations

import datetime as dt
import os
import sys
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Protocol, Sequence

from gapscan import __version__
from gapscan.baseline import config_hash, fingerprinted
from gapscan.config import Config
from gapscan.ingest import DEFAULT_LIMITS, Limits, format_of, is_candidate, parse_file
from gapscan.ingest.base import display_name, failed, heading_budget
from gapscan.model import (CHECKED_AS_PROCEDURE, BlockType, Document, DocumentResult, ExecutiveSummary, Finding,
                           Kind, Report, Scores, Severity, Status, Suppressed)
from gapscan.nlp.language import detect, not_english

AUDIT = "audit"
CHECK = "check"


@dataclass(frozen=True, kw_only=True)
class RunOptions:
    command: str = AUDIT
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    standard: str | None = None
    audit_dates: tuple[dt.date, ...] = ()
    jobs: int | None = None  # parser processes; None = number of CPUs (at most 8)
    limits: Limits = DEFAULT_LIMITS
    debug: bool = False  # re-raise rule errors instead of containing them
    timestamp: bool = True
    # the result cache (cache.py): off unless asked for, so a library caller's run stays pure;
    # cache_dir None is the user cache folder (or $GAPSCAN_CACHE_DIR)
    cache: bool = False
    cache_dir: Path | None = None
    report_unused_ignores: bool = False  # list suppressions that matched no finding (they then count as warnings)


class Progress(Protocol):
    """What a progress display is told: a stage starts (with the items it counts), items are done."""

    def stage(self, name: str, total: int | None) -> None: ...

    def update(self, done: int) -> None: ...


@dataclass
class Timings:
    """Seconds per stage, for --timings and bench/."""

    stages: dict[str, float] = field(default_factory=dict)
    cache: object | None = None  # the run's cache.Stats (hits, misses, writes by kind) when it used the cache
    progress: Progress | None = None  # every stage passes through here, so the display is told here

    _open: list[str] = field(default_factory=list)  # the stages being timed, innermost last

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[None]:
        """Time a stage. A stage timed inside another (done beside its workers) is not counted twice: its
        seconds are its own, taken off the stage around it, and the display keeps showing the outer one."""
        if self.progress is not None and not self._open:
            self.progress.stage(name, total)
        self._open.append(name)
        t0 = time.perf_counter()
        try:
            yield
        finally:
            spent = time.perf_counter() - t0
            self._open.pop()
            self.stages[name] = self.stages.get(name, 0.0) + spent
            if self._open:
                self.stages[self._open[-1]] = self.stages.get(self._open[-1], 0.0) - spent


class UsageError(Exception):
    """A path or option the user must fix (exit 2)."""


# ---------------------------------------------------------------------------- walking

def scan_root(paths: Sequence[Path]) -> Path:
    """The folder findings are relative to: the folder given, or the common parent."""
    bases = [p.resolve() if p.is_dir() else p.resolve().parent for p in paths]
    return Path(os.path.commonpath([str(b) for b in bases]))


def walk(paths: Sequence[Path], root: Path, exclude: Sequence[str] = ()) -> list[tuple[Path, str]]:
    """Files to parse as (absolute path, path relative to root), sorted.

    Skips hidden files and folders, Office lock files (~$*), symlinked folders (no loops),
    and symlinks whose target leaves the scanned tree.
    """
    from gapscan.classify import matches_glob

    found: dict[str, Path] = {}

    def consider(path: Path, inside: Path | None = None) -> None:
        """`inside`: where the file stands in the resolved tree (a folder given by a symlinked path is walked
        under that path, while `root` is resolved)."""
        name = path.name
        if name.startswith((".", "~$")) or not is_candidate(path):
            return
        try:
            if path.is_symlink():
                target = path.resolve(strict=True)
                if not target.is_relative_to(root) or target.is_dir():
                    return
        except (OSError, RuntimeError):  # broken link or a loop
            return
        inside = inside or path.absolute()
        rel = display_name(inside.relative_to(root).as_posix() if inside.is_relative_to(root) else path.name)
        if any(matches_glob(rel, pattern) for pattern in exclude):
            return
        found.setdefault(rel, path.absolute())

    for given in paths:
        if given.is_file() or (given.exists() and not given.is_dir()):
            consider(given)
            continue
        # a folder reached through a symlink ('~/clients/acme' -> '/mnt/share/acme'): its files are named from
        # the resolved folder, as root is; else every file fell back to its bare name and files of one name
        # in different folders (each team's README.md, each year's minutes) collapsed into one
        real = given.resolve()
        for folder, dirs, files in os.walk(given, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.startswith("__"))
            for name in sorted(files):
                path = Path(folder) / name
                consider(path, real / path.relative_to(given))
    return sorted(((p, rel) for rel, p in found.items()), key=lambda item: item[1])


# ---------------------------------------------------------------------------- parsing

# How the engine says a parse failed for a reason of the moment (time, memory, a dying process),
# not of the file: such a document is not cached, the next run tries the file again.
TOO_SLOW = "parsing took longer than"
PROCESS_DIED = "parser process died"
PROCESS_FAILED = "parser process failed"
TRANSIENT = (TOO_SLOW, PROCESS_DIED, PROCESS_FAILED, "file too large to read in memory", "cannot open file")


def _parse_job(source: str, rel: str, limits: Limits) -> Document:
    path = Path(source)
    try:
        reason = heading_budget(path, format_of(path), limits)
    except OSError:
        reason = None  # parse_file says why the file cannot be read
    if reason is not None:
        return failed(path=rel, source=path, format=format_of(path), reason=reason)
    doc = parse_file(path, rel, limits)
    # checked in the worker: a document over its budget is never shipped back whole
    return _within_budget(doc, limits)


def _limit_memory(extra: int) -> None:
    """Cap this worker's address space at what it holds now plus `extra` bytes.

    A parser library that allocates past it gets MemoryError (reported by parse_file) or
    dies; parse_all then re-parses the files that were in flight one by one.
    """
    import resource

    try:
        with open("/proc/self/statm") as fh:
            used = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (used + extra, used + extra))
    except (OSError, ValueError):  # no /proc (macOS): the time limit still holds
        pass


def parse_all(files: Sequence[tuple[Path, str]], *, jobs: int | None, limits: Limits,
              meanwhile=None, on_parsed: Callable[[int], None] | None = None) -> list[Document]:
    """Parse files in parallel processes; a file that hangs past the time limit or takes its
    worker down past the memory limit becomes an error, the others are parsed as usual.

    `meanwhile()` runs here once the first files are out to the workers, beside their parsing.
    """
    if not files:
        return []
    # Even one file is parsed in a worker process: a native parser library that loops on a
    # hostile file cannot be interrupted in-process, a worker can be killed at the time limit.
    workers = max(1, min(jobs or os.cpu_count() or 1, 8, len(files)))
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context(_start_method())
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["gapscan.engine"])  # imported once in the server, not in every worker
    results: dict[str, Document] = {}
    suspects: list[tuple[Path, str]] = []  # in flight when a worker died: re-parsed alone
    executor = _pool(ctx, workers, limits)
    try:
        # each file's path, its name in the set, and when a worker took it (None while it waits in line)
        pending: dict[Future, list] = {}
        queue = list(files)
        while queue or pending:
            # while this process runs `meanwhile` it hands out no file: the workers get enough to go on with
            ahead = workers * (AHEAD_MEANWHILE if meanwhile is not None else AHEAD)
            while queue and len(pending) < ahead:
                p, rel = queue.pop(0)
                pending[executor.submit(_parse_job, str(p), rel, limits)] = [p, rel, None]
            if meanwhile is not None:
                _started(pending, time.monotonic())
                meanwhile()
                meanwhile = None
            _started(pending, time.monotonic())
            done, _ = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                p, rel, _ = pending.pop(fut)
                try:
                    results[rel] = fut.result()
                except BrokenProcessPool:
                    suspects.append((p, rel))
                    broken = True
                except Exception as exc:
                    results[rel] = failed(path=rel, source=p, format=format_of(p),
                                          reason=f"{PROCESS_FAILED}: {type(exc).__name__}")
            now = time.monotonic()
            _started(pending, now)
            overdue = [f for f, (_, _, t0) in pending.items() if t0 is not None and now - t0 > limits.timeout_seconds]
            for fut in overdue:
                p, rel, _ = pending.pop(fut)
                results[rel] = _too_slow(p, rel, limits)
            if on_parsed is not None and (done or overdue):
                on_parsed(len(results))
            if overdue or broken:
                # a hung worker cannot be cancelled and a dead one breaks the pool: replace it
                for fut, (p, rel, _) in pending.items():
                    if broken:
                        suspects.append((p, rel))
                    else:
                        queue.insert(0, (p, rel))
                pending.clear()
                _kill(executor)
                executor = _pool(ctx, workers, limits)
    finally:
        _kill(executor)
    for p, rel in suspects:
        results[rel] = _parse_alone(ctx, p, rel, limits)
    return [results[rel] for _, rel in files]


# Files handed to the parse workers ahead of the ones they are parsing, per worker. Two keep a worker busy while
# this process waits on them; while it runs `meanwhile` (spaCy's load, about half a second of CPU) it hands out
# none, and with two a worker the workers had parsed their four files and sat idle for most of the load.
AHEAD = 2
AHEAD_MEANWHILE = 32


def _started(pending: Mapping[Future, list], now: float) -> None:
    """Start the time limit of each file a worker has taken since the last look (concurrent.futures marks a call
    running as it goes to the workers' queue, which holds one more than the workers): a file waiting behind the
    ones handed out ahead is not timed while it waits."""
    for future, item in pending.items():
        if item[2] is None and (future.running() or future.done()):
            item[2] = now


def _start_method() -> str:
    """fork where it is safe: a forked worker inherits the imports for free. pdfium is not safe to
    fork once loaded (a worker aborted inside get_page); no gapscan command loads it outside the
    workers, but a program or test session that parsed a PDF in-process has, and then the workers
    come from a fresh forkserver process: about 0.2 s more CPU per run (measured: starting it and
    importing the engine there), and the program's main module must be safe to import, as under spawn."""
    if not sys.platform.startswith("linux"):
        return "spawn"
    return "forkserver" if "pypdfium2" in sys.modules else "fork"


def _pool(ctx, workers: int, limits: Limits) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_limit_memory,
                               initargs=(limits.memory_bytes,))


def _parse_alone(ctx, p: Path, rel: str, limits: Limits) -> Document:
    """One file in a worker of its own, so a worker that dies names the file that killed it."""
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    executor = _pool(ctx, 1, limits)
    try:
        return executor.submit(_parse_job, str(p), rel, limits).result(timeout=limits.timeout_seconds)
    except FutureTimeout:
        return _too_slow(p, rel, limits)
    except BrokenProcessPool:
        return failed(path=rel, source=p, format=format_of(p),
                      reason=f"{PROCESS_DIED}: over the {limits.memory_bytes // (1024 * 1024):,} MB "
                             "memory limit, or the parser library crashed on this file")
    except Exception as exc:
        return failed(path=rel, source=p, format=format_of(p), reason=f"{PROCESS_FAILED}: {type(exc).__name__}")
    finally:
        _kill(executor)


def _too_slow(p: Path, rel: str, limits: Limits) -> Document:
    return failed(path=rel, source=p, format=format_of(p),
                  reason=f"{TOO_SLOW} {limits.timeout_seconds:.0f} s: skipped")


def _kill(executor: ProcessPoolExecutor) -> None:
    for proc in list(getattr(executor, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:
            pass
    executor.shutdown(wait=False, cancel_futures=True)


def parse_cached(files: Sequence[tuple[Path, str]], *, jobs: int | None, limits: Limits,
                 store, on_parsed: Callable[[int], None] | None = None,
                 lazy: bool = False) -> tuple[list[Document], dict[str, str]]:
    """parse_all, with each file's Document taken from the cache when its bytes, its path in the
    set and the limits are those it was parsed with; also each document's parse key by path
    (the root of its analysis keys). Without a store, parse_all and no keys.

    `lazy`: a cached document's blocks are decoded when first read (cache.load), so a run whose
    analysis is cached reads only those of the documents its report quotes."""
    if store is None:
        return parse_all(files, jobs=jobs, limits=limits, meanwhile=_nlp_loader(files), on_parsed=on_parsed), {}
    from gapscan import cache

    keys: dict[str, str] = {}
    digests: dict[str, str] = {}
    found: dict[str, Document] = {}
    todo: list[tuple[Path, str]] = []
    for p, rel in files:
        digest = _digest(p, limits)
        if digest is not None:
            digests[rel] = digest
            keys[rel] = cache.key("parse", rel, digest, limits)
            doc = store.get("parse", keys[rel], Document, defer=DEFERRED, fallback=_reparse_blocks(p, rel, limits))
            if doc is not cache.MISS:
                if not lazy:
                    cache.load(doc)
                # the same bytes elsewhere on disk (a moved or copied folder): only the source differs
                found[rel] = doc if doc.source == str(p) else cache.evolve(doc, source=str(p))
                continue
        todo.append((p, rel))
    cached = len(found)
    if on_parsed is not None and cached:
        on_parsed(cached)
    told = (lambda n: on_parsed(cached + n)) if on_parsed is not None else None
    for (p, rel), doc in zip(todo, parse_all(todo, jobs=jobs, limits=limits, meanwhile=_nlp_loader(todo),
                                             on_parsed=told)):
        found[rel] = doc
        transient = doc.error is not None and doc.error.startswith(TRANSIENT)
        # a file rewritten while it was parsed holds other bytes than the ones hashed: not stored
        changed = doc.sha256 is not None and doc.sha256 != digests.get(rel)
        if rel in keys and not transient and not changed:
            store.put("parse", keys[rel], doc, Document, defer=DEFERRED)
    return [found[rel] for _, rel in files], keys


# The fields of a parse entry kept apart from the rest, to be decoded only when read: blocks hold a
# document's text and tables (nearly all of its entry); what identifies and places it stays eager.
DEFERRED = ("blocks",)


def _reparse_blocks(p: Path, rel: str, limits: Limits) -> Callable[[], dict]:
    """What rebuilds a cached document's blocks should its entry's deferred part not decode."""
    return lambda: {"blocks": _parse_job(str(p), rel, limits).blocks}


# Formats a procedure or review comes in: a freshly parsed one needs the spaCy pipeline.
TEXT_FORMATS = {"docx", "pdf", "md", "adoc", "rst", "html", "txt", "odt"}


def _nlp_loader(files: Sequence[tuple[Path, str]]):
    """Loading spaCy, its pipeline and the sentence model (about a second, once per process), to
    run while the workers parse, when a file to parse is of a format procedures come in; else None.
    Loaded in this process's own thread of control, never a second thread: the stages after parsing
    fork workers, which must not inherit a half-done import."""
    if not any(format_of(p) in TEXT_FORMATS for p, _ in files):
        return None

    def load() -> None:
        from gapscan.nlp.pipeline import get_nlp
        from gapscan.nlp.sentence_model import load as load_model

        try:
            get_nlp()
            load_model()
        except Exception:  # noqa: BLE001 - the nlp stage loads it again, and says why it cannot
            pass

    return load


def _digest(path: Path, limits: Limits) -> str | None:
    """sha256 of a regular file's bytes; None for what parse_file refuses without reading it
    (a pipe would block the read, a file over the size limit is not read) or cannot read."""
    import hashlib
    import stat

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limits.max_file_bytes:
            return None
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


# ---------------------------------------------------------------------------- budgets

def over_budget(doc: Document, limits: Limits) -> str | None:
    """Why the analysis stages will not take this document on, or None.

    Checked before any of them starts, from sizes the parser already knows, so a huge
    document costs its parsing and nothing more. Headings and blocks bound mirroring and
    claims on every kind; the text of a procedure or review bounds the spaCy pass; the
    cells of a record bound its profile and the drift checks that walk its rows.
    """
    if not doc.ok:
        return None
    headings = sum(1 for b in doc.blocks if b.type is BlockType.HEADING)
    sizes = [(headings, limits.max_headings, "headings"), (len(doc.blocks), limits.max_blocks, "blocks")]
    if doc.kind in (Kind.PROCEDURE, Kind.REVIEW):
        chars = sum(len(b.text) for b in doc.text_blocks())
        sizes.append((chars, limits.max_analysis_chars, "characters of text"))
    elif doc.kind is Kind.RECORD:
        cells = sum(len(t.rows) * max(len(t.header), 1) for t in doc.tables())
        sizes.append((cells, limits.max_record_cells, "table cells"))
    for size, limit, what in sizes:
        if size > limit:
            return f"analysis stopped: {size:,} {what}, over the {limit:,} limit"
    return None


def _within_budget(doc: Document, limits: Limits) -> Document:
    return _stopped(doc, over_budget(doc, limits))


def _stopped(doc: Document, reason: str | None) -> Document:
    """The document as an error saying why analysis stopped (reason from over_budget), or itself."""
    if reason is None:
        return doc
    return replace(failed(path=doc.path, source=Path(doc.source), format=doc.format, reason=reason),
                   kind=doc.kind, kind_reason=doc.kind_reason, pages=doc.pages, sha256=doc.sha256)


def linked_subset(documents: Sequence[Document], limits: Limits) -> tuple[list[Document], list[str]]:
    """The documents the cross-document stages (linking, drift, rules) take, and one line per
    kind they leave out: past the limit, procedures and records are taken in path order."""
    kept: list[Document] = []
    left: dict[Kind, list[str]] = {Kind.PROCEDURE: [], Kind.RECORD: []}
    caps = {Kind.PROCEDURE: limits.max_linked_procedures, Kind.RECORD: limits.max_linked_records}
    taken = dict.fromkeys(caps, 0)
    for doc in documents:
        if doc.ok and doc.kind in caps:
            if taken[doc.kind] >= caps[doc.kind]:
                left[doc.kind].append(doc.path)
                continue
            taken[doc.kind] += 1
        kept.append(doc)
    notes = []
    for kind, paths in left.items():
        if paths:
            shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3:,} more" if len(paths) > 3 else "")
            notes.append(f"linking and rules left out {len(paths):,} {kind.value}s over the {caps[kind]:,} "
                         f"{kind.value} limit: {shown}")
    return kept, notes


# ---------------------------------------------------------------------------- per-document stages

def cached_map(kind: str, fn, docs: list[Document], hint, store, keys: Mapping[str, str],
               *settings) -> list:
    """fn(docs) -> results in order, with each document's result taken from the cache under
    (its parse key, its kind, settings) when there, and stored when made. A document without
    a parse key (read without the cache, or unhashable) is always computed."""
    out, entry_keys = _cache_lookup(kind, docs, hint, store, keys, *settings)
    todo = [i for i, value in enumerate(out) if value is _TODO]
    if todo:
        for i, value in zip(todo, fn([docs[i] for i in todo])):
            out[i] = _cache_store(kind, store, entry_keys.get(i), value, hint)
    return out


_TODO = object()  # a result neither cached nor made yet


def _cache_lookup(kind: str, docs: Sequence[Document], hint, store, keys: Mapping[str, str],
                  *settings) -> tuple[list, dict[int, str]]:
    """Each document's cached result of this kind, _TODO where there is none; and the entry key of
    each document that has a parse key (where a result made now is stored)."""
    if store is None:
        return [_TODO] * len(docs), {}
    from gapscan import cache

    out: list = []
    entry_keys: dict[int, str] = {}
    for i, d in enumerate(docs):
        value = _TODO
        if d.path in keys:
            entry_keys[i] = cache.key(kind, keys[d.path], d.kind, *settings)
            found = store.get(kind, entry_keys[i], hint)
            if found is not cache.MISS:
                value = found
        out.append(value)
    return out, entry_keys


def _cache_store(kind: str, store, entry_key: str | None, value, hint):
    if entry_key is not None:
        store.put(kind, entry_key, value, hint)
    return value


def classify_cached(documents: list[Document], kinds, store, keys: Mapping[str, str],
                    limits: Limits | None = None, jobs: int | None = 1,
                    profiles: dict | None = None, date_orders=None, named: dict | None = None) -> list[Document]:
    """classify.classify over the documents, each document's (kind, reason) from the cache when
    its content and the config's [kinds] are those it was classified with. With `limits`, a
    document over its kind's budget (over_budget) comes back as an error saying so: the verdict
    is cached beside the kind, so a cached document's content is not read for it. So is the
    language of a procedure or review (nlp/language.py), which rules read through English word
    lists ask before judging it.

    With `jobs` above 1, a large set is classified in forked processes: each document's kind is
    its own, and classifying runs in the parent while the other core would otherwise wait.

    `profiles`, a dict: when the set is classified in forked processes, each record they classify (ok, within
    its budget) is profiled there too (records.profile with `date_orders`, detached), by path, for
    profile_records to take instead of profiling it again. The workers read the record's cells anyway to
    classify it; profiled later in the parent, beside the nlp workers, every page of cells the parent read was
    copied (the workers still mapped it): 164 MB of the 500-document set held twice at the run's memory peak.

    `named`, a dict: likewise, each document the forked workers classify is read for the standards it names there
    (nlp.mirroring.standards_named of the document as it comes out of here), by path, for the nlp stage to take
    (_run_named) instead of reading every document again in this process while both workers wait for it."""
    from gapscan.classify import classify
    from gapscan.parallel import fork_map

    if named is not None:
        import importlib

        importlib.import_module("gapscan.nlp.mirroring")  # once, here, not in each worker (the nlp stage needs it after)

    def chunk(docs: list[Document]) -> list:
        out = []
        worker = os.getpid() != parent
        for c in (classify(d, kinds) for d in docs):
            budget = None if limits is None else over_budget(c, limits)
            out.append((c.kind, c.kind_reason, budget,
                        detect(c) if c.ok and c.kind in (Kind.PROCEDURE, Kind.REVIEW) else None,
                        # only in a forked worker: in this process, the records stage profiles them beside the
                        # nlp workers
                        _early_profile(c, date_orders) if worker and profiles is not None and budget is None
                        and c.ok and c.kind is Kind.RECORD else None,
                        _early_named(_stopped(c, budget)) if worker and named is not None else None))
        return out

    parent = os.getpid()

    def compute(docs: list[Document]) -> list:
        cells = sum(len(b.table.rows) if b.table is not None else 1 for d in docs for b in d.blocks)
        found = fork_map(chunk, docs, workers=jobs, parallel=cells >= PARALLEL_MIN_CLASSIFY,
                         chunks_per_worker=CLASSIFY_CHUNKS_PER_WORKER)
        for d, result in zip(docs, found):
            if result[4] is not None:
                profiles[d.path] = result[4][0]  # (detached profile, its register columns) or None
            if result[5] is not None:
                named[d.path] = result[5]
        return [result[:4] for result in found]

    found = cached_map("kind", compute, documents, tuple[Kind, str, str | None, str | None], store, keys, kinds,
                       limits)
    from gapscan.cache import evolve

    return [_stopped(evolve(d, kind=kind, kind_reason=reason, language=language)
                     if (kind, reason, language) != (d.kind, d.kind_reason, d.language) else d, budget)
            for d, (kind, reason, budget, language) in zip(documents, found)]


def _early_profile(doc: Document, date_orders) -> tuple | None:
    """classify_cached's profile of a record it classified: a 1-tuple of (the profile, detached; its register
    columns, which drift.prepare reads: here, where the cells are read anyway), or of None where the record has
    no profile. None where either failed: the records or the drift stage reads it again and says why, in its
    place, as without this."""
    from gapscan import drift, records

    try:
        prof = records.profile(doc, date_orders=date_orders)
        return (None if prof is None else (records.detach(prof, doc), drift.register_columns_of(doc.path, prof)),)
    except Exception:
        return None


def _early_named(doc: Document) -> frozenset[str] | None:
    """classify_cached's reading of the standards one document names (None where it failed: read again later)."""
    from gapscan.nlp.mirroring import standards_named

    try:
        return standards_named([doc])
    except Exception:
        return None


def _run_named(documents: Sequence[Document], found: Mapping[str, frozenset[str]] | None) -> frozenset[str]:
    """mirroring.standards_named(documents): the standards each document names, taken from `found` (by path: read
    where the document was classified) where it is there, read here for the others. The run names the union of
    what its files name, each file read alone (standards_named reads each document apart from the others)."""
    from gapscan.nlp.mirroring import standards_named

    found = found or {}
    return frozenset().union(standards_named([d for d in documents if d.path not in found]),
                             *(found[d.path] for d in documents if d.path in found))


def analyze_texts(texts: list[Document], standard: str | None, jobs: int | None, store=None,
                  keys: Mapping[str, str] = {}, named: Iterable[str] | None = None) -> dict:
    """Clause-mirroring analysis by path, split over processes when there is enough text to pay for it."""
    return read_texts(texts, [], standard, jobs, store, keys, named=named)[0]


def extract_claims(procedures: list[Document], store, keys: Mapping[str, str]) -> dict:
    """Each procedure's claims (nlp/claims.py) by path, from the cache where it has them. A
    procedure whose extraction fails is left out: drift extracts it again and says why."""
    return read_texts([], procedures, None, None, store, keys)[1]


def read_texts(texts: list[Document], procedures: list[Document], standard: str | None, jobs: int | None,
               store=None, keys: Mapping[str, str] = {}, meanwhile=None,
               named: Iterable[str] | None = None) -> tuple[dict, dict]:
    """The nlp stage: the clause-mirroring analysis of each of `texts` and the claims of each of
    `procedures`, by path, from the cache where it has them; what is left is made in one pass over
    the documents, split over processes when there is enough text to pay for it. A procedure's
    claims read the spaCy Docs its mirroring analysis made (the same texts are not tokenised
    twice); a procedure whose claim extraction fails is left out of the claims: drift extracts it
    again and says why. Each document's results are its own, so any chunking gives the same.
    `meanwhile(busy)`: parallel.fork_map's, run here while the workers read, when they are forked.
    `named`: the standards the run names (mirroring.standards_named over all its files), which a text not forced
    to `standard` is read against; part of each analysis's cache key, as `standard` is, since a file added to the
    run or edited to name another standard changes what every text of it is read against."""
    from gapscan.parallel import fork_map

    named = () if standard else tuple(sorted(set(named or ())))
    mirrored, mirror_keys = _cache_lookup("mirroring", texts, _hint("mirroring"), store, keys, standard, named)
    claimed, claim_keys = _cache_lookup("claims", procedures, _hint("claims"), store, keys)
    # the documents with work left, in order, each with what it needs
    work: dict[str, list] = {}
    for i, d in enumerate(texts):
        if mirrored[i] is _TODO:
            work.setdefault(d.path, [d, None, None])[1] = i
    for i, d in enumerate(procedures):
        if claimed[i] is _TODO:
            work.setdefault(d.path, [d, None, None])[2] = i
    items = list(work.values())

    def chunk(part: list) -> list:
        import gc

        from gapscan.nlp import mirroring

        out = []
        # spaCy makes a Token or Span object for nearly every word it is asked about, and each 700 of them
        # started a collection (a twentieth of the stage's CPU, for the few cycles they hold); the threshold
        # is put back after, for the stages that follow in this process
        threshold = gc.get_threshold()
        gc.set_threshold(max(threshold[0], NLP_GC_THRESHOLD), *threshold[1:])
        try:
            # a few documents at a time: their Docs are held until their claims are read
            for start in range(0, len(part), READ_BATCH):
                batch = part[start:start + READ_BATCH]
                parsed: dict[str, dict] = {}
                mirror = [d for d, m, _ in batch if m is not None]
                found = mirroring.analyze_many(mirror, standard=standard, parsed=parsed,
                                               named=named) if mirror else {}
                out.extend((found.get(d.path) if m is not None else None,
                            _claims_or_none(d, parsed.get(d.path)) if c is not None else None)
                           for d, m, c in batch)
        finally:
            gc.set_threshold(*threshold)
        return out

    if items:
        words = sum(len(b.text.split()) for d, _, _ in items for b in d.blocks)
        results = fork_map(chunk, items, workers=jobs, parallel=len(items) >= 4 and words >= PARALLEL_MIN_WORDS,
                           meanwhile=meanwhile, chunks_per_worker=NLP_CHUNKS_PER_WORKER)
        for (d, m, c), (analysis, claims) in zip(items, results):
            if m is not None:
                mirrored[m] = _cache_store("mirroring", store, mirror_keys.get(m), analysis, _hint("mirroring"))
            if c is not None:
                claimed[c] = _cache_store("claims", store, claim_keys.get(c), claims, _hint("claims"))
    return ({d.path: a for d, a in zip(texts, mirrored) if a is not None},
            {d.path: c for d, c in zip(procedures, claimed) if c is not None})


def _claims_or_none(doc: Document, parsed: Mapping[str, object] | None):
    from gapscan.nlp.claims import extract_claims as extract

    try:
        return extract(doc, parsed)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, ZeroDivisionError):
        return None


READ_BATCH = 16  # documents whose spaCy Docs a worker holds at once (a few MB each)
# The nlp stage's documents go out in this many strided chunks per worker, each taken by the first free worker: the
# parent profiles records beside them (read_texts' meanwhile), which slows one worker more than the other, and
# the cores stay busy to the end when the slower one takes fewer chunks
NLP_CHUNKS_PER_WORKER = 4
# The classify stage's documents go out in this many strided chunks per worker: each chunk's results (the records'
# profiles, 5.6 MB pickled on the 500-document set) are pickled, sent and read here while the workers go on with
# the next, not all at once after the last document with both cores but this one's idle
CLASSIFY_CHUNKS_PER_WORKER = 4
NLP_GC_THRESHOLD = 20_000  # new objects between two collections in the nlp stage (Python's default: 700)
PARALLEL_MIN_WORDS = 40_000  # below these sizes, forking costs more than the work
PARALLEL_MIN_ROWS = 50_000
PARALLEL_MIN_CLASSIFY = 20_000  # blocks and table rows


# The rule families that read only the documents, their mirroring analyses and the standards named (the Context's
# documents, mirroring, standard, options and named): `check` runs only these, and an audit runs them beside drift's
# workers (_analyse). A rule of these families must not read records, drift or audit dates.
TEXT_RULES = ("CM",)

PARENT_GC_THRESHOLD = 20_000  # new objects between two collections in the parent's analysis (Python's default: 700)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    import gc

    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], PARENT_GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def profile_records(docs: list[Document], date_orders, jobs: int | None, store=None,
                    keys: Mapping[str, str] = {}, made: Mapping[str, object] | None = None) -> dict:
    """Record profiles by path; a large set is split over forked processes (each profile is
    independent of the others). `made`: profiles already made (detached, by path: classify_cached's),
    taken instead of profiling those documents again."""
    from gapscan import records
    from gapscan.parallel import fork_map

    def chunk(part: list[Document]) -> list:
        # a profile's tables are its document's: they come back as places in it, not as cells again
        return [None if (prof := records.profile(d, date_orders=date_orders)) is None else records.detach(prof, d)
                for d in part]

    def compute(docs: list[Document]) -> list:
        ready = made or {}
        todo = [d for d in docs if d.path not in ready]
        rows = sum(len(t.rows) for d in todo for t in d.tables())
        found = iter(fork_map(chunk, todo, workers=jobs, parallel=len(todo) >= 4 and rows >= PARALLEL_MIN_ROWS)
                     if todo else ())
        return [ready[d.path] if d.path in ready else next(found) for d in docs]

    # cached detached too: the cells are the document's, read once from its own entry, not a second copy
    results = cached_map("profile", compute, docs, _hint("profile"), store, keys, dict(date_orders or {}))
    profiles = {d.path: records.attach(sent, d) for d, sent in zip(docs, results) if sent is not None}
    # the logs of a file that holds several are read apart here, after the cache (its entries stay the file's)
    for d in docs:
        if d.path in profiles and len(d.tables()) > 1:
            found = records.logs(d, profiles[d.path], date_orders)
            if found:
                profiles[d.path] = replace(profiles[d.path], logs=found)
    return profiles


def _hint(kind: str):
    """The type a cached value of this kind decodes to (imported only when the cache is used)."""
    if kind == "mirroring":
        from gapscan.nlp.mirroring import MirroringAnalysis

        return MirroringAnalysis | None
    if kind == "claims":
        from gapscan.nlp.claims import Claim

        return tuple[Claim, ...] | None
    from gapscan.records import Detached

    return Detached | None


# ---------------------------------------------------------------------------- the run

@dataclass(frozen=True, kw_only=True)
class Analysis:
    """What the analysis stages make of a run's documents: everything in a Report but the
    documents themselves, the paths and the time. Cached whole (kind "report") under a key of
    every document's key and every setting, so an unchanged rerun skips those stages; in the
    cache, each result's document is cut down to its path and format (see _bare)."""

    results: tuple[DocumentResult, ...]
    findings: tuple[Finding, ...]
    summary: ExecutiveSummary | None
    audit_dates: tuple[dt.date, ...]
    audit_dates_inferred: bool
    run_errors: tuple[str, ...]
    rules_ran: tuple[str, ...] = ()  # the codes of the rules that ran (what a diff or baseline can compare)
    suppressed: tuple[Suppressed, ...] = ()
    suppression_warnings: tuple[str, ...] = ()
    unused_ignores: tuple[str, ...] = ()


def run(paths: Sequence[Path], config: Config, options: RunOptions,
        timings: Timings | None = None, warn=None) -> Report:
    """The whole pipeline. Never raises for file content; UsageError for bad paths."""
    timings = timings or Timings()
    warn = warn or (lambda msg: print(f"gapscan: {msg}", file=sys.stderr))
    missing = [str(p) for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")
    root = scan_root(paths)
    exclude, kinds = config.exclude, config.kinds
    if options.command == CHECK:
        # linter lines must name files the way the user can open them: relative to the cwd
        cwd = Path.cwd().resolve()
        if all(p.resolve().is_relative_to(cwd) for p in paths):
            # the config's path globs are written relative to the scanned folder, as `audit` reads them
            exclude, kinds = _rebased(exclude, root, cwd), _rebased(kinds, root, cwd)
            root = cwd
    store = open_cache(paths, options, warn)
    if store is not None:
        timings.cache = store.stats

    with timings.stage("walk"):
        files = walk(paths, root, exclude)
    with timings.stage("parse", total=len(files)):
        documents, keys = parse_cached(files, jobs=options.jobs, limits=options.limits, store=store,
                                       on_parsed=timings.progress.update if timings.progress else None, lazy=True)
    with timings.stage("classify"):
        # an audit's records are profiled by the classify workers, which read their cells anyway (classify_cached):
        # by path, (detached profile, register columns) or None
        made: dict | None = {} if options.command == AUDIT else None
        # and the standards each document names, read by those workers as they classify it (check changes some
        # documents' kinds after this: there they are read by the nlp stage, as before)
        named: dict | None = {} if options.command == AUDIT else None
        documents = classify_cached(documents, kinds, store, keys, options.limits, jobs=options.jobs,
                                    profiles=made, date_orders=config.dates, named=named)
        if options.command == CHECK:
            # a file named on the command line is checked whatever it looks like; in a folder, `check` judges
            # the procedures (and lists the files it could not read, so a broken draft is not passed over);
            # the other files stay in the report unjudged, with their kind and its reason, so a procedure the
            # classifier took for a record is seen to be left out rather than silently missing
            named = {p.resolve() for p in paths if not p.is_dir()}
            from gapscan.classify import SPREADSHEETS

            # except a spreadsheet: its cells are not a procedure's text, and clause-mirroring rules on a table
            # report nonsense ("150 operational anchors per 1000 words"). It stays in the report as what it
            # is, unjudged, so `gapscan check $(git diff --name-only)` in CI still passes over a changed register
            sheets = {d.path for d, (source, _) in zip(documents, files)
                      if source.resolve() in named and d.ok and d.format in SPREADSHEETS}
            documents = [_as_procedure(d) if source.resolve() in named and d.path not in sheets else d
                         for d, (source, _) in zip(documents, files)]
            # a file checked as a procedure is held to a procedure's budget
            documents = [_within_budget(d, options.limits) if d.kind in (Kind.PROCEDURE, Kind.REVIEW) else d
                         for d in documents]

    linked, notes = linked_subset(documents, options.limits)
    notes += _model_notes(documents)
    for note in notes:
        warn(note)
    run_key = _run_key(documents, keys, config, options) if store is not None else None
    analysis = None
    if run_key is not None:
        from gapscan import cache

        with timings.stage("cache"):
            analysis = store.get("report", run_key, Analysis)
        if analysis is cache.MISS or [r.document.path for r in analysis.results] != [d.path for d in documents]:
            analysis = None
        else:
            analysis = replace(analysis, results=tuple(replace(r, document=d)
                                                       for r, d in zip(analysis.results, documents)))
            for line in analysis.run_errors:
                if line not in notes:  # the stage and rule failures of the run that made it, said again
                    warn(line)
            for line in analysis.suppression_warnings + analysis.unused_ignores:
                warn(line)
    if analysis is None:
        if store is not None:
            from gapscan import cache

            # every stage reads the documents: decoded here, once, not in each forked worker
            with timings.stage("parse"):
                for d in documents:
                    cache.load(d)
        # the analysis makes few objects that die in cycles, and each full collection walks every parsed document
        # (0.03-0.17 s each on the 500-document set, five or six a run, finding nothing): fewer of them
        with _fewer_collections():
            analysis = _analyse(documents, linked, notes, config, options, timings, warn, store, keys, root,
                                {path: v and v[0] for path, v in (made or {}).items()},
                                {path: v[1] for path, v in (made or {}).items() if v}, named)
        if run_key is not None:
            with timings.stage("cache"):
                store.put("report", run_key, replace(analysis, results=tuple(
                    replace(r, document=_bare(r.document)) for r in analysis.results)), Analysis)
    if store is not None and store.stats.writes:
        with timings.stage("cache"):
            store.prune()
    generated = (dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
                 if options.timestamp else None)
    return Report(root=display_name(" ".join(str(p) for p in paths)), base=display_name(str(root)),
                  tool_version=__version__, command=options.command,
                  documents=analysis.results, findings=analysis.findings, generated_at=generated,
                  summary=analysis.summary, audit_dates=analysis.audit_dates,
                  audit_dates_inferred=analysis.audit_dates_inferred, run_errors=analysis.run_errors,
                  select=tuple(options.select or config.select), ignore=tuple(options.ignore or config.ignore),
                  rules_ran=analysis.rules_ran, config_hash=config_hash(config), suppressed=analysis.suppressed,
                  suppression_warnings=analysis.suppression_warnings, unused_ignores=analysis.unused_ignores)


NO_SENTENCE_MODEL = ("sentence model not installed (models/sentence_textcat): the verdicts and CM03 were read by "
                     "the word lists alone and can differ from a full install; reinstall gapscan")


def _model_notes(documents: list[Document]) -> list[str]:
    """A run whose procedures are judged without the shipped sentence model says so in every report: the verdicts
    and CM03 then come from the word lists alone (a copy of src/ without models/ gave CM03 10 findings on a set
    where the full install gives 91), and nothing else in the report would show it."""
    if not any(d.ok and d.kind is Kind.PROCEDURE for d in documents):
        return []
    from gapscan.nlp import sentence_model

    return [NO_SENTENCE_MODEL] if sentence_model.model_path() is None else []


def _analyse(documents: list[Document], linked: list[Document], notes: list[str], config: Config,
             options: RunOptions, timings: Timings, warn, store, keys: Mapping[str, str], root: Path,
             made: Mapping[str, object] | None = None, registers: Mapping[str, tuple] | None = None,
             named_by_path: Mapping[str, frozenset[str]] | None = None) -> Analysis:
    """The analysis stages (nlp, records, drift, rules, summary) over classified documents; `made`: records'
    profiles classify_cached made (detached, by path), `registers` their register columns (drift.prepare's),
    `named_by_path` the standards each document names (classify_cached's, by path; _run_named)."""
    from gapscan.rules.base import Context
    from gapscan.rules.registry import select as select_rules

    standard = options.standard or config.standard
    mirroring: dict = {}
    profiles: dict = {}
    drift = None
    audit_dates = tuple(sorted(set(options.audit_dates or config.audit_dates)))
    inferred = False

    def contained(stage: str, fn):
        try:
            with timings.stage(stage):
                return fn()
        except Exception as exc:
            if options.debug:
                raise
            notes.append(f"{stage} stage failed: {type(exc).__name__}: {exc}")
            warn(notes[-1])
            return None

    texts = [d for d in documents if d.ok and d.kind in (Kind.PROCEDURE, Kind.REVIEW)]
    # the claims drift checks, read in the nlp stage from the Docs clause mirroring makes
    procedures = [d for d in linked if d.ok and d.kind is Kind.PROCEDURE] if options.command == AUDIT else []
    claims = None
    record_docs = [d for d in linked if d.ok and d.kind is Kind.RECORD] if options.command == AUDIT else []
    # The records stage needs nothing from the nlp stage: while the nlp workers read, this process profiles
    # records one by one (it would otherwise wait, and then profile them with a core idle at each end: the
    # fork, the last chunk, the profiles pickled back). What is left when the workers are done is profiled
    # in the records stage as before. Each profile is its document's own, so the split changes none.
    early: dict[str, object] = {}
    done_early: list[Document] = []
    failed_early: list[Exception] = []
    # When the records are all profiled before the workers are done, drift's first half (the record index:
    # drift.prepare, which reads no claim) is built here too; a failure is said by the drift stage, in its place
    prepared: list = []
    failed_prepare: list[Exception] = []

    def records_meanwhile(busy) -> None:
        with timings.stage("records"):
            try:
                for d in record_docs:
                    if not busy():
                        break
                    early.update(profile_records([d], config.dates, 1, store, keys, made))
                    done_early.append(d)
            except Exception as exc:  # said by the records stage, in its place
                failed_early.append(exc)
        if failed_early or len(done_early) < len(record_docs) or not busy():
            return
        from gapscan import drift as drift_mod

        with timings.stage("drift"):
            try:
                given = profiled(early)
                prepared.append((given, drift_mod.prepare(linked, given, config_links=config.links,
                                                          thresholds=drift_mod.thresholds_from(config.rules),
                                                          registers=registers)))
            except Exception as exc:
                failed_prepare.append(exc)

    def profiled(found: Mapping[str, object]) -> dict:
        return {d.path: found[d.path] for d in record_docs if d.path in found}

    run_named: frozenset[str] | None = None  # standards_named(documents), where read (the rules take it: ctx.named)
    if texts:
        # what the run's files name is what each text is read against (a text alone guesses from its own headings)
        if not standard:
            with timings.stage("nlp"):  # part of the nlp stage's reading, in this process before its workers start
                run_named = _run_named(documents, named_by_path)
        named = () if standard else run_named
        mirroring, claims = contained("nlp", lambda: read_texts(texts, procedures, standard, options.jobs, store,
                                                                keys, records_meanwhile if record_docs else None,
                                                                named=named)
                                      ) or ({}, None)
    rules = select_rules(list(options.select or config.select), list(options.ignore or config.ignore))
    if options.command == CHECK:
        rules = tuple(r for r in rules if r.code.startswith(TEXT_RULES))
    named_for_rules = run_named if len(linked) == len(documents) else None
    # The rules that read only the texts and their mirroring (TEXT_RULES: what `check` runs, with no records and no
    # drift) are run in this process beside drift's workers, which they need nothing from; the rules loop below
    # takes their findings (or their failure) in its order, as if run there
    early_findings: dict[str, object] = {}

    def rules_meanwhile(busy) -> None:
        text_ctx = Context(documents=tuple(linked), mirroring=mirroring, standard=standard, options=config.rules,
                           named=named_for_rules)
        with timings.stage("rules"):
            for rule in rules:
                if rule.check is not None and rule.code.startswith(TEXT_RULES):
                    try:
                        early_findings[rule.code] = list(rule.check(text_ctx))
                    except Exception as exc:  # said by the rules loop, in its place
                        early_findings[rule.code] = exc

    if options.command == AUDIT:
        from gapscan import drift as drift_mod

        def records_stage() -> dict:
            if failed_early:
                raise failed_early[0]
            if prepared:  # the profiles drift's first half read
                return prepared[0][0]
            rest = record_docs[len(done_early):]
            found = {**early, **profile_records(rest, config.dates, options.jobs, store, keys, made)} if rest else early
            return profiled(found)

        profiles = contained("records", records_stage) or {}

        def drift_stage():
            if failed_prepare:
                raise failed_prepare[0]
            if prepared:
                return drift_mod.finish(prepared[0][1], claims, meanwhile=rules_meanwhile)
            return drift_mod.finish(drift_mod.prepare(linked, profiles, config_links=config.links,
                                                      thresholds=drift_mod.thresholds_from(config.rules),
                                                      registers=registers), claims, meanwhile=rules_meanwhile)

        from gapscan.parallel import held

        # drift's workers send back each procedure's claims with its checks: the ones read in the nlp stage
        # (held here) come back as references to these, not as copies (15 MB pickled on the 500-document set)
        with held(c for found in (claims or {}).values() for c in found):
            drift = contained("drift", drift_stage)
        if not audit_dates:
            from gapscan import auditdates

            audit_dates = contained("audit dates", lambda: tuple(auditdates.infer(documents))) or ()
            inferred = bool(audit_dates)

    ctx = Context(documents=tuple(linked), mirroring=mirroring, records=profiles, drift=drift,
                  audit_dates=audit_dates, audit_dates_inferred=inferred, standard=standard,
                  options=config.rules,
                  # the rules read the same files' names (cm._standards_named) unless the limits left some out
                  named=named_for_rules)
    findings: list[Finding] = []
    rule_errors: list[str] = []
    with timings.stage("rules"):
        for rule in rules:
            if rule.check is None:
                continue
            try:
                if rule.code in early_findings:
                    found = early_findings.pop(rule.code)
                    if isinstance(found, Exception):
                        raise found
                else:
                    found = list(rule.check(ctx))
            except Exception as exc:
                if options.debug:
                    raise
                where = traceback.extract_tb(exc.__traceback__)[-1]
                rule_errors.append(f"{rule.code} failed: {type(exc).__name__}: {exc} "
                                   f"({Path(where.filename).name}:{where.lineno})")
                warn(rule_errors[-1])
                continue
            level = config.severity.get(rule.code)
            findings.extend(replace(f, severity=level) if level else f for f in found)
    findings = fingerprinted(findings)
    findings.sort(key=Finding.sort_key)
    from gapscan import suppress

    ran = {r.code for r in rules if r.check is not None}
    outcome = suppress.apply(findings, documents, config.ignores, ran=ran, root=root, config=config.source,
                             report_unused=options.report_unused_ignores)
    findings = list(outcome.kept)
    for line in outcome.warnings + outcome.unused:
        warn(line)

    results = tuple(_result(d, mirroring.get(d.path), drift) for d in documents)
    summary = None
    if options.command == AUDIT:
        from gapscan import summary as summary_mod

        summary = contained("summary", lambda: summary_mod.build(results, findings, ctx))
    return Analysis(results=results, findings=tuple(findings), summary=summary, audit_dates=audit_dates,
                    audit_dates_inferred=inferred, run_errors=tuple(rule_errors + notes),
                    rules_ran=tuple(r.code for r in rules if r.check is not None), suppressed=outcome.suppressed,
                    suppression_warnings=outcome.warnings, unused_ignores=outcome.unused)


# ---------------------------------------------------------------------------- the cache

def open_cache(paths: Sequence[Path], options: RunOptions, warn):
    """The run's cache.Cache, or None (not asked for, or its folder lies in the scanned tree).

    gapscan never writes into what it scans: a --cache-dir or $GAPSCAN_CACHE_DIR there is a
    usage error; the default folder there (scanning one's home folder) is left unused, said once.
    """
    if not options.cache:
        return None
    from gapscan import cache

    folder = (options.cache_dir or cache.default_dir()).absolute().resolve()
    for p in paths:
        scanned = p.absolute().resolve()
        if folder == scanned or (scanned.is_dir() and folder.is_relative_to(scanned)):
            if options.cache_dir is not None or os.environ.get(cache.ENV_DIR):
                raise UsageError(f"the cache folder {folder} is inside the scanned folder {p}: gapscan never "
                                 "writes into what it scans; choose a --cache-dir outside it")
            warn(f"the cache folder {folder} is inside the scanned folder {p}: running without the cache")
            return None
    return cache.Cache(folder)


def _run_key(documents: Sequence[Document], keys: Mapping[str, str], config: Config,
             options: RunOptions) -> str | None:
    """The key of a run's Analysis: each document's content (its parse key) and classification,
    the config, the options, and today's date (the rules read it); None when a readable
    document has no parse key (its content is unknown)."""
    from gapscan import cache

    docs = []
    for d in documents:
        if d.ok and d.path not in keys:
            return None
        docs.append((d.path, keys.get(d.path), d.kind, d.kind_reason, d.status, d.error))
    settings = replace(options, jobs=None, timestamp=True, cache=True, cache_dir=None)
    return cache.key("report", docs, replace(config, source=None), settings, dt.date.today().isoformat())


def _rebased(patterns, scanned: Path, root: Path):
    """Path globs relative to the `scanned` folder, made relative to `root` (its parent or itself); an entry may be
    a glob or a (glob, value) pair."""
    prefix = scanned.relative_to(root).as_posix()
    if prefix == ".":
        return patterns

    def one(glob: str) -> str:
        return f"{prefix}/{glob.strip().lstrip('./')}"
    return tuple(one(p) if isinstance(p, str) else (one(p[0]), *p[1:]) for p in patterns)


def _bare(doc: Document) -> Document:
    """A document cut down to what identifies it: the Analysis cache entry holds it instead of the
    whole document, which has its own parse entry."""
    return Document(path=doc.path, source="", format=doc.format)


def _as_procedure(doc: Document) -> Document:
    if not doc.ok or doc.kind in (Kind.PROCEDURE, Kind.REVIEW):
        return doc
    return replace(doc, kind=Kind.PROCEDURE, language=detect(doc),
                   kind_reason=f"{CHECKED_AS_PROCEDURE} (gapscan check; content looked like {doc.kind.value}: "
                               f"{doc.kind_reason or 'no reason given'})")


def _result(doc: Document, analysis, drift) -> DocumentResult:
    if not doc.ok:
        return DocumentResult(document=doc)
    scores = Scores()
    verdict = standard = probability = None
    uncertain = False
    if analysis is not None and doc.kind is Kind.PROCEDURE:
        # the scores count English phrases and anchors: a text in another language was not judged on them
        foreign = not_english(doc) is not None
        scores = Scores() if foreign else Scores(mirroring=analysis.mirroring, specificity=analysis.specificity)
        verdict, standard = analysis.verdict, analysis.standard
        probability, uncertain = analysis.verdict_probability, analysis.uncertain
    links = claims = errors = ()
    # a page that is no procedure carries the cadences a record confirmed or contradicted (drift.ROUTINE_KINDS)
    if drift is not None and (doc.kind is Kind.PROCEDURE or doc.path in drift.claims):
        scores = replace(scores, drift=drift.scores.get(doc.path))
        links = tuple(drift.links.get(doc.path, ()))
        claims = tuple(drift.claims.get(doc.path, ()))
        errors = tuple(e for e in (drift.errors.get(doc.path),) if e)
    return DocumentResult(document=doc, scores=scores, verdict=verdict, verdict_probability=probability,
                          verdict_uncertain=uncertain, standard=standard, links=links, claims=claims,
                          rule_errors=errors)


def exit_code(report: Report, fail_on: str) -> int:
    """0 clean, 1 a finding (or, with --report-unused-ignores, an unused suppression) at or above fail_on."""
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    # an unused suppression (listed only when asked for) counts as a warning
    if report.unused_ignores and threshold <= Severity.WARNING:
        return 1
    return 1 if any(f.severity >= threshold for f in report.findings) else 0


__all__ = ["run", "RunOptions", "Timings", "UsageError", "exit_code", "walk", "scan_root", "Status"]
