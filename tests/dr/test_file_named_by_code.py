"""Whether a file of the set carries a cited code in its name is now looked up among the files that hold the code's
first letters as a run of their own, not searched in every file name for every claim (21 million searches on a
2,000-document set). The answer must be the one the full search gives, for every code and name."""
from __future__ import annotations

import random
from types import SimpleNamespace

from gapscan.drift import _file_named_by_code
from gapscan.linking import code_pattern

NAMES = ("ADR-0006-risk-method.md", "2025-QF-11 supplier log.xlsx", "qf_11.csv", "QF 11.docx", "XQF-11.md",
         "ABC-QF-11.md", "QF-111.md", "audit-log-001.csv", "AUD-LOG-001.csv", "R01.csv", "r 1 register.md",
         "SOP12a.pdf", "12-QF.md", "notes.md", "Procedure SOP-7 (draft).docx", "ſop-7.md", "KPI-3.md")
CODES = ("ADR-0006", "QF-11", "LOG-001", "AUD-LOG-001", "R-01", "SOP-12", "SOP-7", "12", "KPI-3", "QF", "X-1")


def _full(code: str, names) -> bool:
    return any(code_pattern(code).search(n) for n in names)


def test_the_lookup_answers_as_the_full_search_does():
    for code in CODES:
        scope = SimpleNamespace(file_names=NAMES, memo={})
        assert _file_named_by_code(code, scope) == _full(code, NAMES), code


def test_the_lookup_answers_as_the_full_search_does_on_random_names():
    rng = random.Random(7)
    parts = ["QF", "qf", "Sop", "ADR", "R", "log", "AUD", "x", "12", "011", "7", "0006"]
    seps = ["", "-", "_", " ", ".", "/"]
    names = tuple("".join(rng.choice(parts) + rng.choice(seps) for _ in range(rng.randint(1, 4))) + ".md"
                  for _ in range(400))
    for _ in range(300):
        code = rng.choice(parts) + rng.choice(["-", "", " "]) + rng.choice(parts)
        scope = SimpleNamespace(file_names=names, memo={})
        assert _file_named_by_code(code, scope) == _full(code, names), code
