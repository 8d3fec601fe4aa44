"""The files SH tests write and the contexts they run the rules on, said once (recbuild beside the PS tests builds
records in memory; these are real files, parsed as gapscan parses them)."""
from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import Document, Kind
from gapscan.records import profile
from gapscan.rules.base import Context


def written(tmp_path: Path, name: str, text: str, kind: Kind = Kind.REVIEW) -> Document:
    """`text` written to tmp_path/name (its folders made), parsed under that name and read as `kind`."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return replace(parse_file(path, name), kind=kind)


def record(tmp_path: Path, name: str, header, rows):
    """A CSV record of one header row and the rows: (its document, its profile)."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    doc = replace(parse_file(path, name), kind=Kind.RECORD)
    return doc, profile(doc)


def context(*loaded, audit_dates=(), inferred: bool = False, extra_docs=()) -> Context:
    """The rules' context of (document, profile) pairs, and of other documents beside them."""
    return Context(documents=tuple(d for d, _ in loaded) + tuple(extra_docs), records={p.path: p for _, p in loaded},
                   audit_dates=tuple(audit_dates), audit_dates_inferred=inferred)


def sh03(*docs: Document) -> list:
    """SH03's findings on these documents alone."""
    from gapscan.rules.sh import SH03

    return list(SH03.check(Context(documents=tuple(docs))))
