"""PS02 scales with the values records share, not with records x records."""
import datetime as dt
import random
import time
from types import SimpleNamespace

from gapscan.rules.ps import ps02
from gapscan.rules.base import Context
from gapscan.rules.ps import PS02
from recbuild import profile, record_doc, table


def _many_records(n_records, n_rows):
    rng = random.Random(5)
    word = lambda: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))  # noqa: E731
    recs = []
    start = dt.date(2025, 1, 1)
    for r in range(n_records):
        header = ("Date", "Batch", word(), word(), word())
        owner = r
        if r == 1:  # the planted copy: record 0's batches and fields, written down again
            header, owner = recs[0][0].blocks[0].table.header, 0
        rows = [(start + dt.timedelta(days=i % 300), f"R{owner}-{i}", rng.choice(["ok", "check", "rework"]),
                 f"S{owner}", i * 3) for i in range(n_rows)]
        tbl = table(header, rows)
        path = f"rec/r{r:03d}.xlsx"
        recs.append((record_doc(path, tbl), profile(path, tbl, {"Date": "date", "Batch": "identifier"}, entry="Date")))
    return Context(documents=tuple(d for d, _ in recs), records={p.path: p for _, p in recs},
                   drift=SimpleNamespace(links={}))


def test_ps02_200_records_of_2000_rows_compares_only_pairs_that_share_values(monkeypatch):
    ctx = _many_records(200, 2000)
    calls = []
    real = ps02._duplicate_pair
    monkeypatch.setattr(ps02, "_duplicate_pair", lambda pa, a, ea, pb, b, *rest, **kw: calls.append((pa, pb)) or
                        real(pa, a, ea, pb, b, *rest, **kw))
    start = time.process_time()
    found = list(PS02.check(ctx))
    cpu = time.process_time() - start
    assert [(f.path, f.related) for f in found] == [("rec/r001.xlsx", ("rec/r000.xlsx",))]
    assert found[0].metrics["shared_values"] == 2000
    # Only the one pair with shared identifier values is compared (its count read from the value index),
    assert calls == [("rec/r000.xlsx", "rec/r001.xlsx")] * 2  # and once more to describe the finding
    assert cpu < 8.0, f"PS02 took {cpu:.1f} s of CPU for 200 records"


def _copies():
    """A batch log, two copies of it (one kept over a shorter period) and a log sharing half its batches."""
    start = dt.date(2025, 1, 1)
    header = ("Date", "Batch", "Product", "Line", "Checked by")
    source = [(start + dt.timedelta(days=i // 4), f"B25-{i:04d}", f"P{i % 7}", f"L{i % 3}", "AB") for i in range(800)]
    logs = {"rec/a log.xlsx": source,
            "rec/b copy.xlsx": source[::2],
            "rec/c late copy.xlsx": source[200:],  # starts 50 days later: compared over its own period
            "rec/d half.xlsx": [(d, f"B25-{i:04d}" if i % 2 else f"X9-{i:04d}", p, ln, c)
                                for i, (d, _, p, ln, c) in enumerate(source)]}
    recs = [(record_doc(path, table(header, rows)),
             profile(path, table(header, rows), {"Date": "date", "Batch": "identifier"}, entry="Date"))
            for path, rows in logs.items()]
    return Context(documents=tuple(d for d, _ in recs), records={p.path: p for _, p in recs},
                   drift=SimpleNamespace(links={}))


def test_ps02_counts_from_the_value_index_decide_as_intersections(monkeypatch):
    ctx = _copies()
    fast = list(PS02.check(ctx))
    (group,) = fast
    assert group.metrics["members"][0] == {"path": "rec/a log.xlsx", "rows": 800}
    # the strongest link: the late copy holds 600 of the log's batches over the period both cover
    assert group.metrics["pair_count"] == 6 and group.metrics["shared_values"] == 600
    assert group.metrics["links"][0]["records"] == ["rec/c late copy.xlsx", "rec/a log.xlsx"]
    # the same run with every pair's values intersected, and every period's values picked one by one
    monkeypatch.setattr(ps02, "_shared_count", lambda ka, va, kb, vb, counts: len(va & vb))
    monkeypatch.setattr(ps02, "_values_in_sorted", lambda entity, period, *_: ps02._values_in(entity, period))
    assert list(PS02.check(ctx)) == fast


def test_ps02_bit_rows_count_shared_values_as_the_value_index(monkeypatch):
    """Columns x values as rows of bits give the value index's counts, pair for pair, and the same findings."""
    for ctx in (_copies(), _many_records(30, 200)):
        entities = {p: ps02._entity_columns(prof) for p, prof in sorted(ctx.records.items())}
        by_bits = ps02._value_overlaps(entities, 5)
        by_index = ps02._overlaps_by_index(entities, 5)
        assert by_bits == by_index and list(by_bits) == list(by_index) and by_bits
        fast = list(PS02.check(ctx))
        monkeypatch.setattr(ps02, "_BIT_BUDGET", 0)  # every pair of columns from the value index
        assert list(PS02.check(ctx)) == fast
        monkeypatch.undo()
    # the copies' counts (entity column 0: Batch): 'b copy' holds every other batch of 'a log', 'd half' the odd ones
    entities = {p: ps02._entity_columns(prof) for p, prof in sorted(_copies().records.items())}
    counts = ps02._value_overlaps(entities, 5)
    assert counts[("rec/a log.xlsx", "rec/b copy.xlsx")] == {(0, 0): 400}
    assert counts[("rec/a log.xlsx", "rec/d half.xlsx")] == {(0, 0): 400}
    assert ("rec/b copy.xlsx", "rec/d half.xlsx") not in counts  # even batches against odd ones


def test_ps02_pairs_of_columns_sharing_few_values_overall_are_not_intersected_by_period(monkeypatch):
    """The late copy is compared over its own period (its values intersected); leaving out the pairs of
    columns that share under min_shared values over all their values decides as intersecting them all."""
    ctx = _copies()
    fast = list(PS02.check(ctx))
    for name in ("_duplicate_pair", "_reference_join"):
        real = getattr(ps02, name)
        monkeypatch.setattr(ps02, name, lambda *args, _real=real, **kw: _real(*args, **{**kw, "sharing": None}))
    assert list(PS02.check(ctx)) == fast
    assert fast[0].metrics["compared_period"] == ["2025-02-20", "2025-07-19"]  # the late copy's days 50-199


def _kinds_of_logs():
    """A chain of 26 logs of one header row (each kept 60 days from 20 days after the one before: a log
    shares 40 days with its neighbours, 20 with the next but one), five logs of another header row over
    the same 60 days, an undated log of the first row, and the copies above (linked by batch numbers)."""
    start = dt.date(2025, 1, 1)
    logs = {}
    for r in range(26):
        n = 60 + 5 * (r % 2)  # logs the same size: the later path is the smaller one
        logs[f"rec/chain {r:02d}.xlsx"] = (("Date", "Batch", "Machine", "Part", "Operator", "Result"),
                                           [(start + dt.timedelta(days=20 * r + i % 60), f"C{r}-{i:03d}",
                                             f"M{i % 3}", f"P{i % 2}", "AB", "ok") for i in range(n)])
    for r in range(5):
        logs[f"rec/order {r}.xlsx"] = (("Date", "Order", "Supplier", "Item", "Carrier"),
                                       [(start + dt.timedelta(days=i % 60), f"O{r}-{i:03d}", "Acme", "film",
                                         "DHL") for i in range(50 + r)])
    logs["rec/undated.xlsx"] = (("Date", "Batch", "Machine", "Part", "Operator", "Result"),
                                [(None, f"U-{i:03d}", "M1", "P1", "AB", "ok") for i in range(40)])
    recs = [(record_doc(path, table(header, rows)),
             profile(path, table(header, rows), {"Date": "date", "Batch": "identifier", "Order": "identifier"},
                     entry="Date"))
            for path, (header, rows) in logs.items()]
    copies = _copies()
    return Context(documents=tuple(d for d, _ in recs) + copies.documents,
                   records={**{p.path: p for _, p in recs}, **copies.records}, drift=SimpleNamespace(links={}))


def test_ps02_pairs_decided_per_header_row_as_when_compared_one_by_one(monkeypatch):
    """The pairs of records sharing no identifier values are decided per pair of header rows and their
    periods compared at once; comparing every pair one by one (as if each shared values) finds the same."""
    ctx = _kinds_of_logs()
    fast = list(PS02.check(ctx))
    by_size = sorted((f.metrics["group_size"], f.metrics["pair_count"], len(f.metrics["links"])) for f in fast)
    # the order logs: all 10 pairs shown; the copies: 6; the chain: 25 neighbours linked, a spanning tree shown
    assert by_size == [(4, 6, 6), (5, 10, 10), (26, 25, 25)]
    chain = next(f for f in fast if f.metrics["group_size"] == 26)
    assert "rec/undated.xlsx" not in chain.related and chain.metrics["period_overlap_days"] == 40
    real = ps02._value_overlaps

    def every_pair(entities, min_shared):
        found = real(entities, min_shared)
        paths = sorted(entities)
        return {(a, b): found.get((a, b), {}) for i, a in enumerate(paths) for b in paths[i + 1:]}

    monkeypatch.setattr(ps02, "_value_overlaps", every_pair)
    assert list(PS02.check(ctx)) == fast
