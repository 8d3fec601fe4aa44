"""A wiki's landing page whose list items link to pages not yet written is a contents list (session 23, kinds23).

Real corpus q047 (UWAMakers/wikijs equipment/laser/manual.md, both annotators: other, "mostly a list of links"): a
Wiki.js page for the laser cutter lists its articles ("Start up procedure", "Using the rotary axis", "The laser head
moves, but won't cut") as links with an empty target, "[Start up procedure]()", the wiki's link to a page still to be
written. The markdown reader dropped a link with no target from Block.links, so those items were no links to the
contents-list rule, and its troubleshooting titles (a symptom each, up to 15 words) were longer than the 8 words a
page's title was allowed there: 'manual' in its file name made it a procedure.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Kind

from classify_helpers import assert_kind, kind_of

WIKI_PAGE = """<!-- TITLE: Printer Handbook -->

Before your induction, read the [SOP]() and the [Quick Start Card](), then the *First prints* section below.

The articles here are for any time you are unsure how to go on with a print.

### First prints

* [Preparing a model for slicing]()
	* Bring the file on a memory stick
* [Loading filament]()
* [Levelling the bed]()
* [Starting and watching the first layer]()

### Care

* [Cleaning the nozzle](/equipment/printer/nozzle)
* [Weekly checks](/equipment/printer/weekly)

### When things go wrong

* [The extruder clicks but no plastic comes out of the nozzle at all]()
* [The first layer peels away from the bed before the print ends]()
* [Prints shift sideways half way up]()
* [Strings of plastic are left between the separate parts of the model]()
* [The printer stops with a thermal runaway message on its screen]()

### Other resources

*None yet. Tell the equipment team if you find one worth adding.*
"""


def test_a_link_with_no_target_is_kept_as_a_link(tmp_path: Path):
    path = tmp_path / "page.md"
    path.write_text("Read the [SOP]() and the [card](card.md) first.\n\n- [Loading filament]()\n", encoding="utf-8")
    blocks = parse_file(path, "page.md").text_blocks()
    assert blocks[0].text == "Read the SOP and the card first."
    assert blocks[0].links == ("", "card.md")
    assert blocks[1].type is BlockType.LIST_ITEM and blocks[1].links == ("",)


def test_a_wiki_page_of_links_to_pages_not_yet_written_is_a_contents_list(tmp_path: Path):
    assert_kind(tmp_path, "equipment/printer/manual.md", WIKI_PAGE, Kind.OTHER, "a contents list: 11 of",
                "'Preparing a model for slicing'")


def test_a_procedure_whose_steps_link_to_unwritten_pages_stays_a_procedure(tmp_path: Path):
    # the steps are sentences with a link in them, not page titles: no contents list
    steps = "\n".join(f"{n}. Fill in the [{f} form]() and send it to the workshop lead." for n, f in enumerate(
        ["booking", "induction", "material", "risk", "waste", "fault", "repair", "loan", "key", "access"], 1))
    text = f"# Workshop Access Procedure\n\n## Purpose\n\nHow a member gets access to the workshop.\n\n## Steps\n\n{steps}\n"
    kind, why = kind_of(tmp_path, "procedures/workshop-access.md", text)
    assert kind is Kind.PROCEDURE, why
    assert "contents list" not in why
