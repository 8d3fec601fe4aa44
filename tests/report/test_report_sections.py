"""Every human format shows the report's parts in the one order of report.common.Section."""
from __future__ import annotations

import io
import re
from dataclasses import replace

from gapscan.model import Document, DocumentResult, Kind, Suppressed
from gapscan.report import render
from gapscan.report.common import Section, report_sections

from report_fixtures import build_report


def _full_report():
    """A report with every part: unreadable files, failed checks, a baseline, a suppression and more documents
    than the documents table lists (the rest go to an appendix)."""
    report = build_report()
    first, *rest = sorted(report.findings, key=lambda f: f.sort_key())
    quiet = tuple(DocumentResult(document=Document(path=f"minutes/2020-{i:02d}.md", source="/tmp/client/x.md",
                                                   format="md", kind=Kind.REVIEW, kind_reason="minutes"))
                  for i in range(1, 42))
    return replace(report, findings=tuple(rest[1:]), baseline="gapscan-baseline.json", baselined=(rest[0],),
                   documents=report.documents + quiet,
                   suppressed=(Suppressed(finding=first, reason="rewritten next month", kind="inSource",
                                          source=f"{first.path}:3"),))


def _in_order(text: str, headings: list[str]) -> list[str]:
    found = sorted((text.index(h), h) for h in headings if h in text)
    return [h for _, h in found]


def test_every_format_shows_the_parts_in_one_order():
    report = _full_report()
    sections = report_sections(report, unreadable_in_summary=True)
    # the fixture's summary does not list its unreadable files, so every part is there
    assert sections == list(Section)
    expected = [s.heading for s in sections]

    markdown = render(report, "markdown")
    md_headings = re.findall(r"^## (.+)$", markdown, re.M)
    assert md_headings == ["Contents"] + expected
    contents = markdown.split("## Contents")[1].split("<a id=")[0]
    assert re.findall(r"- \[(.+?)\]", contents) == expected

    terminal = render(report, "terminal", width=100)
    shown = [s.heading for s in sections if s.heading in terminal]
    assert shown == _in_order(terminal, expected)
    # the terminal leaves the scope to its header and the scores' key and the appendix to written reports
    assert shown == [s.heading for s in sections
                     if s not in (Section.SCOPE, Section.HOW_TO_READ, Section.APPENDIX, Section.OTHER_FILES)]

    html = render(report, "html")
    h2 = re.findall(r"<h2>(.+?)</h2>", html)
    assert h2 == [s.heading for s in sections if s not in (Section.SCOPE, Section.APPENDIX)]
    nav = re.search(r'<nav class="toc">(.*?)</nav>', html).group(1)
    ids = re.findall(r'href="#([\w-]+)"', nav)
    assert ids == [i for i in re.findall(r'<section id="([\w-]+)"', html)]

    import docx

    document = docx.Document(io.BytesIO(render(report, "docx")))
    top = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    # the Word report, the one a client is handed, keeps the scores' key (session 19: it had none)
    assert top == [s.heading for s in sections if s not in (Section.SCOPE, Section.APPENDIX)]
