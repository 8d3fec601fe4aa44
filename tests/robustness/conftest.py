"""Robustness tests: hostile and odd client folders built in tmp_path, run end to end."""
from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a large generated input (still run in CI, bounded to ~20 s)")
