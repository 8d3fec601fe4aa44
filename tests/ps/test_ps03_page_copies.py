"""PS03 reads a register once. A held-out GRC portfolio (binette87/cybersecurity-portfolio grc/) keeps each register
as a csv and as a page that shows it (incident-log.csv, incident-log.html); its policies name the page, so PS03 read
both and counted every term twice ('dns' 12x of six incidents). One register under one name in two formats
(ps01.page_copies) is read once, in its data file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ps_scan import rule_findings, write_csv

POLICY = """# Vulnerability Management Policy

## Remediation tracker

Every finding is recorded in the remediation tracker with its owner, priority and due date, and closed once the fix
is verified. The tracker is reviewed every month.
"""

ITEMS = [("Harden Grafana login", "Grafana"), ("Rotate Okta admin keys", "Okta"), ("Patch Jenkins controller", "Jenkins"),
         ("Enable Falco alerts", "Falco"), ("Enforce Vault policies", "Vault"), ("Tune Suricata rules", "Suricata")]


def _set(root: Path, with_page: bool) -> list:
    rows = []
    for i, (title, system) in enumerate(ITEMS * 2):
        rows.append([f"REM-{i + 1:03d}", title, system, "High", (dt.date(2026, 2, 2) + dt.timedelta(days=9 * i)).isoformat(),
                     "Open"])
    write_csv(root / "remediation" / "remediation-tracker.csv", ["Rem_ID", "Title", "System", "Priority", "Due_Date",
                                                                 "Status"], rows)
    if with_page:
        body = "".join(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[5]}</td></tr>\n" for r in rows)
        (root / "remediation" / "remediation-tracker.html").write_text(
            "<html><body><h1>Remediation tracker</h1><table>\n<tr><th>Rem. ID</th><th>Title</th><th>System</th>"
            f"<th>Status</th></tr>\n{body}</table></body></html>\n", encoding="utf-8")
    (root / "vulnerability-management-policy.md").write_text(
        POLICY + "\n## Related documents\n\n- [Remediation tracker](remediation/remediation-tracker.html)\n"
        if with_page else POLICY + "\n## Related documents\n\n- [Remediation tracker](remediation/remediation-tracker.csv)\n",
        encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"vulnerability-management-policy.md" = "procedure"\n'
                                       '"remediation/*" = "record"\n')


def _counts(found) -> dict[str, int]:
    return {t["term"]: t["count"] for t in found.metrics["missing_terms"]}


def test_a_register_and_the_page_that_shows_it_are_read_once(tmp_path):
    (found,) = _set(tmp_path, with_page=True)
    # before: 'grafana' 8x, the csv's four cells (two rows, title and system) and the page's four again
    assert _counts(found)["grafana"] == 4
    assert found.metrics["records"] == ["remediation/remediation-tracker.csv"]


def test_the_register_alone_counts_the_same(tmp_path):
    (found,) = _set(tmp_path, with_page=False)
    assert _counts(found)["grafana"] == 4
