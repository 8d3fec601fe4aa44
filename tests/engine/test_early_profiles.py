"""Records profiled by the classify workers (issue 11, memory): the same profiles and register columns as
profiled later in this process, and the same drift preparation."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from gapscan import drift, engine
from gapscan.engine import parse_all, walk
from gapscan.ingest import DEFAULT_LIMITS
from gapscan.model import Kind, Status

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"


def _register(folder: Path) -> None:
    """A nonconformity register whose first column numbers each entry once (a register's identifier column)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws.append(["NC ID", "Raised", "Description", "Owner", "Closed"])
    for i in range(1, 61):
        ws.append([f"NC-{i:03d}", dt.date(2025, 1, 1) + dt.timedelta(days=3 * i),
                   f"Label missing on batch {1000 + i}", "Quality Lead", dt.date(2025, 2, 1) + dt.timedelta(days=3 * i)])
    wb.save(folder / "Nonconformity register.xlsx")
    big = Workbook()
    sheet = big.active
    sheet.append(["Date", "Checked by", "Result"])
    for day in range(300):
        sheet.append([dt.date(2024, 1, 1) + dt.timedelta(days=day), "AB", "pass"])
    big.save(folder / "Daily check log.xlsx")


def _documents(tmp_path: Path):
    _register(tmp_path)
    return parse_all(walk([EXAMPLE], EXAMPLE) + walk([tmp_path], tmp_path), jobs=2, limits=DEFAULT_LIMITS)


def test_classify_workers_profile_records_as_this_process_does(tmp_path, monkeypatch):
    docs = _documents(tmp_path)
    limits = replace(DEFAULT_LIMITS, max_record_cells=800)  # the daily check log (900 cells) is stopped
    monkeypatch.setattr(engine, "PARALLEL_MIN_CLASSIFY", 0)
    made: dict = {}
    classified = engine.classify_cached(docs, (), None, {}, limits, jobs=2, profiles=made, date_orders={})
    assert classified == engine.classify_cached(docs, (), None, {}, limits, jobs=1)
    records = [d for d in classified if d.ok and d.kind is Kind.RECORD]
    assert len(records) >= 2
    # every record within its budget was profiled by a worker; the one over it was not
    assert set(made) == {d.path for d in records}
    stopped = [d for d in classified if d.status is Status.ERROR and d.kind is Kind.RECORD]
    assert "Daily check log.xlsx" in {d.path for d in stopped} and not {d.path for d in stopped} & set(made)
    given = {path: v and v[0] for path, v in made.items()}
    taken = engine.profile_records(records, {}, 1, made=given)
    assert taken == engine.profile_records(records, {}, 1)
    # the tables of a profile made in a worker are the document's own, not copies
    by_path = {d.path: d for d in records}
    assert all(any(p.table is t for t in by_path[path].tables()) for path, p in taken.items())
    # register columns, read where the record was profiled
    registers = {path: v[1] for path, v in made.items() if v}
    assert registers == {path: drift.register_columns_of(path, p) for path, p in taken.items()}
    assert registers["Nonconformity register.xlsx"] and registers["Nonconformity register.xlsx"][0][1] == 0


def test_classify_in_this_process_profiles_nothing(tmp_path):
    """Below the size that pays for workers, records are profiled by the records stage (beside the nlp workers),
    not one after another before the nlp stage."""
    made: dict = {}
    engine.classify_cached(_documents(tmp_path), (), None, {}, DEFAULT_LIMITS, jobs=2, profiles=made)
    assert made == {}


def test_prepare_with_register_columns_read_elsewhere_equals_prepare(tmp_path):
    docs = engine.classify_cached(_documents(tmp_path), (), None, {}, DEFAULT_LIMITS, jobs=1)
    profiles = engine.profile_records([d for d in docs if d.ok and d.kind is Kind.RECORD], {}, 1)
    plain = drift.prepare(docs, profiles)
    known = {path: drift.register_columns_of(path, p) for path, p in profiles.items()}
    given = drift.prepare(docs, profiles, registers=known)
    assert given.shared.register_columns == plain.shared.register_columns
    assert any(path == "Nonconformity register.xlsx" for path, _, _ in plain.shared.register_columns)
    # an entry given for a record is taken as it is, not read again
    fake = drift.prepare(docs, profiles, registers={**known, "Nonconformity register.xlsx": ()})
    assert not any(path == "Nonconformity register.xlsx" for path, _, _ in fake.shared.register_columns)


def test_a_profile_failing_in_a_classify_worker_is_left_to_the_records_stage(tmp_path, monkeypatch):
    """A profile that raises in a classify worker does not take the classify stage down: the record is left
    unprofiled there, for the records stage to profile and say why in its place."""
    from gapscan import records

    def broken(doc, date_orders=None):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(engine, "PARALLEL_MIN_CLASSIFY", 0)
    monkeypatch.setattr(records, "profile", broken)
    made: dict = {}
    docs = engine.classify_cached(_documents(tmp_path), (), None, {}, DEFAULT_LIMITS, jobs=2, profiles=made)
    assert made == {} and any(d.ok and d.kind is Kind.RECORD for d in docs)
