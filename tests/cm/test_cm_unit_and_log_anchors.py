"""CM05 held out (4 December): working notes name who and on which record as people write them: a unit by
its function ("escalate to Operations", "so Facilities can order a part", "**Customer Support:**") and the
log they keep in lower case ("in the maintenance log") and a role by what it owns, in capitals ("**CAPA Owner:**"). Those are the organisation's own anchors; a subject
("Information Security"), a document title and a template's record ("the risk register") are not."""
from __future__ import annotations

import pytest

from gapscan.nlp.pipeline import get_nlp
from gapscan.rules.cm import CM05

from cm_helpers import anchors, procedure, run


@pytest.mark.parametrize("text, expected", [
    ("If the timeout repeats, escalate to Operations for a full tram.", ("Operations", "team")),
    ("Log it and escalate so Facilities can order a replacement sensor.", ("Facilities", "team")),
    ("Escalate to Ops if the alarm returns.", ("Ops", "team")),
    ("- **Customer Support:** handles customer calls and keeps support records.", ("Customer Support", "team")),
    ("Roles: IT Operations (owner), Security Operations, SRE.", ("Security Operations", "team")),
    ("Record nozzle swaps in the maintenance log.", ("maintenance log", "form")),
    ("Log the run in the sample run log with the filament colour.", ("sample run log", "form")),
    ("- **CAPA Owner:** implements the actions and provides evidence.", ("CAPA Owner", "role")),
    ("The QA Lead signs the release.", ("QA Lead", "role")),
])
def test_units_and_logs_named_as_people_write_them(text, expected):
    assert expected in anchors(text)


@pytest.mark.parametrize("text, false_anchor", [
    ("Protect Information Security at all times.", "Security"),
    ("See the Security Operations Center Policy.", "Security Operations"),
    ("Operations are planned each year.", "Operations"),
    ("Staff keep logs of visitor access.", "logs"),
    ("Plan Preventive Maintenance with the vendor.", "Maintenance"),
    ("NOTE Lead time is two weeks.", "NOTE Lead"),
    ("6. Restore to Normal Operations when the primary site is healthy.", "Normal Operations"),
    ("ISO Lead Auditor training is planned.", "ISO Lead"),
])
def test_subjects_titles_and_kinds_are_not(text, false_anchor):
    assert false_anchor not in [t for t, _ in anchors(text)], anchors(text)


def test_template_log_stays_generic():
    from gapscan.nlp.mirroring import own_anchors

    doc = get_nlp()("Record every risk in the risk register.")
    assert ("risk register", "form") in [(s.text, s.label_) for s in doc.spans["anchors"]]
    assert not own_anchors(doc)


NOTES = """
    # Troubleshooting - bench printer

    | Symptom | Likely cause | Quick fix | If it persists |
    |---|---|---|---|
    | First layer smears | Wipe pad saturated | Swap the pad and rerun the start script | Escalate to Operations so we can tune the start code |
    | False runout alarms | Dusty window on the runout switch | Clean the window and reseat the guide tube | Escalate to Facilities and ask for a replacement |

    ## First layer smears
    1. Look at the wipe pad; if it is shiny or dripping, replace it.
    2. Check the purge length against the start script before the next print.
    3. Write the change in the maintenance log before the shift ends.

    ## False runout alarms
    1. Open the cover and blow out the dust with compressed air.
    2. Make sure the guide tube seats fully and is not kinked.
    3. If the alarm comes back, note it in the incident log and escalate so Facilities can replace the switch.
"""


def test_cm05_counts_the_units_and_logs_of_working_notes(tmp_path):
    doc = procedure(tmp_path, "troubleshooting.md", NOTES)
    assert run(CM05, doc) == []


def test_cm05_still_reports_notes_that_name_neither(tmp_path):
    bare = NOTES.replace("Operations", "the people in charge").replace("Facilities", "someone") \
        .replace("the maintenance log", "writing").replace("the incident log", "writing")
    # without its teams and logs the page still names 8 details (equipment and decisions) in 131 words: dense
    # enough not to be "few" (test_cm05_dense_few_kinds.py); with that reading off, it has too few kinds
    findings = run(CM05, procedure(tmp_path, "troubleshooting.md", bare),
                   options={"CM05": {"dense_per_1000_words": 10_000}})
    assert len(findings) == 1
    f = findings[0]
    assert f.path == "troubleshooting.md"
    assert "team" not in f.metrics["anchors"] or f.metrics["anchors"]["team"] == 0
    assert f.metrics["anchor_types"] < 3, f.message
