"""What a rule is, and what every rule is given to look at."""
from __future__ import annotations

import datetime as dt
import re
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
    # the catalogue's standards the run names (nlp.mirroring.standards_named(documents, standard)), when the engine
    # has read them already (the nlp stage reads every text against them); None: a rule that needs them reads them
    named: frozenset[str] | None = None

    def of_kind(self, *kinds: Kind) -> list[Document]:
        return [d for d in self.documents if d.ok and d.kind in kinds]

    def links(self, path: str) -> tuple[Link, ...]:
        if self.drift is None:
            return ()
        return tuple(self.drift.links.get(path, ()))

    def option(self, code: str, key: str, default: Any) -> Any:
        return self.options.get(code, {}).get(key, default)


CheckFn = Callable[[Context], Iterable[Finding]]

# the section heads rule docstrings use, in both their short and long spellings
DOC_SECTIONS = {"why": "why", "why it matters": "why", "how": "how", "how it decides": "how", "fix": "fix",
                "how to fix": "fix"}
DOC_SECTION = re.compile(r"^(Why it matters|Why|How it decides|How to fix|How|Fix):\s*(.*)$")


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
    example: str = ""  # what it finds and what the better text or practice would be, in plain words

    @property
    def implemented(self) -> bool:
        return self.check is not None

    @property
    def doc(self) -> str:
        import inspect

        if self.check is None:
            return "Not implemented yet: this rule is in the catalogue but gapscan does not run it."
        return inspect.cleandoc(self.check.__doc__ or "")

    def explained(self) -> dict[str, str]:
        """The docstring's parts: 'what' (its first paragraph), 'why', 'how' (how it decides: thresholds and
        internals) and 'fix', each as one paragraph of plain text."""
        parts: dict[str, list[str]] = {"what": []}
        current = "what"
        for line in self.doc.splitlines():
            header = DOC_SECTION.match(line)
            if header:
                current = DOC_SECTIONS[header.group(1).lower()]
                line = header.group(2)
            parts.setdefault(current, []).append(line)
        return {k: " ".join(" ".join(v).split()) for k, v in parts.items()}

    def help_sections(self) -> list[tuple[str, str]]:
        """What `gapscan rules CODE` and a SARIF rule's help say, as (title, text) pairs with text: what it
        finds, why it matters, how to fix it, an example. How it decides is left to the verbose view."""
        parts = self.explained()
        sections = [("What it finds", parts.get("what", "") or self.summary), ("Why it matters", parts.get("why", "")),
                    ("How to fix it", parts.get("fix", "")), ("Example", self.example)]
        return [(title, text[:1].upper() + text[1:]) for title, text in sections if text]

    def finding(self, *, path: str, message: str, severity: Severity | None = None,
                location: Location | None = None, evidence: Iterable[Evidence] = (),
                related: Iterable[str] = (), metrics: Mapping[str, Any] | None = None,
                fix: str | None = None) -> Finding:
        """Create a complete finding of this rule (severity defaults to the rule's)."""
        return Finding(rule=self.code, name=self.name, severity=severity or self.severity,
                       path=path, message=message, location=location,
                       evidence=tuple(evidence), related=tuple(sorted(set(related))),
                       metrics=dict(metrics or {}), fix=fix)
