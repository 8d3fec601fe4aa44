"""A date of birth dates the animal or person a row is about, not the entry. A held-out farm's ranking of its ewes
(lpn_id, gender, dob, score ...) was read as a log dated by 'dob': PS01 said "12 entries, 0 in the last 90 days"
of a ranking made in February 2026, and PS02 found two rankings a week apart "over 1853 days of the same period",
the span of the ewes' birthdays. A birth date is never the column that dates the entries."""
from __future__ import annotations

from pathlib import Path

from gapscan import records
from gapscan.ingest import parse_file


def _profile(tmp_path: Path, text: str):
    path = tmp_path / "ranking.csv"
    path.write_text(text, encoding="utf-8")
    return records.profile(parse_file(path, "ranking.csv"))


def test_a_ranking_dated_only_by_birthdays_has_no_entry_dates(tmp_path: Path):
    rows = [f"{i + 1},64014920{i:02d}FLE0{i:02d},Female,202{i % 5}-03-0{1 + i % 8},{12 - i * 0.5}" for i in range(12)]
    prof = _profile(tmp_path, "\n".join(["rank,lpn_id,gender,dob,score", *rows]) + "\n")
    # before: entry_column 'dob', entries dated 2020..2024
    assert prof.entry_column is None
    assert not any(prof.entry_dates)


def test_a_treatment_log_is_dated_by_its_treatment_not_the_birth_date(tmp_path: Path):
    rows = [f"E-{i:02d},2021-0{1 + i % 9}-15,2026-02-{1 + i:02d},Dewormed,Ana Ruiz" for i in range(10)]
    prof = _profile(tmp_path, "\n".join(["Animal,Date of birth,Treated,Treatment,By", *rows]) + "\n")
    # before: 'Date of birth' (the first date column with 'date' in its name) dated the log
    assert prof.entry_column == "Treated"
    assert prof.last_entry.isoformat() == "2026-02-10"
