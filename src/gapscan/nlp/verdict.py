"""The calibrated clause-mirroring verdict: an ordinal logistic model over a procedure's features.

The signals of `mirroring.py` (clause headings, clause order, standard-speak and organization-as-actor
sentences, operational anchors) rank documents well, but fixed thresholds on two hand-weighted scores do
not transfer from the documents we wrote to real ones. This module turns the signals into a small
feature vector and fits a proportional-odds (ordinal logistic) model to labelled documents:

    P(label <= k) = sigmoid(threshold_k - w . x [- v . x_upper at the mixed/mirrored cut]),
    labels ordered operational < mixed < mirrored

Sixteen weights, one more for each feature in UPPER, and two thresholds, stored as JSON in
`gapscan/data/verdict_model.json` and written by
`python bench/eval_cm.py --real --fit`. A verdict comes with the probability of its class; below
`uncertain_below` the verdict is reported as uncertain (docs/SCORING.md has the corpus, the
leave-one-source-out validation and the numbers).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping, Sequence

CLASSES = ("operational", "mixed", "mirrored")  # ordered: the label order of the ordinal model

# Each feature is scaled to roughly 0..1 before standardisation, so the stored weights read directly.
FEATURES = (
    # (weighted clause headings + headings inside a numbered clause heading's section) / headings (0 with fewer than 2)
    "clause_heading_share",
    "clause_headings",  # log(1 + weighted clause headings) / log(21): how many, saturating near 20
    "order_share",  # longest increasing clause run / headings (0 for a run under 3)
    "speak_share",  # standard-speak sentences / sentences
    "actor_share",  # organization-as-actor sentences / sentences
    "phrase_rate",  # standard phrases per sentence, capped at 1 (flagged or not)
    "topic_rate",  # the standard's topic terms ("objectives", "competence", "risks") per sentence, capped at 1
    "bare_share",  # sentences that name no role, system, place, number, time limit, form or decision
    "system_vocabulary",  # log(1 + management-system words per 1000 words) / log(1001) (lexicon.py)
    "citation_rate",  # log(1 + clause numbers cited in the text per 1000 words) / log(101)
    "concrete_density",  # log(1 + systems, equipment, places, quantities and teams per 1000 words) / log(101)
    # log(1 + distinct roles, forms, time limits and decisions per 1000 words) / log(101): each detail once, so a
    # template's one role repeated down eleven steps is one detail, not eleven (SCORING.md round 31)
    "procedural_density",
    "anchor_variety",  # kinds of anchor found / 9
    # sentences with shall/must/should/will that name an anchor or a decision / sentences: a "shall" restated with
    # nothing of the work in it is the standard's voice, not a procedure's instruction (SCORING.md, session 24)
    "obligation_share",
    "abstract_noun_share",  # abstract nouns (-tion, -ment, -ity, -ness, -ance, -ence; 6+ letters) / words
    "catalogue_words",  # share of the text's indexable words its clause catalogue uses (mirroring.catalogue_share)
)
# Features with a weight of their own at the mixed/mirrored cut (partial proportional odds). A bare sentence
# (no role, system, number or limit) says "mixed rather than operational" once the anchor densities are
# allowed for, and "mirrored rather than mixed": one weight for both cuts averaged the two signs away
# (docs/SCORING.md, rounds 9 and 10).
UPPER = ("bare_share",)
CONCRETE = ("system", "equipment", "place", "quantity", "team")  # things only this organisation has
PROCEDURAL = ("role", "form", "duration", "decision")  # the shape of any procedure, generic ones included


@dataclass(frozen=True, kw_only=True)
class VerdictModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    thresholds: tuple[float, float]
    uncertain_below: float
    trained_on: str = ""
    upper_features: tuple[str, ...] = ()  # UPPER: their extra weights act at the mixed/mirrored cut only
    upper_weights: tuple[float, ...] = ()
    # the least and the greatest value of each feature among the rows the model was fitted on: a document
    # beyond them is read at the edge, since a linear model knows nothing of what lies past its data (a text of
    # bullet lists with twice the corpus's densest abstract nouns is not twice as mirrored; SCORING.md round 23)
    low: tuple[float, ...] = ()
    high: tuple[float, ...] = ()

    def within(self, x: Mapping[str, float]) -> dict[str, float]:
        """x with each feature held to the range the model was fitted on (unchanged when it has none)."""
        if not self.low or not self.high:
            return {f: x[f] for f in self.features}
        return {f: min(hi, max(lo, x[f])) for f, lo, hi in zip(self.features, self.low, self.high)}

    def standardised(self, x: Mapping[str, float]) -> dict[str, float]:
        """Each feature of x, held to the fitted range, in standard deviations from the fitted rows' mean."""
        held = self.within(x)
        return {f: (held[f] - m) / s for f, m, s in zip(self.features, self.mean, self.scale)}

    def probabilities(self, x: Mapping[str, float]) -> tuple[float, float, float]:
        """P(operational), P(mixed), P(mirrored) for one feature mapping."""
        std = self.standardised(x)
        z = sum(w * std[f] for f, w in zip(self.features, self.weights))
        upper = sum(w * std[f] for f, w in zip(self.upper_features, self.upper_weights))
        low = _sigmoid(self.thresholds[0] - z)
        mid = max(low, _sigmoid(self.thresholds[1] - z - upper))
        return low, mid - low, 1.0 - mid

    def to_json(self) -> str:
        return json.dumps({
            "features": list(self.features), "mean": _round(self.mean), "scale": _round(self.scale),
            "weights": _round(self.weights), "thresholds": _round(self.thresholds),
            "upper_features": list(self.upper_features), "upper_weights": _round(self.upper_weights),
            "low": _round(self.low), "high": _round(self.high),
            "uncertain_below": self.uncertain_below, "trained_on": self.trained_on,
        }, indent=2) + "\n"


@dataclass(frozen=True, kw_only=True)
class Calibrated:
    """A verdict with the model's probability for each class."""

    verdict: str  # one of CLASSES
    probability: float  # P(verdict)
    probabilities: Mapping[str, float]
    uncertain: bool  # probability below the model's `uncertain_below`


def features_of(*, headings: int, weighted_clause_headings: float, run_length: int, sentences: int,
                speak: int, actors: int, phrases: int, topics: int, bare: int, system_words: int,
                citations: int, anchors: Mapping[str, int], words: int, obligations: int,
                abstract_nouns: int, catalogue_words: float, section_headings: int = 0,
                procedural_details: int | None = None) -> dict[str, float]:
    """The model's features from the counts a MirroringAnalysis holds. `section_headings`: headings inside the
    section of a clause heading keyed by the clause's number (mirroring.nested_under_clauses), which count in the
    share of the outline the clauses hold, not in the number of clause headings. `procedural_details`: how many
    different roles, forms, time limits and decisions the text names (mirroring.detail_key); None: their
    mentions in `anchors` stand in."""
    def density(count: float) -> float:
        return min(1.0, math.log1p(1000.0 * count / words) / math.log(101.0)) if words else 0.0

    return {
        "clause_heading_share": (min(1.0, (weighted_clause_headings + section_headings) / headings)
                                 if headings >= 2 else 0.0),
        "clause_headings": min(1.0, math.log1p(weighted_clause_headings) / math.log(21.0)),
        "order_share": min(1.0, run_length / headings) if headings >= 2 and run_length >= 3 else 0.0,
        "speak_share": speak / sentences if sentences else 0.0,
        "actor_share": actors / sentences if sentences else 0.0,
        "phrase_rate": min(1.0, phrases / sentences) if sentences else 0.0,
        "topic_rate": min(1.0, topics / sentences) if sentences else 0.0,
        "bare_share": bare / sentences if sentences else 0.0,
        "system_vocabulary": min(1.0, math.log1p(1000.0 * system_words / words) / math.log(1001.0)) if words else 0.0,
        "citation_rate": density(citations),
        "concrete_density": density(sum(anchors.get(k, 0) for k in CONCRETE)),
        "procedural_density": density(sum(anchors.get(k, 0) for k in PROCEDURAL)
                                      if procedural_details is None else procedural_details),
        "anchor_variety": min(1.0, sum(1 for v in anchors.values() if v) / 9.0),
        "obligation_share": obligations / sentences if sentences else 0.0,
        "abstract_noun_share": min(1.0, abstract_nouns / words) if words else 0.0,
        "catalogue_words": catalogue_words,
    }


def calibrate(x: Mapping[str, float], model: VerdictModel | None = None) -> Calibrated:
    model = model or load()
    probs = model.probabilities(x)
    k = max(range(3), key=lambda i: probs[i])
    return Calibrated(verdict=CLASSES[k], probability=round(probs[k], 3),
                      probabilities={c: round(p, 3) for c, p in zip(CLASSES, probs)},
                      uncertain=probs[k] < model.uncertain_below)


@lru_cache(maxsize=1)
def load() -> VerdictModel:
    """The shipped model (gapscan/data/verdict_model.json)."""
    raw = json.loads(resources.files("gapscan").joinpath("data", "verdict_model.json").read_text("utf-8"))
    return from_mapping(raw)


def from_mapping(raw: Mapping) -> VerdictModel:
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"verdict model features {raw['features']} do not match {list(FEATURES)}")
    upper = tuple(raw.get("upper_features", ()))
    if any(f not in FEATURES for f in upper):
        raise ValueError(f"verdict model upper features {list(upper)} are not all in {list(FEATURES)}")
    return VerdictModel(features=FEATURES, mean=tuple(raw["mean"]), scale=tuple(raw["scale"]),
                        weights=tuple(raw["weights"]), thresholds=tuple(raw["thresholds"]),
                        uncertain_below=float(raw["uncertain_below"]), trained_on=raw.get("trained_on", ""),
                        upper_features=upper, upper_weights=tuple(raw.get("upper_weights", ())),
                        low=tuple(raw.get("low", ())), high=tuple(raw.get("high", ())))


def fit(rows: Sequence[Mapping[str, float]], labels: Sequence[int], weights: Sequence[float] | None = None, *,
        l2: float = 1.0, uncertain_below: float = 0.6, trained_on: str = "",
        upper: Sequence[str] = UPPER) -> VerdictModel:
    """Fit the (partial) proportional-odds model by Newton's method on the penalised log-likelihood.

    `labels` index CLASSES; `weights` lets a row labelled differently by two annotators enter twice at
    half weight. `l2` is the ridge penalty on the (standardised) weights, not on the thresholds. The
    features in `upper` get a second weight, added at the mixed/mirrored cut only.
    """
    import numpy as np

    x = np.array([[r[f] for f in FEATURES] for r in rows], dtype=float)
    y = np.asarray(labels, dtype=int)
    sw = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    xs = (x - mean) / scale
    n_f = xs.shape[1]
    upper = tuple(upper)
    xu = xs[:, [FEATURES.index(f) for f in upper]]
    n_u = len(upper)
    # parameters: w (n_f), v (n_u), t0, d (t1 = t0 + exp(d) keeps the thresholds ordered)
    theta = np.zeros(n_f + n_u + 2)
    theta[-2], theta[-1] = -1.0, math.log(2.0)

    def nll(p):
        return _nll(p, xs, xu, y, sw, l2, n_f, n_u)

    for _ in range(200):
        g, h = _numeric_grad_hess(nll, theta)
        try:
            step = np.linalg.solve(h + 1e-6 * np.eye(len(theta)), g)
        except np.linalg.LinAlgError:
            step = g * 0.1
        t = 1.0
        base = nll(theta)
        while t > 1e-4 and nll(theta - t * step) > base - 1e-4 * t * float(g @ step):
            t *= 0.5
        theta = theta - t * step
        if float(np.max(np.abs(t * step))) < 1e-7:
            break
    w = theta[:n_f]
    v = theta[n_f:n_f + n_u]
    t0 = theta[-2]
    t1 = t0 + math.exp(theta[-1])
    return VerdictModel(features=FEATURES, mean=tuple(map(float, mean)), scale=tuple(map(float, scale)),
                        weights=tuple(map(float, w)), thresholds=(float(t0), float(t1)),
                        uncertain_below=uncertain_below, trained_on=trained_on, upper_features=upper,
                        upper_weights=tuple(map(float, v)), low=tuple(map(float, x.min(axis=0))),
                        high=tuple(map(float, x.max(axis=0))))


def _nll(p, xs, xu, y, sw, l2, n_f, n_u) -> float:
    import numpy as np

    w = p[:n_f]
    v = p[n_f:n_f + n_u]
    t0 = p[-2]
    t1 = t0 + np.exp(p[-1])
    z = xs @ w
    c0 = _np_sigmoid(t0 - z)
    # the upper weights can cross the two cuts for an extreme row: P(mixed) is then 0, never negative
    c1 = np.maximum(c0, _np_sigmoid(t1 - z - xu @ v))
    probs = np.stack([c0, c1 - c0, 1.0 - c1], axis=1)
    picked = np.clip(probs[np.arange(len(y)), y], 1e-12, 1.0)
    return float(-(sw * np.log(picked)).sum() + 0.5 * l2 * (w @ w + v @ v))


def _numeric_grad_hess(f, p, eps: float = 1e-4):
    """Central differences: ten parameters and a few hundred rows make this cheap and keep the code short."""
    import numpy as np

    n = len(p)
    g = np.zeros(n)
    h = np.zeros((n, n))
    f0 = f(p)
    e = np.eye(n) * eps
    fp = [f(p + e[i]) for i in range(n)]
    fm = [f(p - e[i]) for i in range(n)]
    for i in range(n):
        g[i] = (fp[i] - fm[i]) / (2 * eps)
        h[i, i] = (fp[i] - 2 * f0 + fm[i]) / eps ** 2
        for j in range(i + 1, n):
            h[i, j] = h[j, i] = (f(p + e[i] + e[j]) - fp[i] - fp[j] + f0) / eps ** 2
    return g, h


def _sigmoid(v: float) -> float:
    v = max(-60.0, min(60.0, v))
    return 1.0 / (1.0 + math.exp(-v))


def _np_sigmoid(v):
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(v, -60.0, 60.0)))


def _round(values) -> list[float]:
    return [round(float(v), 6) for v in values]
