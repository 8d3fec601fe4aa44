"""The reading a draft rests on: the procedure and the records around it, as `audit` reads them."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, Sequence

from gapscan.model import Document, Kind
from gapscan.records import RecordProfile


@dataclass(frozen=True, kw_only=True)
class Analysis:
    """What the audit stages found about one procedure and the records around it."""

    procedure: Document
    documents: Mapping[str, Document]  # every parsed document of the scope, by path
    profiles: Mapping[str, RecordProfile]
    drift: Any  # drift.DriftResult
    mirroring: Any  # nlp.mirroring.MirroringAnalysis, or None
    scope: str


def analyse(procedure: Path, records: Sequence[Path], config, *, standard: str | None = None,
            jobs: int | None = None, cache: bool = True, cache_dir: Path | None = None) -> Analysis:
    """Parse the procedure and the records around it, profile and link them as `audit` does."""
    from gapscan.engine import UsageError

    paths = [procedure, *records]
    root, documents = _read(paths, config, jobs, named=procedure, cache=cache, cache_dir=cache_dir)
    proc = next((d for d in documents if d.source == str(procedure.absolute()) or
                 Path(d.source).resolve() == procedure.resolve()), None)
    if proc is None:
        raise UsageError(f"{procedure} is not a document gapscan reads (docx, pdf, md, adoc, html, txt, odt)")
    if not proc.ok:
        raise UsageError(f"cannot read {procedure}: {proc.error}")
    scope = ", ".join(_shown(p) for p in records) or _shown(root)
    return _analyses(documents, [proc], config, standard, jobs, scope)[0]


def analyse_all(folder: Path, config, *, standard: str | None = None, jobs: int | None = None) -> list[Analysis]:
    """Every procedure of a document set, each with the set's records: one parse for them all."""
    _, documents = _read([folder], config, jobs)
    procedures = [d for d in documents if d.ok and d.kind is Kind.PROCEDURE]
    return _analyses(documents, procedures, config, standard, jobs, _shown(folder))


def _read(paths: Sequence[Path], config, jobs: int | None, named: Path | None = None, cache: bool = True,
          cache_dir: Path | None = None) -> tuple[Path, list[Document]]:
    """Walk, parse and classify as `audit` does; the file named as the procedure is one, whatever it looks like."""
    from gapscan.classify import classify
    from gapscan.engine import RunOptions, open_cache, over_budget, parse_cached, scan_root, walk
    from gapscan.ingest import DEFAULT_LIMITS
    from gapscan.ingest.base import failed

    root = scan_root(paths)
    files = walk(paths, root, config.exclude)
    target = named.resolve() if named is not None else None
    documents = []
    # the parse cache audit fills (a draft usually follows an audit of the same set); no cache when its
    # folder lies inside the records folder, since gapscan never writes into what it reads
    store = open_cache(paths, RunOptions(cache=cache, cache_dir=cache_dir), warn=lambda _: None)
    parsed, _ = parse_cached(files, jobs=jobs, limits=DEFAULT_LIMITS, store=store)
    for (source, _), doc in zip(files, parsed):
        doc = classify(doc, config.kinds)
        if source.resolve() == target and doc.ok and doc.kind is not Kind.PROCEDURE:
            doc = replace(doc, kind=Kind.PROCEDURE, kind_reason="named as the procedure to draft")
        reason = over_budget(doc, DEFAULT_LIMITS)
        if reason is not None:
            doc = replace(failed(path=doc.path, source=source, format=doc.format, reason=reason), kind=doc.kind)
        documents.append(doc)
    return root, documents


def _analyses(documents: list[Document], procedures: list[Document], config, standard: str | None,
              jobs: int | None, scope: str) -> list[Analysis]:
    from gapscan import drift as drift_mod
    from gapscan.engine import linked_subset, profile_records
    from gapscan.ingest import DEFAULT_LIMITS
    from gapscan.nlp import mirroring

    wanted = {p.path for p in procedures}
    linked, _ = linked_subset(documents, DEFAULT_LIMITS)
    profiles = profile_records([d for d in linked if d.ok and d.kind is Kind.RECORD], config.dates, jobs)
    # only the procedures drafted are analysed; each procedure's drift is independent of the others
    drift = drift_mod.analyze([d for d in linked if d.kind is not Kind.PROCEDURE or d.path in wanted], profiles,
                              config_links=config.links, thresholds=drift_mod.thresholds_from(config.rules))
    forced = standard or config.standard
    # read against what the files of its scope name, as audit reads each text (engine.run, mirroring.standards_named)
    named = () if forced else mirroring.standards_named(documents)
    found = mirroring.analyze_many(procedures, standard=forced, named=named)
    by_path = {d.path: d for d in documents}
    logs = _logs_apart(profiles)
    return [Analysis(procedure=p, documents=by_path, profiles=logs, drift=drift, mirroring=found.get(p.path),
                     scope=scope) for p in procedures]


def _logs_apart(profiles: Mapping[str, RecordProfile | None]) -> dict[str, RecordProfile | None]:
    """One profile per log, as the drift stage checks claims against them and the PS and SH rules read them
    (rules.ps.common.record_profiles): a file of several logs (records.logs) is its logs, each keyed
    'file § name', not its largest table."""
    out: dict[str, RecordProfile | None] = {}
    for path, prof in profiles.items():
        for log in (getattr(prof, "logs", ()) or (prof,)) if prof is not None else (None,):
            out[log.path if log is not None else path] = log
    return out


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when under it."""
    absolute, cwd = path.resolve(), Path.cwd().resolve()
    return absolute.relative_to(cwd).as_posix() if absolute.is_relative_to(cwd) else str(absolute)
