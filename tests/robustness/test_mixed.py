"""The whole-run guarantee: valid documents beside every hostile class are reported in full,
each hostile file listed with its reason, twice the same bytes, nothing written to the tree."""
from __future__ import annotations

import json
import shutil

import pytest

from .harness import audit_both, cli, engine_run, paths_of
from .mixed import build_hostile, build_valid


def _valid_findings(data: dict, valid: set[str]) -> list[dict]:
    return [f for f in data["findings"] if f["path"] in valid]


@pytest.mark.parametrize("big", [pytest.param(False, id="small"), pytest.param(True, id="big", marks=pytest.mark.slow)])
def test_valid_files_keep_their_findings_beside_hostile_ones(tmp_path, big):
    alone = tmp_path / "alone"
    valid = set(build_valid(alone))
    _, alone_data = engine_run([alone], jobs=2)

    client = tmp_path / "client"
    shutil.copytree(alone, client)  # the same bytes: Office and PDF writers stamp the time
    expected = build_hostile(client, big=big)
    report, data, r = audit_both([client], out_dir=tmp_path / "out", jobs=2)
    docs = paths_of(data)
    for path, status in expected.items():
        assert docs[path]["status"] == status, (path, docs[path])
        assert docs[path]["error"] and "\n" not in docs[path]["error"], path
    assert set(docs) == valid | set(expected)  # the loop and the link out of the tree are not listed
    alone_docs = paths_of(alone_data)
    for path in valid:
        assert docs[path] == alone_docs[path], path
    assert _valid_findings(data, valid) == alone_data["findings"] != []
    assert report.run_errors == ()
    # the CLI run says the same, and a second run gives the same bytes
    assert paths_of(r.report) == docs
    again = cli("audit", str(client), json_out=tmp_path / "again.json")
    first, second = ({**run.report, "generated_at": None} for run in (r, again))
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
