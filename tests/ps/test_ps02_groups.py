"""PS02 on real files: one finding per group of records that write the same entries down, and
records joined by shared reference numbers whatever their columns are called."""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import random
from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine

BENCH = Path(__file__).resolve().parents[2] / "bench" / "make_client_set.py"
OPERATORS = ["Ann Lee", "Bo Chan", "Cy Park", "Di Rossi"]


def _ps02(folder: Path):
    cfg = config_mod.load(config_mod.discover(folder))
    report = engine.run([folder], cfg, engine.RunOptions(select=("PS02",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    assert all(d.document.status.value == "ok" for d in report.documents)
    return [f for f in report.findings if f.rule == "PS02"]


def _write_csv(path: Path, header, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else v for v in row])


def _write_xlsx(path: Path, header, rows, sheet="Log") -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def test_similar_logs_give_one_finding_per_group_not_per_pair(tmp_path):
    spec = importlib.util.spec_from_file_location("make_client_set", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.generate(tmp_path / "set", scale=0.2, rows=150, pages=1)  # the bench set's 40 logs, 150 rows each
    records = sorted(p.name for p in (tmp_path / "set" / "records").iterdir())
    assert len(records) == 40
    found = _ps02(tmp_path / "set" / "records")
    members = [{f.path, *f.related} for f in found]
    # Groups are disjoint, each is reported once, and the linked pairs behind them far outnumber the findings.
    assert sum(map(len, members)) == len(set().union(*members))
    assert len(found) <= len(bench.RECORD_KINDS) < len(records)
    assert sum(f.metrics["pair_count"] for f in found) > 5 * len(found)
    for f in found:
        m = f.metrics
        assert m["group_size"] == len(f.related) + 1 == len(m["members"])
        assert {x["path"] for x in m["members"]} == {f.path, *f.related}
        assert all(x["rows"] == 150 for x in m["members"])
        # every member is joined to the group by a link that names both records and its numbers: all
        # the links of a small group, the strongest one per member in a large one
        assert len(m["links"]) == (m["pair_count"] if m["pair_count"] <= 12 else m["group_size"] - 1)
        assert set().union(*(set(link["records"]) for link in m["links"])) == {f.path, *f.related}
        assert f"{m['group_size']} records write down the same entries" in f.message
        assert f.location.sheet is None or f.location.cell  # where the header sits


def _orders(seed: int):
    rng = random.Random(seed)
    start = dt.date(2025, 3, 3)
    out = []
    for i in range(50):
        out.append({"order": f"PO-{45001200 + 7 * i}", "date": start + dt.timedelta(days=i // 2),
                    "supplier": rng.choice(["Acme Metals", "Brill Plastics", "Corran Foods", "Delta Pack"]),
                    "item": rng.choice(["steel coil", "film roll", "carton 40x30", "label reel", "pallet wrap"]),
                    "qty": rng.randint(1, 400), "by": rng.choice(OPERATORS)})
    return out


def test_same_orders_typed_into_two_records_with_different_headers(tmp_path):
    orders = _orders(1)
    _write_xlsx(tmp_path / "Goods in log.xlsx", ("Date", "Order no", "Supplier", "Item", "Qty", "Received by"),
                [(o["date"], o["order"], o["supplier"], o["item"], o["qty"], o["by"]) for o in orders],
                sheet="Goods in")
    # The portal export holds 40 of the same 50 orders (80%) and 10 of its own, under other column names.
    rng = random.Random(2)
    own = [{**o, "order": f"PO-{46000000 + i}", "qty": rng.randint(1, 400)} for i, o in enumerate(orders[:10])]
    portal = sorted(orders[10:] + own, key=lambda o: (o["date"], o["order"]))
    _write_csv(tmp_path / "supplier_portal_export.csv", ("Portal ref", "Delivery date", "Vendor", "Material",
                                                         "Quantity received", "Status"),
               [(o["order"], o["date"], o["supplier"], o["item"], o["qty"], "Received") for o in portal])
    [f] = _ps02(tmp_path)
    assert {f.path, *f.related} == {"Goods in log.xlsx", "supplier_portal_export.csv"}
    m = f.metrics
    assert m["links"][0]["by"] == "reference values"
    other = f.related[0]
    assert sorted(m["id_columns"]) == ["Order no", "Portal ref"]
    assert m["shared_values"] == 40 and m["containment"] == 0.8
    assert m["rows_matched"] == [40, 40] and m["row_share"] == [0.8, 0.8]
    agreeing = {frozenset(a["columns"]) for a in m["agreeing_columns"]}
    assert {frozenset(("Supplier", "Vendor")), frozenset(("Item", "Material")),
            frozenset(("Qty", "Quantity received")), frozenset(("Date", "Delivery date"))} <= agreeing
    assert all(a["agreement"] == 1.0 for a in m["agreeing_columns"])
    assert "40 of the same reference numbers" in f.message and "80% of the smaller list" in f.message
    # Evidence opens the same order in both files: a sheet cell in the workbook, a row in the csv.
    first = min(o["order"] for o in orders[10:])
    assert [e.path for e in f.evidence[1:3]] == [f.path, other]
    assert all(first in e.text for e in f.evidence[1:3])
    xlsx = next(e for e in f.evidence[1:] if e.path == "Goods in log.xlsx")
    assert xlsx.location.sheet == "Goods in" and xlsx.location.column == "Order no" and xlsx.location.cell


def _tray_logs(folder: Path, tray_label) -> None:
    """Two logs of the same trays, day by day: the same dates, operators and products on each row."""
    rng = random.Random(4)
    days = [dt.date(2025, 5, 1) + dt.timedelta(days=i) for i in range(45)]
    trays = [tray_label(n) for n in rng.sample(range(100, 400), 45)]  # not a row counter either
    people = [OPERATORS[i % 4] for i in range(45)]
    products = [rng.choice(["chicken tikka", "veg curry", "beef chilli"]) for _ in days]
    _write_xlsx(folder / "Line 2 hygiene checks.xlsx", ("Date", "Tray no", "Product", "Check", "Operator"),
                [(d, t, pr, rng.choice(["swab", "visual", "ATP"]), p)
                 for d, t, pr, p in zip(days, trays, products, people)])
    _write_csv(folder / "oven temperature log.csv", ("Cooked on", "Carrier no", "Recipe", "Core temp C", "Cook"),
               [(d, t, pr, round(rng.uniform(72, 80), 1), p) for d, t, pr, p in zip(days, trays, products, people)])


def test_logs_sharing_dates_operators_products_and_small_numbers_are_not_duplicates(tmp_path):
    _tray_logs(tmp_path, lambda n: n)  # tray numbers 100-399: small numbers, not references
    assert _ps02(tmp_path) == []


def test_the_same_logs_keyed_by_tray_references_are_duplicates(tmp_path):
    _tray_logs(tmp_path, lambda n: f"TR-{n:05d}")
    [f] = _ps02(tmp_path)
    assert f.metrics["shared_values"] == 45 and f.metrics["links"][0]["by"] == "reference values"
    # People's names agree on every row but are not evidence; date and product are.
    assert sorted(tuple(sorted(a["columns"])) for a in f.metrics["agreeing_columns"]) == [
        ("Cooked on", "Date"), ("Product", "Recipe")]


def test_a_log_that_cites_another_logs_numbers_is_not_a_duplicate(tmp_path):
    rng = random.Random(5)
    start = dt.date(2025, 2, 3)
    ncrs = [(f"NCR-25-{i + 1:03d}", start + dt.timedelta(days=2 * i), rng.choice(["VB-40", "PH-120", "IM-90"]),
             rng.choice(["porosity", "burr on face", "undersize bore"]), rng.randint(1, 30), rng.choice(OPERATORS))
            for i in range(60)]
    _write_xlsx(tmp_path / "QF-08 NCR Register.xlsx", ("NCR No", "Date raised", "Part", "Nonconformity",
                                                        "Qty", "Raised by"), ncrs)
    cited = sorted(rng.sample(ncrs, 30))
    _write_csv(tmp_path / "QF-09 Corrective Action Log.csv", ("CA No", "NCR ref", "NCR raised", "Action", "Owner",
                                                               "Target date"),
               [(f"CA-{i + 1:03d}", n[0], n[1], rng.choice(["retrain", "new fixture", "change insert", "8D"]),
                 rng.choice(OPERATORS), n[1] + dt.timedelta(days=30)) for i, n in enumerate(cited)])
    # Every cited NCR is in the register, but the action log's rows are actions, not the NCRs again.
    assert _ps02(tmp_path) == []


def test_three_records_of_the_same_orders_are_one_finding_showing_every_link(tmp_path):
    orders = _orders(7)
    _write_xlsx(tmp_path / "Goods in log.xlsx", ("Date", "Order no", "Supplier", "Item", "Qty", "Received by"),
                [(o["date"], o["order"], o["supplier"], o["item"], o["qty"], o["by"]) for o in orders])
    _write_csv(tmp_path / "supplier_portal_export.csv", ("Portal ref", "Delivery date", "Vendor", "Material",
                                                         "Quantity received"),
               [(o["order"], o["date"], o["supplier"], o["item"], o["qty"]) for o in orders[5:]])
    _write_csv(tmp_path / "erp_receipts.csv", ("Receipt", "PO", "Posted", "Creditor", "Article", "Units"),
               [(f"GR{9000 + i}", o["order"], o["date"], o["supplier"], o["item"], o["qty"])
                for i, o in enumerate(orders[:40])])
    _write_csv(tmp_path / "forklift checks.csv", ("Date", "Truck", "Checked by", "Result"),
               [(o["date"], f"FLT-{i % 3 + 1:02d}", o["by"], "OK") for i, o in enumerate(orders)])
    [f] = _ps02(tmp_path)
    members = {"Goods in log.xlsx", "supplier_portal_export.csv", "erp_receipts.csv"}
    assert {f.path, *f.related} == members and f.metrics["group_size"] == 3 and f.metrics["pair_count"] == 3
    pairs = {frozenset(link["records"]): link for link in f.metrics["links"]}
    assert set(pairs) == {frozenset(p) for p in (("Goods in log.xlsx", "supplier_portal_export.csv"),
                                                  ("Goods in log.xlsx", "erp_receipts.csv"),
                                                  ("supplier_portal_export.csv", "erp_receipts.csv"))}
    assert pairs[frozenset(("Goods in log.xlsx", "supplier_portal_export.csv"))]["shared_values"] == 45
    assert pairs[frozenset(("Goods in log.xlsx", "erp_receipts.csv"))]["shared_values"] == 40
    assert pairs[frozenset(("supplier_portal_export.csv", "erp_receipts.csv"))]["shared_values"] == 35
    assert f.message.startswith("3 records write down the same entries")
