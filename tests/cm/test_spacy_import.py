"""spaCy imported without its command line (gapscan/nlp/spacy_import.py) still works as spaCy: the
pipeline, the sentence model, and spaCy's own command line when something asks for it afterwards.
Each case runs in a fresh interpreter: in this one spaCy may be imported already."""
from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import json, sys
from gapscan.nlp.pipeline import get_nlp
from gapscan.nlp import sentence_model

nlp = get_nlp()
left_out = sorted(m for m in ("spacy.cli", "weasel", "requests", "httpx") if m in sys.modules)
doc = nlp("The Quality Manager signs form QF-14 within 2 days. The organization shall determine the risks.")
anchors = [(s.label_, s.text) for s in doc.spans["anchors"]]
speak = [(s.label_, s.text) for s in doc.spans["speak"]]
sentences = [s.text for s in doc.sents]
model = sentence_model.load()
scores = model.score(["The organization shall determine the external and internal issues relevant to its purpose.",
                      "The Shift Lead records the first-off measurements on form QF-14 before the batch is released."])
import spacy
import spacy.cli  # spaCy's command line, imported for real now that it is asked for
info = spacy.info()
print(json.dumps({"left_out": left_out, "anchors": anchors, "speak": speak, "sentences": sentences,
                  "scores": scores, "cli": spacy.cli.__file__, "download": callable(spacy.cli.download),
                  "version": info["spacy_version"], "expected_version": spacy.__version__}))
"""


def test_spacy_works_without_its_command_line_at_import():
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    # what the quicker import leaves out was not imported by building the pipeline and loading the model
    assert out["left_out"] == []
    assert ["role", "Quality Manager"] in out["anchors"] and ["form", "form QF-14"] in out["anchors"]
    assert ["duration", "2 days"] in out["anchors"]
    assert out["sentences"] == ["The Quality Manager signs form QF-14 within 2 days.",
                                "The organization shall determine the risks."]
    assert out["speak"] == [["modal", "shall determine"], ["topic", "risks"]]
    clause_speak, operational = out["scores"]
    assert clause_speak > 0.5 > operational
    # the real command line afterwards, and spacy.info, which spacy/__init__ takes from it
    assert out["cli"].endswith("spacy/cli/__init__.py") and out["download"]
    assert out["version"] == out["expected_version"]
