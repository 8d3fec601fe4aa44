"""Paths the map tests share (a module of its own: every test folder has a conftest.py)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HARROW = ROOT / "examples" / "harrow-vale"
