"""The verdict's procedural density counts each role, form, time limit and decision once, not each mention.

Seen on the real corpus (issue 8, session 23 levers28): a consultant's step template (agreed mixed) puts a
"Responsible: Asset Manager" line under every one of its steps and retells the control in the steps themselves
("Scan network and systems for assets"); one role named eleven times in 389 words weighed as eleven details, and the
density of a procedure written around its own people called it operational at 0.94. A reader sees one role. The
same steps with a different owner on each line name that many roles, and still read denser.
"""
from __future__ import annotations

import math

from gapscan.nlp.mirroring import analyze
from gapscan.nlp.verdict import features_of

STEPS = ("Identify the assets in scope", "Scan network and systems for assets", "Record each asset found",
         "Classify each asset by its value", "Assign an owner to each asset", "Review the asset list",
         "Remove assets no longer in use", "Report the results of the review")


def _template(owners: list[str]) -> str:
    lines = ["# Asset Inventory Procedure", "", "## Steps", ""]
    for n, (step, owner) in enumerate(zip(STEPS, owners), 1):
        lines += [f"### Step {n}: {step}", "", f"{step} as the policy requires.", "", f"Responsible: {owner}", ""]
    return "\n".join(lines)


ONE_ROLE = ["Asset Manager"] * len(STEPS)
EIGHT_ROLES = ["Asset Manager", "Network Engineer", "Service Desk Lead", "Finance Controller", "Data Protection Officer",
               "Operations Manager", "Facilities Coordinator", "Security Analyst"]


def test_one_role_repeated_down_a_template_is_one_detail(make):
    a = analyze(make("asset-inventory.md", _template(ONE_ROLE)), "iso27001", use_model=False)
    assert a.anchors["role"] == len(STEPS)  # the mentions are still counted as anchors (CM05, specificity)
    expected = min(1.0, math.log1p(1000.0 / a.words) / math.log(101.0))
    assert abs(a.features["procedural_density"] - expected) < 1e-9  # was the density of 8 mentions
    assert a.procedural_details == 1


def test_different_roles_are_each_a_detail_and_read_denser(make):
    one = analyze(make("asset-inventory.md", _template(ONE_ROLE)), "iso27001", use_model=False)
    eight = analyze(make("asset-inventory-owners.md", _template(EIGHT_ROLES)), "iso27001", use_model=False)
    assert one.anchors["role"] == len(STEPS) and eight.anchors["role"] >= 6  # mentions alike (one name is missed)
    assert eight.features["procedural_density"] > one.features["procedural_density"] + 0.1
    assert eight.procedural_details == eight.anchors["role"]  # each a different role


def test_a_detail_is_the_same_whatever_its_case_spacing_or_plural():
    from gapscan.nlp.mirroring import detail_key

    assert detail_key("Asset  Manager") == detail_key("asset managers") == "asset manager"
    assert detail_key("3 years") == detail_key("3 Year")
    assert detail_key("Security Analyst") != detail_key("Operations Manager")


def test_without_distinct_details_the_mentions_stand_in():
    counts = dict(headings=3, weighted_clause_headings=0.0, run_length=0, sentences=10, speak=0, actors=0, phrases=0,
                  topics=0, bare=5, system_words=0, citations=0, anchors={"role": 8}, words=400, obligations=0,
                  abstract_nouns=0, catalogue_words=0.5)
    mentions = features_of(**counts)["procedural_density"]
    once = features_of(**counts, procedural_details=1)["procedural_density"]
    assert mentions == min(1.0, math.log1p(20.0) / math.log(101.0))
    assert once < mentions
