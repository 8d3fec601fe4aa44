"""Renderers of a ClauseMap (`gapscan map`): terminal, markdown, html, csv and json; xlsx is in
map_xlsx.py. Like the audit renderers they lay out what the map holds and compute nothing new."""
from __future__ import annotations

import csv
import html
import io
import json
from typing import Any

from gapscan.mapping.model import ClauseMap, SectionMatch
from gapscan.model import REPORT_MARKER

MAP_FORMATS = ("terminal", "markdown", "html", "csv", "xlsx", "json")
BINARY_FORMATS = {"xlsx"}
OWN_PROCESSES_NOTE = "the business's own processes, which is fine: not every procedure has to answer a clause"
TERMINAL_MATCHES = 4  # per clause in the terminal; the other formats list every match


def render_map(clause_map: ClauseMap, fmt: str, *, width: int = 100) -> str | bytes:
    """The map in `fmt` (one of MAP_FORMATS); xlsx comes back as bytes."""
    if fmt == "xlsx":
        from gapscan.report.map_xlsx import render

        return render(clause_map)
    return {"terminal": lambda m: terminal(m, width=width), "markdown": markdown, "html": html_page, "csv": csv_text,
            "json": json_text}[fmt](clause_map)


# ---------------------------------------------------------------------------- shared wording

def place(location, path: str) -> str:
    """A location in the file's own terms: paragraphs in a Word file, lines in a text file."""
    from gapscan.report.common import counts_paragraphs

    return location.describe(paragraphs=counts_paragraphs(path)) if location is not None else ""


def where(m: SectionMatch) -> str:
    loc = place(m.location, m.path)
    return f'{m.path} § "{m.section}"' + (f" ({loc})" if loc else "")


def evidence(m: SectionMatch) -> list[tuple[str, str, str]]:
    """(kinds, quote, location) per sentence quoted: a sentence that answers several of the clause's
    questions (a role, a cadence and a record) is quoted once, its kinds joined ("role, cadence, record")."""
    def key(quote: str) -> str:
        return quote.rstrip(" .;:…").casefold()

    groups: list[list] = []  # [kinds, quote, location, key]
    for a in m.answers:
        k, loc = key(a.quote), place(a.location, m.path)
        same = next((g for g in groups if g[2] == loc and (g[3].startswith(k) or k.startswith(g[3]))), None)
        if same is None:
            groups.append([[a.kind], a.quote, loc, k])
            continue
        if a.kind not in same[0]:
            same[0].append(a.kind)
        if len(k) > len(same[3]):  # keep the fuller quote
            same[1], same[3] = a.quote, k
    return [(", ".join(kinds), quote, loc) for kinds, quote, loc, _ in groups]


def _short_where(m: SectionMatch, clause: str) -> str:
    """Where, without a heading that only repeats the clause ("9.2 Internal audit" under 9.2)."""
    if m.section.split()[:1] == [clause]:
        loc = place(m.location, m.path)
        return m.path + (f" ({loc})" if loc else "")
    return where(m)


def strength_text(m: SectionMatch) -> str:
    return m.strength + ("" if m.main else ", touched on")


def heading(clause_map: ClauseMap) -> str:
    how = "detected from the documents" if clause_map.standard_detected else "as asked"
    return (f"{clause_map.standard_name} ({how}): {len(clause_map.documents)} document{'' if len(clause_map.documents) == 1 else 's'} mapped, "
            f"{len(clause_map.rows) - len(clause_map.unaddressed)} of {len(clause_map.rows)} clauses addressed")


def lists(clause_map: ClauseMap) -> list[tuple[str, list[str]]]:
    """The three lists beside the matrix, plus the declared-vs-found lines and what was not mapped."""
    return [
        (f"Clauses no document addresses ({len(clause_map.unaddressed)})",
         [f"{r.number} {r.title}" + (f" (declared by {', '.join(r.declared_by)})" if r.declared_by else "")
          for r in clause_map.unaddressed]),
        (f"Clauses addressed only by restated clause text ({len(clause_map.restated_only)})",
         [f"{r.number} {r.title}: " + "; ".join(_short_where(m, r.number) for m in r.matches) for r in clause_map.restated_only]),
        (f"Documents that address no clause ({len(clause_map.own_processes)}): {OWN_PROCESSES_NOTE}",
         list(clause_map.own_processes)),
        (f"Declared vs found ({len(clause_map.disagreements)} disagreements)",
         [f"{d.kind}: {d.detail}" for d in clause_map.disagreements]),
        (f"Not mapped ({len(clause_map.not_mapped)})", [f"{p}: {why}" for p, why in clause_map.not_mapped]),
    ]


LIST_ANCHORS = ("not-addressed", "restated-only", "own-processes", "declared-vs-found", "not-mapped")  # as lists()


def at_a_glance(clause_map: ClauseMap) -> list[tuple[str, str, str]]:
    """(anchor, label with its count, the clauses it names) for the top of a page: the gaps come first, before the
    matrix a reader scrolls through."""
    def numbers(rows) -> str:
        return ", ".join(r.number for r in rows)

    return [("not-addressed", f"Clauses no document addresses: {len(clause_map.unaddressed)}",
             numbers(clause_map.unaddressed)),
            ("restated-only", f"Addressed only by restated clause text: {len(clause_map.restated_only)}",
             numbers(clause_map.restated_only)),
            ("own-processes", f"Documents that address no clause (own processes): {len(clause_map.own_processes)}", ""),
            ("declared-vs-found", f"Declared vs found disagreements: {len(clause_map.disagreements)}", "")]


def to_dict(clause_map: ClauseMap) -> dict[str, Any]:
    def match(m: SectionMatch) -> dict[str, Any]:
        return {"path": m.path, "section": m.section, "location": m.location.to_dict() if m.location else None,
                "strength": m.strength, "main": m.main, "score": m.score,
                "answers": [{"kind": a.kind, "quote": a.quote, "location": a.location.to_dict() if a.location else None}
                            for a in m.answers]}

    return {
        "standard": clause_map.standard, "standard_name": clause_map.standard_name,
        "standard_detected": clause_map.standard_detected, "method": clause_map.method,
        "documents": list(clause_map.documents),
        "clauses": [{"number": r.number, "title": r.title, "declared_by": list(r.declared_by),
                     "restated_only": r.restated_only, "matches": [match(m) for m in r.matches]}
                    for r in clause_map.rows],
        "not_addressed": [r.number for r in clause_map.unaddressed],
        "restated_only": [r.number for r in clause_map.restated_only],
        "own_processes": list(clause_map.own_processes),
        "declarations": [{"path": d.path, "clauses": list(d.clauses), "how": d.how, "text": d.text,
                          "edition": d.edition, "section": d.section,
                          "location": d.location.to_dict() if d.location else None}
                         for d in clause_map.declarations],
        "disagreements": [{"path": d.path, "clause": d.clause, "kind": d.kind, "detail": d.detail}
                          for d in clause_map.disagreements],
        "not_mapped": [{"path": p, "reason": why} for p, why in clause_map.not_mapped],
    }


# ---------------------------------------------------------------------------- formats

def terminal(clause_map: ClauseMap, *, width: int = 100) -> str:
    import textwrap

    out = [f"gapscan map: {heading(clause_map)}", ""]

    def wrap(text: str, indent: str) -> list[str]:
        return textwrap.wrap(text, width=max(40, width), initial_indent=indent, subsequent_indent=indent + "  ") or [indent]

    for row in clause_map.rows:
        declared = f"  [declared by {', '.join(row.declared_by)}]" if row.declared_by else ""
        out.extend(wrap(f"{row.number} {row.title}{declared}", ""))
        if not row.matches:
            out.append("  (no document addresses it)")
        for m in row.matches[:TERMINAL_MATCHES]:
            out.extend(wrap(f"- {where(m)}: {strength_text(m)}", "  "))
            for kinds, quote, loc in evidence(m):
                out.extend(wrap(f'{kinds}: "{quote}"' + (f" ({loc})" if loc else ""), "      "))
        if len(row.matches) > TERMINAL_MATCHES:
            out.append(f"  ... and {len(row.matches) - TERMINAL_MATCHES} more (see --format markdown, html or xlsx)")
    for title, items in lists(clause_map):
        out.extend(["", title])
        out.extend(line for item in items for line in wrap(f"- {item}", "  "))
    out.extend(["", *wrap(f"Method: {clause_map.method}", "")])
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(clause_map: ClauseMap) -> str:
    out = [f"# Clause map: {clause_map.standard_name}", "", heading(clause_map) + ".", ""]
    out.extend(f"- {label}" + (f" ({names})" if names else "") for _, label, names in at_a_glance(clause_map))
    out.extend(["", "| clause | document and section | strength | evidence |", "|---|---|---|---|"])
    for row in clause_map.rows:
        label = f"**{row.number}** {_md(row.title)}" + (f"<br>declared by {_md(', '.join(row.declared_by))}"
                                                       if row.declared_by else "")
        if not row.matches:
            out.append(f"| {label} | *no document addresses it* | | |")
        for i, m in enumerate(row.matches):
            quoted = "<br>".join(f'{kinds}: "{_md(quote)}"' + (f" ({loc})" if loc else "")
                                 for kinds, quote, loc in evidence(m))
            out.append(f"| {label if i == 0 else ''} | {_md(where(m))} | {strength_text(m)} | {quoted} |")
    for title, items in lists(clause_map):
        out.extend(["", f"## {title}", ""])
        out.extend(f"- {_md(item)}" for item in items) if items else out.append("None.")
    out.extend(["", f"Method: {clause_map.method}.", "",
                f"<!-- {REPORT_MARKER} map: a clause map written by gapscan, not a management-system document -->", ""])
    return "\n".join(out)


def html_page(clause_map: ClauseMap) -> str:
    e = html.escape
    rows = []
    for row in clause_map.rows:
        span = max(1, len(row.matches))
        label = f"<b>{e(row.number)}</b> {e(row.title)}" + (
            f"<div class=d>declared by {e(', '.join(row.declared_by))}</div>" if row.declared_by else "")
        if not row.matches:
            rows.append(f"<tr class=gap><td>{label}</td><td colspan=3>no document addresses it</td></tr>")
        for i, m in enumerate(row.matches):
            quoted = "".join(f"<div>{e(kinds)}: &ldquo;{e(quote)}&rdquo; <span class=d>{e(loc)}</span></div>"
                             for kinds, quote, loc in evidence(m))
            first = f"<td rowspan={span}>{label}</td>" if i == 0 else ""
            rows.append(f"<tr>{first}<td>{e(where(m))}</td><td class='{e(m.strength.split()[0])}'>"
                        f"{e(strength_text(m))}</td><td>{quoted}</td></tr>")
    side = "".join(f'<h2 id="{anchor}">{e(title)}</h2><ul>'
                   f"{''.join(f'<li>{e(i)}</li>' for i in items) or '<li>None.</li>'}</ul>"
                   for anchor, (title, items) in zip(LIST_ANCHORS, lists(clause_map)))
    glance = "".join(f'<li><a href="#{anchor}">{e(label)}</a>' + (f" ({e(names)})" if names else "") + "</li>"
                     for anchor, label, names in at_a_glance(clause_map))
    return ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
            f'<meta name="generator" content="{REPORT_MARKER} map">'
            f"<title>Clause map: {e(clause_map.standard_name)}</title><style>"
            "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}"
            "td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}.d{color:#666;font-size:90%}"
            ".gap td{background:#fdecea}.restated{background:#fff4e5}.strong{background:#e8f5e9}"
            "</style></head><body>"
            f"<h1>Clause map: {e(clause_map.standard_name)}</h1><p>{e(heading(clause_map))}.</p>"
            f"<ul>{glance}</ul><table><tr><th>clause</th><th>document and section</th><th>strength</th><th>evidence</th></tr>"
            + "".join(rows) + "</table>" + side + f"<p class=d>Method: {e(clause_map.method)}.</p></body></html>\n")


MATRIX_COLUMNS = ("clause", "title", "document", "section", "location", "strength", "main", "score", "evidence",
                  "declared by")


def matrix_rows(clause_map: ClauseMap) -> list[list[Any]]:
    """One row per clause and section that addresses it; a clause nothing addresses gets one empty row."""
    out = []
    for row in clause_map.rows:
        declared = ", ".join(row.declared_by)
        if not row.matches:
            out.append([row.number, row.title, "", "", "", "not addressed", "", "", "", declared])
        for m in row.matches:
            quoted = "\n".join(f'{kinds}: "{quote}"' + (f" ({loc})" if loc else "") for kinds, quote, loc in evidence(m))
            out.append([row.number, row.title, m.path, m.section, place(m.location, m.path),
                        m.strength, "yes" if m.main else "no", m.score, quoted, declared])
    return out


def csv_text(clause_map: ClauseMap) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(MATRIX_COLUMNS)
    writer.writerows(matrix_rows(clause_map))
    return buffer.getvalue()


def json_text(clause_map: ClauseMap) -> str:
    return json.dumps(to_dict(clause_map), indent=2, ensure_ascii=False) + "\n"


__all__ = ["MAP_FORMATS", "BINARY_FORMATS", "render_map", "matrix_rows", "MATRIX_COLUMNS"]
