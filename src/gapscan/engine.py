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
from typing import Callable, Iterator, Protocol, Sequence

from gapscan import __version__
from gapscan.config import Config
from gapscan.ingest import DEFAULT_LIMITS, Limits, format_of, is_candidate, parse_file
from gapscan.ingest.base import failed, heading_budget
from gapscan.model import BlockType, Document, DocumentResult, Finding, Kind, Report, Scores, Severity, Status

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
    report_unused_ignores: bool = False  # list suppressions that matched no finding (they then count as warnings)


class Progress(Protocol):
    """What a progress display is told: a stage starts (with the items it counts), items are done."""

    def stage(self, name: str, total: int | None) -> None: ...

    def update(self, done: int) -> None: ...


@dataclass
class Timings:
    """Seconds per stage, for --timings and bench/."""

    stages: dict[str, float] = field(default_factory=dict)
    progress: Progress | None = None  # every stage passes through here, so the display is told here

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[None]:
        if self.progress is not None:
            self.progress.stage(name, total)
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - t0


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

    def consider(path: Path) -> None:
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
        rel = path.absolute().relative_to(root).as_posix() if path.absolute().is_relative_to(root) \
            else path.name
        if any(matches_glob(rel, pattern) for pattern in exclude):
            return
        found.setdefault(rel, path.absolute())

    for given in paths:
        if given.is_file() or (given.exists() and not given.is_dir()):
            consider(given)
            continue
        for folder, dirs, files in os.walk(given, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.startswith("__"))
            for name in sorted(files):
                consider(Path(folder) / name)
    return sorted(((p, rel) for rel, p in found.items()), key=lambda item: item[1])


# ---------------------------------------------------------------------------- parsing

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
              on_parsed: Callable[[int], None] | None = None) -> list[Document]:
    """Parse files in parallel processes; a file that hangs past the time limit or takes its
    worker down past the memory limit becomes an error, the others are parsed as usual."""
    if not files:
        return []
    # Even one file is parsed in a worker process: a native parser library that loops on a
    # hostile file cannot be interrupted in-process, a worker can be killed at the time limit.
    workers = max(1, min(jobs or os.cpu_count() or 1, 8, len(files)))
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    results: dict[str, Document] = {}
    suspects: list[tuple[Path, str]] = []  # in flight when a worker died: re-parsed alone
    executor = _pool(ctx, workers, limits)
    try:
        pending: dict[Future, tuple[Path, str, float]] = {}
        queue = list(files)
        while queue or pending:
            while queue and len(pending) < workers * 2:
                p, rel = queue.pop(0)
                pending[executor.submit(_parse_job, str(p), rel, limits)] = (p, rel, time.monotonic())
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
                                          reason=f"parser process failed: {type(exc).__name__}")
            now = time.monotonic()
            overdue = [f for f, (_, _, t0) in pending.items() if now - t0 > limits.timeout_seconds]
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
                      reason=f"parser process died: over the {limits.memory_bytes // (1024 * 1024):,} MB "
                             "memory limit, or the parser library crashed on this file")
    except Exception as exc:
        return failed(path=rel, source=p, format=format_of(p), reason=f"parser process failed: {type(exc).__name__}")
    finally:
        _kill(executor)


def _too_slow(p: Path, rel: str, limits: Limits) -> Document:
    return failed(path=rel, source=p, format=format_of(p),
                  reason=f"parsing took longer than {limits.timeout_seconds:.0f} s: skipped")


def _kill(executor: ProcessPoolExecutor) -> None:
    for proc in list(getattr(executor, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:
            pass
    executor.shutdown(wait=False, cancel_futures=True)


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
    reason = over_budget(doc, limits)
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


# ---------------------------------------------------------------------------- spaCy stage

def analyze_texts(texts: list[Document], standard: str | None, jobs: int | None) -> dict:
    """Clause-mirroring analysis, split over processes when there is enough text to pay for it.

    Each document's analysis is independent of the others, so chunks give the same result.
    """
    from gapscan.nlp import mirroring
    from gapscan.parallel import fork_map

    def chunk(docs: list[Document]) -> list:
        found = mirroring.analyze_many(docs, standard=standard)
        return [found.get(d.path) for d in docs]

    words = sum(len(b.text.split()) for d in texts for b in d.blocks)
    results = fork_map(chunk, texts, workers=jobs, parallel=len(texts) >= 4 and words >= PARALLEL_MIN_WORDS)
    return {d.path: a for d, a in zip(texts, results) if a is not None}


# ---------------------------------------------------------------------------- records stage

PARALLEL_MIN_WORDS = 40_000  # below these sizes, forking costs more than the work
PARALLEL_MIN_ROWS = 50_000


def profile_records(docs: list[Document], date_orders, jobs: int | None) -> dict:
    """Record profiles by path; a large set is split over forked processes (each profile is
    independent of the others)."""
    from gapscan import records
    from gapscan.parallel import fork_map

    rows = sum(len(t.rows) for d in docs for t in d.tables())
    results = fork_map(lambda chunk: [records.profile(d, date_orders=date_orders) for d in chunk], docs,
                       workers=jobs, parallel=len(docs) >= 4 and rows >= PARALLEL_MIN_ROWS)
    return {d.path: prof for d, prof in zip(docs, results) if prof is not None}


# ---------------------------------------------------------------------------- the run

def run(paths: Sequence[Path], config: Config, options: RunOptions,
        timings: Timings | None = None, warn=None) -> Report:
    """The whole pipeline. Never raises for file content; UsageError for bad paths."""
    from gapscan.classify import classify
    from gapscan.rules.base import Context
    from gapscan.rules.registry import select as select_rules

    timings = timings or Timings()
    warn = warn or (lambda msg: print(f"gapscan: {msg}", file=sys.stderr))
    missing = [str(p) for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")
    root = scan_root(paths)
    if options.command == CHECK:
        # linter lines must name files the way the user can open them: relative to the cwd
        cwd = Path.cwd().resolve()
        if all(p.resolve().is_relative_to(cwd) for p in paths):
            root = cwd

    with timings.stage("walk"):
        files = walk(paths, root, config.exclude)
    with timings.stage("parse", total=len(files)):
        documents = parse_all(files, jobs=options.jobs, limits=options.limits,
                              on_parsed=timings.progress.update if timings.progress else None)
    with timings.stage("classify"):
        documents = [classify(d, config.kinds) for d in documents]
        if options.command == CHECK:
            # a file named on the command line is checked whatever it looks like; in a folder, `check` reads
            # the procedures (and the files it could not read, so a broken draft is not passed over)
            named = {p.resolve() for p in paths if not p.is_dir()}
            documents = [_as_procedure(d) if source.resolve() in named else d
                         for d, (source, _) in zip(documents, files)
                         if source.resolve() in named or not d.ok or d.kind in (Kind.PROCEDURE, Kind.REVIEW)]
        documents = [_within_budget(d, options.limits) for d in documents]

    standard = options.standard or config.standard
    mirroring: dict = {}
    profiles: dict = {}
    drift = None
    audit_dates = tuple(sorted(set(options.audit_dates or config.audit_dates)))
    inferred = False
    linked, notes = linked_subset(documents, options.limits)
    for note in notes:
        warn(note)

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
    if texts:
        mirroring = contained("nlp", lambda: analyze_texts(texts, standard, options.jobs)) or {}
    if options.command == AUDIT:
        from gapscan import drift as drift_mod

        record_docs = [d for d in linked if d.ok and d.kind is Kind.RECORD]
        profiles = contained("records", lambda: profile_records(record_docs, config.dates, options.jobs)) or {}
        drift = contained("drift", lambda: drift_mod.analyze(
            linked, profiles, config_links=config.links, thresholds=drift_mod.thresholds_from(config.rules)))
        if not audit_dates:
            from gapscan import auditdates

            audit_dates = contained("audit dates", lambda: tuple(auditdates.infer(documents))) or ()
            inferred = bool(audit_dates)

    ctx = Context(documents=tuple(linked), mirroring=mirroring, records=profiles, drift=drift,
                  audit_dates=audit_dates, audit_dates_inferred=inferred, standard=standard,
                  options=config.rules)
    rules = select_rules(list(options.select or config.select), list(options.ignore or config.ignore))
    if options.command == CHECK:
        rules = tuple(r for r in rules if r.code.startswith("CM"))
    findings: list[Finding] = []
    rule_errors: list[str] = []
    with timings.stage("rules"):
        for rule in rules:
            if rule.check is None:
                continue
            try:
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
    generated = (dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
                 if options.timestamp else None)
    return Report(root=" ".join(str(p) for p in paths), base=str(root), tool_version=__version__, command=options.command,
                  documents=results, findings=tuple(findings), generated_at=generated, summary=summary,
                  audit_dates=audit_dates, audit_dates_inferred=inferred,
                  run_errors=tuple(rule_errors + notes), suppressed=outcome.suppressed,
                  suppression_warnings=outcome.warnings, unused_ignores=outcome.unused)


def _as_procedure(doc: Document) -> Document:
    if not doc.ok or doc.kind in (Kind.PROCEDURE, Kind.REVIEW):
        return doc
    return replace(doc, kind=Kind.PROCEDURE,
                   kind_reason=f"checked as a procedure (gapscan check; content looked like {doc.kind.value})")


def _result(doc: Document, analysis, drift) -> DocumentResult:
    if not doc.ok:
        return DocumentResult(document=doc)
    scores = Scores()
    verdict = standard = probability = None
    uncertain = False
    if analysis is not None and doc.kind is Kind.PROCEDURE:
        scores = Scores(mirroring=analysis.mirroring, specificity=analysis.specificity)
        verdict, standard = analysis.verdict, analysis.standard
        probability, uncertain = analysis.verdict_probability, analysis.uncertain
    links = claims = errors = ()
    if drift is not None and doc.kind is Kind.PROCEDURE:
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
