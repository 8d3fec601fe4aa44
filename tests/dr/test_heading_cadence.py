"""A schedule written as headings over lists: the heading states how often each item under it is done.

The shape of bseverns/machine-docs' maintenance pages (held out, docs/SCORING.md, December 2026):
"## Weekly" then "- Inspect nozzles/belts". Claims were read from sentences only, so none of these
cadences could be checked.
"""
from __future__ import annotations

import datetime as dt

from gapscan.ingest import parse_file
from gapscan.nlp.claims import extract_claims
from gapscan.rules.dr import DR02

PAGE = """# Laser cutter maintenance

Keep the machine clean.

## Before every session

- Clean the lens with a cotton swab.

## Weekly

- Inspect belts and rollers.
- Vacuum the cutting bed daily.

### Belts

- Check belt tension.

## Every Week (or 60h of Operation)

- Check limit switches.

## Every 4-6 Months

- Update firmware.

## Monthly / Quarterly

- Replace the air filter.

## Weekly team meeting

- Review open tickets.

Daily:

- Empty the crumb tray.

## Monthly checks

Tools:

- Soft brush.

Tasks:

- Grease the rails.
"""


def _frequencies(tmp_path, text=PAGE):
    path = tmp_path / "maintenance.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, "maintenance.md")
    return [(c.location.line, c.activity, c.phrase, c.interval_days)
            for c in extract_claims(doc) if c.kind == "frequency"]


def test_each_item_under_a_cadence_heading_is_a_frequency_claim(tmp_path):
    got = sorted(_frequencies(tmp_path))
    assert got == [
        (11, "Inspect belts and rollers", "Weekly", 7),
        (12, "Vacuum the cutting bed", "daily", 1),  # the item's own cadence, not its heading's
        (16, "Check belt tension", "Weekly", 7),  # a sub-heading without a cadence keeps its parent's
        (20, "Check limit switches", "Every Week", 7),
        (36, "Empty the crumb tray", "Daily", 1),  # a label line "Daily:" heads a list too
        (46, "Grease the rails", "Monthly", 30.4),  # "Tasks:" names the items; "Tools:" does not do them
    ]


def test_headings_that_are_no_cadence_make_no_claim(tmp_path):
    lines = {line for line, *_ in _frequencies(tmp_path)}
    # before every session (no period), a range, a choice, a meeting's agenda, the tools listed
    assert not lines & {7, 24, 28, 32, 42}


def test_a_weekly_heading_over_a_monthly_log_is_drift(scan):
    scan.write("procedures/laser-maintenance.md",
               "# Laser cutter maintenance\n\n## Weekly\n\n"
               "- Clean the extraction filter and note it in the maintenance log.\n- Inspect belts and rollers.\n")
    start = dt.date(2026, 1, 5)
    dates = [start + dt.timedelta(days=30 * i) for i in range(8)]
    scan.csv("records/maintenance-log.csv", ["Date", "Operator", "Task"],
             [[d, "Ann Lee", "filter and belts"] for d in dates])
    [finding] = scan.findings(DR02)
    assert finding.path == "procedures/laser-maintenance.md"
    assert finding.location.line == 5
    assert finding.metrics["expected_interval_days"] == 7
    assert finding.metrics["median_interval_days"] == 30
    assert list(finding.related) == ["records/maintenance-log.csv"]
