"""PS01 and a record whose layout a procedure spells out: "Save the readings as a new CSV file named today's date
(yyyymmdd.csv) ... Column 1: mVTris; Column 2: TTris", or "a .csv file with the column headings "date", "TTris"
and "mVTris"". A held-out coral lab's pH-probe calibrations (one file a day, 8 and 23 files) were each "kept
outside the documented system ... no procedure names it", though the calibration procedure says how to make
exactly that file. A procedure that gives a record's column names, in a sentence about columns or headings,
governs the record; ordinary column names (Date, Notes, Initials) prove nothing, nor do names the procedure only
uses in passing."""
from __future__ import annotations

from types import SimpleNamespace

from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from recbuild import profile, record_doc, table, text_doc

ROWS = [(f"{-55 - i / 10:.1f}", f"{24 + i / 2:.1f}") for i in range(10)]


def _ctx(paragraphs: list[str], header=("mVTris", "TTris"), rows=ROWS, path="data/cal/20240105.csv"):
    tbl = table(header, rows)
    prof = profile(path, tbl, {h: "number" for h in header})
    proc = text_doc("protocols/pH probe calibration.md", paragraphs)
    return Context(documents=(proc, record_doc(path, tbl)), records={path: prof}, drift=SimpleNamespace(links={}))


def test_a_record_laid_out_as_the_procedure_says_is_not_a_shadow_record():
    ctx = _ctx(["Warm the buffer slowly and record values at each degree.",
                "Save measured values in a new CSV file named today's date (yyyymmdd.csv). "
                "Column 1: mVTris (pH values); Column 2: TTris (temperature values)."])
    assert list(PS01.check(ctx)) == []


def test_column_headings_in_quotes_name_the_record_too():
    rows = [("20240105",) + r for r in ROWS]
    ctx = _ctx(['Save your temperature and mV values as a .csv file with the following column headings: '
                '"date", "TTris", and "mVTris".'], header=("tris.date", "mVTris", "Ttris"), rows=rows)
    assert list(PS01.check(ctx)) == []


def test_the_same_words_outside_a_sentence_about_columns_do_not_name_it():
    # the time of each reading: an undated record with nothing of a log gives no PS01 at all
    # (test_ps01_undated_lists.py), whatever a procedure says of its columns
    ctx = _ctx(["Plot mVTris against TTris and check that the fit is linear."], header=("Time", "mVTris", "TTris"),
               rows=[(f"10:{i:02d}", m, t) for i, (m, t) in enumerate(ROWS)])
    (f,) = PS01.check(ctx)
    assert f.path == "data/cal/20240105.csv"


def test_ordinary_column_names_in_a_columns_sentence_do_not_name_a_record():
    header = ("Date", "Notes", "Initials", "Reading")
    rows = [(f"2024-01-{d:02d}", "ok", "AB", d) for d in range(1, 11)]
    ctx = _ctx(["Keep a sheet with the columns Date, Notes and Initials."], header=header, rows=rows,
               path="data/tank readings.csv")
    (f,) = PS01.check(ctx)
    assert f.path == "data/tank readings.csv"


def test_a_column_name_that_is_an_ordinary_word_counts_only_when_given_as_a_name():
    # the in-situ file's headings are quoted; "salinity" in the prose is the measurement, not a column of this log
    header = ("Date", "SampleID", "TA", "Mass", "Salinity")
    rows = [(f"2024-01-{d:02d}", f"S{d}", 2200 + d, 60.1, 35) for d in range(1, 11)]
    ctx = _ctx(['Also record the salinity and save it with your sample IDs in a .csv file with the column headings '
                '"date", "SampleID", "Salinity_lab", "mV", "TempInSitu".'], header=header, rows=rows,
               path="data/titration samples.csv")
    (f,) = PS01.check(ctx)
    assert f.path == "data/titration samples.csv"
