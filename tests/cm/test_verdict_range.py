"""A feature beyond anything the verdict model was fitted on is read at the edge of the fitted range
(verdict.VerdictModel.within; docs/SCORING.md round 23).

A generated task-layout SOP (1. Purpose / 2. Scope / ... / 5. Procedure with 5.1-5.3 subsections of noun-phrase
bullets) has abstract nouns in a third of its words, where the densest of the 402 fitted documents has a quarter:
a linear model read that excess as ever more mirrored, and called such SOPs mirrored with no clause heading, no
clause order and no restated requirement in them (held out: 7 of 51 roofing-contractor SOPs)."""
from __future__ import annotations

from cm_helpers import procedure
from gapscan.nlp import verdict as vm
from gapscan.nlp.mirroring import analyze

# written for this test in the register of a text generator's SOP: generic, but laid out around a task
GENERATED_SOP = """
    # SOP-31: Quality Audit Program Management

    ## 1. Purpose
    Establish systematic procedures for internal quality audit planning, execution, documentation and follow-up to support compliance verification, performance evaluation and continuous improvement.

    ## 2. Scope
    Applies to audit personnel, quality coordination staff and department management involved in quality audit activities.

    ## 3. Responsibilities
    - **Audit Coordinator**: Audit program administration, auditor assignment, report consolidation
    - **Site Supervisor**: Audit cooperation, information provision, corrective action implementation

    ## 4. Materials and Equipment
    - Audit checklists and finding report forms
    - Tablets and digital cameras for evidence photos
    - Shared drive folder for audit files

    ## 5. Procedure

    ### 5.1 Audit Program Planning
    1. **Annual Schedule Preparation**
       - Risk-based frequency determination and prioritization
       - Resource allocation and auditor qualification verification
       - Management communication and schedule confirmation
       - Documentation of program objectives and evaluation criteria

    ### 5.2 Audit Execution
    1. **Evidence Collection and Evaluation**
       - Documentation review and process observation
       - Personnel interviews and record examination
       - Nonconformity identification and classification
       - Improvement opportunity identification and documentation

    ### 5.3 Reporting and Follow-Up
    1. **Audit Report Preparation**
       - Consolidation of findings and conformity evaluation
       - Corrective action requirements and verification
       - Effectiveness evaluation and management notification
       - Continuous improvement integration and performance monitoring

    ## 6. Quality Standards
    - Audit reports issued within 5 working days of the closing meeting
    - Corrective action closure verified within 30 days
"""


def _rows():
    rows, labels = [], []
    for k in range(30):
        t = k / 29
        row = {f: 0.5 for f in vm.FEATURES}
        row.update(speak_share=t, clause_headings=t, abstract_noun_share=0.05 + 0.15 * t,
                   concrete_density=1.0 - t)
        rows.append(row)
        labels.append(0 if t < 0.34 else 1 if t < 0.67 else 2)
    return rows, labels


def test_a_fitted_model_knows_the_range_it_was_fitted_on():
    rows, labels = _rows()
    model = vm.fit(rows, labels)
    k = vm.FEATURES.index("abstract_noun_share")
    assert model.low[k] == 0.05 and abs(model.high[k] - 0.2) < 1e-9
    again = vm.from_mapping(__import__("json").loads(model.to_json()))
    assert again.high[k] == round(model.high[k], 6) and again.low[k] == 0.05


def test_a_feature_past_the_fitted_range_counts_as_the_edge_not_beyond_it():
    rows, labels = _rows()
    model = vm.fit(rows, labels)
    edge = dict(rows[15], abstract_noun_share=0.2)
    past = dict(rows[15], abstract_noun_share=0.45)
    assert model.probabilities(past) == model.probabilities(edge)
    below = dict(rows[15], abstract_noun_share=0.0)
    assert model.probabilities(below) == model.probabilities(dict(rows[15], abstract_noun_share=0.05))


def test_a_model_file_without_a_range_reads_features_as_they_are():
    model = vm.load()
    bare = vm.VerdictModel(features=model.features, mean=model.mean, scale=model.scale, weights=model.weights,
                           thresholds=model.thresholds, uncertain_below=model.uncertain_below,
                           upper_features=model.upper_features, upper_weights=model.upper_weights)
    x = {f: 0.5 for f in vm.FEATURES}
    x["abstract_noun_share"] = 0.45
    assert bare.probabilities(x) != model.probabilities(x)


def test_the_shipped_model_holds_the_range_of_the_corpus():
    model = vm.load()
    assert len(model.low) == len(model.high) == len(vm.FEATURES)
    assert all(lo <= hi for lo, hi in zip(model.low, model.high))
    # 0.24 on the 413-file corpus; session 19 (corpus19) added ffrproc's generated SOPs themselves (abstract nouns up
    # to 0.40 of their words), so the fitted range now reaches them
    assert model.high[vm.FEATURES.index("abstract_noun_share")] < 0.45


def test_a_generated_task_layout_sop_is_not_called_mirrored(tmp_path):
    """Failed before the fix: mirrored at P 0.76 (abstract nouns 0.38 of its words, 0.24 the fitted maximum)."""
    doc = procedure(tmp_path, "SOP-31.md", GENERATED_SOP)
    a = analyze(doc)
    assert not a.clause_headings and a.order_run.length == 0
    assert a.verdict.value != "mirrored", (a.verdict, a.verdict_probability)
    # the range's clamp is tested above on a fitted model of its own: since session 19 the shipped model was fitted on
    # ffrproc's SOPs too (corpus19), so this text (0.38) lies inside its range and the fit itself reads it
