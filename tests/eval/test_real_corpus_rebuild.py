"""bench/real_corpus.py --rebuild: the corpus files come back byte for byte from local git copies of the
manifest's sources, at the manifest's commit; what cannot be had is named, never written half."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _module():
    spec = importlib.util.spec_from_file_location("real_corpus_rebuild_under_test", ROOT / "bench" / "real_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                          check=True, capture_output=True, text=True).stdout.strip()


def _mirror(tmp_path: Path) -> tuple[Path, str, str]:
    """A source 'acme/qms' with two commits: the first holds the files the manifest names."""
    repo = tmp_path / "mirrors" / "acme+qms" / "repo"
    (repo / "policies").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "policies" / "Access Control.md").write_text("# Access control\nAccess is granted by the IT Manager.\n")
    (repo / "form.docx").write_bytes(bytes(range(256)) * 3)  # binary: must not pass through a text decoding
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "first")
    first = _git(repo, "rev-parse", "HEAD")
    (repo / "policies" / "Access Control.md").write_text("# Access control\nChanged later.\n")
    _git(repo, "commit", "-qam", "second")
    return tmp_path / "mirrors", first, _git(repo, "rev-parse", "HEAD")


def _row(i: str, source: str, path: str, commit: str, fmt: str) -> dict[str, str]:
    return {"id": i, "source": source, "path": path, "commit": commit, "format": fmt}


def test_files_come_back_at_the_manifest_commit_byte_for_byte(tmp_path, monkeypatch):
    rc = _module()
    mirrors, first, _ = _mirror(tmp_path)
    monkeypatch.setattr(rc, "manifest", lambda: [
        _row("a1", "acme/qms", "policies/Access Control.md", first, "md"),
        _row("a2", "acme/qms", "form.docx", first, "docx"),
    ])
    corpus = tmp_path / "corpus"
    assert rc.rebuild(mirrors, corpus) == []
    # the first commit's text, not the working tree's or the later commit's
    assert (corpus / "a1.md").read_text() == "# Access control\nAccess is granted by the IT Manager.\n"
    assert (corpus / "a2.docx").read_bytes() == bytes(range(256)) * 3


def test_what_cannot_be_had_is_named_and_not_written(tmp_path, monkeypatch):
    rc = _module()
    mirrors, first, _ = _mirror(tmp_path)
    monkeypatch.setattr(rc, "manifest", lambda: [
        _row("b1", "acme/qms", "policies/Access Control.md", "0" * 40, "md"),  # a commit the copy lacks
        _row("b2", "acme/qms", "policies/Gone.md", first, "md"),  # a path the commit lacks
        _row("b3", "other/pack", "x.md", first, "md"),  # a source with no copy
        _row("b4", "strongdm/comply", "x.md", first, "md"),  # held out: never read, whatever the manifest says
        _row("b5", "acme/qms", "form.docx", first, "docx"),
    ])
    (mirrors / "strongdm+comply").symlink_to(mirrors / "acme+qms")  # even when a copy is there
    corpus = tmp_path / "corpus"
    missing = rc.rebuild(mirrors, corpus)
    assert [m.split()[0] for m in missing] == ["b1", "b2", "b3", "b4"]
    assert "held-out" in missing[3]
    assert sorted(p.name for p in corpus.iterdir()) == ["b5.docx"]


def test_it_never_writes_into_the_repository(tmp_path, monkeypatch):
    rc = _module()
    mirrors, first, _ = _mirror(tmp_path)
    monkeypatch.setattr(rc, "manifest", lambda: [_row("c1", "acme/qms", "form.docx", first, "docx")])
    with pytest.raises(ValueError, match="inside the repository"):
        rc.rebuild(mirrors, ROOT / "tests" / "eval" / "real" / "files")
    assert not (ROOT / "tests" / "eval" / "real" / "files").exists()



def test_extract_refuses_a_folder_missing_some_files(tmp_path, monkeypatch):
    """An older corpus folder (413 of the 687 files) would have written 274 rows 'missing' and exited 0."""
    rc = _module()
    rows = [_row("q001", "acme/qms", "a.md", "0" * 40, "md"), _row("q002", "acme/qms", "b.md", "0" * 40, "md"),
            _row("q003", "acme/qms", "c.md", "0" * 40, "md")]
    monkeypatch.setattr(rc, "manifest", lambda: rows)
    monkeypatch.setattr(rc, "REAL", tmp_path / "real")
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "features.csv").write_text("id,variant\nq001,model\n", encoding="utf-8")
    files = tmp_path / "files"
    files.mkdir()
    (files / "q001.md").write_text("# Access control\nAccess is granted by the IT Manager.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        rc.extract(files)
    assert "2 of the 3 manifest files are not in" in str(refused.value) and "q002, q003" in str(refused.value)
    assert (tmp_path / "real" / "features.csv").read_text(encoding="utf-8") == "id,variant\nq001,model\n"
