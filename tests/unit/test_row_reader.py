"""A sheet's rows converted through its RowReader: each distinct cell of a column converted once,
the same values and problems as converting it again, and a refused cell refused every time."""

import datetime as dt
from decimal import Decimal

from dagster_project.landing.rows import RowConverter, SheetContext, is_blank, is_blank_row
from dagster_project.landing.specs import ColumnSpec
from dagster_project.landing.units import ColumnUnit

LOAD_DATE = dt.date(2024, 6, 30)
COLUMNS = [
    ColumnSpec("start", "date", True),
    ColumnSpec("end", "date"),
    ColumnSpec("members", "count", True, maximum=5_000),
    ColumnSpec("amount", "amount", money=True),
    ColumnSpec("country", "text", True),
]
POSITIONS = {"start": 0, "members": 1, "amount": 2, "country": 3}
CONTEXT = SheetContext(
    conventions={"members": "vi", "amount": None},
    units={"amount": ColumnUnit(Decimal(1_000_000), "VND", "triệu đồng", "title")},
    range_ends={"start": "end"},
    constants={"country": "Lào"},
)


def test_a_reader_converts_each_row_as_a_fresh_converter_does():
    rows = [
        ["12-15/3/2024", "1.500", "2,5", "Nhật Bản"],
        ["12-15/3/2024", "1.500", "2,5", None],  # the blank country reads the sheet's constant
        [dt.date(2024, 3, 1), 7.0, "2 tỷ", "Lào"],
        ["1/7/2099", 7, 1, "Lào"],  # a date in the future
        ["31/2/2024", "bảy", "abc", ""],  # every cell refused
    ]
    reader = RowConverter(LOAD_DATE, b"k").reader(COLUMNS, POSITIONS, CONTEXT)
    first = [reader.convert(row) for row in rows]
    again = [reader.convert(row) for row in rows]  # now from what the reader kept
    fresh = [RowConverter(LOAD_DATE, b"k").convert_row(COLUMNS, row, POSITIONS, CONTEXT) for row in rows]
    assert first == again == fresh
    values, problems = first[0]
    assert values == {
        "start": dt.date(2024, 3, 12),
        "end": dt.date(2024, 3, 15),
        "members": 1500,
        "amount": values["amount"],
        "country": "Nhật Bản",
    }
    assert values["amount"].value == Decimal("2500000.0") and problems == []
    assert first[1][0]["country"] == "Lào"
    assert [problem.column for problem in first[3][1]] == ["start"]
    assert [problem.column for problem in first[4][1]] == ["start", "members", "amount"]


def test_equal_cells_of_different_types_are_different_cells():
    columns = [ColumnSpec("label", "text")]
    reader = RowConverter(LOAD_DATE, b"k").reader(columns, {"label": 0})
    assert [reader.convert([cell])[0]["label"] for cell in (1, 1.0, True, "1", 1.5)] == ["1", "1", "True", "1", "1.5"]


def test_a_blank_row_is_one_whose_every_cell_is_blank():
    for cells in ([], [None, "", "  ", "-", "—"], [None, 0], ["", "x"], [None, dt.date(2024, 1, 1)]):
        assert is_blank_row(cells) == all(is_blank(cell) for cell in cells)
