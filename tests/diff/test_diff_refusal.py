"""gapscan diff refuses reports it cannot compare honestly, and with --force says what it cannot tell apart."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

from gapscan.diff import compare, refusal, render_diff

ALL = ["CM01", "CM02", "CM03", "CM04", "CM05", "DR01", "DR02", "DR03", "DR04", "DR05", "DR06",
       "PS01", "PS02", "PS03", "SH01", "SH02", "SH03"]


def finding(rule, path, message, fingerprint, line=1):
    return {"rule": rule, "name": rule.lower(), "severity": "warning", "path": path, "message": message,
            "location": {"line": line}, "evidence": [], "metrics": {}, "fingerprint": fingerprint}


def report(root="docs", ran=ALL, findings=(), command="audit", config_hash="c0ffee", version="0.1.0", **extra):
    data = {"schema_version": 1, "tool": {"name": "gapscan", "version": version}, "root": root,
            "command": command, "rules": {"select": [], "ignore": [], "ran": list(ran)},
            "config_hash": config_hash, "documents": [], "findings": list(findings),
            "summary": {"documents": 0, "findings": len(findings)}}
    data.update(extra)
    return data


CM03 = finding("CM03", "qp-07.md", "standard-speak: 'shall determine'", "aa:0", line=12)
DR02 = finding("DR02", "qp-14.md", "'every 12 months' is not kept: median interval 532 days", "bb:0", line=10)
PS01 = finding("PS01", "log.xlsx", "log.xlsx is kept outside the documented system: 460 entries", "cc:0")


def test_reports_of_one_folder_and_rule_set_are_comparable():
    assert refusal(report("docs"), report("./docs/")) is None


def test_different_folders_rules_or_commands_are_refused_with_one_line():
    why = refusal(report("client-2024"), report("client-2025"))
    assert why.startswith("the reports scanned different folders ('client-2024' and 'client-2025')")
    why = refusal(report(), report(ran=[r for r in ALL if r.startswith("CM")]))
    assert why == ("the reports ran different rules (only the old ran DR01, DR02, DR03, DR04, DR05, DR06, PS01, "
                   "PS02, PS03, SH01, SH02, SH03)")
    why = refusal(report(command="check"), report(command="audit"))
    assert why == "one report is from `check`, the other from `audit`"


def test_forced_findings_of_rules_run_in_one_report_only_are_not_comparable_not_resolved():
    old = report(findings=[CM03, DR02, PS01])
    new = report(ran=[r for r in ALL if r != "DR02"], findings=[CM03])
    d = compare(old, new)
    assert [(c.rule, c.status) for c in d.not_comparable] == [("DR02", "not comparable")]
    assert [c.rule for c in d.resolved] == ["PS01"]  # PS01 ran in both: gone is resolved
    assert [c.rule for c in d.still_open] == ["CM03"] and d.new == ()
    assert d.old_counts["total"] == 2 and d.new_counts["total"] == 1  # DR02 left out of both
    assert any("only the old ran DR02" in c and "not comparable" in c for c in d.caveats)
    text = render_diff(d, "terminal")
    assert "1 not comparable." in " ".join(text.split()) and "Not comparable (rule ran in one report only) (1)" in text
    assert "DR02 warning qp-14.md (line 10)" in text
    md = render_diff(d, "markdown")
    assert "## Not comparable (rule ran in one report only) (1)" in md and "> caveat: the reports ran" in md
    data = json.loads(render_diff(d, "json"))
    assert data["not_comparable"][0]["status"] == "not comparable" and data["matched_by"] == "fingerprint"


def test_caveats_name_other_folder_configuration_and_version():
    d = compare(report("a", config_hash="1"), report("b", config_hash="2", version="0.2.0"))
    text = " | ".join(d.caveats)
    assert "different folders ('a' and 'b')" in text
    assert "different configurations" in text
    assert "different gapscan versions (0.1.0 and 0.2.0)" in text
    assert compare(report(), report()).caveats == ()


def test_matching_by_fingerprint_ignores_moved_lines_and_reworded_counts():
    moved = dict(DR02, line=30, message="'every 12 months' is not kept: median interval 540 days")
    moved["location"] = {"line": 30}
    d = compare(report(findings=[DR02]), report(findings=[moved]))
    assert [c.rule for c in d.still_open] == ["DR02"] and d.new == () and d.resolved == ()
    assert d.still_open[0].old_message.endswith("532 days")


def test_a_new_fingerprint_is_new_even_with_the_same_message_and_line():
    # the offending sentence was edited: same rule, place and wording of the message, another problem
    edited = dict(CM03, fingerprint="ab:0")
    d = compare(report(findings=[CM03]), report(findings=[edited]))
    assert [c.rule for c in d.resolved] == ["CM03"] and [c.rule for c in d.new] == ["CM03"]


def test_reports_without_fingerprints_fall_back_to_messages_and_say_so():
    plain = [{k: v for k, v in f.items() if k != "fingerprint"} for f in (CM03,)]
    d = compare(report(findings=plain), report(findings=[CM03]))
    assert d.matched_by == "rule, path, message and location" and [c.rule for c in d.still_open] == ["CM03"]
    assert any("matched by rule, path, message and location" in c for c in d.caveats)
    old = report(findings=plain)
    del old["rules"]
    assert any("old report does not record which rules ran" in c for c in compare(old, report()).caveats)


def test_baselined_findings_are_not_resolved():
    new = report(findings=[], baseline={"file": "base.json", "baselined": 1},
                 baselined=[dict(CM03, baseline_state="unchanged")])
    d = compare(report(findings=[CM03]), new)
    assert d.resolved == () and [c.rule for c in d.still_open] == ["CM03"]
    assert any("baseline base.json" in c for c in d.caveats)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gapscan", "diff", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_cli_refuses_with_exit_2_and_compares_with_force(tmp_path):
    (tmp_path / "old.json").write_text(json.dumps(report("client-2024", findings=[CM03, PS01])), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(report("client-2025", findings=[CM03])), encoding="utf-8")
    r = _cli("old.json", "new.json", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gapscan: error: not comparing old.json with new.json: "
                                                   "the reports scanned different folders")
    assert "--force" in lines[0]
    r = _cli("old.json", "new.json", "--force", "--format", "JSON", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [c["rule"] for c in data["resolved"]] == ["PS01"]
    assert any("different folders" in c for c in data["caveats"])
    same = copy.deepcopy(report("client-2024", findings=[CM03]))
    (tmp_path / "same.json").write_text(json.dumps(same), encoding="utf-8")
    r = _cli("old.json", "same.json", cwd=tmp_path)
    assert r.returncode == 0 and "caveat" not in r.stdout and "Resolved (1)" in r.stdout
