"""The headline told a SOC 2 criteria walk-through it "follows the layout of the ISO standard ... (clause by clause)":
since session 21 a document whose headings carry the criteria's keys is read against the SOC 2 Trust Services
Criteria, and the summary names what it was read against. A set read against ISO standards keeps "the ISO standard"."""
from __future__ import annotations

from gapscan.config import Config
from gapscan.engine import RunOptions, run

CRITERIA = [("CC1.1", "Integrity and ethical values", "demonstrate a commitment to integrity"),
            ("CC1.2", "Board oversight", "exercise oversight of internal control"),
            ("CC2.1", "Information quality", "obtain relevant, quality information"),
            ("CC3.1", "Objectives", "specify objectives with sufficient clarity"),
            ("CC5.1", "Control activities", "select and develop control activities")]

CLAUSES = [("4.1", "Understanding the organization and its context", "determine external and internal issues"),
           ("5.1", "Leadership and commitment", "demonstrate leadership and commitment"),
           ("6.1", "Actions to address risks and opportunities", "determine the risks and opportunities"),
           ("7.5", "Documented information", "control documented information"),
           ("9.2", "Internal audit", "conduct internal audits at planned intervals")]


def _text(title, sections, actor):
    return f"# {title}\n\n" + "".join(
        f"## {key} {heading}\n\nThe {actor} shall {verb} and management shall ensure that it is reviewed.\n\n"
        for key, heading, verb in sections)


def _headline(tmp_path, text):
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    report = run([tmp_path], Config(), RunOptions(timestamp=False, jobs=1))
    procedures = [line for s in report.summary.sections for line in s.lines if "gapscan read" in line]
    return report.summary.headline, procedures, report


def test_a_criteria_walk_through_is_told_it_follows_the_soc2_criteria(tmp_path):
    headline, procedures, report = _headline(tmp_path, _text("Criteria guide", CRITERIA, "entity"))
    assert [r.standard for r in report.documents] == ["soc2"], [r.standard for r in report.documents]
    assert "the SOC 2 criteria" in headline and "ISO" not in headline, headline
    assert procedures and all("ISO" not in line for line in procedures), procedures
    assert any("criterion by criterion" in line for line in procedures), procedures


def test_a_clause_walk_through_still_follows_the_iso_standard(tmp_path):
    headline, procedures, _ = _headline(tmp_path, _text("Quality manual", CLAUSES, "organization"))
    assert "the ISO standard" in headline, headline
    assert any("clause by clause" in line for line in procedures), procedures
