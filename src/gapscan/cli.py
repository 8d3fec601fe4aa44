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
from typing import List, Optional, Sequence

import typer

from gapscan import __version__


class Exit(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    USAGE = 2


FORMATS = ("terminal", "markdown", "json", "sarif", "html", "docx", "github")
FAIL_ON = ("error", "warning", "info", "never")

app = typer.Typer(
    name="gapscan",
    help="Find the gap between the management system a company documents and the one it runs.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    epilog="""Examples:

\b
  gapscan audit client-docs/                      the whole set: procedures, forms, records
  gapscan check procedures/qp-04.docx             one draft, clause-mirroring rules only
  gapscan rules CM03                              what a rule finds and how to fix it
  gapscan init                                    a commented starter gapscan.toml
""",
)


class PlainHelpCommand(typer.core.TyperCommand):
    """Help names an argument by its metavar (PATH), not by its Python type (<list[Path]>)."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, typer.core.TyperArgument) and param.metavar:
                param.display_type_rich = lambda ctx: None
                # the usage line in the usual form, `PATH...` and `[CODE]`, not typer's `{PATH}...`
                name = param.metavar + ("..." if param.nargs != 1 else "")
                param._usage_display_name = (lambda n=name: n) if param.required else (lambda n=name: f"[{n}]")
        return params


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


def _run(command: str, paths: List[Path], fmt: Optional[str], output: Optional[Path], fail_on: Optional[str],
         select: Optional[str], ignore: Optional[str], config_path: Optional[Path],
         standard: Optional[str], audit_dates: Optional[List[str]], jobs: Optional[int],
         timings: bool, debug: bool, verbose: bool = False, baseline: Optional[Path] = None,
         write_baseline: Optional[Path] = None, no_cache: bool = False,
         cache_dir: Optional[Path] = None, quiet: bool = False,
         report_unused_ignores: bool = False) -> None:
    from gapscan import baseline as baseline_mod
    from gapscan import config as config_mod
    from gapscan.engine import RunOptions, Timings, UsageError, exit_code, run
    from gapscan.rules.registry import unknown_codes

    fmt = _format(fmt, output, FORMATS, "terminal")
    fail_on = fail_on.lower() if fail_on is not None else None
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
    for target, what in ((output, "the report"), (write_baseline, "the baseline")):
        if target is not None:
            _check_outside(target, paths, what)
            _check_writable(target)
    known = None
    if baseline is not None:
        try:
            known = baseline_mod.load(baseline)
        except baseline_mod.BaselineError as exc:
            raise _fail(str(exc)) from None
    try:
        if config_path is not None:
            if not config_path.is_file():
                raise _fail(f"config file not found: {config_path}")
            config = config_mod.load(config_path)
        else:
            config = config_mod.load(config_mod.discover(paths[0]))
    except config_mod.ConfigError as exc:
        raise _fail(str(exc)) from None
    # as on the command line: a select of no known rule would run nothing and call it a clean pass
    bad = unknown_codes([*config.select, *config.ignore, *config.severity])
    if bad:
        raise _fail(f"{config.source}: unknown rule code {bad[0]!r} (see `gapscan rules`)")
    forced = None
    if standard:
        from gapscan.clauses import STANDARDS, normalise_standard

        forced = normalise_standard(standard)
        if forced is None:
            raise _fail(f"unknown standard {standard!r} (known: {', '.join(STANDARDS)})")
    options = RunOptions(command=command, select=sel, ignore=ign, standard=forced,
                         audit_dates=_dates(audit_dates), jobs=jobs, debug=debug, cache=not no_cache,
                         cache_dir=cache_dir, report_unused_ignores=report_unused_ignores)
    from contextlib import nullcontext

    from gapscan import progress

    display = progress.TerminalProgress() if progress.wanted(quiet) else None
    clock = Timings(progress=display)
    # the display runs until the report is rendered, and is gone before anything is printed to stdout
    with display or nullcontext():
        try:
            report = run(paths, config, options, timings=clock)
        except UsageError as exc:
            raise _fail(str(exc)) from None
        _refuse_empty(report, paths)
        if write_baseline is not None:
            try:
                count = baseline_mod.write(report, write_baseline)
            except OSError as exc:
                raise _fail(f"cannot write {write_baseline}: {exc.strerror}") from None
            typer.echo(f"gapscan: wrote a baseline of {count} finding{'s' if count != 1 else ''} to "
                       f"{write_baseline}; `gapscan {command} ... --baseline {write_baseline}` now fails only on "
                       f"new ones", err=True)
            raise typer.Exit(Exit.CLEAN)
        if known is not None:
            report = baseline_mod.apply(report, known)
            for note in baseline_mod.notes(report, known):
                typer.echo(f"gapscan: warning: {note}", err=True)
        text = _render(report, fmt, output, verbose, clock)
    if text is None:  # JSON is streamed: a large report is never held as one string
        from gapscan.report.json import write as write_json

        try:
            with clock.stage("render"):
                if output is None:
                    write_json(report, sys.stdout)
                else:
                    with output.open("w", encoding="utf-8") as fh:
                        write_json(report, fh)
        except OSError as exc:
            raise _fail(f"cannot write {output or 'the report'}: {exc.strerror}") from None
        if output is not None and not quiet:
            typer.echo(f"gapscan: wrote {fmt} report to {output}", err=True)
    else:
        _emit(text, output, f"{fmt} report", quiet=quiet)
    if output is not None or fmt in ("json", "sarif"):
        # a report for a file or a machine: the build log is all a CI user reads, and a file left unread is not
        # a clean pass (the terminal, markdown and GitHub reports on stdout say it themselves)
        note = _unreadable_note(report)
        if note:
            typer.echo(note, err=True)
    if timings:
        total = sum(clock.stages.values())
        parts = ", ".join(f"{k} {v:.2f}s" for k, v in clock.stages.items())
        typer.echo(f"gapscan: timings: {parts}; total {total:.2f}s", err=True)
        if clock.cache is not None:
            typer.echo(f"gapscan: cache hits: {clock.cache.describe()}", err=True)
    threshold = fail_on or config.fail_on or "error"
    code = exit_code(report, threshold)
    if code == Exit.FINDINGS:
        # the reason a build is red, on stderr whatever the format (a SARIF or JSON file says nothing in the log)
        given = (f'fail_on = "{threshold}" in {config.source}' if not fail_on and config.fail_on
                 else f"--fail-on {threshold}")
        typer.echo(_failure_note(report, command, paths, threshold, given, config.source), err=True)
    raise typer.Exit(code)


# formats whose `gapscan: ignore` comments are read (ingest/directives.py): markdown, HTML, plain text, reST
COMMENT_FORMATS = frozenset({"md", "html", "txt", "rst"})
UNREADABLE_NAMED = 3  # files named in the stderr note on files not read, before "and N more"


def _unreadable_note(report) -> str | None:
    """'gapscan: warning: 1 file could not be read and was not checked (...): docs/a.docx: not a valid Word file',
    or None when every file was read. It never changes the exit status (CLI.md)."""
    from gapscan.report.common import one_line, plural, unreadable

    bad = unreadable(report)
    if not bad:
        return None
    named = "; ".join(f"{d.document.path}: {one_line(d.document.error or 'no reason given')}"
                      for d in bad[:UNREADABLE_NAMED])
    more = f"; and {len(bad) - UNREADABLE_NAMED} more" if len(bad) > UNREADABLE_NAMED else ""
    return (f"gapscan: warning: {plural(len(bad), 'file')} could not be read and "
            f"{'was' if len(bad) == 1 else 'were'} not checked (listed in the report with the reason): "
            f"{named}{more}")


def _failure_note(report, command: str, paths: List[Path], threshold: str, given: str,
                  config_source: str | None = None) -> str:
    """'gapscan: exit 1: 3 findings at or above --fail-on error, first CM02 docs/qp.md:3; to accept one ...':
    why the run failed and the two ways to accept a finding, a suppression with a reason or a baseline."""
    import dataclasses
    import shlex

    from gapscan.model import Finding, Severity
    from gapscan.report.common import file_line, plural, where_text, with_headings

    level = Severity.parse(threshold)
    failing = sorted((f for f in report.findings if f.severity >= level), key=Finding.sort_key)
    # the worst first: an error before the warnings beside it
    failing.sort(key=lambda f: -int(f.severity))
    why = []
    if failing:
        first = failing[0]
        line = file_line(first.path, first.location)
        if line is not None:  # path:line, where an editor opens it
            where = f"{first.path}:{line}"
        else:  # a Word paragraph under its heading, a PDF page's line, a workbook's cell: the place in words
            located = with_headings(dataclasses.replace(report, findings=(first,), summary=None)).findings[0]
            place = where_text(located.location, first.path)
            where = f"{first.path} ({place})" if place else first.path
        why.append(f"{plural(len(failing), 'finding')} at or above {given}: "
                   f"{'' if len(failing) == 1 else 'the first '}{first.rule} {first.severity.label} at {where}")
    if report.unused_ignores and level <= Severity.WARNING:
        why.append(f"{plural(len(report.unused_ignores), 'unused suppression')}, counted as warnings")
    code = failing[0].rule if failing else "CODE"
    typed = " ".join(shlex.quote(str(p)) for p in paths)
    flag = " --check" if command == "check" else ""
    # gapscan refuses to write into a scanned folder: from inside one (`check .`), the file goes beside it
    here = Path.cwd().resolve()
    around = [p.resolve() for p in paths if p.is_dir() and here.is_relative_to(p.resolve())]
    name = "gapscan-baseline.json"
    if around:
        name = os.path.relpath(min(around, key=lambda p: len(p.parts)).parent / name, here)
    name = shlex.quote(name)
    fmt = next((d.document.format for d in report.documents if failing and d.document.path == failing[0].path), None)
    if fmt is None or fmt in COMMENT_FORMATS:
        accept = (f'put `gapscan: ignore {code} reason="..."` in a comment above it (or an [[ignore]] entry in '
                  "gapscan.toml)")
    else:  # README, Suppressions: Word, PDF, sheets have no comment gapscan reads
        glob, toml = failing[0].path, "gapscan.toml"
        if config_source and report.base:  # an [[ignore]] path is relative to the folder of the config it is in
            full, home = (Path(report.base) / glob).resolve(), Path(config_source).resolve().parent
            if full.is_relative_to(home):
                glob, toml = full.relative_to(home).as_posix(), config_source
        accept = (f"a {fmt} file has no comment gapscan reads: add to {toml} an [[ignore]] entry with "
                  f'path = "{glob}", codes = ["{code}"] and a reason')
    return (f"gapscan: exit 1: {'; '.join(why)}. To accept a finding, {accept}; to fail only on new "
            f"ones, run `gapscan baseline write {name} {typed}{flag}` and add --baseline {name}")


def _refuse_empty(report, paths: List[Path]) -> None:
    """Nothing gapscan reads (an empty or mistyped folder, only other file types) is not a clean pass. A file
    it tried and failed to read is a document with an error, reported as usual (CLI.md)."""
    from gapscan.model import Status

    if not any(d.document.status is not Status.SKIPPED for d in report.documents):
        where = ", ".join(str(p) for p in paths)
        skipped = f" ({len(report.documents)} skipped)" if report.documents else ""
        raise _fail(f"no documents found in {where}{skipped}: gapscan reads docx, pdf, md, adoc, rst, html, txt, odt, xlsx, "
                    f"csv and ods; check the path and the config's exclude")


def _render(report, fmt: str, output: Optional[Path], verbose: bool, clock) -> str | bytes | None:
    """The report in `fmt` (bytes for docx); None for json, which the caller streams."""
    from gapscan.report import render

    if fmt == "json":
        return None

    with clock.stage("render"):
        if output is None:
            color = fmt == "terminal" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
            width = min(_width(), 120)
            return render(report, fmt, color=color, width=width, verbose=verbose)
        return render(report, fmt, color=False, width=100, verbose=verbose)


SUFFIX_FORMATS = {".json": "json", ".sarif": "sarif", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html", ".docx": "docx", ".xlsx": "xlsx", ".csv": "csv",
                  ".txt": "terminal"}


def _format(given: Optional[str], output: Optional[Path], allowed: Sequence[str], default: str) -> str:
    """--format as given, else the one -o's file name asks for (report.html, map.xlsx), else the default."""
    if given is not None:
        fmt = given.lower()
    else:
        by_name = SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
        fmt = by_name if by_name in allowed else default
    if fmt not in allowed:
        raise _fail(f"--format must be one of {', '.join(allowed)}")
    return fmt


def _width() -> int:
    """COLUMNS when set (also for a pipe), the terminal's width on a tty, else 100."""
    try:
        return max(40, int(os.environ["COLUMNS"]))
    except (KeyError, ValueError):
        pass
    return os.get_terminal_size().columns if sys.stdout.isatty() else 100


FORMAT_HELP = ("Report format: terminal, markdown, json, sarif, html, docx (needs -o) or github (GitHub Actions "
               "annotations). [default: from -o's file name (.json, .sarif, .md, .html, .docx), else terminal]")
FORMAT_META = "[" + "|".join(FORMATS) + "]"
FAIL_META = "[" + "|".join(FAIL_ON) + "]"
CODES_META = "CODES"
QUIET_HELP = "No progress display and no notes on stderr; warnings and errors are still printed."
UNUSED_HELP = ("List suppressions (gapscan: ignore comments, [[ignore]] entries) that matched no finding; with "
               "--fail-on warning or info they exit 1.")
AUDIT_EXAMPLES = """Examples:

\b
  gapscan audit client-docs/
  gapscan audit client-docs/ --format html -o report.html
  gapscan audit docs/ --format sarif -o gapscan.sarif --fail-on warning
"""
CHECK_EXAMPLES = """Examples:

\b
  gapscan check procedures/qp-04-purchasing.docx
  gapscan check docs/procedures/ --fail-on warning
  gapscan check docs/ --format github            (in a GitHub Actions step)
"""
STANDARD_HELP = ("Force the standard: iso9001, iso14001, iso45001, iso27001, iso22000, iso13485, iso42001 or soc2 "
                 "(the SOC 2 Trust Services Criteria).")
VERBOSE_HELP = "Human formats: every finding in full, with model scores and internal reasons."
FAIL_HELP = "Exit 1 when a finding is at or above this severity: error, warning, info or never."
BASELINE_HELP = ("Findings recorded in this file (gapscan baseline write) are listed as baselined and do not "
                 "count for the exit status: only new ones fail the run.")
NO_CACHE_HELP = "Neither read nor write the result cache (see `gapscan cache info`)."
CACHE_DIR_HELP = "Keep the result cache in this folder (default: $GAPSCAN_CACHE_DIR, else the user cache folder)."

# options audit, check and baseline write share
FMT_OPTION = typer.Option(None, "--format", "-f", help=FORMAT_HELP, metavar=FORMAT_META,
                          show_default=False)
OUTPUT_OPTION = typer.Option(None, "--output", "-o", help="Write the report to this file.",
                             metavar="FILE")
FAIL_ON_OPTION = typer.Option(None, "--fail-on", help=FAIL_HELP + " [default: error]",
                              metavar=FAIL_META)
IGNORE_OPTION = typer.Option(None, "--ignore", help="Skip these rule codes or prefixes.",
                             metavar=CODES_META)
CONFIG_OPTION = typer.Option(None, "--config", help="Config file (default: gapscan.toml, "
                             ".gapscan.toml or pyproject.toml found from the scanned folder up).",
                             metavar="FILE")
STANDARD_OPTION = typer.Option(None, "--standard", help=STANDARD_HELP, metavar="STANDARD")
TIMINGS_OPTION = typer.Option(False, "--timings", help="Print seconds per stage to stderr.")
DEBUG_OPTION = typer.Option(False, "--debug", help="Re-raise internal errors (for developers).")
VERBOSE_OPTION = typer.Option(False, "--verbose", "-v", help=VERBOSE_HELP)
BASELINE_OPTION = typer.Option(None, "--baseline", metavar="FILE", help=BASELINE_HELP)
NO_CACHE_OPTION = typer.Option(False, "--no-cache", help=NO_CACHE_HELP)
CACHE_DIR_OPTION = typer.Option(None, "--cache-dir", help=CACHE_DIR_HELP, metavar="DIR")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help=QUIET_HELP)
UNUSED_OPTION = typer.Option(False, "--report-unused-ignores", help=UNUSED_HELP)


@app.command(cls=PlainHelpCommand, epilog=AUDIT_EXAMPLES)
def audit(
    paths: List[Path] = typer.Argument(..., help="Folders or files of the client's document set.",
                                       metavar="PATH", show_default=False),
    fmt: Optional[str] = FMT_OPTION,
    output: Optional[Path] = OUTPUT_OPTION,
    fail_on: Optional[str] = FAIL_ON_OPTION,
    select: Optional[str] = typer.Option(None, "--select", help="Only these rule codes or prefixes (CM,DR02).",
                                         metavar=CODES_META),
    ignore: Optional[str] = IGNORE_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    audit_date: Optional[List[str]] = typer.Option(None, "--audit-date", metavar="YYYY-MM-DD",
                                                   help="External audit date (repeatable), for SH01."),
    standard: Optional[str] = STANDARD_OPTION,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Parser processes (default: CPUs).",
                                       metavar="N"),
    timings: bool = TIMINGS_OPTION,
    debug: bool = DEBUG_OPTION,
    verbose: bool = VERBOSE_OPTION,
    baseline: Optional[Path] = BASELINE_OPTION,
    no_cache: bool = NO_CACHE_OPTION,
    cache_dir: Optional[Path] = CACHE_DIR_OPTION,
    quiet: bool = QUIET_OPTION,
    report_unused_ignores: bool = UNUSED_OPTION,
) -> None:
    """Audit a whole document set: classify, parse, run every rule family, write one report."""
    _run("audit", paths, fmt, output, fail_on, select, ignore, config, standard, audit_date, jobs, timings, debug,
         verbose, baseline=baseline, no_cache=no_cache, cache_dir=cache_dir, quiet=quiet,
         report_unused_ignores=report_unused_ignores)


@app.command(cls=PlainHelpCommand, epilog=CHECK_EXAMPLES)
def check(
    files: List[Path] = typer.Argument(..., help="Procedure files to check (docx, pdf, md, html, txt), or folders: "
                                                 "every procedure in them is checked.", metavar="FILE",
                                       show_default=False),
    fmt: Optional[str] = FMT_OPTION,
    output: Optional[Path] = OUTPUT_OPTION,
    fail_on: Optional[str] = FAIL_ON_OPTION,
    select: Optional[str] = typer.Option(None, "--select", help="Only these rule codes or prefixes (CM03).",
                                         metavar=CODES_META),
    ignore: Optional[str] = IGNORE_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    standard: Optional[str] = STANDARD_OPTION,
    timings: bool = TIMINGS_OPTION,
    debug: bool = DEBUG_OPTION,
    verbose: bool = VERBOSE_OPTION,
    baseline: Optional[Path] = BASELINE_OPTION,
    no_cache: bool = NO_CACHE_OPTION,
    cache_dir: Optional[Path] = CACHE_DIR_OPTION,
    quiet: bool = QUIET_OPTION,
    report_unused_ignores: bool = UNUSED_OPTION,
) -> None:
    """Fast draft check of procedures: clause-mirroring rules (CM) only, linter-style output."""
    _run("check", files, fmt, output, fail_on, select, ignore, config, standard, None, 1, timings, debug, verbose,
         baseline=baseline, no_cache=no_cache, cache_dir=cache_dir, quiet=quiet,
         report_unused_ignores=report_unused_ignores)


baseline_app = typer.Typer(help="Record today's findings so that audit and check fail only on new ones.",
                           no_args_is_help=True, rich_markup_mode=None)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("write", cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan baseline write gapscan-baseline.json docs/
  gapscan baseline write ../check-baseline.json procedures/ --check
""")
def baseline_write(
    file: Path = typer.Argument(..., help="The baseline file to write (JSON), outside the scanned folders.",
                                metavar="FILE", show_default=False),
    paths: List[Path] = typer.Argument(..., help="Folders or files, as you will give them to audit or check.",
                                       metavar="PATH", show_default=False),
    as_check: bool = typer.Option(False, "--check", help="Record what `gapscan check` finds (CM rules, paths "
                                                         "from the current folder) instead of `gapscan audit`."),
    select: Optional[str] = typer.Option(None, "--select", help="Only these rule codes or prefixes (CM,DR02).",
                                         metavar=CODES_META),
    ignore: Optional[str] = IGNORE_OPTION,
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: discovered).",
                                          metavar="FILE"),
    audit_date: Optional[List[str]] = typer.Option(None, "--audit-date", metavar="YYYY-MM-DD",
                                                   help="External audit date (repeatable), for SH01."),
    standard: Optional[str] = STANDARD_OPTION,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Parser processes (default: CPUs).",
                                       metavar="N"),
    no_cache: bool = NO_CACHE_OPTION,
    cache_dir: Optional[Path] = CACHE_DIR_OPTION,
    quiet: bool = QUIET_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Write the fingerprints of the current findings to FILE.

    Then `gapscan audit PATH --baseline FILE` (or `check`) lists those findings as baselined
    and exits 1 only for new ones. Fingerprints use the rule, the path and the quoted text,
    not line numbers, so edits elsewhere in a document keep them.
    """
    command = "check" if as_check else "audit"
    _run(command, paths, "json", None, None, select, ignore, config, standard,
         audit_date if not as_check else None, jobs if not as_check else 1, False, debug, write_baseline=file,
         no_cache=no_cache, cache_dir=cache_dir, quiet=quiet)


@app.command(cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan rules
  gapscan rules CM03
  gapscan rules DR02 --verbose
""")
def rules(code: Optional[str] = typer.Argument(None, help="A rule code, e.g. CM03.", metavar="CODE"),
          verbose: bool = typer.Option(False, "--verbose", "-v",
                                       help="Also how the rule decides: its thresholds and options.")) -> None:
    """List the rule catalogue, or explain one rule in plain words: what it finds, why it matters, how to fix it."""
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
    import textwrap

    kinds = ", ".join(k.value for k in rule.applies_to)
    typer.echo(f"{rule.code} {rule.name} ({rule.family})")
    if not rule.implemented:
        typer.echo(f"\n{rule.doc}")
        return
    sections = rule.help_sections()
    how = rule.explained().get("how", "")
    if verbose and how:
        sections.append(("How it decides (thresholds are set in the config's [rules." + rule.code + "] table)",
                         how[:1].upper() + how[1:]))
    for title, text in sections:
        typer.echo(f"\n{title}")
        typer.echo(textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  "))
    typer.echo(f"\nLooks at {kinds} files; default severity {rule.severity.label}.")
    if {k.value for k in rule.applies_to} & {"procedure", "review"}:
        typer.echo("To accept one finding in a markdown, HTML or text document, put before its paragraph:")
        typer.echo(f'  <!-- gapscan: ignore {rule.code} reason="why it does not apply" -->')
    else:  # records are sheets: no comment to write, the config says it
        typer.echo("To accept its findings for some files, add to gapscan.toml:")
        typer.echo(f'  [[ignore]]\n  path = "records/..."\n  codes = ["{rule.code}"]\n  reason = "why it does not apply"')
    if not verbose:
        typer.echo(f"`gapscan rules {rule.code} --verbose` also shows how it decides and its thresholds.")


@app.command(cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan clauses
  gapscan clauses --standard iso9001
  gapscan clauses --standard iso45001 --questions
""")
def clauses(standard: Optional[str] = typer.Option(None, "--standard", help="iso9001, iso14001, iso45001, "
                                                                           "iso27001, iso22000, iso13485, iso42001 or soc2.",
                                                   metavar="STANDARD"),
            questions: bool = typer.Option(False, "--questions", "-q",
                                           help="Under each clause, the questions a procedure for it should "
                                                "answer.")) -> None:
    """List the clause catalogues shipped with gapscan."""
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


@app.command(name="map", cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan map examples/harrow-vale
  gapscan map client-docs/ --standard iso27001 --format xlsx -o map.xlsx
  gapscan map client-docs/ --format csv -o map.csv
""")
def map_command(
    paths: List[Path] = typer.Argument(..., help="Folders or files of the client's document set.",
                                       metavar="PATH", show_default=False),
    standard: Optional[str] = typer.Option(None, "--standard", help="iso9001, iso14001, iso45001, iso27001, iso22000, "
                                                                    "iso13485, iso42001 or soc2 (default: the config's, else "
                                                                    "detected from the documents).",
                                           metavar="STANDARD"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                            help="terminal, markdown, html, csv, xlsx or json (xlsx needs -o). [default: from -o's "
                                 "file name, else terminal]",
                            metavar="[terminal|markdown|html|csv|xlsx|json]", show_default=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the map to this file.",
                                          metavar="FILE"),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: discovered).",
                                          metavar="FILE"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Parser processes (default: CPUs).",
                                       metavar="N"),
    no_cache: bool = NO_CACHE_OPTION,
    cache_dir: Optional[Path] = CACHE_DIR_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """The clause cross-reference: which sections of which procedures address each clause, how well,
    and with what evidence; beside it the clauses nothing addresses, the clauses only restated, and
    the documents that address no clause.
    """
    from gapscan import config as config_mod
    from gapscan.engine import UsageError
    from gapscan.report.map_formats import BINARY_FORMATS, MAP_FORMATS, render_map

    fmt = _format(fmt, output, MAP_FORMATS, "terminal")
    if fmt in BINARY_FORMATS and output is None:
        raise _fail(f"--format {fmt} writes a binary file: give it a name with -o FILE.{fmt}")
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise _fail(f"no such file or folder: {missing[0]}")
    forced = None
    if standard:
        from gapscan.clauses import STANDARDS, normalise_standard

        forced = normalise_standard(standard)
        if forced is None:
            raise _fail(f"unknown standard {standard!r} (known: {', '.join(STANDARDS)})")
    if output is not None:
        _check_outside(output, paths, "the map")
        _check_writable(output)
    if config is not None and not config.is_file():
        raise _fail(f"config file not found: {config}")
    try:
        cfg = config_mod.load(config if config is not None else config_mod.discover(paths[0]))
    except config_mod.ConfigError as exc:
        raise _fail(str(exc)) from None
    from gapscan.mapping.run import run as run_map

    try:
        clause_map, read = run_map(paths, cfg, standard=forced, jobs=jobs, cache=not no_cache, cache_dir=cache_dir)
    except UsageError as exc:
        raise _fail(str(exc)) from None
    if not read:
        where = ", ".join(str(p) for p in paths)
        raise _fail(f"no documents found in {where}: gapscan reads docx, pdf, md, adoc, rst, html, txt, odt, xlsx, csv and ods; "
                    f"check the path and the config's exclude")
    _emit(render_map(clause_map, fmt, width=min(_width(), 120)), output, f"{fmt} clause map", quiet=quiet)




@app.command(cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan audit client/ -f json -o march.json   (and later: -o june.json)
  gapscan diff march.json june.json
  gapscan diff march.json june.json --format markdown -o progress.md
""")
def diff(
    old: Path = typer.Argument(..., help="The earlier JSON report (gapscan audit --format json).",
                               metavar="OLD.json"),
    new: Path = typer.Argument(..., help="The later JSON report.", metavar="NEW.json"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="terminal, markdown or json. [default: from -o's "
                                      "file name, else terminal]",
                            metavar="[terminal|markdown|json]", show_default=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the comparison to this file.",
                                          metavar="FILE"),
    force: bool = typer.Option(False, "--force", help="Compare reports of different folders or rule selections "
                                                      "anyway; what cannot be told apart is labelled so."),
) -> None:
    """Compare two JSON reports of the same client: what improved, got worse, is new or resolved.

    Reports of different folders or rule selections are refused (exit 2) unless --force.
    """
    import json

    from gapscan import diff as diff_mod

    fmt = _format(fmt, output, ("terminal", "markdown", "json"), "terminal")
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
    reason = diff_mod.refusal(loaded[0], loaded[1])
    if reason is not None and not force:
        raise _fail(f"not comparing {old} with {new}: {reason}; --force compares them anyway and labels what "
                    "it cannot tell apart")
    _emit(diff_mod.render_diff(diff_mod.compare(loaded[0], loaded[1]), fmt), output, f"{fmt} comparison",
          quiet=True)


def _check_outside(target: Path, paths: List[Path], what: str) -> None:
    resolved = target.resolve()
    for p in paths:
        scanned = p.resolve()
        if resolved == scanned or (scanned.is_dir() and resolved.is_relative_to(scanned)):
            raise _fail(f"refusing to write {what} into the scanned {'folder' if scanned.is_dir() else 'file'} "
                        f"{p}: gapscan never changes what it scans; choose a path outside it")


cache_app = typer.Typer(help="The result cache: what a rerun reuses of files that did not change.",
                        no_args_is_help=True, add_completion=False, rich_markup_mode=None)
app.add_typer(cache_app, name="cache")


def _cache(cache_dir: Optional[Path]):
    from gapscan import cache

    return cache.Cache(cache_dir or cache.default_dir())


@cache_app.command("info", cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan cache info
  gapscan cache info --cache-dir /tmp/gapscan-cache
""")
def cache_info(cache_dir: Optional[Path] = CACHE_DIR_OPTION) -> None:
    """Where the cache is, how much it holds, and its size bound."""
    store = _cache(cache_dir)
    info = store.info()
    total = sum(size for _, size in info.values())
    typer.echo(f"cache folder: {store.folder}")
    for kind, (entries, size) in sorted(info.items()):
        typer.echo(f"  {kind:<10} {entries:>7,} entries {size / 2**20:>10.1f} MB")
    typer.echo(f"total {sum(n for n, _ in info.values()):,} entries, {total / 2**20:.1f} MB of "
               f"{store.limit / 2**20:,.0f} MB (least recently used entries go first past that; "
               f"GAPSCAN_CACHE_MAX_MB sets it)")


@cache_app.command("clear", cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan cache clear
  gapscan cache clear --cache-dir /tmp/gapscan-cache
""")
def cache_clear(cache_dir: Optional[Path] = CACHE_DIR_OPTION) -> None:
    """Delete every cached result."""
    store = _cache(cache_dir)
    files, size = store.clear()
    typer.echo(f"removed {files:,} cache entries ({size / 2**20:.1f} MB) from {store.folder}")


@app.command(cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan init
  gapscan init --force      (replace an existing gapscan.toml)
""")
def init(force: bool = typer.Option(False, "--force", help="Overwrite an existing gapscan.toml.")) -> None:
    """Write a commented starter gapscan.toml in the current folder: every setting explained, none switched on."""
    from gapscan.config import STARTER

    target = Path("gapscan.toml")
    if target.exists() and not force:
        raise _fail(f"{target} already exists: gapscan init --force replaces it")
    try:
        target.write_text(STARTER, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write {target}: {exc.strerror}") from None
    typer.echo(f"gapscan: wrote {target}; remove the '#' in front of a setting to use it")


@app.command(cls=PlainHelpCommand, epilog="""Examples:

\b
  gapscan draft "examples/meadowgate-foods/procedures/SOP-09 Glass and Hard Plastics Control.md"
  gapscan draft qp-14.docx --records client/records/ --format docx -o qp-14-draft.docx
""")
def draft(
    procedure: Path = typer.Argument(..., help="The procedure to redraft (docx, pdf, md, adoc, rst, html, txt, odt).",
                                     metavar="PROCEDURE", show_default=False),
    records: Optional[List[Path]] = typer.Option(
        None, "--records", "-r", metavar="PATH",
        help="Folder or file of records (repeatable). Default: the folder of the nearest "
             "gapscan config above the procedure, else the procedure's own folder."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="markdown or docx (docx needs -o). "
                            "[default: from -o's file name, else markdown]", metavar="[markdown|docx]", show_default=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the draft to this file.",
                                          metavar="FILE"),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: discovered).",
                                          metavar="FILE"),
    standard: Optional[str] = typer.Option(None, "--standard", help="Standard for the clause cross-reference: "
                                           + STANDARD_HELP.split(": ", 1)[1], metavar="STANDARD"),
    no_cache: bool = NO_CACHE_OPTION,
    cache_dir: Optional[Path] = CACHE_DIR_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Draft an operational rewrite of a procedure from what its records show; every line cites its evidence."""
    from gapscan import __version__ as version
    from gapscan import config as config_mod
    from gapscan.draft import analyse, build, render
    from gapscan.engine import UsageError

    fmt = _format(fmt, output, ("markdown", "docx"), "markdown")
    if fmt == "docx" and output is None:
        raise _fail("--format docx writes a Word file: give it a name with -o FILE.docx")
    if not procedure.is_file():
        raise _fail(f"no such file: {procedure}")
    if standard:
        from gapscan.clauses import STANDARDS, normalise_standard

        if normalise_standard(standard) is None:
            raise _fail(f"unknown standard {standard!r} (known: {', '.join(STANDARDS)})")
        standard = normalise_standard(standard)
    if config is not None and not config.is_file():
        raise _fail(f"config file not found: {config}")
    found = config if config is not None else config_mod.discover(procedure)
    try:
        settings = config_mod.load(found)
    except config_mod.ConfigError as exc:
        raise _fail(str(exc)) from None
    # the records around a procedure are the client set its config sits at the top of
    scope = list(records or [found.parent if found is not None else procedure.parent])
    missing = [p for p in scope if not p.exists()]
    if missing:
        raise _fail(f"no such file or folder: {missing[0]}")
    if output is not None:
        _check_outside(output, [procedure, *scope], "the draft")
        _check_writable(output)
    try:
        text = render(build(analyse(procedure, scope, settings, standard=standard, cache=not no_cache,
                                    cache_dir=cache_dir), version), fmt)
    except UsageError as exc:
        raise _fail(str(exc)) from None
    _emit(text, output, f"{fmt} draft", quiet=quiet)


def _emit(text: str | bytes, output: Optional[Path], what: str, *, quiet: bool = False) -> None:
    """Text to stdout (ending in a newline), or text or bytes to `output`, said on stderr unless quiet."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        if isinstance(text, bytes):
            output.write_bytes(text)
        else:
            output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror}") from None
    if not quiet:
        typer.echo(f"gapscan: wrote {what} to {output}", err=True)


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
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            _exit_now(exc.code or 0)
        raise


def _exit_now(code: int) -> None:
    """Exit without the interpreter's teardown. Python frees every object of spaCy, thinc and pydantic one
    by one as it exits, about 0.3 s of CPU at the end of every run (a sixth of a cold `check`), for memory
    the OS takes back at once. Everything an exit does for the user still happens here: output flushed,
    exit handlers run (logging, multiprocessing, temporary files), the same exit code. When output cannot
    be flushed (a closed pipe), the ordinary exit says so as it always did. Under coverage measurement the
    ordinary exit too: `coverage run` saves its data after the program returns, not in an exit handler, so
    a fast exit would lose every line the run measured."""
    import atexit

    if "coverage" in sys.modules or os.environ.get("COVERAGE_PROCESS_START"):
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


if __name__ == "__main__":  # python -m gapscan.cli, as python -m gapscan
    main()
