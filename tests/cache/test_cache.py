"""The result cache as a user meets it: a rerun reuses what did not change and redoes what did,
settings and versions that change a result invalidate it, damaged entries are rebuilt, and the
cache never lives in, or writes into, the folder being scanned."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from gapscan import cache
from gapscan.config import Config, load
from gapscan.engine import RunOptions, Timings, UsageError, run
from gapscan.model import Kind, Verdict

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

MIRRORED = """# QP-04 Control of externally provided processes

## 8.4 Control of externally provided processes, products and services
The organization shall ensure that externally provided processes conform to requirements.
The organization shall determine the controls to be applied to external providers.
Documented information shall be retained as evidence of conformity as applicable.

## 9.1 Monitoring, measurement, analysis and evaluation
The organization shall evaluate the performance and the effectiveness of the system.
Top management shall ensure that the results are reviewed as appropriate.
"""

OPERATIONAL = """# SOP-12 Goods-in inspection of bar stock

## Steps
1. The Stores Supervisor books the delivery into Epicor within 4 hours of arrival.
2. The Goods-in Inspector checks the mill certificate against the purchase order.
3. If the certificate is missing, quarantine the bars in bay Q2 and email the Buyer.
4. Record the result on form QF-21 with the heat number, inspector and result every week.

## Escalation
When a supplier sends two wrong certificates in 30 days, the Buyer raises a supplier NCR.
"""

RECORD = "Date,Heat number,Inspector,Result\n" + "".join(
    f"{d:02d}/01/2026,H10{d:02d},{'J. Patel' if d % 2 else 'A. Novak'},Pass\n" for d in range(1, 29, 3))


@pytest.fixture
def client(tmp_path: Path) -> Path:
    root = tmp_path / "client"
    (root / "procedures").mkdir(parents=True)
    (root / "records").mkdir()
    (root / "procedures" / "qp-04-external-providers.md").write_text(MIRRORED, encoding="utf-8")
    (root / "procedures" / "sop-12-goods-in.md").write_text(OPERATIONAL, encoding="utf-8")
    (root / "records" / "qf-21-goods-in-log.csv").write_text(RECORD, encoding="utf-8")
    (root / "records" / "empty.csv").write_bytes(b"")  # an error document: cached, its reason is the file's
    return root


def audit(root: Path, config: Config = Config(), **options):
    clock = Timings()
    report = run([root], config, RunOptions(jobs=1, timestamp=False, cache=True, **options), timings=clock,
                 warn=lambda msg: None)
    return report, clock.cache


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.rglob("*"))}


def cache_files() -> list[Path]:
    return sorted(p for p in Path(os.environ[cache.ENV_DIR]).rglob("*.json"))


def test_unchanged_rerun_reads_everything_from_the_cache(client):
    cold, stats = audit(client)
    assert stats.hits == {} and stats.misses["parse"] == 4 and stats.misses["report"] == 1
    warm, stats = audit(client)
    assert stats.hits == {"parse": 4, "kind": 4, "report": 1} and stats.misses == {} and stats.writes == {}
    assert warm == cold
    empty = next(d for d in warm.documents if d.document.path == "records/empty.csv")
    assert empty.document.error == "empty file"


def test_edited_procedure_is_reanalysed_and_only_it(client):
    cold, _ = audit(client)
    verdicts = {d.document.path: d.verdict for d in cold.documents}
    assert verdicts["procedures/sop-12-goods-in.md"] is Verdict.OPERATIONAL
    (client / "procedures" / "sop-12-goods-in.md").write_text(MIRRORED.replace("QP-04", "SOP-12"), encoding="utf-8")
    edited, stats = audit(client)
    # the edited file: parsed, classified and analysed again; the others come from the cache
    assert stats.misses == {"parse": 1, "kind": 1, "mirroring": 1, "claims": 1, "report": 1}
    assert stats.hits == {"parse": 3, "kind": 3, "mirroring": 1, "claims": 1, "profile": 1}
    after = {d.document.path: d.verdict for d in edited.documents}
    assert after["procedures/sop-12-goods-in.md"] is Verdict.MIRRORED
    assert after["procedures/qp-04-external-providers.md"] is verdicts["procedures/qp-04-external-providers.md"]
    # and the result is the one a run without the cache gives
    fresh = run([client], Config(), RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    assert edited == fresh


def test_another_gapscan_version_misses_every_entry(client, monkeypatch):
    audit(client)
    monkeypatch.setattr(cache, "__version__", "99.0.0")
    cache.fingerprint.cache_clear()
    try:
        _, stats = audit(client)
    finally:
        cache.fingerprint.cache_clear()
    assert stats.hits == {} and stats.misses["parse"] == 4


def test_settings_that_change_a_result_invalidate_only_what_they_change(client):
    audit(client)
    # a forced standard changes the mirroring analysis, not the parsed documents
    _, stats = audit(client, standard="iso14001")
    assert stats.hits["parse"] == 4 and stats.hits["kind"] == 4
    assert stats.misses["mirroring"] == 2 and stats.misses["report"] == 1
    # the date order of a record column changes its profile
    config = Config(dates={"records/qf-21-goods-in-log.csv": "mdy"})
    _, stats = audit(client, config)
    assert stats.misses["profile"] == 1 and stats.hits["mirroring"] == 2
    # a classification override changes the kind of the document it names
    report, stats = audit(client, Config(kinds=(("procedures/qp-04*", Kind.FORM),)))
    assert stats.misses["kind"] == 4 and stats.misses["report"] == 1
    assert next(d for d in report.documents if d.document.path.startswith("procedures/qp-04")).document.kind is Kind.FORM
    # other limits, other parse
    from gapscan.ingest import DEFAULT_LIMITS

    _, stats = audit(client, limits=replace(DEFAULT_LIMITS, max_rows=500_000))
    assert stats.misses["parse"] == 4


@pytest.mark.parametrize("damage", ["garbage", "flipped", "foreign", "truncated"])
def test_a_damaged_or_foreign_entry_is_ignored_and_rebuilt(client, damage):
    cold, _ = audit(client)
    entries = [p for p in cache_files() if p.parts[-3] == "parse"]
    victim, other = entries[0], entries[1]
    raw = victim.read_bytes()
    if damage == "garbage":
        victim.write_bytes(b"\x80not json at all")
    elif damage == "flipped":  # one character of the value changed: the checksum catches it
        head, body = raw.split(b"\n", 1)
        i = body.index(b"The organization") if b"The organization" in body else len(body) // 2
        victim.write_bytes(head + b"\n" + body[:i] + (b"X" if body[i:i + 1] != b"X" else b"Y") + body[i + 1:])
    elif damage == "foreign":  # a well-formed entry of another file, put under this key
        victim.write_bytes(other.read_bytes())
    else:
        victim.write_bytes(raw[: len(raw) // 2])
    warm, stats = audit(client)
    assert stats.misses["parse"] == 1 and stats.hits["parse"] == 3 and stats.writes["parse"] == 1
    assert warm == cold
    assert victim.read_bytes() == raw  # rebuilt as it was


def test_no_cache_neither_reads_nor_writes(client, tmp_path):
    from typer.testing import CliRunner

    from gapscan.cli import app

    r = CliRunner().invoke(app, ["audit", str(client), "--no-cache", "--format", "json", "-o",
                                 str(tmp_path / "r.json"), "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    assert cache_files() == []
    audit(client)
    written = {p: p.stat().st_mtime_ns for p in cache_files()}
    r = CliRunner().invoke(app, ["audit", str(client), "--no-cache", "--fail-on", "never", "--timings"])
    assert r.exit_code == 0
    assert "cache hits" not in r.output
    assert {p: p.stat().st_mtime_ns for p in cache_files()} == written  # not even read (a hit touches it)


def test_cache_lives_outside_the_scanned_tree_which_stays_byte_identical(client, tmp_path, monkeypatch):
    before = tree(client)
    audit(client)
    audit(client)
    assert tree(client) == before
    assert cache_files() and not any(p.is_relative_to(client) for p in cache_files())
    # asked to keep it inside: refused, like -o inside the scanned folder
    with pytest.raises(UsageError, match="inside the scanned folder"):
        audit(client, cache_dir=client / "cache")
    monkeypatch.setenv(cache.ENV_DIR, str(client / "records" / ".cache"))
    with pytest.raises(UsageError, match="inside the scanned folder"):
        audit(client)
    # the default folder inside it (scanning one's home): the run goes on without the cache
    monkeypatch.delenv(cache.ENV_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(client / ".cache"))
    monkeypatch.setenv("HOME", str(client))
    if not cache.default_dir().is_relative_to(client):
        pytest.skip("this platform's user cache folder does not follow HOME / XDG_CACHE_HOME")
    said = []
    report = run([client], Config(), RunOptions(jobs=1, cache=True), warn=said.append)
    assert report.documents and any("running without the cache" in s for s in said)
    assert tree(client) == before


def test_cold_and_warm_json_reports_are_identical_on_harrow_vale(tmp_path):
    from gapscan.report import render

    root = EXAMPLES / "harrow-vale"
    config = load(root / "gapscan.toml")
    reports = []
    for _ in range(2):
        clock = Timings()
        report = run([root], config, RunOptions(jobs=2, cache=True), timings=clock, warn=lambda m: None)
        data = json.loads(render(report, "json"))
        data.pop("generated_at")
        reports.append(data)
    assert clock.cache.hits["report"] == 1 and clock.cache.misses == {}
    assert reports[0] == reports[1]
    assert len(reports[0]["findings"]) > 10


def test_transient_parse_failures_are_not_cached(client, monkeypatch):
    from gapscan import engine

    real = engine.parse_all

    def slow(files, **kw):
        return [replace(d, blocks=(), status=engine.Status.ERROR,
                        error=f"{engine.TOO_SLOW} 120 s: skipped") if d.path.endswith("sop-12-goods-in.md") else d
                for d in real(files, **kw)]

    monkeypatch.setattr(engine, "parse_all", slow)
    audit(client)
    monkeypatch.setattr(engine, "parse_all", real)
    report, stats = audit(client)
    assert stats.misses["parse"] == 1 and stats.hits["parse"] == 3
    assert next(d for d in report.documents if d.document.path.endswith("sop-12-goods-in.md")).document.ok


def test_size_bound_prunes_least_recently_used(tmp_path):
    store = cache.Cache(tmp_path / "c", limit=10_000)
    for i in range(6):
        assert store.put("parse", f"{i:02d}" * 32, "x" * 3000, str)
        os.utime(store._path("parse", f"{i:02d}" * 32), (1_000_000 + i, 1_000_000 + i))
    assert store.get("parse", "00" * 32, str) == "x" * 3000  # used just now: kept
    store.prune()
    kept = sorted(p.stem[:2] for p in (tmp_path / "c").rglob("*.json"))
    assert kept == ["00", "04", "05"]
    assert sum(p.stat().st_size for p in (tmp_path / "c").rglob("*.json")) <= 10_000


def test_cache_info_and_clear(client):
    from typer.testing import CliRunner

    from gapscan.cli import app

    audit(client)
    r = CliRunner().invoke(app, ["cache", "info"])
    assert r.exit_code == 0 and os.environ[cache.ENV_DIR] in r.output
    assert "parse" in r.output and "4 entries" in r.output
    r = CliRunner().invoke(app, ["cache", "clear"])
    assert r.exit_code == 0 and "removed" in r.output
    assert cache_files() == []
    r = CliRunner().invoke(app, ["cache", "info"])
    assert "total 0 entries" in r.output
    _, stats = audit(client)
    assert stats.hits == {}


def test_warm_check_does_not_import_spacy(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(MIRRORED, encoding="utf-8")
    # the entry point ends the process itself once exit handlers have run (cli._exit_now): ask from one
    probe = ("import atexit, sys, runpy; sys.argv = ['gapscan', 'check', sys.argv[1], '--fail-on', 'never'];\n"
             "atexit.register(lambda: print('spacy loaded:', 'spacy' in sys.modules, file=sys.stderr))\n"
             "runpy.run_module('gapscan', run_name='__main__')")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    runs = [subprocess.run([sys.executable, "-c", probe, str(draft)], capture_output=True, text=True, env=env,
                           cwd=tmp_path, timeout=300) for _ in range(2)]
    assert "spacy loaded: True" in runs[0].stderr
    assert "spacy loaded: False" in runs[1].stderr
    assert runs[0].stdout == runs[1].stdout and "CM" in runs[0].stdout


def deferred(report) -> set[str]:
    """The documents of a report whose blocks are still the undecoded JSON of their cache entry."""
    return {d.document.path for d in report.documents if "_cache_deferred" in vars(d.document)}


def test_a_warm_run_decodes_only_the_documents_its_report_reads(client):
    from gapscan.report import render

    cold, _ = audit(client)
    assert deferred(cold) == set()
    warm, stats = audit(client)
    assert stats.hits["report"] == 1
    every = {d.document.path for d in warm.documents}
    assert deferred(warm) == every  # nothing has read a block yet (an unreadable file's none either)
    # the JSON report names documents but quotes none of their text: it decodes no block
    assert render(warm, "json") == render(cold, "json")
    assert deferred(warm) == every
    # markdown checks each quote against the cell or line it names: the documents quoted are decoded,
    # and the output is the cold run's
    quoted = {e.path for f in warm.findings for e in f.evidence if e.location is not None}
    assert quoted
    assert render(warm, "markdown") == render(cold, "markdown")
    assert deferred(warm) <= every - quoted
    # and every document, read, holds what the cold run parsed
    assert [d.document.blocks for d in warm.documents] == [d.document.blocks for d in cold.documents]
    assert deferred(warm) == set()


def test_the_run_entry_misses_when_a_file_is_deleted_added_or_edited(client):
    audit(client)
    (client / "records" / "empty.csv").unlink()
    report, stats = audit(client)
    assert stats.misses == {"report": 1} and stats.hits["parse"] == 3
    assert "records/empty.csv" not in {d.document.path for d in report.documents}
    (client / "procedures" / "sop-13-despatch.md").write_text(OPERATIONAL.replace("SOP-12", "SOP-13"),
                                                              encoding="utf-8")
    report, stats = audit(client)
    assert stats.misses == {"parse": 1, "kind": 1, "mirroring": 1, "claims": 1, "report": 1}
    assert next(d for d in report.documents if d.document.path == "procedures/sop-13-despatch.md").verdict \
        is Verdict.OPERATIONAL
    record = client / "records" / "qf-21-goods-in-log.csv"
    record.write_text(RECORD + "30/01/2026,H1030,J. Patel,Fail\n", encoding="utf-8")
    report, stats = audit(client)
    assert stats.misses == {"parse": 1, "kind": 1, "profile": 1, "report": 1}
    fresh = run([client], Config(), RunOptions(jobs=1, timestamp=False), warn=lambda msg: None)
    assert report == fresh
    # an option that changes which findings are kept: another run entry, from the same documents
    _, stats = audit(client, select=("CM",))
    assert stats.misses == {"report": 1}


def test_a_document_over_its_budget_is_stopped_on_a_warm_run_too(client):
    from gapscan.ingest import DEFAULT_LIMITS

    limits = replace(DEFAULT_LIMITS, max_analysis_chars=300)
    cold, _ = audit(client, limits=limits)
    warm, stats = audit(client, limits=limits)
    assert stats.hits["kind"] == 4 and stats.hits["report"] == 1
    stopped = {d.document.path: d.document.error for d in warm.documents if not d.document.ok}
    assert stopped["procedures/sop-12-goods-in.md"].startswith("analysis stopped: ")
    assert "over the 300 limit" in stopped["procedures/sop-12-goods-in.md"]
    assert warm == cold


def test_deferred_blocks_that_do_not_decode_are_parsed_again(client):
    cold, _ = audit(client)
    # an entry whose deferred part is not what gapscan writes, under a checksum that matches it
    for path in (p for p in cache_files() if p.parts[-3] == "parse"):
        head, body = path.read_bytes().split(b"\n", 1)
        fields, _ = body.split(b"\n", 1)
        body = fields + b"\n" + b'[[["heading", "forged"]]]'
        entry = json.loads(head)
        entry["sha256"] = hashlib.sha256(body).hexdigest()
        path.write_bytes(json.dumps(entry).encode() + b"\n" + body)
    warm, stats = audit(client)
    assert stats.hits["parse"] == 4
    assert [d.document.blocks for d in warm.documents] == [d.document.blocks for d in cold.documents]
    assert warm == cold
