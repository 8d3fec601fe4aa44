"""A draft as markdown: one list item per statement, its traces as footnotes."""
from __future__ import annotations

from gapscan.draft.model import Draft, Statement, Trace
from gapscan.model import REPORT_MARKER

QUESTION = "**?**"


def header_lines(draft: Draft) -> list[str]:
    """What the draft is and how to read it: the same words in every format."""
    records = ", ".join(f"`{r}`" for r in draft.records) or "none"
    return [f"Draft rewrite of `{draft.procedure}`, built by gapscan {draft.tool_version} from the records in "
            f"{draft.scope}. Records drafted from: {records}.",
            "Every line cites its evidence (record, sheet and cells, or the procedure's own line), or is an open "
            "question for the process owner, marked ?. Nothing is taken from the standard's text except the "
            "clause cross-reference."]


def statement_text(statement: Statement) -> str:
    """The words of a statement with its question, uncertainty and step marks."""
    parts = []
    if statement.uncertain:
        parts.append("(uncertain link)")
    parts.append(" ".join(statement.text.split()))
    if statement.mark is not None:
        parts.append(f"({statement.mark.value})")
    return " ".join(parts)


def render(draft: Draft) -> str:
    notes: dict[str, int] = {}

    def ref(trace: Trace) -> str:
        key = trace.text()
        notes.setdefault(key, len(notes) + 1)
        return f"[^{notes[key]}]"

    lines = [f"# Draft: {_escape(draft.title)}", ""]
    lines += [f"> {line}" for line in header_lines(draft)] + [""]
    for section in draft.sections:
        lines += [f"## {section.title}", ""]
        numbered = section.key == "steps"
        for i, statement in enumerate(section.statements, 1):
            bullet = f"{i}." if numbered else "-"
            mark = f"{QUESTION} " if statement.question else ""
            refs = "".join(ref(t) for t in statement.traces)
            lines.append(f"{bullet} {mark}{_escape(statement_text(statement))}{refs}")
        lines.append("")
    for text, n in notes.items():
        lines.append(f"[^{n}]: {text}")
    lines += ["", f"<!-- {REPORT_MARKER} {draft.tool_version}: a draft written by gapscan; delete this line when "
                  f"the owner adopts it as the procedure -->", ""]
    return "\n".join(lines)


def _escape(text: str) -> str:
    # square brackets in a record's item would read as links or footnotes
    return text.replace("[", "\\[").replace("]", "\\]")
