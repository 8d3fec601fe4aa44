"""The catalogue's draws_on relations: clause numbers of the same standard, each with its reason."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from gapscan.clauses import STANDARDS, load
from gapscan.mapping import core


@pytest.mark.parametrize("key", sorted(STANDARDS))
def test_every_relation_names_another_main_body_clause_of_the_same_standard_with_a_reason(key):
    raw = json.loads(resources.files("gapscan").joinpath("data", "clauses", f"{key}.json").read_text("utf-8"))
    catalogue = load(key)
    for entry in raw["clauses"]:
        for relation in entry.get("draws_on", ()):
            assert set(relation) == {"clause", "why"}, (key, entry["number"], relation)
            target = catalogue.get(relation["clause"])
            assert target is not None and not target.is_annex and target.number != entry["number"], relation
            assert len(relation["why"].split()) >= 4, relation


def test_the_relations_the_standards_structure_gives_reach_the_mapping_units():
    drawn = {u.number: u.draws_on for u in core.units("iso27001")}
    assert drawn["4.3"] == {"4.1", "4.2"}
    assert {"9.1", "9.2", "10.2"} <= drawn["9.3"]
    assert drawn["9.2"] == frozenset()  # the audit draws on no other clause: the relation has a direction
    assert load("iso9001").get("4.3").draws_on == ("4.1", "4.2")
    assert {u.number: u.draws_on for u in core.units("iso13485")}["5.6"] == {"8.2", "8.5"}
