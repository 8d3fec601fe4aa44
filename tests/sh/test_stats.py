"""The trend and spike statistics on generated date series: steady, spiking, stopped, seasonal."""
import datetime as dt
import random

from gapscan import stats

START = dt.date(2025, 1, 1)
END = dt.date(2025, 12, 31)


def steady(rng, per_week=5, start=START, end=END):
    out, d = [], start
    while d <= end:
        if rng.random() < per_week / 7:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def test_monthly_counts_fill_empty_months():
    series = stats.monthly_counts([dt.date(2025, 1, 5), dt.date(2025, 3, 1), dt.date(2025, 3, 9)],
                                  dt.date(2025, 1, 20), dt.date(2025, 4, 2))
    assert series == [("2025-01", 1), ("2025-02", 0), ("2025-03", 2), ("2025-04", 0)]


def test_weekly_counts_bins_are_seven_days():
    bins = stats.weekly_counts([dt.date(2025, 1, 1), dt.date(2025, 1, 7), dt.date(2025, 1, 8)], dt.date(2025, 1, 1), 2)
    assert bins == [(dt.date(2025, 1, 1), 2), (dt.date(2025, 1, 8), 1)]


def test_mann_kendall_flat_series_has_no_trend():
    rng = random.Random(1)
    counts = [20 + rng.randint(-3, 3) for _ in range(12)]
    trend = stats.mann_kendall(counts)
    assert trend.p_value > 0.05
    assert trend.direction == "no trend"


def test_mann_kendall_falling_series():
    trend = stats.mann_kendall([14, 12, 13, 10, 9, 9, 7, 5, 4, 4, 2, 1])
    assert trend.direction == "falling"
    assert trend.p_value < 0.001
    assert trend.slope < -0.9
    assert trend.tau < -0.8


def test_mann_kendall_seasonal_year_is_not_a_trend():
    # Busy summers, quiet winters: a cycle, not a decline.
    counts = [4, 6, 9, 12, 15, 16, 15, 12, 9, 6, 4, 3, 4, 6, 9, 12, 15, 16, 15, 12, 9, 6, 4, 3]
    assert stats.mann_kendall(counts).p_value > 0.05


def test_mann_kendall_ties_and_constant_series():
    assert stats.mann_kendall([0, 0, 0, 0, 0]).z == 0.0
    assert stats.mann_kendall([5]).p_value == 1.0


def test_poisson_tail():
    assert abs(stats.poisson_sf(1, 2.0) - (1 - 0.1353352832)) < 1e-6
    assert stats.poisson_sf(0, 3.0) == 1.0
    assert stats.poisson_sf(30, 5.0) < 1e-9
    # very large expected counts fall back to the normal approximation without underflow
    assert 0.4 < stats.poisson_sf(1000, 1000.0) < 0.6


def test_spike_detected_before_audit():
    rng = random.Random(7)
    audit = dt.date(2025, 9, 15)
    dates = steady(rng, per_week=2)
    # 40 extra entries in the three weeks before the audit
    dates += [audit - dt.timedelta(days=rng.randint(0, 20)) for _ in range(40)]
    [spike] = stats.spikes(sorted(dates), [audit], 21, span=(START, END))
    assert spike.window_days == 21
    assert spike.in_window >= 40
    assert 4.0 < spike.expected < 9.0  # ~2 a week for 3 weeks
    assert spike.lift > 5
    assert spike.p_value < 1e-6


def test_steady_record_has_no_spike():
    rng = random.Random(3)
    dates = steady(rng, per_week=5)
    spikes = stats.spikes(dates, [dt.date(2025, 4, 10), dt.date(2025, 10, 2)], 21, span=(START, END))
    assert len(spikes) == 2
    for s in spikes:
        assert 0.5 < s.lift < 1.6
        assert s.p_value > 0.01


def test_stopped_record_spike_uses_days_after_last_entry_as_quiet_days():
    rng = random.Random(5)
    dates = steady(rng, per_week=3, end=dt.date(2025, 6, 30))
    [s] = stats.spikes(dates, [dt.date(2025, 11, 20)], 21, span=(START, END))
    assert s.in_window == 0
    assert s.p_value == 1.0


def test_events_outside_span_are_ignored():
    dates = [dt.date(2025, 3, 1), dt.date(2025, 3, 2)]
    assert stats.spikes(dates, [dt.date(2024, 1, 1)], 21) == []
    assert stats.spikes([], [dt.date(2025, 3, 1)], 21) == []


def test_sen_slope_of_a_line():
    assert stats.sen_slope([1, 3, 5, 7]) == 2.0
    assert stats.add_months(dt.date(2025, 11, 15), 3) == dt.date(2026, 2, 1)
