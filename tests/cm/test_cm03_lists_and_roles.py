"""CM03 reads a sentence with the list it introduces and the heading it sits under.

Judged on a consultant's ISO 27001 pack (docs/SCORING.md, cm03mock and cmfix20), the wrong CM03 findings left were
read without their surroundings: a lead-in whose cadence sits on the next line ("This record shall be reviewed:"
then "- Annually"), the items of a document's own contents list ("This document outlines:" then "- Internal and
external issues"), a risk rating the organisation defined ('rated "High"', "score >= 5"), and duty bullets under a
heading that names the role doing them (the actor is the heading). The text below is written for these tests.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM03

from cm_helpers import run

STANDARD = """The organization shall determine external and internal issues relevant to its purpose.

Top management shall demonstrate leadership and commitment with respect to the management system.

Documented information shall be controlled.
"""


def _page(make, extra: str):
    return make("policy.md", "# Policy\n\n" + STANDARD + "\n" + extra)


def _texts(found) -> list[str]:
    return [f.evidence[0].text for f in found]


def test_a_lead_in_whose_list_gives_a_cadence_is_the_organisations_own(make):
    extra = ("This register shall be reviewed and updated:\n\n"
             "- Quarterly, or\n- When a new supplier is approved\n")
    found = run(CM03, _page(make, extra))
    assert not any(t.startswith("This register shall be reviewed") for t in _texts(found))
    assert len(found) == 3


def test_a_lead_in_whose_list_restates_still_counts(make):
    extra = ("Management reviews are held at planned intervals to:\n\n"
             "- Consider the results of internal audits\n- Decide on opportunities for continual improvement\n")
    found = run(CM03, _page(make, extra))
    assert "Management reviews are held at planned intervals to:" in _texts(found)


def test_a_documents_contents_list_claims_nothing(make):
    extra = ("This procedure covers:\n\n"
             "- Internal and external issues\n- Interested parties and their requirements\n- Risks and opportunities\n")
    found = run(CM03, _page(make, extra))
    texts = _texts(found)
    assert "Internal and external issues" not in texts
    assert "Interested parties and their requirements" not in texts
    assert len(found) == 3


def test_the_same_items_under_a_duty_still_count(make):
    extra = ("Each review considers:\n\n"
             "- Internal and external issues\n- Interested parties and their requirements\n")
    found = run(CM03, _page(make, extra))
    assert "Interested parties and their requirements" in _texts(found)


@pytest.mark.parametrize("sentence", [
    'Risks rated "High" or unacceptable shall be addressed to achieve the intended outcomes of the management system.',
    'Risks rated "Critical" must be addressed to the extent necessary to achieve the intended outcomes.',
    "Risks above the acceptance threshold (score ≥ 12) shall be escalated to top management.",
    "Risks with a score > 9 shall be addressed to achieve the intended outcomes of the management system.",
])
def test_a_rating_the_organisation_defined_is_its_own(make, sentence):
    found = run(CM03, _page(make, sentence + "\n"))
    assert sentence not in _texts(found)
    assert len(found) == 3


def test_duties_under_a_named_role_have_their_actor(make):
    extra = ("## Responsibilities\n\n### Quality Lead – Sam Example\n\n"
             "- Ensures continual improvement of the management system.\n"
             "- Ensures compliance with legal and other requirements.\n")
    found = run(CM03, _page(make, extra))
    texts = _texts(found)
    assert "Ensures continual improvement of the management system." not in texts
    assert "Ensures compliance with legal and other requirements." not in texts
    assert len(found) == 3


def test_duties_under_the_standards_own_actor_still_count(make):
    extra = ("## Responsibilities\n\n### Top Management\n\n"
             "- Ensures continual improvement of the management system.\n")
    found = run(CM03, _page(make, extra))
    assert "Ensures continual improvement of the management system." in _texts(found)


def test_bullets_under_a_heading_that_is_no_role_still_count(make):
    extra = "## Objectives\n\n- Continually improve the management system.\n"
    found = run(CM03, _page(make, extra))
    assert "Continually improve the management system." in _texts(found)


def test_duties_in_a_nested_list_under_a_role_item_have_their_actor(make):
    extra = ("## Responsibilities\n\n1. **Quality Lead**\n"
             "   - Ensures continual improvement of the management system.\n"
             "2. **Site Supervisor**\n"
             "   - Ensures compliance with legal and other requirements.\n")
    found = run(CM03, _page(make, extra))
    texts = _texts(found)
    assert "Ensures continual improvement of the management system." not in texts
    assert "Ensures compliance with legal and other requirements." not in texts
    assert len(found) == 3


def test_an_item_with_its_own_subject_under_a_role_still_counts(make):
    extra = ("## Responsibilities\n\n### Quality Lead\n\n"
             "- Findings are documented and addressed through corrective action.\n")
    found = run(CM03, _page(make, extra))
    assert "Findings are documented and addressed through corrective action." in _texts(found)


def test_a_numbered_step_is_no_parent_of_the_next(make):
    extra = ("## Steps\n\n1. Request checked by the Site Supervisor\n"
             "2. Ensures continual improvement of the management system.\n")
    found = run(CM03, _page(make, extra))
    assert "Ensures continual improvement of the management system." in _texts(found)
