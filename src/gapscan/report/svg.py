"""Charts as inline SVG strings, drawn from a model.Chart: horizontal bars and weekly/monthly columns.

Written by hand rather than with a chart library: two chart shapes cover every series the
Report holds, the output is a few kilobytes with no script, and nothing is fetched or bundled.
"""
from __future__ import annotations

import math
from html import escape

from gapscan.model import Chart
from gapscan.report.common import one_line, value_text

BAR_HEIGHT = 20
FONT = 12
COLOURS = {"mirrored": "#c0392b", "mixed": "#d68910", "operational": "#1e8449"}
ACCENT = "#2e6da4"
MARKED = "#c0392b"


def _numbers(chart: Chart) -> tuple[list[str], list[float]]:
    labels = [one_line(x) for x in chart.labels]
    values = [float(v) if isinstance(v, (int, float)) and math.isfinite(v) else 0.0 for v in chart.values]
    n = min(len(labels), len(values))
    return labels[:n], values[:n]


def bars(chart: Chart, width: int = 640, top: float | None = None) -> str:
    """Horizontal bars, one per label, value at the bar's end; verdict labels get their own colour."""
    labels, values = _numbers(chart)
    if not values:
        return ""
    label_w = min(260, 7 * max(len(x) for x in labels) + 12)
    room = width - label_w - 50
    top = top if top is not None else max(values) or 1.0
    height = BAR_HEIGHT * len(values) + 8
    out = [f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}"><title>{escape(one_line(chart.title))}</title>']
    marks = set(chart.marks)
    for i, (label, value) in enumerate(zip(labels, values)):
        y = 4 + i * BAR_HEIGHT
        w = max(0.0, min(value / top, 1.0) * room) if top > 0 else 0.0
        colour = COLOURS.get(label, MARKED if label in marks else ACCENT)
        shown = label if len(label) <= label_w // 7 else label[: label_w // 7 - 1] + "…"
        out.append(f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end" font-size="{FONT}">'
                   f'<title>{escape(label)}</title>{escape(shown)}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{BAR_HEIGHT - 6}" fill="{colour}">'
                   f'<title>{escape(label)}: {escape(value_text(value))}</title></rect>')
        out.append(f'<text x="{label_w + w + 5:.1f}" y="{y + 14}" font-size="{FONT}">'
                   f'{escape(value_text(value))}</text>')
    out.append("</svg>")
    return "".join(out)


def columns(chart: Chart, width: int = 640, height: int = 160) -> str:
    """Vertical columns for a time series (weeks, months); marked labels (audit weeks) in red."""
    labels, values = _numbers(chart)
    if not values:
        return ""
    top = max(values) or 1.0
    plot_h = height - 40
    step = (width - 40) / len(values)
    marks = set(chart.marks)
    every = max(1, math.ceil(len(values) / 12))  # at most a dozen axis labels stay legible
    out = [f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}"><title>{escape(one_line(chart.title))}</title>',
           f'<text x="0" y="12" font-size="{FONT - 1}" fill="#555">max {escape(value_text(top))}</text>',
           f'<line x1="30" y1="{plot_h + 16}" x2="{width}" y2="{plot_h + 16}" stroke="#999"/>']
    for i, (label, value) in enumerate(zip(labels, values)):
        h = value / top * plot_h
        x = 34 + i * step
        colour = MARKED if label in marks or chart.labels[i] in marks else ACCENT
        out.append(f'<rect x="{x:.1f}" y="{plot_h + 16 - h:.1f}" width="{max(1.0, step - 2):.1f}" height="{h:.1f}" '
                   f'fill="{colour}"><title>{escape(label)}: {escape(value_text(value))}</title></rect>')
        if i % every == 0:
            out.append(f'<text x="{x + step / 2:.1f}" y="{height - 8}" text-anchor="middle" '
                       f'font-size="{FONT - 2}">{escape(label)}</text>')
    out.append("</svg>")
    return "".join(out)


def chart_svg(chart: Chart) -> str:
    """Bars for a few named categories, columns for a longer or time-like series."""
    return columns(chart) if len(chart.labels) > 12 or chart.marks else bars(chart)


def mapping_chart(title: str, data: dict) -> Chart | None:
    """A {label: number} mapping (e.g. management-review topics) as a Chart, largest first."""
    items = [(str(k), float(v)) for k, v in data.items() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if not items:
        return None
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return Chart(title=title, labels=tuple(k for k, _ in items), values=tuple(v for _, v in items))


def metric_chart(data: object) -> Chart | None:
    """A chart a rule kept as plain data in its metrics ({title, labels, values, marks}), as a Chart."""
    if not isinstance(data, dict) or not data.get("labels"):
        return None
    return Chart(title=str(data.get("title", "")), labels=tuple(str(x) for x in data["labels"]),
                 values=tuple(float(v) for v in data.get("values", ()) if isinstance(v, (int, float))),
                 marks=tuple(str(m) for m in data.get("marks", ())))
