"""PS01 on the shape of a real ISMS pack: a register whose subject is a policy's title is that policy's
record ("cryptography-register.csv" beside the Cryptography Policy, whose text calls it the cryptographic
inventory). Only a register no procedure is about stays a shadow record."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine

POLICY = ("# Cryptography Policy\n\n## Cryptographic inventory\n\nThe IT Operations Lead keeps an inventory of "
          "every key: its purpose, algorithm, length, owner and expiry. Keys are rotated before they expire.\n")


def _csv(path: Path, header: str, rows: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")


def test_a_register_named_for_the_subject_of_a_policys_title_is_governed_by_it(tmp_path):
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "cryptography-policy.md").write_text(POLICY, encoding="utf-8")
    start = dt.date(2026, 1, 5)
    _csv(tmp_path / "registers" / "cryptography-register.csv", "Key ID,Purpose,Algorithm,Owner,Created",
         [f"KEY-{i:03d},TLS {i},RSA,IT Operations Lead,{(start + dt.timedelta(days=9 * i)).isoformat()}"
          for i in range(8)])
    _csv(tmp_path / "registers" / "visitor-register.csv", "Visitor,Host,Signed in",
         [f"Guest {i},Reception,{(start + dt.timedelta(days=3 * i)).isoformat()}" for i in range(8)])
    (tmp_path / "gapscan.toml").write_text('[kinds]\n"policies/cryptography-policy.md" = "procedure"\n',
                                           encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(select=("PS01",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    found = [f for f in report.findings if f.rule == "PS01"]
    # the visitor register has no procedure about visitors: that one is kept outside the documented system
    assert [f.path for f in found] == ["registers/visitor-register.csv"]
    assert found[0].metrics["shadow_records"] == 1


def test_a_register_called_by_another_word_for_a_list_is_still_named(tmp_path):
    # "training records" in the policy, training-register.csv on disk: the same list
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "hr-policy.md").write_text(
        "# HR Policy\n\nThe HR Lead checks each new starter's competence. Competence is verified through "
        "training records kept by HR.\n", encoding="utf-8")
    start = dt.date(2026, 1, 5)
    _csv(tmp_path / "registers" / "training-register.csv", "Person,Training,Completion Date",
         [f"Person {i},Awareness,{(start + dt.timedelta(days=9 * i)).isoformat()}" for i in range(8)])
    (tmp_path / "gapscan.toml").write_text('[kinds]\n"policies/hr-policy.md" = "procedure"\n', encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(select=("PS01",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert [f.path for f in report.findings if f.rule == "PS01"] == []


def _ps01(tmp_path: Path, policy: str, registers: dict[str, tuple[str, list[str]]]) -> list[str]:
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "methodology.md").write_text(policy, encoding="utf-8")
    for name, (header, rows) in registers.items():
        _csv(tmp_path / "registers" / name, header, rows)
    (tmp_path / "gapscan.toml").write_text('[kinds]\n"policies/methodology.md" = "procedure"\n', encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(select=("PS01",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    return [f.path for f in report.findings if f.rule == "PS01"]


def test_an_annex_label_is_not_part_of_a_records_name(tmp_path):
    # a real ISMS pack files its matrices as Annex_A_RACI.csv and Annex_C_SoA.csv; the methodology names them
    # "the RACI matrix" and "the Statement of Applicability (SoA)"
    start = dt.date(2026, 1, 5)
    days = [(start + dt.timedelta(days=9 * i)).isoformat() for i in range(8)]
    policy = ("# ISMS Methodology\n\nThe ISMS Lead keeps the RACI matrix current for every process and "
              "reviews the Statement of Applicability (SoA) each quarter with the Risk Owner.\n")
    found = _ps01(tmp_path, policy, {
        "Annex_A_RACI.csv": ("Process,Responsible,Accountable,Updated", [f"P{i},Ops,CTO,{d}" for i, d in enumerate(days)]),
        "Annex_C_SoA.csv": ("Control,Applicable,Owner,Reviewed", [f"A.5.{i},Yes,CISO,{d}" for i, d in enumerate(days)]),
        "Annex_D_Visitors.csv": ("Visitor,Host,Signed in", [f"Guest {i},Reception,{d}" for i, d in enumerate(days)]),
    })
    # the visitor list is named nowhere: still a shadow record once its label is taken off
    assert found == ["registers/Annex_D_Visitors.csv"]
