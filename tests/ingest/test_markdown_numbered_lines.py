"""A manual converted to markdown writes its section headings as plain lines: a clause-style number, a few spaces, a
title, its text on the next line ("8.1.1   Policy Statement" over "Our philosophy is ..."), or the heading alone
between blank lines ("2.0 Interested Parties"). CommonMark runs such a line into its paragraph, so the heading was
read as the first words of a sentence and no rule saw it; the text parser already reads it as a heading.

The shapes (left18): Cassandra-Labs-Foundation/pynthia-policies-and-procedures@097ecc3, "liquidity/references/8
Interest Rate Risk Policies.pdf.md" (indented, the number then three spaces); corpus m010.md, "2.0 Interested
Parties" between "# 1.2 External Issues" and "# 3.0 ISMS Scope Statement".
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

MANUAL = """# Interest rate risk policy

8.1.1   Policy Statement
Our philosophy is prudent interest rate risk management. The ALCO reviews the exposure every quarter.

8.1.2   Exposure Limits
The limits for changes in the economic value of equity are set by the Board.

2.0 Interested Parties

The treasurer keeps the list of parties and their needs.

8.1.4   Trading Activities, Use of Derivatives and Hedging
        Activities

The Board approves each hedging programme before it starts.
"""


def _blocks(tmp_path: Path, text: str, name: str = "manual.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, name)
    assert doc.status is Status.OK, doc.error
    return doc.blocks


def test_a_numbered_line_over_its_text_is_a_heading(tmp_path: Path) -> None:
    blocks = _blocks(tmp_path, MANUAL)
    headings = [(b.number, b.level, b.location.line) for b in blocks if b.type is BlockType.HEADING]
    assert headings == [(None, 1, 1), ("8.1.1", 3, 3), ("8.1.2", 3, 6), ("2.0", 2, 9), ("8.1.4", 3, 13)], headings
    texts = {b.location.line: b.text for b in blocks}
    assert texts[3] == "8.1.1 Policy Statement" and texts[6] == "8.1.2 Exposure Limits"
    assert texts[4].startswith("Our philosophy is prudent") and texts[4].endswith("every quarter.")
    assert texts[13] == "8.1.4 Trading Activities, Use of Derivatives and Hedging Activities"


def test_markdown_and_text_read_the_headings_alike(tmp_path: Path) -> None:
    md = [(b.number, b.location.line) for b in _blocks(tmp_path, MANUAL) if b.type is BlockType.HEADING]
    txt = [(b.number, b.location.line) for b in _blocks(tmp_path, MANUAL, "manual.txt")
           if b.type is BlockType.HEADING]
    assert [n for n, _ in md if n] == [n for n, _ in txt if n], (md, txt)


@pytest.mark.parametrize("text", [
    # a sentence that starts with a number and runs on in lower case
    "4.2 The organization shall determine\nthe needs of the parties that matter to it.\n",
    # a quantity, not a clause
    "1.5 Kilograms of flour are weighed.\nThe baker signs the batch card.\n",
    # a line ending in a full stop is a sentence
    "3.1 Staff Are Trained Every Year.\nThe trainer keeps the register.\n",
    # a version history line
    "0.1  ← Created (first draft)\n",
])
def test_a_numbered_sentence_is_no_heading(tmp_path: Path, text: str) -> None:
    blocks = _blocks(tmp_path, "# Procedure\n\n" + text)
    assert [b.type for b in blocks[1:]] == [BlockType.PARAGRAPH], [(b.type, b.text) for b in blocks]


def test_a_numbered_line_in_a_list_or_quote_stays_there(tmp_path: Path) -> None:
    blocks = _blocks(tmp_path, "# Procedure\n\n- 8.1 Scope\n  The policy covers all staff.\n\n"
                               "> 8.2 Quoted Clause\n> The auditor said so.\n")
    assert not any(b.type is BlockType.HEADING for b in blocks[1:]), [(b.type, b.text) for b in blocks]
