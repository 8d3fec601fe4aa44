"""`gapscan diff`: what changed between two JSON reports of the same client.

A year later the client wants to know what got better: which findings are resolved,
which are new, which are still open, and how each procedure's scores and verdict moved.

A difference means something only between reports of the same folder and the same rules:
a rule that ran in one report only makes its findings look resolved or new. `refusal`
says why two reports must not be compared (the CLI exits 2 unless --force); `compare`
then keeps the findings of rules that did not run in both apart as "not comparable" and
lists every caveat it cannot resolve (other folder, other configuration, other version).

When both reports carry fingerprints (baseline.py: rule, path and normalised evidence,
no line numbers) findings are matched by fingerprint alone. Older reports are matched by
rule and path first, then by a key that survives a year of editing. Row and line numbers
shift when a log grows or a procedure is rewritten, and messages carry numbers that change
("412 rows" -> "530 rows"), so matching goes in passes, each only over what earlier passes
left unmatched:
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

    status: str  # "new", "resolved", "open", "not comparable"
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
    # findings of rules that did not run in both reports: neither resolved nor new
    not_comparable: tuple[FindingChange, ...] = ()
    caveats: tuple[str, ...] = ()  # what the comparison cannot tell apart, one line each
    matched_by: str = "fingerprint"  # or "rule, path, message and location" for reports without fingerprints


# ---------------------------------------------------------------- compare

def refusal(old: dict, new: dict) -> str | None:
    """Why these two reports cannot be compared as they are (one line), or None when they can."""
    if not _same_root(old, new):
        return (f"the reports scanned different folders ({_root_text(old)} and {_root_text(new)}): "
                "a document missing from one may only be outside its scope")
    a, b = _ran(old), _ran(new)
    if a is not None and b is not None and a != b:
        return f"the reports ran different rules ({_rule_difference(a, b)})"
    if _get(old, "command", None) != _get(new, "command", None):
        return f"one report is from `{_get(old, 'command', '?')}`, the other from `{_get(new, 'command', '?')}`"
    return None


def compare(old: dict, new: dict) -> ReportDiff:
    """The difference between two JSON reports (old first). Malformed parts are skipped and listed
    in `problems`, what cannot be told apart in `caveats`; this never raises on bad input."""
    problems: list[str] = []
    old_all = _findings(old, "old", problems)
    new_all = _findings(new, "new", problems)
    ran_old, ran_new = _ran(old), _ran(new)
    both = ran_old & ran_new if ran_old is not None and ran_new is not None else None
    old_f = [f for f in old_all if both is None or f["rule"] in both]
    new_f = [f for f in new_all if both is None or f["rule"] in both]
    apart = [_change("not comparable", f) for f in old_all + new_all if both is not None and f["rule"] not in both]
    pairs, gone, born = match_findings(old_f, new_f)
    still_open = [_open(a, b) for a, b in pairs]
    resolved = [_change("resolved", a) for a in gone]
    added = [_change("new", b) for b in born]
    rules = sorted({f["rule"] for f in old_all + new_all})
    by_fingerprint = _all_fingerprinted(old_f) and _all_fingerprinted(new_f)
    return ReportDiff(
        old_root=str(_get(old, "root", "")), new_root=str(_get(new, "root", "")),
        old_version=str(_get(_get(old, "tool", {}), "version", "?")),
        new_version=str(_get(_get(new, "tool", {}), "version", "?")),
        new=tuple(sorted(added, key=_order)), resolved=tuple(sorted(resolved, key=_order)),
        still_open=tuple(sorted(still_open, key=_order)),
        documents=tuple(_document_changes(old, new, old_f, new_f, problems)),
        old_counts=_counts(old_f), new_counts=_counts(new_f),
        by_rule={r: (sum(1 for f in old_all if f["rule"] == r), sum(1 for f in new_all if f["rule"] == r))
                 for r in rules},
        problems=tuple(problems), not_comparable=tuple(sorted(apart, key=_order)),
        caveats=tuple(_caveats(old, new, ran_old, ran_new, by_fingerprint, old_f + new_f)),
        matched_by="fingerprint" if by_fingerprint else "rule, path, message and location")


def _root_text(report: Any) -> str:
    return repr(str(_get(report, "root", "?")))


def _normal_root(report: Any) -> str:
    text = str(_get(report, "root", "")).strip().replace("\\", "/")
    parts = [p.rstrip("/") for p in text.split()]
    return " ".join(p[2:] if p.startswith("./") else p or "/" for p in parts)


def _same_root(old: Any, new: Any) -> bool:
    """The same folder as typed on the command line: ./docs/ is docs, /srv/docs is not (reports do not hold
    absolute paths, so that the same run on another machine writes the same bytes)."""
    return _normal_root(old) == _normal_root(new)


def _ran(report: Any) -> frozenset[str] | None:
    """The codes of the rules that ran, None when the report does not say (written before gapscan recorded it)."""
    ran = _get(_get(report, "rules", None), "ran", None)
    if not isinstance(ran, list):
        return None
    return frozenset(r for r in ran if isinstance(r, str))


def _rule_difference(a: frozenset[str], b: frozenset[str]) -> str:
    parts = []
    if a - b:
        parts.append("only the old ran " + ", ".join(sorted(a - b)))
    if b - a:
        parts.append("only the new ran " + ", ".join(sorted(b - a)))
    return "; ".join(parts)


def _all_fingerprinted(findings: list[dict]) -> bool:
    return all(f.get("fingerprint") for f in findings)


def _caveats(old, new, ran_old, ran_new, by_fingerprint: bool, findings: list[dict]) -> list[str]:
    out = []
    if not _same_root(old, new):
        out.append(f"the reports scanned different folders ({_root_text(old)} and {_root_text(new)}): a document in "
                   "only one of them is listed as added or removed though it may only be outside the other's scope")
    if ran_old is not None and ran_new is not None and ran_old != ran_new:
        out.append(f"the reports ran different rules ({_rule_difference(ran_old, ran_new)}): their findings are "
                   "listed as not comparable, not as resolved or new, and left out of the counts")
    for which, ran in (("old", ran_old), ("new", ran_new)):
        if ran is None:
            out.append(f"the {which} report does not record which rules ran: a rule that ran in only one report "
                       "makes its findings look resolved or new")
    if _get(old, "command", None) != _get(new, "command", None):
        out.append(f"one report is from `{_get(old, 'command', '?')}`, the other from `{_get(new, 'command', '?')}`: "
                   "check names paths from the folder it ran in, so a finding can look resolved and new at once")
    hashes = (_get(old, "config_hash", None), _get(new, "config_hash", None))
    if all(isinstance(h, str) for h in hashes) and hashes[0] != hashes[1]:
        out.append("the reports ran with different configurations (thresholds, severities, links or exclusions "
                   "may differ): a change can come from the configuration, not the documents")
    versions = [str(_get(_get(r, "tool", {}), "version", "?")) for r in (old, new)]
    if versions[0] != versions[1]:
        out.append(f"the reports come from different gapscan versions ({versions[0]} and {versions[1]}): a rule "
                   "that changed can make a finding look resolved or new")
    if findings and not by_fingerprint:
        out.append("findings were matched by rule, path, message and location (a report has no fingerprints): "
                   "a reworded finding can look resolved and new")
    for which, report in (("old", old), ("new", new)):
        file = _get(_get(report, "baseline", None), "file", None)
        if isinstance(file, str):
            out.append(f"the {which} report was run with baseline {file}: its baselined findings are compared too")
    return out


def match_findings(old: list[dict], new: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(pairs still open, old ones resolved, new ones): by fingerprint when every finding has one, else by
    the passes in the module docstring."""
    if old and new and _all_fingerprinted(old) and _all_fingerprinted(new):
        by_print = {f["fingerprint"]: f for f in new}
        pairs = [(f, by_print[f["fingerprint"]]) for f in old if f["fingerprint"] in by_print]
        paired = {a["fingerprint"] for a, _ in pairs}
        return (pairs, [f for f in old if f["fingerprint"] not in paired],
                [f for f in new if f["fingerprint"] not in paired])
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
    """Every finding the run made: a baseline only moved some of them to `baselined`."""
    raw = _get(report, "findings", None)
    if not isinstance(raw, list):
        problems.append(f"the {which} report has no findings list")
        return []
    baselined = _get(report, "baselined", [])
    raw = raw + (baselined if isinstance(baselined, list) else [])
    out = []
    for i, f in enumerate(raw):
        if not isinstance(f, dict) or not isinstance(f.get("rule"), str) or not isinstance(f.get("path"), str):
            problems.append(f"the {which} report's finding #{i + 1} has no rule or path and was skipped")
            continue
        sev = f.get("severity") if f.get("severity") in SEVERITIES else "warning"
        loc = f.get("location") if isinstance(f.get("location"), dict) else {}
        fingerprint = f.get("fingerprint") if isinstance(f.get("fingerprint"), str) else None
        out.append({"rule": f["rule"], "name": str(f.get("name", "")), "path": f["path"], "severity": sev,
                    "message": str(f.get("message", "")), "location": loc, "fingerprint": fingerprint})
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
    apart = f"; {len(diff.not_comparable)} not comparable" if diff.not_comparable else ""
    return (f"{n} findings now against {o} before ({trend}): {len(diff.resolved)} resolved, "
            f"{len(diff.new)} new, {len(diff.still_open)} still open{apart}.")


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
    for c in diff.caveats:
        console.print(Text(_wrap(f"caveat: {c}", 80).lstrip()))
    counts = Table(title=None, show_edge=False, box=None, pad_edge=False)
    for col in ("", "before", "now", "change"):
        counts.add_column(col, justify="left" if not col else "right")
    for s in (*SEVERITIES, "total"):
        a, b = diff.old_counts[s], diff.new_counts[s]
        counts.add_row(s, str(a), str(b), f"{b - a:+d}")
    console.print()
    console.print(counts)
    for title, items in _finding_sections(diff):
        console.print()
        console.print(Text(f"{title} ({len(items)})", style="bold"))
        # Still-open findings were read a year ago; the screen keeps room for what changed.
        shown = items if title in ("Resolved", "New") else items[:TERMINAL_OPEN_LIMIT]
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


def _finding_sections(diff: ReportDiff) -> list[tuple[str, tuple[FindingChange, ...]]]:
    sections = [("Resolved", diff.resolved), ("New", diff.new), ("Still open", diff.still_open)]
    if diff.not_comparable:
        sections.append(("Not comparable (rule ran in one report only)", diff.not_comparable))
    return sections


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
    out += [f"> caveat: {_md(c)}" for c in diff.caveats]
    if diff.problems or diff.caveats:
        out.append("")
    out += ["| severity | before | now | change |", "|---|---:|---:|---:|"]
    for s in (*SEVERITIES, "total"):
        a, b = diff.old_counts[s], diff.new_counts[s]
        out.append(f"| {s} | {a} | {b} | {b - a:+d} |")
    if diff.by_rule:
        out += ["", "| rule | before | now |", "|---|---:|---:|"]
        out += [f"| {r} | {a} | {b} |" for r, (a, b) in sorted(diff.by_rule.items())]
    for title, items in _finding_sections(diff):
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


__all__ = ["compare", "refusal", "render_diff", "match_findings", "ReportDiff", "FindingChange",
           "DocumentChange"]
