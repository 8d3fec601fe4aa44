"""SH01's first evidence gave 'window 2026-02-25..2026-03-17:' and then twelve weeks from January to April, as if
all twelve were the window (the example machine shop's NCR register): the weeks around the window are context,
and the evidence now says which weeks are the window, what they add up to (the message's count), and which are
only there to compare with."""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine

AUDIT = dt.date(2026, 3, 17)


def _sh01(root: Path, date_last: bool = False):
    rng = random.Random(5)
    dates, d = [], dt.date(2025, 1, 6)
    while d <= dt.date(2026, 6, 30):
        if rng.random() < 1 / 7:
            dates.append(d)
        d += dt.timedelta(days=1)
    dates += [AUDIT - dt.timedelta(days=rng.randint(0, 20)) for _ in range(14)]
    with (root / "ncr-register.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        order = [1, 2, 0] if date_last else [0, 1, 2]  # the date column first, or last after a title line
        if date_last:
            w.writerow(["Machine shop - corrective action log"])
        w.writerow([["Date raised", "Description", "Raised by"][k] for k in order])
        for i, day in enumerate(sorted(dates)):
            row = [day.isoformat(), f"bore oversize on part {i}", ["Ann Lee", "Bo Chan", "Cy Park"][i % 3]]
            w.writerow([row[k] for k in order])
    (root / "gapscan.toml").write_text('[kinds]\n"ncr-register.csv" = "record"\n', encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(root))
    report = engine.run([root], cfg, engine.RunOptions(select=("SH01",), jobs=1, timestamp=False,
                                                       audit_dates=(AUDIT,)), warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    return [f for f in report.findings if f.rule == "SH01"]


def test_the_window_and_the_weeks_shown_agree(tmp_path):
    [f] = _sh01(tmp_path)
    text = f.evidence[0].text
    chart = f.metrics["chart"]
    assert len(chart["labels"]) == 12 and len(chart["marks"]) == 3
    # before: "window 2026-02-25..2026-03-17: 21 Jan:0 28 Jan:1 ... 08 Apr:1", all twelve weeks under the window
    window = re.search(r"window 2026-02-25\.\.2026-03-17 \(the 3 weeks up to the audit\): ([^;]*), (\d+) entries",
                       text)
    assert window, text
    assert window.group(1) == " ".join(f"{lab}:{int(v)}" for lab, v in zip(chart["labels"], chart["values"])
                                       if lab in chart["marks"])
    assert int(window.group(2)) == f.metrics["entries_in_window"]
    assert f"{f.metrics['entries_in_window']} entries in the 3 weeks before the audit of 2026-03-17" in f.message
    week = re.compile(r"\d\d \w{3}:\d+")
    before = week.findall(text.split("before the window, for context: ")[1].split(";")[0])
    after = week.findall(text.split("after the audit, for context: ")[1])
    assert len(before) == 5 and len(after) == 4  # with the window's 3, the chart's 12 weeks
    assert before[0].startswith(chart["labels"][0]) and after[-1].startswith(chart["labels"][-1])


def test_the_weekly_counts_point_at_the_date_column_they_count(tmp_path):
    """The example's QF-09 log: its finding pointed at C33 (the date column) and its weekly counts at A3, the
    header row's first cell ('CA No'), which holds no date. The counts are of the date column: its header cell."""
    [f] = _sh01(tmp_path, date_last=True)
    counts = f.evidence[0]
    assert counts.text.startswith("entries per week")
    assert counts.location.cell == "C2" and counts.location.column == "Date raised", counts.location
    assert f.location.cell.startswith("C") and f.location.column == "Date raised"
