"""Settings for the whole suite."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test gets a cache folder of its own, outside its tmp_path (which tests scan): no test
    writes into the real user cache or reads what another test left there."""
    monkeypatch.setenv("GAPSCAN_CACHE_DIR", str(tmp_path_factory.mktemp("gapscan-cache")))
