"""The shared header finder and grid-to-table builder."""
from __future__ import annotations

from gapscan.ingest.tables import build_table, find_header, light_value, normalise_cell, normalise_grid
from gapscan.model import Location


def test_light_value() -> None:
    assert [light_value(s) for s in ["", " 12 ", "-3", "007", "3.50", "1e3", "12/03/2024", "N/A"]] == \
        [None, 12, -3, "007", 3.5, "1e3", "12/03/2024", "N/A"]


def test_normalise_cell() -> None:
    import datetime as dt

    assert normalise_cell(3.0) == 3 and type(normalise_cell(3.0)) is int
    assert normalise_cell(2.5) == 2.5 and normalise_cell("") is None and normalise_cell(True) is True
    assert normalise_cell(dt.time(9, 30)) == "09:30" and normalise_cell(float("nan")) is None
    assert normalise_cell(float("inf")) is None and normalise_cell(float("-inf")) is None
    assert type(normalise_cell(2.0**60)) is float and type(normalise_cell(-0.0)) is int
    day, moment = dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 14, 0)
    assert normalise_cell(day) is day and normalise_cell(moment) is moment
    assert normalise_cell("  ") is None and normalise_cell(1) == 1 and normalise_cell(False) is False


def _typed(grid) -> list[list[tuple[str, object]]]:
    return [[(type(v).__name__, v) for v in row] for row in grid]


def test_normalise_grid_keeps_values_apart_that_a_dict_would_merge() -> None:
    """A sheet's cells are normalised once per distinct value; True, 1 and 1.0 (one dict key) and an
    int and a float past 2**53 are still each normalised as themselves."""
    import datetime as dt

    grid = [["Done", True, 1.0, 1], [False, 0.0, "", " "], [2**60, 2.0**60, dt.date(2024, 3, 1), dt.time(8, 5)]]
    assert _typed(normalise_grid(grid)) == [
        [("str", "Done"), ("bool", True), ("int", 1), ("int", 1)],
        [("bool", False), ("int", 0), ("NoneType", None), ("NoneType", None)],
        [("int", 2**60), ("float", 2.0**60), ("date", dt.date(2024, 3, 1)), ("str", "08:05")]]


def test_normalise_grid_shares_one_object_per_distinct_value() -> None:
    rows = [["Open", 3.0, "Jane Roe"] for _ in range(3)] + [["Closed", 4.5, "Jane Roe"]]
    grid = [[("".join(list(v)) if isinstance(v, str) else v) for v in r] for r in rows]  # equal, separate strings
    assert grid[0][0] is not grid[2][0]
    out = normalise_grid(grid)
    assert _typed(out[:1]) == [[("str", "Open"), ("int", 3), ("str", "Jane Roe")]]
    assert out[3] == ("Closed", 4.5, "Jane Roe")  # rows come as tuples, as a Table holds them
    assert out[0][0] is out[2][0] and out[0][2] is out[3][2]


def test_a_table_from_normalised_rows_is_the_table_of_the_same_cells_as_lists() -> None:
    """normalise_grid gives tuples, which build_table keeps (normalised=True skips its blank-text pass,
    since normalise_cell leaves no blank text): the Table is the one the same cells give as lists,
    with blank and whitespace cells and ragged rows."""
    import datetime as dt

    raw = [["Calibration log", None, None, None, None], [None, None, None, None, None],
           [None, "ID", "Who", " ", "Due"], [None, 1.0, "Ann", "", dt.date(2024, 3, 1)],
           [None, 2.0, "  ", None, None], [None, None, None, None, None], [None, 3.5, "Bo", "x", "late"]]
    rows = normalise_grid(raw)
    assert all(type(r) is tuple for r in rows)
    numbers = list(range(1, len(raw) + 1))
    table = build_table(rows, numbers, Location(sheet="S"), normalised=True)
    assert table == build_table([list(r) for r in rows], numbers, Location(sheet="S"))
    assert table.header == ("A", "ID", "Who", "D", "Due") and table.title == "Calibration log"
    assert table.rows[1] == (None, 2, None, None, None) and type(table.rows[1][1]) is int
    ragged = [("Name", "Site"), ("Acme",), ("Bolt", "Leeds", "late"), (None, None)]
    assert build_table(ragged, [1, 2, 3, 4], Location(), normalised=True) == \
        build_table([list(r) for r in ragged], [1, 2, 3, 4], Location())
    assert build_table(ragged, [1, 2, 3, 4], Location(), normalised=True).rows == \
        (("Acme", None, None), ("Bolt", "Leeds", "late"))


def test_header_after_title_rows() -> None:
    grid = [["Supplier register", None, None], ["Rev 3", None, None], [None, None, None],
            ["Name", "Country", "Score"], ["Acme", "UK", 4]]
    assert find_header(grid) == 3


def test_numeric_first_row_is_not_a_header() -> None:
    assert find_header([[1, 2, 3], [4, 5, 6]]) is None


def test_duplicate_and_blank_header_names() -> None:
    table = build_table([["Date", "Date", None, "Note"], ["x", "y", "z", "w"]], [1, 2], Location(sheet="S"))
    assert table.header == ("Date", "Date (2)", "C", "Note")


def test_blank_rows_inside_data_are_dropped_but_numbers_kept() -> None:
    table = build_table([["A", "B"], [1, 2], [None, None], [3, 4], [None, None]], [1, 2, 3, 4, 5],
                        Location(sheet="S"))
    assert table.rows == ((1, 2), (3, 4)) and table.row_numbers == (2, 4)


def test_empty_grid() -> None:
    assert build_table([[None, ""], []], [1, 2], Location()) is None


def test_ragged_grid_is_trimmed_to_its_filled_columns_and_rows_keep_their_lines() -> None:
    # no row fills column A, and the widest row ends blank: the filled columns are B to D
    grid = [[None, "Name", "Site"], [None, "Acme", "Leeds", "late", None], [None, None, None, None],
            [None, "Bolt", None], [None, None, None, None, None]]
    table = build_table(grid, [4, 5, 6, 7, 8], Location(sheet="S"), row_lines=[14, 15, 16, 17, 18])
    assert table.first_column == 1
    assert table.header == ("Name", "Site", "D")
    assert table.rows == (("Acme", "Leeds", "late"), ("Bolt", None, None))
    assert (table.row_numbers, table.row_lines, table.header_row) == ((5, 7), (15, 17), 4)
