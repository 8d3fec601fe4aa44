"""The clause map as an Excel workbook: the matrix, then one sheet per list, each with a frozen
header row and filters, because auditors and consultants work in spreadsheets."""
from __future__ import annotations

import io

from gapscan.mapping.model import ClauseMap
from gapscan.model import REPORT_MARKER
from gapscan.report.map_formats import MATRIX_COLUMNS, OWN_PROCESSES_NOTE, matrix_rows, where


NARROW, WIDEST = 36, 80  # column widths in characters: evidence and lists of places get the widest


def render(clause_map: ClauseMap) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheets = [
        ("Matrix", MATRIX_COLUMNS, matrix_rows(clause_map)),
        ("Not addressed", ("clause", "title", "declared by"),
         [[r.number, r.title, ", ".join(r.declared_by)] for r in clause_map.unaddressed]),
        ("Restated only", ("clause", "title", "restated in"),
         [[r.number, r.title, "; ".join(where(m) for m in r.matches)] for r in clause_map.restated_only]),
        ("Own processes", ("document", "note"), [[p, OWN_PROCESSES_NOTE] for p in clause_map.own_processes]),
        ("Declared vs found", ("document", "clause", "disagreement", "detail"),
         [[d.path, d.clause, d.kind, d.detail] for d in clause_map.disagreements]),
    ]
    book.remove(book.active)
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(list(header))
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        # printed or exported to PDF: one page wide (columns side by side, not one column per page) and
        # as many pages down as needed, the header repeated on each
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.print_title_rows = "1:1"
        widths = {}
        for column in sheet.columns:
            longest = max((len(line) for c in column for line in str(c.value or "").splitlines() or [""]), default=8)
            cap = WIDEST if column[0].value in ("evidence", "restated in", "detail") else NARROW
            widths[column[0].column_letter] = min(cap, max(10, longest + 2))
            sheet.column_dimensions[column[0].column_letter].width = widths[column[0].column_letter]
            for c in column[1:]:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.iter_rows(min_row=2):
            # tall enough for its wrapped text: LibreOffice keeps openpyxl's default height and prints
            # wrapped lines over the next row
            lines = max(sum(-(-max(1, len(line)) // max(1, int(widths[c.column_letter]) - 2))
                            for line in str(c.value or "").splitlines() or [""]) for c in row)
            if lines > 1:
                sheet.row_dimensions[row[0].row].height = 15 * lines
    buffer = io.BytesIO()
    book.properties.keywords = REPORT_MARKER
    book.properties.title = f"Clause map: {clause_map.standard_name}"
    book.save(buffer)
    return buffer.getvalue()
