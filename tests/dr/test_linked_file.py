"""A sentence that links a record by its path ('[daily log](data/water_log.csv)') names that record, and a
sentence that names a record file the set does not hold names no other record.

The shapes of a held-out coral lab's misses (docs/SCORING.md, drhold11 and drfix11): its README's
"[Daily Measurements Tracking CSV](.../Data/Daily_measurements_tracking.csv) ... where you would be updating
daily measurements" was read as a weak link, so the cadence of the daily log was never measured; and a
titrator protocol's "Record the Date, Zero Point, Slope ... into the pH_calibration.csv file", a file the
set lacks, was checked against a look-alike water-quality log that shares two of its columns.
"""
from __future__ import annotations

import datetime as dt

from gapscan.ingest.markdown import markdown_blocks
from gapscan.model import ClaimStatus

D = dt.date


def _checks(result, path, kind):
    return [c for c in result.claims[path] if c.kind == kind]


def test_a_link_keeps_its_text_and_its_target():
    blocks = markdown_blocks("- [Water log](https://example.org/lab/blob/main/data/water_log.csv) of the tanks\n\n"
                             "See [the intro](#intro) and ![a pump](img/pump.png).\n\nNo link here.\n")
    assert [b.text for b in blocks] == ["Water log of the tanks", "See the intro and a pump.", "No link here."]
    assert [b.links for b in blocks] == [("https://example.org/lab/blob/main/data/water_log.csv",), ("#intro",), ()]


def _tank_set(scan, gap_days: int):
    scan.write("procedures/README.md",
               "# Aquarium room guide\n\n## Records\n\n"
               "- [Tank readings sheet](https://example.org/lab/blob/main/records/tank_readings.csv) holds the "
               "water quality data. Take the tank readings daily.\n")
    days = [D(2026, 1, 5) + dt.timedelta(days=gap_days * i) for i in range(40)]
    scan.csv("records/tank_readings.csv", ["Date", "Tank", "Temperature", "Salinity", "Initials"],
             [[d, "T1", 25.1, 35, "AB"] for d in days])
    # another log of the room, that the sentence does not link
    scan.csv("records/salt_mixing_usage.csv", ["Date", "Batch", "Volume", "Initials"],
             [[D(2026, 1, 5) + dt.timedelta(days=9 * i), f"B{i}", 50, "CD"] for i in range(4)])


def test_a_sentence_that_links_a_record_is_checked_against_it(scan):
    _tank_set(scan, 1)
    _, result = scan.run()
    checks = _checks(result, "procedures/README.md", "frequency")
    assert checks, "the daily readings claim"
    assert {c.record for c in checks} == {"records/tank_readings.csv"}
    assert {c.status for c in checks} == {ClaimStatus.HOLDS}


def test_the_linked_record_that_misses_the_cadence_is_a_finding(scan):
    from gapscan.rules.dr import DR02

    _tank_set(scan, 7)  # weekly readings against a daily claim
    ctx, result = scan.run()
    checks = _checks(result, "procedures/README.md", "frequency")
    assert {c.record for c in checks} == {"records/tank_readings.csv"}
    findings = list(DR02.check(ctx))
    assert [f.related for f in findings] == [("records/tank_readings.csv",)]


def test_a_link_to_a_file_the_set_lacks_links_nothing(scan):
    scan.write("procedures/README.md",
               "# Aquarium room guide\n\n- [Tank readings sheet](https://example.org/lab/blob/main/data/"
               "elsewhere_readings.csv) holds the water quality data. Take the tank readings daily.\n")
    scan.csv("records/tank_readings.csv", ["Date", "Tank", "Temperature", "Salinity", "Initials"],
             [[D(2026, 1, 5) + dt.timedelta(days=i), "T1", 25.1, 35, "AB"] for i in range(40)])
    _, result = scan.run()
    checks = _checks(result, "procedures/README.md", "frequency")
    assert checks and {c.record for c in checks} == {None}


def _titrator(scan, named: str):
    scan.write("procedures/titrator.md",
               "# Titrator protocol\n\n1. Calibrate the probe with the three buffers.\n"
               f"2. Record the Date, Zero Point, Slope, pH 4, pH 7 and Notes into the \"{named}\" file.\n")
    days = [D(2026, 1, 5) + dt.timedelta(days=i) for i in range(30)]
    # a water-quality log that shares the date, the pH and the notes
    scan.csv("records/water_quality.csv", ["Date", "Tank", "pH", "Temperature", "Notes"],
             [[d, "T1", 8.0, 25.2, ""] for d in days])


def test_a_record_file_the_set_lacks_is_not_checked_against_a_look_alike(scan):
    from gapscan.rules.dr import DR04

    _titrator(scan, "ph_probe_calibration.csv")
    ctx, result = scan.run()
    assert not any(link.path == "records/water_quality.csv" and link.confidence >= 0.5
                   for link in result.links["procedures/titrator.md"])
    checks = _checks(result, "procedures/titrator.md", "field")
    assert checks and {c.record for c in checks} == {None}
    assert {c.status for c in checks} == {ClaimStatus.NOT_CHECKABLE}
    assert all("ph_probe_calibration.csv is not in the scan" in c.detail for c in checks)
    assert list(DR04.check(ctx)) == []


def test_a_record_file_the_set_holds_is_still_checked(scan):
    from gapscan.rules.dr import DR04

    _titrator(scan, "ph_probe_calibration.csv")
    scan.csv("records/ph_probe_calibration.csv", ["Date", "Zero Point", "Slope", "pH 4", "pH 7", "Notes"],
             [[D(2026, 1, 5) + dt.timedelta(days=7 * i), -2.1, 99.0, 4.0, 7.0, ""] for i in range(4)])
    ctx, result = scan.run()
    checks = _checks(result, "procedures/titrator.md", "field")
    assert checks and {c.record for c in checks} == {"records/ph_probe_calibration.csv"}
    findings = list(DR04.check(ctx))
    # the notes are empty in every row: the one field the calibration log leaves unkept
    assert [f.metrics["field"] for f in findings] == ["Notes"]


def test_a_file_name_pattern_is_no_file_the_set_lacks(scan):
    # 'a new file named today's date (yyyymmdd.csv)' names the form of many files' names, not one file
    scan.write("procedures/tris.md",
               "# Tris calibration\n\n1. Record the date, mVTris and TTris in a new file named today's date "
               "(yyyymmdd.csv).\n")
    scan.csv("records/tris/20260105.csv", ["Date", "mVTris", "TTris"],
             [[D(2026, 1, 5), -50.1, 25.0], [D(2026, 1, 5), -50.3, 25.1]])
    _, result = scan.run()
    checks = _checks(result, "procedures/tris.md", "field")
    assert checks and not any("is not in the scan" in c.detail for c in checks)
