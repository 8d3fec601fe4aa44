"""`gapscan: ignore` comments: read them out of a document's text and give each the lines it covers.

    <!-- gapscan: ignore CM03 reason="the customer's contract quotes clause 8.4 word for word" -->
    <!-- gapscan: ignore-file CM01,CM02 reason="a clause map, kept on purpose" expires=2027-06-30 -->
    gapscan: ignore CM04 reason="..."            (plain text: on a line of its own)

`ignore` covers the next block after the comment: a paragraph, list item or table, or, when the next block
is a heading, that heading's whole section (up to the next heading of the same or a higher level).
`ignore-file` covers the whole document wherever it stands. Codes are rule codes or family prefixes (CM03, CM).
Blocks and findings are placed by source line, so in HTML the comment must end on a line before the block it
covers (an export that puts the whole page on one line can only use `ignore-file`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Iterable, Sequence

from gapscan.model import Block, BlockType, InlineIgnore

MARKER = "gapscan:"
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
# lower case, as written in the docs: the cheap `MARKER in text` test before any regex depends on it
TEXT_LINE = re.compile(r"^\s*(gapscan:\s*ignore(?:-file)?\b.*?)\s*$")
DIRECTIVE = re.compile(r"^\s*gapscan:\s*(?P<verb>ignore-file|ignore)\b(?P<rest>.*)$", re.S)
OPTION = re.compile(r"""(?P<key>[a-z_]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+))""", re.I)
CODE = re.compile(r"^[A-Z]{2}(?:\d{2})?$")


def from_html_comments(text: str, blocks: Sequence[Block], *, skip_lines: Iterable[int] = ()) -> tuple[
        InlineIgnore, ...]:
    """The ignore comments of markdown or HTML source; `skip_lines` are lines inside code, where a comment is
    an example, not a directive."""
    if MARKER not in text:
        return ()
    skip = set(skip_lines)
    found = []
    for match in HTML_COMMENT.finditer(text):
        line = text.count("\n", 0, match.end()) + 1
        if DIRECTIVE.match(match.group(1)) and line not in skip:
            found.append((line, match.group(1)))
    return attach(found, blocks)


def text_directive_lines(lines: Sequence[str]) -> dict[int, str]:
    """Plain-text directive lines by 0-based index (the caller blanks them so they are not read as text)."""
    return {i: m.group(1) for i, raw in enumerate(lines) if MARKER in raw and (m := TEXT_LINE.match(raw))}


def attach(found: Sequence[tuple[int, str]], blocks: Sequence[Block]) -> tuple[InlineIgnore, ...]:
    """Parse each (line, comment body) and give it the lines it covers among `blocks`."""
    starts = sorted(((b.location.line, b) for b in blocks if b.location.line is not None), key=lambda s: s[0])
    out = []
    for line, body in found:
        ignore = parse(line, body)
        if ignore.problem is None and ignore.first_line is not None:
            ignore = _cover(ignore, starts)
        out.append(ignore)
    return tuple(out)


def parse(line: int, body: str) -> InlineIgnore:
    """One directive; a malformed one comes back with its `problem` (it then suppresses nothing)."""
    match = DIRECTIVE.match(body)
    if match is None:
        raise ValueError(f"not a gapscan directive: {body!r}")
    rest = match.group("rest")
    options = {m.group("key").lower(): next(g for g in (m.group("dq"), m.group("sq"), m.group("bare"))
                                            if g is not None) for m in OPTION.finditer(rest)}
    words = [w.upper() for w in re.split(r"[\s,]+", OPTION.sub(" ", rest)) if w]
    codes = tuple(w for w in words if CODE.match(w))
    whole_file = match.group("verb") == "ignore-file"
    ignore = InlineIgnore(line=line, codes=codes, reason=(options.get("reason") or "").strip() or None,
                          first_line=None if whole_file else line + 1)
    bad = [w for w in words if not CODE.match(w)]
    unknown = sorted(set(options) - {"reason", "expires"})
    problem = None
    if bad:
        problem = f"{bad[0]!r} is not a rule code (write codes such as CM03 or a family such as CM)"
    elif not codes:
        problem = "names no rule code (write e.g. `gapscan: ignore CM03 reason=\"...\"`)"
    elif unknown:
        problem = f"unknown option {unknown[0]!r} (use reason=\"...\" and expires=YYYY-MM-DD)"
    expires = options.get("expires")
    if expires is not None and problem is None:
        try:
            return replace(ignore, expires=dt.date.fromisoformat(expires))
        except ValueError:
            problem = f"expires={expires!r} is not a date (YYYY-MM-DD)"
    return replace(ignore, problem=problem) if problem else ignore


def _cover(ignore: InlineIgnore, starts: list[tuple[int, Block]]) -> InlineIgnore:
    after = [(n, b) for n, b in starts if n > ignore.line]
    if not after:
        return replace(ignore, problem="no text follows it (use ignore-file for the whole file)")
    first, block = after[0]
    if block.type is BlockType.HEADING:
        level = block.level or 1
        ends = [n for n, b in after[1:] if b.type is BlockType.HEADING and (b.level or 1) <= level]
    else:
        ends = [n for n, _ in after[1:]]
    return replace(ignore, first_line=first, last_line=ends[0] - 1 if ends else None)
