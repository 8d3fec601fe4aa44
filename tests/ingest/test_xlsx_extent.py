"""The pre-read extent check of a worksheet places every cell where calamine would.

calamine builds the whole rectangle from A1 to the farthest cell before gapscan's after-read cell limit can
look at it, so a few kB of XML can ask for tens of millions of slots. It reads a cell's position from its
`r` attribute in either quote style and any letter case, and gives a cell without one the next column of its
row (a row without `r` is the one after the last). The workbooks here are written as raw XML by the tests.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.model import Status

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def write_workbook(path: Path, sheet_data: str, *, sheet_part: str = "xl/worksheets/sheet1.xml",
                   root: str = "worksheet", prefix: str = "") -> Path:
    """A one-sheet workbook whose <sheetData> is `sheet_data` as given (no shared strings, no styles)."""
    target = sheet_part[3:] if sheet_part.lower().startswith("xl/") else "/" + sheet_part
    tag = f"{prefix}:" if prefix else ""
    xmlns = f"xmlns:{prefix}" if prefix else "xmlns"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/{sheet_part}" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/worksheet" Target="{target}"/></Relationships>'),
        sheet_part: (f'<?xml version="1.0" encoding="UTF-8"?><{tag}{root} {xmlns}="{_MAIN}"><{tag}sheetData>'
                     f'{sheet_data}</{tag}sheetData></{tag}{root}>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return path


@pytest.fixture
def calamine_must_not_run(monkeypatch):
    """calamine is never asked to open the file: the refusal comes from the check before it."""
    import python_calamine

    def refuse(*args, **kwargs):
        raise AssertionError("calamine was asked to read a workbook the extent check should have refused")
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", staticmethod(refuse))


def _refused(path: Path) -> str:
    doc = parse_file(path, path.name)
    assert doc.status is Status.ERROR, "the workbook was read"
    assert doc.error and "\n" not in doc.error and len(doc.error) <= 300 and doc.blocks == ()
    return doc.error


def _value(n: int = 1) -> str:
    return f"<v>{n}</v>"


def test_cells_without_references_fill_their_row_one_column_after_another(tmp_path, calamine_must_not_run):
    """20,000 cells without `r` in the first row, one cell in each of 2,000 more rows: a 2,001 x 20,000 grid."""
    first = "<row>" + f"<c>{_value()}</c>" * 20_000 + "</row>"
    rest = f"<row><c>{_value()}</c></row>" * 2_000
    path = write_workbook(tmp_path / "no-refs.xlsx", first + rest)
    assert path.stat().st_size < 20_000
    assert _refused(path) == "worksheet sheet1 spans 2001 rows x 20000 columns, over the 5000000 cell limit"


def test_single_quoted_far_reference_counts(tmp_path, calamine_must_not_run):
    sheet = f"<row r='1'><c r='A1'>{_value()}</c></row><row r='2000'><c r='XFD2000'>{_value()}</c></row>"
    path = write_workbook(tmp_path / "quoted.xlsx", sheet)
    assert _refused(path) == "worksheet sheet1 spans 2000 rows x 16384 columns, over the 5000000 cell limit"


@pytest.mark.parametrize("cell", [
    '<c r="xfd2000">{v}</c>',                 # lower-case letters
    '<c s="0" r="XFD2000">{v}</c>',           # the reference is not the first attribute
    '<c r = "XFD2000">{v}</c>',               # spaces around '='
    '<c\n r="XFD2000">{v}</c>',               # a line break after the tag name
])
def test_far_reference_written_another_way_counts(tmp_path, calamine_must_not_run, cell):
    sheet = f'<row r="1"><c r="A1">{_value()}</c></row><row r="2000">{cell.format(v=_value())}</row>'
    path = write_workbook(tmp_path / "other-way.xlsx", sheet)
    assert _refused(path) == "worksheet sheet1 spans 2000 rows x 16384 columns, over the 5000000 cell limit"


def test_row_without_reference_follows_the_last_numbered_row(tmp_path, calamine_must_not_run):
    """Each reference alone is near A1 (J4000 at most), but rows without `r` continue from the numbered one
    and cells without `r` from the last placed column: 5,000 rows x 1,200 columns."""
    sheet = (f'<row r="4000"><c r="J4000">{_value()}</c></row>'
             + f"<row>{'<c/>' * 3}<c>{_value()}</c></row>" * 1_000
             + f'<row r="1"><c r="A1">{_value()}</c></row>'
             + f"<row>{f'<c>{_value()}</c>' * 1_200}</row>")
    path = write_workbook(tmp_path / "continued.xlsx", sheet)
    assert _refused(path) == "worksheet sheet1 spans 5000 rows x 1200 columns, over the 5000000 cell limit"


def test_prefixed_cells_without_references_count(tmp_path, calamine_must_not_run):
    """calamine matches the local name, so <x:c> in a prefixed sheet is a cell too."""
    sheet = "<x:row>" + f"<x:c>{_value()}</x:c>" * 6_000 + "</x:row>" + f"<x:row r='1000'><x:c>{_value()}</x:c></x:row>"
    sheet = sheet.replace("<v>", "<x:v>").replace("</v>", "</x:v>")
    path = write_workbook(tmp_path / "prefixed.xlsx", sheet, prefix="x")
    assert _refused(path) == "worksheet sheet1 spans 1000 rows x 6000 columns, over the 5000000 cell limit"


def test_reference_with_many_digits_counts(tmp_path, calamine_must_not_run):
    sheet = f'<row r="1"><c r="A1">{_value()}</c><c r="B00000000000000000000000000004000000">{_value()}</c></row>'
    path = write_workbook(tmp_path / "digits.xlsx", sheet)
    assert "over the 5000000 cell limit" in _refused(path)


def test_sheet_part_named_in_upper_case_is_still_measured(tmp_path, calamine_must_not_run):
    """calamine finds a part whatever the case of its name in the zip."""
    sheet = f'<row r="1"><c r="A1">{_value()}</c></row><row r="2000"><c r="XFD2000">{_value()}</c></row>'
    path = write_workbook(tmp_path / "upper.xlsx", sheet, sheet_part="XL/Worksheets/Sheet1.xml")
    assert "16384 columns, over the 5000000 cell limit" in _refused(path)


@pytest.mark.parametrize("part", ["xl/data/s1.xml", "s1.xml", "s1"])
def test_worksheet_outside_the_worksheets_folder_is_measured(tmp_path, calamine_must_not_run, part):
    """calamine opens a worksheet wherever the workbook's relationships point (an absolute target may name any
    part, a minimal package keeps its sheets beside the workbook): such a part is measured too."""
    sheet = f'<row r="1"><c r="A1">{_value()}</c></row><row r="2000"><c r="XFD2000">{_value()}</c></row>'
    path = write_workbook(tmp_path / "elsewhere.xlsx", sheet, sheet_part=part)
    assert _refused(path) == "worksheet s1 spans 2000 rows x 16384 columns, over the 5000000 cell limit"


def test_worksheet_outside_the_worksheets_folder_within_the_limit_is_read(tmp_path):
    sheet = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Entry</t></is></c><c r="B1" t="inlineStr"><is><t>Owner</t>'
             '</is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>QA</t></is></c></row>')
    doc = parse_file(write_workbook(tmp_path / "beside.xlsx", sheet, sheet_part="sheet1.xml"), "beside.xlsx")
    assert doc.status is Status.OK, doc.error
    assert doc.tables()[0].header == ("Entry", "Owner")


def test_cells_without_references_within_the_limit_are_read_where_calamine_puts_them(tmp_path):
    """The exact path only measures: a small sheet written without references parses as before."""
    sheet = ('<row><c t="inlineStr"><is><t>Date</t></is></c><c t="inlineStr"><is><t>Owner</t></is></c></row>'
             "<row><c><v>45000</v></c><c t='inlineStr'><is><t>QA</t></is></c></row>"
             "<row r='4'><c r='B4' t='inlineStr'><is><t>Ops</t></is></c><c><v>7</v></c></row>")
    path = write_workbook(tmp_path / "plain.xlsx", sheet)
    doc = parse_file(path, "plain.xlsx")
    assert doc.status is Status.OK, doc.error
    table = doc.tables()[0]
    assert table.header[:2] == ("Date", "Owner")
    assert [list(r) for r in table.rows][-1][1:3] == ["Ops", 7]


def test_prefixed_sheet_with_references_parses(tmp_path):
    sheet = ('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Entry</x:t></x:is></x:c>'
             '<x:c r="B1" t="inlineStr"><x:is><x:t>Owner</x:t></x:is></x:c></x:row>'
             '<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>QA</x:t></x:is></x:c>'
             '</x:row>')
    path = write_workbook(tmp_path / "prefixed-ok.xlsx", sheet, prefix="x")
    doc = parse_file(path, "prefixed-ok.xlsx")
    assert doc.status is Status.OK, doc.error
    assert doc.tables()[0].header == ("Entry", "Owner")


def _random_sheet(rng) -> str:
    """Rows with and without `r`, cells with references in several spellings and without, every cell holding a
    value (calamine leaves empty cells out of its grid)."""
    rows = []
    for _ in range(rng.randint(1, 8)):
        cells = []
        for _ in range(rng.randint(0, 6)):
            if rng.random() < 0.5:
                letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
                if rng.random() < 0.3:
                    letters = letters.lower()
                quote = rng.choice("\"'")
                ref = f"r={quote}{letters}{rng.randint(1, 40)}{quote}"
                attrs = rng.choice([f" {ref}", f' t="n" {ref}', f"\n {ref} s=\"0\""])
            else:
                attrs = rng.choice(["", ' t="n"'])
            cells.append(f"<c{attrs}><v>{rng.randint(1, 9)}</v></c>")
        row_ref = f' r="{rng.randint(1, 40)}"' if rng.random() < 0.5 else ""
        rows.append(f"<row{row_ref}>{''.join(cells)}</row>")
    rows.append('<row r="1"><c r="A1"><v>1</v></c></row>')  # never an empty sheet
    rng.shuffle(rows)
    return "".join(rows)


def test_placement_matches_calamine_on_random_small_sheets(tmp_path):
    """With a limit of 0 cells every sheet is refused with its measured extent; calamine reads the same file and
    its grid (A1 to the farthest cell) must have exactly that many rows and columns."""
    import random
    import re

    from python_calamine import CalamineWorkbook

    from gapscan.ingest.base import Limits

    rng = random.Random(13)
    for i in range(150):
        path = write_workbook(tmp_path / f"r{i}.xlsx", _random_sheet(rng))
        doc = parse_file(path, path.name, Limits(max_cells=0))
        m = re.fullmatch(r"worksheet sheet1 spans (\d+) rows x (\d+) columns, over the 0 cell limit", doc.error or "")
        assert m, doc.error
        grid = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Log").to_python(skip_empty_area=False)
        assert (int(m.group(1)), int(m.group(2))) == (len(grid), max(map(len, grid))), path.read_bytes()


def test_cell_tag_in_a_long_run_without_a_tag_end_is_placed(tmp_path, calamine_must_not_run):
    """A megabyte-long attribute value keeps the tag's '>' out of the first MB: the scanner is handed the start of
    the tag as a text run, and must still see the cell it opens."""
    import random
    import string

    filler = "".join(random.Random(5).choices(string.ascii_letters, k=3_000_000))
    sheet = (f'<row r="1"><c r="A1">{_value()}</c></row>'
             f"<row r='2000'><c r='XFD2000' note=\"{filler}\">{_value()}</c></row>")
    path = write_workbook(tmp_path / "long-tag.xlsx", sheet)
    assert _refused(path) == "worksheet sheet1 spans 2000 rows x 16384 columns, over the 5000000 cell limit"
