"""PS03 and a page that lists the set's files. A held-out AI management system's docs/README.md (its own document
control block, so read as a procedure) lists some sixty files, the risk register among them ("AI_Risk_Register.csv
- Risk register with 3 example risks"). Naming the register's file made the README the register's own procedure,
ahead of the risk management procedure named for it, and PS03 reported, as a finding, that the README never says
'json files', 'alerts' or 'api' (pshold25, onchainlabs1/llm-agent-mcp). A page naming INDEX_FILES or more of the
set's files lists them: its naming a record's file does not make the record's work follow it."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings, write_csv

RISKS = ["Prompt injection", "Model drift", "Vendor API outage", "Training data leak", "Hallucinated answer"]
OWNERS = ["Ines Duarte", "Bo Chan", "Cy Park"]
PROCEDURE = ("# AI Risk Management Procedure\n\n## Risk register\n\nThe risk owner records each risk in the AI Risk "
             "Register with its owner, status and review date.\n\n## Known risks\n\nPrompt injection, model drift, a "
             "vendor API outage, a training data leak and a hallucinated answer are reviewed every month.\n")
TOML = ('[kinds]\n"README.md" = "procedure"\n"risk-management-procedure.md" = "procedure"\n"*.csv" = "record"\n'
        '"docs/*.md" = "other"\n')


def _set(root: Path, listed: int) -> list:
    rows = [[f"2026-0{1 + i % 6}-{1 + i:02d}", RISKS[i % 5], OWNERS[i % 3], "Open"] for i in range(20)]
    write_csv(root / "risk-register.csv", ["Date", "Risk", "Owner", "Status"], rows)
    (root / "risk-management-procedure.md").write_text(PROCEDURE, encoding="utf-8")
    (root / "docs").mkdir()
    names = [f"policy-{i:02d}.md" for i in range(listed)]
    for name in names:
        (root / "docs" / name).write_text(f"# Policy {name}\n\nStaff follow this policy.\n", encoding="utf-8")
    lines = "\n".join(f"- [`{n}`](docs/{n}) - a policy of the programme" for n in names)
    (root / "README.md").write_text(
        "# Programme documentation\n\n**Document ID:** IDX-001\n**Owner:** Programme Manager\n\n## Documents\n\n"
        f"{lines}\n- [`risk-register.csv`](risk-register.csv) - Risk register of the programme\n\n"
        "## Approval\n\nThe programme manager shall approve every document listed here.\n", encoding="utf-8")
    return rule_findings(root, "PS03", TOML)


def test_a_page_listing_the_sets_files_is_not_the_registers_procedure(tmp_path):
    # before: "The records this procedure governs keep talking about 'prompt injection' ... but the procedure never
    # uses these terms" on README.md, a finding
    assert _set(tmp_path, listed=12) == []


def test_a_page_naming_a_few_files_still_governs_the_record_it_names_by_file(tmp_path):
    # the rule is unchanged for a page that names the register's file among a few others: it is read against it
    (found,) = _set(tmp_path, listed=3)
    assert found.path == "README.md"
