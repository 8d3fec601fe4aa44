"""A page that introduces a section or chapter is no procedure, whatever the length of its outline.

The shape on hmasing/solo_aviation_playbook@e490b329 (docs/SCORING.md, classify15): each section has a README and a
"00-chapter-overview" that say what the section covers, under headings named after its procedures ("Payment
Processing and Collections Process"), with a few sentences that begin with a verb. The procedure-style headings and
"N words under M headings" made them procedures, and CM05 then asked each for the parts of a procedure. A page named
an overview, an introduction or a README is judged on its own steps and obligations only: one that is a procedure
(a README holding the steps) keeps its kind.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind


TOPICS = ["Goods Receiving Process", "Stock Count Process", "Returns Handling Process", "Scope of Supplier Work",
          "Responsibilities of the Stores Team", "Records Kept by Stores"]

OVERVIEW = "# Warehouse Operations - Chapter Overview\n\nThis chapter gathers the warehouse procedures.\n\n" + "".join(
    f"## {t}\n\nThis part of the chapter covers the care of the goods that arrive, are kept "
    f"and leave, and what the warehouse aims for in the way of accuracy, care and speed across the year.\n\n"
    f"- Accuracy of the counts\n- Care of the goods\n- Timely dispatch\n\n" for t in TOPICS)

PROCEDURE_README = """# Goods receiving

## Purpose

How goods are received at the dock.

## Steps

1. Check the delivery note against the purchase order.
2. Inspect every pallet for damage before signing.
3. Record the delivery in the goods-in log.
4. Move accepted goods to the quarantine bay.
5. Tell the buyer about any shortage the same day.
6. File the signed delivery note.

The receiver shall not sign for goods that were not counted.
"""


def test_chapter_overview_is_other(tmp_path):
    assert _kind(tmp_path, "warehouse/00-chapter-overview.md", OVERVIEW) is Kind.OTHER


def test_section_readme_is_other(tmp_path):
    assert _kind(tmp_path, "warehouse/README.md", OVERVIEW.replace(" - Chapter Overview", "")) is Kind.OTHER


def test_readme_that_is_a_procedure_keeps_its_kind(tmp_path):
    assert _kind(tmp_path, "receiving/README.md", PROCEDURE_README) is Kind.PROCEDURE


def test_outline_without_overview_name_is_still_read_as_before(tmp_path):
    # the same outline under a procedure's name is not called an overview: the name is what tells
    assert _kind(tmp_path, "warehouse/goods-procedure.md", OVERVIEW.replace("Chapter Overview", "Procedure")) \
        is Kind.PROCEDURE


def test_overview_titled_like_a_section_is_still_an_overview(tmp_path):
    # "# Roles and Responsibilities" is the chapter's title here, not the section a procedure opens with
    text = OVERVIEW.replace("# Warehouse Operations - Chapter Overview", "# Roles and Responsibilities")
    assert _kind(tmp_path, "roles/00-chapter-overview.md", text) is Kind.OTHER


def test_readme_opening_with_purpose_and_scope_keeps_its_kind(tmp_path):
    text = "# Corrective action\n\n## Purpose, Scope and Users\n\nHow nonconformities are corrected.\n\n" + \
        PROCEDURE_README.split("## Steps", 1)[1].join(["## Steps", ""])
    assert _kind(tmp_path, "06 Corrective Actions/README.md", text) is Kind.PROCEDURE


MANUAL_README = """# Welcome to the dye house

Location: Building 4, ground floor

This manual serves as the baseline for operators, temporary staff and visitors to the dye house.

## Contents

- Introduction
- Tank layout
- Daily checks
- Chemical handling

## Introduction

The dye house runs three vats on two shifts and the steam plant that feeds them.

## Daily checks

Read the vat temperatures at the start of each shift and write them in the shift log.
Check the effluent pH before any discharge, and stop the discharge when it reads under 6.
Top up the salt store from the bagged stock and note the bags used.

## Chemical handling

Wear gloves and goggles when opening a drum, and keep drums closed when not in use.
"""


def test_readme_that_says_it_is_the_manual_keeps_its_kind(tmp_path):
    # a folder's README that opens by saying it is the manual (a lab's or a plant's operating manual) is that
    # manual, even with a contents list and few numbered steps; before, the name outweighed its own instructions
    assert _kind(tmp_path, "dyehouse/README.md", MANUAL_README) is Kind.PROCEDURE


def test_readme_naming_the_whole_playbook_in_passing_is_still_an_overview(tmp_path):
    text = OVERVIEW.replace(" - Chapter Overview", "").replace(
        "This chapter gathers the warehouse procedures.", "Terms used across this playbook are listed in each part.")
    assert _kind(tmp_path, "warehouse/README.md", text) is Kind.OTHER
