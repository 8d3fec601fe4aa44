"""Links between the parts of a programme. A payments programme keeps nine phases in numbered folders
("02-cde-scoping", "03-network-segmentation", ...), each with its own chapters and its own logs and trackers;
a chapter of one phase was linked to another phase's look-alike log by shared columns and words alone, and PS03
then said its records "keep talking about" the other phase's terms. Where numbered parts each keep procedures
and records, a link to another part's record that rests only on resemblance is a hint; a record named by its
file, code or title stays linked, and folders of one kind each ("01-procedures", "02-records") are no parts."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.linking import STRONG, RecordSet, index_record, link_scores, parallel_parts
from gapscan.nlp.claims import extract_claims

PROC = """# Intake checks

Every delivery is checked at the door and entered in the sheet: the date, the supplier, the batch, the
temperature, the result and the checker.
"""
LOG = "Date,Supplier,Batch,Temperature,Result,Checker\n" + "".join(
    f"2025-06-{d:02d},Acme,B{d},4.{d},pass,JB\n" for d in range(1, 9))


def _write(root: Path, rel: str, text: str):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_file(path, rel)


def _links(tmp_path: Path, proc_rel: str, record_rels: list[str], other_procs: list[str] = (), proc=PROC):
    docs = [_write(tmp_path, rel, LOG) for rel in record_rels]
    procedure = _write(tmp_path, proc_rel, proc)
    for rel in other_procs:
        _write(tmp_path, rel, PROC)
    records = RecordSet([index_record(d) for d in docs],
                        parallel_parts([proc_rel, *other_procs], record_rels))
    return {link.path: link.confidence for link in link_scores(procedure, extract_claims(procedure), records)}


def test_another_phase_s_look_alike_log_is_only_a_hint(tmp_path):
    links = _links(tmp_path, "01-intake/01.02-checks.md",
                   ["01-intake/logs/deliveries.csv", "02-dispatch/logs/loads.csv"],
                   other_procs=["02-dispatch/02.01-loading.md"])
    assert links["01-intake/logs/deliveries.csv"] >= STRONG
    assert links["02-dispatch/logs/loads.csv"] < STRONG


def test_folders_of_one_kind_each_are_no_parts(tmp_path):
    links = _links(tmp_path, "01-procedures/intake-checks.md", ["02-records/deliveries.csv"])
    assert links["02-records/deliveries.csv"] >= STRONG


def test_another_phase_s_log_named_by_its_file_stays_linked(tmp_path):
    named = PROC + "\nCopy the totals into 02-dispatch/logs/loads.csv at the end of the week.\n"
    links = _links(tmp_path, "01-intake/01.02-checks.md",
                   ["01-intake/logs/deliveries.csv", "02-dispatch/logs/loads.csv"],
                   other_procs=["02-dispatch/02.01-loading.md"], proc=named)
    assert links["02-dispatch/logs/loads.csv"] >= STRONG


def test_a_title_names_the_tracker_of_the_procedure_s_own_phase(tmp_path):
    # every phase keeps a control-risk-traceability tracker: the one a phase's chapter names is its own
    half = PROC + "\nRecord each gap in the control traceability register.\n"
    docs = {rel: _write(tmp_path, rel, "Control,Risk,Owner,Status\n" + "".join(f"C{i},R{i},JB,open\n" for i in range(6)))
            for rel in ("01-intake/trackers/control-risk-traceability.csv",
                        "02-dispatch/trackers/control-risk-traceability.csv")}
    procedure = _write(tmp_path, "01-intake/01.02-checks.md", half)
    _write(tmp_path, "02-dispatch/02.01-loading.md", PROC)
    records = RecordSet([index_record(d) for d in docs.values()],
                        parallel_parts(["01-intake/01.02-checks.md", "02-dispatch/02.01-loading.md"], list(docs)))
    links = {link.path: link.confidence for link in link_scores(procedure, extract_claims(procedure), records)}
    assert links["01-intake/trackers/control-risk-traceability.csv"] >= STRONG
    assert links.get("02-dispatch/trackers/control-risk-traceability.csv", 0) < STRONG


def test_another_phase_s_register_named_whole_stays_linked(tmp_path):
    # no register of that name in the chapter's own phase: the title names the other phase's
    named = PROC + "\nRecord each gap in the control traceability register.\n"
    rel = "02-dispatch/trackers/control-risk-traceability.csv"
    doc = _write(tmp_path, rel, "Control,Risk,Owner,Status\n" + "".join(f"C{i},R{i},JB,open\n" for i in range(6)))
    own = _write(tmp_path, "01-intake/logs/deliveries.csv", LOG)
    procedure = _write(tmp_path, "01-intake/01.02-checks.md", named)
    records = RecordSet([index_record(own), index_record(doc)],
                        parallel_parts(["01-intake/01.02-checks.md", "02-dispatch/02.01-loading.md"],
                                       ["01-intake/logs/deliveries.csv", rel]))
    links = {link.path: link.confidence for link in link_scores(procedure, extract_claims(procedure), records)}
    assert links[rel] >= STRONG
