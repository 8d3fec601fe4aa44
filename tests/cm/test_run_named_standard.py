"""Each text is read against a standard its run names (mirroring.standards_named -> analyze_many's `named`), not
one its own headings fit best when nothing in the run names it; a single file, or a run naming no standard, still
guesses from the text alone. The run's named standards are part of each analysis's cache key."""
from __future__ import annotations

from pathlib import Path

from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.nlp.mirroring import analyze_many, standards_named

# a security programme's overview page: it names its standard
PROGRAMME = """# Information Security Programme

Northfield Clinic runs its information security programme against ISO/IEC 27001:2022. The IT Manager owns the
programme and reports to the Practice Board every quarter. The pages in this folder say how each part is run.
"""

# one of its pages: support-clause topics as headings, in words every management-system standard shares (ISO 9001
# has the same titles, and is first among equals), naming no standard itself
PEOPLE = """# Staff and Awareness

## Competence

The IT Manager keeps a list of the skills each role needs and checks new starters against it in their first week.

## Awareness

Every member of staff completes the phishing module in the learning portal when they join and every March.

## Communication

Security notices go out by email from the IT Manager; urgent ones are also posted on the staff room board.

## Documented information

Procedures are kept in the shared drive under Security; the IT Manager reviews them each January.
"""


def _set(folder: Path, programme: str = PROGRAMME) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "programme.md").write_text(programme, encoding="utf-8")
    (folder / "people.md").write_text(PEOPLE, encoding="utf-8")
    return folder


def _standards(folder: Path, **options) -> dict[str, str | None]:
    report = run([folder], Config(), RunOptions(jobs=1, timestamp=False, **options))
    return {d.document.path: d.standard for d in report.documents}


def test_a_page_is_read_against_the_standard_its_run_names(tmp_path):
    folder = _set(tmp_path / "set")
    assert _standards(folder, cache=False)["people.md"] == "iso27001"


def test_alone_or_in_a_run_naming_no_standard_a_page_is_read_by_its_own_headings(tmp_path):
    folder = _set(tmp_path / "set")
    people = parse_file(folder / "people.md", "people.md")
    people = type(people)(**{**people.__dict__, "kind": Kind.PROCEDURE})
    assert analyze_many([people])["people.md"].standard == "iso9001"  # first of the catalogues its titles fit
    assert analyze_many([people], named=())["people.md"].standard == "iso9001"
    assert analyze_many([people], named=["ISO/IEC 27001"])["people.md"].standard == "iso27001"
    plain = _set(tmp_path / "plain", PROGRAMME.replace(" against ISO/IEC 27001:2022", ""))
    assert _standards(plain, cache=False)["people.md"] == "iso9001"


def test_a_standard_the_page_names_itself_stays_one_to_read_it_against(tmp_path):
    folder = _set(tmp_path / "set")
    (folder / "people.md").write_text(PEOPLE.replace("# Staff and Awareness\n",
                                                     "# Staff and Awareness\n\nWritten to ISO 45001 as well.\n"),
                                      encoding="utf-8")
    found = _standards(folder, cache=False)
    assert found["people.md"] in ("iso27001", "iso45001")


def test_the_forced_standard_wins_over_the_named_ones(tmp_path):
    folder = _set(tmp_path / "set")
    assert _standards(folder, cache=False, standard="iso45001")["people.md"] == "iso45001"


def test_standards_named_reads_titles_text_and_tables_of_every_file(tmp_path):
    folder = _set(tmp_path / "set")
    docs = [parse_file(folder / n, n) for n in ("programme.md", "people.md")]
    assert standards_named(docs) == frozenset({"iso27001"})
    assert standards_named(docs, "ISO 9001") == frozenset({"iso27001", "iso9001"})
    assert standards_named(docs[1:]) == frozenset()


def test_the_cache_key_changes_with_the_standards_the_run_names(tmp_path):
    """The page itself is unchanged; another file now names ISO 45001 instead. Its cached analysis (keyed by its own
    content) must not be served: what it is read against changed."""
    folder = _set(tmp_path / "set")
    cache = tmp_path / "cache"
    assert _standards(folder, cache=True, cache_dir=cache)["people.md"] == "iso27001"
    (folder / "programme.md").write_text(PROGRAMME.replace("ISO/IEC 27001:2022", "ISO 45001:2018"), encoding="utf-8")
    assert _standards(folder, cache=True, cache_dir=cache)["people.md"] == "iso45001"
    (folder / "programme.md").write_text(PROGRAMME, encoding="utf-8")
    assert _standards(folder, cache=True, cache_dir=cache)["people.md"] == "iso27001"


# a page with no clause heading and no standard named: its words are about waste and emissions
WASTE = """# Yard waste

Skips in the yard are emptied every Friday by Greenline Waste. Oil drums go to the bunded store beside gate 2 and
are collected when six are full. The site manager logs each collection in the waste transfer note file and checks
the spill kit at the fuel bowser every Monday. Any spill to the drain is reported to the water company within an hour.
"""


def test_a_text_read_against_no_standard_is_measured_against_the_run_s_catalogues_only(tmp_path):
    """catalogue_words (the share of the text's words the catalogue uses) of a text with no standard detected is taken
    against the catalogue it is most focused on: among the run's named standards when it names any (here ISO 9001),
    not whichever of all six it leans to alone (ISO/IEC 27001, whose vocabulary shares more of its words)."""
    from gapscan.nlp.mirroring import catalogue_share

    path = tmp_path / "waste.md"
    path.write_text(WASTE, encoding="utf-8")
    doc = parse_file(path, "waste.md")
    doc = type(doc)(**{**doc.__dict__, "kind": Kind.PROCEDURE})
    alone = analyze_many([doc])["waste.md"]
    in_run = analyze_many([doc], named=["ISO 9001:2015"])["waste.md"]
    assert alone.standard is None and in_run.standard is None
    read_as_9001 = analyze_many([doc], standard="iso9001")["waste.md"]
    assert in_run.catalogue_words == read_as_9001.catalogue_words < alone.catalogue_words
    assert catalogue_share(["record", "risk"], None, ["iso9001"]) == catalogue_share(["record", "risk"], "iso9001")


FOOD = """# Food Safety Manual

## 7.1.3 Infrastructure

The bakery's ovens, chillers and the packing line.

## 7.4.2 External communication

The quality lead answers customer complaints within two days.

## 7.4.3 Internal communication

A weekly stand-up on Monday at 08:00.
"""


def test_headings_agreeing_by_number_and_title_keep_an_unnamed_standard(tmp_path):
    """A manual numbered by ISO 22000's clauses in a run that names only ISO 9001 is still read against ISO 22000:
    its clause numbers and titles agree (tests/cm/test_cm01_unnamed_standard.py's manual, which failed the first
    version of the run's named standards)."""
    path = tmp_path / "food.md"
    path.write_text(FOOD, encoding="utf-8")
    doc = parse_file(path, "food.md")
    doc = type(doc)(**{**doc.__dict__, "kind": Kind.PROCEDURE})
    assert analyze_many([doc], named=["ISO 9001:2015"])["food.md"].standard == "iso22000"
