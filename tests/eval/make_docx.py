"""Regenerate the .docx procedures of the evaluation set from their text sources.

    .venv/bin/python tests/eval/make_docx.py

docx_src/NAME.txt -> docs/NAME.docx. "#"/"##"/"###" lines become Heading 1-3, "- " lines
List Bullet, "1. " lines List Number, "| a | b |" runs a table (first row the header), other
lines one paragraph each. The .docx files are committed; this script only documents how
they were made.
"""
from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent


def build(source: Path, target: Path) -> None:
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        rows.clear()

    for raw in source.read_text("utf-8").splitlines():
        line = raw.strip()
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if not line:
            continue
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        if heading:
            document.add_heading(heading.group(2), level=len(heading.group(1)))
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif re.match(r"^\d+\.\s", line):
            document.add_paragraph(re.sub(r"^\d+\.\s+", "", line), style="List Number")
        else:
            document.add_paragraph(line)
    flush_table()
    document.core_properties.title = source.stem
    document.save(str(target))


def main() -> None:
    for source in sorted((HERE / "docx_src").glob("*.txt")):
        target = HERE / "docs" / f"{source.stem}.docx"
        build(source, target)
        print(target.relative_to(HERE))


if __name__ == "__main__":
    main()
