"""SH03 on the review of an information security programme. A held-out HIPAA programme's board minutes were
called "100% paperwork ... never discusses cost": they hold the year's certification, the audit, an overdue
restoration test, and also the residual risks the board accepted outside appetite, the risks raised in the
year and a funding request in dollars. Three causes: the people listed in a 'Present' row of a field/value
table were read as talk about the internal audit (one attends as 'Internal Audit'); an amount of money is
cost whatever word goes with it; and the results an information security system is run by (risks accepted or
raised, incidents, breaches) are its business, as scrap and complaints are a factory's."""
from __future__ import annotations

from gapscan.nlp.review import classify_sentences
from shbuild import sh03, written

HEAD = """# Board minutes

| Field | Value |
|---|---|
| Meeting | Board of Directors, annual security programme report |
| Date | 2026-11-20 |
| Present | Ann Lee (CEO), Bo Chan (CISO), Cy Park (Internal Audit), Di Roe (Compliance), non-executive directors |

"""

PAPERWORK = """## Matters

- The certification body renewed the certificate for another year.
- The internal audit reported two minor nonconformities, both closed.
- The restoration test is overdue and the action is still open.
"""

SECURITY = """- Two risks were raised during the year on new evidence from the penetration test.
- The residual risk position was accepted, with three residual risks outside the stated appetite.
- Three security incidents were handled; none was a reportable breach.
- The 2027 plan asks for $1.4M, of which $0.6M is new.
"""


def _review(tmp_path, text):
    return written(tmp_path, "board-minutes-2026-11.md", text)


def test_who_was_present_is_not_what_was_discussed(tmp_path):
    doc = _review(tmp_path, HEAD + PAPERWORK)
    assert not any("Cy Park" in s.text and s.group for s in classify_sentences(doc))


def test_a_review_of_risks_incidents_and_money_is_about_the_business(tmp_path):
    doc = _review(tmp_path, HEAD + PAPERWORK + SECURITY)
    assert sh03(doc) == []
    money = [s for s in classify_sentences(doc) if "$1.4M" in s.text]
    assert money and "cost" in money[0].topics
    for said in ("Two risks were raised", "Three residuals sit outside"):
        [sentence] = [s for s in classify_sentences(_review(tmp_path, HEAD + f"- {said} the appetite.\n"))
                      if said in s.text]
        assert sentence.topics == ("security risks and incidents",)


def test_the_paperwork_alone_still_fires_and_names_only_a_plants_topics_as_missing(tmp_path):
    doc = _review(tmp_path, HEAD + PAPERWORK + "- The document register was updated and two policies reissued.\n"
                  "- Training records were checked for the new starters.\n")
    [finding] = sh03(doc)
    assert finding.metrics["paperwork_share"] == 1.0
    assert "cost" in finding.message
    assert "security risks and incidents" not in finding.message


def test_a_procedure_named_for_vulnerabilities_is_still_paperwork(tmp_path):
    # cloudfin's management review record (in sample, SH03 right): "Prioritize vulnerability management
    # procedure and tracking (CAPA-004)" is about a document to write, not a security result
    doc = _review(tmp_path, HEAD + "- Prioritize the vulnerability management procedure and tracking (CAPA-004).\n")
    [sentence] = [s for s in classify_sentences(doc) if "vulnerability" in s.text]
    assert sentence.group == "paperwork"
