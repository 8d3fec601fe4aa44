"""Dispatch by format, and the shared layout helpers every renderer uses."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from gapscan.model import Chart
from gapscan.report import Format, render
from gapscan.report.common import chart_lines, json_value, metric_lines, sparkline, value_text


def docx_text(data: bytes) -> str:
    """Every paragraph and table cell of a .docx, re-read with python-docx."""
    import io

    import docx

    doc = docx.Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_every_format_renders(report):
    for fmt in Format:
        text = render(report, fmt)
        if fmt is Format.DOCX:
            assert text[:2] == b"PK" and len(text) > 10000  # a zip container
            continue
        assert text.endswith("\n") and len(text) > 200
    assert render(report, "json") == render(report, Format.JSON)


def test_unknown_format_is_a_value_error(report):
    with pytest.raises(ValueError):
        render(report, "pdf")


def test_json_report_carries_run_level_facts(report):
    data = json.loads(render(report, "json"))
    assert data["run_errors"] == ["DR05 failed: KeyError: 'role' (dr.py:88)"]
    assert data["audit_dates_inferred"] is True and data["command"] == "audit"


def test_expected_and_actual_are_paired():
    lines = metric_lines({"expected_days": 30, "median_days": 47.25, "share_late": 0.61})
    assert lines == ["days: expected 30 vs actual 47.25 (median)", "share late: 61%"]
    lines = metric_lines({"roles_expected": ["Buyer"], "roles_seen": ["Quality manager", "Buyer"]})
    assert lines == ["roles: expected Buyer vs actual Quality manager, Buyer (seen)"]
    assert metric_lines({"expected_rows": 12, "actual_rows": 3}) == ["rows: expected 12 vs actual 3"]


def test_metric_lines_skip_empty_and_unusable_values():
    lines = metric_lines({"missing": None, "steps": [], "chart": Chart(title="t", labels=("a",), values=(1.0,)),
                          "rows": 12})
    assert lines == ["record rows: 12"]


def test_json_value_never_raises():
    class Odd:
        def __str__(self) -> str:
            return "odd"

    data = {"when": dt.date(2025, 1, 2), "span": dt.timedelta(days=3), "set": {3, 1}, "x": Odd(),
            "inf": float("inf"), "nested": ({"a": (1.23456789,)},)}
    out = json_value(data)
    assert out == {"inf": None, "nested": [{"a": [1.2346]}], "set": [1, 3], "span": 3.0,
                   "when": "2025-01-02", "x": "odd"}
    json.dumps(out, allow_nan=False)


def test_value_text():
    assert value_text(0.25, "share_empty") == "25%"
    assert value_text(410.0) == "410"
    assert value_text(list(range(8))) == "0, 1, 2, 3, 4 (+3 more)"
    assert value_text(True) == "yes"


def test_charts_fit_their_width():
    bars = chart_lines(Chart(title="t", labels=("a very long label that goes on", "b"), values=(10.0, 5.0),
                             marks=("b",)), 40)
    assert all(len(line) <= 40 for line in bars)
    assert bars[1].endswith("◀") and "█" in bars[0]
    # an audit week with no entries: one space before its mark, as after a bar
    empty = chart_lines(Chart(title="t", labels=("02 Sep", "09 Sep"), values=(8.0, 0.0), marks=("09 Sep",)), 40)
    assert empty[1] == "09 Sep 0 ◀" and empty[0].startswith("02 Sep 8 █")
    long = Chart(title="weeks", labels=tuple(str(i) for i in range(100)), values=tuple(float(i % 7) for i in range(100)))
    lines = chart_lines(long, 30)
    assert all(len(line) <= 30 for line in lines)
    assert sum(len(line) for line in lines[:-1]) == 100
    assert chart_lines(Chart(title="none", labels=(), values=()), 30) == ["(no data)"]


def test_sparkline_scale():
    assert sparkline([0, 5, 10]) == "▁▅█"
    assert sparkline([2, 2]) == "▄▄" and sparkline([]) == ""


def test_odd_values_never_break_a_renderer(report):
    """Loose data from a stage (int keys, short charts, NaN, unknown paths) still renders in every format."""
    import dataclasses

    import jsonschema
    from importlib.resources import files

    from gapscan.model import Evidence, ExecutiveSummary, Finding, Location, Severity, SummarySection

    odd = Finding(rule="CM02", name="clause-ordered-structure", severity=Severity.INFO, path="not/in/set.md",
                  message="multi\nline | message", location=Location(section="4 Context"),
                  evidence=(Evidence(path="x.md", text=""),),
                  metrics={1: "one", "nan": float("nan"), "when": dt.datetime(2025, 1, 1), "deep": {"a": {"b": 1}}})
    summary = ExecutiveSummary(headline="h", verdict_counts={}, average_drift=None, sections=(
        SummarySection(title="s", lines=(), charts=(Chart(title="short", labels=("a", "b", "c"), values=(1.0,)),
                                                     Chart(title="zero", labels=("a",), values=(0.0,)))),))
    weird = dataclasses.replace(report, findings=report.findings + (odd,), summary=summary, root="")
    schema = json.loads((files("gapscan") / "data" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(render(weird, "json")))
    for fmt in Format:
        text = render(weird, fmt, width=80)
        if fmt is Format.DOCX:
            text = docx_text(text)
        assert "not/in/set.md" in text
    terminal = render(weird, "terminal", width=80, verbose=True)
    assert "4 Context" in terminal and "multi line | message" in terminal
