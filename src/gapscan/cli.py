"""The command line: parse options, call the engine, pick a renderer, return an exit code.

Heavy libraries (spaCy, parsers, rich tables) are imported inside the commands so that
`gapscan --help` starts instantly.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from enum import IntEnum
from pathlib import Path
from typing import List, Optional

import typer

from gapscan import __version__


class Exit(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    USAGE = 2


FORMATS = ("terminal", "markdown", "json", "sarif", "html", "docx")
FAIL_ON = ("error", "warning", "info", "never")

app = typer.Typer(
    name="gapscan",
    help="Find the gap between the management system a company documents and the one it runs.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gapscan {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """gapscan: is your management system the one people work in?"""


def _fail(message: str) -> "typer.Exit":
    typer.echo(f"gapscan: error: {message}", err=True)
    return typer.Exit(Exit.USAGE)


def _codes(value: Optional[str]) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in (value or "").split(",") if c.strip())


def _dates(values: Optional[List[str]]) -> tuple[dt.date, ...]:
    out = []
    for v in values or []:
        try:
            out.append(dt.date.fromisoformat(v))
        except ValueError:
            raise _fail(f"--audit-date {v!r} is not a date (YYYY-MM-DD)") from None
    return tuple(out)


def _run(command: str, paths: List[Path], fmt: str, output: Optional[Path], fail_on: Optional[str],
         select: Optional[str], ignore: Optional[str], config_path: Optional[Path],
         standard: Optional[str], audit_dates: Optional[List[str]], jobs: Optional[int],
         timings: bool, debug: bool, verbose: bool = False) -> None:
    from gapscan import config as config_mod
    from gapscan.engine import RunOptions, Timings, UsageError, exit_code, run
    from gapscan.rules.registry import unknown_codes

    fmt = fmt.lower()
    fail_on = fail_on.lower() if fail_on is not None else None
    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}")
    if fmt == "docx" and output is None:
        raise _fail("--format docx writes a Word file: give it a name with -o FILE.docx")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise _fail(f"--fail-on must be one of {', '.join(FAIL_ON)}")
    sel, ign = _codes(select), _codes(ignore)
    bad = unknown_codes(list(sel + ign))
    if bad:
        raise _fail(f"unknown rule code {bad[0]!r} (see `gapscan rules`)")
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise _fail(f"no such file or folder: {missing[0]}")
    if output is not None:
        target = output.resolve()
        for p in paths:
            scanned = p.resolve()
            if target == scanned or (scanned.is_dir() and target.is_relative_to(scanned)):
                raise _fail(f"refusing to write the report into the scanned {'folder' if scanned.is_dir() else 'file'} "
                            f"{p}: gapscan never changes what it scans; choose an -o path outside it")
        _check_writable(output)
    try:
        if config_path is not None:
            if not config_path.is_file():
                raise _fail(f"config file not found: {config_path}")
            config = config_mod.load(config_path)
        else:
            config = config_mod.load(config_mod.discover(paths[0]))
    except config_mod.ConfigError as exc:
        raise _fail(str(exc)) from None
    forced = None
    if standard:
        from gapscan.clauses import STANDARDS, normalise_standard

        forced = normalise_standard(standard)
        if forced is None:
            raise _fail(f"unknown standard {standard!r} (known: {', '.join(STANDARDS)})")
    options = RunOptions(command=command, select=sel, ignore=ign, standard=forced,
                         audit_dates=_dates(audit_dates), jobs=jobs, debug=debug)
    clock = Timings()
    try:
        report = run(paths, config, options, timings=clock)
    except UsageError as exc:
        raise _fail(str(exc)) from None
    # Nothing gapscan reads (an empty or mistyped folder, only other file types) is not a clean pass. A file
    # it tried and failed to read is a document with an error, reported as usual (CLI.md).
    from gapscan.model import Status

    if not any(d.document.status is not Status.SKIPPED for d in report.documents):
        where = ", ".join(str(p) for p in paths)
        skipped = f" ({len(report.documents)} skipped)" if report.documents else ""
        raise _fail(f"no documents found in {where}{skipped}: gapscan reads docx, pdf, md, html, txt, odt, xlsx, "
                    f"csv and ods; check the path and the config's exclude")
    from gapscan.report import render

    with clock.stage("render"):
        if output is None:
            color = fmt == "terminal" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
            width = min(_width(), 120)
            text = render(report, fmt, color=color, width=width, verbose=verbose)
        elif fmt == "json":
            text = None  # streamed to the file below: a large report is never held as one string
        else:
            text = render(report, fmt, color=False, width=100, verbose=verbose)
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        try:
            if text is None:
                from gapscan.report.json import write as write_json

                with clock.stage("render"), output.open("w", encoding="utf-8") as fh:
                    write_json(report, fh)
            elif isinstance(text, bytes):
                output.write_bytes(text)
            else:
                output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror}") from None
        typer.echo(f"gapscan: wrote {fmt} report to {output}", err=True)
    if timings:
        total = sum(clock.stages.values())
        parts = ", ".join(f"{k} {v:.2f}s" for k, v in clock.stages.items())
        typer.echo(f"gapscan: timings: {parts}; total {total:.2f}s", err=True)
    raise typer.Exit(exit_code(report, fail_on or config.fail_on or "error"))


def _width() -> int:
    """COLUMNS when set (also for a pipe), the terminal's width on a tty, else 100."""
    try:
        return max(40, int(os.environ["COLUMNS"]))
    except (KeyError, ValueError):
        pass
    return os.get_terminal_size().columns if sys.stdout.isatty() else 100


FORMAT_HELP = "Report format: terminal, markdown, json, sarif, html or docx (docx needs -o)."
VERBOSE_HELP = "Human formats: every finding in full, with model scores and internal reasons."
FAIL_HELP = "Exit 1 when a finding is at or above this severity: error, warning, info or never."


@app.command()
def audit(
    paths: List[Path] = typer.Argument(..., help="Folders or files of the client's document set."),
    fmt: str = typer.Option("terminal", "--format", "-f", help=FORMAT_HELP),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help=FAIL_HELP + " [default: error]"),
    select: Optional[str] = typer.Option(None, "--select", help="Only these rule codes or prefixes (CM,DR02)."),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="Skip these rule codes or prefixes."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: discovered)."),
    audit_date: Optional[List[str]] = typer.Option(None, "--audit-date",
                                                   help="External audit date YYYY-MM-DD (repeatable), for SH01."),
    standard: Optional[str] = typer.Option(None, "--standard", help="Force the standard (iso9001, iso14001...)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Parser processes (default: CPUs)."),
    timings: bool = typer.Option(False, "--timings", help="Print seconds per stage to stderr."),
    debug: bool = typer.Option(False, "--debug", help="Re-raise internal errors (for developers)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help=VERBOSE_HELP),
) -> None:
    """Audit a whole document set: classify, parse, run every rule family, write one report."""
    _run("audit", paths, fmt, output, fail_on, select, ignore, config, standard, audit_date, jobs, timings, debug,
         verbose)


@app.command()
def check(
    files: List[Path] = typer.Argument(..., help="Procedure files to check (docx, pdf, md, html, txt), or folders: "
                                                 "every procedure in them is checked."),
    fmt: str = typer.Option("terminal", "--format", "-f", help=FORMAT_HELP),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help=FAIL_HELP + " [default: error]"),
    select: Optional[str] = typer.Option(None, "--select", help="Only these rule codes or prefixes (CM03)."),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="Skip these rule codes or prefixes."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: discovered)."),
    standard: Optional[str] = typer.Option(None, "--standard", help="Force the standard (iso9001, iso14001...)."),
    timings: bool = typer.Option(False, "--timings", help="Print seconds per stage to stderr."),
    debug: bool = typer.Option(False, "--debug", help="Re-raise internal errors (for developers)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help=VERBOSE_HELP),
) -> None:
    """Fast draft check of procedures: clause-mirroring rules (CM) only, linter-style output."""
    _run("check", files, fmt, output, fail_on, select, ignore, config, standard, None, 1, timings, debug, verbose)


@app.command()
def rules(code: Optional[str] = typer.Argument(None, help="A rule code, e.g. CM03.")) -> None:
    """List the rule catalogue, or explain one rule."""
    from gapscan.rules.registry import BY_CODE, RULES

    if code is None:
        typer.echo(f"{'code':<6} {'name':<26} {'family':<17} {'default':<8} status")
        for r in RULES:
            status = "implemented" if r.implemented else "not implemented yet"
            typer.echo(f"{r.code:<6} {r.name:<26} {r.family:<17} {r.severity.label:<8} {status}")
        typer.echo("\n`gapscan rules CODE` explains one rule.")
        return
    rule = BY_CODE.get(code.strip().upper())
    if rule is None:
        raise _fail(f"unknown rule {code!r} (see `gapscan rules`)")
    kinds = ", ".join(k.value for k in rule.applies_to)
    typer.echo(f"{rule.code} {rule.name} ({rule.family}; fires on {kinds}; default severity {rule.severity.label})")
    typer.echo("")
    typer.echo(rule.doc)  # its first paragraph is the rule's summary in a sentence


@app.command()
def clauses(standard: Optional[str] = typer.Option(None, "--standard", help="iso9001, iso14001, iso45001, "
                                                                           "iso27001, iso22000 or iso13485."),
            questions: bool = typer.Option(False, "--questions", "-q",
                                           help="Under each clause, the questions a procedure for it should "
                                                "answer.")) -> None:
    """List the clause catalogues shipped with gapscan.

    Examples: `gapscan clauses`, `gapscan clauses --standard iso9001 --questions`.
    """
    from gapscan import clauses as clauses_mod

    if standard is None:
        for key, name in clauses_mod.STANDARDS.items():
            cat = clauses_mod.load(key)
            typer.echo(f"{key:<10} {name:<22} {len(cat.clauses)} clauses")
        typer.echo("\n`gapscan clauses --standard NAME [--questions]` lists one catalogue (with the questions a "
                   "procedure for each clause should answer).")
        return
    key = clauses_mod.normalise_standard(standard)
    if key is None:
        raise _fail(f"unknown standard {standard!r} (known: {', '.join(clauses_mod.STANDARDS)})")
    for clause in clauses_mod.load(key).clauses:
        indent = "  " * clause.number.count(".")
        typer.echo(f"{indent}{clause.number} {clause.title}")
        if questions:
            for question in clause.questions:
                typer.echo(f"{indent}    - {question}")


@app.command()
def diff(
    old: Path = typer.Argument(..., help="The earlier JSON report (gapscan audit --format json)."),
    new: Path = typer.Argument(..., help="The later JSON report."),
    fmt: str = typer.Option("terminal", "--format", "-f", help="terminal, markdown or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the comparison to this file."),
) -> None:
    """Compare two JSON reports of the same client: what improved, got worse, is new or resolved."""
    import json

    from gapscan import diff as diff_mod

    if fmt not in ("terminal", "markdown", "json"):
        raise _fail("--format must be terminal, markdown or json")
    loaded = []
    for path in (old, new):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise _fail(f"cannot read {path}: {exc.strerror}") from None
        except ValueError as exc:
            raise _fail(f"{path} is not JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("schema_version") != 1:
            raise _fail(f"{path} is not a gapscan JSON report (schema_version 1)")
        # the two lists the diff is made of; damaged entries inside them are diff problems, not usage errors
        if not isinstance(data.get("documents"), list) or not isinstance(data.get("findings"), list):
            raise _fail(f"{path} is not a gapscan JSON report (no documents and findings lists)")
        loaded.append(data)
    text = diff_mod.render_diff(diff_mod.compare(loaded[0], loaded[1]), fmt)
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")


def _check_writable(output: Path) -> None:
    """Fail before a long audit, not after it, when the report could not be written."""
    parent = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise _fail(f"cannot write {output}: it is a folder")
    if not parent.is_dir():
        raise _fail(f"cannot write {output}: folder {parent} does not exist")
    if not os.access(output if output.exists() else parent, os.W_OK):
        raise _fail(f"cannot write {output}: permission denied")


def main() -> None:
    """Console entry point: typer's usage errors exit 2, everything else as the command says."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("gapscan: interrupted", err=True)
        sys.exit(130)
