"""A path with a quote in it goes into SQL as one string literal: a warehouse published in such
a folder loads again (reused files are attached, the run history is copied, Parquet written)."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from dagster_project.loading import LoadRequest, run_load
from dagster_project.sql_text import sql_literal
from tests.conftest import copy_sample_raw

pytestmark = pytest.mark.slow


def test_sql_literal_keeps_a_quote_inside_the_string():
    hostile = "/srv/Sở Ngoại vụ/o'brien'; drop table x; --"
    with duckdb.connect() as connection:
        assert connection.execute("select " + sql_literal(hostile)).fetchone()[0] == hostile


def test_a_second_load_into_a_folder_with_a_quote_publishes(published_sample, tmp_path):
    folder = tmp_path / "Phòng Hợp tác quốc tế's"
    raw = copy_sample_raw(folder / "raw")
    warehouse = folder / "warehouse" / "warehouse.duckdb"
    warehouse.parent.mkdir(parents=True)
    shutil.copy2(published_sample, warehouse)

    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))

    assert outcome.published, outcome.failures
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        assert connection.execute("select count(*) from quality.load_runs").fetchone()[0] >= 2
    assert (warehouse.parent / "exports" / "fct_activity.parquet").exists()
