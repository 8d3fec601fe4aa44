"""The standards a run names are read from its files once a run: the nlp stage's reading is the rules' (ctx.named)."""
from __future__ import annotations

from dataclasses import replace

from gapscan import config as config_mod
from gapscan import engine
from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.nlp import mirroring
from gapscan.rules.base import Context
from gapscan.rules.cm import CM01

MANUAL = """# QM-01 Quality Manual

This manual follows ISO 9001:2015.

## 4 Context of the organization

The Quality Lead lists the issues each March in the ERP.

## 5 Leadership

The Managing Director signs the quality policy every January.

## 6 Planning

The Quality Lead keeps the risk register in SharePoint and reviews it every quarter.

## 7 Support

The HR Officer keeps training records in BambooHR.

## 8 Operation

The Buyer approves each new supplier within 10 working days.
"""


def _write(tmp_path):
    (tmp_path / "QM-01 Quality Manual.md").write_text(MANUAL, encoding="utf-8")
    (tmp_path / "gapscan.toml").write_text('[kinds]\n"QM-01 Quality Manual.md" = "procedure"\n', encoding="utf-8")


def _counting(monkeypatch) -> list:
    calls = []
    real = mirroring.standards_named

    def counted(docs, standard=None):
        calls.append(standard)
        return real(docs, standard)

    monkeypatch.setattr(mirroring, "standards_named", counted)
    return calls


def test_a_run_reads_the_standards_its_files_name_once(tmp_path, monkeypatch):
    _write(tmp_path)
    calls = _counting(monkeypatch)
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(select=("CM01",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    # CM01 judged the manual's clause headings (it needs the run's standards for that) without reading every file again
    assert report.findings and {f.rule for f in report.findings} == {"CM01"}
    assert calls == [None]


def test_the_rules_read_the_files_themselves_without_the_engines_reading(tmp_path, monkeypatch):
    # a Context built without `named` (a test, a library caller): CM01 reads the run's files itself, and finds what
    # it finds with the engine's reading given
    _write(tmp_path)
    doc = replace(parse_file(tmp_path / "QM-01 Quality Manual.md", "QM-01 Quality Manual.md"), kind=Kind.PROCEDURE)
    alone = list(CM01.check(Context(documents=(doc,))))
    calls = _counting(monkeypatch)
    given = list(CM01.check(Context(documents=(doc,), named=frozenset({"iso9001"}))))
    assert calls == []
    assert [(f.message, f.location) for f in given] == [(f.message, f.location) for f in alone] and alone
