"""The edges of a page's lines and rectangles are made straight from their two corner points; they must be the
dicts pdfplumber's line_to_edge and rect_to_edges make from the pdfminer-shaped object, key for key and value for
value (signed zeros, NaN and infinities included), as the table finder reads them."""
from __future__ import annotations

import math
import random

from pdfplumber.utils import line_to_edge, rect_to_edges

from gapscan.ingest import pdf


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    return type(a) is type(b) and a == b


def _equal(mine: dict, theirs: dict) -> bool:
    return list(mine) == list(theirs) and all(_same(mine[k], theirs[k]) for k in theirs)


def test_line_and_rectangle_edges_equal_pdfplumbers() -> None:
    rng = random.Random(11)
    values = [0.0, -0.0, 1.5, -3.25, 72.0, 792.0, 1e-9, float("nan"), float("inf"), float("-inf")]
    for _ in range(5_000):
        p = (rng.choice(values + [rng.uniform(-900, 900)]), rng.choice(values + [rng.uniform(-900, 900)]))
        q = (rng.choice(values + [p[0], rng.uniform(-900, 900)]), rng.choice(values + [p[1], rng.uniform(-900, 900)]))
        height = rng.choice([792.0, 841.89, 0.0])
        line = line_to_edge(pdf._box("line", [p, q], height))
        assert _equal(pdf._line_edge(p, q, height), line), (p, q, height)
        rect = rect_to_edges(pdf._box("rect", [p, q], height))
        mine = pdf._rect_edges(p, q, height)
        assert len(mine) == 4 and all(_equal(m, t) for m, t in zip(mine, rect)), (p, q, height)
