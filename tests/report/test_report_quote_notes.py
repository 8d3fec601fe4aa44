"""A note about a cell that happens to contain the cell's words is not a quotation of it.

PS03's evidence reads "'bar stock' used 5 times; e.g. Supplier: Northgate | Category: bar stock | ..." at the
Category cell. The cell's words are in it, so every format put the whole note in quotation marks, as if the
record said "'bar stock' used 5 times" (the harrow-vale screenshot in the README showed it).
"""
from __future__ import annotations

from gapscan.model import Block, BlockType, Document, DocumentResult, Evidence, Kind, Location, Report, Table
from gapscan.report.common import QuoteCheck

PATH = "records/suppliers.csv"


def _check() -> QuoteCheck:
    table = Table(header=("Supplier", "Category", "Score"),
                  rows=(("Northgate", "bar stock", "87"), ("Castwell", "castings", "51")), row_numbers=(2, 3),
                  location=Location(sheet="suppliers.csv"), header_row=1)
    doc = Document(path=PATH, source="/x/" + PATH, format="csv", kind=Kind.RECORD,
                   blocks=(Block(type=BlockType.TABLE, text="", location=table.location, table=table),))
    return QuoteCheck(Report(root="set", tool_version="0", command="audit",
                             documents=(DocumentResult(document=doc),), findings=()))


def _ev(text: str) -> Evidence:
    return Evidence(path=PATH, text=text, location=Location(sheet="suppliers.csv", row=2, column="Category",
                                                            cell="B2"))


def test_a_cell_or_its_row_is_quoted_a_note_around_it_is_not():
    check = _check()
    assert check.holds(_ev("bar stock"))
    assert check.holds(_ev("Category: bar stock"))
    assert check.holds(_ev("Supplier: Northgate | Category: bar stock | Score: 87"))
    assert not check.holds(_ev("'bar stock' used 5 times; e.g. Supplier: Northgate | Category: bar stock | Score: 87"))
    assert check.text(_ev("'bar stock' used 5 times; e.g. Supplier: Northgate")).startswith("'bar stock' used")


def test_a_rules_short_label_before_the_row_keeps_the_quote():
    check = _check()
    assert check.holds(_ev("last entry: Supplier: Northgate | Category: bar stock"))
    assert check.holds(_ev("item not in the procedure: bar stock"))
