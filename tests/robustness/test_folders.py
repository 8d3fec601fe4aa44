"""Odd folder shapes and file names: every run completes, reports, and touches nothing."""
from __future__ import annotations

import os
import time

import pytest

from .harness import audit_both, cli, engine_run, paths_of, tree_digest
from .samples import MIRRORED, PROCEDURE, record_csv, write


def test_empty_folder(tmp_path):
    """The engine reports an empty set; the command line refuses to call it a clean pass (exit 2)."""
    client = tmp_path / "client"
    client.mkdir()
    report, data = engine_run([client])
    assert data["documents"] == [] and data["findings"] == []
    assert report.run_errors == ()
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    r = cli("audit", str(client), json_out=out)
    assert r.returncode == 2 and "no documents found" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists() and list(client.iterdir()) == []


def test_folder_of_only_unreadable_files(tmp_path):
    client = tmp_path / "client"
    write(client / "garbage.docx", os.urandom(4000))
    write(client / "garbage.xlsx", b"PK\x03\x04" + os.urandom(3000))
    write(client / "garbage.pdf", b"%PDF-1.7\n" + os.urandom(3000))
    write(client / "empty.md", b"")
    write(client / "binary.csv", b"\x00\xff\xfe" * 500)
    write(client / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    write(client / "locked.txt", "secret")
    os.chmod(client / "locked.txt", 0)
    (client / "folder.docx").mkdir()  # a folder with a document's name
    os.symlink(client / "nowhere.pdf", client / "dangling.pdf")
    os.mkfifo(client / "pipe.txt")
    try:
        report, data, r = audit_both([client], out_dir=tmp_path / "out")
    finally:
        os.chmod(client / "locked.txt", 0o600)
    docs = paths_of(data)
    for name in ("garbage.docx", "garbage.xlsx", "garbage.pdf", "empty.md", "old.doc"):
        assert docs[name]["status"] in ("error", "skipped"), name
        assert docs[name]["error"] and "\n" not in docs[name]["error"]
    assert docs["pipe.txt"]["status"] == "skipped"
    assert data["findings"] == [] and r.returncode == 0
    assert paths_of(r.report).keys() == docs.keys()


def test_only_records_no_procedures(tmp_path):
    client = tmp_path / "client"
    for i in range(3):
        write(client / "records" / f"QF-1{i} log.csv", record_csv(40, step=5 + i))
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    kinds = {d["kind"] for d in data["documents"]}
    assert kinds == {"record"}
    assert all(d["status"] == "ok" for d in data["documents"])
    assert report.run_errors == ()


def test_only_procedures_no_records(tmp_path):
    client = tmp_path / "client"
    write(client / "QM-01 Quality Manual.md", MIRRORED)
    write(client / "QP-14 Calibration.md", PROCEDURE)
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    assert {d["kind"] for d in data["documents"]} == {"procedure"}
    assert any(f["rule"].startswith("CM") for f in data["findings"])  # the mirrored manual
    assert report.run_errors == ()


def test_single_file_audit_and_check(tmp_path):
    client = tmp_path / "client"
    manual = write(client / "QM-01 Quality Manual.md", MIRRORED)
    _, data, r = audit_both([manual], out_dir=tmp_path / "audit")
    assert [d["path"] for d in data["documents"]] == ["QM-01 Quality Manual.md"]
    assert [d["path"] for d in r.report["documents"]] == ["QM-01 Quality Manual.md"]
    _, data, r = audit_both([manual], out_dir=tmp_path / "check", command="check")
    assert data["findings"] and all(f["rule"].startswith("CM") for f in data["findings"])
    assert r.returncode == 1 or all(f["severity"] != "error" for f in r.report["findings"])


def test_several_paths_at_once(tmp_path):
    a = tmp_path / "client" / "a"
    b = tmp_path / "client" / "b"
    write(a / "QP-14 Calibration.md", PROCEDURE)
    write(a / "records" / "QF-11 register.csv", record_csv())
    single = write(b / "QM-01 Quality Manual.md", MIRRORED)
    write(b / "not-given.md", "# Not given\n\nThis file must not be scanned.\n")
    before = tree_digest(tmp_path / "client")
    _, data, r = audit_both([a, single], out_dir=tmp_path / "out")
    names = sorted(d["path"] for d in data["documents"])
    assert names == ["a/QP-14 Calibration.md", "a/records/QF-11 register.csv", "b/QM-01 Quality Manual.md"]
    assert sorted(d["path"] for d in r.report["documents"]) == names
    assert tree_digest(tmp_path / "client") == before


def test_unicode_space_and_newline_file_names(tmp_path):
    client = tmp_path / "client"
    write(client / "Verfahren für Prüfmittel — Überwachung.md", PROCEDURE)
    write(client / "  leading and trailing spaces  .md", MIRRORED)
    write(client / "記録 ログ 2026.csv", record_csv(12))
    write(client / "emoji 🔧 checklist.md", "# Checklist\n\n- [x] Torque checked\n- [ ] Labels fitted\n")
    write(client / "line\nbreak.md", PROCEDURE)
    write(client / "tab\there.csv", record_csv(5))
    write(client / "café" / "naïve dir" / "QF-11 régistre.csv", record_csv(8))
    _, data, r = audit_both([client], out_dir=tmp_path / "out")
    names = set(paths_of(data))
    assert "line\nbreak.md" in names and "café/naïve dir/QF-11 régistre.csv" in names
    assert len(names) == 7
    assert set(paths_of(r.report)) == names
    out = cli("audit", str(client), "--format", "markdown", "--fail-on", "never")
    assert out.returncode == 0
    assert not any(line.startswith("break.md") for line in out.stdout.splitlines())


def test_terminal_report_keeps_a_file_name_with_a_newline_on_one_line(tmp_path):
    client = tmp_path / "client"
    write(client / "line\nbreak.md", PROCEDURE)
    out = cli("audit", str(client), "--format", "terminal", "--fail-on", "never")
    assert out.returncode == 0
    assert not any(line.startswith("break.md") for line in out.stdout.splitlines())


def test_deeply_nested_folders(tmp_path):
    client = tmp_path / "client"
    deep = client
    for i in range(60):
        deep = deep / f"level-{i:02d}"
    write(deep / "QP-14 Calibration.md", PROCEDURE)
    write(deep / "QF-11 register.csv", record_csv())
    _, data, r = audit_both([client], out_dir=tmp_path / "out")
    assert len(data["documents"]) == 2
    assert all(d["status"] == "ok" for d in data["documents"])
    assert data["documents"][0]["path"].count("/") == 60


def test_symlink_loop_and_escape_are_not_followed(tmp_path):
    client = tmp_path / "client"
    write(client / "QP-14 Calibration.md", PROCEDURE)
    outside = write(tmp_path / "outside" / "secret.md", "# Not the client's\n\nPrivate notes.\n")
    os.symlink(client, client / "loop")
    os.symlink(outside, client / "escape.md")
    _, data, r = audit_both([client], out_dir=tmp_path / "out")
    assert sorted(paths_of(data)) == ["QP-14 Calibration.md"]


@pytest.mark.slow
def test_two_thousand_tiny_files(tmp_path):
    client = tmp_path / "client"
    for i in range(1000):
        write(client / f"d{i % 20:02d}" / f"note-{i:04d}.txt", f"Note {i}: checked bay {i % 7}.\n")
        write(client / f"d{i % 20:02d}" / f"log-{i:04d}.csv", f"Date,Value\n2026-01-{1 + i % 28:02d},{i}\n")
    before = tree_digest(client)
    t0 = time.monotonic()
    report, data = engine_run([client], jobs=2)
    assert len(data["documents"]) == 2000
    assert data["summary"]["documents"] == 2000
    assert sum(data["summary"]["by_kind"].values()) == 2000
    r = cli("audit", str(client), "--fail-on", "never", json_out=tmp_path / "r.json")
    assert r.returncode == 0 and len(r.report["documents"]) == 2000
    assert time.monotonic() - t0 < 120
    assert tree_digest(client) == before
