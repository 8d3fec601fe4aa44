"""A link to a web address names a record of the set only where the address points at it. A community survey's
questions linked the project's own 'doc/contributing/technical-priorities.md' on GitHub; the set held a summit's
'technical-priorities.md' of the same file name in another folder, and the survey was linked to it 'via file
name' at 0.9, so PS03 said the summit's tables were records the survey governs (held out, drhold30's next10)."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.linking import RecordSet, index_record, link_scores
from gapscan.nlp.claims import extract_claims

RECORD = "summit/2023-09/technical-priorities.csv"
LOG = "Priority,Champion,Status\n" + "".join(f"Item {n},Person {n},open\n" for n in range(1, 9))


def _write(root: Path, rel: str, text: str):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_file(path, rel)


def _via(tmp_path: Path, target: str) -> dict[str, str]:
    record = _write(tmp_path, RECORD, LOG)
    page = _write(tmp_path, "surveys/2025-04/questions.md",
                  "# Survey questions\n\n"
                  f"- Which of the current [technical priorities]({target}) matter to you? (multiple choice)\n"
                  "- How long have you used the project? (single choice)\n")
    links = link_scores(page, extract_claims(page), RecordSet([index_record(record)]))
    return {link.path: link.via for link in links}


def test_an_address_in_another_folder_names_no_record_of_the_set(tmp_path):
    via = _via(tmp_path, "https://github.com/acme/engine/blob/main/doc/contributing/technical-priorities.csv")
    assert via.get(RECORD) != "file name"


def test_an_address_naming_the_record_s_folder_and_file_names_it(tmp_path):
    via = _via(tmp_path, "https://github.com/acme/next/blob/main/summit/2023-09/technical-priorities.csv")
    assert via.get(RECORD) == "file name"


def test_a_link_into_the_set_names_it_by_its_file(tmp_path):
    via = _via(tmp_path, "../../summit/2023-09/technical-priorities.csv")
    assert via.get(RECORD) == "file name"
