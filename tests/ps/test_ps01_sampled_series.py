"""PS01 and a table a control system wrote: readings stamped at one fixed step of minutes, hour after hour.

A small manufacturer's set holds its temperature-control procedure beside a SCADA export of the same line:
'timestamp,line_id,forming_zone_temp_c,...', one row every 5 minutes from 06:00 to 22:00, no column saying who
did anything. PS01 called it a working record kept outside the documented system (ricordoyan/manufacturing-
copilot, sensor_data.csv, December 2026); it is the system's own sampling, which nobody keeps. A round people
walk and write up, at whatever minute they get to it, or a few readings five minutes apart, stays a record."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from gapscan import records
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from recbuild import csv_record, text_doc

PROC = "Operators check the forming zone temperature at the start of each shift and report any alarm."
START = dt.datetime(2024, 1, 15, 6, 0)


def _csv(tmp_path: Path, name: str, lines: list[str]):
    return csv_record(tmp_path, name, lines)


def _shadows(*recs):
    proc = text_doc("sops/Temperature control.md", [PROC])
    ctx = Context(documents=(proc, *(d for d, _ in recs)), records={d.path: p for d, p in recs},
                  drift=SimpleNamespace(links={}))
    return sorted(f.path for f in PS01.check(ctx))


def _series(n: int, step: dt.timedelta, extra=lambda i: "") -> list[str]:
    return ["timestamp,line_id,zone_temp_c,flow_pct" + (",checked_by" if extra(0) else "")] + [
        f"{(START + i * step):%Y-%m-%d %H:%M:%S},LINE-3,{170 + i % 5}.{i % 10},{97 + i % 3}.{i % 7}"
        + (f",{extra(i)}" if extra(i) else "") for i in range(n)]


def test_readings_stamped_every_five_minutes_are_the_system_s_sampling(tmp_path):
    export = _csv(tmp_path, "scada_export.csv", _series(60, dt.timedelta(minutes=5)))
    assert "every 5 minutes" in records.written_by_program(export[1])
    assert _shadows(export) == []


def test_a_round_people_write_up_stays_a_record(tmp_path):
    # written at the minute people got to it, not at one step
    rounds = _csv(tmp_path, "rounds.csv",
                  ["timestamp,line_id,zone_temp_c,flow_pct"] +
                  [f"{(START + dt.timedelta(minutes=30 * i + (i * 7) % 11)):%Y-%m-%d %H:%M},LINE-3,17{i % 9},9{i % 8}"
                   for i in range(40)])
    # at one step, but a person signs each entry
    signed = _csv(tmp_path, "signed.csv", _series(40, dt.timedelta(minutes=5), lambda i: ["Ann Lee", "Bo Chan"][i % 2]))
    # a few readings five minutes apart: too few to be a system's sampling
    few = _csv(tmp_path, "few.csv", _series(8, dt.timedelta(minutes=5)))
    # daily entries at the same hour: people's morning check
    daily = _csv(tmp_path, "daily.csv", _series(40, dt.timedelta(days=1)))
    for rec in (rounds, signed, few, daily):
        assert not records.written_by_program(rec[1]), rec[0].path
    assert _shadows(rounds, signed, few, daily) == ["daily.csv", "few.csv", "rounds.csv", "signed.csv"]
