"""Dagster-launched runs (schedule, sensor, UI) read the deployment's settings like the CLI."""

from dagster_project.resources import warehouse_from_environment


def test_scheduled_runs_publish_to_the_target_the_deployment_names(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_TARGET", "postgres")
    monkeypatch.setenv("WAREHOUSE_POSTGRES_URL", "postgresql://loader@localhost:5432/warehouse")
    warehouse = warehouse_from_environment()
    assert (warehouse.target, warehouse.postgres_url) == ("postgres", "postgresql://loader@localhost:5432/warehouse")


def test_the_default_target_is_the_duckdb_file(monkeypatch):
    monkeypatch.delenv("WAREHOUSE_TARGET", raising=False)
    assert warehouse_from_environment().target == "duckdb"
