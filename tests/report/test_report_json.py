"""The JSON report against the project's own copy of the public schema."""
from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from gapscan.report import Format, render
from gapscan.rules.registry import BY_CODE

from report_fixtures import BIG, BROKEN, CSV, PDF, PROC, XLSX, build_report


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads((files("gapscan") / "data" / "report.schema.json").read_text(encoding="utf-8"))


def _validate(data: dict, schema: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)


def test_shipped_schema_is_the_v1_contract(schema):
    assert schema["$id"] == "gapscan.report.v1"
    assert schema["properties"]["schema_version"] == {"const": 1}


def test_full_report_validates(report, schema):
    data = json.loads(render(report, Format.JSON))
    _validate(data, schema)
    assert data["schema_version"] == 1
    assert data["tool"] == {"name": "gapscan", "version": "0.1.0"}
    assert data["root"] == "/srv/acme/qms"
    assert data["generated_at"] == "2026-11-26T02:00:00Z"


def test_empty_report_validates(empty_report, schema):
    data = json.loads(render(empty_report, "json"))
    _validate(data, schema)
    assert data["documents"] == [] and data["findings"] == []
    assert data["summary"]["findings"] == 0 and "executive" not in data["summary"]
    assert "generated_at" not in data


def test_schema_rejects_a_broken_report(report, schema):
    """The validation above can fail: an upper-case severity is not the contract."""
    data = json.loads(render(report, "json"))
    data["findings"][0]["severity"] = "WARNING"
    with pytest.raises(jsonschema.ValidationError):
        _validate(data, schema)


def test_finding_names_are_the_catalogue_names(report):
    data = json.loads(render(report, "json"))
    assert data["findings"]
    for item in data["findings"]:
        assert item["name"] == BY_CODE[item["rule"]].name
        assert item["severity"] in ("error", "warning", "info")


def test_documents_and_findings_sorted_and_deterministic():
    a = render(build_report(), "json")
    b = render(build_report(reverse=True), "json")
    assert a == b == render(build_report(), "json")
    data = json.loads(a)
    paths = [d["path"] for d in data["documents"]]
    assert paths == sorted(paths)
    assert [f["path"] for f in data["findings"]] == sorted(f["path"] for f in data["findings"])
    proc_lines = [f["location"]["line"] for f in data["findings"] if f["path"] == PROC]
    assert proc_lines == [3, 12, 20]


def test_locations_hold_only_set_keys(report):
    data = json.loads(render(report, "json"))
    by_rule = {f["rule"]: f for f in data["findings"]}
    assert by_rule["CM04"]["location"] == {"page": 2, "line": 7}
    assert by_rule["SH01"]["location"] == {"sheet": "Log", "row": 7, "column": "Date", "cell": "B7"}
    assert "location" not in by_rule["CM05"]
    assert by_rule["DR02"]["evidence"][0]["location"]["cell"] == "B31"
    assert by_rule["DR02"]["related"] == [XLSX]


def test_metrics_are_plain_json(report):
    data = json.loads(render(report, "json"))
    by_rule = {f["rule"]: f for f in data["findings"]}
    dr02 = by_rule["DR02"]["metrics"]
    assert dr02["last_entry"] == "2025-03-04"
    assert dr02["months"] == [1, 2, 3]
    assert dr02["share_late"] == 0.4213
    assert dr02["spread"] is None  # NaN has no JSON form
    assert by_rule["SH01"]["metrics"]["generated"] == "2025-06-01T12:30:00"
    assert by_rule["CM01"]["metrics"]["share_of_headings"] == 0.8571
    assert by_rule["CM03"]["fix"].startswith("Say who does what")


def test_documents_carry_scores_links_claims_and_errors(report):
    data = json.loads(render(report, "json"))
    docs = {d["path"]: d for d in data["documents"]}
    proc = docs[PROC]
    assert proc["kind"] == "procedure" and proc["verdict"] == "mirrored"
    assert proc["scores"] == {"mirroring": 82.4, "specificity": 14.0, "drift": 61.0}
    assert [link["path"] for link in proc["links"]] == [CSV, XLSX]
    assert proc["claims"][0]["status"] == "drifted" and proc["claims"][0]["location"] == {"line": 20}
    assert docs[PDF]["pages"] == 4 and docs[PDF]["scores"]["drift"] is None
    assert docs[BROKEN]["status"] == "error"
    assert docs[BROKEN]["error"] == "encrypted PDF: cannot be read without a password"
    assert docs[BIG]["status"] == "skipped"
    assert docs["reviews/management review 2025.md"]["rule_errors"][0].startswith("PS03:")


def test_summary_counts(report):
    data = json.loads(render(report, "json"))
    summary = data["summary"]
    assert summary["documents"] == 8 and summary["findings"] == 8
    assert summary["errors"] == 1 and summary["skipped"] == 1
    assert summary["by_severity"] == {"error": 1, "warning": 6, "info": 1}
    assert summary["by_rule"]["CM01"] == 1 and sum(summary["by_rule"].values()) == 8
    assert summary["by_kind"]["procedure"] == 2
    executive = summary["executive"]
    assert executive["headline"].startswith("2 of 3")
    chart = executive["sections"][1]["charts"][1]
    assert len(chart["labels"]) == len(chart["values"]) == 30 and chart["marks"] == ["2025-W18"]
    assert [f["rule"] for f in executive["top_findings"]] == ["DR02", "SH01"]
    assert data["audit_dates"] == ["2025-05-12"]
