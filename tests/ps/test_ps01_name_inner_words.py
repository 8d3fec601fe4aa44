"""PS01 and a record whose name holds a word that, alone in a file name, says nothing ('data' of data.csv):
a held-out HIPAA programme's "02.03-ephi-data-flow-mapping.md" is named "ePHI Data-Flow Mapping" by four of
its standards, yet was reported as kept outside the system because its name was read as 'ephi flow mapping'.
A word inside a name stays; at its ends ("risk-register-data.csv", "final copy") it is still dropped."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


NAMING = ("# Transmission Security Standard\n\n## Scope\n\nThe Network Lead encrypts every interface listed in the "
          "ePHI Data-Flow Mapping with TLS 1.2 or later and checks each new interface against it before go-live.\n")
SILENT = ("# Transmission Security Standard\n\n## Scope\n\nThe Network Lead encrypts every interface with TLS 1.2 "
          "or later and checks each new interface before go-live.\n")


def _flows() -> str:
    # an owner per flow: without a column of who, when or what became of it, PS01 would say nothing of an undated
    # map whatever its name (test_ps01_undated_lists.py), and the name could not be tested
    rows = [f"DF-{i:02d},Interface engine {i},Lab system {i},Orders and results,HL7 over TLS,Real time,"
            f"{['Ann Lee', 'Bo Chan', 'Cy Diaz'][i % 3]}" for i in range(1, 16)]
    return "\n".join(["Flow,Source,Destination,Content,Transport,Frequency,Owner"] + rows) + "\n"


def _ps01(root: Path, procedure: str):
    (root / "ephi-data-flow-mapping.csv").write_text(_flows(), encoding="utf-8")
    (root / "transmission-security.md").write_text(procedure, encoding="utf-8")
    return rule_findings(root, "PS01", '[kinds]\n"*.md" = "procedure"\n"*.csv" = "record"\n')


def test_a_record_named_with_an_inner_noise_word_is_governed(tmp_path):
    assert _ps01(tmp_path, NAMING) == []


def test_the_same_record_no_procedure_names_is_still_a_shadow_record(tmp_path):
    found = _ps01(tmp_path, SILENT)
    assert [f.path for f in found] == ["ephi-data-flow-mapping.csv"]
