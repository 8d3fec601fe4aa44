"""PS02 and tables that cite a register's entries. A held-out HIPAA programme kept a 56-risk register; each
phase's control-to-risk traceability table cites the risks it treats by their IDs and, for the reader,
repeats each risk in a few words of its own and its rating in its own form ('Moderate (9)'). Those tables
were grouped with the register as copies of it: the IDs are shared, and two columns match by name ('Risk'
~ 'Risk to ePHI', 'Entering rating' ~ 'Rating'). But the two records do not write down the same things
about those risks: on the joined rows the name-matched columns hold other values. Two records are copies
when they register the same entries with the same facts, or hold mostly the same fields of them (a
second inventory whose values have drifted is still a copy: drift is why copies matter)."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings, write_csv as _write


RISKS = [f"R-{i:02d}" for i in range(1, 31)]
RATINGS = ["Low", "Moderate", "High"]


def _ps02(root: Path):
    return rule_findings(root, "PS02", '[kinds]\n"*.csv" = "record"\n')


def _register(root: Path) -> None:
    _write(root / "risk-register.csv", ["ID", "Risk to patient data", "Likelihood", "Impact", "Score", "Rating"],
           [[r, f"Attackers exploit weakness {i} in the system of ward {i % 7} and read patient data",
             1 + i % 5, 1 + i % 4, (1 + i % 5) * (1 + i % 4), RATINGS[i % 3]] for i, r in enumerate(RISKS)])


def _cited(i: int) -> list:
    return [RISKS[i], f"Weakness {i} on ward {i % 7}", f"{RATINGS[i % 3]} ({(1 + i % 5) * (1 + i % 4)})",
            f"Section 3({i % 6})", f"Control {i} from the access policy", f"Phase {1 + i % 3}"]


def test_a_table_citing_the_risks_with_its_own_wording_is_not_a_copy(tmp_path):
    _register(tmp_path)
    _write(tmp_path / "control-risk-traceability.csv",
           ["Risk ID", "Risk", "Entering rating", "Treating standard", "Control applied", "Onward"],
           [_cited(i) for i in range(0, 30, 2)])
    # before: "control-risk-traceability.csv records 15 of the same Risk ID values as risk-register.csv
    # (100% of the smaller list; ...); 2 columns in common (Entering rating, Risk)."
    assert _ps02(tmp_path) == []


def test_a_second_register_with_the_same_facts_is_still_a_copy(tmp_path):
    _register(tmp_path)
    _write(tmp_path / "risk-tracker.csv", ["Risk ID", "Risk to patient data", "Rating", "Score", "Treatment"],
           [[r, f"Attackers exploit weakness {i} in the system of ward {i % 7} and read patient data",
             RATINGS[i % 3], (1 + i % 5) * (1 + i % 4), f"Treatment {i}"] for i, r in enumerate(RISKS) if i % 2])
    found = _ps02(tmp_path)
    assert len(found) == 1 and "15 of the same Risk ID values" in found[0].message


def test_two_copies_of_a_citing_table_are_copies_of_each_other(tmp_path):
    _register(tmp_path)
    header = ["Risk ID", "Risk", "Entering rating", "Treating standard", "Control applied", "Onward"]
    _write(tmp_path / "control-risk-traceability.csv", header, [_cited(i) for i in range(0, 30, 2)])
    _write(tmp_path / "traceability-workbook.csv", header, [_cited(i) for i in range(0, 30, 2)])
    found = _ps02(tmp_path)
    assert len(found) == 1
    assert sorted(m["path"] for m in found[0].metrics["members"]) == ["control-risk-traceability.csv",
                                                                       "traceability-workbook.csv"]


def test_a_second_register_of_the_same_fields_is_a_copy_even_where_its_values_drifted(tmp_path):
    # the programme's system inventory kept twice: a chapter's table and a workbook with the same systems
    # and mostly the same columns, the names and tiers written differently in each
    header = ["System ID", "System", "Hosting", "Tier", "BAA"]
    _write(tmp_path / "system-inventory.csv", header,
           [[f"SYS-{i:03d}", f"Clinical system {i}", ["on-premises", "vendor-hosted"][i % 2], 1 + i % 3,
             "current"] for i in range(24)])
    _write(tmp_path / "inventory-workbook.csv", header,
           [[f"SYS-{i:03d}", f"Clinical system number {i} (enterprise)", ["on-prem", "vendor"][i % 2],
             f"{1 + i % 3} - tier", "current" if i % 4 else "pending"] for i in range(0, 24, 2)])
    found = _ps02(tmp_path)
    assert len(found) == 1 and "12 of the same System ID values" in found[0].message
