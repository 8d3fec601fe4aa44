"""classify's quick paths (perf19b): each gives what the rule as written gives, and reads less to give it.

The counting tests fail on the code before: it stripped every cell of a register's first rows to look for a grid
of marks, searched every page for 'this form' with no line to sign on it, asked _axis of every register row and
_placeholder of every cell, and read each table's file index three times."""
from __future__ import annotations

import datetime as dt

from gapscan import classify as c
from gapscan.ingest.markdown import parse as parse_md
from gapscan.ingest.base import Limits
from gapscan.model import Location, Table


class Counted(str):
    """A text cell that counts how often it is stripped."""

    strips = 0

    def strip(self, *args):
        Counted.strips += 1
        return str.strip(self, *args)

    def lstrip(self, *args):
        Counted.strips += 1
        return str.lstrip(self, *args)


def _table(rows, header=None) -> Table:
    width = max(len(r) for r in rows)
    return Table(header=tuple(header or (f"c{i}" for i in range(width))), rows=tuple(map(tuple, rows)),
                 row_numbers=tuple(range(2, len(rows) + 2)), location=Location(sheet="Sheet1"))


def _marks_as_written(table: Table) -> tuple[int, ...]:
    # the rule as written: every filled cell of a column in the first rows is a mark
    rows = table.rows[:c.DETAIL_ROWS]
    width = len(table.header)
    if width < c.MARK_COLUMNS + 1 or len(rows) < 3:
        return ()
    columns = []
    for col in range(1, width):
        values = [r[col] for r in rows if col < len(r) and not c._empty(r[col])]
        if values and all(isinstance(v, str) and v.strip().lower() in c.MARKS for v in values):
            columns.append(col)
    if len(columns) < c.MARK_COLUMNS:
        return ()
    marked = sum(1 for r in rows if any(col < len(r) and not c._empty(r[col]) for col in columns))
    return tuple(columns) if marked >= 3 else ()


def test_mark_columns_as_the_rule_is_written():
    grid = [["Book the assessment", "Y", None, " ", None], ["Train the wardens", None, "y ", None, None],
            ["Review the plan", None, None, "✓", "x"], ["Drill", None, None, None, None]]
    cases = {
        "a grid of marks": grid,
        "a grid with a number in a mark column": [*grid, ["Audit", None, 1, None, None]],
        "a grid with a word in a mark column": [*grid, ["Audit", "done", None, None, None]],
        "two mark columns only": [[r[0], r[1], r[2], "text", "more"] for r in grid],
        "marks in two rows only": grid[:2] + [["Drill", None, None, None, None]] * 3,
        "a register": [["QF-1", dt.date(2024, 1, 2), "Open", "Jo", 3]] * 5,
        "blank columns": [["a", None, " ", None, None]] * 4,
        "short rows": [["a", "Y"], ["b", None, "Y"], ["c", None, None, "Y", "x"], ["d"]],
    }
    for name, rows in cases.items():
        table = _table(rows, header=("Action", "Q1", "Q2", "Q3", "Q4"))
        assert c._mark_columns(table) == _marks_as_written(table), name
    assert c._mark_columns(_table(grid, header=("Action", "Q1", "Q2", "Q3", "Q4"))) == (1, 2, 3, 4)


def test_a_register_column_is_read_to_its_first_value_for_marks():
    rows = [[Counted(f"QF-{i}"), Counted("Open"), Counted("Jo Bloggs"), Counted("Leeds"), Counted("note")]
            for i in range(200)]
    Counted.strips = 0
    assert c._mark_columns(_table(rows)) == ()
    # before: every cell of every column stripped (about 1,600 times); now the first cell of a column or two
    assert Counted.strips <= 10


def test_this_form_is_searched_only_on_a_page_with_a_line_to_sign(monkeypatch):
    searched = []
    real = c.THIS_FORM

    class Pattern:
        def findall(self, text):
            searched.append(text)
            return real.findall(text)

    pattern = Pattern()
    monkeypatch.setattr(c, "THIS_FORM", pattern)
    body = ("# Membership application\n\nPlease complete this form in full. The details given in this form are "
            "kept for the register.\n\n")
    unsigned = parse_md_text(body + "Return it to the secretary.\n")
    c.classify(unsigned)
    assert searched == []
    signed = c.classify(parse_md_text(body + "Signature of applicant\n\nDate\n"))
    assert len(searched) == 1
    assert signed.kind.value == "form" and "'this form' 2 times" in signed.kind_reason


def parse_md_text(text: str, tmp=None):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "application.md"
        path.write_text(text, encoding="utf-8")
        return parse_md(path, "application.md", Limits())


def test_axis_and_placeholders_are_asked_only_of_cells_that_may_be_them(monkeypatch):
    asked = {"axis": 0, "placeholder": 0}
    axis, placeholder = c._axis, c._placeholder

    def counted_axis(entries):
        asked["axis"] += 1
        return axis(entries)

    def counted_placeholder(v):
        asked["placeholder"] += 1
        return placeholder(v)

    monkeypatch.setattr(c, "_axis", counted_axis)
    monkeypatch.setattr(c, "_placeholder", counted_placeholder)
    register = [[i, dt.date(2024, 1, 1) + dt.timedelta(days=i), "Closed", "Quality Manager", 12.5, "QP-004"]
                for i in range(1, 400)]
    fill = c._table_fill([_table(register)], count_boxes=False)
    assert fill.filled_rows == 399 and fill.data_rows == 399
    # before: _axis asked of all 399 rows, _placeholder of each of the 200 first rows' text cells
    assert asked == {"axis": 0, "placeholder": 0}


def test_table_fill_as_before_on_axes_placeholders_and_words():
    plate = [["Plate1", 1, 2, 3, 4], ["A", "x", None, "y", 1.5], ["B", "1", "2", "3", None],
             ["C", "  [name]", "__", "e.g. Jo", None], ["D", "two  words\nhere", "one", None, 7]]
    fill = c._table_fill([_table(plate)])
    assert (fill.filled_rows, fill.example_rows) == (2, 1)
    # every word of a data row's filled cells, the first column's too: "A x y 1.5" and "D two words here one 7"
    assert fill.data_words == 4 + 6
    tail = [[f"r{i}", None, None, None, None] if i % 3 else [None, 1, 2, 3, 4] if i % 2 else [f"r{i}", "a", 2, "b", 1]
            for i in range(260)]
    assert c._tail_fill(tuple(map(tuple, tail)), 5) == (10, 10, 40)


def test_file_index_read_once_per_table_in_the_text_signals(monkeypatch):
    calls = []
    index = c._file_index

    def counted(table):
        calls.append(table)
        return index(table)

    monkeypatch.setattr(c, "_file_index", counted)
    doc = parse_md_text("# Register guide\n\n| File | Holds |\n|---|---|\n| risks.csv | the risks |\n"
                        "| audits.csv | the audits |\n| actions.md | the actions |\n\nKeep them up to date.\n")
    c.classify(doc)
    # classify's own filter, then _text_signals once (before: twice more)
    assert len(calls) == 2
    assert index(doc.tables()[0]) == [["risks.csv"], ["audits.csv"], ["actions.md"]]


def test_first_letter_lookaheads_match_as_the_patterns_written_without_them():
    import re

    described = re.compile(
        r"\b(?:manager|advis[eo]r|supervisor|lead|leader|officer|technician|operator|engineer|coordinator|controller|"
        r"inspector|clerk|driver|planner|buyer|store(?:man|keeper)|auditor|administrator|owner|team|desk)\s+"
        r"(?!is\b|has\b|was\b|needs\b|means\b)[a-z]{3,}(?<!s)s\b"
        r"|\b(?:is|are)\s+(?:reported|entered|recorded|logged|checked|reviewed|investigated|approved|signed|closed|"
        r"kept|filed|sent|raised|escalated|inspected|tested|issued|stored|returned|quarantined|released|booked)\s+"
        r"(?:to|on|in|into|by|within|before|at|for)\b", re.I)
    minutes = re.compile(r"\b(attendees|present(?=\s*:)|apologies|(?<!\d )minutes|agenda|action(s)? (agreed|owner)|"
                         r"chair(ed)?|next meeting)\b", re.I)
    texts = ["The Quality Manager approves the plan. The STOREKEEPER checks stock; the team leads. The owner is ",
             "Nonconformities are REPORTED to the QA lead within 24 hours; each is logged in the register.",
             "The driver needs the key. The auditor is on site. Desk reviews: Desk notes. Operator checks!",
             "Present: A. Smith. Apologies: none. 45 minutes. Minutes of the meeting; AGENDA; Actions agreed; Chaired",
             "Next Meeting: 5 May. present it later. Action owner: Jo. ſupervisor ſigns. İs recorded in the log",
             "Engineer\u00a0tests; coordinator\tassigns; the Planner ßchedules; controller records; clerk files",
             "", "x", "is  recorded\nin the log", "Technicians reads", "leader's notes", "K\u212aelvin officer visits"]
    pieces = ["manager ", "Manager", "approves", "is ", "are ", "recorded ", "in", "present", ":", " minutes",
              "3 ", "chair", "ed", "next meeting", "ſ", "Team ", "logs", " "]
    texts += ["".join(pieces[(i // len(pieces) ** k) % len(pieces)] for k in range(3)) for i in range(len(pieces) ** 3)]
    for text in texts:
        assert [m.span() for m in c.DESCRIBED_STEP.finditer(text)] == [m.span() for m in described.finditer(text)], text
        assert [m.groups() for m in c.MINUTES.finditer(text)] == [m.groups() for m in minutes.finditer(text)], text
        assert [m.span() for m in c.MINUTES.finditer(text)] == [m.span() for m in minutes.finditer(text)], text
