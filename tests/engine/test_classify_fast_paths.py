"""classify's quick checks before its slow ones: each must give what the slow check alone gives."""
from __future__ import annotations

from gapscan import classify as c
from gapscan.model import Location, Table


def _boxes_in_python(table: Table) -> bool:
    # the rule as written, every row read
    columns, rows = set(), 0
    for row in table.rows:
        at = [i for i, v in enumerate(row) if isinstance(v, bool)]
        if len(at) > 1:
            return False
        if at:
            columns.add(at[0])
            rows += 1
    return len(columns) == 1 and rows >= 3


def _table(rows) -> Table:
    width = max(len(r) for r in rows)
    return Table(header=tuple(f"c{i}" for i in range(width)), rows=tuple(map(tuple, rows)),
                 row_numbers=tuple(range(2, len(rows) + 2)), location=Location(sheet="Sheet1"))


def test_one_box_per_row_with_counts_of_one_and_zero():
    # a sheet of 1s and 0s passes `True in row`: its rows are still not tick boxes
    numbers = [[1, 0, 1.0, "a"]] * 5
    ticks = [["item", True], ["item", False], ["item", True], ["item", None]]
    cases = {
        "numbers only": numbers,
        "numbers, then a checklist": numbers + ticks,
        "a checklist with counts beside": [[1, v] for _, v in ticks] + [[0, None]],
        "two boxes in a row": numbers + ticks + [[True, False]],
        "boxes in two columns": ticks + [[False, "item"]],
        "two boxes only": numbers + ticks[:2],
    }
    answers = {name: c._one_box_per_row(_table(rows)) for name, rows in cases.items()}
    assert answers == {name: _boxes_in_python(_table(rows)) for name, rows in cases.items()}
    assert answers["numbers, then a checklist"] and answers["a checklist with counts beside"]
    assert not answers["numbers only"] and not answers["two boxes in a row"]


def test_durations_are_taken_out_as_the_whole_text_search_takes_them_out():
    # "minutes" as a length of time and as a meeting's record, beside the characters that end a run or may be in one
    texts = [
        "The meeting took 45 minutes. Minutes were taken by the secretary; see the minutes of 3 May.",
        "Allow a few - minutes, then twenty*_minutes more (ten minutes)five minutes.",
        "Approved minutes: 12\n\n  minutes, nineteen\u00a0minutes; MINUTES OF THE BOARD; 5minutes",
        "several minutesmore; one minute; 30 min; eleven   minutes",
        "minutes", "", "no duration here at all", "x. 5 minutes", "a, b minutes. c minutes d 7 minutes",
    ]
    for text in texts:
        assert c._without_durations(text) == c.DURATION.sub(" ", text), text
    pieces = ["minutes", "MINUTES", " ", "\n", "*", "-", "_", "5", "a few", "one", "ten", ".", ",", "x", "é", "(",
              "\u00a0"]
    for i in range(len(pieces) ** 3):  # every arrangement of three of those pieces, read both ways
        text = "".join(pieces[(i // len(pieces) ** k) % len(pieces)] for k in range(3))
        assert c._without_durations(text) == c.DURATION.sub(" ", text), text


def test_white_space_is_the_same_to_the_patterns_and_to_strip():
    # _actor_lead_in passes over a text that does not end in a colon once stripped: exact only while re's \s and
    # str.strip take the same characters
    import re

    space = re.compile(r"\s")
    assert all(bool(space.fullmatch(ch)) == ch.isspace() for ch in map(chr, range(0x3100)))


def test_actor_lead_in_is_the_pattern_searched():
    import random

    rng = random.Random(5)
    pieces = ["The chair", "each operator", "the buyer and the planner", "Every driver then", ":", " :", ": ",
              ":\n", ":\u00a0", ":\u2003", "\n", " ", "does this.", "x", "the", "s:", "\t", ":x", "::", "é"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 7)))
        assert c._actor_lead_in(text) == bool(c.ACTOR_LEAD_IN.search(text)), repr(text)


def test_sentences_are_cut_where_the_one_pattern_cuts_them():
    import random

    from gapscan.model import Block, BlockType

    rng = random.Random(7)
    pieces = ["Check the pump.", "Sign it!", "Why?", "one; two", " ", "  ", "\n", "\u00a0", "☐", " □ ", "☑\n",
              "☒", "é", "word", "3.5 kg", "e.g. this", "Done.\u2003Next"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        block = Block(type=BlockType.PARAGRAPH, text=text, location=Location())
        assert c._sentences(block) == [s for s in c.SENTENCE_SPLIT.split(text) if s.strip()], repr(text)
