"""A cadence heading times the routine under it, not what to do when something goes wrong. A lab's page
"# Daily Tasks" lists "1. Check the CO2 tank" and under it "- If the CO2 tank is low, contact the lab manager":
the check is daily; the call is made only when the tank is low, and was read as a daily claim. An item that
opens with a condition (if, unless, in case, should ...) says what to do when the condition holds; the items
beside it keep the heading's cadence."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.nlp.claims import extract_claims

PAGE = """# Freezer room

## Daily checks

- Read the freezer thermometer and write the reading on the sheet.
- If the check fails, record the time and the action in the deviation log.
- **If the CO2 tank is low**, tell the lab manager so more can be ordered.
- Should the alarm sound, move the samples to the spare freezer.
- In case of a power cut, call the facilities desk.
- Wipe the door seals.
- Should be signed off by the shift lead.

## Weekly

- Defrost the ice tray.
- Unless the room is locked, check the spill kit is complete.
"""


def _heading_claims(tmp_path: Path) -> dict[str, float]:
    path = tmp_path / "freezer.md"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path, "freezer.md")
    return {c.activity: c.interval_days for c in extract_claims(doc) if c.kind == "frequency"}


def test_an_item_that_opens_with_a_condition_takes_no_cadence_from_its_heading(tmp_path):
    found = _heading_claims(tmp_path)
    for words in ("If the check fails", "If the CO2 tank is low", "Should the alarm sound", "In case of a power cut",
                  "Unless the room is locked"):
        assert not any(words in activity for activity in found), (words, found)


def test_the_routine_items_beside_it_keep_the_cadence(tmp_path):
    found = _heading_claims(tmp_path)
    assert any(a.startswith("Read the freezer thermometer") and d == 1 for a, d in found.items()), found
    assert any(a.startswith("Wipe the door seals") and d == 1 for a, d in found.items()), found
    assert any(a.startswith("Should be signed off") and d == 1 for a, d in found.items()), found
    assert any(a.startswith("Defrost the ice tray") and d == 7 for a, d in found.items()), found
