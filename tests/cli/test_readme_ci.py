"""The GitHub Actions recipe in README.md, run as the runner would: its gapscan commands, in a repository
whose management system lives in docs/, with GITHUB_WORKSPACE and RUNNER_TEMP set. The annotations and
the SARIF results must name files that exist from the repository's top folder."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[2]


def _recipe_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    workflow = readme.split("# .github/workflows/gapscan.yml")[1].split("```")[0]
    return [m.group(1) for m in re.finditer(r"^\s+run: (gapscan .+)$", workflow, re.M)]


def test_the_readme_workflow_runs_and_points_at_repository_files(tmp_path):
    commands = _recipe_commands()
    assert [c.split()[1] for c in commands] == ["check", "audit"]
    repo, runner = tmp_path / "repo", tmp_path / "runner"
    shutil.copytree(ROOT / "examples" / "harrow-vale", repo / "docs")
    runner.mkdir()
    env = {**os.environ, "GITHUB_WORKSPACE": str(repo), "RUNNER_TEMP": str(runner), "CI": "true"}
    results = []
    for command in commands:
        args = [a.replace("$RUNNER_TEMP", str(runner)) for a in shlex.split(command)]
        results.append(subprocess.run([sys.executable, "-m", "gapscan", *args[1:]], cwd=repo, env=env,
                                      capture_output=True, text=True, timeout=600))
    check, audit = results
    # the check step fails the job on the error-level CM02 of the clause-ordered manuals, as the README says
    assert check.returncode == 1, check.stderr
    annotations = [line for line in check.stdout.splitlines() if line.startswith("::")]
    # a Word file has no lines of its own: the annotation sits on the file, the message names the paragraph
    assert any(line.startswith("::error file=docs/procedures/QM-01 Quality Manual.docx,title=CM02 ")
               and "[paragraph 5]" in line for line in annotations)
    files = {re.match(r"::\w+ file=([^,]+),", line).group(1) for line in annotations if " file=" in line}
    assert files and all((repo / f).is_file() for f in files), files
    assert check.stdout.splitlines()[-1].startswith("gapscan: ") and "error" in check.stdout.splitlines()[-1]
    # the audit step never fails the job and writes the SARIF outside the checkout
    assert audit.returncode == 0, audit.stderr
    log = json.loads((runner / "gapscan.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert len(uris) >= 10 and all(u.startswith("docs/") and (repo / unquote(u)).is_file() for u in uris)
    assert not list(repo.rglob("*.sarif"))


def test_check_says_a_finding_repeated_in_one_paragraph_once(tmp_path):
    """QM-01's paragraph 13 holds two 'organization shall' sentences: a CI log shows the finding once with ×2,
    not twice; the closing count still counts both."""
    manual = ROOT / "examples" / "harrow-vale" / "procedures" / "QM-01 Quality Manual.docx"
    r = subprocess.run([sys.executable, "-m", "gapscan", "check", str(manual), "--no-cache"], capture_output=True,
                       text=True, timeout=600, env={**os.environ, "CI": "true"})
    assert r.returncode == 1, r.stderr
    # a Word file is a block per place: its heading and paragraph, then each finding (wrapped at 4 spaces)
    entries: list[str] = []
    place = ""
    for line in r.stdout.splitlines():
        if line.startswith("  ") and not line.startswith("   "):
            place = line.strip()
        elif re.match(r"^    (?:error|warning|info) [A-Z]{2}\d\d ", line):
            entries.append(f"{place} | {line.strip()}")
        elif line.startswith("    ") and not line.startswith("     ") and entries:
            entries[-1] += " " + line.strip()
    cm04 = [e for e in entries if e.startswith('under "4.4 Quality management system and its processes", paragraph 13 | '
                                               "warning CM04 organization-as-actor: 'organization shall'")]
    assert len(cm04) == 1 and cm04[0].endswith("no role, team or system is named (×2 in this paragraph)")
    counted = sum(int(m.group(1)) if (m := re.search(r"\(×(\d+) in this paragraph\)$", e)) else 1 for e in entries)
    assert r.stdout.splitlines()[-1] == f"1 file checked: {counted} findings (1 error, {counted - 1} warnings)"


def test_github_annotations_are_one_per_place(tmp_path):
    """The same finding twice on one line is one annotation saying ×2, so GitHub does not draw it twice."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "examples" / "harrow-vale" / "procedures", repo / "procedures")
    r = subprocess.run([sys.executable, "-m", "gapscan", "check", "procedures/QM-01 Quality Manual.docx", "-f", "github",
                        "--no-cache"], cwd=repo, capture_output=True, text=True, timeout=600,
                       env={**os.environ, "GITHUB_WORKSPACE": str(repo)})
    assert r.returncode == 1, r.stderr
    annotations = [line for line in r.stdout.splitlines() if line.startswith("::")]
    # the place of a Word file's annotation is in its message (heading and paragraph), not in a line= of the file
    places = [(line.split("::")[1], line.split("::")[2].split("%0A")[0]) for line in annotations]
    assert len(places) == len(set(places))
    at13 = [line for line in annotations if ",title=CM04 " in line and "paragraph 13]" in line]
    assert len(at13) == 1 and ('no role, team or system is named [under "4.4 Quality management system and its '
                               'processes", paragraph 13] (×2 in this paragraph)%0AFix: ') in at13[0]
    total = int(re.search(r"gapscan: (\d+) findings", r.stdout).group(1))
    assert total == sum(int(m.group(1)) if (m := re.search(r"\(×(\d+) in this paragraph\)", a)) else 1
                        for a in annotations)


def test_the_readme_installs_gapscan_from_its_repository_as_the_pre_commit_hook_does():
    """gapscan is not published on PyPI: `pip install gapscan` in the workflow fails (or installs someone
    else's package). The workflow installs it from the repository by git URL, at the same repository and
    rev the pre-commit example pins, so the two run the same gapscan."""
    from packaging.requirements import Requirement

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    workflow = readme.split("# .github/workflows/gapscan.yml")[1].split("```")[0]
    installs = re.findall(r"^\s+- run: pip install (.+)$", workflow, re.M)
    assert len(installs) == 1, installs
    requirement = Requirement(shlex.split(installs[0])[0])
    assert requirement.name == "gapscan" and requirement.url and requirement.url.startswith("git+https://"), \
        installs[0]
    url, _, rev = requirement.url.removeprefix("git+").rpartition("@")
    hook = readme.split("```yaml\nrepos:")[1].split("```")[0]
    assert re.search(rf"- repo: {re.escape(url)}\s", hook), (url, hook)
    assert re.search(rf"rev: {re.escape(rev)}\s", hook), (rev, hook)
    assert "pip install gapscan\n" not in readme
