"""Small procedures written per test, parsed by gapscan's own ingest."""
from __future__ import annotations

import pytest


@pytest.fixture
def parse(tmp_path):
    """Write `text` to tmp_path/name and return gapscan's Document of it, classified."""
    from gapscan.classify import classify
    from gapscan.ingest import DEFAULT_LIMITS, parse_file

    def _parse(name: str, text: str):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return classify(parse_file(path, name, DEFAULT_LIMITS), {})

    return _parse
