"""Twelve clerk-style workbooks (tests/data/clerk_workbooks, written from a description of the
department's habits, not from the code) loaded as written with default settings: the load
publishes, every figure their generator computed is in marts.rpt_reconciliation, every entry
is landed (nothing dropped, nothing quarantined) and no personal data reaches any table or export."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from benchmarks.register_scores import score
from tests.conftest import TESTS_DIR

pytestmark = pytest.mark.slow
CLERK_WORKBOOKS = TESTS_DIR / "data" / "clerk_workbooks"


@pytest.fixture(scope="module")
def clerk_load(tmp_path_factory):
    work = tmp_path_factory.mktemp("clerk_workbooks")
    return work, score(CLERK_WORKBOOKS, work)


def test_the_workbooks_publish_as_written(clerk_load):
    _, result = clerk_load
    assert result["published"], result["failures"]


def test_every_expected_figure_is_in_the_reconciliation(clerk_load):
    _, result = clerk_load
    with (CLERK_WORKBOOKS / "expected_figures.csv").open(encoding="utf-8") as handle:
        expected = len(list(csv.DictReader(handle)))
    assert result["wrong"] == []
    assert result["missing"] == []
    assert len(result["right"]) == expected


def test_every_entry_is_landed_and_nothing_is_dropped(clerk_load):
    _, result = clerk_load
    rows = result["rows"]
    assert rows["landed"] == rows["expected_entries"]
    assert rows["quarantined"] == 0 and rows["dropped"] == 0


PASSPORT = re.compile(r"^[A-Z]\d{7}$")


def _personal_values(workbooks: Path) -> set[str]:
    """Names, passport numbers and birth dates of the citizens in the consular register: the
    cells under those headers in every row that holds a passport number."""
    values = set()
    for path in workbooks.glob("*.xlsx"):
        for sheet in load_workbook(path, read_only=True).worksheets:
            columns: set[int] = set()
            for row in sheet.iter_rows(values_only=True):
                if not any(PASSPORT.match(str(cell or "")) for cell in row):  # a header or title row
                    for position, cell in enumerate(row):
                        if any(word in str(cell or "").lower() for word in ("họ và tên", "họ tên", "hộ chiếu", "ngày sinh")):
                            columns.add(position)
                    continue
                for position in columns:
                    cell = row[position] if position < len(row) else None
                    if cell not in (None, ""):
                        values.add(str(cell.date() if hasattr(cell, "date") else cell))
    return values


def test_no_personal_data_in_any_table_or_export(clerk_load):
    work, _ = clerk_load
    personal = _personal_values(work / "generated" / "workbooks")
    assert len(personal) > 20  # the register does hold names, passports and birth dates
    warehouse = work / "warehouse"
    with duckdb.connect(str(warehouse / "warehouse.duckdb"), read_only=True) as con:
        tables = con.execute("select table_schema, table_name from information_schema.tables").fetchall()
        for schema, table in tables:
            text = " ".join(str(row) for row in con.execute(f'select * from "{schema}"."{table}"').fetchall())
            assert not [value for value in personal if value in text], f"{schema}.{table}"
        for export in (warehouse / "exports").glob("*.parquet"):
            text = " ".join(str(row) for row in con.execute("select * from read_parquet(?)", [str(export)]).fetchall())
            assert not [value for value in personal if value in text], export.name
