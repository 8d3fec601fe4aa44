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
