"""The terminal report: readable at 80 columns, plain unless asked, a linter for `check`."""
from __future__ import annotations

import re

from rich.cells import cell_len

from gapscan.report import render

from report_fixtures import BROKEN, PDF, PROC, build_check_report, build_report

ANSI = re.compile(r"\x1b\[")
CHECK_LINE = re.compile(r"^[^:]+:\d+: CM\d\d ")


def test_default_is_summary_documents_and_one_line_per_rule(report):
    text = render(report, "terminal", width=80)
    assert "Executive summary" in text and "Top findings" in text
    index = text[text.index("Findings by document"):]
    assert f"{PROC}\n  error   DR02 cadence-drift  line 20\n" in index
    assert "  warning CM03 standard-speak  line 12\n" in index
    assert "fix: Either evaluate yearly" not in text  # the details are for --verbose
    assert "--verbose prints every finding" in text


def test_fits_80_columns_and_shows_locations(report):
    text = render(report, "terminal", width=80, verbose=True)
    too_wide = [line for line in text.splitlines() if cell_len(line) > 80]
    assert not too_wide
    for where in ("line 12", "p.2 line 7", "Log!B7", "row 4", "Log!B31"):
        assert where in text
    assert "encrypted PDF: cannot be read without a password" in text
    assert "PS03: ValueError" in text
    assert "DR05 failed: KeyError: 'role'" in text
    assert "2025-05-12 (read from audit plans in the set)" in text


def test_sections_and_key_numbers(report):
    text = render(report, "terminal", width=80, verbose=True)
    assert text.startswith("gapscan audit 0.1.0")
    assert "Executive summary" in text and "2 of 3 procedures describe the standard" in text
    assert "▲" in text and "█" in text  # the sparkline with its audit mark, the verdict bars
    assert "interval days: expected 365 vs actual 410.5 (median)" in text
    assert "share late: 42%" in text
    assert "fix: Either evaluate yearly" in text
    # findings are grouped under their document, in reading order
    proc_at = text.index(f"{PROC} (procedure, mirrored)")
    assert proc_at < text.index("CM01 clause-numbered-headings  line 3") < text.index("DR02 cadence-drift  line 20")
    assert text.rstrip().endswith("8 findings: 1 error, 6 warnings, 1 info")


def test_message_brackets_are_not_markup(report):
    text = render(report, "terminal", verbose=True)
    assert "[bold]equipment[/bold]" in text


def test_plain_unless_color_requested(report, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert not ANSI.search(render(report, "terminal"))
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI.search(render(report, "terminal", color=True))


def test_deterministic():
    one = render(build_report(), "terminal", width=80)
    assert one == render(build_report(reverse=True), "terminal", width=80)


def test_empty_report(empty_report):
    text = render(empty_report, "terminal", width=80)
    assert "no documents found" in text and "no findings" in text


def test_check_reads_like_a_linter_on_text_files(check_report):
    lines = render(check_report, "terminal", width=80).splitlines()
    located = [line for line in lines if CHECK_LINE.match(line)]
    assert f"{PROC}:12: CM03 standard-speak sentence restates the standard: 'shall | should' " \
           "language instead of a named role" in located
    assert f"{PROC}: verdict mirrored; scores out of 100: mirroring 82, specificity 14, drift 61 - 2 findings" in lines
    # a PDF's page and line is no line of the file an editor opens: never 'calibration.pdf:7:'
    assert not any(line.startswith(f"{PDF}:") or line.startswith(f"{BROKEN}:") for line in lines)
    assert lines[-1] == "3 files checked: 4 findings (4 warnings); 1 file could not be read"


def test_check_of_a_pdf_or_word_file_is_a_block_per_place(check_report):
    text = render(check_report, "terminal", width=80)
    block = text[text.index(f"{PDF}\n"):text.index(f"{PROC}:")]
    assert block.splitlines()[1:3] == ["  whole document",
                                       "    warning CM05 no-operational-anchors: the text names 1 role and no system,"]
    assert "\n  p.2 line 7\n    warning CM04 organization-as-actor: 'the organization' is the actor of 9\n" in block
    assert "      › The organization shall calibrate [bold]equipment[/bold].\n" in block
    assert "\n  verdict mixed; scores out of 100: mirroring 45, specificity 40 - 2 findings\n" in block
    assert text.index(f"{BROKEN}\n  error: encrypted PDF: cannot be read without a password\n") >= 0


def test_check_reports_run_errors(check_report):
    import dataclasses

    failed = dataclasses.replace(check_report, run_errors=("CM02 failed: IndexError: empty (cm.py:40)",))
    lines = render(failed, "terminal").splitlines()
    assert "gapscan: error: CM02 failed: IndexError: empty (cm.py:40)" in lines
    assert not CHECK_LINE.match("gapscan: error: CM02 failed")


def test_check_lines_are_never_wrapped(check_report):
    lines = render(check_report, "terminal", width=40).splitlines()
    assert sum(1 for line in lines if CHECK_LINE.match(line)) == 2  # the Markdown file's; the PDF's are blocks


def test_check_with_no_findings():
    report = build_check_report()
    clean = type(report)(root=report.root, tool_version="0.1.0", command="check",
                         documents=report.documents[:1], findings=())
    lines = render(clean, "terminal").splitlines()
    assert lines[-1] == "1 file checked: no findings"
    assert lines[0].endswith("- no findings")


def test_a_long_path_folds_under_itself_in_the_documents_table():
    """At 80 columns a long file name takes two lines; its second line is indented, not a row of its own."""
    lines = render(build_report(), "terminal", width=80).splitlines()
    start = lines.index(next(line for line in lines if line.startswith("document ")))
    row = next(i for i in range(start, len(lines)) if lines[i].startswith("reviews/mana"))
    assert lines[row].endswith(" review    operational   30   56     -     1 ok")
    assert lines[row].startswith("reviews/management review ")
    assert lines[row + 1] == "  2025.md"


def test_a_table_too_narrow_for_its_paths_gives_each_path_its_own_line():
    """At 60 columns the documents table left the paths 12 columns ('reviews/mana', then 'gement revie', ...): on
    real sets at 80 columns a path took five to seven lines. A path now has its line, the columns go under it."""
    lines = render(build_report(), "terminal", width=60).splitlines()
    start = lines.index("document")
    assert lines[start + 1].split() == ["kind", "verdict", "(p)", "mirr", "spec", "drift", "finds", "status"]
    row = lines.index("reviews/management review 2025.md", start)
    assert lines[row + 1] == "  review    operational   30   56     -     1 ok"
    assert all(len(line) <= 60 for line in lines)


def test_a_documents_findings_heading_gives_the_verdict_with_its_probability():
    import dataclasses

    report = build_report()
    docs = tuple(dataclasses.replace(d, verdict_probability=0.87) if d.document.path == PROC else d
                 for d in report.documents)
    text = render(dataclasses.replace(report, documents=docs), "terminal", width=120, verbose=True)
    assert f"{PROC} (procedure, mirrored, model probability 0.87)" in text


def _with_minutes(n: int):
    import dataclasses

    from gapscan.model import Document, DocumentResult, Kind

    report = build_report()
    extra = tuple(DocumentResult(document=Document(path=f"minutes/{2000 + i // 12}-{1 + i % 12:02d}.md",
                                                   source="/tmp/client/x.md", format="md", kind=Kind.REVIEW,
                                                   kind_reason="minutes of a meeting"))
                  for i in range(n))
    return dataclasses.replace(report, documents=report.documents + extra)


def test_a_large_set_lists_the_documents_that_matter_and_counts_the_rest():
    """A makerspace's wiki of 473 files printed 473 rows in the terminal: the procedures with findings were lost
    among 300 sets of minutes with none. Without --verbose, a set of more than 40 documents lists those with a
    finding, a verdict or a status other than ok, and says how many others there are, of which kinds."""
    text = render(_with_minutes(60), "terminal", width=100)
    table = text[text.index("Documents"):text.index("Findings by document")]
    assert PROC in table and BROKEN in table  # a finding / a verdict, and an error, are listed
    assert "minutes/2000-01.md" not in table
    assert "and 61 more documents with no finding and no verdict (60 reviews, 1 form)" in table, table
    assert "in the documents table with --verbose" in " ".join(table.split())
    assert "--verbose lists them" in table
    # --verbose lists every one; a small set is listed whole
    assert "minutes/2004-12.md" in render(_with_minutes(60), "terminal", width=100, verbose=True)
    assert "minutes/2000-01.md" in render(_with_minutes(10), "terminal", width=100)
