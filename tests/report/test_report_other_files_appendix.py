"""A long run's documents table lists what a reader acts on; the other files go to an appendix.

Read as a client would: a HIPAA programme of 344 files gave a documents table of 344 rows (24 Word pages), 238 of
them READMEs, diagrams and registers with no finding and no verdict, and the 81 procedures were lost among them.
A run of more than 40 documents now lists in the table those with a finding, a verdict or a reading problem, and
every other file, with its kind, in "Appendix: other files read" (markdown, HTML, Word); a short run keeps one table.
"""
from __future__ import annotations

import io

from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.report.docx import render as render_docx
from gapscan.report.html import render as render_html
from gapscan.report.markdown import render as render_markdown

PROCEDURE = """# Control of nonconforming product

## 1 Purpose

This procedure sets how the workshop handles a part that fails inspection.

## 2 Steps

1. The inspector tags the part red and moves it to the quarantine rack within 1 hour.
2. The production lead records it on form NC-01 and decides: rework, scrap or use as is.
3. The quality manager reviews the NC-01 log every Friday and closes each entry within 10 working days.
"""

NOTE = """# Garden note {n}

The garden behind the office was weeded on a sunny day. Tomatoes are coming along nicely this year.
"""


def _run(tmp_path, notes: int):
    (tmp_path / "procedures").mkdir()
    (tmp_path / "procedures" / "nonconforming-product.md").write_text(PROCEDURE)
    (tmp_path / "notes").mkdir()
    for n in range(notes):
        (tmp_path / "notes" / f"garden-{n:02d}.md").write_text(NOTE.format(n=n))
    return run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))


def _documents_table(markdown: str) -> str:
    return markdown[markdown.index("## Documents"):markdown.index("\n## ", markdown.index("## Documents") + 5)]


def test_a_long_run_lists_the_quiet_files_in_an_appendix(tmp_path):
    report = _run(tmp_path, 44)
    assert len(report.documents) == 45
    quiet = [d for d in report.documents if d.document.path.startswith("notes/")]
    assert all(d.verdict is None for d in quiet)
    markdown = render_markdown(report)
    table = _documents_table(markdown)
    assert "procedures/nonconforming-product.md" in table
    assert "notes/garden-00.md" not in table
    assert "the other 44, with neither a finding nor a verdict, are listed in [Appendix: other files read]" in table
    appendix = markdown[markdown.index("## Appendix: other files read"):]
    assert "44 documents read with no finding and no verdict" in appendix
    assert all(f"notes/garden-{n:02d}.md" in appendix for n in range(44))
    assert "procedures/nonconforming-product.md" not in appendix
    assert "- [Appendix: other files read](#appendix-other-files-read)" in markdown  # in the contents

    html = render_html(report)
    doc_table = html[html.index('id="doc-table"'):html.index("</table>", html.index('id="doc-table"'))]
    assert "notes/garden-07.md" not in doc_table and "procedures/nonconforming-product.md" in doc_table
    other = html[html.index('<section id="other-files">'):]
    assert "notes/garden-07.md" in other[:other.index("</section>")]
    assert 'href="#other-files"' in html

    from docx import Document

    word = Document(io.BytesIO(render_docx(report)))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings[-1] == "Appendix: other files read"
    names = [[c.text for c in t.columns[0].cells] for t in word.tables]
    documents = next(col for col in names if "procedures/nonconforming-product.md" in col)
    assert "notes/garden-07.md" not in documents
    assert any("notes/garden-07.md" in col for col in names)


def test_a_short_run_keeps_every_file_in_the_documents_table(tmp_path):
    markdown = render_markdown(_run(tmp_path, 5))
    assert "notes/garden-03.md" in _documents_table(markdown)
    assert "Appendix: other files read" not in markdown


def test_the_appendix_escapes_a_path_once(tmp_path):
    """A file under `docs/_internal/` read `docs/\\\\\\_internal/` in the markdown appendix (opentrusty, ux24): the
    path was escaped as running text and then again as a table cell, so a renderer showed a stray backslash. The
    documents table above escaped it once."""
    (tmp_path / "procedures").mkdir()
    (tmp_path / "procedures" / "nonconforming-product.md").write_text(PROCEDURE)
    notes = tmp_path / "notes" / "_internal"
    notes.mkdir(parents=True)
    for n in range(44):
        (notes / f"garden_{n:02d}.md").write_text(NOTE.format(n=n))
    report = run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))
    appendix = render_markdown(report).split("## Appendix: other files read")[1]
    assert "| notes/\\_internal/garden\\_07.md | other | md |" in appendix
    assert "\\\\" not in appendix
