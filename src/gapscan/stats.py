"""Small, dependency-free statistics for record dates: counts per period, trends, spikes.

The system-health rules ask two questions of a record's entry dates: did entries
cluster before an audit (a spike against the record's own steady rate), and did a
feed stop or decline (a trend over monthly counts). Both are answered here with
plain arithmetic so the numbers in a finding can be checked by hand.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass
from typing import Iterable, Sequence


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """First day of the month `months` after `day`'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def monthly_counts(dates: Iterable[dt.date], start: dt.date, end: dt.date) -> list[tuple[str, int]]:
    """Entries per calendar month from start's month to end's month inclusive ("2025-03", n)."""
    first, last = month_start(start), month_start(end)
    counts: dict[dt.date, int] = {}
    for d in dates:
        m = month_start(d)
        if first <= m <= last:
            counts[m] = counts.get(m, 0) + 1
    out = []
    m = first
    while m <= last:
        out.append((f"{m.year:04d}-{m.month:02d}", counts.get(m, 0)))
        m = add_months(m, 1)
    return out


def weekly_counts(dates: Iterable[dt.date], start: dt.date, weeks: int) -> list[tuple[dt.date, int]]:
    """Entries in each 7-day bin [start + 7i, start + 7i + 7) for i in range(weeks)."""
    counts = [0] * max(weeks, 0)
    for d in dates:
        i = (d - start).days // 7
        if 0 <= i < weeks:
            counts[i] += 1
    return [(start + dt.timedelta(days=7 * i), n) for i, n in enumerate(counts)]


@dataclass(frozen=True, kw_only=True)
class Trend:
    """Mann-Kendall trend test on a series, with Sen's slope (change per step)."""

    n: int
    s: int
    z: float
    p_value: float  # two-sided
    tau: float
    slope: float

    @property
    def direction(self) -> str:
        if self.p_value >= 0.05:
            return "no trend"
        return "falling" if self.s < 0 else "rising"


def mann_kendall(values: Sequence[float]) -> Trend:
    """Non-parametric trend test; ties are corrected for, so count data with zeros is fine.

    Why Mann-Kendall: monthly counts of a log are small, skewed and full of ties; the test
    needs no distribution and one outlier month cannot make a trend by itself.
    """
    x = list(values)
    n = len(x)
    s = 0
    for i in range(n - 1):
        for j in range(i + 1, n):
            diff = x[j] - x[i]
            s += (diff > 0) - (diff < 0)
    ties: dict[float, int] = {}
    for v in x:
        ties[v] = ties.get(v, 0) + 1
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties.values())) / 18.0
    if var <= 0:
        z = 0.0
    elif s > 0:
        z = (s - 1) / math.sqrt(var)
    elif s < 0:
        z = (s + 1) / math.sqrt(var)
    else:
        z = 0.0
    p = math.erfc(abs(z) / math.sqrt(2.0))
    pairs = n * (n - 1) / 2
    tau = s / pairs if pairs else 0.0
    return Trend(n=n, s=s, z=round(z, 4), p_value=round(p, 6), tau=round(tau, 4), slope=round(sen_slope(x), 4))


def sen_slope(values: Sequence[float]) -> float:
    """Median of the pairwise slopes: the typical change per step, robust to outliers."""
    slopes = sorted((values[j] - values[i]) / (j - i)
                    for i in range(len(values) - 1) for j in range(i + 1, len(values)))
    if not slopes:
        return 0.0
    mid = len(slopes) // 2
    return float(slopes[mid]) if len(slopes) % 2 else (slopes[mid - 1] + slopes[mid]) / 2.0


def poisson_sf(k: int, mu: float) -> float:
    """P(X >= k) for X ~ Poisson(mu): how surprising k events are when mu were expected."""
    if k <= 0:
        return 1.0
    if mu <= 0:
        return 0.0
    # Sum the lower tail in log space; stable for the few hundred events a window holds.
    term = math.exp(-mu)
    lower = 0.0
    for i in range(k):
        if i > 0:
            term *= mu / i
        lower += term
    if term == 0.0:  # underflow for large mu: fall back to a normal approximation
        z = (k - 0.5 - mu) / math.sqrt(mu)
        return 0.5 * math.erfc(z / math.sqrt(2.0))
    return max(0.0, min(1.0, 1.0 - lower))


@dataclass(frozen=True, kw_only=True)
class Spike:
    """Entries in a window before an event against what the record's steady rate predicts."""

    event: dt.date
    window_days: int
    in_window: int
    expected: float
    lift: float | None  # in_window / expected; None when the baseline rate is zero
    p_value: float
    baseline_days: int
    baseline_entries: int


def audit_windows(events: Iterable[dt.date], window_days: int) -> list[tuple[dt.date, dt.date]]:
    """The window before each event: the `window_days` days ending on the event day, inclusive."""
    return [(e - dt.timedelta(days=window_days - 1), e) for e in sorted(set(events))]


def spikes(dates: Sequence[dt.date], events: Iterable[dt.date], window_days: int,
           span: tuple[dt.date, dt.date] | None = None) -> list[Spike]:
    """One Spike per event inside the span; the baseline is every day of the span outside all windows.

    The steady rate comes from the record itself (entries per day outside the audit windows),
    so a busy record and a quiet one are each judged against their own normal.
    """
    if not dates:
        return []
    ordered = sorted(dates)
    first, last = span or (ordered[0], ordered[-1])
    windows = [w for w in audit_windows(events, window_days) if w[1] >= first and w[0] <= last]
    if not windows:
        return []

    def count(a: dt.date, b: dt.date) -> int:
        return bisect.bisect_right(ordered, b) - bisect.bisect_left(ordered, a)

    # Windows of audits close together overlap; the baseline excludes every covered day once.
    covered: set[dt.date] = set()
    for a, b in windows:
        d = max(a, first)
        while d <= min(b, last):
            covered.add(d)
            d += dt.timedelta(days=1)
    baseline_days = (last - first).days + 1 - len(covered)
    in_any_window = sum(1 for d in ordered[bisect.bisect_left(ordered, first):bisect.bisect_right(ordered, last)]
                        if d in covered)
    baseline_entries = count(first, last) - in_any_window
    rate = baseline_entries / baseline_days if baseline_days > 0 else 0.0
    out = []
    for a, b in windows:
        days_in_span = (min(b, last) - max(a, first)).days + 1
        n = count(a, b)
        expected = rate * days_in_span
        lift = n / expected if expected > 0 else None
        out.append(Spike(event=b, window_days=days_in_span, in_window=n, expected=round(expected, 3),
                         lift=round(lift, 3) if lift is not None else None,
                         p_value=poisson_sf(n, expected) if expected > 0 else (0.0 if n else 1.0),
                         baseline_days=baseline_days, baseline_entries=baseline_entries))
    return out
