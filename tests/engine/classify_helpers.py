"""Write one file under a test's folder, parse it with gapscan's own parser and classify it."""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind


def kind_of(tmp_path: Path, name: str, text: str) -> tuple[Kind, str]:
    """(kind, the reason classify gives) of a file `name` holding `text`."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    doc = classify(parse_file(path, name))
    return doc.kind, doc.kind_reason


def kind(tmp_path: Path, name: str, text: str) -> Kind:
    return kind_of(tmp_path, name, text)[0]


def assert_kind(tmp_path: Path, name: str, text: str, expected: Kind, *said: str) -> str:
    """Classify `text` filed as `name`; assert its kind is `expected` and that its reason says each of `said` (the
    reason shown when either fails). Returns the reason, for what a test checks further."""
    got, why = kind_of(tmp_path, name, text)
    assert got is expected, why
    for phrase in said:
        assert phrase in why, why
    return why
