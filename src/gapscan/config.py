"""Find, load and validate one configuration. Unknown keys are errors, not silence.

Looked up from the scanned path upwards: gapscan.toml, .gapscan.toml, or [tool.gapscan]
in pyproject.toml. `--config FILE` names one directly. Example::

    standard = "iso9001"              # force the standard procedures are compared with
    audit_dates = ["2026-03-17"]      # external audits, for SH01
    exclude = ["archive/**"]          # globs relative to the scanned folder
    select = ["CM", "DR"]             # or ignore = [...]
    fail_on = "warning"

    [kinds]                           # classification overrides, glob -> kind
    "forms/**" = "form"

    [severity]                        # per-rule severity
    CM05 = "info"

    [[links]]                         # explicit procedure -> record links
    procedure = "procedures/calibration.docx"
    record = "records/calibration-register.xlsx"

    [dates]                           # date order of ambiguous columns: dmy, mdy or ymd
    "records/log.csv" = "dmy"
    "records/log.csv:Raised" = "mdy"

    [rules.DR02]                      # rule options (thresholds), see `gapscan rules CODE`
    tolerance = 0.25

    [[ignore]]                        # suppress findings, with a reason (they are still listed)
    path = "procedures/contract-*.md" # glob, relative to this file's folder (default: every file)
    codes = ["CM03"]                  # rule codes or families
    reason = "the customer's contract requires the clause wording"
    expires = 2027-06-30              # optional: after this date it suppresses nothing

`ignore` is either a list of rule codes to skip (`ignore = ["CM05"]`, as --ignore) or [[ignore]] tables,
not both in one file: a [[ignore]] table without `path` suppresses its codes everywhere, with its reason.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from gapscan.model import Kind, Severity

CONFIG_NAMES = ("gapscan.toml", ".gapscan.toml")
KEYS = {"standard", "audit_dates", "exclude", "select", "ignore", "fail_on", "kinds", "severity",
        "links", "dates", "rules"}
DATE_ORDERS = {"dmy", "mdy", "ymd"}
FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """An invalid configuration: the message is the one line the user sees (exit 2)."""


@dataclass(frozen=True, kw_only=True)
class Config:
    source: str | None = None  # the file it came from, None for defaults
    standard: str | None = None
    audit_dates: tuple[dt.date, ...] = ()
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    kinds: tuple[tuple[str, Kind], ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    links: tuple[tuple[str, str], ...] = ()
    dates: Mapping[str, str] = field(default_factory=dict)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    ignores: tuple["IgnoreEntry", ...] = ()  # the [[ignore]] tables


@dataclass(frozen=True, kw_only=True)
class IgnoreEntry:
    """One [[ignore]] table: findings of `codes` in files matching `path` are suppressed, for `reason`."""

    number: int  # 1-based position among the file's [[ignore]] tables, to name it in messages
    path: str
    codes: tuple[str, ...]
    reason: str
    expires: dt.date | None = None


IGNORE_KEYS = {"path", "codes", "reason", "expires"}


def discover(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a file's folder for a file)."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return "gapscan" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, ValueError, UnicodeDecodeError):
        return False


def load(path: Path | None) -> Config:
    """Load and validate a config file (None gives the defaults)."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML in {path}: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("gapscan", {})
    return parse(data, source=str(path))


def parse(data: Mapping[str, Any], *, source: str | None = None) -> Config:
    """Validate a config mapping; every mistake names the key and what is expected."""
    where = source or "config"
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KEYS))})")

    raw_ignore = data.get("ignore", [])
    ignores: tuple[IgnoreEntry, ...] = ()
    if isinstance(raw_ignore, list) and any(isinstance(v, dict) for v in raw_ignore):
        ignores = _ignore_tables(raw_ignore, where)
        data = {k: v for k, v in data.items() if k != "ignore"}

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {key} must be a list of strings")
        return tuple(value)

    standard = data.get("standard")
    if standard is not None:
        from gapscan.clauses import normalise_standard

        norm = normalise_standard(str(standard))
        if norm is None:
            raise ConfigError(f"{where}: unknown standard {standard!r}")
        standard = norm

    audit_dates = []
    for value in data.get("audit_dates", []):
        if isinstance(value, dt.date):
            audit_dates.append(value)
            continue
        try:
            audit_dates.append(dt.date.fromisoformat(str(value)))
        except ValueError:
            raise ConfigError(f"{where}: audit_dates entry {value!r} is not YYYY-MM-DD") from None

    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: fail_on must be one of {', '.join(FAIL_ON)}")

    kinds = []
    for glob, kind in _table(data, "kinds", where).items():
        try:
            kinds.append((glob, Kind(kind)))
        except ValueError:
            raise ConfigError(f"{where}: kinds.{glob!r} = {kind!r} is not one of "
                              f"{', '.join(k.value for k in Kind)}") from None

    severity = {}
    for code, level in _table(data, "severity", where).items():
        try:
            severity[code.upper()] = Severity.parse(str(level))
        except ValueError as exc:
            raise ConfigError(f"{where}: severity.{code}: {exc}") from None

    links = []
    raw_links = data.get("links", [])
    if not isinstance(raw_links, list):
        raise ConfigError(f"{where}: links must be an array of tables [[links]]")
    for i, link in enumerate(raw_links):
        if not isinstance(link, dict) or set(link) != {"procedure", "record"}:
            raise ConfigError(f"{where}: links[{i}] needs exactly procedure = \"...\" and record = \"...\"")
        links.append((str(link["procedure"]), str(link["record"])))

    dates = {}
    for key, order in _table(data, "dates", where).items():
        if order not in DATE_ORDERS:
            raise ConfigError(f"{where}: dates.{key!r} must be one of dmy, mdy, ymd")
        dates[key] = order

    rules = {}
    for code, options in _table(data, "rules", where).items():
        if not isinstance(options, dict):
            raise ConfigError(f"{where}: rules.{code} must be a table of options")
        rules[code.upper()] = dict(options)

    return Config(source=source, standard=standard, audit_dates=tuple(sorted(set(audit_dates))),
                  exclude=strings("exclude"), select=strings("select"), ignore=strings("ignore"),
                  fail_on=fail_on, kinds=tuple(kinds), severity=severity, links=tuple(links),
                  dates=dates, rules=rules, ignores=ignores)


def _ignore_tables(raw: list, where: str) -> tuple[IgnoreEntry, ...]:
    import re

    from gapscan.rules.registry import unknown_codes

    entries = []
    for n, table in enumerate(raw, start=1):
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: ignore must be a list of rule codes or [[ignore]] tables, not both")
        here = f"{where}: [[ignore]] #{n}"
        unknown = sorted(set(table) - IGNORE_KEYS)
        if unknown:
            raise ConfigError(f"{here}: unknown key {unknown[0]!r} (known: {', '.join(sorted(IGNORE_KEYS))})")
        reason = table.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(f"{here} needs reason = \"...\": say why these findings do not apply")
        codes = table.get("codes")
        codes = [codes] if isinstance(codes, str) else codes
        if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
            raise ConfigError(f"{here} needs codes = [\"CM03\", ...]: the rule codes or families it suppresses")
        codes = [c.strip().upper() for c in codes]
        bad = next((c for c in codes if not re.fullmatch(r"[A-Z]{2}(\d{2})?", c)), None) or next(
            iter(unknown_codes(codes)), None)
        if bad is not None:
            raise ConfigError(f"{here}: {bad!r} is not a rule code or family (CM03, CM; see `gapscan rules`)")
        path = table.get("path", "**")
        if not isinstance(path, str) or not path.strip():
            raise ConfigError(f"{here}: path must be a glob such as \"procedures/*.md\"")
        expires = table.get("expires")
        if isinstance(expires, dt.datetime):
            expires = expires.date()
        elif expires is not None and not isinstance(expires, dt.date):
            try:
                expires = dt.date.fromisoformat(str(expires))
            except ValueError:
                raise ConfigError(f"{here}: expires {expires!r} is not a date (YYYY-MM-DD)") from None
        entries.append(IgnoreEntry(number=n, path=path.strip(), codes=tuple(codes), reason=reason.strip(),
                                   expires=expires))
    return tuple(entries)


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key} must be a table")
    return value


# What `gapscan init` writes. Settings are commented out ("#key = value", no space after the '#') so the file
# changes nothing until someone chooses; tests uncomment every one of them and load the result.
STARTER = '''# gapscan configuration: found by gapscan in the scanned folder or any folder above it.
# Every setting below is optional; remove the '#' in front of one to use it.
# `gapscan rules` lists the rule codes; `gapscan rules CODE` explains one.

# The standard your procedures are written against (default: worked out from the documents).
# One of iso9001, iso14001, iso45001, iso27001, iso22000, iso13485, iso42001.
#standard = "iso9001"

# External audit dates (YYYY-MM-DD), for SH01 (record entries bunched before audits).
# Default: read from audit plans and reports in the set, when there are any.
#audit_dates = ["2026-03-17", "2025-03-11"]

# Files and folders gapscan leaves alone: globs relative to the scanned folder.
#exclude = ["archive/**", "templates/**"]

# Only some rule codes or families (CM, DR, PS, SH), or all but some. Use one of the two.
#select = ["CM", "DR"]

# When `gapscan audit` and `gapscan check` exit 1: a finding at or above error, warning or info;
# "never" always exits 0 (default: error).
#fail_on = "warning"

# What a file is, when gapscan's guess is wrong: glob = procedure, form, record, review or other.
[kinds]
#"forms/**" = "form"
#"records/**" = "record"

# A different severity for a rule: error, warning or info.
[severity]
#CM05 = "info"

# The date order of a record's ambiguous dates (03/04/2026): dmy, mdy or ymd, per file or per column.
[dates]
#"records/goods-in-log.csv" = "dmy"

# Thresholds of one rule: `gapscan rules CODE --verbose` names them.
[rules]
#DR02 = { tolerance = 0.25 }

# A procedure and the record that proves it is followed, when gapscan cannot link them by name or code.
#[[links]]
#procedure = "procedures/calibration.docx"
#record = "records/calibration-register.xlsx"

# Suppress findings that do not apply, and say why: they no longer fail the run, every report still lists
# them with the reason. In a document, a comment does the same for the next paragraph or section:
#   <!-- gapscan: ignore CM03 reason="the contract requires the clause wording" -->
#[[ignore]]
# path: a glob relative to the folder of this file (without it: every file)
#path = "procedures/customer-contract-*.md"
#codes = ["CM03", "CM04"]
#reason = "the customer's contract requires the standard's wording"
#expires = 2027-06-30
'''
