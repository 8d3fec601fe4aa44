"""Claims that held-out lab and hackerspace pages do not make (drhold4, docs/SCORING.md, December 2026): a
document kept "in pdf form" read as a form to fill, and a joke tip to have one's eyes "calibrated by a ...
calibration technician" read as a technician's responsibility."""
from __future__ import annotations

from gapscan.nlp.claims import claims_in_text


def _claims(text):
    return [(c.kind, c.text) for c in claims_in_text(text)]


def test_a_text_kept_in_a_file_format_is_no_form():
    assert _claims("Refer to the lab documentation located in hardcopy in the lab, in pdf form on the lab "
                   "computer.") == []
    assert [k for k, _ in _claims("Results are reported to the client in written form within 5 days.")] == [
        "deadline"]
    # a form named as one still is, whatever file it is
    assert ("form", "uses the pdf form") in _claims("Fill in the PDF form and email it to the Office Manager.")


def test_a_tip_the_reader_may_take_claims_nothing():
    assert _claims("You may find it useful to have your eyeballs calibrated by a certified eyeball calibration "
                   "technician before using this tool.") == []
    assert _claims("You might want to clean the nozzle weekly.") == []
    # an order beside the same words is a claim
    assert _claims("Each gauge is calibrated by the Metrology Technician.") == [
        ("role", "Metrology Technician (responsible): calibrated")]
