"""What a rule is, and what every rule is given to look at."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from gapscan.model import Document, Evidence, Finding, Kind, Link, Location, Severity


@dataclass(frozen=True, kw_only=True)
class Context:
    """Everything the earlier stages produced, keyed by document path.

    mirroring: path -> gapscan.nlp.mirroring.MirroringAnalysis (procedures and reviews)
    records:   path -> gapscan.records.RecordProfile (records)
    drift:     gapscan.drift.DriftResult or None (links, claim checks, drift scores)
    """

    documents: tuple[Document, ...]
    mirroring: Mapping[str, Any] = field(default_factory=dict)
    records: Mapping[str, Any] = field(default_factory=dict)
    drift: Any = None
    audit_dates: tuple[dt.date, ...] = ()
    audit_dates_inferred: bool = False
    standard: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)  # [rules.XXnn] tables of the config

    def of_kind(self, *kinds: Kind) -> list[Document]:
        return [d for d in self.documents if d.ok and d.kind in kinds]

    def links(self, path: str) -> tuple[Link, ...]:
        if self.drift is None:
            return ()
        return tuple(self.drift.links.get(path, ()))

    def option(self, code: str, key: str, default: Any) -> Any:
        return self.options.get(code, {}).get(key, default)


CheckFn = Callable[[Context], Iterable[Finding]]


@dataclass(frozen=True, kw_only=True)
class Rule:
    """A rule code from the public catalogue and the function that implements it.

    `doc` is the check function's docstring: why it matters, how it decides, how to fix.
    A rule without `check` is in the catalogue but not implemented yet; it never fakes output.
    """

    code: str
    name: str
    family: str
    applies_to: tuple[Kind, ...]
    summary: str
    severity: Severity = Severity.WARNING
    check: CheckFn | None = None

    @property
    def implemented(self) -> bool:
        return self.check is not None

    @property
    def doc(self) -> str:
        import inspect

        if self.check is None:
            return "Not implemented yet: this rule is in the catalogue but gapscan does not run it."
        return inspect.cleandoc(self.check.__doc__ or "")

    def finding(self, *, path: str, message: str, severity: Severity | None = None,
                location: Location | None = None, evidence: Iterable[Evidence] = (),
                related: Iterable[str] = (), metrics: Mapping[str, Any] | None = None,
                fix: str | None = None) -> Finding:
        """Create a complete finding of this rule (severity defaults to the rule's)."""
        return Finding(rule=self.code, name=self.name, severity=severity or self.severity,
                       path=path, message=message, location=location,
                       evidence=tuple(evidence), related=tuple(sorted(set(related))),
                       metrics=dict(metrics or {}), fix=fix)
