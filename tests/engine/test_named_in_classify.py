"""The standards a run names are read by the classify workers, each document as they classify it, not by the parent
over every document while both workers wait (issue 11, the cold run's serial parent work): the same standards, the
same report."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from gapscan import engine
from gapscan.config import Config
from gapscan.engine import RunOptions, Timings, run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _set(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    shutil.copytree(EXAMPLES / "harrow-vale", folder)
    (folder / "isms-scope.md").write_text(
        "# Scope of the information security management system\n\n"
        "This policy sets out the scope of our ISMS under ISO/IEC 27001:2022. The security lead reviews it yearly.\n")
    return folder


def _run(folder: Path, jobs: int, monkeypatch):
    from gapscan.nlp import mirroring

    parent = os.getpid()
    read_here: list[int] = []
    real = mirroring.standards_named

    def reading(documents, *args, **kwargs):
        documents = list(documents)
        if os.getpid() == parent:
            read_here.append(len(documents))
        return real(documents, *args, **kwargs)

    monkeypatch.setattr(mirroring, "standards_named", reading)
    given: list = []
    real_read = engine.read_texts

    def read_texts(*args, **kwargs):
        given.append(kwargs.get("named"))
        return real_read(*args, **kwargs)

    monkeypatch.setattr(engine, "read_texts", read_texts)
    report = run([folder], Config(), RunOptions(jobs=jobs, timestamp=False), timings=Timings())
    monkeypatch.setattr(mirroring, "standards_named", real)
    monkeypatch.setattr(engine, "read_texts", real_read)
    return report, read_here, given


def test_the_classify_workers_read_what_each_document_names(tmp_path, monkeypatch):
    folder = _set(tmp_path)
    monkeypatch.setattr(engine, "PARALLEL_MIN_CLASSIFY", 0)  # the small set classified in two forked workers
    forked, read_here, named = _run(folder, 2, monkeypatch)
    # no document read for it in this process (before: all of them, once, as the nlp stage began)
    assert sum(read_here) == 0
    alone, read_alone, named_alone = _run(folder, 1, monkeypatch)
    assert sum(read_alone) == len(alone.documents)
    assert named == named_alone and "iso27001" in named[0]
    assert forked == alone
