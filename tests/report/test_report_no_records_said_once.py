"""A set that handed over no records says so once for the run (the summary's line), not "Claims against the
records: 30 not checkable" under every procedure with a finding (hipaa-like sets without their trackers)."""
from __future__ import annotations

import io

from gapscan.model import ClaimCheck, ClaimStatus, Document, DocumentResult, Kind, Report
from gapscan.report import render
from gapscan.rules.registry import BY_CODE


def _report(with_record: bool) -> Report:
    docs = []
    found = []
    for k in range(3):
        path = f"procedures/p{k}.md"
        docs.append(DocumentResult(
            document=Document(path=path, source=f"/x/{path}", format="md", kind=Kind.PROCEDURE),
            claims=tuple(ClaimCheck(kind="frequency", text=f"check weekly {i}", location=None,
                                    status=ClaimStatus.NOT_CHECKABLE, detail="no record linked") for i in range(4))))
        found.append(BY_CODE["CM05"].finding(path=path, message=f"names few details ({k})"))
    if with_record:
        docs.append(DocumentResult(document=Document(path="records/log.csv", source="/x/records/log.csv",
                                                     format="csv", kind=Kind.RECORD)))
    return Report(root="/x", tool_version="0", command="audit", documents=tuple(docs), findings=tuple(found))


def _docx_text(report: Report) -> str:
    from docx import Document as Docx

    return "\n".join(p.text for p in Docx(io.BytesIO(render(report, "docx"))).paragraphs)


def test_no_record_handed_over_no_claims_line_per_document():
    report = _report(with_record=False)
    assert "Claims against the records" not in render(report, "markdown")
    assert "Claims against the records" not in _docx_text(report)


def test_with_records_each_document_keeps_its_claims_line():
    report = _report(with_record=True)
    assert render(report, "markdown").count("Claims against the records: 4 not checkable") == 3
    assert _docx_text(report).count("Claims against the records: 4 not checkable") == 3
