"""Landed records reach DuckDB through Arrow with the values pandas gave them, and any column
Arrow would read differently is left to pandas."""

import datetime as dt
from decimal import Decimal

import duckdb
import pandas as pd
import pyarrow as pa

from dagster_project.landing.arrow_records import arrow_table, decimal_text

COLUMNS = {
    "name": "VARCHAR",
    "day": "DATE",
    "members": "BIGINT",
    "row_number": "INTEGER",
    "rate": "DOUBLE",
    "amount": "DECIMAL(24,4)",
    "loaded_at": "TIMESTAMP",
}
RECORDS = [
    {
        "name": "Đoàn Lào",
        "day": dt.date(2024, 2, 1),
        "members": 5,
        "row_number": 4,
        "rate": 23500.5,
        "amount": Decimal("2600000000"),
        "loaded_at": dt.datetime(2026, 1, 2, 3, 4, 5, 678901),
    },
    # gaps in every column, a key left out, an amount with more decimals than the column keeps
    {"name": None, "day": None, "members": None, "rate": None, "amount": Decimal("0.00005"), "loaded_at": None},
    {"name": "", "day": dt.date(2010, 1, 1), "members": 0, "row_number": 6, "rate": 0.1, "amount": 12},
]


def _landed(frame) -> list[tuple]:
    with duckdb.connect() as con:
        con.execute("CREATE TABLE t (" + ", ".join(f"{name} {kind}" for name, kind in COLUMNS.items()) + ")")
        con.register("incoming", frame)
        casts = ", ".join(f"CAST({name} AS {kind})" for name, kind in COLUMNS.items())
        con.execute(f"INSERT INTO t SELECT {casts} FROM incoming")
        return con.execute("SELECT * FROM t").fetchall()


def test_records_land_through_arrow_as_they_did_through_pandas():
    frame = pd.DataFrame.from_records(RECORDS, columns=list(COLUMNS))
    frame["amount"] = frame["amount"].map(decimal_text)
    assert _landed(arrow_table(RECORDS, COLUMNS)) == _landed(frame)


def test_decimals_travel_as_decimals_unless_the_column_would_round_them():
    table = arrow_table([{"amount": Decimal("1.5")}, {"amount": 7}], {"amount": "DECIMAL(24,4)"})
    assert table.column("amount").type == pa.decimal128(24, 4)
    assert table.column("amount").to_pylist() == [Decimal("1.5000"), Decimal("7.0000")]
    rounded = arrow_table([{"amount": Decimal("0.00005")}], {"amount": "DECIMAL(24,4)"})
    assert rounded.column("amount").to_pylist() == ["0.00005"]


def test_a_column_holding_another_type_than_its_sql_type_is_left_to_pandas():
    assert arrow_table([{"members": "5"}], {"members": "BIGINT"}) is None
    assert arrow_table([{"members": True}], {"members": "BIGINT"}) is None
    assert arrow_table([{"day": dt.datetime(2024, 1, 1, 8)}], {"day": "DATE"}) is None
    assert arrow_table([{"members": 2**70}], {"members": "BIGINT"}) is None
    assert arrow_table([{"name": None}, {"name": "x"}], {"name": "VARCHAR"}) is not None
