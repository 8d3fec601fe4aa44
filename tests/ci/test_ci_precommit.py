"""The pre-commit hook definition, run as pre-commit runs it: its entry, on the files its pattern selects."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from ci_texts import MIRRORED, OPERATIONAL

HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"


def read_hooks(text: str) -> list[dict[str, str]]:
    """The hooks file as a list of flat mappings. PyYAML is not a gapscan dependency, so this reads the one
    shape pre-commit hook files have (a list of `key: scalar` mappings) and refuses anything else."""
    hooks: list[dict[str, str]] = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        m = re.fullmatch(r"(?P<dash>- |  )(?P<key>[a-z_]+): (?P<value>.+)", line)
        assert m, f"not a flat hook mapping line: {raw!r}"
        if m.group("dash") == "- ":
            hooks.append({})
        value = m.group("value")
        if value.startswith("'"):
            assert value.endswith("'") and len(value) > 1
            value = value[1:-1].replace("''", "'")  # YAML single quotes: no escapes but ''
        else:
            assert not value.startswith(('"', "[", "{", "&", "*", "!", "|", ">")), f"unsupported YAML: {raw!r}"
        hooks[-1][m.group("key")] = value
    return hooks


def gapscan_executable() -> Path:
    exe = Path(sys.executable).parent / "gapscan"
    if not exe.exists():
        pytest.skip("the gapscan console script is not installed in this environment")
    return exe


def test_hook_definition():
    (hook,) = read_hooks(HOOKS.read_text())
    assert hook["id"] == "gapscan-check"
    assert hook["entry"] == "gapscan check"
    assert hook["language"] == "python"
    assert hook["require_serial"] == "true"
    files = re.compile(hook["files"])
    for name in ["docs/pp-02.md", "QP-04 Purchasing.DOCX", "wiki/page.html", "sop.htm", "notes.txt", "scan.pdf",
                 "draft.odt", "docs/release-process.rst"]:
        assert files.search(name), name
    for name in ["records/log.csv", "register.xlsx", "src/app.py", "docs/md.json", "docs/rst.json"]:
        assert not files.search(name), name


def test_hook_entry_on_the_files_it_selects(tmp_path):
    (hook,) = read_hooks(HOOKS.read_text())
    repo = tmp_path / "repo"
    (repo / "procedures").mkdir(parents=True)
    (repo / "records").mkdir()
    (repo / "procedures" / "pp-02-purchasing.md").write_text(MIRRORED)
    (repo / "procedures" / "wi-31-receiving.md").write_text(OPERATIONAL)
    (repo / "records" / "receiving-log.csv").write_text("Date,Cast,Result\n2026-01-05,C1,ok\n")
    staged = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*") if p.is_file())
    selected = [name for name in staged if re.search(hook["files"], name)]
    assert selected == ["procedures/pp-02-purchasing.md", "procedures/wi-31-receiving.md"]

    command = shlex.split(hook["entry"])
    command[0] = str(gapscan_executable())

    def run(*names: str) -> subprocess.CompletedProcess:
        # pre-commit runs the entry from the repository's top with the file names appended
        return subprocess.run([*command, *names], cwd=repo, capture_output=True, text=True, timeout=300)

    mirrored = run("procedures/pp-02-purchasing.md")
    assert mirrored.returncode == 1, mirrored.stderr
    assert "procedures/pp-02-purchasing.md:3: CM01" in mirrored.stdout
    assert re.search(r"procedures/pp-02-purchasing\.md:\d+: CM02", mirrored.stdout)

    operational = run("procedures/wi-31-receiving.md")
    assert operational.returncode == 0, operational.stdout + operational.stderr
    assert "no findings" in operational.stdout

    both = run(*selected)
    assert both.returncode == 1
    # piped: no progress display; only the line saying why the commit is refused
    assert [line for line in both.stderr.splitlines() if not line.startswith("gapscan: exit 1: ")] == []
    assert "\r" not in both.stderr
