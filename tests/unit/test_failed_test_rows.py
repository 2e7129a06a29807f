"""A failed dbt test on rows that keep their provenance is traced to file, sheet and row."""

import json

import duckdb

from dagster_project.quality.failed_test_rows import failing_rows


def _manifest(tmp_path, kind, **kwargs):
    model = {"resource_type": "model", "schema": "intermediate", "alias": "int_funding_transactions"}
    test = {
        "resource_type": "test",
        "name": "the_test",
        "attached_node": "model.x.int_funding_transactions",
        "test_metadata": {"name": kind, "kwargs": {"column_name": "activity_id", **kwargs}},
    }
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"nodes": {"model.x.int_funding_transactions": model, "test.x.the_test": test}}))
    return path


def _database(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema intermediate")
        con.execute(
            "create table intermediate.int_funding_transactions as select * from (values "
            "('a1', 'registers/cam_ket.xlsx', 'Cam kết', 4), (null, 'registers/cam_ket.xlsx', 'Cam kết', 7), "
            "('a1', 'registers/khac.xlsx', 'Sheet1', 2)) "
            "as t(activity_id, source_file, source_sheet, source_row_number)"
        )
    return path


def test_a_not_null_failure_names_the_rows(tmp_path):
    assert failing_rows(_manifest(tmp_path, "not_null"), _database(tmp_path), "the_test") == [
        "registers/cam_ket.xlsx, sheet 'Cam kết', row 7"
    ]


def test_a_unique_failure_names_every_copy(tmp_path):
    rows = failing_rows(_manifest(tmp_path, "unique"), _database(tmp_path), "the_test")
    assert rows == ["registers/cam_ket.xlsx, sheet 'Cam kết', row 4", "registers/khac.xlsx, sheet 'Sheet1', row 2"]


def test_an_unknown_test_names_nothing(tmp_path):
    assert failing_rows(_manifest(tmp_path, "not_null"), _database(tmp_path), "another_test") == []
