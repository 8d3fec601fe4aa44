"""`eval_cm.py --real --causes`: the wrong verdicts grouped by the feature that puts each on the wrong side.

A feature's pull on a wrong row is its contribution to the logit (weight x standardised value, in the model
that judged the row) minus its mean contribution among the right rows of the label, signed towards the wrong
verdict; at the mixed/mirrored cut a feature with a weight of its own there adds it. Checked here on models and
rows written for the test, not on the corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from real_corpus_module import real_corpus

ROOT = Path(__file__).resolve().parents[2]


def _corpus():
    return real_corpus()


def _model(weights: dict[str, float], upper: dict[str, float] | None = None):
    from gapscan.nlp.verdict import FEATURES, VerdictModel

    upper = upper or {}
    return VerdictModel(features=FEATURES, mean=(0.0,) * len(FEATURES), scale=(1.0,) * len(FEATURES),
                        weights=tuple(weights.get(f, 0.0) for f in FEATURES), thresholds=(1.0, 4.0),
                        uncertain_below=0.6, upper_features=tuple(upper), upper_weights=tuple(upper.values()))


def _row(**values):
    from gapscan.nlp.verdict import FEATURES

    return {f: values.get(f, 0.0) for f in FEATURES}


def test_the_feature_that_lifts_an_operational_document_to_mixed_is_its_cause():
    rc = _corpus()
    model = _model({"system_vocabulary": 2.0, "concrete_density": -1.0})
    right = [(model, _row(system_vocabulary=0.1, concrete_density=0.5)),
             (model, _row(system_vocabulary=0.3, concrete_density=0.5))]
    # policy register far above the right operational rows; its concrete anchors as theirs
    pulls = rc.pulls(model, _row(system_vocabulary=1.2, concrete_density=0.5), "operational", "mixed", right)
    assert max(pulls, key=pulls.get) == "system_vocabulary"
    assert pulls["system_vocabulary"] == pytest.approx(2.0 * (1.2 - 0.2))
    assert pulls["concrete_density"] == pytest.approx(0.0)


def test_a_pull_is_signed_towards_the_wrong_verdict():
    rc = _corpus()
    model = _model({"concrete_density": -1.0, "speak_share": 1.0})
    right = [(model, _row(concrete_density=0.1, speak_share=0.8))]
    # a mirrored document called mixed: more anchors than the mirrored ones found (pulls down), and more
    # standard-speak than they have (pushes up, so against the wrong verdict: a negative pull)
    pulls = rc.pulls(model, _row(concrete_density=0.9, speak_share=0.9), "mirrored", "mixed", right)
    assert pulls["concrete_density"] == pytest.approx(0.8)
    assert pulls["speak_share"] == pytest.approx(-0.1)
    assert max(pulls, key=pulls.get) == "concrete_density"


def test_a_weight_of_its_own_at_the_upper_cut_counts_only_across_that_cut():
    rc = _corpus()
    model = _model({"bare_share": -1.0}, upper={"bare_share": 3.0})
    right_mirrored = [(model, _row(bare_share=0.9))]
    right_operational = [(model, _row(bare_share=0.3))]
    # across mixed/mirrored the bare share weighs -1 + 3 = 2: a less bare mirrored document falls to mixed
    upper = rc.pulls(model, _row(bare_share=0.4), "mirrored", "mixed", right_mirrored)
    assert upper["bare_share"] == pytest.approx(2.0 * 0.5)
    # across operational/mixed only the one-scale weight acts: a barer operational document is pulled down,
    # not up, by it
    lower = rc.pulls(model, _row(bare_share=0.8), "operational", "mixed", right_operational)
    assert lower["bare_share"] == pytest.approx(-0.5)


def test_a_split_row_is_judged_against_the_label_nearer_the_verdict():
    rc = _corpus()
    assert rc.nearer_label(("operational", "mixed"), "mirrored") == "mixed"
    assert rc.nearer_label(("mixed", "mirrored"), "operational") == "mixed"
    assert rc.nearer_label(("mirrored", "mirrored"), "mixed") == "mirrored"


def test_causes_group_the_wrong_rows_of_an_evaluation(monkeypatch):
    rc = _corpus()
    model = _model({"system_vocabulary": 2.0, "concrete_density": -1.0})
    data = [("a1", "src/a", ("operational", "operational"), _row(system_vocabulary=0.1), 0.0),
            ("a2", "src/a", ("operational", "operational"), _row(system_vocabulary=1.5), 0.0),
            ("b1", "src/b", ("mixed", "mixed"), _row(system_vocabulary=0.6), 0.0),
            ("b2", "src/b", ("operational", "operational"), _row(system_vocabulary=0.2), 0.0)]
    monkeypatch.setattr(rc, "_labelled_rows", lambda variant: data)
    monkeypatch.setattr(rc, "own_rows", lambda use_model: [])
    monkeypatch.setattr(rc, "_fold_model", lambda train, own: model)
    groups = rc.causes("model")
    # a2 is operational called mixed (z 3.0 between the thresholds 1 and 4): the one wrong row, pulled by the register
    assert [(g.labels, g.predicted, g.feature, [r[0] for r in g.rows]) for g in groups] == [
        ("operational", "mixed", "system_vocabulary", ["a2"])]
    text = rc.causes_report(groups, "model")
    assert "operational -> mixed" in text and "system_vocabulary" in text and "a2" in text
