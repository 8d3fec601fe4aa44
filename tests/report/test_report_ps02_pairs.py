"""PS02's numbers read as pairs, not as a list that repeats itself.

Seen on a real PCI set: "shared columns: Decided by, Decided by, Decision, Decision, ID, ID, Rationale,
Rationale, Reference, Reference" (each column here and its match there, flattened) and "row share: 1, 0.833"
(a share of each file's rows, not written as one)."""
from __future__ import annotations

from gapscan.report.common import metric_lines


def test_ps02_column_pairs_and_shares_read_as_pairs():
    metrics = {"rows_matched": [5, 5], "row_share": [1.0, 0.833],
               "shared_columns": [["ID", "ID"], ["Next review", "Next review"],
                                  ["PCI validation status", "Validation status"], ["Service provider", "Provider"]]}
    lines = metric_lines(metrics, limit=9, rule="PS02")
    assert "columns in common (here = there): ID, Next review, PCI validation status = Validation status, " \
           "Service provider = Provider" in lines, lines
    assert "row share (here, there): 100%, 83%" in lines, lines
    assert "rows matched (here, there): 5, 5" in lines, lines
