"""PS03 and the scales of a risk register that file a risk rather than say what it is about. A held-out GRC
portfolio's risk register (binette87/cybersecurity-portfolio grc/, drhold31) rates each risk's 'Threat_Source'
(External Threat Actor, Insider, Internal/External) and 'Control_Effectiveness' (High, Partial, Low): PS03 read
'external threat actor' and 'partial' as the practice's vocabulary the risk policy never uses. They are the
register's own scales, as its likelihood and impact are. The systems the risks are about still count."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ps_scan import rule_findings, write_csv

POLICY = """# Risk Management Policy

## Risk register

The Risk Owner records each risk in the risk register with its likelihood, impact, owner and due date, and reviews
the register every quarter.
"""

RISKS = [("SQL injection on the Grafana login page", "Grafana"), ("Stale Okta admin accounts", "Okta"),
         ("Unpatched Jenkins controller", "Jenkins"), ("Public Grafana dashboards", "Grafana"),
         ("Okta push fatigue attacks", "Okta"), ("Jenkins credentials in build logs", "Jenkins")]
SOURCES = ["External Threat Actor", "External Threat Actor", "Insider Threat", "External Threat Actor",
           "Internal/External", "Insider Threat"]
EFFECT = ["Partial", "High", "Partial", "Low", "Partial", "High"]


def _ps03(root: Path, threat_header: str, effect_header: str) -> list:
    rows = []
    for i in range(18):
        title, system = RISKS[i % 6]
        rows.append([f"RK-{i + 1:03d}", title, system, SOURCES[i % 6], 3, 4, EFFECT[i % 6], "Dana Kerr",
                     (dt.date(2026, 3, 2) + dt.timedelta(days=9 * i)).isoformat(), "Open"])
    write_csv(root / "risk-register.csv", ["Risk_ID", "Risk_Title", "System", threat_header, "Likelihood", "Impact",
                                           effect_header, "Owner", "Due_Date", "Status"], rows)
    (root / "risk-management-policy.md").write_text(POLICY, encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"risk-management-policy.md" = "procedure"\n"*.csv" = "record"\n')


def test_threat_source_and_control_effectiveness_scales_give_no_terms(tmp_path):
    (found,) = _ps03(tmp_path, "Threat_Source", "Control_Effectiveness")
    # before: "keep talking about 'external threat actor' (9x), ... 'partial' (9x), ... 'insider threat' ..."
    for scale in ("'external threat actor'", "'partial'", "'insider threat'", "'threat actor'"):
        assert scale not in found.message
    assert "'grafana'" in found.message and "'okta'" in found.message


def test_a_threat_agent_and_an_effectiveness_column_are_scales_too(tmp_path):
    (found,) = _ps03(tmp_path, "Threat Agent", "Effectiveness")
    for scale in ("'external threat actor'", "'partial'", "'insider threat'"):
        assert scale not in found.message
