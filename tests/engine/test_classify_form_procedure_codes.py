"""A form's own code says it is a form, a procedure's code says it is a procedure, and one code given to two
different documents is said in the run's notes.

Consultants' packs code every document ("FRM-012 Visitor Sign-in", "SOP-003 Goods Receipt", "QP-05-F02 ..."). The
form shares the procedures' layout ("1. Purpose", "2. Instructions", "must") and was read as a procedure; a short
procedure page with few steps was "no clear signal". The ISO 27001 pack of kinds20 (held out) gives REC-029 to two
registers. No rule of the catalogue fits a code given twice, so it is a note of the run, not a finding.
"""
from __future__ import annotations

from gapscan import config as config_mod
from gapscan import engine
from gapscan.classify import classify, shared_codes
from gapscan.ingest import parse_file
from gapscan.model import Kind

from classify_helpers import kind_of

FORM_BODY = """
## 1. Purpose

Every visitor to the warehouse must sign in and be briefed on the site's safety rules before entering.

## 2. Instructions

The host shall complete this sheet with the visitor. Visitors must wear a high-visibility vest at all times.

## 3. Visitor entries

| Date | Visitor name | Company | Host | Time in | Time out |
|---|---|---|---|---|---|
|  |  |  |  |  |  |
|  |  |  |  |  |  |
|  |  |  |  |  |  |
|  |  |  |  |  |  |
"""

FILLED = """
| Date | Visitor name | Company | Host | Time in | Time out |
|---|---|---|---|---|---|
| 03/02/2025 | Ray Holt | Acme Lifts | Ann Lee | 09:10 | 10:05 |
| 05/02/2025 | Sue Park | Blue Print | Bob Roe | 13:00 | 13:40 |
| 11/02/2025 | Tom Ash | Coastal IT | Ann Lee | 08:30 | 12:15 |
| 19/02/2025 | Una Bell | Delta Clean | Cy Dee | 07:45 | 09:00 |
"""


def test_a_form_code_in_the_title_makes_a_form(tmp_path):
    k, why = kind_of(tmp_path, "pack/Visitor Sign-in.md", "# FRM-012 Visitor Sign-in\n" + FORM_BODY)
    assert k is Kind.FORM, why
    assert "FRM-012" in why
    # without its code the same page reads by its layout and its "must" lines, as before
    assert kind_of(tmp_path, "pack/b/Visitor Sign-in.md", "# Visitor Sign-in\n" + FORM_BODY)[0] is Kind.PROCEDURE


def test_a_form_kept_under_a_procedures_code_is_a_form(tmp_path):
    for code in ("SOP-003-F01", "QP-05-FRM-02", "WI-7.5-02-F1"):
        k, why = kind_of(tmp_path, f"pack/{code}.md", f"# {code} Visitor Sign-in\n" + FORM_BODY)
        assert k is Kind.FORM, (code, why)


def test_a_filled_form_keeps_its_code_and_is_a_record(tmp_path):
    body = FORM_BODY.split("| Date |")[0] + FILLED.lstrip("\n")
    k, why = kind_of(tmp_path, "pack/Visitor Sign-in.md", "# FRM-012 Visitor Sign-in\n" + body)
    assert k is Kind.RECORD, why


SHORT_PROCEDURE = """# {code}Goods Receipt

Goods are received at the rear bay. Check the delivery note against the purchase order.
"""


def test_a_procedure_code_weighs_as_a_procedure_name(tmp_path):
    for code in ("PROC-003", "PL-014", "MAN-002"):
        k, why = kind_of(tmp_path, "pack/goods.md", SHORT_PROCEDURE.format(code=f"{code} "))
        assert k is Kind.PROCEDURE, (code, why)
        assert code in why, why
    assert kind_of(tmp_path, "pack/b/goods.md", SHORT_PROCEDURE.format(code=""))[0] is Kind.OTHER


def test_a_code_the_name_already_reads_is_counted_once(tmp_path):
    # "SOP" and "QP-06" are procedure words of a name already: the code adds nothing to them
    for code in ("SOP-003", "QP-06"):
        k, why = kind_of(tmp_path, "pack/goods.md", SHORT_PROCEDURE.format(code=f"{code} "))
        assert k is Kind.PROCEDURE, why
        assert "its code" not in why, why


def test_a_code_of_no_listed_kind_is_no_document_code(tmp_path):
    for title in ("COVID-19 Goods Receipt", "ISO-9001 Goods Receipt", "DOC-004 Goods Receipt"):
        k, why = kind_of(tmp_path, "pack/goods.md", SHORT_PROCEDURE.format(code="").replace("Goods Receipt", title))
        assert k is Kind.OTHER, (title, why)
        assert "code" not in why, why


def _docs(tmp_path, files):
    out = []
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        out.append(classify(parse_file(path, name)))
    return out


def test_one_code_on_two_different_documents_is_named(tmp_path):
    docs = _docs(tmp_path, {"a/Nonconformity Log.md": "# REC-029 Nonconformity Log\n\nEntries.\n",
                            "b/Document Log.md": "# REC-029 Document Management Log\n\nEntries.\n",
                            "b/Training Log.md": "# REC-030 Training Log\n\nEntries.\n"})
    lines = shared_codes(docs)
    assert len(lines) == 1, lines
    assert "REC-029" in lines[0] and "a/Nonconformity Log.md" in lines[0] and "b/Document Log.md" in lines[0]


def test_copies_of_one_document_share_its_code(tmp_path):
    # one name in two folders (an archived copy) is one document; so is a code written with spaces in one file name
    docs = _docs(tmp_path, {"current/REC-029 Nonconformity Log.md": "Entries.\n",
                            "archive/REC - 029 Nonconformity Log.md": "Entries.\n",
                            "x/SOP-001 Purchasing.md": "# SOP-001 Purchasing\n\nSteps.\n",
                            "y/Purchasing.md": "# SOP-001 Purchasing\n\nOld steps.\n"})
    assert shared_codes(docs) == []


def test_a_forms_filled_instances_share_its_code(tmp_path):
    # the blank form and the register kept on it, one record filled in per person: one controlled document each
    docs = _docs(tmp_path, {"forms/FRM-007 Supplier Evaluation Form.md": "Blank.\n",
                            "records/FRM-007 Supplier Evaluation List.md": "Entries.\n",
                            "records/REC-005 Training Record - Ann Lee.md": "Entries.\n",
                            "records/REC-005 Training Record - Bob Roe.md": "Entries.\n"})
    assert shared_codes(docs) == []


def test_the_summary_notes_a_code_given_twice(tmp_path):
    """Said first as a run note, it was listed under "Checks that could not run: these checks failed and were
    skipped", which a client reads as a failure of gapscan. It is a slip in the document register: the summary says
    so under "Document control", and no check is reported as failed."""
    for name, title in (("Nonconformity Log.md", "REC-029 Nonconformity Log"),
                        ("Document Log.md", "REC-029 Document Management Log")):
        (tmp_path / name).write_text(f"# {title}\n\n| Date | Entry |\n|---|---|\n| 03/02/2025 | one |\n",
                                     encoding="utf-8")
    report = engine.run([tmp_path], config_mod.load(None), engine.RunOptions(jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not any("REC-029" in line for line in report.run_errors), report.run_errors
    section = next(sec for sec in report.summary.sections if sec.title == "Document control")
    assert section.lines == ("Document code REC-029 opens the names of 2 different documents: Document Log.md, "
                             "Nonconformity Log.md (a register of controlled documents gives each its own code).",)
    from gapscan.report.markdown import render
    text = render(report)
    assert "### Document control" in text and "Checks that could not run" not in text, text
