"""`warehouse sql` output: numbers whole and readable, machines get CSV / JSON / Parquet."""

import datetime as dt
import json
from decimal import Decimal

from rich.console import Console

from dagster_project.cli.query_output import format_number, result_json, result_table


def test_numbers_are_integers_with_thousands_separators_and_short_decimals():
    assert format_number(Decimal("11.0000")) == "11"
    assert format_number(Decimal("1150000.0000")) == "1,150,000"
    assert format_number(13_700_000_000) == "13,700,000,000"
    assert format_number(0.25) == "0.25"
    assert format_number(Decimal("2.345678")) == "2.3457"


def test_a_narrow_terminal_never_cuts_a_number_and_numbers_are_right_aligned():
    rows = [
        ("outbound_delegations", Decimal("11.0000"), Decimal("10206452000000.0000")),
        ("x", Decimal("248.0000"), None),
    ]
    console = Console(width=40, record=True, file=open("/dev/null", "w"))
    console.print(result_table(["indicator_code_with_a_long_name", "value", "amount_vnd"], rows))
    text = console.export_text()
    assert "10,206,452,000,000" in text
    line = next(line for line in text.splitlines() if "248" in line)
    assert line.split("│")[2].endswith("248 ")  # right-aligned in its cell
    assert "11.0000" not in text


def test_json_keeps_numbers_as_numbers_and_dates_as_iso():
    data = json.loads(
        result_json(
            ["period", "value", "ratio", "day"], [("2020", Decimal("11.0000"), Decimal("0.5"), dt.date(2020, 1, 2))]
        )
    )
    assert data == [{"period": "2020", "value": 11, "ratio": 0.5, "day": "2020-01-02"}]
