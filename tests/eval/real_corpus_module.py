"""bench/real_corpus.py loaded once as the module `real_corpus`, for the tests that read the real corpus's
evaluation (bench/ is no package: its scripts import each other by name, so its folder goes on sys.path)."""
from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def real_corpus():
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("real_corpus", ROOT / "bench" / "real_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_corpus"] = module
    spec.loader.exec_module(module)
    return module
