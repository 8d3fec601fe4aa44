"""records.profile's columns read in C (issue 11, perf21b): each fast path gives what the plain reading gives.

_texts_of is _cell_text over a column (a column of texts or of numbers read one call a value); _blank_values
finds the blanks the plain test finds; out_of_order_last is the reading its docstring states, written plainly
below; _sample takes the evenly spaced values it always took. Random columns of every kind the readers give, with blanks, whole floats, big and odd numbers.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from gapscan import records
from gapscan.records import _blank_values, _cell_text, _sample, _texts_of, out_of_order_last

_ODD_FLOATS = [0.0, -0.0, 3.0, -2.0, 1e16, 2.0**53, 2.0**60, 1e-05, 1.5e300, 0.1, 12345.678, float("inf"),
               float("-inf"), float("nan"), 1e22, 7.25]


def _value(rng: random.Random, kinds: str):
    kind = rng.choice(kinds)
    if kind == "s":
        return rng.choice(["QF-101", " padded ", "Jay Patel", "", "  ", "1e5", "3.0", "x.0", "ée", "line\n"])
    if kind == "i":
        return rng.choice([0, 1, -7, 10**20, 2**53 + 1, rng.randrange(10**6)])
    if kind == "f":
        return rng.choice(_ODD_FLOATS + [rng.uniform(-1e6, 1e6), float(rng.randrange(10**6)),
                                         rng.randrange(10**4) / 100])
    if kind == "d":
        return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(400))
    if kind == "t":
        return dt.datetime(2025, 3, 1, 8, 30) + dt.timedelta(minutes=rng.randrange(10**5))
    return rng.choice([True, False])


def test_texts_of_is_cell_text_for_every_kind_of_column():
    rng = random.Random(11)
    for kinds in ["s", "i", "f", "if", "fi", "sif", "d", "t", "b", "ib", "fb", "sd", "ifd", "sifdtb"]:
        for _ in range(200):
            values = [_value(rng, kinds) for _ in range(rng.randrange(0, 30))]
            assert _texts_of(values) == [_cell_text(v) for v in values], (kinds, values)


def test_blank_values_are_those_the_plain_test_finds():
    rng = random.Random(31)
    for kinds in ["s", "sn", "i", "in", "f", "sif", "sfn", "d", "dn", "sdtbn", "b", "sb"]:
        for _ in range(200):
            values = [None if k == "n" else _value(rng, k) for k in rng.choices(kinds, k=rng.randrange(0, 30))]
            counts = Counter(values)
            want = {v for v in counts if v is None or v == "" or (type(v) is str and not v.strip())}
            assert _blank_values(counts, set(map(type, counts))) == want, values


def _plain_out_of_order_last(dates):
    seq = [(i, d) for i, d in enumerate(dates) if d is not None]
    if len(seq) < 5:
        return ()
    pairs = list(zip(seq, seq[1:]))
    up = sum(b[1] >= a[1] for a, b in pairs)
    down = sum(b[1] <= a[1] for a, b in pairs)
    if max(up, down) < records.ORDERED_SHARE * len(pairs):
        return ()
    end = seq[-1][1] if up >= down else seq[0][1]
    past = [(i, d) for i, d in seq if d > end]
    if not past or len(past) > min(records.SET_ASIDE_MAX, records.SET_ASIDE_SHARE * len(seq)):
        return ()
    kept = sorted({d for _, d in seq if d <= end})
    spacing = max(((b - a).days for a, b in zip(kept, kept[1:])), default=0)
    return tuple(i for i, d in past if (d - end).days > spacing)


def test_out_of_order_last_is_the_plain_reading():
    rng = random.Random(21)
    start = dt.date(2025, 3, 1)
    found = 0
    for _ in range(3000):
        n = rng.randrange(0, 90)
        step = rng.choice([1, 2, 7])
        dates = [start + dt.timedelta(days=step * i) for i in range(n)]
        if rng.random() < 0.5:
            dates.reverse()
        for _ in range(rng.randrange(0, 4)):  # mistyped dates, far or near
            if dates:
                dates[rng.randrange(len(dates))] = start + dt.timedelta(days=rng.choice([-300, 3, 40, 200, 900]))
        for _ in range(rng.randrange(0, n // 3 + 1)):  # blanks
            if dates:
                dates[rng.randrange(len(dates))] = None
        if rng.random() < 0.1:
            rng.shuffle(dates)
        dates = tuple(dates)
        want = _plain_out_of_order_last(dates)
        assert out_of_order_last(dates) == want, dates
        found += bool(want)
    assert found > 50  # the rows set aside are tested, not only the logs with none


def test_sample_takes_evenly_spaced_values():
    for n in (0, 1, records.SAMPLE, records.SAMPLE + 1, 2 * records.SAMPLE + 7, 35_001):
        values = list(range(n))
        step = n / records.SAMPLE
        want = values if n <= records.SAMPLE else [values[int(i * step)] for i in range(records.SAMPLE)]
        assert _sample(values) == want
