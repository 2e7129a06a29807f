"""One declaration of the settings: the environment, the command line and Dagster-launched runs
all read it, and a value a load cannot use is refused with the variable's name."""

import dataclasses
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dagster_project.cli import app
from dagster_project.loading import LoadRequest
from dagster_project.publishing.duckdb_file import DuckDBFileTarget
from dagster_project.publishing.postgres import PostgresTarget
from dagster_project.publishing.targets import target_for
from dagster_project.settings import Settings, SettingsError, setting_fields


def test_runs_dagster_starts_publish_where_the_environment_says(monkeypatch, tmp_path):
    monkeypatch.setenv("WAREHOUSE_TARGET", "postgres")
    monkeypatch.setenv("WAREHOUSE_POSTGRES_URL", "postgresql://loader@localhost:5432/warehouse")
    monkeypatch.setenv("WAREHOUSE_KEEP_VERSIONS", "5")
    monkeypatch.setenv("WAREHOUSE_PATH", str(tmp_path / "w.duckdb"))
    settings = Settings.from_environment()
    assert (settings.target, settings.keep_versions, settings.warehouse_path) == ("postgres", 5, tmp_path / "w.duckdb")
    target = target_for(settings)
    assert isinstance(target, PostgresTarget) and target.describe() == "postgresql://loader@localhost:5432/warehouse"


def test_the_default_target_is_the_duckdb_file(monkeypatch):
    monkeypatch.delenv("WAREHOUSE_TARGET", raising=False)
    assert isinstance(target_for(Settings.from_environment()), DuckDBFileTarget)


def test_options_given_win_over_the_environment(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_MAX_REJECT_SHARE", "0.5")
    assert Settings.from_environment(max_reject_share=0.1).max_reject_share == 0.1
    assert Settings.from_environment().max_reject_share == 0.5


@pytest.mark.parametrize(
    "variable, value, named",
    [
        ("WAREHOUSE_TARGET", "oracle", "--target is 'oracle': use one of duckdb, postgres"),
        ("WAREHOUSE_KEEP_VERSIONS", "three", "WAREHOUSE_KEEP_VERSIONS='three' is not a int"),
        ("WAREHOUSE_MAX_REJECT_SHARE", "1.5", "--max-reject-share is 1.5: it must be at most 1"),
    ],
)
def test_a_value_the_load_cannot_use_is_refused_with_its_name(monkeypatch, variable, value, named):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as error:
        Settings.from_environment()
    assert named in str(error.value)


def test_the_command_line_refuses_it_before_any_work(tmp_path):
    command = [
        sys.executable,
        "-m",
        "dagster_project.cli",
        "load",
        "--raw",
        str(tmp_path),
        "--warehouse",
        str(tmp_path / "w.duckdb"),
    ]
    result = subprocess.run(command, env={**os.environ, "WAREHOUSE_TARGET": "oracle"}, capture_output=True, text=True)
    assert result.returncode == 2 and "Not started" in result.stdout and "oracle" in result.stdout
    assert not (tmp_path / "w.duckdb").exists()


def test_every_setting_with_an_option_is_an_option_of_warehouse_load_with_its_variable():
    result = CliRunner().invoke(app, ["load", "--help"], env={"COLUMNS": "300"})
    for item in setting_fields():
        source = item.metadata["source"]
        if source.option:
            assert source.option in result.output and source.env in result.output, item.name


def test_a_load_request_is_the_settings_and_the_force_flag():
    settings = Settings.from_environment(keep_versions=7)
    request = LoadRequest.from_settings(settings, force=True)
    assert request.force and all(
        getattr(request, item.name) == getattr(settings, item.name) for item in setting_fields()
    )
    assert {item.name for item in dataclasses.fields(LoadRequest)} - {item.name for item in setting_fields()} == {
        "force"
    }


def test_a_run_gives_dbt_the_build_through_the_link_in_its_own_work_folder(monkeypatch, tmp_path):
    from dagster_project.resources import WarehouseResource

    monkeypatch.setenv("WAREHOUSE_DBT_WORK_DIR", str(tmp_path / "dbt_work"))
    monkeypatch.setenv("WAREHOUSE_DB_PATH", "restored after the test")
    settings = Settings.from_environment(warehouse_path=tmp_path / "warehouse" / "w.duckdb")
    with WarehouseResource(settings).held_for_run() as warehouse:
        link = tmp_path / "dbt_work" / "active_build"
        assert warehouse.build.database_for_dbt == link / "w.duckdb"
        assert link.resolve() == warehouse.build_dir.resolve()
        assert warehouse.target.dbt_arguments() == []  # the DuckDB target: the profile's default output
        assert os.environ["WAREHOUSE_DB_PATH"] == str(link / "w.duckdb")
