"""SH03 counts what a review discusses, not the names of the fields it is filed under: in a document-control
line ('Document: MR-04 | Document status: Approved | Revision: 3 | Status: Final') or a table's header cells,
'Document status' and 'Status' are labels, not talk of document status. Values and prose still count."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.nlp.review import classify_sentences


def _sentences(tmp_path: Path, text: str):
    path = tmp_path / "MR 2026-03-05 minutes.md"
    path.write_text(text, encoding="utf-8")
    return classify_sentences(parse_file(path, path.name))


def test_the_labels_of_a_document_control_line_are_no_topic(tmp_path):
    found = _sentences(tmp_path, "# Management review minutes\n\n"
                                 "Document: MR-04 | Document status: Approved | Owner: Ann Lee | Status: Final\n\n"
                                 "Margin on the valve line fell to 18% and the price list will be reviewed.\n")
    control = [s for s in found if s.text.startswith("Document:")]
    assert control and all("document status" not in s.topics for s in control), [(s.text, s.topics) for s in found]
    assert any("margin" in s.topics for s in found)


def test_a_value_of_a_control_line_still_counts(tmp_path):
    found = _sentences(tmp_path, "# Management review minutes\n\n"
                                 "Date: 5 March 2026 | Chair: MD | Agenda: the quality manual was reissued | "
                                 "Next: June\n")
    assert any("document status" in s.topics for s in found), [(s.text, s.topics) for s in found]


def test_a_tables_header_cells_are_no_topic(tmp_path):
    found = _sentences(tmp_path, "# Management review minutes\n\n"
                                 "| Agenda item | Discussion | Document status | Status |\n|---|---|---|---|\n"
                                 "| Sales | Sales margin fell to 18% on the valve line | n/a | open |\n"
                                 "| Scrap | Scrap cost rose on line 2 after the new tooling | n/a | closed |\n")
    assert all("document status" not in s.topics for s in found), [(s.text, s.topics) for s in found]


def test_a_control_field_on_its_own_line_is_no_topic(tmp_path):
    found = _sentences(tmp_path, "# Management review minutes\n\nDocument status: Approved\n\nRevision: 3\n")
    assert all(not s.topics for s in found), [(s.text, s.topics) for s in found]


def test_a_label_that_names_a_topic_is_still_read(tmp_path):
    # the quality policy was discussed: its label is what the line is about, not a control field's name
    found = _sentences(tmp_path, "# Management review minutes\n\nQuality policy: reviewed and unchanged.\n")
    assert any("document status" in s.topics for s in found)
