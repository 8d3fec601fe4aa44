"""A page of links to other pages is an index, whatever its few link titles that read as orders.

The shape on brisbanemakerspace/bms-wiki (docs/SCORING.md, classify14): policies.md lists the by-laws by name
("Code of Conduct", "Safe Space", "Storage") and the how-to guides by their titles ("Make a tax deductible
donation", "Close up as the last person to leave", "Run a general meeting"). The titles that begin with a verb were
counted as 9 imperative steps, and with 'policies' in its name the page was a procedure, so its links were judged
as a procedure's text. The parser keeps a link's title only, so a list of short titles cannot be told from a
checklist of short orders by its look; the heading above it can: the titles under "Policies" or "How To Guides"
name pages, and a page made mostly of them is an index.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of


LINK_PAGE = """# Introduction

We try to keep the space fun and safe. These are the rules everyone follows, and the guides that explain how
things are done here.

# Policies

- [Constitution](/constitution)
- [Code of Conduct](/bylaws/coc)
- [Safe Space](/bylaws/safespace)
- [Infractions](/bylaws/infractions)
- [Tool Inductions](/bylaws/inductions)
- [Storage](/bylaws/storage)
- [Parking](/bylaws/parking)
- [Fee Schedule](/bylaws/fees)
- [Guests](/bylaws/guests)
- [Working Groups](/bylaws/working-groups)
- [Donations and Loans](/bylaws/donations)

# How to guides

- [Make a donation](/howto/donation)
- [Close up as the last person to leave](/howto/closeup)
- [Charge your electric car](/howto/charge)
- [Manage your membership](/howto/membership)
- [Create an induction](/howto/induction)
- [Run a general meeting](/howto/general-meeting)
"""

CHECKLIST = """# Closing the workshop

Whoever leaves last closes the workshop. Go through the list before you leave.

- Switch off the dust extractor
- Turn off the bandsaw at the wall
- Close the windows
- Lock the tool cabinet
- Empty the bins
- Check the kettle is off
- Switch off the lights
- Set the alarm
- Lock the front door
- Return the key to the safe
- Log the time you left
- Report anything broken
"""


def test_a_page_of_links_is_an_index(tmp_path):
    kind, reason = kind_of(tmp_path, "policies.md", LINK_PAGE)
    assert kind is Kind.OTHER, (kind, reason)
    assert "imperative step" not in reason, reason


def test_a_checklist_of_short_orders_stays_a_procedure(tmp_path):
    kind, reason = kind_of(tmp_path, "closing-procedure.md", CHECKLIST)
    assert kind is Kind.PROCEDURE, (kind, reason)


PROCEDURE_WITH_REFERENCES = """# Closing the workshop

## Purpose

This procedure says how the last member to leave closes the workshop safely, so that nothing is left running and
the building is secure overnight.

## Steps

1. Switch off the dust extractor and the bandsaw at the wall.
2. Close and latch every window.
3. Lock the tool cabinet and return the key to the safe.
4. Set the alarm and lock the front door.
5. Log the time you left in the members app.

## Related documents

- Safety policy
- Tool inductions
- Alarm instructions
- Key register
"""


def test_a_procedure_with_its_related_documents_stays_a_procedure(tmp_path):
    kind, reason = kind_of(tmp_path, "closing-procedure.md", PROCEDURE_WITH_REFERENCES)
    assert kind is Kind.PROCEDURE, (kind, reason)
