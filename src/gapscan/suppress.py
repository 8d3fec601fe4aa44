"""Suppressions: take findings out of the exit status where someone wrote down why they do not apply.

Two sources: `gapscan: ignore` comments in a document (read by ingest/directives.py, kind "inSource") and the
config's [[ignore]] tables (kind "external"). A suppressed finding is not gone: every report counts and lists it
with its reason. An expired suppression suppresses nothing and says so; a comment without a reason still
suppresses but is warned about; a suppression that matched nothing is reported when asked
(--report-unused-ignores), only for the rules that ran (a `check` run cannot tell a DR suppression is stale).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from gapscan.config import IgnoreEntry
from gapscan.model import Document, Finding, InlineIgnore, Suppressed

NO_REASON = "(no reason given)"


@dataclass(frozen=True, kw_only=True)
class Outcome:
    kept: tuple[Finding, ...]
    suppressed: tuple[Suppressed, ...]
    warnings: tuple[str, ...]
    unused: tuple[str, ...]


def covers(codes: Sequence[str], rule: str) -> bool:
    """A code names the rule itself; a two-letter family (CM) names all of its rules."""
    return any(rule == c or (len(c) == 2 and rule.startswith(c)) for c in codes)


def apply(findings: Sequence[Finding], documents: Sequence[Document], entries: Sequence[IgnoreEntry], *,
          ran: set[str], root: Path | None = None, config: str | None = None, today: dt.date | None = None,
          report_unused: bool = False) -> Outcome:
    """Split `findings` into kept and suppressed; say what is wrong with the suppressions themselves.

    `root` is the folder finding paths are relative to and `config` the config file: an [[ignore]] path is a
    glob relative to the config's folder, so one entry holds wherever gapscan is run from (a pre-commit hook
    at the repository's top, an audit of one sub-folder); relative to `root` when the config is elsewhere.
    """
    from gapscan.classify import matches_glob
    from gapscan.rules.registry import unknown_codes

    today = today or dt.date.today()
    config_name = Path(config).name if config else "config"
    config_dir = Path(config).resolve().parent if config else None

    def config_path(path: str) -> str:
        if root is None or config_dir is None:
            return path
        full = (root / path).resolve()
        return full.relative_to(config_dir).as_posix() if full.is_relative_to(config_dir) else path
    warnings: list[str] = []
    inline: dict[str, list[InlineIgnore]] = {}
    for doc in documents:
        for ig in doc.ignores:
            where = f"{doc.path}:{ig.line}"
            unknown = unknown_codes(list(ig.codes)) if ig.problem is None else []
            if ig.problem is not None or unknown:
                problem = ig.problem or f"{unknown[0]!r} is not a rule code or family (see `gapscan rules`)"
                warnings.append(f"{where}: gapscan comment suppresses nothing: {problem}")
            elif ig.expires is not None and ig.expires < today:
                warnings.append(f"{where}: the ignore of {', '.join(ig.codes)} expired on {ig.expires} and "
                                "suppresses nothing: fix the text or renew it with a reason")
            else:
                if ig.reason is None:
                    warnings.append(f"{where}: the ignore of {', '.join(ig.codes)} gives no reason=\"...\": "
                                    "say why the finding does not apply")
                inline.setdefault(doc.path, []).append(ig)
    live = []
    for entry in entries:
        if entry.expires is not None and entry.expires < today:
            warnings.append(f"{config_name} [[ignore]] #{entry.number} ({entry.path}: {', '.join(entry.codes)}) "
                            f"expired on {entry.expires} and suppresses nothing: fix the findings or renew it")
        else:
            live.append(entry)

    used: set[int] = set()  # id() of the suppressions that took a finding
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    for finding in findings:
        line = finding.location.line if finding.location is not None else None
        hit = next((ig for ig in inline.get(finding.path, ()) if covers(ig.codes, finding.rule) and (
            ig.first_line is None or (line is not None and ig.first_line <= line
                                      and (ig.last_line is None or line <= ig.last_line)))), None)
        if hit is not None:
            used.add(id(hit))
            suppressed.append(Suppressed(finding=finding, reason=hit.reason or NO_REASON, kind="inSource",
                                         source=f"{finding.path}:{hit.line}"))
            continue
        entry = next((e for e in live if covers(e.codes, finding.rule)
                      and matches_glob(config_path(finding.path), e.path)), None)
        if entry is not None:
            used.add(id(entry))
            suppressed.append(Suppressed(finding=finding, reason=entry.reason, kind="external",
                                         source=f"{config_name} [[ignore]] #{entry.number}"))
            continue
        kept.append(finding)

    unused: list[str] = []
    if report_unused:
        def judged(codes: Sequence[str]) -> bool:
            return any(covers(codes, code) for code in ran)

        for path, igs in sorted(inline.items()):
            unused.extend(f"{path}:{ig.line}: unused suppression of {', '.join(ig.codes)} (no finding matched)"
                          for ig in igs if id(ig) not in used and judged(ig.codes))
        unused.extend(f"{config_name} [[ignore]] #{e.number} ({e.path}: {', '.join(e.codes)}): unused suppression "
                      "(no finding matched)" for e in live if id(e) not in used and judged(e.codes))
    return Outcome(kept=tuple(kept), suppressed=tuple(suppressed), warnings=tuple(warnings), unused=tuple(unused))
