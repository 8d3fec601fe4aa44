"""The `gapscan map` stage: the engine's walk, parsing, classification and spaCy pass, then the map."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Sequence

from gapscan.config import Config
from gapscan.ingest import DEFAULT_LIMITS
from gapscan.mapping.model import ClauseMap
from gapscan.model import Document, Kind


def run(paths: Sequence[Path], config: Config, *, standard: str | None = None, jobs: int | None = None,
        cache: bool = True, cache_dir: Path | None = None) -> tuple[ClauseMap, int]:
    """The clause map of the procedures in `paths`, and how many files were read at all (0 means
    no document gapscan reads was found: the caller's usage error).

    A file named on the command line is mapped whatever it was classified as; in a folder, the
    procedures are mapped and every other file is listed as not mapped, with why.
    """
    from gapscan import engine
    from gapscan.classify import classify
    from gapscan.mapping.core import map_documents
    from gapscan.model import Status

    missing = [str(p) for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise engine.UsageError(f"no such file or folder: {missing[0]}")
    root = engine.scan_root(paths)
    files = engine.walk(paths, root, config.exclude)
    limits = DEFAULT_LIMITS
    # through the parse cache audit fills; none when its folder lies inside the scanned tree
    store = engine.open_cache(paths, engine.RunOptions(cache=cache, cache_dir=cache_dir), warn=lambda _: None)
    parsed, _ = engine.parse_cached(files, jobs=jobs, limits=limits, store=store)
    documents = [classify(d, config.kinds) for d in parsed]
    named = {p.resolve() for p in paths if not p.is_dir()}
    mapped: list[Document] = []
    not_mapped: list[tuple[str, str]] = []
    for doc, (source, _) in zip(documents, files):
        reason = engine.over_budget(doc, limits)
        if not doc.ok or reason:
            not_mapped.append((doc.path, f"{doc.status.value}: {reason or doc.error}"))
        elif doc.kind is Kind.PROCEDURE or source.resolve() in named:
            mapped.append(doc)
        else:
            not_mapped.append((doc.path, f"{doc.kind.value}: only procedures are mapped"))
    read = sum(1 for d in documents if d.status is not Status.SKIPPED)
    forced = standard or config.standard
    # each text is read against what the run's files name, as audit reads it (engine.run), so that audit and map
    # never read one text against two standards
    from gapscan.nlp.mirroring import standards_named

    named = () if forced or not mapped else standards_named(documents)
    mirroring = engine.analyze_texts(mapped, forced, jobs, named=named) if mapped else {}
    result = map_documents(mapped, forced, mirroring=mirroring)
    return replace(result, not_mapped=tuple(sorted(not_mapped))), read
