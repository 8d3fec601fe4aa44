"""A summary's top finding over several places that say the same thing word for word: five pages of a foundation
stating "quarterly updates" against one folder of quarterly reports gave five copies of a 400-character DR02 message
under "Findings that matter most" (ossf/tac, read as a client would). The message is said once over the places."""
from __future__ import annotations

import datetime as dt

from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.report.html import render as render_html
from gapscan.report.markdown import render as render_markdown

PAGE = """# {title}

The plenum is where members decide how the space is run. Everyone is welcome.

We aim to meet on the second Wednesday of every month, in the main room.
"""

MINUTES = """# Plenum {day}

Present: Ana, Ben, Cy. Chair: Ana. Minutes: Ben.

## Decisions

- The budget for the laser cutter was approved.
- Ben will order the new filters.

Meeting closed at 21:30.
"""

DAYS = [dt.date(2022, m, 10) for m in (1, 2, 3)] + [dt.date(2023, m, 11) for m in (1, 2, 3)] + [
    dt.date(2024, m, 10) for m in (1, 2, 3)]


def _report(tmp_path):
    (tmp_path / "plenum").mkdir()
    (tmp_path / "plenum" / "index.md").write_text(PAGE.format(title="Plenum"))
    (tmp_path / "plenum" / "about.md").write_text(PAGE.format(title="About the plenum"))
    for day in DAYS:
        (tmp_path / "plenum" / f"{day.isoformat()}.md").write_text(MINUTES.format(day=day.isoformat()))
    return run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))


def test_one_message_over_several_places_is_said_once(tmp_path):
    report = _report(tmp_path)
    dr02 = [f for f in report.summary.top_findings if f.rule == "DR02"]
    assert len(dr02) == 2 and dr02[0].message == dr02[1].message, [(f.path, f.message) for f in dr02]
    message = dr02[0].message
    text = render_markdown(report)
    assert text.count(message) == 1 + 2, text  # once in the summary, once under each file's own findings
    assert f"in 2 files, the same at each place below: {message}" in text, text
    assert "   - `plenum/about.md` line 5\n" in text and "   - `plenum/index.md` line 5\n" in text, text
    html = render_html(report)
    start = html.index("Findings that matter most")
    top = html[start:html.index("</ol>", start)]
    assert top.count("is not kept in minutes") == 1, top
