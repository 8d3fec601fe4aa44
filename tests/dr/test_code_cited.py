"""A record whose title rows only cite a code ('... under ADR-0007, ...') is not the record that code names."""
from __future__ import annotations

import datetime as dt

import pytest

from gapscan.linking import RecordIndex, RecordSet

from .conftest import days


@pytest.mark.parametrize("code,names,hit", [
    ("QF-11", "QF-11 Calibration register", True),
    ("QF-11", "calibration | Register | QF-11", True),
    ("QF-11", "Calibration register (QF-11)", True),
    ("QF-11", "qf11_calibration", True),
    ("QF-11", "QF-11 Calibration register for the north site laboratory and the stores", True),
    ("QF-11", "Calibration register QF-11 | Calibration register QF-11 - Harrow Vale Engineering Ltd", True),
    # a sentence of a title row that cites the code as the rule something was done under
    ("QF-11", "hazards | Hazards raised on evidence — under QF-11, a test that disproves an assumption raises it",
     False),
    ("H-28", "trace | Control trace — H-28 closes; the register reaches no high hazard at all", False),
])
def test_names_code_tells_a_name_from_a_citation(code, names, hit):
    from gapscan.linking import names_code

    assert names_code(code, names) is hit


def test_record_set_leaves_a_citing_record_out():
    records = RecordSet([
        RecordIndex(path="a.xlsx", names="hazards | Hazards raised on evidence — under QF-11, a test that "
                                         "disproves an assumption raises the rating", headers=(), stems=frozenset()),
        RecordIndex(path="b.xlsx", names="QF-11 Findings", headers=(), stems=frozenset())])
    assert records.with_code("QF-11") == frozenset({1})


def test_a_procedure_citing_a_rule_links_its_own_log_not_the_register_citing_the_rule(scan):
    scan.write("procedures/Penetration test.md",
               "# Penetration test\n\nThe tester records each finding in the test findings log.\n\n"
               "| Field | Value |\n|---|---|\n| Tester | Bo Chan |\n"
               "| Consequence | scope suspended; hazard H-2 raised under ADR-0007; ADR-0008 collapsed |\n")
    week = days(dt.date(2026, 1, 5), [7] * 5)
    scan.workbook("records/hazards.xlsx", [
        ("Register", "Hazard register", ["Ref", "Hazard", "Score", "Holder"],
         [[f"H-{k}", f"hazard {k}", k, "Ann Lee"] for k in range(1, 9)]),
        ("Raised", "Hazards raised on evidence — under ADR-0007, a test that disproves an assumption raises the "
                   "rating", ["Ref", "Hazard", "Movement"], [["H-2", "hazard 2", "up"], ["H-5", "hazard 5", "up"]])])
    scan.csv("records/test findings log.csv", ["Date", "Finding", "Tester"],
             [[d, f"finding {i}", "Bo Chan"] for i, d in enumerate(week)])
    _, result = scan.run()
    links = {link.path: link for link in result.links["procedures/Penetration test.md"]}
    claims = [c for c in result.claims["procedures/Penetration test.md"] if c.text == "uses ADR-0007"]
    assert claims and all(c.record != "records/hazards.xlsx" for c in claims)
    assert "code" not in links.get("records/hazards.xlsx", type("L", (), {"via": ""})).via
    best = result.links["procedures/Penetration test.md"][0]
    assert best.path == "records/test findings log.csv"
