"""Three readings of claims seen wrong on real sets (session 13's leftovers).

- "daily" before a noun for work in general ("keep daily operations running", "in daily use") says the work goes
  on every day, not that a thing is done once a day: no record could show it. "the daily operations meeting" is a
  meeting held daily: that stays a cadence.
- "Calibrate meter weekly or before each batch" gives two ways to meet it: a cadence OR an event. The record
  satisfies either, so a gap of more than a week is no drift unless a batch ran in it. The claim keeps its
  activity ("Calibrate meter", not "Calibrate meter or before each batch") and carries the event alternative.
- An acronym defined for a network protocol ("File Transfer Protocol (FTP)") names no record type; a protocol
  of tests ("Test Protocol (TP)") still does.
"""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _cadences(text: str):
    return [c for c in claims_in_text(text) if c.kind == "frequency"]


@pytest.mark.parametrize("text", [
    "The operations manager must keep daily operations running during the outage.",
    "Keep daily operations running.",
    "Scanners in daily use shall be wiped down.",
    "The site lead oversees daily activities.",
])
def test_daily_work_in_general_is_no_cadence(text):
    assert _cadences(text) == [], [(c.activity, c.phrase) for c in _cadences(text)]


@pytest.mark.parametrize("text, activity", [
    ("The daily operations meeting is held in the control room.", "operations meeting"),
    ("The shift team attends the daily operations meeting.", "operations meeting"),
    ("The supervisor records daily operations.", "records operations"),
    ("Tier 1 systems are under daily use-case review.", "use case review"),
    ("Run the daily running-versus-intended configuration assertion.", "running versus intended"),
    ("Operators must check the daily operations log.", "operations log"),
    ("The supervisor must record daily operations checks.", "operations checks"),
])
def test_a_daily_thing_of_operations_is_still_a_cadence(text, activity):
    (c,) = _cadences(text)
    assert c.interval_days == 1 and activity in c.activity, c


@pytest.mark.parametrize("text, event", [
    ("Calibrate meter weekly or before each batch.", "before each batch"),
    ("The balance is checked monthly or after it is moved.", "after it is moved"),
    ("Filters must be changed quarterly or whenever the alarm sounds.", "whenever the alarm sounds"),
])
def test_a_cadence_or_an_event_keeps_its_activity_and_the_event(text, event):
    (c,) = _cadences(text)
    assert " or " not in c.activity and not c.activity.endswith(event.split()[-1]), c.activity
    assert c.or_event == event, c


def test_a_plain_cadence_has_no_event_alternative():
    (c,) = _cadences("Calibrate the meter weekly before the first batch.")
    assert c.or_event is None and c.interval_days == 7


def test_a_choice_of_two_cadences_is_still_no_claim():
    assert _cadences("Calibrate meter weekly or monthly.") == []


def _anchors(text: str) -> list[str]:
    from gapscan.nlp.pipeline import get_nlp

    doc = get_nlp()(text)
    return [s.text for s in doc.spans["anchors"]]


@pytest.mark.parametrize("text, name", [
    ("Files are sent to the bank over File Transfer Protocol (FTP) each night.", "File Transfer Protocol (FTP)"),
    ("Servers take their clock from the Network Time Protocol (NTP).", "Network Time Protocol (NTP)"),
    ("Uploads use the Secure File Transfer Protocol (SFTP).", "Secure File Transfer Protocol (SFTP)"),
    ("Switches are polled by Simple Network Management Protocol (SNMP).", "Simple Network Management Protocol (SNMP)"),
])
def test_a_network_protocol_is_no_record_type(text, name):
    assert not any(name.endswith(a) or a.endswith(name.split(" (")[1]) for a in _anchors(text)), _anchors(text)


@pytest.mark.parametrize("text, name", [
    ("Results go into the Test Protocol (TP) signed by the tester.", "Test Protocol (TP)"),
    ("Each Clinical Investigation Protocol (CIP) is approved by the sponsor.", "Clinical Investigation Protocol (CIP)"),
])
def test_a_protocol_of_work_is_still_a_record_type(text, name):
    assert name in _anchors(text), _anchors(text)


@pytest.mark.parametrize("text, relative", [
    ("At the first committee meeting after each annual general meeting, the committee must consider each officer "
     "appointment.", "after each annual general meeting"),
    ("Before the annual general meeting, the secretary must contact each current officer.",
     "Before the annual general meeting"),
    ("Appointments expire on the day of the next annual general meeting after the appointment is made.",
     "next annual general meeting"),
])
def test_a_cadence_that_names_the_meeting_an_activity_is_timed_from_is_event_relative(text, relative):
    (c,) = _cadences(text)
    assert c.relative_to == relative, c


@pytest.mark.parametrize("text", [
    "The Day Pass rate is reviewed during each Annual General Meeting.",
    "The annual review meeting is held in March.",
    "Officers are reviewed annually after the audit.",
])
def test_a_cadence_of_the_activity_itself_is_not_event_relative(text):
    (c,) = _cadences(text)
    assert c.relative_to is None, c
