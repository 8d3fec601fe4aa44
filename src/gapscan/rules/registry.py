"""The rule catalogue: one explicit list, checked at import.

Codes and names are the public contract of the spec's RULES.md (the project's own
copy of it is the CONTRACT table in tests/rules/test_registry.py). Each family module
(cm, dr, ps, sh) declares its Rules in a RULES tuple; this module is the only place
those tuples are gathered into the catalogue.
"""
from __future__ import annotations

import re

from gapscan.rules.base import Rule

FAMILIES = {
    "CM": "clause mirroring",
    "DR": "practice drift",
    "PS": "parallel system",
    "SH": "system health",
}


def _catalogue() -> tuple[Rule, ...]:
    """The registered rules: implemented ones come from their family module."""
    from gapscan.rules import cm, dr, ps, sh

    rules: list[Rule] = []
    for module in (cm, dr, ps, sh):
        rules.extend(module.RULES)
    return tuple(sorted(rules, key=lambda r: r.code))


def _check(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    seen: set[str] = set()
    for rule in rules:
        if not re.fullmatch(r"(CM|DR|PS|SH)\d\d", rule.code):
            raise ValueError(f"bad rule code {rule.code!r}")
        if rule.code in seen:
            raise ValueError(f"rule {rule.code} registered twice")
        if FAMILIES[rule.code[:2]] != rule.family:
            raise ValueError(f"rule {rule.code} has family {rule.family!r}")
        seen.add(rule.code)
    return rules


RULES: tuple[Rule, ...] = _check(_catalogue())
BY_CODE = {r.code: r for r in RULES}


def select(select: list[str] | None, ignore: list[str] | None) -> tuple[Rule, ...]:
    """Rules chosen by code or prefix ("CM", "DR02"); ignore wins over select."""

    def hit(code: str, patterns: list[str]) -> bool:
        return any(code.startswith(p.strip().upper()) for p in patterns if p.strip())

    return tuple(r for r in RULES
                 if (not select or hit(r.code, select)) and not (ignore and hit(r.code, ignore)))


def unknown_codes(patterns: list[str]) -> list[str]:
    """Patterns that match no rule (a typo in --select/--ignore is a usage error)."""
    return [p for p in patterns if p.strip() and not any(r.code.startswith(p.strip().upper()) for r in RULES)]


__all__ = ["RULES", "BY_CODE", "FAMILIES", "select", "unknown_codes"]
