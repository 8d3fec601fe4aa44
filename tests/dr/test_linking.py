"""Linking procedures to records: codes, titles, fields, config; weak links stay weak."""
from __future__ import annotations

import pytest

from gapscan.linking import RecordIndex, RecordSet, code_pattern, field_header, stem, title_score

from .conftest import days

import datetime as dt


@pytest.mark.parametrize("code,text,hit", [
    ("QF-11", "records/QF-11 Calibration register", True),
    ("QF-11", "qf11_calibration.xlsx", True),
    ("QF-11", "QF 11 log", True),
    ("QF-11", "QF-111 other", False),
    ("QF-11", "XQF-11", False),
    ("F-8.5-01", "F-8.5-01 receiving", True),
    ("Form 7", "form_07 filled.csv", True),
    # a code joined by a hyphen to letters before it is the tail of a longer code, not this one
    ("QF-12", "ABC-QF-12 register", False),
    ("LOG-001", "AUD-LOG-001 Audit log", False),
    ("F-12", "Q-F-12 sheet", False),
    ("12", "QF-12 sheet", False),
    # a year or a path before the code is no part of it
    ("QF-12", "2025-QF-12 register", True),
    ("QF-12", "records/QF-12.xlsx", True),
    ("QF-12", "Form_QF-12 filled", True),
])
def test_code_pattern(code, text, hit):
    assert bool(code_pattern(code).search(text)) is hit


RECORD_NAMES = ["records/QF-11 Calibration register", "qf11_calibration.xlsx", "QF 11 log", "QF-111 other", "XQF-11",
                "F-8.5-01 receiving", "form_07 filled.csv", "2QF-11 scan", "\u212aF-3 register", "Kf-3 copy",
                "sop 7.5.1 records", "QFA1 sheet", "ncr-2025-014 log", "Ümlaut QF-11"]


@pytest.mark.parametrize("code,expected", [
    ("QF-11", {"records/QF-11 Calibration register", "qf11_calibration.xlsx", "QF 11 log", "Ümlaut QF-11"}),
    ("Form 7", {"form_07 filled.csv"}),
    ("KF-3", {"\u212aF-3 register", "Kf-3 copy"}),  # the pattern folds the Kelvin sign to 'k'
    ("7.5.1", {"sop 7.5.1 records"}),  # a code that starts with digits is searched everywhere
    ("QF-A1", {"QFA1 sheet"}),
    ("NCR-2025-14", {"ncr-2025-014 log"}),
    ("ZZ-9", set()),
])
def test_record_set_finds_a_code_in_the_records_its_pattern_matches(code, expected):
    """with_code searches only the records with a word that starts with the code's letters: the same records
    as the pattern searched in every record's names."""
    records = RecordSet([RecordIndex(path=f"r{n}.xlsx", names=name, headers=(), stems=frozenset())
                         for n, name in enumerate(RECORD_NAMES)])
    found = {RECORD_NAMES[n] for n in records.with_code(code)}
    assert found == expected
    assert found == {name for name in RECORD_NAMES if code_pattern(code).search(name)}


@pytest.mark.parametrize("field,headers,expected", [
    ("batch number", ["Date", "Batch No.", "Result"], "Batch No."),
    ("inspector", ["Inspected by", "Date"], "Inspected by"),
    ("quantity scrapped", ["Qty scrapped", "Reason"], "Qty scrapped"),
    ("root cause", ["Cause", "Root cause analysis"], "Root cause analysis"),
    ("supplier", ["Date", "Result"], None),
])
def test_field_header(field, headers, expected):
    assert field_header(field, headers) == expected


def test_stems_meet_across_word_forms():
    assert stem("calibrated") == stem("calibration") == stem("calibrate")
    assert stem("receipt") == stem("received")


def test_title_score_needs_the_distinctive_words():
    assert title_score("supplier evaluation form", "QF-07 Supplier Evaluation List") == 1.0
    assert title_score("supplier evaluation form", "Supplier list") == 0.5
    assert title_score("calibration log", "Calibration log 2026") == 1.0
    # a log and a register of one subject are one record by two names (test_register_kinds.py); a certificate is not
    assert title_score("calibration log", "Calibration register") == 1.0
    assert title_score("calibration log", "Calibration certificate") == 0.6


def test_links_by_code_title_fields_and_config(scan):
    scan.write("procedures/QP-14 Calibration.md",
               "# Calibration\n\nResults go on the calibration register (QF-11). Each entry shall include "
               "the instrument ID, calibration date and result.\n")
    scan.csv("records/QF-11 Cal.csv", ["Instrument ID", "Calibration date", "Result"],
             [["G1", d, "Pass"] for d in days(dt.date(2026, 1, 5), [30, 30])])
    scan.csv("records/metrology.csv", ["Instrument ID", "Calibration date", "Result"],
             [["G1", d, "Pass"] for d in days(dt.date(2026, 1, 5), [30, 30])])
    scan.csv("records/canteen menu.csv", ["Day", "Dish"], [["Mon", "Soup"]])
    _, result = scan.run(config_links=[("procedures/QP-14 Calibration.md", "records/canteen menu.csv")])
    links = {link.path: link for link in result.links["procedures/QP-14 Calibration.md"]}
    assert "code QF-11" in links["records/QF-11 Cal.csv"].via and links["records/QF-11 Cal.csv"].confidence >= 0.9
    assert links["records/metrology.csv"].via.startswith("fields") and 0.5 <= links["records/metrology.csv"].confidence < 0.9
    assert links["records/canteen menu.csv"].via == "config" and links["records/canteen menu.csv"].confidence == 1.0


def test_hints_together_stay_a_hint(scan):
    # The procedure names its scrap log; an NCR register shares some of the scrap log's fields and the
    # procedure's words (batch, part number, machine) but is never named: a resemblance, not evidence.
    scan.write("procedures/QP-15 Scrap.md",
               "# Scrap\n\nScrapped parts are recorded on the scrap log (QF-21). Each entry shall include the date, "
               "batch, part number, reason, quantity and operator.\n\nEach machine is checked before the batch "
               "starts and the operator records the result.\n")
    week = days(dt.date(2026, 1, 5), [7] * 6)
    scan.csv("records/QF-21 Scrap log.csv", ["Date", "Batch", "Part number", "Reason", "Qty", "Operator"],
             [[d, f"B{i}", "VB-40", "burr", 2, "Ann"] for i, d in enumerate(week)])
    scan.csv("records/QF-08 NCR register.csv", ["NCR No", "Date raised", "Part number", "Batch", "Machine",
                                                "Nonconformity", "Raised by"],
             [[f"NCR-{i}", d, "VB-40", f"B{i}", "Haas", "burr", "Ann"] for i, d in enumerate(week)])
    _, result = scan.run()
    links = {link.path: link for link in result.links["procedures/QP-15 Scrap.md"]}
    ncr = links["records/QF-08 NCR register.csv"]
    assert ncr.via == "vocabulary, fields" and ncr.confidence == 0.49  # 0.56 if the two hints multiplied
    assert links["records/QF-21 Scrap log.csv"].confidence == 0.99
    assert {c.record for c in result.claims["procedures/QP-15 Scrap.md"]} == {"records/QF-21 Scrap log.csv"}
