"""The ruled-table cell search (pdf._cells) must find the cells pdfplumber's intersections_to_cells finds, in
its order, on grids with missing, short and doubled rules; it looks for the points right of a corner only as
far as a cell needs them."""
from __future__ import annotations

import random

from pdfplumber.table import edges_to_intersections, intersections_to_cells

from gapscan.ingest import pdf


def _edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}


def _ragged_grid(rng: random.Random) -> list[dict]:
    xs = sorted(rng.sample(range(0, 400, 20), rng.randrange(2, 8)))
    ys = sorted(rng.sample(range(0, 400, 15), rng.randrange(2, 8)))
    edges = []
    for y in ys:  # a rule across some span of the columns, sometimes in two pieces, sometimes missing
        if rng.random() < 0.15:
            continue
        a, b = sorted(rng.sample(xs, 2))
        if rng.random() < 0.3 and b - a > 20:
            mid = rng.choice([x for x in xs if a < x < b] or [a])
            edges += [_edge("h", a, y, mid, y), _edge("h", mid, y, b, y)]
        else:
            edges.append(_edge("h", a, y, b, y))
    for x in xs:
        if rng.random() < 0.15:
            continue
        a, b = sorted(rng.sample(ys, 2))
        edges.append(_edge("v", x, a, x, b))
        if rng.random() < 0.2:
            edges.append(_edge("v", x, ys[0], x, ys[-1]))  # a doubled rule
    return edges


def test_cells_are_pdfplumbers_on_ragged_grids() -> None:
    rng = random.Random(5)
    compared = 0
    for _ in range(1_500):
        intersections = edges_to_intersections(_ragged_grid(rng), 3, 3)
        expected = intersections_to_cells(intersections)
        assert pdf._cells(intersections) == expected
        compared += len(expected)
    assert compared > 1_000  # the grids do make cells
