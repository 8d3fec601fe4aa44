"""The note under the documents table counts each kind as the scope line does.

Seen on a real makerspace set: the scope said "79 documents (14 procedure, 56 review, 9 other), 1 could not be
read" and the note under the table "8 files not judged as procedures: 8 other": the ninth, a scanned PDF with no
text layer, was counted in one and not the other, with nothing saying why.
"""
from __future__ import annotations

import re

from gapscan.report import render


def test_the_note_counts_the_unread_files_of_each_kind_the_scope_counts(report):
    markdown = render(report, "markdown")
    scope = re.search(r"^- \d+ documents \((.*?)\), \d+ could not be read$", markdown, re.M).group(1)
    note = next(line for line in markdown.splitlines() if "not judged as procedures" in line)
    in_scope = {kind: int(n) for n, kind in (part.split(" ", 1) for part in scope.split(", "))}
    assert in_scope["other"] == 2  # the fixture's unreadable PDF and its skipped file
    assert ", besides 2 other not read " in note, note
    told = re.findall(r"(\d+) (other|forms?|records?)\b", note)
    total: dict[str, int] = {}
    for n, kind in told:
        key = {"forms": "form", "records": "record"}.get(kind, kind)
        total[key] = total.get(key, 0) + int(n)
    assert total == {k: v for k, v in in_scope.items() if k in ("form", "record", "other")}, (scope, note)
