"""The shipped sentence classifier: loads offline and fast, separates fresh sentences, and the
metrics in models/README.md match what the model does on its held-out file."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gapscan.nlp import sentence_model

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models"

# Written for this test only; none of these is in models/corpus (checked below).
FRESH_STANDARD = [
    "The organization shall determine the boundaries of its management system, taking account of relevant issues.",
    "Top management shall make certain that the management system is aligned with the business strategy.",
    "Appropriate documented information shall be retained to show that the planned arrangements have been carried out.",
    "The company shall ensure that interested parties are considered when objectives are set.",
    "Suitable criteria for the assessment of providers shall be determined and applied as necessary.",
    "Where applicable, the organisation shall establish methods to ensure the validity of results.",
    "Management is committed to the continual improvement of the integrated management system.",
    "The effectiveness of actions taken to address risks shall be evaluated at planned intervals.",
    "Relevant requirements shall be communicated to personnel, as appropriate, to ensure conformity.",
    "The organization ensures that changes to the management system are carried out in a planned manner.",
    "Processes shall be monitored and, where appropriate, measured to demonstrate their ability to achieve planned results.",
    "The organisation shall maintain awareness of its compliance obligations and their applicability.",
    "Necessary resources shall be determined and provided for the establishment and maintenance of the system.",
    "Outputs of the review shall include any need for changes to the management system.",
    "The organization shall take appropriate action to mitigate adverse effects, as necessary.",
    "Top management ensures that the integrity of the system is maintained during changes.",
    "This procedure defines the arrangements for ensuring conformity with the requirements of the standard.",
    "Competence requirements shall be determined and the effectiveness of training evaluated where relevant.",
    "The company shall identify the needs and expectations of relevant parties and review them as appropriate.",
    "Nonconformities shall be reviewed and their causes determined to prevent recurrence.",
]
FRESH_OPERATIONAL = [
    "The Press Operator checks the blank thickness with the micrometer every 50 hits and writes it on the tally sheet.",
    "If the fryer oil reads above 24% polar compounds on the tester, the Kitchen Supervisor changes the oil before the lunch rush.",
    "Dispatch loads the Birmingham trailer last so it can be unloaded first at 06:00.",
    "Ana from Accounts pays approved supplier invoices every second Thursday through the banking portal.",
    "The Duty Engineer restarts the chiller from panel CP-3 and tells the Facilities Manager by text.",
    "Samples from each tanker are tested for antibiotics in the intake lab before the milk is pumped into silo 2.",
    "When the label printer jams, stop the bagger, clear the roll and reprint the last ten labels.",
    "The Night Supervisor counts the cash bags twice and seals them in the safe before 23:30.",
    "Fork trucks are charged in the battery bay at the end of each shift and the charger log is initialled.",
    "Kevin rotates the on-call phone every Monday morning and updates the rota pinned in Slack.",
    "The lab sends the COA to the customer by email within two hours of the batch passing.",
    "Operators wipe the touch screens with alcohol wipes at the start of each shift.",
    "Any patient-facing device that drops on the floor is sent to Biomedical Engineering for a function check.",
    "Roofers clip on to the running line before stepping past the edge protection.",
    "The planner prints tomorrow's route sheets at 15:00 and hands them to the drivers' pigeonholes.",
    "Water meter readings at the car wash are entered in the sustainability sheet on the last Friday of the month.",
    "New hires shadow a senior agent for five shifts and take twenty supervised calls before going live.",
    "The sprinkler valve is turned and the alarm bell tested every Wednesday by the caretaker.",
    "Rejected cartons are flattened and put in the blue cage behind line 4 for the recycler's Tuesday pickup.",
    "Ravi signs off the penetration test report and opens a Jira ticket for every high finding the same day.",
]


@pytest.fixture(scope="module")
def model():
    loaded = sentence_model.load()
    if loaded is None:
        pytest.fail("the sentence model is missing: run `.venv/bin/python models/train.py`")
    return loaded


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_model_is_found_in_the_source_tree_or_package(model):
    assert sentence_model.model_path() == model.path
    assert (model.path / "config.cfg").is_file()


def test_loading_is_offline(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the sentence model tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    from gapscan.nlp.pipeline import get_nlp

    get_nlp()  # the shared tokenizer is the pipeline's cost, not the classifier's
    path = sentence_model.model_path()
    fresh = sentence_model.load_from(path)
    assert fresh is not None and fresh.score(["The organization shall determine the issues."])[0] > 0.5


def test_fresh_sentences_are_not_in_the_corpus():
    corpus = {row["text"] for row in _rows(MODELS / "corpus" / "sentences.jsonl")}
    assert not corpus & set(FRESH_STANDARD + FRESH_OPERATIONAL)


def test_fresh_standard_speak_scores_high_and_operational_low(model):
    standard = sentence_model.score_sentences(FRESH_STANDARD)
    operational = sentence_model.score_sentences(FRESH_OPERATIONAL)
    assert sum(s >= 0.5 for s in standard) >= 18, list(zip(standard, FRESH_STANDARD))
    assert sum(s < 0.5 for s in operational) >= 18, list(zip(operational, FRESH_OPERATIONAL))
    assert sum(standard) / len(standard) - sum(operational) / len(operational) > 0.6


def test_scores_are_probabilities_in_order_and_empty_text_is_zero(model):
    texts = ["", "   ", FRESH_OPERATIONAL[0], FRESH_STANDARD[0]]
    scores = sentence_model.score_sentences(texts)
    assert len(scores) == 4 and all(0.0 <= s <= 1.0 for s in scores)
    assert scores[:2] == [0.0, 0.0]
    assert scores[2] < scores[3]
    assert sentence_model.score_sentences([]) == []


def test_missing_or_broken_model_is_none_not_an_exception(tmp_path):
    assert sentence_model.load_from(tmp_path) is None
    broken = tmp_path / "broken"
    (broken / "textcat").mkdir(parents=True)
    (broken / "config.cfg").write_text("this is not a spaCy config", "utf-8")
    (broken / "textcat" / "model").write_bytes(b"\x00garbage")
    assert sentence_model.load_from(broken) is None


def test_score_sentences_is_none_without_a_model(monkeypatch):
    monkeypatch.setattr(sentence_model, "load", lambda: None)
    assert sentence_model.score_sentences(["The organization shall act."]) is None


def test_held_out_split_shares_no_sentences_or_templates_with_train():
    train = _rows(MODELS / "corpus" / "split" / "train.jsonl")
    held = _rows(MODELS / "corpus" / "split" / "heldout.jsonl")
    assert not {r["text"] for r in train} & {r["text"] for r in held}
    assert not {r["group"] for r in train} & {r["group"] for r in held}
    total = len(train) + len(held)
    assert 0.15 <= len(held) / total <= 0.30
    assert {r["label"] for r in held} == {"STANDARD_SPEAK", "OPERATIONAL"}


def _readme_table(section: str) -> dict[str, dict[str, float]]:
    rows = re.findall(r"^\| (STANDARD_SPEAK|OPERATIONAL) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\d+) \|$", section, re.M)
    return {label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(n)}
            for label, p, r, f, n in rows}


def test_readme_metrics_match_a_fresh_evaluation_on_the_held_out_file(model):
    readme = (MODELS / "README.md").read_text("utf-8")
    section = readme.split("<!-- metrics:start -->", 1)[1].split("<!-- metrics:end -->", 1)[0]
    overall = section.split("Held-out, hand-written")[0]
    reported = _readme_table(overall)
    assert set(reported) == {"STANDARD_SPEAK", "OPERATIONAL"}

    held = _rows(MODELS / "corpus" / "split" / "heldout.jsonl")
    scores = sentence_model.score_sentences([r["text"] for r in held])
    for label, claim in reported.items():
        predicted = ["STANDARD_SPEAK" if s >= 0.5 else "OPERATIONAL" for s in scores]
        gold = [r["label"] for r in held]
        tp = sum(p == g == label for p, g in zip(predicted, gold))
        precision = tp / max(1, sum(p == label for p in predicted))
        recall = tp / max(1, sum(g == label for g in gold))
        assert claim["support"] == sum(g == label for g in gold)
        assert precision >= claim["precision"] - 0.01, (label, precision, claim)
        assert recall >= claim["recall"] - 0.01, (label, recall, claim)
        assert precision <= claim["precision"] + 0.01 and recall <= claim["recall"] + 0.01
        assert claim["f1"] >= 0.85  # a model this far below would not be worth shipping


def test_gapscan_loader_scores_like_a_full_spacy_load(model):
    # The loader borrows the shared pipeline's tokenizer; if that tokenizer is ever
    # customised, scores would drift from what the model was trained on.
    import spacy

    reference = spacy.load(model.path)
    texts = FRESH_STANDARD[:5] + FRESH_OPERATIONAL[:5]
    expected = [doc.cats["STANDARD_SPEAK"] for doc in reference.pipe(texts)]
    assert sentence_model.score_sentences(texts) == pytest.approx(expected, abs=1e-5)
