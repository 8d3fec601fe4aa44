"""The standards a run names are read inside the nlp stage's timing (--timings), not in no stage at all."""
from __future__ import annotations

import shutil
from pathlib import Path

from gapscan.config import Config
from gapscan.engine import RunOptions, Timings, run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_standards_named_is_timed_as_part_of_the_nlp_stage(tmp_path, monkeypatch):
    from gapscan.nlp import mirroring

    folder = tmp_path / "set"
    shutil.copytree(EXAMPLES / "harrow-vale", folder)
    timings = Timings()
    open_when_read: list[list[str]] = []
    real = mirroring.standards_named

    def reading(documents, *args, **kwargs):
        open_when_read.append(list(timings._open))
        return real(documents, *args, **kwargs)

    monkeypatch.setattr(mirroring, "standards_named", reading)
    run([folder], Config(), RunOptions(jobs=1, timestamp=False), timings=timings)
    assert open_when_read == [["nlp"]]
    assert timings.stages["nlp"] > 0
