"""What a reader of `gapscan map` sees: one quote per sentence, short lists (built ClauseMaps, no files)."""
from __future__ import annotations

from gapscan.mapping.model import RESTATED, STRONG, Answer, ClauseMap, ClauseRow, SectionMatch
from gapscan.model import Location
from gapscan.report.map_formats import matrix_rows, render_map


def _map(rows, **kw) -> ClauseMap:
    base = dict(standard="iso9001", standard_name="ISO 9001:2015", standard_detected=False, method="m",
                documents=("p/QP-30.md",), rows=tuple(rows), declarations=(), disagreements=(),
                not_mapped=(), own_processes=())
    base.update(kw)
    return ClauseMap(**base)


def _one_sentence_three_kinds() -> ClauseMap:
    where = Location(line=7)
    sentence = "The Stores Lead counts the bins every Friday and enters the count in the stock sheet (SF-2)"
    answers = (Answer(kind="role", quote=sentence + ".", location=where),
               Answer(kind="cadence", quote=sentence, location=where),
               Answer(kind="record", quote=sentence, location=where),
               Answer(kind="decision", quote="Counts off by more than 2 bins are recounted.", location=Location(line=8)))
    m = SectionMatch(path="p/QP-30.md", section="Stock counts", location=Location(line=6), clause="7.1",
                     score=0.9, strength=STRONG, answers=answers)
    return _map([ClauseRow(number="7.1", title="Resources", matches=(m,))])


def test_a_sentence_answering_three_questions_is_quoted_once_in_every_format():
    clause_map = _one_sentence_three_kinds()
    for fmt in ("terminal", "markdown", "html"):
        text = render_map(clause_map, fmt, width=400)
        assert text.count("counts the bins every Friday") == 1, fmt
        assert "role, cadence, record:" in text, fmt
        assert text.count("recounted") == 1, fmt
    evidence = matrix_rows(clause_map)[0][8]
    assert evidence.count("counts the bins") == 1 and evidence.startswith("role, cadence, record:")


def test_the_restated_only_list_does_not_repeat_a_heading_that_is_the_clause():
    matches = tuple(SectionMatch(path=f"p/{name}", section=heading, location=Location(line=line), clause="9.2",
                                 score=0.5, strength=RESTATED)
                    for name, heading, line in (("QM-01.md", "9.2 Internal audit", 40),
                                                ("EMS-01.md", "9.2 Internal audit programme", 12),
                                                ("OHS-01.md", "Checking the system", 30)))
    row = ClauseRow(number="9.2", title="Internal audit", matches=matches)
    text = render_map(_map([row]), "terminal", width=400)
    listed = text.split("Clauses addressed only by restated clause text (1)")[1].split("\n\n")[0]
    assert "§ \"9.2 Internal audit\"" not in listed and "§ \"9.2 Internal audit programme\"" not in listed
    assert "p/QM-01.md (line 40)" in listed and "p/EMS-01.md (line 12)" in listed
    assert '§ "Checking the system" (line 30)' in listed  # a heading of its own is kept


def test_the_workbook_prints_a_sheet_across_one_page_wide_with_its_header_on_every_page():
    import io

    from openpyxl import load_workbook

    from gapscan.report.map_xlsx import render

    book = load_workbook(io.BytesIO(render(_one_sentence_three_kinds())))
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1, sheet.title
        assert sheet.page_setup.fitToHeight == 0, sheet.title  # as many pages down as it needs
        assert sheet.print_title_rows.replace("$", "") == "1:1", sheet.title


def test_a_workbook_row_is_as_tall_as_its_wrapped_evidence():
    import io

    from openpyxl import load_workbook

    from gapscan.report.map_xlsx import render

    matrix = load_workbook(io.BytesIO(render(_one_sentence_three_kinds())))["Matrix"]
    assert matrix.column_dimensions["I"].width <= 80  # the evidence column
    assert (matrix.row_dimensions[2].height or 0) >= 15 * 3  # two quotes, the first wrapping at least once


def test_html_and_markdown_open_with_the_gaps_before_the_matrix():
    from gapscan.mapping.model import MENTION

    gap = ClauseRow(number="4.4", title="Quality management system and its processes", matches=())
    restated = ClauseRow(number="9.2", title="Internal audit", matches=(SectionMatch(
        path="p/QM-01.md", section="9.2 Internal audit", location=Location(line=40), clause="9.2", score=0.5,
        strength=RESTATED),))
    seen = ClauseRow(number="8.4", title="Control of externally provided processes", matches=(SectionMatch(
        path="p/QP-30.md", section="Buying", location=Location(line=3), clause="8.4", score=0.5, strength=MENTION),))
    clause_map = _map([gap, seen, restated], own_processes=("p/WI-09.md",))
    html_text = render_map(clause_map, "html")
    top = html_text.split("<table")[0]
    assert "4.4" in top and 'href="#not-addressed"' in top and 'id="not-addressed"' in html_text
    assert "9.2" in top and 'href="#restated-only"' in top and "p/WI-09.md" not in top  # counts, not the lists
    md_top = render_map(clause_map, "markdown").split("| clause |")[0]
    assert "4.4" in md_top and "9.2" in md_top and "(own processes): 1" in md_top


def test_one_document_is_counted_in_the_singular():
    assert "1 document mapped, 0 of 1 clauses addressed" in render_map(
        _map([ClauseRow(number="4.4", title="Quality management system and its processes", matches=())]), "terminal")
