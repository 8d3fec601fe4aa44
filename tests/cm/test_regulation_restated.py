"""A sentence that cites or restates a regulation ("as required by Regulation E", "under 12 CFR 1005.11", "the Act
requires"), or an item of a list whose lead-in cites one, names the regulation's time limits and duties, not the
organisation's own: none of its anchors counts (mirroring.own_anchors, REGULATION_CITE), and CM05 says which were
left out. Shapes from US bank policies that restate their regulations (pynthia's Truth in Savings and Regulation E
policies), written anew."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.nlp.mirroring import REGULATION_CITE, analyze_many

RESTATED = """# Deposit Disclosures Policy

It is the policy of the Bank to comply with the Truth in Savings Act and with the requirements of Regulation DD,
including:

- Account disclosures must be given to a consumer before an account is opened; where the consumer is not present,
  the institution must mail them within ten business days.
- A notice of any change that may reduce the yield must be mailed at least thirty calendar days before it takes
  effect.
- Records of compliance must be retained for two years.

As required by Regulation E, the Bank will investigate an alleged error within 10 business days of the notice.
Under 12 CFR 1005.11 the Bank may take up to 45 days where it provisionally credits the account.
"""

OWN = """# Teller Drawer Balancing

Each teller balances the drawer at 17:00 and records the result on the Daily Balance Sheet. The Head Teller checks
any offage over $25 within one hour and signs the sheet. Drawers are counted by two staff every Friday.
"""


def _doc(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return replace(parse_file(path, name), kind=Kind.PROCEDURE)


def test_the_citation_pattern_reads_laws_by_name_and_not_the_organisation_s_words():
    for cited in ("as required by Regulation E", "under 12 CFR 1005.11", "see § 1020.320", "the Truth in Savings Act",
                  "in line with the Bank Secrecy Act (BSA)", "the Red Flags Rule", "The regulation requires a notice",
                  "unless required by law", "15 U.S.C. 1681", "the HIPAA Security Rule", "under the Act",
                  "the Landfill Directive"):
        assert REGULATION_CITE.search(cited), cited
    # a document's or a standard's own sections (real corpus: "see §10.2", "ISO 9001:2015 §9.3") and a lab's own
    # decision rule are not a law
    for own in ("Act on the findings within 5 days", "The Board of Directors meets monthly",
                "Each teller balances the drawer at 17:00", "the regulatory team reviews it", "an act of God",
                "use the improvement request procedure (see §10.2)", "conformance with ISO 9001:2015 §9.3",
                "The Decision Rule used is stated in the report"):
        assert not REGULATION_CITE.search(own), own


def test_anchors_in_sentences_restating_a_regulation_are_not_the_organisation_s(tmp_path):
    a = analyze_many([_doc(tmp_path, "restated.md", RESTATED)])["restated.md"]
    # every time limit here is Regulation DD's or Regulation E's, every list item restates the lead-in's regulation
    assert a.anchors.get("duration", 0) == 0, a.anchor_examples
    assert {"ten business days", "10 business days"} & set(a.restated_anchors)
    own = analyze_many([_doc(tmp_path, "own.md", OWN)])["own.md"]
    assert own.anchors["duration"] >= 1 and own.restated_anchors == ()


# the same policy with its limits set by the bank itself: no law cited, no lead-in naming one
OWN_RULES = (RESTATED.replace("It is the policy of the Bank to comply with the Truth in Savings Act and with the "
                              "requirements of Regulation DD,\nincluding:", "The Deposits Team follows these rules:")
             .replace("As required by Regulation E, the Bank", "The Bank")
             .replace("Under 12 CFR 1005.11 the Bank", "The Bank"))


def test_a_restated_regulation_reads_less_operational_than_the_same_limits_set_by_the_bank(tmp_path):
    restated = analyze_many([_doc(tmp_path, "restated.md", RESTATED)])["restated.md"]
    own = analyze_many([_doc(tmp_path, "own.md", OWN_RULES)])["own.md"]
    assert sum(restated.anchors.values()) == 0 < sum(own.anchors.values())
    assert restated.verdict_probabilities["operational"] < own.verdict_probabilities["operational"] - 0.1
    assert analyze_many([_doc(tmp_path, "teller.md", OWN)])["teller.md"].verdict.value == "operational"


def test_cm05_says_what_it_left_out_as_the_regulation_s(tmp_path):
    from gapscan.config import Config
    from gapscan.engine import RunOptions, run

    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "restated.md").write_text(RESTATED, encoding="utf-8")
    report = run([tmp_path / "set"], Config(), RunOptions(jobs=1, timestamp=False, select=("CM05",)))
    messages = [f.message for f in report.findings if f.rule == "CM05"]
    assert messages and "not counted (restated from a regulation)" in messages[0]


def test_a_generic_role_in_a_citing_sentence_is_listed_as_generic_not_as_the_regulation_s(tmp_path):
    """glba's 01.04 page: 'Privacy Officer' (a role every template names) is left out for being generic whether or not
    its sentence cites a law; only what the organisation could have set itself is the regulation's."""
    text = OWN + "\nThe Privacy Officer confirms the privacy notices annually, as required by Regulation P.\n"
    a = analyze_many([_doc(tmp_path, "notices.md", text)])["notices.md"]
    assert "Privacy Officer" in a.template_anchors
    assert not set(a.template_anchors) & set(a.restated_anchors)


def test_cm05_lists_a_word_named_twice_once_under_generic(tmp_path):
    """A role named once in the organisation's own words and once in a sentence citing a law ('Audit Committee')
    was listed both as generic and as restated from a regulation; it is listed once, under the first reason."""
    from gapscan.config import Config
    from gapscan.engine import RunOptions, run

    text = RESTATED.replace("# Deposit Disclosures Policy\n", "# Deposit Disclosures Policy\n\n"
                            "The Audit Committee reviews this policy.\n\nAs required by Regulation E, the Audit "
                            "Committee approves every audit service within 5 business days.\n")
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "approval.md").write_text(text, encoding="utf-8")
    report = run([tmp_path / "set"], Config(), RunOptions(jobs=1, timestamp=False, select=("CM05",)))
    messages = [f.message for f in report.findings if f.rule == "CM05"]
    assert messages, [f.message for f in report.findings]
    generic, _, restated = messages[0].partition("not counted (restated from a regulation)")
    assert "'Audit Committee'" in generic and "'5 business days'" in restated, messages[0]
    assert "Audit Committee" not in restated, messages[0]
    evidence = [e for f in report.findings if f.rule == "CM05" for e in f.evidence]
    assert sum("Audit Committee" in str(e) for e in evidence) <= 1, evidence
