"""A message that opens with its own file's name ("QF-09 Corrective Action Log.csv: 10 entries in the 3 weeks before
the audit ...", SH01) named the file twice wherever the report had just named it: "`records/QF-09 Corrective Action
Log.csv` C33: QF-09 Corrective Action Log.csv: 10 entries ..." in the summary's top findings and again under the
document (harrow-vale, read as a client would, in markdown, HTML and Word). Beside its path the message goes on
without the name; JSON and SARIF, read one finding at a time, keep it whole."""
from __future__ import annotations

import dataclasses
import io
import json

import docx

from gapscan.report import render

from report_fixtures import XLSX, build_report

OWN = "entries cluster in the 4 weeks before the audit: 3.2x the usual rate"
NAMED = f"supplier_eval.xlsx: {OWN}"


def _named_report():
    report = build_report()

    def named(f):
        return dataclasses.replace(f, message=NAMED) if f.rule == "SH01" and f.path == XLSX else f

    summary = dataclasses.replace(report.summary, top_findings=tuple(named(f) for f in report.summary.top_findings))
    return dataclasses.replace(report, findings=tuple(named(f) for f in report.findings), summary=summary)


def test_the_human_formats_name_the_file_once_beside_its_path():
    report = _named_report()
    for fmt, options in (("markdown", {}), ("html", {}), ("terminal", {"width": 400, "verbose": True})):
        text = render(report, fmt, **options)
        assert NAMED not in text, fmt
        assert text.count(OWN) >= 2, fmt  # the summary's top finding and the document's own section
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs)
    assert NAMED not in word and word.count(OWN) >= 2, word


def test_json_and_sarif_keep_the_message_whole():
    report = _named_report()
    data = json.loads(render(report, "json"))
    assert [f["message"] for f in data["findings"] if f["rule"] == "SH01"] == [NAMED]
    sarif = json.loads(render(report, "sarif"))
    assert any(r["message"]["text"].startswith(NAMED) for r in sarif["runs"][0]["results"])


def test_a_message_that_is_only_the_name_or_names_another_file_is_left_alone():
    from gapscan.report.common import message_beside_path

    f = next(f for f in build_report().findings if f.rule == "SH01")
    assert message_beside_path(dataclasses.replace(f, message="old_log.csv: 3 entries")) == "old_log.csv: 3 entries"
    assert message_beside_path(dataclasses.replace(f, message="supplier_eval.xlsx: ")) == "supplier_eval.xlsx: "
