"""PS01 and a name written with '&' where the file says 'and'. A held-out PCI DSS programme's phase README lists
its chapters as "[Wireless & Intrusion Detection](06.07-wireless-and-intrusion-detection.md)" and "PCI DSS
Landscape & v4.0.1"; the chapters were reported as kept outside the documented system because the '&' was
dropped from the README's words while the file name's 'and' was kept. An ampersand between words is the word
'and'; a name the procedure does not give stays unnamed."""
from __future__ import annotations

from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine

from ps_scan import rule_findings


def _log() -> str:
    rows = [f"2026-03-{i + 1:02d},TW-{100 + i},Torque wrench {i},Returned,Ines Duarte" for i in range(12)]
    return "\n".join(["Date,Tool,Item,Outcome,Recorded by", *rows]) + "\n"


def _ps01(root: Path, procedure: str):
    (root / "tool-issue-and-return.csv").write_text(_log(), encoding="utf-8")
    (root / "tool-control.md").write_text(procedure, encoding="utf-8")
    return rule_findings(root, "PS01", '[kinds]\n"tool-control.md" = "procedure"\n"*.csv" = "record"\n')


def test_a_log_named_with_an_ampersand_is_governed(tmp_path):
    text = ("# Tool Control\n\n## The tool crib\n\nThe stores lead enters every tool that leaves the crib in "
            "Tool Issue & Return, with the date and who took it.\n")
    # before: "tool-issue-and-return.csv is kept outside the documented system: 12 entries ..."
    assert _ps01(tmp_path, text) == []


def test_a_log_the_procedure_does_not_name_stays_a_shadow_record(tmp_path):
    text = ("# Tool Control\n\n## The tool crib\n\nThe stores lead enters every tool that leaves the crib on "
            "the tool issue sheet & checks it back on return.\n")
    (found,) = _ps01(tmp_path, text)
    assert found.path == "tool-issue-and-return.csv"


def test_a_record_whose_title_has_the_ampersand_its_file_name_leaves_out_is_governed(tmp_path):
    # a HIPAA programme's "09.03 — Security Metrics, KRI & KPI Program" (09.03-security-metrics-kri-kpi-program.md),
    # listed by its title in the phase README: both spell the '&', so it names it
    (tmp_path / "kri-kpi-catalogue.md").write_text(
        "# Metrics, KRI & KPI Catalogue\n\n| Metric | Target | Owner |\n|---|---|---|\n"
        + "\n".join(f"| Patch latency tier {i} | {i + 3} days | Ines Duarte |" for i in range(12)) + "\n",
        encoding="utf-8")
    (tmp_path / "metrics.md").write_text("# Security metrics\n\n## Reporting\n\nThe analyst updates the Metrics, "
                                         "KRI & KPI Catalogue before each board pack.\n", encoding="utf-8")
    (tmp_path / "gapscan.toml").write_text('[kinds]\n"metrics.md" = "procedure"\n"kri-kpi-catalogue.md" = "record"\n',
                                           encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(tmp_path))
    report = engine.run([tmp_path], cfg, engine.RunOptions(select=("PS01",), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    assert [f for f in report.findings if f.rule == "PS01"] == []
