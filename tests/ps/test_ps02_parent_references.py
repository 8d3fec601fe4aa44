"""PS02 and a record whose rows name the other record's entries as their parent. A held-out NERC CIP programme
(drhold26) kept a categorization list of its cyber systems (one row per system ID) and an inventory of cyber
assets (one row per asset ID), each asset naming the system it belongs to: several assets share a system. The
shared system IDs made them 'the same entries written down twice'; but the inventory's entries are assets, keyed
by their own IDs, that point at the systems. A record whose rows have their own identifier and cite the other's
identifier several rows to one writes its own entries down, not the other's."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings, write_csv as _write

SYSTEMS = [f"BCS-{i:02d}" for i in range(1, 15)]
OWNERS = ["Okafor", "Bell", "Ruiz", "Nair"]


def _ps02(root: Path):
    return rule_findings(root, "PS02", '[kinds]\n"*.csv" = "record"\n')


def _systems(root: Path) -> None:
    _write(root / "system-categorization.csv",
           ["System ID", "Site", "Type", "Impact", "Criterion", "Associated", "Owner"],
           [[s, f"Site {i}", "Substation" if i % 3 else "Control Center", "Medium", f"2.{i % 5}", "EACMS,PACS",
             OWNERS[i % 4]] for i, s in enumerate(SYSTEMS)])


def test_assets_naming_their_parent_system_are_not_a_copy_of_the_systems(tmp_path):
    _systems(tmp_path)
    parents = [0, 0, 1, 1, 2, 3, 3, 4, 5, 5, 6, 6]  # twelve assets on seven systems
    _write(tmp_path / "asset-inventory.csv", ["Asset ID", "Description", "Class", "Parent System / Asset", "Impact", "Owner"],
           [[f"CA-{100 + k:04d}", f"Relay {k} at site {p}", "BCA", SYSTEMS[p], "Medium", OWNERS[p % 4]]
            for k, p in enumerate(parents)])
    # before: "asset-inventory.csv records 7 of the same Parent System values as system-categorization.csv ..."
    assert _ps02(tmp_path) == []


def test_a_second_list_of_the_same_systems_is_still_a_copy(tmp_path):
    _systems(tmp_path)
    _write(tmp_path / "system-tracker.csv", ["System ID", "Site", "Impact", "Owner", "Next review"],
           [[s, f"Site {i}", "Medium", OWNERS[i % 4], "2027-01"] for i, s in enumerate(SYSTEMS) if i % 2])
    found = _ps02(tmp_path)
    assert len(found) == 1 and "of the same System ID values" in found[0].message


FINDINGS = [f"PNC-{i:02d}" for i in range(1, 10)]
STANDARDS = ["CIP-009", "CIP-005", "CIP-008", "CIP-007", "CIP-013", "CIP-007", "CIP-010", "CIP-006", "CIP-004"]


def _findings(root: Path) -> None:
    _write(root / "findings-register.csv",
           ["PNC ID", "Standard", "Requirement", "Risk", "Description", "Recommendation", "Owner", "Status"],
           [[p, STANDARDS[i], f"R{i % 3 + 1}", "Moderate" if i % 3 else "Low", f"Gap {i} in the {STANDARDS[i]} plan",
             f"Fix gap {i}", OWNERS[i % 4], "Open"] for i, p in enumerate(FINDINGS)])


def test_plans_each_answering_one_finding_are_not_a_copy_of_the_findings(tmp_path):
    # session 19, nerccip (in sample): the mitigation plan register, one plan under its own MIT ID per PNC finding,
    # repeats each finding's standard, risk and owner beside its own weakness, remediation, date and disposition;
    # it was linked as the findings written down again (judged wrong: plans citing their findings one to one)
    _findings(tmp_path)
    _write(tmp_path / "mitigation-plans.csv",
           ["MIT ID", "Source PNC", "Standard", "Risk", "Weakness", "Remediation", "Owner", "Completion Date",
            "Disposition", "Status"],
           [[f"MIT-{i + 1:02d}", p, STANDARDS[i], "Moderate" if i % 3 else "Low", f"Plan {i} not updated",
             f"Update plan {i}", OWNERS[i % 4], f"2027-01-{10 + i}", "Self-Logged", "Closed"]
            for i, p in enumerate(FINDINGS)])
    # before: "mitigation-plans.csv records 9 of the same Source PNC values as findings-register.csv ..."
    assert _ps02(tmp_path) == []


def test_a_copy_of_the_findings_under_numbers_of_its_own_is_still_a_copy(tmp_path):
    # most of its columns are the findings' own: the same entries written down again, renumbered
    _findings(tmp_path)
    _write(tmp_path / "findings-tracker.csv",
           ["Tracker No", "PNC ID", "Standard", "Requirement", "Risk", "Description", "Owner", "Status"],
           [[f"TR-{i + 1:03d}", p, STANDARDS[i], f"R{i % 3 + 1}", "Moderate" if i % 3 else "Low",
             f"Gap {i} in the {STANDARDS[i]} plan", OWNERS[i % 4], "Open"] for i, p in enumerate(FINDINGS)])
    found = _ps02(tmp_path)
    assert len(found) == 1 and "PNC ID" in found[0].message, [f.message for f in found]
