"""baseline write, then --baseline: an unchanged set passes, a new clause-mirrored procedure fails on its own findings."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"
NEW_NAME = "QP-20 Design and Development.md"
NEW_PATH = f"procedures/{NEW_NAME}"
MIRRORED = """# QP-20 Design and Development

## 8.3 Design and development of products and services

## 8.3.2 Design and development planning
The organization shall determine the stages and controls needed for design and development.
The organization shall consider the responsibilities and authorities involved in the design and development process.

## 8.3.4 Design and development controls
The organization shall apply controls to the design and development process to ensure that the results are defined.
Documented information of these activities shall be retained.

## 8.3.6 Design and development changes
The organization shall identify, review and control changes made during design and development.
"""


def gapscan(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gapscan", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A copy of the example set and its baseline, written once for the module."""
    root = tmp_path_factory.mktemp("baseline")
    shutil.copytree(EXAMPLE, root / "hv")
    r = gapscan("baseline", "write", "base.json", "hv", cwd=root)
    assert r.returncode == 0, r.stderr
    assert "wrote a baseline of" in r.stderr
    return root


def test_the_baseline_file_records_fingerprints_and_the_run(workspace):
    data = json.loads((workspace / "base.json").read_text(encoding="utf-8"))
    assert data["gapscan_baseline"] == 1 and data["root"] == "hv" and data["command"] == "audit"
    assert data["rules"]["ran"][:2] == ["CM01", "CM02"] and data["rules"]["select"] == []
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["created"])
    entries = data["findings"]
    assert len(entries) > 50
    assert len({e["fingerprint"] for e in entries}) == len(entries)
    dr02 = [e for e in entries if e["rule"] == "DR02"]
    assert dr02 and dr02[0]["path"] == "procedures/QP-14 Calibration of Measuring Equipment.docx"
    assert all(len(e["message"]) <= 120 for e in entries)


def test_unchanged_set_exits_0_and_lists_every_finding_as_baselined(workspace):
    r = gapscan("audit", "hv", "--baseline", "base.json", "-f", "json", cwd=workspace)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    known = json.loads((workspace / "base.json").read_text(encoding="utf-8"))["findings"]
    assert report["findings"] == []
    assert report["baseline"] == {"file": "base.json", "baselined": len(known)}
    assert report["summary"]["baselined"] == len(known) and report["summary"]["findings"] == 0
    assert sorted(f["fingerprint"] for f in report["baselined"]) == sorted(e["fingerprint"] for e in known)
    assert {f["baseline_state"] for f in report["baselined"]} == {"unchanged"}
    assert report["rules"]["ran"] == known_rules(workspace) and re.fullmatch(r"[0-9a-f]{16}", report["config_hash"])
    schema = json.loads((Path(__file__).resolve().parents[2] / "src" / "gapscan" / "data" /
                         "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)


def known_rules(workspace: Path) -> list[str]:
    return json.loads((workspace / "base.json").read_text(encoding="utf-8"))["rules"]["ran"]


@pytest.fixture(scope="module")
def grown(workspace) -> Path:
    """The set with a clause-mirrored procedure added after the baseline was written."""
    (workspace / "hv" / "procedures" / NEW_NAME).write_text(MIRRORED, encoding="utf-8")
    return workspace


def test_a_new_mirrored_procedure_fails_naming_only_its_findings(grown):
    r = gapscan("audit", "hv", "--baseline", "base.json", "-f", "json", cwd=grown)
    assert r.returncode == 1, r.stderr
    report = json.loads(r.stdout)
    known = json.loads((grown / "base.json").read_text(encoding="utf-8"))["findings"]
    assert {f["path"] for f in report["findings"]} == {NEW_PATH}
    assert {"CM01", "CM03", "CM04"} <= {f["rule"] for f in report["findings"]}
    assert any(f["rule"] == "CM01" and f["location"]["line"] == 5 and "8.3.2" in f["message"]
               for f in report["findings"])
    assert report["baseline"]["baselined"] == len(known)
    assert {f["baseline_state"] for f in report["findings"]} == {"new"}
    # the findings that matter most are the new ones, not what the baseline accepted
    top = report["summary"]["executive"]["top_findings"]
    assert top and {f["path"] for f in top} == {NEW_PATH}


def test_sarif_marks_new_and_unchanged_results_with_their_fingerprints(grown):
    r = gapscan("audit", "hv", "--baseline", "base.json", "-f", "sarif", cwd=grown)
    assert r.returncode == 1, r.stderr
    results = json.loads(r.stdout)["runs"][0]["results"]
    known = {e["fingerprint"] for e in json.loads((grown / "base.json").read_text(encoding="utf-8"))["findings"]}
    new = [x for x in results if x["baselineState"] == "new"]
    unchanged = [x for x in results if x["baselineState"] == "unchanged"]
    assert {x["partialFingerprints"]["gapscan/v1"] for x in unchanged} == known
    assert {x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for x in new} == \
        {"hv/" + NEW_PATH.replace(" ", "%20")}  # from the folder the scan ran in, as GitHub resolves it
    assert all(x["partialFingerprints"]["gapscan/v1"] not in known for x in new)


def test_check_with_a_check_baseline_names_only_the_new_procedure(grown, tmp_path):
    # written before the procedure was added: a fresh copy of the example set, checked from the same folder
    first = tmp_path / "repo"
    shutil.copytree(EXAMPLE, first / "hv")
    r = gapscan("baseline", "write", "--check", "../check-base.json", "hv/procedures", cwd=first)
    assert r.returncode == 0, r.stderr
    r = gapscan("check", "hv/procedures", "--baseline", "../check-base.json", cwd=first)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 findings" in r.stdout or "no findings" in r.stdout
    assert "baselined in ../check-base.json" in r.stdout
    (first / "hv" / "procedures" / NEW_NAME).write_text(MIRRORED, encoding="utf-8")
    r = gapscan("check", "hv/procedures", "--baseline", "../check-base.json", cwd=first)
    assert r.returncode == 1, r.stdout + r.stderr
    lines = re.findall(r"^(.+?):(\d+): (CM\d\d)", r.stdout, flags=re.M)
    assert lines and {path for path, _, _ in lines} == {f"hv/{NEW_PATH}"}
    assert re.search(r"^hv/procedures/QP-12 Purchasing and Supplier Evaluation\.md: baselined CM03 ×\d+$",
                     r.stdout, flags=re.M)


def test_a_baseline_is_never_written_into_the_scanned_folder_and_a_bad_one_is_a_usage_error(workspace):
    r = gapscan("baseline", "write", "hv/base.json", "hv", cwd=workspace)
    assert r.returncode == 2 and "never changes what it scans" in r.stderr
    assert not (workspace / "hv" / "base.json").exists()
    r = gapscan("audit", "hv", "--baseline", "missing.json", cwd=workspace)
    assert r.returncode == 2 and r.stderr.strip() == "gapscan: error: baseline file not found: missing.json"
    (workspace / "report.json").write_text('{"schema_version": 1}', encoding="utf-8")
    r = gapscan("audit", "hv", "--baseline", "report.json", cwd=workspace)
    assert r.returncode == 2 and "is not a gapscan baseline" in r.stderr and "Traceback" not in r.stderr


def test_check_against_an_audit_baseline_says_how_to_write_a_check_one(workspace):
    r = gapscan("check", "hv/procedures", "--baseline", "base.json", "--fail-on", "never", cwd=workspace)
    assert r.returncode == 0, r.stderr
    assert "gapscan: warning: no finding of this run is in baseline base.json: it was written for `audit`, not " \
           "`check`; write one with `gapscan baseline write FILE PATH --check`" in r.stderr
