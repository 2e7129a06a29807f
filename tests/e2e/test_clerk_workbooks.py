"""Four sets of clerk-style workbooks (tests/data/clerk_workbooks*, each written from a
description of the department's habits, not from the code) loaded as written with default
settings: the load publishes, the figures their generators computed are in
marts.rpt_reconciliation and none is wrong, figures that depend on a cell nobody can read with
certainty are withheld, every entry is landed or quarantined (nothing dropped) and no personal
data reaches any table or export."""

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
SETS = ["clerk_workbooks", "clerk_workbooks_2", "clerk_workbooks_3", "clerk_workbooks_4"]


@pytest.fixture(scope="module", params=SETS)
def clerk_load(request, tmp_path_factory):
    work = tmp_path_factory.mktemp(request.param)
    return work, score(TESTS_DIR / "data" / request.param, work), TESTS_DIR / "data" / request.param


def test_the_workbooks_publish_as_written(clerk_load):
    _, result, _ = clerk_load
    assert result["published"], result["failures"]


def test_no_figure_is_wrong_and_no_uncertain_one_is_published(clerk_load):
    _, result, folder = clerk_load
    with (folder / "expected_figures.csv").open(encoding="utf-8") as handle:
        certain = [row for row in csv.DictReader(handle) if row.get("certain", "yes") != "no"]
    assert result["wrong"] == []
    assert result["guessed"] == []
    # Rows quarantined for one uncertain cell hold back every figure of their periods, so a few
    # certain figures can be missing; none may be wrong.
    assert len(result["right"]) >= 0.95 * len(certain), result["missing"]


def test_every_entry_is_landed_or_quarantined_and_nothing_is_dropped(clerk_load):
    _, result, folder = clerk_load
    rows = result["rows"]
    with (folder / "expected_rows.csv").open(encoding="utf-8") as handle:
        uncertain = sum(int(row.get("uncertain_rows") or 0) for row in csv.DictReader(handle))
    assert rows["dropped"] == 0
    assert rows["quarantined"] == uncertain
    assert rows["landed"] + rows["quarantined"] == rows["expected_entries"]


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
                        if any(
                            word in str(cell or "").lower() for word in ("họ và tên", "họ tên", "hộ chiếu", "ngày sinh")
                        ):
                            columns.add(position)
                    continue
                for position in columns:
                    cell = row[position] if position < len(row) else None
                    if cell not in (None, ""):
                        values.add(str(cell.date() if hasattr(cell, "date") else cell))
    return values


def test_no_personal_data_in_any_table_or_export(clerk_load):
    work, _, _ = clerk_load
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
