"""A run without the shipped sentence model says so in its report.

Two helpers ran a copy of src/ without models/ beside it: the model was not found, the verdicts and CM03 fell back
to the word lists without a word (CM03 gave 10 findings on a set where the full install gives 91), and nothing in
the report showed it. Now every report format carries one whole-run line naming the missing model."""
from __future__ import annotations

import json

from gapscan import config as config_mod
from gapscan import engine
from gapscan.nlp import sentence_model
from gapscan.report import render

PROCEDURE = ("# Purchasing\n\n## 1. Purpose\n\nThe buyer raises a purchase order in the ERP for every supplier "
             "delivery over 500 EUR.\n\n## 2. Steps\n\n1. The buyer checks the supplier is approved.\n"
             "2. The stores clerk books the goods in within 2 days.\n")


def _report(root):
    cfg = config_mod.load(config_mod.discover(root))
    return engine.run([root], cfg, engine.RunOptions(jobs=1, timestamp=False),
                      warn=lambda msg: None)


def test_a_missing_sentence_model_is_said_in_the_report(tmp_path, monkeypatch):
    (tmp_path / "purchasing.md").write_text(PROCEDURE, encoding="utf-8")
    monkeypatch.setattr(sentence_model, "model_path", lambda: None)
    report = _report(tmp_path)
    assert engine.NO_SENTENCE_MODEL in report.run_errors
    assert "sentence model not installed" in render(report, "markdown")
    assert engine.NO_SENTENCE_MODEL in json.loads(render(report, "json"))["run_errors"]


def test_an_installed_model_adds_no_line(tmp_path):
    (tmp_path / "purchasing.md").write_text(PROCEDURE, encoding="utf-8")
    assert sentence_model.model_path() is not None
    assert not any("sentence model" in line for line in _report(tmp_path).run_errors)


def test_a_set_without_procedures_needs_no_model(tmp_path, monkeypatch):
    (tmp_path / "log.csv").write_text("date,item,by\n2026-01-05,pump check,AB\n2026-01-12,pump check,AB\n",
                                      encoding="utf-8")
    monkeypatch.setattr(sentence_model, "model_path", lambda: None)
    assert not any("sentence model" in line for line in _report(tmp_path).run_errors)
