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
    real = ps02._values_in
    monkeypatch.setattr(ps02, "_values_in", lambda e, period: calls.append(e) or real(e, period))
    start = time.process_time()
    found = list(PS02.check(ctx))
    cpu = time.process_time() - start
    assert [(f.path, f.related) for f in found] == [("rec/r001.xlsx", ("rec/r000.xlsx",))]
    assert found[0].metrics["shared_values"] == 2000
    # Only the one pair with shared identifier values is compared value by value (one column each side),
    assert len(calls) == 4  # and once more to describe the finding
    assert cpu < 8.0, f"PS02 took {cpu:.1f} s of CPU for 200 records"
