"""`gapscan draft` as a user runs it: markdown to stdout, Word with comments, honest limits, usage errors."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from draft_faithful import parse

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

PROCEDURE = """# SOP-31 Goods-in Inspection of Bar Stock

## Checks
The Goods-in Inspector checks each delivery of bar stock weekly and records the result on the
Goods-in Log (QF-21) with the heat number, inspector and result.

## Steps
1. Read the heat number off the bar end.
2. Quarantine rejected bars in bay Q2.
3. Write up the result on the log.
"""

LOG = """Date,Heat number,Inspector,Result
05/01/2026,H1001,J. Patel,Pass
12/01/2026,H1002,J. Patel,Pass
19/01/2026,H1003,A. Osei,Fail
16/02/2026,H1004,J. Patel,Pass
23/02/2026,H1005,J. Patel,Pass
"""

ORPHAN = """# SOP-40 Forklift Battery Charging

## Charging
The Warehouse Supervisor checks the charger log every day and records the electrolyte level.
"""


def gapscan(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gapscan", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode() + (p.read_bytes() if p.is_file() else b""))
    return h.hexdigest()


@pytest.fixture
def client(tmp_path: Path) -> Path:
    root = tmp_path / "client"
    (root / "procedures").mkdir(parents=True)
    (root / "records").mkdir()
    (root / "gapscan.toml").write_text('[dates]\n"records/QF-21 Goods-in Log.csv:Date" = "dmy"\n')
    (root / "procedures" / "SOP-31 Goods-in Inspection.md").write_text(PROCEDURE)
    (root / "procedures" / "SOP-40 Battery Charging.md").write_text(ORPHAN)
    (root / "records" / "QF-21 Goods-in Log.csv").write_text(LOG)
    return root


def test_markdown_draft_cites_the_log_and_leaves_the_folder_alone(client):
    before = digest(client)
    r = gapscan("draft", str(client / "procedures" / "SOP-31 Goods-in Inspection.md"))
    assert r.returncode == 0, r.stderr
    assert digest(client) == before
    parsed = parse(r.stdout)
    assert parsed.title == "SOP-31 Goods-in Inspection of Bar Stock"
    text = "\n".join(line.text for line in parsed.lines)
    # the records around the procedure default to its config's folder: the log was found and read
    assert "'Inspector' in QF-21 Goods-in Log.csv names J. Patel in 4 of 5, A. Osei in 1 of 5 rows" in text
    # weekly written; gaps 7, 7, 28, 7 days: median 7, one gap over 7 x 1.25 + 2, but the 28 days
    # span four weeks of which three have no entry: 3 of 7 weeks missed is slower than written
    when = next(line for line in parsed.lines if line.section == "When" and "weekly" in line.text)
    assert "median 7 days between entries" in when.text and "1 of 4 gaps over 10.75 days" in when.text
    # before: "3 of 7 periods of 7 days have no entry"
    assert "3 of 7 weekly periods have no entry" in when.text
    assert "practice is slower than written" in when.text
    assert any(line.text.startswith("Outcomes in 'Result'") and "Pass 4 of 5, Fail 1 of 5" in line.text
               for line in parsed.lines)
    # a log kept in columns records a step in the columns its words name; a step none names is asked
    steps = [line for line in parsed.lines if line.section == "Steps"]
    assert [s.text.removeprefix("**?** ").split(" (")[0] for s in steps] == ["Read the heat number off the bar end",
                                                     "Quarantine rejected bars in bay Q2: no record shows this step; "
                                                     "is it done?", "Write up the result on the log"]
    assert "'Heat number' filled in 5 of 5 rows" in steps[0].text and not steps[0].question
    assert steps[1].question and "(written, never recorded)" in steps[1].text
    notes = {m.group("what") for m in parsed.notes.values()}
    assert "'J. Patel' in 4, 'A. Osei' in 1 of 5 rows (5 filled)" in notes
    assert any(m.group("where") == "column 'Inspector', C2:C6" for m in parsed.notes.values())


def test_a_procedure_with_no_record_gets_a_short_draft_of_questions(client):
    r = gapscan("draft", str(client / "procedures" / "SOP-40 Battery Charging.md"))
    assert r.returncode == 0, r.stderr
    parsed = parse(r.stdout)
    assert "Who does it" not in parsed.sections and "Evidence needed" in parsed.sections
    first = parsed.lines[0]
    assert first.question and "No record in" in first.text and "is linked to this procedure" in first.text
    needed = [line for line in parsed.lines if line.section == "Evidence needed"]
    assert needed and all(line.question and line.refs for line in needed)
    assert any("every day" in line.text for line in needed)


def test_docx_draft_carries_each_trace_as_a_comment(tmp_path):
    docx = pytest.importorskip("docx")
    procedure = EXAMPLES / "meadowgate-foods" / "procedures" / "SOP-14 Cleaning Verification by ATP.md"
    out = tmp_path / "draft.docx"
    r = gapscan("draft", str(procedure), "--format", "docx", "-o", str(out))
    assert r.returncode == 0, r.stderr
    md = parse(gapscan("draft", str(procedure)).stdout)
    document = docx.Document(str(out))
    comments = {c.comment_id: c.text for c in document.comments}
    statements = [p for p in document.paragraphs if p.style.name in ("List Bullet", "List Number")]
    assert len(statements) == len(md.lines)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    for paragraph, line in zip(statements, md.lines):
        ids = [int(e.get(f"{{{ns['w']}}}id")) for e in paragraph._p.findall(".//w:commentReference", ns)]
        # the Word file says what the markdown says: each statement's comments are its footnotes
        assert sorted(comments[i] for i in ids) == sorted(md.notes[n].group(0).split(": ", 1)[1].replace("`", "")
                                                          for n in line.refs)
        assert ids or paragraph.text.startswith("? ")
    assert any("'RLU'" in t and "rows with 'Caution' in 'Result' read 152 to 178" in t for t in comments.values())
    assert "gapscan-report" in document.core_properties.keywords


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf"], "--format must be one of markdown, docx"),
    (["--format", "docx"], "give it a name with -o"),
    (["--records", "no/such/folder"], "no such file or folder"),
    (["--standard", "iso1234"], "unknown standard"),
])
def test_usage_errors_exit_2(client, args, message):
    r = gapscan("draft", str(client / "procedures" / "SOP-31 Goods-in Inspection.md"), *args)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_refuses_to_write_into_the_scanned_folder(client):
    before = digest(client)
    r = gapscan("draft", str(client / "procedures" / "SOP-31 Goods-in Inspection.md"), "-o",
                str(client / "records" / "draft.md"))
    assert r.returncode == 2 and "never changes what it scans" in r.stderr
    assert digest(client) == before


def test_missing_procedure_exits_2(tmp_path):
    r = gapscan("draft", str(tmp_path / "nothing.md"))
    assert r.returncode == 2 and "no such file" in r.stderr


def test_an_unreadable_procedure_is_one_line_exit_2(tmp_path):
    broken = tmp_path / "QP-01 Broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word file")
    r = gapscan("draft", str(broken))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.startswith("gapscan: error: cannot read") and r.stderr.strip().count("\n") == 0


def test_filled_copies_of_a_checklist_are_one_uncertain_line(tmp_path):
    """Each filled copy of a checklist linked only weakly was a line of its own; they are one question
    naming the form, the count and a few of the copies."""
    import shutil

    client = tmp_path / "meadowgate"
    shutil.copytree(EXAMPLES / "meadowgate-foods", client)
    checklists = client / "records" / "checklists"
    original = checklists / "FF-13 Changeover Clean L2 2026-11-18.docx"
    for day in (19, 20, 23, 24):
        shutil.copy(original, checklists / f"FF-13 Changeover Clean L2 2026-11-{day}.docx")
    r = gapscan("draft", str(client / "procedures" / "WI-12 Line 2 Pre-start Check.docx"), "--no-cache")
    assert r.returncode == 0, r.stderr
    section = r.stdout.split("## Records that may belong here (uncertain links)")[1].split("\n## ")[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    copies = [line for line in lines if "FF-13" in line]
    assert len(copies) == 1, lines
    assert "6 filled copies of FF-13 Changeover Clean L2 (2026-11-16.docx, 2026-11-18.docx, 2026-11-19.docx " \
           "and 3 more) may be records of this work" in copies[0]
    assert "Are they?" in copies[0]
    # the other weak links are still one line each
    assert any("FF-07 Metal Detector Check Log L2 2026.xlsx may be a record of this work" in line for line in lines)
