"""PS02 and one-letter column names. A held-out HIPAA programme scored its risks in columns 'L', 'I' and 'S';
its control-to-risk traceability table (one row per risk it treats, with the treating standard and the
control) was matched to the risk scoring as a copy of it: 'Treating standard(s)' ends in the letter 's', and
a header whose words all appear in the other's counted as the same column. A one-letter column is the same
column only as the same letter; a matrix that cites the register's risks with columns of its own is not a
second register, and a true copy still is."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings, write_csv as _write


RISKS = [f"R-{i:02d}" for i in range(1, 21)]


def _ps02(root: Path):
    return rule_findings(root, "PS02", '[kinds]\n"*.csv" = "record"\n')


def _scoring(root: Path) -> None:
    _write(root / "risk-scoring.csv", ["ID", "Risk to data", "L", "I", "S", "Rating"],
           [[r, f"Weakness {i} in system {i % 7}", 1 + i % 5, 1 + i % 4, (1 + i % 5) * (1 + i % 4),
             ["Low", "Moderate", "High"][i % 3]] for i, r in enumerate(RISKS)])


def test_a_matrix_that_cites_the_risks_is_not_a_copy_of_the_scoring(tmp_path):
    _scoring(tmp_path)
    _write(tmp_path / "control-traceability.csv",
           ["Risk", "Phase rating", "Treating standard(s)", "Control applied", "Evidence held"],
           [[r, ["Low", "Moderate", "High"][i % 3], f"Standard {i % 6}", f"Control {i}", f"Evidence pack {i}"]
            for i, r in enumerate(RISKS)])
    # before: "control-traceability.csv records 20 of the same ID values as risk-scoring.csv ...
    # (Phase rating, Risk, Treating standard(s))"
    assert _ps02(tmp_path) == []


def test_a_copy_of_the_scoring_with_its_letters_is_still_found(tmp_path):
    _scoring(tmp_path)
    _write(tmp_path / "risk-scoring-copy.csv", ["ID", "Risk to data", "L", "I", "S", "Rating"],
           [[r, f"Weakness {i} in system {i % 7}", 1 + i % 5, 1 + i % 4, (1 + i % 5) * (1 + i % 4),
             ["Low", "Moderate", "High"][i % 3]] for i, r in enumerate(RISKS)])
    found = _ps02(tmp_path)
    assert len(found) == 1 and "20 of the same ID values" in found[0].message
