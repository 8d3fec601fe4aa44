"""Claims a lab's chemical SOPs do not make (held out, docs/SCORING.md, December 2026): ethidium bromide "in
powder form" read as a form to fill, and the hazard-class definitions' test durations read as time limits."""
from __future__ import annotations

from gapscan.nlp.claims import claims_in_text


def _kinds(text):
    return [(c.kind, c.text) for c in claims_in_text(text) if c.kind in ("form", "deadline")]


def test_a_substance_in_powder_or_liquid_form_is_no_form():
    assert _kinds("Weigh the stain in powder form inside the fume hood.") == []
    assert _kinds("When used in liquid form, keep the bottle in secondary containment.") == []
    # a form named as one still is
    assert _kinds("Complete the chemical collection request form before the waste is picked up.") == [
        ("form", "uses the chemical collection request form")]


def test_a_definition_with_a_test_duration_sets_no_time_limit():
    assert _kinds("A substance that has a lethal dose of more than 200 mg per kg when held against the skin "
                  "for 24 hours (or less if the animal dies within 24 hours) is toxic.") == []
    assert _kinds("An agent which causes irritation in air above 200 ppm within one hour of exposure is "
                  "a respiratory hazard.") == []


def test_an_order_in_a_sentence_about_a_kind_of_thing_is_still_a_time_limit():
    [(kind, text)] = _kinds("A spill that has reached the floor drain must be reported to EH&S within 24 hours.")
    assert kind == "deadline" and text.endswith("within 24 hours")
    [(kind, _)] = _kinds("Report any exposure to your supervisor within 24 hours.")
    assert kind == "deadline"
