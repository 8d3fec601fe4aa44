"""Text units: the sentences of a document with the place a person finds them."""
from __future__ import annotations

from dataclasses import dataclass

from gapscan.model import Block, BlockType, Document, Location


@dataclass(frozen=True, kw_only=True)
class TextUnit:
    """A heading, list item or paragraph's text, with its block and enclosing heading."""

    text: str
    location: Location
    block_index: int
    block_type: BlockType
    heading: str | None  # text of the nearest heading above, None before the first


def text_units(doc: Document, *, include_tables: bool = True) -> list[TextUnit]:
    """Every text-bearing block in order; table cells of procedures count as text too."""
    units: list[TextUnit] = []
    heading: str | None = None
    for i, block in enumerate(doc.blocks):
        if block.type is BlockType.HEADING:
            heading = block.text
            units.append(TextUnit(text=block.text, location=block.location, block_index=i,
                                  block_type=block.type, heading=None))
        elif block.type is BlockType.TABLE:
            if include_tables and block.table is not None:
                units.extend(_table_units(block, i, heading))
        elif block.text.strip():
            units.append(TextUnit(text=block.text, location=block.location, block_index=i,
                                  block_type=block.type, heading=heading))
    return units


def _table_units(block: Block, index: int, heading: str | None) -> list[TextUnit]:
    table = block.table
    assert table is not None
    out = []
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and len(value.split()) >= 4:
                out.append(TextUnit(text=value, location=table.cell_location(r, c), block_index=index,
                                    block_type=BlockType.TABLE, heading=heading))
    return out
