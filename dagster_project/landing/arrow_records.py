"""Landed records as an Arrow table, column by column, for DuckDB to insert without pandas.

pandas inspects every object cell of every column to guess its type, and turns a whole-number
column with a gap into floats; Arrow takes a column of one Python type as it is. So a column is
handed over only when each of its values has the Python type its SQL type expects; for any other
column the caller keeps the pandas path, which is how such values always landed.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pyarrow as pa

# The Python types a column of each SQL type may hold to travel as Arrow (None is a NULL anywhere).
# bool is not int here: True would land as 1 in a BIGINT column through Arrow.
_EXPECTED_TYPES: dict[str, frozenset[type]] = {
    "VARCHAR": frozenset({str}),
    "DATE": frozenset({dt.date}),
    "TIMESTAMP": frozenset({dt.datetime}),
    "BIGINT": frozenset({int}),
    "INTEGER": frozenset({int}),
    "DOUBLE": frozenset({float}),
}
_NONE = type(None)
_PRECISION_SCALE = re.compile(r"\((\d+)\s*,\s*(\d+)\)")


def decimal_text(value: object) -> str | None:
    """A decimal travels as text so DuckDB casts it exactly instead of through a float."""
    return None if value is None else format(Decimal(value), "f")


def _decimal_column(values: list[object], sql_type: str) -> pa.Array:
    """Decimals as Arrow decimals of the column's precision and scale: the same numbers as text
    would give, and DuckDB's cast from text to a wide DECIMAL costs tens of microseconds a value.
    A value with more decimals than the column keeps (DuckDB then rounds it) travels as text."""
    precision, scale = (int(part) for part in _PRECISION_SCALE.search(sql_type).groups())
    decimals = [None if value is None else Decimal(value) for value in values]
    try:
        return pa.array(decimals, type=pa.decimal128(precision, scale))
    except pa.ArrowInvalid:
        return pa.array([decimal_text(value) for value in decimals], type=pa.string())


def _column(values: list[object], sql_type: str) -> pa.Array | None:
    if sql_type.startswith("DECIMAL"):
        return _decimal_column(values, sql_type)
    expected = _EXPECTED_TYPES.get(sql_type)
    if expected is None or not set(map(type, values)) - {_NONE} <= expected:
        return None
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, OverflowError):  # an integer beyond 64 bits
        return None


def arrow_table(records: list[dict[str, object]], columns: dict[str, str]) -> pa.Table | None:
    """The records as one Arrow column per name of ``columns`` (name -> SQL type), a missing key
    as NULL; None when a column holds a value of another type than its SQL type expects."""
    arrays = []
    for name, sql_type in columns.items():
        array = _column([record.get(name) for record in records], sql_type)
        if array is None:
            return None
        arrays.append(array)
    return pa.Table.from_arrays(arrays, names=list(columns))
