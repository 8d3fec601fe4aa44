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
from typing import Iterator, Sequence

from gapscan import __version__
from gapscan.config import Config
from gapscan.ingest import DEFAULT_LIMITS, Limits, format_of, is_candidate, parse_file
from gapscan.ingest.base import failed
from gapscan.model import Document, DocumentResult, Finding, Kind, Report, Scores, Severity, Status

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


@dataclass
class Timings:
    """Seconds per stage, for --timings and bench/."""

    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
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
    return parse_file(Path(source), rel, limits)


def parse_all(files: Sequence[tuple[Path, str]], *, jobs: int | None, limits: Limits) -> list[Document]:
    """Parse files in parallel processes; a file that hangs past the limit becomes an error."""
    if not files:
        return []
    # Even one file is parsed in a worker process: a native parser library that loops on a
    # hostile file cannot be interrupted in-process, a worker can be killed at the time limit.
    workers = max(1, min(jobs or os.cpu_count() or 1, 8, len(files)))
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    results: dict[str, Document] = {}
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
        pending: dict[Future, tuple[Path, str, float]] = {}
        queue = list(files)
        while queue or pending:
            while queue and len(pending) < workers * 2:
                p, rel = queue.pop(0)
                pending[executor.submit(_parse_job, str(p), rel, limits)] = (p, rel, time.monotonic())
            done, _ = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
            for fut in done:
                p, rel, _ = pending.pop(fut)
                try:
                    results[rel] = fut.result()
                except Exception as exc:  # a worker died (e.g. killed for memory)
                    results[rel] = failed(path=rel, source=p, format=format_of(p),
                                          reason=f"parser process failed: {type(exc).__name__}")
            now = time.monotonic()
            overdue = [f for f, (_, _, t0) in pending.items() if now - t0 > limits.timeout_seconds]
            if overdue:
                for fut in overdue:
                    p, rel, _ = pending.pop(fut)
                    results[rel] = failed(path=rel, source=p, format=format_of(p),
                                          reason=f"parsing took longer than {limits.timeout_seconds:.0f} s: skipped")
                # a hung worker cannot be cancelled: replace the pool, resubmit the rest
                for fut, (p, rel, _) in pending.items():
                    queue.insert(0, (p, rel))
                pending.clear()
                _kill(executor)
                executor = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
    return [results[rel] for _, rel in files]


def _kill(executor: ProcessPoolExecutor) -> None:
    for proc in list(getattr(executor, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:
            pass
    executor.shutdown(wait=False, cancel_futures=True)


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
    with timings.stage("parse"):
        documents = parse_all(files, jobs=options.jobs, limits=options.limits)
    with timings.stage("classify"):
        documents = [classify(d, config.kinds) for d in documents]
        if options.command == CHECK:
            documents = [_as_procedure(d) for d in documents]

    standard = options.standard or config.standard
    mirroring: dict = {}
    profiles: dict = {}
    drift = None
    audit_dates = tuple(sorted(set(options.audit_dates or config.audit_dates)))
    inferred = False
    notes: list[str] = []

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

        record_docs = [d for d in documents if d.ok and d.kind is Kind.RECORD]
        profiles = contained("records", lambda: profile_records(record_docs, config.dates, options.jobs)) or {}
        drift = contained("drift", lambda: drift_mod.analyze(
            documents, profiles, config_links=config.links, thresholds=drift_mod.thresholds_from(config.rules)))
        if not audit_dates:
            from gapscan import auditdates

            audit_dates = contained("audit dates", lambda: tuple(auditdates.infer(documents))) or ()
            inferred = bool(audit_dates)

    ctx = Context(documents=tuple(documents), mirroring=mirroring, records=profiles, drift=drift,
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
                  run_errors=tuple(rule_errors + notes))


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
    """0 clean, 1 a finding at or above fail_on."""
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    return 1 if any(f.severity >= threshold for f in report.findings) else 0


__all__ = ["run", "RunOptions", "Timings", "UsageError", "exit_code", "walk", "scan_root", "Status"]
