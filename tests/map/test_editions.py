"""The 2013 -> 2022 conversion of ISO/IEC 27001 Annex A citations."""
from __future__ import annotations

from gapscan import clauses as cat
from gapscan.mapping import editions


def test_every_2013_control_converts_to_2022_controls_and_objects_to_all_of_theirs():
    catalogue = cat.load("iso27001")
    controls = [c for c in catalogue.superseded if c.number.count(".") == 3]
    assert len(controls) == 114
    for clause in controls:
        targets = editions.convert(clause, catalogue)
        assert targets and all(catalogue.get(t) is not None and catalogue.get(t).number.count(".") == 2
                               for t in targets), clause.number
    assert editions.convert(catalogue.get("A.9.2", "2013"), catalogue) == ("A.5.16", "A.5.17", "A.5.18", "A.8.2")
    assert editions.convert(catalogue.get("A.8.1.4", "2013"), catalogue) == ("A.5.11",)
    assert editions.convert(catalogue.get("A.8.1"), catalogue) is None  # 2022's own: nothing to convert


def test_every_iso_9001_2008_clause_converts_to_2015_clauses_by_its_own_row():
    """ISO 9001:2008's clauses 4-8 convert by the published 2008 -> 2015 correlation: a clause with sub-clauses by its
    own row (2008's 7.5 is 2015's 8.5, not the union of what 7.5.1-7.5.5 became)."""
    catalogue = cat.load("iso9001")
    old = [c for c in catalogue.superseded if c.edition == "2008"]
    assert len(old) == 67
    for clause in old:
        targets = editions.convert(clause, catalogue)
        assert targets and all(catalogue.get(t) is not None for t in targets), clause.number
    get = catalogue.get
    assert editions.convert(get("8.2.2", "2008"), catalogue) == ("9.2",)  # not 2015's 8.2.2 (requirements)
    assert editions.convert(get("4.2.3", "2008"), catalogue) == ("7.5.2", "7.5.3")
    assert editions.convert(get("7.6", "2008"), catalogue) == ("7.1.5",)
    assert editions.convert(get("7.5", "2008"), catalogue) == ("8.5",)
    assert editions.convert(get("8.5.3", "2008"), catalogue) == ("6.1",)  # preventive action: risk-based thinking
    assert editions.convert(get("9.2"), catalogue) is None  # 2015's own: nothing to convert


def test_a_2008_citation_maps_to_the_2015_unit_it_became_never_the_one_with_its_digits():
    from gapscan.mapping.declared import citations, units_of

    catalogue = cat.load("iso9001")
    assert units_of("8.2.2", catalogue, "2008") == (("9.2",), "2008")
    assert units_of("7.6", catalogue, "2008") == (("7.1",), "2008")  # a two-level 2008 clause converts too
    assert units_of("5.5.2", catalogue, "2008") == (("5.3",), "2008")
    assert units_of("8", catalogue, "2008") == ((), None)  # a whole clause is no unit
    assert units_of("8.2.2", catalogue) == (("8.2",), None)  # read in 2015 when the document is not told 2008
    assert citations("Internal audits are held as ISO 9001 clause 8.2.2 requires.", "iso9001", edition="2008") \
        == [(28, 49, "iso9001", ["9.2"], "2008")]
