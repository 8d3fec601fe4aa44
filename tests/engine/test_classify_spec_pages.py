"""A page about one instrument that is mostly its specifications, with a few lines on switching it on, describes the
instrument: it is no procedure.

The shape on a makerspace's wiki (drhold16 artifactory, classify16): each bench instrument has a page, its model
in the title, a "Specifications" list (bandwidth, ranges, resolution), a link to the manual and four to six "Apply
power", "Press AUTOSCALE" lines. Those lines made them procedures and CM05 fired on each ("no roles, no systems").
An operating procedure for a machine that opens with a short list of its specifications, then many steps, keeps its
kind: the specifications must be the larger part of the page.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import assert_kind, kind_of


SPEC_PAGE = """# Bench Universal Counter 5300

## Specifications

- Channels A and B: 0.001 Hz to 100 MHz
- Sensitivity: 15 mV to 20 MHz, 35 mV to 100 MHz
- Impedance: 50 Ohm / 1 MOhm
- Period: 10 ns to 1000 s
- Timebase: 10 MHz oven oscillator

## Basic Operation

- Apply power
- Set FREQ A
- Set AUTO TRIG
- Connect the signal source to channel A
- Check that the display shows the frequency.

User manual: http://example.org/5300-manual.pdf

This counter is on loan to the space; please do not remove it.
"""

PROCEDURE = """# Bench Power Supply 6600 operation

## Specifications

- Output voltage: 0-60 V DC
- Output current: 0-9 A
- Maximum power: 500 W

## Before use

1. Check the mains lead for damage.
2. Disconnect the load from the terminals.
3. Turn the current limit fully anticlockwise.
4. Switch the supply on and wait for the self test.

## Setting the output

5. Press VOLTAGE and key in the voltage you need.
6. Press CURRENT and key in a safe current limit.
7. Short the output and check that the limit holds.
8. Remove the short and connect the load.
9. Press OUTPUT to switch the output on.

## After use

10. Press OUTPUT to switch the output off.
11. Disconnect the load.
12. Switch the supply off at the mains.
13. Record any fault in the equipment log.

Operators must hold the electronics induction. Never leave the supply on unattended.
"""


def test_a_page_of_specifications_is_no_procedure(tmp_path):
    assert_kind(tmp_path, "tools/electronics/counter_5300.md", SPEC_PAGE, Kind.OTHER, "specification")


def test_specifications_introduced_by_a_sentence_count_too(tmp_path):
    text = SPEC_PAGE.replace("## Specifications", "The specifications of the counter are:")
    assert kind_of(tmp_path, "tools/electronics/counter_5300.md", text)[0] is Kind.OTHER


def test_an_operating_procedure_with_a_few_specifications_keeps_its_kind(tmp_path):
    assert_kind(tmp_path, "tools/electronics/psu_6600.md", PROCEDURE, Kind.PROCEDURE)
