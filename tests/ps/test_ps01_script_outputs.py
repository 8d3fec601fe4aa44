"""PS01 and tables a program wrote, not people. A held-out coral lab keeps its daily tank readings in one log;
beside it sit tables an R script made from that log: a summary whose first column, with no heading, numbers the
rows (what R's write.csv and pandas' to_csv put first), and the pH computed per tank, its values carried to
fifteen digits, no column saying who did anything. Both were reported as working records kept outside the
documented system, and the largest of them headed the summary ("... hold 50% of all recorded entries"). A log
people keep, with a numbered column they named or readings they typed, stays a working record."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from gapscan import records
from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from recbuild import csv_record, text_doc

PROC = ("Every morning measure the temperature and salinity of each tank and note anything unusual on the "
        "whiteboard.")


def _csv(tmp_path: Path, name: str, lines: list[str]):
    return csv_record(tmp_path, name, lines)


def _shadows(*recs):
    proc = text_doc("protocols/Daily checks.md", [PROC])
    ctx = Context(documents=(proc, *(d for d, _ in recs)), records={d.path: p for d, p in recs},
                  drift=SimpleNamespace(links={}))
    return sorted(f.path for f in PS01.check(ctx))


def _daily(n: int = 12, index: str | None = None) -> list[str]:
    head = "Date,Tank,Initials,Temperature_C,Salinity"
    rows = [f"2025-06-{d:02d},tank{d % 3},{'PP' if d % 2 else 'NB'},25.{d},34.{d % 7}" for d in range(1, n + 1)]
    if index is None:
        return [head] + rows
    return [f'{index},{head}'] + [f'"{i}",{r}' for i, r in enumerate(rows, start=1)]


def test_rows_numbered_under_no_heading_are_a_program_s_output(tmp_path):
    summary = _csv(tmp_path, "Nutrient_summary.csv", _daily(index='""'))
    assert records.written_by_program(summary[1])
    assert _shadows(summary) == []


def test_the_same_log_without_the_row_numbers_is_a_working_record(tmp_path):
    log = _csv(tmp_path, "Tank_log.csv", _daily())
    assert not records.written_by_program(log[1])
    assert _shadows(log) == ["Tank_log.csv"]


def test_a_numbered_column_people_named_is_their_log(tmp_path):
    log = _csv(tmp_path, "Tank_log.csv", _daily(index="No."))
    assert not records.written_by_program(log[1])
    assert _shadows(log) == ["Tank_log.csv"]


def _ph(typed: bool, who: bool = False) -> list[str]:
    head = "Date,Tank_ID,Temperature_C,mvTris,phTris" + (",Initials" if who else "")
    rows = []
    for d in range(1, 13):
        mv, ph = (f"-56.{d}", f"7.9{d % 10}") if typed else (f"-56.63991111111{d:02d}", f"7.995643491514{d:02d}")
        rows.append(f"2025-06-{d:02d},tank{d % 3},25.{d},{mv},{ph}" + (",PP" if who else ""))
    return [head] + rows


def test_values_computed_to_machine_precision_with_no_one_named_are_a_program_s_output(tmp_path):
    computed = _csv(tmp_path, "total_pH.csv", _ph(typed=False))
    assert "mvTris" in records.written_by_program(computed[1])
    assert _shadows(computed) == []


def test_readings_as_typed_stay_a_working_record(tmp_path):
    typed = _csv(tmp_path, "pH_readings.csv", _ph(typed=True))
    assert not records.written_by_program(typed[1])
    assert _shadows(typed) == ["pH_readings.csv"]


def test_computed_values_beside_who_made_the_entry_stay_a_working_record(tmp_path):
    # a spreadsheet people fill in may compute a column; their initials on each row say the work is theirs
    signed = _csv(tmp_path, "pH_readings.csv", _ph(typed=False, who=True))
    assert not records.written_by_program(signed[1])
    assert _shadows(signed) == ["pH_readings.csv"]
