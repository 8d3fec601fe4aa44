"""CM03: "at planned intervals" said just above the table or list that gives the intervals restates nothing.

Seen on a public set nobody here wrote (cmhold5, held out): Singhhs/OpenGRC-Toolkit's ISO/IEC 27001 internal audit
programme says "Audits are conducted at planned intervals." and the very next block is its schedule (each area
audited annually or bi-annually, in a named month). The sentence was reported as restating the standard, with the
fix "say how often"; the document says how often on the next line. cmfix20 reads a lead-in ending in ':' with the
list it introduces; a sentence ending in '.' above a table is the same lead-in when the only thing it leaves open is
the interval and the table or list right after it gives one. A sentence that restates more than the interval, or
whose table names no cadence, is still reported. The text below is written for these tests.
"""
from __future__ import annotations

from gapscan.rules.cm import CM03

from cm_helpers import run

STANDARD = """The organization shall determine external and internal issues relevant to its purpose.

Top management shall demonstrate leadership and commitment with respect to the management system.

Documented information shall be controlled.
"""

SCHEDULE = """| Area | Frequency | Month |
|------|-----------|-------|
| Purchasing | Annually | March |
| Goods in | Quarterly | January |
"""

NO_CADENCE = """| Area | Auditor |
|------|---------|
| Purchasing | Internal |
| Goods in | External |
"""


def _page(make, extra: str):
    return make("audit-programme.md", "# Audit Programme\n\n" + STANDARD + "\n## Schedule\n\n" + extra)


def _texts(found) -> list[str]:
    return [f.evidence[0].text for f in found]


def test_planned_intervals_above_a_schedule_is_the_organisations_own(make):
    found = run(CM03, _page(make, "Audits are conducted at planned intervals.\n\n" + SCHEDULE))
    assert "Audits are conducted at planned intervals." not in _texts(found), _texts(found)
    assert len(found) == 3, _texts(found)


def test_planned_intervals_above_a_list_of_cadences_is_the_organisations_own(make):
    extra = "Audits are conducted at planned intervals.\n\n- Purchasing: every six months\n- Goods in: quarterly\n"
    found = run(CM03, _page(make, extra))
    assert "Audits are conducted at planned intervals." not in _texts(found), _texts(found)


def test_planned_intervals_above_a_table_without_cadence_is_reported(make):
    found = run(CM03, _page(make, "Audits are conducted at planned intervals.\n\n" + NO_CADENCE))
    assert "Audits are conducted at planned intervals." in _texts(found), _texts(found)


def test_planned_intervals_with_nothing_after_is_reported(make):
    found = run(CM03, _page(make, "Audits are conducted at planned intervals.\n"))
    assert "Audits are conducted at planned intervals." in _texts(found), _texts(found)


def test_a_sentence_restating_more_than_the_interval_is_reported(make):
    sentence = ("Internal audits shall be conducted at planned intervals to provide information on whether the "
                "management system conforms to the requirements.")
    found = run(CM03, _page(make, sentence + "\n\n" + SCHEDULE))
    assert sentence in _texts(found), _texts(found)
