"""A CI annotation sits on a line of the file only when the file has lines: a Markdown procedure does, a Word one
does not.

gapscan counts a Word document's paragraphs as its "lines"; GitHub (annotations and code scanning) reads a line
number as a line of the file, and a .docx is a zip package with no such line. Before, `check --format github`
put `line=7` on the .docx and SARIF gave it a region, so a viewer opened a binary file at a line that is not
there, and the message did not say where in the document to look.
"""
from __future__ import annotations

import json
import re

from ci_texts import MIRRORED
from test_ci_github import parse


def _word_procedure(path) -> None:
    import docx

    doc = docx.Document()
    for line in MIRRORED.splitlines():
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.strip():
            doc.add_paragraph(line)
    doc.save(path)


def test_annotations_and_sarif_regions_sit_on_lines_of_text_files_only(tmp_path, cli, monkeypatch):
    repo = tmp_path / "repo"
    docs = repo / "docs"
    docs.mkdir(parents=True)
    (docs / "pp-02.md").write_text(MIRRORED, encoding="utf-8")
    _word_procedure(docs / "pp-03.docx")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repo))

    report = json.loads(cli("check", docs, "--format", "json").stdout)
    word = [f for f in report["findings"] if f["path"] == "pp-03.docx"]
    assert len(word) >= 5 and all(f["location"].get("line") for f in word)

    notes = parse(cli("check", docs, "--format", "github").stdout)
    md_notes = [n for n in notes if n["file"] == "docs/pp-02.md"]
    word_notes = [n for n in notes if n["file"] == "docs/pp-03.docx"]
    assert len(md_notes) >= 5 and len(word_notes) >= 5
    source = MIRRORED.splitlines()
    for n in md_notes:
        # the annotation's line is the line of the file the finding quotes
        heading = n["message"].split("heading '", 1)[1].split("'", 1)[0] if "heading '" in n["message"] else None
        if heading:
            assert heading in source[int(n["line"]) - 1], (n["line"], heading)
    for n in word_notes:
        assert "line" not in n, n
        # the place is in the message instead, as every other report names it
        assert n["message"].split("\n")[0].endswith("]") and "paragraph " in n["message"], n["message"]
    lines_named = {n["message"].split("paragraph ", 1)[1].split("]", 1)[0] for n in word_notes}
    assert lines_named <= {str(f["location"]["line"]) for f in word} and len(lines_named) >= 3

    run = json.loads(cli("check", docs, "--format", "sarif").stdout)["runs"][0]
    by_file: dict[str, list] = {}
    for r in run["results"]:
        by_file.setdefault(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], []).append(r)
    assert {"docs/pp-02.md", "docs/pp-03.docx"} <= set(by_file)
    assert all("region" in r["locations"][0]["physicalLocation"] for r in by_file["docs/pp-02.md"])
    for r in by_file["docs/pp-03.docx"]:
        loc = r["locations"][0]
        assert "region" not in loc["physicalLocation"]
        (logical,) = loc["logicalLocations"]
        assert logical["kind"] == "paragraph" and re.search(r"(^|, )paragraph \d+$", logical["name"])
        assert r["message"]["text"].endswith(f"[{logical['name']}]")
