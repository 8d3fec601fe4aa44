"""Each CM rule on small procedures that must fire (location, metrics) and near-misses that must not."""
from __future__ import annotations

from gapscan.clauses import load
from gapscan.rules.cm import CM01, CM02, CM03, CM04, CM05

from cm_helpers import run

MIRRORED_SUPPLIER = """
SUPPLIER CONTROL

4.1 Understanding the organization and its context
The organization shall determine the internal and external issues relevant to its purpose, as applicable.

8.4 Control of externally provided processes, products and services
The organization shall ensure that externally provided processes conform to requirements.
Documented information shall be retained as evidence of the evaluation of external providers.

9.2 Internal audit
Internal audits shall be conducted at planned intervals to confirm the effectiveness of the quality management system.
"""

OPERATIONAL_SOP = """
# Goods-In Receiving

## 1. Purpose

How the Goods-In Clerk receives deliveries at Dock 2.

## 2. Scope

All deliveries of raw material and bought-out parts.

## 3. Responsibilities

The Goods-In Clerk books goods in SAP; the Warehouse Team Leader handles exceptions.

## 4. Procedure

1. Check the delivery note against the purchase order in SAP within 30 minutes of arrival.
2. If a carton is damaged, photograph it with the handheld scanner and put the pallet in the quarantine cage.
3. Probe one case per pallet; reject the load if the core is above 5 °C and write the reading on form GI-01.

## 5. Records

Form GI-01 is kept for 2 years in the warehouse office.
"""


# --- CM01 -----------------------------------------------------------------------------------

def test_cm01_fires_on_each_clause_heading_with_location_metrics_and_fix(make):
    doc = make("supplier.txt", MIRRORED_SUPPLIER)
    found = run(CM01, doc)
    assert [f.metrics["clause"] for f in found] == ["4.1", "8.4", "9.2"]
    assert [f.location.line for f in found] == [3, 6, 10]
    first = found[1]
    assert first.metrics["matched_headings"] == 3
    assert first.metrics["headings"] == 4
    assert first.metrics["share_of_headings"] == 0.75
    assert first.metrics["matched_by"] == "number+title"
    assert first.metrics["standard"] == "iso9001"
    assert "8.4" in first.message and "ISO 9001" in first.message
    assert first.evidence[0].text.startswith("8.4 Control of externally provided")
    assert load("iso9001").get("8.4").questions[0] in first.fix


def test_cm01_matches_title_variants_without_numbers(make):
    doc = make("manual.md", """
    # Manual

    ## Control of Externaly Provided Processes, Products and Services

    Suppliers are approved by the Buyer.

    ## Internal Audit

    Audits follow the plan.

    ## Management Review

    The board meets monthly.
    """)
    found = run(CM01, doc)
    by_clause = {f.metrics["clause"]: f.metrics["matched_by"] for f in found}
    assert by_clause == {"8.4": "fuzzy", "9.2": "title", "9.3": "title"}


def test_cm01_ignores_sop_front_matter_and_own_numbering(make):
    assert run(CM01, make("goods_in.md", OPERATIONAL_SOP)) == []


def test_cm01_ignores_a_clause_cross_reference_table(make):
    doc = make("dispatch.md", OPERATIONAL_SOP + """
## Clause cross-reference

| ISO 9001 clause | Covered in |
|---|---|
| 8.5.1 Control of production and service provision | 4. Procedure |
| 8.5.4 Preservation | 4. Procedure |
| 8.6 Release of products and services | 5. Records |
""")
    assert run(CM01, doc) == []
    assert run(CM02, doc) == []


def test_cm01_forced_standard_changes_the_catalogue(make):
    doc = make("supplier.txt", MIRRORED_SUPPLIER)
    found = run(CM01, doc, standard="iso27001")
    # 27001 has 4.1 and 9.2 with the same titles but no clause 8.4
    assert {f.metrics["clause"] for f in found} == {"4.1", "9.2"}
    assert all(f.metrics["standard"] == "iso27001" for f in found)


TEMPLATE_POLICY = """# Acceptable Use

## 1 Laptops

### Purpose

Laptops carry client data out of the office.

### Policy

The IT Lead encrypts every laptop with BitLocker before issue.

## 2 Email

### Purpose

Email is the main route for phishing.

### Policy

Staff report suspicious email to the Service Desk the same day.

## 3 Visitors

### Purpose

Visitors can see screens in the open office.

### Policy

Reception signs visitors in and the host escorts them at all times.
"""


def test_cm01_ignores_a_templates_one_word_section_label_repeated_in_every_section(make):
    # "Policy" is clause 5.2's title, but here it is the label of each section's rules, three times over
    assert run(CM01, make("aup.md", TEMPLATE_POLICY)) == []


def test_cm01_ignores_a_one_word_heading_that_is_the_documents_subject(make):
    text = ("# Supplier Policy\n\n## Policy\n\nThe Buyer buys only from suppliers on the approved list in SAP.\n\n"
            "## 8.4 Control of externally provided processes, products and services\n\nThe organization shall "
            "ensure that externally provided processes conform.\n\n## 9.2 Internal audit\n\nInternal audits shall "
            "be conducted at planned intervals.\n")
    found = run(CM01, make("supplier.md", text))
    assert [f.metrics["clause"] for f in found] == ["8.4", "9.2"]
    assert found[0].metrics["matched_headings"] == 2


def test_cm01_still_reports_a_numbered_policy_clause_heading(make):
    text = MIRRORED_SUPPLIER + "\n5.2 Policy\nTop management shall establish a quality policy.\n"
    found = run(CM01, make("supplier.txt", text))
    assert "5.2" in [f.metrics["clause"] for f in found]


# --- CM02 -----------------------------------------------------------------------------------

CLAUSE_HEADINGS = {
    "4.1": "Understanding the organization and its context",
    "5.1": "Leadership and commitment",
    "6.1": "Actions to address risks and opportunities",
    "7.2": "Competence",
    "8.4": "Control of externally provided processes, products and services",
    "9.2": "Internal audit",
}


def _sections(order: list[str]) -> str:
    return "\n".join(f"## {n} {CLAUSE_HEADINGS[n]}\n\nThe Quality Manager reviews this every month.\n" for n in order)


def test_cm02_fires_on_clause_order_at_the_first_heading_of_the_run(make):
    doc = make("manual.md", "# Manual\n\n" + _sections(["4.1", "5.1", "6.1", "7.2", "8.4", "9.2"]))
    found = run(CM02, doc)
    assert len(found) == 1
    f = found[0]
    assert f.metrics["run_length"] == 6
    assert f.metrics["headings"] == 7
    assert f.metrics["first_clause"] == "4.1" and f.metrics["last_clause"] == "9.2"
    assert f.location.line == 3
    assert "4.1 -> 9.2" in f.message


def test_cm02_measures_order_not_presence(make):
    doc = make("shuffled.md", "# Manual\n\n" + _sections(["9.2", "4.1", "8.4", "5.1", "7.2", "6.1"]))
    assert run(CM02, doc) == []
    assert len(run(CM01, doc)) == 6  # the headings are still clause headings


SHORT_MIRRORED = """# QP-02 Documented Information

## 7.5 Documented information
The organization shall determine the documented information necessary for the effectiveness of the quality
management system. Documented information shall be controlled to ensure it is available where it is needed.

## 8.4 Control of externally provided processes
The organization shall ensure that externally provided processes, products and services conform to
requirements. The organization shall determine the controls to be applied, as applicable.
"""


def test_cm02_a_short_procedure_made_only_of_clause_sections_is_an_error(make):
    from gapscan.model import Severity

    found = run(CM02, make("qp-02.md", SHORT_MIRRORED))
    assert len(found) == 1
    f = found[0]
    assert f.severity is Severity.ERROR
    assert f.metrics["run_length"] == 2 and f.metrics["headings"] == 3
    assert f.location.line == 3 and "7.5 -> 8.4" in f.message


def test_cm02_a_short_run_in_work_written_text_does_not_fire(make):
    # the same two clause headings over concrete steps: a short run fires only with a confident mirrored verdict
    text = """# Supplier deliveries

## 7.5 Documented information
The Goods-In Clerk scans each delivery note into SharePoint within 4 hours and files the paper copy in bay 3.

## 8.4 Control of externally provided processes
The Buyer re-rates each supplier every quarter from the ERP on-time delivery report and emails the result.
"""
    assert run(CM02, make("deliveries.md", text)) == []


# --- CM03 -----------------------------------------------------------------------------------

def test_cm03_fires_per_sentence_with_document_totals(make):
    doc = make("supplier.txt", MIRRORED_SUPPLIER)
    found = run(CM03, doc)
    assert len(found) == 4
    lines = sorted(f.location.line for f in found)
    assert lines == [4, 7, 7, 11]  # lines 7-8 are one paragraph
    top = max(found, key=lambda f: f.metrics["score"])
    assert top.metrics["sentences"] == 4 and top.metrics["of_sentences"] == 4
    assert top.metrics["share"] == 1.0
    assert top.metrics["score"] >= 0.5
    assert any("documented information" in f.metrics["phrases"] for f in found)
    paragraphs = " ".join(b.text for b in doc.blocks)
    assert all(f.evidence[0].text in paragraphs for f in found)


def test_cm03_caps_findings_per_document(make):
    body = "\n\n".join(f"The organization shall determine the needs and expectations of interested parties {i}, as applicable."
                       for i in range(15))
    found = run(CM03, make("many.txt", "POLICY\n\n" + body))
    assert len(found) == 10
    assert found[0].metrics["sentences"] == 15


def test_cm03_ignores_one_hedge_in_an_operational_procedure(make):
    doc = make("goods_in.md", OPERATIONAL_SOP.replace("All deliveries", "All deliveries, as applicable,"))
    assert run(CM03, doc) == []


# --- CM04 -----------------------------------------------------------------------------------

def test_cm04_fires_on_the_organization_as_actor(make):
    doc = make("policy.txt", """
    COMPLAINTS

    The company shall respond to customer complaints in a timely manner.
    Top management shall ensure that complaint trends are reviewed.
    The Customer Service Lead logs each complaint in Zendesk on the day it arrives.
    """)
    found = run(CM04, doc)
    assert [f.metrics["actor"] for f in found] == ["company shall", "Top management shall"]
    assert [f.location.line for f in found] == [3, 3]  # one paragraph: the lines are joined
    assert found[0].metrics["sentences"] == 2 and found[0].metrics["obligations"] == 2
    assert "named" in found[0].message


def test_cm04_ignores_named_roles_and_descriptions_of_the_company(make):
    doc = make("ok.txt", """
    COMPLAINTS

    The company is based in Leeds and makes gearboxes.
    The Quality Manager shall review complaint trends every month in the ERP.
    The Customer Service Lead logs each complaint in Zendesk on the day it arrives.
    """)
    assert run(CM04, doc) == []


ORG_SPEAK = """
SUPPLIERS

The organization shall determine the interested parties relevant to the quality management system, as applicable.
Documented information shall be retained as evidence of the evaluation of external providers.
The company must protect its systems from misuse.
The company is responsible for keeping this policy under review.
The Buyer rates each supplier in SAP every quarter.
"""


def test_a_sentence_whose_only_cue_is_its_actor_is_cm04s_alone(make):
    doc = make("suppliers.txt", ORG_SPEAK)
    cm03 = {f.evidence[0].text: f.message for f in run(CM03, doc)}
    cm04 = {f.evidence[0].text: f.message for f in run(CM04, doc)}
    actor_only = ["The company must protect its systems from misuse.",
                  "The company is responsible for keeping this policy under review."]
    assert all(s in cm04 and s not in cm03 for s in actor_only), (cm03, cm04)
    # restating the standard with the organization as actor: two faults, two findings
    both = next(s for s in cm03 if "interested parties" in s)
    assert both in cm04 and "'interested parties'" in cm03[both]


# --- CM05 -----------------------------------------------------------------------------------

VAGUE = """
TRAINING

Staff receive appropriate training so that they are able to carry out their work properly.
Training needs are considered from time to time and suitable arrangements are put in place.
Where necessary, further training is arranged so that people understand what is expected of them.
The effectiveness of training is considered and improvements are made where they are needed.
Records of training are kept so that the business can show that people have been trained.
People are encouraged to raise any concerns about their training with the relevant people.
"""


def test_cm05_fires_once_on_a_vague_procedure(make):
    doc = make("training.txt", VAGUE)
    found = run(CM05, doc)
    assert len(found) == 1
    f = found[0]
    assert f.location.line == 1
    assert f.metrics["words"] >= 80
    assert f.metrics["anchor_types"] == 0
    assert f.message == ("names no concrete detail in 89 words: no role, system, place, time limit or form says "
                         "who does what, with what, where or by when")
    assert "role" in f.metrics["missing"]


VAGUE_WITH_A_FEW_ANCHORS = """# Training

Staff receive appropriate training so that they are able to carry out their work properly.
Training needs are considered from time to time and suitable arrangements are put in place.
Where necessary, further training is arranged so that people understand what is expected of them.
The effectiveness of training is considered and improvements are made where they are needed.

| Topic | Notes |
|---|---|
| Induction | The HR Manager keeps records of training in SAP so that the business can show that people have been trained. |

People are encouraged to raise any concerns about their training with the Training Coordinator.
"""


def test_cm05_evidence_says_where_each_anchor_it_quotes_is(make):
    (f,) = run(CM05, make("training.md", VAGUE_WITH_A_FEW_ANCHORS))
    assert f.metrics["anchor_types"] == 2
    # one item per anchor, each at its own place; every kind's first example comes before any second one
    assert [(e.text, e.location.describe()) for e in f.evidence] == [
        ("role: Manager", "line 10 row 2"), ("system: SAP", "line 10 row 2"),
        ("role: Training Coordinator", "line 12")]


ACCESS_REVIEW_STEPS = """# Access review

The IT Manager reviews every user account in Okta each quarter and removes leavers within 2 days.
The Service Desk Team records each removal on form IS-04 and escalates a disputed removal to the CISO.
"""

ACCESS_REVIEW_PROSE = """
Access to information is given to people who need it for their work, and it is reviewed so that it stays appropriate.
People are reminded that the information they handle is valuable and that it should be looked after with care.
Concerns about access are raised with the relevant people and are dealt with in a suitable way.
The approach is kept under review and improved where that is found to be worthwhile for everybody involved.
"""


def test_cm05_quiet_on_a_text_naming_many_kinds_at_a_fair_density(make):
    # 7 anchors of 5 kinds ("each quarter" a time limit too) in about 400 words (one every 60 words): it names who, with what, by when and on
    # which form; a finding saying it "names few or none" would be contradicted by its own numbers
    assert run(CM05, make("access.md", ACCESS_REVIEW_STEPS + ACCESS_REVIEW_PROSE * 5)) == []


def test_cm05_on_a_long_sparse_text_says_it_is_the_density_that_is_low(make):
    (f,) = run(CM05, make("access.md", ACCESS_REVIEW_STEPS + ACCESS_REVIEW_PROSE * 9))
    words = f.metrics["words"]
    # 7 anchors: "each quarter" is a time limit beside "within 2 days"
    assert f.metrics["anchor_types"] == 5 and 1000 * 7 / words < 10
    assert f.message.startswith(f"names 7 concrete details in {words} words (")
    # the density in words a reader can picture, against the limit: no 'anchors per 1000 words'
    assert f.message.endswith(f"): one every {words / 7:.0f} words, where a procedure people can follow names one "
                              "every 100 words or fewer")
    assert "kinds" not in f.message and "anchor" not in f.message


def test_cm05_on_few_kinds_says_it_is_the_kinds_that_are_few(make):
    (f,) = run(CM05, make("training.md", VAGUE_WITH_A_FEW_ANCHORS))
    assert f.message.startswith(f"names 3 concrete details in {f.metrics['words']} words (2 roles, 1 system): ")
    assert ": only 2 kinds of detail, where a procedure people can follow names 3 or more; it never names " in f.message


def test_cm05_quiet_on_operational_and_on_short_texts(make):
    assert run(CM05, make("goods_in.md", OPERATIONAL_SOP)) == []
    assert run(CM05, make("short.txt", "NOTE\n\nStaff receive appropriate training.\n")) == []


def test_rules_skip_documents_that_are_not_procedures(make):
    from dataclasses import replace

    from gapscan.model import Kind

    doc = replace(make("supplier.txt", MIRRORED_SUPPLIER), kind=Kind.RECORD)
    for rule in (CM01, CM02, CM03, CM04, CM05):
        assert run(rule, doc) == []


def test_rule_docstrings_explain_why_how_fix():
    for rule in (CM01, CM02, CM03, CM04, CM05):
        assert rule.implemented
        doc = rule.doc
        assert "Why:" in doc and "How:" in doc and "Fix:" in doc, rule.code


def test_cm04_counts_the_obligations_it_finds_among_the_obligations(make):
    """Sentences that oblige by their verb ("ensures", "is responsible for") are obligations in CM04's share:
    the numbers shown are the ones the test uses, never "obligations: 0; sentences: 3; share: 0%"."""
    doc = make("policy.txt", """
    COMPLAINTS

    The company ensures that every complaint is answered.
    Top management is responsible for reviewing complaint trends.
    The organization determines the causes of repeated complaints.
    The Customer Service Lead logs each complaint in Zendesk on the day it arrives.
    """)
    found = run(CM04, doc)
    assert len(found) == 3
    assert {(f.metrics["sentences"], f.metrics["obligations"], f.metrics["share"]) for f in found} == {(3, 3, 1.0)}


def test_cm04_share_of_one_verb_obligation_among_modal_ones(make):
    """One organization-as-actor sentence among six modal obligations of named roles: 1 of 7, under the 20%
    that makes a single sentence a finding; a second such sentence in a shorter text makes it 1 of 2."""
    roles = "\n".join(f"    The Buyer shall check delivery {n} against the purchase order in SAP." for n in range(6))
    doc = make("purchasing.txt", f"""
    PURCHASING

    The organization ensures that suppliers are evaluated.
{roles}
    """)
    assert run(CM04, doc) == []
    doc = make("short.txt", """
    PURCHASING

    The organization ensures that suppliers are evaluated.
    The Buyer shall check each delivery against the purchase order in SAP.
    """)
    found = run(CM04, doc)
    assert [(f.metrics["sentences"], f.metrics["obligations"], f.metrics["share"]) for f in found] == [(1, 2, 0.5)]


def test_cm03_counts_only_the_sentences_it_reports(make):
    # two sentences quote the standard; two more only have "the company" as their actor (CM04's case):
    # the count a client reads beside a CM03 finding is the two, not four
    doc = make("suppliers.txt", ORG_SPEAK)
    found = run(CM03, doc)
    assert len(found) == 2
    total = found[0].metrics["of_sentences"]
    assert all(f.metrics["sentences"] == 2 for f in found), [f.metrics for f in found]
    assert all(f.metrics["share"] == round(2 / total, 3) for f in found)


def test_cm03_needs_its_own_sentences_to_fire(make):
    # one sentence restates the standard; the actor-only ones do not make it two
    doc = make("care.txt", """
    CARE OF SYSTEMS

    Documented information shall be retained as evidence of the review of access rights.
    The company must protect its systems from misuse.
    The company is responsible for keeping this policy under review.
    The company must keep its laptops locked.
    """)
    assert run(CM03, doc) == []
    assert len(run(CM04, doc)) >= 2
