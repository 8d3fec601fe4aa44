"""Settings for the whole suite."""
from __future__ import annotations

import pytest

CACHE_ENV = "GAPSCAN_CACHE_DIR"


@pytest.fixture(autouse=True, scope="session")
def _suite_cache(tmp_path_factory):
    """A cache folder for the session, set before any module- or class-scoped fixture runs an audit:
    no test writes into the real user cache or reads what an earlier session left there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("gapscan-cache-suite")))
        yield


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test gets a cache folder of its own, outside its tmp_path (which tests scan)."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("gapscan-cache")))
