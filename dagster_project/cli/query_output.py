"""How `warehouse sql` shows a result: a table people can read (numbers whole, right-aligned,
never cut, with thousands separators; counts as integers) or CSV / JSON / Parquet for machines."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from rich.table import Table
from rich.text import Text

_NUMBER_TYPES = (int, float, Decimal)


def is_number(value) -> bool:
    return isinstance(value, _NUMBER_TYPES) and not isinstance(value, bool)


def format_number(value) -> str:
    """11.0000 -> "11", 1150000 -> "1,150,000", 0.25 -> "0.25", 2.3456789 -> "2.3457"."""
    if isinstance(value, float) and value != value:  # NaN
        return "NaN"
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    text = f"{number:,.4f}".rstrip("0").rstrip(".")
    return text


def format_cell(value) -> str:
    if value is None:
        return ""
    if is_number(value):
        return format_number(value)
    return str(value)


def result_table(columns: list[str], rows: list[tuple]) -> Table:
    """Numeric columns right-aligned and never wrapped or cut; text columns fold."""
    table = Table(show_header=True)
    for index, column in enumerate(columns):
        values = [row[index] for row in rows if row[index] is not None]
        numeric = bool(values) and all(is_number(value) for value in values)
        if numeric:
            width = max(len(format_number(value)) for value in values)
            table.add_column(column, justify="right", no_wrap=True, min_width=max(width, len(column)))
        else:
            table.add_column(column, overflow="fold")
    for row in rows:
        # Text, not markup: a value such as '[/b]' or 'a:x:b' is shown exactly as stored.
        table.add_row(*(Text(format_cell(value)) for value in row))
    return table


def _json_value(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def result_json(columns: list[str], rows: list[tuple]) -> str:
    """One JSON array of objects; decimals as numbers, dates as ISO text."""
    return json.dumps(
        [{column: _json_value(value) for column, value in zip(columns, row)} for row in rows], ensure_ascii=False
    )
