"""gapscan diff on two small JSON reports of the same client a year apart."""
import copy
import json

import pytest

from gapscan.diff import compare, match_findings, render_diff


def finding(rule, path, message, severity="warning", **location):
    return {"rule": rule, "name": rule.lower(), "severity": severity, "path": path, "message": message,
            "location": location, "evidence": [], "metrics": {}}


def doc(path, kind="procedure", verdict=None, drift=None, mirroring=None):
    return {"path": path, "kind": kind, "format": path.rsplit(".", 1)[-1], "status": "ok",
            "scores": {"mirroring": mirroring, "specificity": None, "drift": drift}, "verdict": verdict}


def report(root, documents, findings):
    return {"schema_version": 1, "tool": {"name": "gapscan", "version": "0.1.0"}, "root": root,
            "documents": documents, "findings": findings,
            "summary": {"documents": len(documents), "findings": len(findings)}}


OLD = report("client-2024", [
    doc("procs/QP-07.docx", verdict="mirrored", drift=70.0, mirroring=82.0),
    doc("procs/QP-09.docx", verdict="mixed", drift=40.0, mirroring=50.0),
    doc("records/downtime.xlsx", kind="record"),
    doc("records/old_list.xlsx", kind="record"),
], [
    finding("CM01", "procs/QP-07.docx", "Heading '8.4 Control of externally provided processes' is a clause title",
            line=12, section="8.4"),
    finding("CM03", "procs/QP-07.docx", "standard-speak: 'the organization shall determine'", line=30,
            section="Purpose"),
    finding("PS01", "records/downtime.xlsx", "downtime.xlsx is kept outside the documented system: 412 entries",
            sheet="Sheet1", row=1, cell="A1"),
    finding("SH02", "records/near_miss.xlsx", "The near miss log has had no entry for 120 days", "error",
            sheet="Log", row=40, cell="A40"),
    finding("PS01", "records/old_list.xlsx", "old_list.xlsx is kept outside the documented system: 40 entries",
            "info", sheet="Sheet1", row=1, cell="A1"),
])
NEW = report("client-2025", [
    doc("procs/QP-07.docx", verdict="operational", drift=25.0, mirroring=20.0),
    doc("procs/QP-09.docx", verdict="mixed", drift=40.0, mirroring=50.0),
    doc("records/downtime.xlsx", kind="record"),
    doc("records/scrap.xlsx", kind="record"),
], [
    # rows grew, line moved, numbers in the message changed: still the same problem
    finding("PS01", "records/downtime.xlsx", "downtime.xlsx is kept outside the documented system: 530 entries",
            sheet="Sheet1", row=1, cell="A1"),
    finding("CM03", "procs/QP-07.docx", "standard-speak: 'the organization shall determine'", "error", line=18,
            section="Purpose"),
    finding("SH02", "records/near_miss.xlsx", "The near miss log is drying up: 1.2 entries a month", sheet="Log",
            row=52, cell="A52"),
    finding("PS02", "records/scrap.xlsx", "scrap.xlsx records 80 of the same Batch values as production.xlsx",
            sheet="Sheet1", row=1),
])


def test_findings_new_resolved_and_open():
    d = compare(OLD, NEW)
    assert [(c.rule, c.path) for c in d.resolved] == [("CM01", "procs/QP-07.docx"), ("PS01", "records/old_list.xlsx")]
    assert [(c.rule, c.path) for c in d.new] == [("PS02", "records/scrap.xlsx")]
    open_ = {(c.rule, c.path): c for c in d.still_open}
    assert set(open_) == {("PS01", "records/downtime.xlsx"), ("CM03", "procs/QP-07.docx"),
                          ("SH02", "records/near_miss.xlsx")}
    assert open_[("CM03", "procs/QP-07.docx")].old_severity == "warning"
    assert open_[("CM03", "procs/QP-07.docx")].severity == "error"
    assert open_[("PS01", "records/downtime.xlsx")].old_message.endswith("412 entries")
    assert open_[("SH02", "records/near_miss.xlsx")].old_message is not None  # wording changed, same problem
    assert d.old_counts == {"error": 1, "warning": 3, "info": 1, "total": 5}
    assert d.new_counts == {"error": 1, "warning": 3, "info": 0, "total": 4}
    assert d.by_rule["PS01"] == (2, 1) and d.by_rule["PS02"] == (0, 1)


def test_document_changes():
    d = compare(OLD, NEW)
    changes = {c.path: c for c in d.documents}
    qp7 = changes["procs/QP-07.docx"]
    assert (qp7.old_verdict, qp7.new_verdict) == ("mirrored", "operational")
    assert qp7.delta("drift") == -45.0 and qp7.delta("mirroring") == -62.0
    assert qp7.old_findings == 2 and qp7.new_findings == 1
    assert changes["records/old_list.xlsx"].status == "removed"
    assert changes["records/scrap.xlsx"].status == "added"
    assert "procs/QP-09.docx" not in changes  # nothing moved


def test_same_report_has_nothing_new_or_resolved():
    d = compare(OLD, copy.deepcopy(OLD))
    assert d.new == () and d.resolved == () and len(d.still_open) == 5
    assert d.documents == ()


def test_repeated_findings_match_by_message_before_position():
    old = [finding("CM03", "p.docx", "'as applicable'", line=5, section="Scope"),
           finding("CM03", "p.docx", "'interested parties'", line=9, section="Scope")]
    new = [finding("CM03", "p.docx", "'interested parties'", line=3, section="Scope")]
    old_n = [dict(f, location=f["location"]) for f in old]
    pairs, gone, born = match_findings(old_n, new)
    assert [(a["message"], b["message"]) for a, b in pairs] == [("'interested parties'", "'interested parties'")]
    assert [g["message"] for g in gone] == ["'as applicable'"] and born == []


def test_bad_input_becomes_problems_not_exceptions():
    d = compare({"schema_version": 1}, {"findings": [{"rule": "PS01"}, "junk", finding("SH01", "a.xlsx", "m")]})
    assert len(d.new) == 1
    assert any("no findings list" in p for p in d.problems)
    assert any("#1" in p for p in d.problems)
    text = render_diff(d, "terminal")
    assert "note:" in text


def test_render_terminal_fits_80_columns():
    text = render_diff(compare(OLD, NEW), "terminal")
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Resolved (2)" in text and "New (1)" in text and "Still open (3)" in text
    assert "mirrored→operational" in text
    assert "\x1b[" not in text


def test_terminal_shortens_a_long_still_open_list():
    many = report("x", [], [finding("CM03", "p.docx", f"phrase {i}", line=i, section=f"s{i}") for i in range(40)])
    text = render_diff(compare(many, copy.deepcopy(many)), "terminal")
    assert "Still open (40)" in text and "and 25 more" in text
    assert "phrase 39" in render_diff(compare(many, copy.deepcopy(many)), "markdown")


def test_render_markdown_and_json():
    d = compare(OLD, NEW)
    md = render_diff(d, "markdown")
    assert md.startswith("# gapscan diff: client-2024 → client-2025")
    assert "| total | 5 | 4 | -1 |" in md
    assert "## New (1)" in md and "`records/scrap.xlsx`" in md
    data = json.loads(render_diff(d, "json"))
    assert data["old_counts"]["total"] == 5 and data["new_counts"]["total"] == 4
    assert data["by_rule"]["PS01"] == {"old": 2, "new": 1}
    assert [c["rule"] for c in data["new"]] == ["PS02"]
    with pytest.raises(ValueError):
        render_diff(d, "html")


def test_changes_say_where_the_finding_is():
    d = compare(OLD, NEW)
    text = render_diff(d, "terminal")
    assert "PS02 warning records/scrap.xlsx (Sheet1 row 1):" in text
    md = render_diff(d, "markdown")
    assert '- **CM01** warning `procs/QP-07.docx` (under "8.4", paragraph 12): Heading' in md
