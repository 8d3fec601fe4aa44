"""Fixtures for the renderer tests; the reports themselves are built in report_fixtures."""
from __future__ import annotations

import pytest

from gapscan.model import Report

from report_fixtures import build_check_report, build_report


@pytest.fixture
def report() -> Report:
    return build_report()


@pytest.fixture
def check_report() -> Report:
    return build_check_report()


@pytest.fixture
def empty_report() -> Report:
    return Report(root=".", tool_version="0.1.0", command="audit", documents=(), findings=())
