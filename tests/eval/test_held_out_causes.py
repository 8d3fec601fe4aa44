"""`eval_cm.py --held-out FOLDER --labels FILE`: a labelled set from outside the corpus judged by the shipped
verdict, each wrong verdict with the features that pull it furthest to the wrong side (round 17's measure, the
references being the corpus's right rows of the label). Checked here on tiny generated files, a model written
for the test and references written for it, not on the corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from real_corpus_module import real_corpus

ROOT = Path(__file__).resolve().parents[2]

WORK = """# Backup procedure

The Platform team runs the nightly backup of the Postgres cluster to the Frankfurt S3 bucket at 02:00.
The on-call engineer checks the Grafana backup panel within 30 minutes and restores one table every Monday.
If a job fails twice, the engineer opens a P2 ticket in Jira and calls the duty manager within 1 hour.
"""


def _corpus():
    return real_corpus()


def _model():
    from gapscan.nlp.verdict import FEATURES, VerdictModel

    weights = {"concrete_density": -3.0, "procedural_density": -1.0}
    return VerdictModel(features=FEATURES, mean=(0.0,) * len(FEATURES), scale=(1.0,) * len(FEATURES),
                        weights=tuple(weights.get(f, 0.0) for f in FEATURES), thresholds=(-1.5, 0.5),
                        uncertain_below=0.6)


def _references():
    from gapscan.nlp.verdict import FEATURES

    return {label: [{f: 0.0 for f in FEATURES}] for label in ("operational", "mixed", "mirrored")}


def test_a_wrong_verdict_names_the_feature_that_pulls_it(tmp_path):
    rc = _corpus()
    (tmp_path / "Clause 8 - Operation").mkdir()
    (tmp_path / "Clause 8 - Operation" / "Backup.md").write_text(WORK, encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    labels.write_text("# path\tverdict\nClause 8 - Operation/Backup.md\tmirrored\n", encoding="utf-8")
    rows = rc.held_out(tmp_path, rc.read_held_out_labels(labels), model=_model(), references=_references())
    assert [(r.path, r.label, r.verdict) for r in rows] == [("Clause 8 - Operation/Backup.md", "mirrored", "operational")]
    feature, pull = rows[0].pulls[0]
    assert feature == "concrete_density" and pull > 0
    assert rc.held_out_report(rows).splitlines()[-1] == "right 0 of 1"


def test_a_right_verdict_has_no_pulls_and_a_missing_file_is_a_row_with_its_reason(tmp_path):
    rc = _corpus()
    (tmp_path / "Backup.md").write_text(WORK, encoding="utf-8")
    rows = rc.held_out(tmp_path, {"Backup.md": "operational", "Gone.md": "mixed"}, model=_model(),
                       references=_references())
    assert rows[0].verdict == "operational" and rows[0].pulls == ()
    assert rows[1].verdict is None and "Gone.md" in rows[1].error


@pytest.mark.parametrize("line", ["Backup.md\tsomewhat mirrored", "Backup.md"])
def test_a_label_file_with_a_bad_line_is_refused_with_its_line_number(tmp_path, line):
    rc = _corpus()
    labels = tmp_path / "labels.tsv"
    labels.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        rc.read_held_out_labels(labels)
