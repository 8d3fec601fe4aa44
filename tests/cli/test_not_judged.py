"""Why a file was judged or not: a file left unjudged because of its kind is named with the kind and its
reason, compactly, in `check` and `audit`, terminal and markdown; a file `check` judges only because it was
named says what it looks like."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROCEDURE = """# Purchasing procedure

## Purpose
The buyer raises a purchase order in SAP for every order over 500 EUR. The purchasing manager approves orders
above 5000 EUR within two working days. Suppliers are evaluated each January by the quality engineer.

## Steps
1. The requester fills in the purchase request form QF-03 and sends it to the buyer.
2. The buyer checks the approved supplier list and places the order within three days.
3. Goods in: the storekeeper checks the delivery note against the order and records it in the goods-in log.
"""
FORM = """# Purchase request form QF-03

| Field | Entry |
|---|---|
| Requester | |
| Date | |
| Item | |
| Quantity | |
| Cost centre | |
| Approved by | |
"""
LOG = "date,item,qty,inspector\n2026-01-03,bolt,10,AB\n2026-01-04,nut,20,CD\n2026-01-05,screw,5,AB\n"


def gapscan(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gapscan", *args, "--no-cache"], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def _set(tmp_path: Path, logs: int = 1) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "qp-01-purchasing.md").write_text(PROCEDURE)
    (folder / "qf-03-request.md").write_text(FORM)
    for i in range(logs):
        (folder / f"goods-in-log-{i}.csv").write_text(LOG)
    return folder


def _said(r: subprocess.CompletedProcess) -> str:
    assert not r.stderr.strip() or "Traceback" not in r.stderr, r.stderr
    return " ".join(r.stdout.split())  # the terminal wraps at its width


def test_check_on_a_folder_names_the_files_it_did_not_judge_and_why(tmp_path):
    _set(tmp_path)
    r = gapscan("check", "set", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    said = _said(r)
    # the form first: a missed procedure is likelier among forms than among filled records
    assert ("2 files not judged: set/qf-03-request.md (form: tables with 6 rows left blank to fill; 'qf-03' in "
            "the file name), set/goods-in-log-0.csv (record: 3 filled rows") in said
    assert r.stdout.splitlines()[-1] == "1 file checked: no findings"
    # naming the form would judge it; the hint says so because one of the files left out is not a spreadsheet
    assert "check judges procedures only: name a document to judge it as one" in said
    r = gapscan("check", "set", "--format", "markdown", cwd=tmp_path)
    assert "2 files not judged: set/qf-03-request.md (form: tables with 6 rows left blank" in r.stdout


def test_the_not_judged_line_stays_short_on_a_big_folder(tmp_path):
    _set(tmp_path, logs=7)
    said = _said(gapscan("check", "set", cwd=tmp_path))
    assert "8 files not judged: set/qf-03-request.md (form: " in said
    assert "set/goods-in-log-2.csv (record: 3 filled rows; 'log' in the file name) and 4 more;" in said
    assert "goods-in-log-3.csv" not in said


def test_a_named_file_checked_as_a_procedure_says_what_it_looks_like(tmp_path):
    _set(tmp_path)
    r = gapscan("check", "set/qf-03-request.md", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert ("set/qf-03-request.md: checked as a procedure because it was named; it looks like a form: tables "
            "with 6 rows left blank to fill; 'qf-03' in the file name") in r.stdout
    assert "not judged" not in r.stdout
    r = gapscan("check", "set/qf-03-request.md", "--format", "markdown", cwd=tmp_path)
    assert "`set/qf-03-request.md` was checked as a procedure because it was named; it looks like a form: " in \
        r.stdout


def test_audit_counts_the_files_not_judged_by_kind_and_verbose_gives_every_kind_reason(tmp_path):
    # the documents table already has a kind column: the line under it counts, it does not list the files again
    _set(tmp_path, logs=2)
    said = _said(gapscan("audit", "set", cwd=tmp_path))
    assert "3 files not judged as procedures: 1 form, 2 records (each one's kind is in the documents table)" \
        in said
    assert "(form: tables" not in said and "(record: 3 filled rows" not in said
    r = gapscan("audit", "set", "--format", "markdown", cwd=tmp_path)
    assert "3 files not judged as procedures: 1 form, 2 records (each one's kind is in the documents table)." \
        in r.stdout
    assert "goods-in-log-0.csv (record)" not in r.stdout
    # --verbose: grouped by kind, each file with its whole reason
    r = gapscan("audit", "set", "--format", "markdown", "-v", cwd=tmp_path)
    assert ("- form (1): `qf-03-request.md` (tables with 6 rows left blank to fill; 'qf-03' in the file name)"
            in r.stdout), r.stdout
    assert ("- record (2): `goods-in-log-0.csv` (3 filled rows; 'log' in the file name), `goods-in-log-1.csv` "
            "(3 filled rows; 'log' in the file name)") in r.stdout
    said = _said(gapscan("audit", "set", "-v", cwd=tmp_path))
    assert "form (1): qf-03-request.md (tables with 6 rows left blank to fill; 'qf-03' in the file name)" in said
    # the procedure with findings: why it was taken for one
    assert "qp-01-purchasing.md (procedure, operational" in said and "kind: procedure: " in said


CRISIS_TEMPLATE = """# Crisis message template

Incident name: ____________
Date and time: ____________
Spokesperson: ____________
Audience: ____________
Channel: ____________
Approved by: ____________

## Before sending

- [x] Facts checked
- [ ] Legal reviewed
- [ ] Customers told first
- [ ] Staff briefed
- [ ] Regulator informed
- [ ] Press line agreed
"""


def test_a_long_kind_reason_is_shortened_by_whole_clauses_never_mid_word(tmp_path):
    folder = _set(tmp_path)
    (folder / "crisis-template.md").write_text(CRISIS_TEMPLATE)
    said = _said(gapscan("check", "set", cwd=tmp_path))
    reason = said.split("set/crisis-template.md (form: ", 1)[1].split(")", 1)[0]
    assert reason.endswith("; …"), reason  # a clause left out, said so
    kept = reason.removesuffix("; …").split("; ")
    assert kept and all(c in ("'template' in the file name", "6 blank fields to fill") or c.startswith("checklist")
                        for c in kept), reason
    # the whole reason, uncut, under audit --verbose
    r = gapscan("audit", "set", "--format", "markdown", "-v", cwd=tmp_path)
    assert "checklist with 1 of 6 boxes ticked" in r.stdout


def test_check_from_above_the_scanned_folder_reads_the_configs_kinds_and_excludes_as_audit_does(tmp_path):
    # `check docs/` run from the repository's top names files relative to the cwd; the config's [kinds] and
    # exclude globs are written relative to the scanned folder, and must still apply (they did not)
    docs = tmp_path / "docs"
    (docs / "drafts").mkdir(parents=True)
    (docs / "purchasing.md").write_text(PROCEDURE, encoding="utf-8")
    (docs / "plan.md").write_text(PROCEDURE.replace("Purchasing procedure", "Audit plan"), encoding="utf-8")
    (docs / "drafts" / "old.md").write_text(PROCEDURE.replace("Purchasing", "Old purchasing"), encoding="utf-8")
    (docs / "gapscan.toml").write_text('exclude = ["drafts/*"]\n\n[kinds]\n"plan.md" = "other"\n', encoding="utf-8")
    r = gapscan("check", "docs", "--format", "json", "-o", "report.json", "--fail-on", "never", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    import json
    docs_seen = {d["path"]: d for d in json.loads((tmp_path / "report.json").read_text())["documents"]}
    assert "docs/drafts/old.md" not in docs_seen
    assert docs_seen["docs/plan.md"]["kind"] == "other"
    assert docs_seen["docs/plan.md"]["kind_reason"].startswith("config [kinds]")
    assert docs_seen["docs/purchasing.md"]["kind"] == "procedure"


def test_a_named_page_of_no_kind_is_said_in_plain_words(tmp_path):
    """A page that reads as no procedure, form or record ('other') was said as "it looks like a other: no clear
    signal" (read as a quality manager would, on a template pack's incident-response page)."""
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "notes.md").write_text("# Notes\n\nThe garden was weeded on a sunny day.\n")
    for args in (("check", "set/notes.md"), ("check", "set/notes.md", "--format", "markdown")):
        r = gapscan(*args, cwd=tmp_path)
        assert "checked as a procedure because it was named" in r.stdout, r.stdout
        assert "a other" not in r.stdout
        assert "it does not look like a procedure, form or record: " in r.stdout, r.stdout
