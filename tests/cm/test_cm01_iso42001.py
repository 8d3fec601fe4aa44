"""CM01 reads an AI management system against ISO/IEC 42001:2023, not ISO/IEC 27001.

Seen on a public set nobody here wrote (aims, held out: an AI management system whose documents say ISO/IEC 42001
throughout): "4.1 Understanding the Organization and its Context" was reported as ISO/IEC 27001:2022 clause 4.1,
the wrong standard named to a client who never mentions 27001. gapscan shipped no 42001 catalogue, so the
harmonized-structure heading fitted the nearest one. With the catalogue registered the same heading reads as
ISO/IEC 42001:2023; a page naming ISO/IEC 27001 still reads as 27001, and an AIMS named only as "AI management
system" is read against 42001 too.
"""
from __future__ import annotations

from gapscan.clauses import load, normalise_standard
from gapscan.nlp.mirroring import standards_named
from gapscan.rules.cm import CM01

from cm_helpers import procedure, run


def _page(system: str) -> str:
    return f"""
# Context of the Organization

This page belongs to our {system}.

## 4.1 Understanding the organization and its context

We list the outside and inside issues that bear on our work.

## 4.2 Understanding the needs and expectations of interested parties

We list who has a stake in our work and what they ask of us.

## 4.3 Determining the scope

What the system covers and what it leaves out.
"""


def _clause_41(found):
    return [f for f in found if "4.1" in f.message]


def test_a_page_naming_iso_42001_is_read_against_42001(tmp_path):
    doc = procedure(tmp_path, "context.md", _page("AI management system under ISO/IEC 42001:2023"))
    found = _clause_41(run(CM01, doc))
    assert found, "no CM01 finding for 4.1"
    assert all("ISO/IEC 42001:2023 clause 4.1" in f.message for f in found), [f.message for f in found]
    assert not any("27001" in f.message for f in found)


def test_a_page_naming_only_the_ai_management_system_is_read_against_42001(tmp_path):
    doc = procedure(tmp_path, "context.md", _page("AI management system (AIMS)"))
    assert standards_named([doc]) == frozenset({"iso42001"})
    found = _clause_41(run(CM01, doc))
    assert all("27001" not in f.message for f in found), [f.message for f in found]


def test_a_27001_page_still_reads_27001(tmp_path):
    doc = procedure(tmp_path, "context.md", _page("information security management system under ISO/IEC 27001:2022"))
    found = _clause_41(run(CM01, doc))
    assert found, "no CM01 finding for 4.1"
    assert all("ISO/IEC 27001:2022 clause 4.1" in f.message for f in found), [f.message for f in found]


def test_aims_as_a_verb_names_no_standard(tmp_path):
    doc = procedure(tmp_path, "note.md", "# Note\n\nThe team aims to ship the model in May.\n")
    assert standards_named([doc]) == frozenset()


def test_aims_in_capitals_without_ai_names_no_standard(tmp_path):
    # seen on hacman (in sample): an asbestos survey citing the laboratory's "AIMS" proficiency scheme made the
    # whole run "name" ISO/IEC 42001, so its ten procedures were read against no catalogue at all
    doc = procedure(tmp_path, "survey.md", "# Asbestos survey\n\nSamples were analysed by a laboratory taking part "
                    "in the AIMS proficiency testing scheme.\n")
    assert standards_named([doc]) == frozenset()


def test_the_aims_acronym_names_42001_where_the_page_speaks_of_ai(tmp_path):
    doc = procedure(tmp_path, "scope.md", "# Scope\n\nThe AIMS covers every AI system we build and run.\n")
    assert standards_named([doc]) == frozenset({"iso42001"})


def test_the_42001_catalogue_has_the_harmonized_body_and_annex_a():
    assert normalise_standard("ISO/IEC 42001:2023") == "iso42001"
    catalogue = load("iso42001")
    assert catalogue.name == "ISO/IEC 42001:2023"
    assert catalogue.get("6.1.4").title == "AI system impact assessment"
    assert catalogue.get("8.4").title == "AI system impact assessment"
    assert catalogue.get("5.2").title == "AI policy"
    assert catalogue.get("A.10").title == "Third-party and customer relationships"
    assert catalogue.get("A.6.2.8").parent == "A.6.2"
    assert [c.number for c in catalogue.clauses if c.parent == "A"] == [f"A.{n}" for n in range(2, 11)]


def test_cm01_reads_the_aims_acronym_as_standards_named_does(tmp_path):
    # one rule written once: CM01's "the document names its standard's system" (_names_its_system) took a bare
    # "AIMS" as the AI management system named, while standards_named takes it only beside AI context; the asbestos
    # survey's proficiency scheme named the system for CM01 and no standard for the run
    from gapscan.rules.cm import _names_its_system

    survey = procedure(tmp_path, "survey.md", "# Asbestos survey\n\nSamples were analysed by a laboratory taking "
                       "part in the AIMS proficiency testing scheme.\n")
    scope = procedure(tmp_path, "scope.md", "# Scope\n\nThe AIMS covers every AI system we build and run.\n")
    spread = procedure(tmp_path, "spread.md", "# Scope\n\nThe AIMS covers the products.\n\n## Systems\n\n"
                       "Every AI system we build and run.\n")
    assert not _names_its_system(survey, "iso42001")
    assert standards_named([survey]) == frozenset()
    assert _names_its_system(scope, "iso42001") and _names_its_system(spread, "iso42001")
    assert standards_named([spread]) == frozenset({"iso42001"})
