"""CM01 and CM02 see a converted manual's clause headings written as plain numbered lines ("8.4   Control of
Externally Provided Processes, Products and Services" over its text). Markdown ran each into its paragraph, so a
manual laid out clause by clause had no heading at all (left18; tests/ingest/test_markdown_numbered_lines.py)."""
from __future__ import annotations

from gapscan.rules.cm import CM01, CM02

from cm_helpers import run

MANUAL = """\
# Quality Manual

4.1   Understanding the Organization and its Context
The quality manager keeps the list of internal and external issues.

7.5   Documented Information
The quality manager keeps the procedures on the shared drive.

8.4   Control of Externally Provided Processes, Products and Services
The purchasing officer approves each supplier before the first order, using form QF-12.

9.2   Internal Audit
The quality manager plans internal audits each year.

10.2   Nonconformity and Corrective Action
The production supervisor records each nonconformity in the NC log within one working day.
"""


def test_numbered_plain_lines_are_clause_headings(make):
    doc = make("quality-manual.md", MANUAL)
    lines = sorted(f.location.line for f in run(CM01, doc))
    assert lines == [3, 6, 9, 12, 15], lines
    assert run(CM02, doc), "the clause order 4.1 -> 10.2 was not seen"
