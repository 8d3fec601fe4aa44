"""A policy converted from PDF or Word keeps its paragraph indents: four spaces make CommonMark read the prose as an
indented code block, and every rule then saw a fraction of the document. Indented text that reads as sentences is
the document's own prose; indented commands, config lines and any fenced block stay code."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

PAGE = """# Cash handling policy

      4.1   Vault access
        Two officers open the vault together each morning. The head teller
        records every opening in the vault log and signs it.

        ## Counting the drawer

        - Each teller counts the cash drawer at the close of business.
        - Differences over fifty dollars are reported to the branch manager.

                 Limit     Amount
                 Drawer    5000

Restoring the till software:

    sudo systemctl restart till
    till-admin --reset /var/lib/till

    retention_days: 30
    vault.log.path = /srv/vault/log

```
Fenced text stays code. Even when it is written as a sentence.
```
"""


def _doc(tmp_path: Path):
    path = tmp_path / "cash.md"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path, "cash.md")
    assert doc.status is Status.OK, doc.error
    return doc


def test_indented_sentences_are_read_as_prose(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    text = " ".join(b.text for b in doc.blocks)
    assert "Two officers open the vault together each morning." in text
    assert "records every opening in the vault log" in text
    para = next(b for b in doc.blocks if "Two officers" in b.text)
    assert para.type is BlockType.PARAGRAPH and para.location.line == 4  # its own line
    # the numbered line over it is its section's heading (tests/ingest/test_markdown_numbered_lines.py)
    head = next(b for b in doc.blocks if b.location.line == 3)
    assert (head.type, head.number, head.text) == (BlockType.HEADING, "4.1", "4.1 Vault access")
    assert not any("Two officers" in b.text for b in doc.code)


def test_headings_and_lists_inside_the_indent_read_as_such(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    headings = [(b.text, b.location.line) for b in doc.blocks if b.type is BlockType.HEADING]
    assert ("Counting the drawer", 7) in headings
    items = [(b.marker, b.text, b.location.line) for b in doc.blocks if b.type is BlockType.LIST_ITEM]
    assert items == [("-", "Each teller counts the cash drawer at the close of business.", 9),
                     ("-", "Differences over fifty dollars are reported to the branch manager.", 10)]


def test_commands_config_layout_tables_and_fences_stay_code(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    code = [b.text for b in doc.code]
    for line in ("sudo systemctl restart till", "till-admin --reset /var/lib/till", "retention_days: 30",
                 "vault.log.path = /srv/vault/log", "Fenced text stays code. Even when it is written as a sentence."):
        assert line in code, code
    text = " ".join(b.text for b in doc.blocks)
    assert "systemctl" not in text and "retention_days" not in text and "Fenced text" not in text
    # the column layout set further in than the prose around it is no sentence either
    assert "Drawer 5000" not in text and any("Drawer    5000" in c for c in code)
