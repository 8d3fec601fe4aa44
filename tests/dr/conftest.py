"""Build a small client folder in tmp_path and run the drift stage over it."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from gapscan.model import Kind

KIND_OF_FOLDER = {"procedures": Kind.PROCEDURE, "records": Kind.RECORD, "forms": Kind.FORM}


class Scan:
    """Files written to disk, parsed by the real parsers, kinds set by folder."""

    def __init__(self, root: Path):
        self.root = root
        self.files: list[str] = []

    def write(self, relpath: str, text: str) -> "Scan":
        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.files.append(relpath)
        return self

    def csv(self, relpath: str, header: list[str], rows: list[list]) -> "Scan":
        def cell(v):
            if isinstance(v, dt.date):
                return v.strftime("%d/%m/%Y")
            return "" if v is None else str(v)

        lines = [",".join(header)] + [",".join(cell(v) for v in row) for row in rows]
        return self.write(relpath, "\n".join(lines) + "\n")

    def xlsx(self, relpath: str, header: list[str], rows: list[list], title: str | None = None) -> "Scan":
        from openpyxl import Workbook

        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        wb = Workbook()
        ws = wb.active
        ws.title = "Register"
        if title:
            ws.append([title])
            ws.append([])
        ws.append(header)
        for row in rows:
            ws.append(row)
        wb.save(path)
        self.files.append(relpath)
        return self

    def workbook(self, relpath: str, sheets: list[tuple[str, str | None, list[str], list[list]]]) -> "Scan":
        """One sheet per (name, title row or None, header, rows): a register split by period."""
        from openpyxl import Workbook

        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        wb = Workbook()
        wb.remove(wb.active)
        for name, title, header, rows in sheets:
            ws = wb.create_sheet(name)
            if title:
                ws.append([title])
                ws.append([])
            ws.append(header)
            for row in rows:
                ws.append(row)
        wb.save(path)
        self.files.append(relpath)
        return self

    def docx(self, relpath: str, title: str, paragraphs: list[str] = (),
             tables: list[tuple[list[str], list[list[str]]]] = ()) -> "Scan":
        """A Word file: a heading, paragraphs, then tables (header, rows)."""
        from docx import Document

        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        doc = Document()
        doc.add_heading(title, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
        for header, rows in tables:
            table = doc.add_table(rows=1 + len(rows), cols=len(header))
            for j, h in enumerate(header):
                table.cell(0, j).text = h
            for i, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    table.cell(i, j).text = v
        doc.save(path)
        self.files.append(relpath)
        return self

    def documents(self):
        from gapscan.ingest import parse_file

        docs = []
        for rel in self.files:
            doc = parse_file(self.root / rel, rel)
            assert doc.ok, f"{rel}: {doc.error}"
            docs.append(replace(doc, kind=KIND_OF_FOLDER.get(rel.split("/")[0], Kind.OTHER)))
        return docs

    def run(self, config_links=()):
        """(context, drift result) exactly as the engine hands them to the rules."""
        from gapscan.drift import analyze
        from gapscan.engine import profile_records
        from gapscan.rules.base import Context

        docs = self.documents()
        profiles = profile_records([d for d in docs if d.kind is Kind.RECORD], None, 1)
        result = analyze(docs, profiles, config_links=config_links)
        return Context(documents=tuple(docs), records=profiles, drift=result), result

    def findings(self, rule, config_links=()):
        ctx, _ = self.run(config_links)
        return list(rule.check(ctx))


@pytest.fixture
def scan(tmp_path):
    return Scan(tmp_path)


def days(start: dt.date, gaps: list[int]) -> list[dt.date]:
    out = [start]
    for g in gaps:
        out.append(out[-1] + dt.timedelta(days=g))
    return out
