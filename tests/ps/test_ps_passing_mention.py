"""PS01 and PS03 on the shapes of a held-out ISMS pack: a register every document names once, the prefixes of a
register's own IDs, a matrix the text calls by a shorter name, and a register that lists people without showing
who keeps it. Each set is written to disk and audited as a user would."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine

TREATMENTS = ["Enforce MFA for admins", "Deploy EDR on laptops", "Tighten RBAC roles", "Require MFA on VPN",
              "Roll out EDR to servers", "Review RBAC quarterly", "Add MFA to email", "Extend EDR alerts",
              "Audit RBAC groups"]


def _write(tmp_path: Path, files: dict[str, str], kinds: dict[str, str]) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "gapscan.toml").write_text(
        "[kinds]\n" + "".join(f'"{path}" = "{kind}"\n' for path, kind in kinds.items()), encoding="utf-8")


def _run(tmp_path: Path, select: str):
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(select=(select,), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    return [f for f in report.findings if f.rule == select]


def _audit(tmp_path: Path, files: dict[str, str], kinds: dict[str, str], select: str):
    _write(tmp_path, files, kinds)
    return _run(tmp_path, select)


def _risk_register() -> str:
    start = dt.date(2026, 1, 5)
    rows = [f"R-{i:03d},Risk {i},Server {i},Medium,High,{t},Ops Lead,{(start + dt.timedelta(days=7 * i)).isoformat()}"
            for i, t in enumerate(TREATMENTS)]
    return "\n".join(["ID,Risk Description,Asset,Likelihood,Impact,Treatment,Owner,Reviewed"] + rows) + "\n"


PASSING = {
    # a policy template, an incident policy and a methodology each name the register once, in passing
    "policies/policy-template.md": "# Information Security Policy\n\n## Key Requirements\n\n1. Perform periodic "
                                   "risk assessments and maintain a Risk Register.\n2. Report incidents.\n",
    "policies/incident-policy.md": "# Incident Management Policy\n\n## Lifecycle\n\n1. Detect and log incidents.\n"
                                   "2. Lessons learned: post-incident review and update the Risk Register.\n",
    "policies/methodology.md": "# ISMS Development Methodology\n\n## Phase 2\n\n- Conduct the risk assessment.\n"
                               "- Produce the Risk Register and the treatment plan.\n\n## Deliverables\n\n"
                               "- Policy documents\n- Risk Register\n",
}
KEEPER = ("# Security Operations Procedure\n\n## Risk register\n\nThe ISMS Lead enters each risk in the Risk "
          "Register with the asset it threatens, its likelihood and impact on a three-point scale, and the "
          "treatment agreed with the owner. The register is reviewed every quarter.\n")


def test_a_register_named_once_in_passing_is_read_only_against_the_procedure_that_says_how_it_is_kept(tmp_path):
    files = dict(PASSING, **{"policies/operations-procedure.md": KEEPER,
                             "registers/risk-register.csv": _risk_register()})
    kinds = {p: "procedure" for p in files if p.startswith("policies/")}
    found = _audit(tmp_path, files, kinds, "PS03")
    # the procedure that says how the register is kept (asset, likelihood, impact, treatment) reads it; the three
    # that name it in passing do not (the next test: alone, they each inherited MFA, EDR and RBAC before)
    assert [f.path for f in found] == ["policies/operations-procedure.md"]
    assert found[0].related == ("registers/risk-register.csv",)
    assert {t["term"] for t in found[0].metrics["missing_terms"]} >= {"mfa", "edr", "rbac"}


def test_a_register_only_named_in_passing_is_governed_but_no_procedures_own(tmp_path):
    files = dict(PASSING, **{"registers/risk-register.csv": _risk_register()})
    kinds = {p: "procedure" for p in files if p.startswith("policies/")}
    assert _audit(tmp_path, files, kinds, "PS03") == []
    # named, so not a shadow record: the passing mentions still put it inside the documented system
    assert _run(tmp_path, "PS01") == []


def test_a_register_every_policy_cites_alike_is_the_systems_not_one_policys(tmp_path):
    start = dt.date(2026, 1, 5)
    register = "\n".join(["ID,Regulation,Requirement,Obligation,Reviewed"] + [
        f"LR-{i:03d},GDPR art {i},Keep ROPA entry {i},SCC with processor {i},{(start + dt.timedelta(days=9 * i))}"
        for i in range(8)]) + "\n"
    files = {"registers/legal-register.csv": register}
    for topic in ("Access Control", "Backup", "Supplier", "Cryptography", "Physical Security"):
        # the same boilerplate in every policy: it names the register and two of its columns
        files[f"policies/{topic.lower().replace(' ', '-')}-policy.md"] = (
            f"# {topic} Policy\n\n## Legal basis\n\nThe regulations, requirements and obligations that apply "
            f"are listed in the Legal Register.\n\n## {topic}\n\nThe {topic.lower()} lead keeps this policy.\n")
    kinds = {p: "procedure" for p in files if p.startswith("policies/")}
    # before, the policy whose words happened to resemble the register most took it: 'gdpr', 'ropa', 'scc'
    assert _audit(tmp_path, files, kinds, "PS03") == []


def test_the_prefixes_of_a_registers_own_ids_are_not_the_works_vocabulary(tmp_path):
    names = ["Codex setup", "QBR report", "Sprint review", "Risk digest", "Status report", "Lessons digest"]
    rows = [f"PRM-{n.split()[0].upper()}-00{i},{n},AGT-{n.split()[0].upper()}-001,"
            f"prompts/PRM-{n.split()[0].upper()}-00{i}-{n.lower().replace(' ', '-')}.md,"
            f"Run {n.split()[0]} via ERP connector for SAP and CRM export"
            for i, n in enumerate(names)]
    files = {"policies/prompt-governance-policy.md": "# Prompt Governance Policy\n\nEvery prompt has an owner "
                                                     "and a review cycle.\n",
             "prompt-register.csv": "\n".join(["prompt_id,name,related_agent,github_location,purpose"] + rows) + "\n"}
    found = _audit(tmp_path, files, {"policies/prompt-governance-policy.md": "procedure"}, "PS03")
    assert [f.path for f in found] == ["policies/prompt-governance-policy.md"]
    top = found[0].metrics["top_terms"]
    # before, 'prm' (12x: each ID and each path) and 'agt' led the finding
    assert not {"prm", "agt", "prompts"} & set(top)
    missing = " ".join(t["term"] for t in found[0].metrics["missing_terms"]).split()
    assert {"erp", "sap", "crm"} <= set(missing)


def test_the_field_column_of_a_report_laid_out_as_field_and_value_is_not_read(tmp_path):
    kinds = ["PIR SLA breach", "Veeam backup missed", "SIEM alert ignored"]
    tables = "\n\n".join(
        f"### NCR-00{i}\n\n| Field | Detail |\n|---|---|\n| **Severity** | Minor |\n| **ISO Clause** | 5.{i} |\n"
        f"| **Finding** | {kinds[i % 3]} |\n| **Evidence** | Console export |" for i in range(1, 10))
    files = {"audit/audit-programme.md": "# Audit Programme\n\nAudit AU-2025-01 covers clauses 4 to 10. Findings "
                                         "are graded major or minor and tracked to closure.\n",
             "audit/findings.md": f"# Audit Findings AU-2025-01\n\n{tables}\n"}
    found = _audit(tmp_path, files, {"audit/audit-programme.md": "procedure", "audit/findings.md": "record"}, "PS03")
    assert [f.path for f in found] == ["audit/audit-programme.md"]
    top = set(found[0].metrics["top_terms"])
    # before, 'severity' (9x), a label of every table, led the terms; the findings themselves are what is read
    assert not top & {"severity", "iso clause", "finding", "evidence"}
    assert {"pir sla breach", "veeam backup", "siem alert"} & top


def test_a_matrix_called_by_its_name_without_the_first_word_is_named(tmp_path):
    matrix = "# Annex B - ISO Mapping Matrix (sample)\n\nPolicy | ISO Clauses | Annex A Controls\n---|---|---\n" + \
        "".join(f"Policy {i} | 6.{i} | A.5.{i}\n" for i in range(1, 9))
    policy = ("# Policy Methodology\n\n## Deliverables\n\n- Mapping matrix (policies to ISO clauses to controls)\n"
              "- Policy documents\n")
    found = _audit(tmp_path, {"docs/methodology.md": policy, "annexes/Annex_B_ISO_Mapping.md": matrix},
                   {"docs/methodology.md": "procedure", "annexes/Annex_B_ISO_Mapping.md": "record"}, "PS01")
    assert found == []


def test_a_register_of_people_is_not_kept_by_them(tmp_path):
    people = ["Ann Lee", "Bo Chan", "Cy Park", "Di Rossi", "Ed Marsh", "Flo Grant"]
    rows = [f"EMP-00{i},{p},Engineer,Ann Lee" for i, p in enumerate(people)]
    files = {"policies/access-policy.md": "# Access Control Policy\n\nAccess is granted by role.\n",
             "registers/staff-list.csv": "\n".join(["Employee ID,Name,Role,Line Manager"] + rows) + "\n"}
    [found] = _audit(tmp_path, files, {"policies/access-policy.md": "procedure"}, "PS01")
    # before: "by 7 people", the people (and the role) the list is about, not people who keep it
    assert "by 7 people" not in found.message
    assert "no column names who made them (7 people listed under Name, Role, Line Manager)" in found.message
    assert found.metrics["people"] == 0
