"""Config edge cases, `gapscan check` on what is not a procedure, and `gapscan diff`."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from .harness import audit_both, cli, paths_of, tree_digest, validate
from .samples import MIRRORED, PROCEDURE, record_csv, write, xlsx_file

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"


@pytest.fixture
def client(tmp_path: Path) -> Path:
    root = tmp_path / "client"
    write(root / "procedures" / "QM-01 Quality Manual.md", MIRRORED)
    write(root / "procedures" / "QP-14 Calibration.md", PROCEDURE)
    write(root / "records" / "QF-11 Calibration register.csv", record_csv(60, step=30))
    write(root / "records" / "Cell B tracker.csv",
          "Date,Batch,Found by\n" + "".join(f"2026-0{1 + i % 9}-{1 + i % 27:02d},B{i},A. Novak\n" for i in range(80)))
    return root


def _config(tmp_path: Path, text: str):
    from gapscan.config import load

    path = write(tmp_path / "cfg" / "gapscan.toml", text)
    return path, load(path)


def test_kinds_overriding_everything_to_record(client, tmp_path):
    path, config = _config(tmp_path, '[kinds]\n"**" = "record"\n')
    report, data, r = audit_both([client], out_dir=tmp_path / "out", config=config, cli_args=["--config", str(path)])
    assert {d["kind"] for d in data["documents"]} == {"record"}
    assert {d["kind"] for d in r.report["documents"]} == {"record"}
    assert not any(f["rule"].startswith("CM") for f in data["findings"])
    assert report.run_errors == ()


def test_links_naming_files_that_do_not_exist(client, tmp_path):
    path, config = _config(tmp_path, '[[links]]\nprocedure = "procedures/nope.docx"\nrecord = "records/gone.xlsx"\n'
                                     '[[links]]\nprocedure = "procedures/QP-14 Calibration.md"\n'
                                     'record = "records/missing.csv"\n')
    report, data, r = audit_both([client], out_dir=tmp_path / "out", config=config, cli_args=["--config", str(path)])
    assert report.run_errors == ()
    assert set(paths_of(data)) == set(paths_of(r.report))
    assert not any("gone.xlsx" in f["path"] or "nope.docx" in f["path"] for f in data["findings"])


def test_audit_date_in_the_future(client, tmp_path):
    future = dt.date(2099, 6, 1)
    report, data, r = audit_both([client], out_dir=tmp_path / "out", audit_dates=(future,),
                                 cli_args=["--audit-date", future.isoformat()])
    assert data["audit_dates"] == ["2099-06-01"] and r.report["audit_dates"] == ["2099-06-01"]
    assert report.run_errors == ()
    assert not any(f["rule"] == "SH01" for f in data["findings"])


def test_select_one_rule(client, tmp_path):
    report, data, r = audit_both([client], out_dir=tmp_path / "out", select=("CM01",),
                                 cli_args=["--select", "CM01"])
    assert data["findings"] and {f["rule"] for f in data["findings"]} == {"CM01"}
    assert {f["rule"] for f in r.report["findings"]} == {"CM01"}


def test_ignore_every_family(client, tmp_path):
    report, data, r = audit_both([client], out_dir=tmp_path / "out", ignore=("CM", "DR", "PS", "SH"),
                                 cli_args=["--ignore", "CM,DR,PS,SH"])
    assert data["findings"] == [] and r.report["findings"] == []
    assert r.returncode == 0
    assert len(data["documents"]) == 4


def test_check_on_records_and_spreadsheets(tmp_path):
    folder = tmp_path / "client"
    csv = write(folder / "QF-11 register.csv", record_csv(30))
    xlsx = xlsx_file(folder / "QF-08 NCR register.xlsx",
                     lambda wb: [wb.active.append(row) for row in
                                 [["Date raised", "Part", "Root cause"]] +
                                 [[dt.date(2026, 1, 1) + dt.timedelta(days=i), "VB-40", "chatter"] for i in range(30)]])
    for path in (csv, xlsx):
        before = tree_digest(folder)
        r = cli("check", str(path), json_out=tmp_path / f"{path.suffix}.json")
        assert r.returncode in (0, 1), r.stderr
        doc = r.report["documents"][0]
        assert doc["status"] == "ok" or doc["error"]
        assert tree_digest(folder) == before


def test_check_on_encrypted_and_garbage_files_is_not_a_usage_error(tmp_path):
    folder = tmp_path / "client"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + "EncryptedPackage".encode("utf-16-le") + os.urandom(2000)
    encrypted = write(folder / "QP-08 Nonconformity (protected).docx", ole)
    garbage = write(folder / "QP-09 garbage.pdf", b"%PDF-1.4\n" + os.urandom(5000))
    noise = write(folder / "QP-10 noise.md", os.urandom(3000))
    manual = write(folder / "QM-01 Quality Manual.md", MIRRORED)
    before = tree_digest(folder)
    for path in (encrypted, garbage, noise):
        r = cli("check", str(path), json_out=tmp_path / "r.json")
        assert r.returncode == 0, r.stderr
        doc = r.report["documents"][0]
        assert doc["status"] in ("error", "skipped", "ok")
        if doc["status"] != "ok":
            assert doc["error"] and "\n" not in doc["error"]
    # with a real procedure among them, the exit follows its findings, not the unreadable files
    r = cli("check", str(encrypted), str(garbage), str(manual), "--fail-on", "warning", json_out=tmp_path / "m.json")
    has = any(f["severity"] in ("warning", "error") for f in r.report["findings"])
    assert r.returncode == (1 if has else 0)
    assert has
    assert tree_digest(folder) == before


def test_encrypted_docx_says_why(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + "EncryptedPackage".encode("utf-16-le") + os.urandom(2000)
    path = write(tmp_path / "client" / "QP-08 protected.docx", ole)
    r = cli("check", str(path), json_out=tmp_path / "r.json")
    error = r.report["documents"][0]["error"] or ""
    assert "password" in error.lower() or "encrypt" in error.lower() or "protected" in error.lower(), error


@pytest.fixture(scope="module")
def example_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("example-reports")
    before = tree_digest(EXAMPLES)
    full = cli("audit", str(EXAMPLES), "--fail-on", "never", json_out=out / "full.json")
    less = cli("audit", str(EXAMPLES), "--fail-on", "never", "--ignore", "SH,PS03", json_out=out / "less.json")
    assert full.returncode == 0 and less.returncode == 0
    assert tree_digest(EXAMPLES) == before
    return out / "full.json", out / "less.json"


def test_diff_two_reports_of_the_example_set(example_reports, tmp_path):
    full, less = example_reports
    # --ignore SH,PS03 did not resolve anything: the diff refuses, and with --force says what it cannot compare
    r = cli("diff", str(full), str(less), "--format", "json")
    assert r.returncode == 2 and r.stdout == ""
    assert "the reports ran different rules (only the old ran PS03, SH01, SH02, SH03)" in r.stderr
    r = cli("diff", str(full), str(less), "--format", "json", "--force")
    assert r.returncode == 0, r.stderr
    diff = json.loads(r.stdout)
    assert {c["rule"] for c in diff["not_comparable"]} >= {"SH03", "PS03"}
    assert not any(c["rule"].startswith("SH") or c["rule"] == "PS03" for c in diff["resolved"])
    assert diff["resolved"] == [] and diff["new"] == []
    for fmt in ("terminal", "markdown"):
        r = cli("diff", str(less), str(full), "--format", fmt, "--force")
        assert r.returncode == 0 and "SH03" in r.stdout and "Not comparable" in r.stdout


def test_diff_of_a_report_with_itself_has_no_changes(example_reports):
    from gapscan.diff import compare

    full, _ = example_reports
    data = json.loads(full.read_text(encoding="utf-8"))
    validate(data)
    result = compare(data, data)
    assert result.new == () and result.resolved == ()
    assert len(result.still_open) == len(data["findings"])
    assert not [d for d in result.documents if d.status != "changed"]
    r = cli("diff", str(full), str(full))
    assert r.returncode == 0 and "0 resolved, 0 new" in " ".join(r.stdout.split())


@pytest.mark.parametrize("content", ['{"documents": [], "findings": []}', "[1, 2, 3]", "not json at all",
                                     '{"schema_version": 1}', "",
                                     '{"schema_version": 1, "documents": {}, "findings": "none"}', "null"])
def test_diff_on_a_non_report_exits_2(example_reports, tmp_path, content):
    full, _ = example_reports
    other = write(tmp_path / "other.json", content)
    for args in ((str(full), str(other)), (str(other), str(full))):
        r = cli("diff", *args)
        assert r.returncode == 2, (content, r.stdout, r.stderr)
        assert r.stderr.strip() and "Traceback" not in r.stderr
