"""`gapscan diff`: what changed between two JSON reports of the same client.

A year later the client wants to know what got better: which findings are resolved,
which are new, which are still open, and how each procedure's scores and verdict moved.

Findings are matched by rule and path first, then by a key that survives a year of
editing. Row and line numbers shift when a log grows or a procedure is rewritten, and
messages carry numbers that change ("412 rows" -> "530 rows"), so matching goes in
passes, each only over what earlier passes left unmatched:
  1. rule + path + the whole location + the message, exactly;
  2. rule + path + the message with every number blanked;
  3. rule + path + the stable part of the location (section, sheet, column);
  4. rule + path, when each report has exactly one such finding left.
"""
from __future__ import annotations

import io
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

SEVERITIES = ("error", "warning", "info")
SCORE_NAMES = ("mirroring", "specificity", "drift")
TERMINAL_OPEN_LIMIT = 15


@dataclass(frozen=True, kw_only=True)
class FindingChange:
    """One finding of either report: new, resolved, or open in both."""

    status: str  # "new", "resolved", "open"
    rule: str
    name: str
    path: str
    severity: str  # the newer report's severity for open findings
    message: str
    location: dict[str, Any] = field(default_factory=dict)
    old_severity: str | None = None  # open findings only
    old_message: str | None = None  # open findings only, when the wording changed


@dataclass(frozen=True, kw_only=True)
class DocumentChange:
    """A document added, removed, or whose verdict or scores moved."""

    path: str
    status: str  # "added", "removed", "changed"
    kind: str | None = None
    old_verdict: str | None = None
    new_verdict: str | None = None
    old_scores: dict[str, float | None] = field(default_factory=dict)
    new_scores: dict[str, float | None] = field(default_factory=dict)
    old_findings: int = 0
    new_findings: int = 0

    def delta(self, score: str) -> float | None:
        a, b = self.old_scores.get(score), self.new_scores.get(score)
        return None if a is None or b is None else round(b - a, 1)


@dataclass(frozen=True, kw_only=True)
class ReportDiff:
    old_root: str
    new_root: str
    old_version: str
    new_version: str
    new: tuple[FindingChange, ...]
    resolved: tuple[FindingChange, ...]
    still_open: tuple[FindingChange, ...]
    documents: tuple[DocumentChange, ...]
    old_counts: dict[str, int]  # by severity, plus "total"
    new_counts: dict[str, int]
    by_rule: dict[str, tuple[int, int]]  # rule -> (old count, new count)
    problems: tuple[str, ...] = ()  # what was wrong with the inputs, one line each


# ---------------------------------------------------------------- compare

def compare(old: dict, new: dict) -> ReportDiff:
    """The difference between two JSON reports (old first). Malformed parts are skipped and listed
    in `problems`; this never raises on bad input."""
    problems: list[str] = []
    old_f = _findings(old, "old", problems)
    new_f = _findings(new, "new", problems)
    pairs, gone, born = match_findings(old_f, new_f)
    still_open = [_open(a, b) for a, b in pairs]
    resolved = [_change("resolved", a) for a in gone]
    added = [_change("new", b) for b in born]
    rules = sorted({f["rule"] for f in old_f + new_f})
    return ReportDiff(
        old_root=str(_get(old, "root", "")), new_root=str(_get(new, "root", "")),
        old_version=str(_get(_get(old, "tool", {}), "version", "?")),
        new_version=str(_get(_get(new, "tool", {}), "version", "?")),
        new=tuple(sorted(added, key=_order)), resolved=tuple(sorted(resolved, key=_order)),
        still_open=tuple(sorted(still_open, key=_order)),
        documents=tuple(_document_changes(old, new, old_f, new_f, problems)),
        old_counts=_counts(old_f), new_counts=_counts(new_f),
        by_rule={r: (sum(1 for f in old_f if f["rule"] == r), sum(1 for f in new_f if f["rule"] == r)) for r in rules},
        problems=tuple(problems))


def match_findings(old: list[dict], new: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(pairs still open, old ones resolved, new ones) by the passes in the module docstring."""
    keys: list[Callable[[dict], Any]] = [
        lambda f: (f["rule"], f["path"], _loc_full(f), f["message"]),
        lambda f: (f["rule"], f["path"], _message_key(f["message"])),
        lambda f: (f["rule"], f["path"], _loc_stable(f)) if _loc_stable(f) else None,
    ]
    left, right = list(old), list(new)
    pairs: list[tuple[dict, dict]] = []
    for key in keys:
        buckets: dict[Any, list[int]] = {}
        for j, f in enumerate(right):
            k = key(f)
            if k is not None:
                buckets.setdefault(k, []).append(j)
        used: set[int] = set()
        keep_left = []
        for f in left:
            k = key(f)
            slot = buckets.get(k) if k is not None else None
            if slot:
                j = slot.pop(0)
                used.add(j)
                pairs.append((f, right[j]))
            else:
                keep_left.append(f)
        left, right = keep_left, [f for j, f in enumerate(right) if j not in used]
    # Last pass: one finding of a rule on a document in each report is the same problem.
    def single(items):
        counts: dict[tuple[str, str], int] = {}
        for f in items:
            counts[(f["rule"], f["path"])] = counts.get((f["rule"], f["path"]), 0) + 1
        return {k for k, n in counts.items() if n == 1}

    both = single(left) & single(right)
    by_key = {(f["rule"], f["path"]): f for f in right if (f["rule"], f["path"]) in both}
    pairs += [(f, by_key[(f["rule"], f["path"])]) for f in left if (f["rule"], f["path"]) in both]
    left = [f for f in left if (f["rule"], f["path"]) not in both]
    right = [f for f in right if (f["rule"], f["path"]) not in both]
    return pairs, left, right


def _get(data: Any, key: str, default: Any) -> Any:
    return data.get(key, default) if isinstance(data, dict) else default


def _findings(report: Any, which: str, problems: list[str]) -> list[dict]:
    raw = _get(report, "findings", None)
    if not isinstance(raw, list):
        problems.append(f"the {which} report has no findings list")
        return []
    out = []
    for i, f in enumerate(raw):
        if not isinstance(f, dict) or not isinstance(f.get("rule"), str) or not isinstance(f.get("path"), str):
            problems.append(f"the {which} report's finding #{i + 1} has no rule or path and was skipped")
            continue
        sev = f.get("severity") if f.get("severity") in SEVERITIES else "warning"
        loc = f.get("location") if isinstance(f.get("location"), dict) else {}
        out.append({"rule": f["rule"], "name": str(f.get("name", "")), "path": f["path"], "severity": sev,
                    "message": str(f.get("message", "")), "location": loc})
    return out


def _loc_full(f: dict) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in f["location"].items()))


def _loc_stable(f: dict) -> tuple:
    loc = f["location"]
    return tuple((k, str(loc[k])) for k in ("section", "sheet", "column") if loc.get(k) not in (None, ""))


def _message_key(message: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+(?:[.,]\d+)*%?", "#", message)).strip().lower()


def _change(status: str, f: dict) -> FindingChange:
    return FindingChange(status=status, rule=f["rule"], name=f["name"], path=f["path"], severity=f["severity"],
                         message=f["message"], location=dict(f["location"]))


def _open(a: dict, b: dict) -> FindingChange:
    return FindingChange(status="open", rule=b["rule"], name=b["name"], path=b["path"], severity=b["severity"],
                         message=b["message"], location=dict(b["location"]), old_severity=a["severity"],
                         old_message=a["message"] if a["message"] != b["message"] else None)


def _order(c: FindingChange) -> tuple:
    return (SEVERITIES.index(c.severity), c.path, c.rule, c.message)


def _counts(findings: list[dict]) -> dict[str, int]:
    out = {s: sum(1 for f in findings if f["severity"] == s) for s in SEVERITIES}
    out["total"] = len(findings)
    return out


def _documents(report: Any, which: str, problems: list[str]) -> dict[str, dict]:
    raw = _get(report, "documents", None)
    if not isinstance(raw, list):
        problems.append(f"the {which} report has no documents list")
        return {}
    return {d["path"]: d for d in raw if isinstance(d, dict) and isinstance(d.get("path"), str)}


def _scores(doc: dict) -> dict[str, float | None]:
    scores = doc.get("scores") if isinstance(doc.get("scores"), dict) else {}
    out = {}
    for name in SCORE_NAMES:
        v = scores.get(name)
        out[name] = float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    return out


def _document_changes(old, new, old_f, new_f, problems) -> list[DocumentChange]:
    a, b = _documents(old, "old", problems), _documents(new, "new", problems)
    count_a: dict[str, int] = {}
    count_b: dict[str, int] = {}
    for f in old_f:
        count_a[f["path"]] = count_a.get(f["path"], 0) + 1
    for f in new_f:
        count_b[f["path"]] = count_b.get(f["path"], 0) + 1
    out = []
    for path in sorted(set(a) | set(b)):
        da, db = a.get(path), b.get(path)
        status = "added" if da is None else "removed" if db is None else "changed"
        change = DocumentChange(
            path=path, status=status, kind=(db or da).get("kind"),
            old_verdict=da.get("verdict") if da else None, new_verdict=db.get("verdict") if db else None,
            old_scores=_scores(da) if da else {}, new_scores=_scores(db) if db else {},
            old_findings=count_a.get(path, 0), new_findings=count_b.get(path, 0))
        if status != "changed" or change.old_verdict != change.new_verdict or \
                any(change.delta(s) for s in SCORE_NAMES) or change.old_findings != change.new_findings:
            out.append(change)
    return out


# ---------------------------------------------------------------- render

def render_diff(diff: ReportDiff, fmt: str) -> str:
    """The comparison as "terminal" (80 columns, plain text), "markdown" or "json"."""
    if fmt == "json":
        return json.dumps(_to_data(diff), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return _markdown(diff)
    if fmt == "terminal":
        return _terminal(diff)
    raise ValueError(f"unknown diff format {fmt!r} (use terminal, markdown or json)")


def _to_data(diff: ReportDiff) -> dict[str, Any]:
    data = asdict(diff)
    data["by_rule"] = {r: {"old": a, "new": b} for r, (a, b) in diff.by_rule.items()}
    data["problems"] = list(diff.problems)
    return data


def _headline(diff: ReportDiff) -> str:
    o, n = diff.old_counts["total"], diff.new_counts["total"]
    trend = "fewer" if n < o else "more" if n > o else "as many"
    return (f"{n} findings now against {o} before ({trend}): {len(diff.resolved)} resolved, "
            f"{len(diff.new)} new, {len(diff.still_open)} still open.")


def _signed(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:+.1f}"


def _score_move(c: DocumentChange, name: str) -> str:
    a, b = c.old_scores.get(name), c.new_scores.get(name)
    if a is None and b is None:
        return "-"
    fa = "-" if a is None else f"{a:.0f}"
    fb = "-" if b is None else f"{b:.0f}"
    return fb if fa == fb else f"{fa}→{fb}"


def _verdict_move(c: DocumentChange) -> str:
    a, b = c.old_verdict or "-", c.new_verdict or "-"
    return a if a == b else f"{a}→{b}"


def _where(c: FindingChange) -> str:
    """The finding's place as the reports write it ('p.2 line 7', 'Log!B31'), '' when unknown."""
    from gapscan.model import Location
    from gapscan.report.common import where_text

    known = {k: v for k, v in c.location.items() if k in Location.__dataclass_fields__}
    try:
        return where_text(Location(**known), c.path)
    except (TypeError, ValueError, AttributeError):
        return ""


def _finding_line(c: FindingChange) -> str:
    sev = c.severity if not c.old_severity or c.old_severity == c.severity else f"{c.old_severity}→{c.severity}"
    where = _where(c)
    return f"{c.rule} {sev} {c.path}" + (f" ({where})" if where else "") + f": {c.message}"


def _terminal(diff: ReportDiff) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, width=80, color_system=None, force_terminal=False, legacy_windows=False,
                      emoji=False, highlight=False)
    console.print(Text(f"gapscan diff: {diff.old_root or 'old'} → {diff.new_root or 'new'}", style="bold"))
    console.print(Text(_headline(diff)))
    for p in diff.problems:
        console.print(Text(f"note: {p}"))
    counts = Table(title=None, show_edge=False, box=None, pad_edge=False)
    for col in ("", "before", "now", "change"):
        counts.add_column(col, justify="left" if not col else "right")
    for s in (*SEVERITIES, "total"):
        a, b = diff.old_counts[s], diff.new_counts[s]
        counts.add_row(s, str(a), str(b), f"{b - a:+d}")
    console.print()
    console.print(counts)
    for title, items in (("Resolved", diff.resolved), ("New", diff.new), ("Still open", diff.still_open)):
        console.print()
        console.print(Text(f"{title} ({len(items)})", style="bold"))
        # Still-open findings were read a year ago; the screen keeps room for what changed.
        shown = items if title != "Still open" else items[:TERMINAL_OPEN_LIMIT]
        for c in shown:
            console.print(Text(_wrap(_finding_line(c), 80)))
        if len(shown) < len(items):
            console.print(Text(f"  … and {len(items) - len(shown)} more (--format markdown or json lists all)"))
    if diff.documents:
        console.print()
        console.print(Text(f"Documents ({len(diff.documents)} changed)", style="bold"))
        docs = Table(show_edge=False, box=None, pad_edge=False)
        docs.add_column("document", overflow="fold", max_width=30)
        docs.add_column("verdict")
        docs.add_column("drift", justify="right")
        docs.add_column("mirroring", justify="right")
        docs.add_column("findings", justify="right")
        for c in diff.documents:
            label = c.path if c.status == "changed" else f"{c.path} ({c.status})"
            docs.add_row(label, _verdict_move(c), _score_move(c, "drift"), _score_move(c, "mirroring"),
                         f"{c.old_findings}→{c.new_findings}" if c.old_findings != c.new_findings
                         else str(c.new_findings))
        console.print(docs)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"


def _wrap(text: str, width: int) -> str:
    import textwrap

    return textwrap.fill(" ".join(text.split()), width=width, initial_indent="  ", subsequent_indent="    ",
                         break_on_hyphens=False)


def _md(text: Any) -> str:
    return " ".join(str(text).split()).replace("|", "\\|").replace("<", "&lt;")


def _markdown(diff: ReportDiff) -> str:
    out = [f"# gapscan diff: {_md(diff.old_root or 'old')} → {_md(diff.new_root or 'new')}", "",
           f"**{_md(_headline(diff))}**", ""]
    out += [f"> note: {_md(p)}" for p in diff.problems]
    if diff.problems:
        out.append("")
    out += ["| severity | before | now | change |", "|---|---:|---:|---:|"]
    for s in (*SEVERITIES, "total"):
        a, b = diff.old_counts[s], diff.new_counts[s]
        out.append(f"| {s} | {a} | {b} | {b - a:+d} |")
    if diff.by_rule:
        out += ["", "| rule | before | now |", "|---|---:|---:|"]
        out += [f"| {r} | {a} | {b} |" for r, (a, b) in sorted(diff.by_rule.items())]
    for title, items in (("Resolved", diff.resolved), ("New", diff.new), ("Still open", diff.still_open)):
        out += ["", f"## {title} ({len(items)})", ""]
        if not items:
            out.append("None.")
        for c in items:
            where = _where(c)
            out.append(f"- **{c.rule}** {_md(c.severity)} `{_md(c.path)}`" + (f" ({_md(where)})" if where else "")
                       + f": {_md(c.message)}")
    if diff.documents:
        out += ["", f"## Documents ({len(diff.documents)} changed)", "",
                "| document | status | verdict | drift | mirroring | findings |", "|---|---|---|---:|---:|---:|"]
        for c in diff.documents:
            out.append(f"| `{_md(c.path)}` | {c.status} | {_md(_verdict_move(c))} | {_score_move(c, 'drift')} | "
                       f"{_score_move(c, 'mirroring')} | {c.old_findings}→{c.new_findings} |")
    return "\n".join(out) + "\n"


__all__ = ["compare", "render_diff", "match_findings", "ReportDiff", "FindingChange",
                          "DocumentChange"]
