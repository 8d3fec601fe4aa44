"""What an annotator reaches when their labels are scored the way the verdict is (bench/eval_cm.py --real
--ceiling; docs/SCORING.md, round 16), on label pairs written here."""
from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _eval_cm():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("eval_cm_ceiling", ROOT / "bench" / "eval_cm.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_cm_ceiling"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_an_annotator_matches_either_label_by_construction_but_not_the_other_annotator():
    pairs = [("operational", "operational"), ("operational", "mixed"), ("mixed", "mixed"),
             ("mirrored", "mixed"), ("mirrored", "mirrored")]
    c = _eval_cm().annotator_ceiling(pairs, draws=20)
    for name in ("A", "B"):
        assert c[name]["accuracy"] == 1.0
        assert c[name]["agreed_accuracy"] == 1.0
        assert c[name]["vs_other"] == pytest.approx(3 / 5)
        assert c[name]["severe_vs_other"] == 0


def test_a_mirrored_label_against_an_operational_one_is_a_severe_disagreement_for_both():
    pairs = [("mirrored", "operational"), ("mixed", "mixed"), ("operational", "operational")]
    c = _eval_cm().annotator_ceiling(pairs, draws=20)
    assert c["A"]["severe_vs_other"] == 1
    assert c["B"]["severe_vs_other"] == 1
    assert c["A"]["vs_other"] == pytest.approx(2 / 3)


def test_a_score_without_ties_cannot_reach_one_against_tied_labels():
    # labels 0, 0, 1, 2 in the label order: ranks 1.5, 1.5, 3, 4 against a score ranked 1, 2, 3, 4;
    # covariance 4.5, variances 5 and 4.5, so the best Spearman is 4.5 / sqrt(22.5) = sqrt(0.9)
    pairs = [("operational", "operational"), ("operational", "operational"), ("mixed", "mixed"),
             ("mirrored", "mirrored")]
    c = _eval_cm().annotator_ceiling(pairs, draws=50)
    assert c["ceiling"]["spearman"] == pytest.approx(math.sqrt(0.9))
    assert c["A"]["spearman"] == pytest.approx(1.0)  # the labels themselves, ties kept
    # made a score without ties, the same labels fall to the ceiling (here the order within the tie is all there is)
    assert c["A"]["spearman_untied"] == pytest.approx(math.sqrt(0.9))


def test_untied_labels_fall_below_the_ceiling_when_the_annotators_disagree():
    pairs = [("operational", "operational")] * 6 + [("operational", "mixed")] * 2 + [("mixed", "mixed")] * 4 + \
            [("mixed", "mirrored")] + [("mirrored", "mirrored")] * 3
    c = _eval_cm().annotator_ceiling(pairs, draws=100)
    for name in ("A", "B"):
        assert c[name]["spearman_untied_min"] <= c[name]["spearman_untied"] <= c[name]["spearman_untied_max"]
        assert c[name]["spearman_untied"] < c["ceiling"]["spearman"]
        assert c[name]["spearman_untied"] < c[name]["spearman"]


def test_an_annotators_confidence_orders_their_unsure_labels_towards_the_other_annotators():
    # A calls two documents operational; on the one A is unsure of, B says mixed: ordered by A's confidence,
    # that document ranks above the sure one, as the label order has it
    pairs = [("operational", "mixed"), ("operational", "operational"), ("mixed", "mixed"), ("mirrored", "mirrored")]
    confidences = [("low", "medium"), ("high", "high"), ("high", "high"), ("high", "high")]
    c = _eval_cm().annotator_ceiling(pairs, draws=20, confidences=confidences)
    unsure_last = _eval_cm().annotator_ceiling(pairs, draws=20,
                                               confidences=[("high", "medium"), ("low", "high"), ("high", "high"),
                                                            ("high", "high")])
    assert c["A"]["spearman_confident"] > unsure_last["A"]["spearman_confident"]
    assert c["A"]["spearman_confident"] == pytest.approx(c["ceiling"]["spearman"])
