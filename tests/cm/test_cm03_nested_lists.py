"""CM03 reads a markdown list item with the list nested under it.

A list item that ends in ':' over its own sub-list is a lead-in, as a paragraph ending in ':' is ("Access rights shall
be reviewed:" then "- quarterly for administrator accounts" states the organisation's own cadence); and a short
label item ("- Quality Lead") over a sub-list of duties names who does them, as a role's heading does. Before, the
parsed list was flat, so neither could be told from a sibling item; the rule only read a paragraph's list, and a
label item with the same marker as its sub-list was passed over for the heading above. The text below is written
for these tests.
"""
from __future__ import annotations

from gapscan.rules.cm import CM03

from cm_helpers import run

STANDARD = """The organization shall determine external and internal issues relevant to its purpose.

Top management shall demonstrate leadership and commitment with respect to the management system.

"""


def _texts(found) -> list[str]:
    return [f.evidence[0].text for f in found]


def test_an_item_over_its_own_sub_list_of_cadences_is_a_lead_in(make):
    doc = make("access.md", "# Access\n\n" + STANDARD + "## Reviews\n\n"
               "- Access rights to information shall be reviewed:\n"
               "  - quarterly for administrator accounts\n"
               "  - annually for all other accounts\n"
               "- Documented information shall be controlled.\n")
    texts = _texts(run(CM03, doc))
    assert "Access rights to information shall be reviewed:" not in texts, texts
    assert "Documented information shall be controlled." in texts, texts


def test_an_item_over_siblings_is_no_lead_in(make):
    doc = make("access.md", "# Access\n\n" + STANDARD + "## Reviews\n\n"
               "- Access rights to information shall be reviewed:\n"
               "- quarterly for administrator accounts\n"
               "- Documented information shall be controlled.\n")
    texts = _texts(run(CM03, doc))
    assert "Access rights to information shall be reviewed:" in texts, texts


def test_duties_nested_under_a_role_item_name_who_does_them(make):
    doc = make("roles.md", "# Roles\n\n" + STANDARD + "## Responsibilities\n\n"
               "- Quality Lead\n"
               "  - Continual improvement of the suitability, adequacy and effectiveness of the management system\n"
               "- Other duties\n"
               "- Continual improvement of the suitability, adequacy and effectiveness of the quality policy\n")
    texts = _texts(run(CM03, doc))
    assert not any("of the management system" in t for t in texts), texts
    assert any("of the quality policy" in t for t in texts), texts
