"""Fixtures for the CI-facing tests: gapscan run in this process, and a folder of documents."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner


@pytest.fixture
def cli():
    """Run gapscan in this process (spaCy loads once); returns click's Result with stdout and stderr apart."""
    from gapscan.cli import app

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture
def report_json(cli):
    """The JSON report of `gapscan check|audit ARGS`, with the exit code and stderr."""

    def run(*args: str):
        result = cli(*args, "--format", "json")
        return json.loads(result.stdout), result.exit_code, result.stderr

    return run


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    return folder
