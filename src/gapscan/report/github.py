"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request's files.

    ::error file=procedures/qp-04.md,line=3,title=CM01 clause-numbered-headings::heading '4 Context...' is ...

Paths are relative to the repository (GITHUB_WORKSPACE when the workflow sets it, else the current folder),
because GitHub places an annotation only on a file path of the repository. Only a text file's line becomes
`line=`: a PDF page's line or a Word paragraph is no line of the file, so that annotation sits on the file and
its message names the place ("[p.3 line 12]"). Severity error -> error,
warning -> warning, info -> notice. Escaping follows GitHub's toolkit: % CR LF in the message, and
also : and , in the properties.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.model import Finding, Report, Severity, Status
from gapscan.report.common import (counts_paragraphs, file_line, one_line, place_beside_line, plural, repository,
                                   severity_counts_text)

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, workspace: str | None = None) -> str:
    """One workflow command per finding and per unreadable file, then a plain summary line."""
    base = Path(report.base or ".")
    repo = repository(workspace, report.base)
    # one annotation per place: two sentences of one paragraph (a docx line) would draw the same one twice
    places: dict[tuple, int] = {}
    for f in sorted(report.findings, key=Finding.sort_key):
        key = (LEVELS[f.severity], _repo_path(base, f.path, repo), _line(f), f"{f.rule} {f.name}", _message(f))
        places[key] = places.get(key, 0) + 1
    lines = [_command(level, file, line, title, message if n == 1 else _times(message, n, counts_paragraphs(file)))
             for (level, file, line, title, message), n in places.items()]
    for d in sorted(report.documents, key=lambda d: d.document.path):
        if d.document.status is Status.ERROR:
            lines.append(_command("warning", _repo_path(base, d.document.path, repo), None, "gapscan: not read",
                                  d.document.error or "the file could not be read"))
    lines += [_command("warning", None, None, "gapscan: suppression", w) for w in report.suppression_warnings]
    lines += [_command("warning", None, None, "gapscan: unused suppression", u) for u in report.unused_ignores]
    for entry in report.run_errors:
        lines.append(_command("error", None, None, "gapscan: check failed", entry))
    closing = f"gapscan: {plural(len(report.findings), 'finding')}"
    if report.findings:
        closing += f" ({severity_counts_text(report)})"
    if report.suppressed:
        closing += f"; {len(report.suppressed)} suppressed"
    if report.error_count:  # "0 findings" alone would read as a clean run of a file nobody could read
        closing += f"; {plural(report.error_count, 'file')} could not be read"
    lines.append(closing)
    return "\n".join(lines) + "\n"


def _repo_path(base: Path, path: str, repo: Path) -> str:
    full = (base / path).resolve()
    return full.relative_to(repo).as_posix() if full.is_relative_to(repo) else full.as_posix()


def _line(finding: Finding) -> int | None:
    return file_line(finding.path, finding.location)


def _message(finding: Finding) -> str:
    """The message, naming the place when the annotation has no line of the file to sit on: a cell, a PDF's
    page and line, a Word paragraph's line."""
    loc = finding.location
    where = place_beside_line(finding.path, loc)
    text = one_line(finding.message) + (f" [{where}]" if where else "")
    return text + (f"\nFix: {one_line(finding.fix)}" if finding.fix else "")


def _times(message: str, n: int, paragraphs: bool = False) -> str:
    """The message of a finding found n times at one place, the count after its first line."""
    first, _, rest = message.partition("\n")
    return f"{first} (×{n} {'in this paragraph' if paragraphs else 'on this line'})" + (f"\n{rest}" if rest else "")


def _command(level: str, file: str | None, line: int | None, title: str, message: str) -> str:
    props = []
    if file is not None:
        props.append(f"file={escape_property(file)}")
    if line is not None:
        props.append(f"line={line}")
    props.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(props)}::{escape_data(message)}"
