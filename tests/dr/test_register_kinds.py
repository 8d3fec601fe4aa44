"""A register goes by several names: the procedure's 'asset register' is the 'Asset Inventory' the client keeps, its
'risk register' the 'Risk log'. Before, a one-word subject matched only with the procedure's own kind word in the
record's name ('register'), so these were a weak link and 'not checkable' (drsmall2's reading of in-sample sets,
session 10). Now a register, inventory, log, list, tracker or catalogue of the same subject is the form filled in,
when it dates its entries. A register of another subject, a list that dates nothing, and a report or checklist of
the same subject are not.
"""
from __future__ import annotations

import datetime as dt

from gapscan.linking import title_score
from gapscan.model import ClaimStatus

D = dt.date


def _form(scan, sentence: str):
    scan.write("procedures/assets.md", "# Asset management\n\n" + sentence + "\n")
    _, result = scan.run()
    (check,) = [c for c in result.claims["procedures/assets.md"] if c.kind == "form"]
    return check


def test_an_asset_inventory_is_the_asset_register(scan):
    scan.csv("records/Asset Inventory.csv", ["Asset", "Owner", "Added"],
             [[f"laptop {n}", "IT", D(2025, 1, n)] for n in range(1, 6)])
    check = _form(scan, "Every new laptop is entered in the asset register by IT.")
    assert check.status is ClaimStatus.HOLDS
    assert check.record == "records/Asset Inventory.csv"


def test_a_risk_log_is_the_risk_register(scan):
    scan.csv("records/risk-log.csv", ["Risk", "Owner", "Raised"],
             [[f"threat {n}", "CISO", D(2025, 2, n)] for n in range(1, 6)])
    assert _form(scan, "New risks are added to the risk register.").status is ClaimStatus.HOLDS


def test_a_register_of_another_subject_is_not_it(scan):
    scan.csv("records/supplier-inventory.csv", ["Supplier", "Owner", "Added"],
             [[f"supplier {n}", "Buyer", D(2025, 1, n)] for n in range(1, 6)])
    assert _form(scan, "Every new laptop is entered in the asset register by IT.").status \
        is ClaimStatus.NOT_CHECKABLE


def test_a_list_that_dates_nothing_is_not_the_register_kept(scan):
    # a list of asset types with no dated entry is no register of assets kept
    scan.csv("records/asset-list.csv", ["Asset type", "Owner", "Classification"],
             [[f"type {n}", "IT", "internal"] for n in range(1, 6)])
    assert _form(scan, "Every new laptop is entered in the asset register by IT.").status \
        is not ClaimStatus.HOLDS


def test_other_kinds_of_record_are_not_a_register():
    assert title_score("asset register", "Asset Inventory") == 1.0
    assert title_score("risk register", "risk-log") == 1.0
    assert title_score("risk register", "Risk assessment report") < 1.0
    assert title_score("asset register", "asset checklist") < 1.0
    assert title_score("asset register", "Risk Register") == 0.0
    assert title_score("inspection checklist", "inspection log") < 1.0


def test_a_report_in_a_file_of_logs_is_not_a_register():
    # one log of Logs.md: its names are its heading and the file's name, which says 'logs' of every log in it
    assert title_score("risk register", "8. Risk Assessment Report | Logs") < 1.0
