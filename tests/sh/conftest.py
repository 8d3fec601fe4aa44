import sys
from pathlib import Path

# The record/profile builders live beside the PS tests; SH tests use the same ones.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ps"))
