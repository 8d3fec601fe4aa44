"""The shipped clause catalogues: right numbers and titles, a sound tree, usable questions."""
from __future__ import annotations

import re

import pytest

from gapscan import clauses
from gapscan.clauses import STANDARDS, clause_key, load, load_all, normalise_standard

EXPECTED_COUNTS = {
    # main-body clauses, depth >= 1, clauses 4-10 (4-8 for ISO 13485)
    "iso9001": 75,
    "iso14001": 45,
    "iso45001": 56,
    "iso27001": 41,
    "iso22000": 89,
    "iso13485": 85,
}


def test_every_standard_loads_with_its_full_name():
    catalogues = load_all()
    assert set(catalogues) == set(STANDARDS)
    assert catalogues["iso9001"].name == "ISO 9001:2015"
    assert catalogues["iso27001"].name == "ISO/IEC 27001:2022"
    assert catalogues["iso45001"].name == "ISO 45001:2018"
    for key, catalogue in catalogues.items():
        assert catalogue.standard == key
        assert all(c.standard == key for c in catalogue.clauses)


@pytest.mark.parametrize("key,count", sorted(EXPECTED_COUNTS.items()))
def test_main_body_counts(key, count):
    main = [c for c in load(key).clauses if not c.is_annex]
    assert len(main) == count


def test_main_clauses_run_4_to_10_or_4_to_8():
    for key in STANDARDS:
        if all(c.is_criterion for c in load(key).clauses):
            continue  # SOC 2's Trust Services Criteria have no main body (test_soc2_criteria_series)
        tops = [c.number for c in load(key).clauses if c.parent is None and not c.is_annex]
        last = 8 if key == "iso13485" else 10
        assert tops == [str(n) for n in range(4, last + 1)], key


def test_iso27001_annex_a_has_93_controls_in_four_themes():
    catalogue = load("iso27001")
    controls = [c for c in catalogue.clauses if re.fullmatch(r"A\.\d+\.\d+", c.number)]
    assert len(controls) == 93
    by_theme = {theme: sum(1 for c in controls if c.parent == theme) for theme in ("A.5", "A.6", "A.7", "A.8")}
    assert by_theme == {"A.5": 37, "A.6": 8, "A.7": 14, "A.8": 34}
    assert controls[0].number == "A.5.1" and controls[-1].number == "A.8.34"
    assert all(len(c.questions) >= 2 for c in controls)


@pytest.mark.parametrize(
    "key,number,title",
    [
        ("iso9001", "4.1", "Understanding the organization and its context"),
        ("iso9001", "7.1.5.2", "Measurement traceability"),
        ("iso9001", "7.5.3", "Control of documented information"),
        ("iso9001", "8.4", "Control of externally provided processes, products and services"),
        ("iso9001", "8.7", "Control of nonconforming outputs"),
        ("iso9001", "9.3.3", "Management review outputs"),
        ("iso9001", "10.2", "Nonconformity and corrective action"),
        ("iso14001", "6.1.2", "Environmental aspects"),
        ("iso14001", "9.1.2", "Evaluation of compliance"),
        ("iso45001", "5.4", "Consultation and participation of workers"),
        ("iso45001", "8.1.4.2", "Contractors"),
        ("iso45001", "10.2", "Incident, nonconformity and corrective action"),
        ("iso27001", "6.1.3", "Information security risk treatment"),
        ("iso27001", "9.3.3", "Management review results"),
        ("iso27001", "10.1", "Continual improvement"),
        ("iso27001", "A.5.23", "Information security for use of cloud services"),
        ("iso27001", "A.6.7", "Remote working"),
        ("iso27001", "A.7.7", "Clear desk and clear screen"),
        ("iso27001", "A.8.16", "Monitoring activities"),
        ("iso27001", "A.8.34", "Protection of information systems during audit testing"),
        ("iso22000", "8.2", "Prerequisite programmes (PRPs)"),
        ("iso22000", "8.5.4", "Hazard control plan (HACCP/OPRP plan)"),
        ("iso22000", "8.9.5", "Withdrawal/recall"),
        ("iso22000", "10.3", "Update of the food safety management system"),
        ("iso13485", "4.2.3", "Medical device file"),
        ("iso13485", "7.3.10", "Design and development files"),
        ("iso13485", "7.5.9.2", "Particular requirements for implantable medical devices"),
        ("iso13485", "8.2.3", "Reporting to regulatory authorities"),
    ],
)
def test_known_titles(key, number, title):
    clause = load(key).get(number)
    assert clause is not None, number
    assert clause.title == title


def test_numbers_unique_parents_exist_and_order_is_the_standards():
    for key, catalogue in load_all().items():
        numbers = [c.number for c in catalogue.clauses]
        assert len(numbers) == len(set(numbers)), key
        for clause in catalogue.clauses:
            if clause.parent is not None:
                assert catalogue.get(clause.parent) is not None, (key, clause.number)
                assert clause.number.startswith(clause.parent + "."), (key, clause.number)
        assert numbers == sorted(numbers, key=clause_key), key


def test_every_main_body_sub_clause_has_two_to_four_questions():
    for key, catalogue in load_all().items():
        for clause in catalogue.clauses:
            if clause.parent is not None and not clause.is_annex:
                assert 2 <= len(clause.questions) <= 4, (key, clause.number)
            for question in clause.questions:
                assert question.endswith("?") and len(question) > 20, (key, clause.number, question)


def test_questions_ask_about_real_work_not_restate_the_standard():
    # "shall" is the standard's voice; our questions ask who/what/how/when instead.
    for catalogue in load_all().values():
        for clause in catalogue.clauses:
            for question in clause.questions:
                assert " shall " not in question.lower()
                assert re.match(r"(Who|What|Which|How|When|Where|For each|Given|Can|Is|Are|Do|Does|May)\b", question), question


def test_get_accepts_loose_numbers():
    iso9001 = load("iso9001")
    assert iso9001.get("Clause 8.4.1.").number == "8.4.1"
    assert iso9001.get(" 7.5.3 ").title == "Control of documented information"
    assert iso9001.get("11.1") is None
    iso27001 = load("27001")
    assert iso27001.get("a 5.15").title == "Access control"
    assert iso27001.get("A5.15").number == "A.5.15"
    assert iso27001.get("Annex A.8.13").title == "Information backup"


def test_children_and_find_title():
    iso9001 = load("iso9001")
    assert [c.number for c in iso9001.children("8.4")] == ["8.4.1", "8.4.2", "8.4.3"]
    assert iso9001.find_title("Control of Documents").number == "7.5.3"
    assert iso9001.find_title("Understanding the organisation and its context").number == "4.1"
    assert iso9001.find_title("control of externally-provided processes, products & services").number == "8.4"
    assert iso9001.find_title("Weekly press changeover on line 3") is None
    assert load("iso27001").find_title("Access control").number == "A.5.15"


def test_clause_key_orders_main_body_before_annex():
    numbers = ["A.8.34", "10.1", "4.10", "A.5.1", "8", "4.2", "9.3.3", "not a number"]
    assert sorted(numbers, key=clause_key) == ["4.2", "4.10", "8", "9.3.3", "10.1", "A.5.1", "A.8.34", "not a number"]
    assert clause_key("8.4.1") < clause_key("8.4.2") < clause_key("8.5")


@pytest.mark.parametrize(
    "text,key",
    [
        ("9001", "iso9001"),
        ("ISO 9001", "iso9001"),
        ("iso-9001:2015", "iso9001"),
        ("ISO9001", "iso9001"),
        ("iso9001", "iso9001"),
        ("27001", "iso27001"),
        ("ISO/IEC 27001:2022", "iso27001"),
        ("ISO 14001:2015", "iso14001"),
        ("iso 45001", "iso45001"),
        ("ISO 22000:2018", "iso22000"),
        ("EN ISO 13485:2016", "iso13485"),
        ("ISO 9000", None),
        ("", None),
        (None, None),
        ("quality", None),
        ("190011", None),
        ("SOC 2", "soc2"),
        ("soc2", "soc2"),
        ("SOC 2 Type II", "soc2"),
        ("Trust Services Criteria", "soc2"),
        ("SOC 1", None),
    ],
)
def test_normalise_standard(text, key):
    assert normalise_standard(text) == key


def test_load_is_cached_and_accepts_variants():
    assert load("ISO 9001:2015") is load("iso9001")


def test_load_unknown_standard_says_which_are_known():
    with pytest.raises(ValueError, match="iso9001"):
        clauses.load("ISO 50001")


def test_to_dict_round_trips_through_json():
    import json

    data = json.loads(json.dumps(load("iso14001").to_dict()))
    assert data["name"] == "ISO 14001:2015"
    first = data["clauses"][0]
    assert first == {"number": "4", "title": "Context of the organization", "parent": None,
                     "questions": list(load("iso14001").get("4").questions), "aliases": ["Context"]}


def test_soc2_criteria_series_and_order():
    soc2 = load("soc2")
    tops = [c.number for c in soc2.clauses if c.parent is None]
    assert tops == [*(f"CC{n}" for n in range(1, 10)), "A1", "C1", "PI1", *(f"P{n}" for n in range(1, 9))]
    assert all(c.is_criterion and c.questions for c in soc2.clauses)
    assert [c.number for c in soc2.children("C1")] == ["C1.1", "C1.2"]
    assert len(soc2.children("CC6")) == 8 and len(soc2.children("P6")) == 7
    assert soc2.get("c1.2").title == soc2.get("C1.2").title and soc2.get("CC6.1") is not None
    assert soc2.named_only
    # an ISO annex number is no criterion, and ISO catalogues have none
    assert not load("iso27001").get("A.5.1").is_criterion
    assert sorted(["P4.1", "PI1.1", "C1.1", "A1.2", "CC6.1", "CC10.1"], key=clause_key) == \
        ["CC6.1", "CC10.1", "A1.2", "C1.1", "PI1.1", "P4.1"]
