"""A fence marked as markdown that wraps the page (an export, a converter's output) is the page's own text; one shown
among the page's text ("Create `MANAGEMENT-REVIEW-TEMPLATE.md`:" over a template with its blanks, "Example:") is an
example of another document, kept as code. The shape (classify19, glinet set): a gap-analysis report
(docs/reports/iso-9001-gap-analysis-2025-12-12.md) quoting the five templates it proposes was read as a form for
their 33 blank fields, their headings taken for its own.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import BlockType, Kind

TEMPLATE = """```markdown
# Management Review - YYYY-QQ

**Date:** YYYY-MM-DD
**Attendees:** [Names]
**Review Period:** [Quarter]

## Actions

**Owner:** [Name]
**Due:** YYYY-MM-DD

## Sign-off

**Reviewed by:** [Name]
**Date:** YYYY-MM-DD
```
"""

REPORT = """# Quality System Gap Analysis

The analysis compared the team's practice with the standard. The team tests every change and keeps its findings
traceable, but it holds no management review and keeps no record of corrective actions.

## Gap 1: Management review

The team has never reviewed its quality system. We recommend a quarterly review on a fixed template.

**Action:**
Create `docs/quality/MANAGEMENT-REVIEW-TEMPLATE.md`:

""" + TEMPLATE + """
The review takes two hours a quarter and needs no new tools.

## Gap 2: Corrective action

Bugs are fixed but their causes are not recorded. We recommend a cause field in the bug template.

- Add a root cause field to the bug template.
- Link each fix to the issue it closes.
- Review open causes at the quarterly review.
- Close a cause only when its fix is released.

## Summary

The two gaps take a day to close. The team keeps its current tools.

- Week 1: the review template.
- Week 2: the bug template.
- Week 3: the first review.
"""


def _doc(tmp_path: Path, text: str, name: str = "reports/gap-analysis-2025-12-12.md"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return classify(parse_file(path, name))


def test_a_template_shown_in_a_report_is_no_part_of_its_text(tmp_path: Path) -> None:
    doc = _doc(tmp_path, REPORT)
    headings = [b.text for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == ["Quality System Gap Analysis", "Gap 1: Management review", "Gap 2: Corrective action",
                        "Summary"]
    assert not any("YYYY" in b.text for b in doc.blocks)
    assert any("YYYY-MM-DD" in b.text for b in doc.code)  # still there, as the example it is
    assert doc.kind is not Kind.FORM, doc.kind_reason


def test_a_page_wrapped_in_the_fence_is_still_read(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "<!-- exported -->\n" + TEMPLATE, "review-template.md")
    headings = [b.text for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == ["Management Review - YYYY-QQ", "Actions", "Sign-off"]
    assert doc.kind is Kind.FORM, doc.kind_reason


def test_a_fence_holding_most_of_the_page_is_still_read(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "# Review template\n\nCopy the text below.\n\n" + TEMPLATE, "review-template.md")
    assert "Sign-off" in [b.text for b in doc.blocks if b.type is BlockType.HEADING]
