"""A draft as a Word file: one paragraph per statement, each trace a comment on it."""
from __future__ import annotations

import io

from gapscan.draft.markdown import header_lines, statement_text
from gapscan.draft.model import Draft
from gapscan.model import REPORT_MARKER

AUTHOR = "gapscan"


def render(draft: Draft) -> bytes:
    from docx import Document

    doc = Document()
    doc.core_properties.title = f"Draft: {_clean(draft.title)}"
    doc.core_properties.keywords = REPORT_MARKER
    doc.core_properties.comments = f"{REPORT_MARKER} {draft.tool_version}: a draft written by gapscan"
    doc.add_heading(f"Draft: {_clean(draft.title)}", level=1)
    for line in header_lines(draft):
        doc.add_paragraph(_clean(line.replace("`", "")), style="Intense Quote")
    for section in draft.sections:
        doc.add_heading(_clean(section.title), level=2)
        style = "List Number" if section.key == "steps" else "List Bullet"
        for statement in section.statements:
            paragraph = doc.add_paragraph(style=style)
            if statement.question:
                paragraph.add_run("? ").bold = True
            run = paragraph.add_run(_clean(statement_text(statement)))
            for trace in statement.traces:
                # markdown's code marks around the path mean nothing in Word
                doc.add_comment(run, text=_clean(trace.text().replace("`", "")), author=AUTHOR, initials="gs")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _clean(text: str) -> str:
    """Text Word accepts: XML-illegal control characters removed."""
    return "".join(ch for ch in " ".join(str(text).split()) if ch >= " ")
