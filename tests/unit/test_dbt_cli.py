"""The dbt resource a load runs dbt through: the version it reports without asking dbt is the
version dbt itself reports (dagster-dbt chooses dbt Core or Fusion behaviour by it)."""

import re
import subprocess

import pytest

from dagster_project.dbt_project import WarehouseDbtCli, dbt_executable, warehouse_dbt_project


def test_the_version_read_from_the_environment_is_the_one_dbt_reports():
    resource = WarehouseDbtCli(project_dir=warehouse_dbt_project, dbt_executable=dbt_executable())
    reported = subprocess.run([dbt_executable(), "--version"], capture_output=True, text=True, check=True).stdout

    assert re.search(r"installed: (\d+\.\d+\.\d+)", reported).group(1) == str(resource._cli_version)
    assert resource._cli_version.major < 2  # dbt Core: the streaming dagster-dbt does for it


def test_no_dbt_adapter_is_built_in_the_loading_process():
    resource = WarehouseDbtCli(project_dir=warehouse_dbt_project, dbt_executable=dbt_executable())

    assert resource._initialize_dbt_core_adapter(["build"]) is None


def test_the_definitions_read_a_whole_copy_of_dbts_manifest(tmp_path, monkeypatch):
    """dbt rewrites target/manifest.json in place on every call; the definitions read a copy
    replaced whole, and a copy taken mid-write is taken again, never published half."""
    from dagster_project import dbt_project

    target = tmp_path / "target"
    target.mkdir()
    (target / "manifest.json").write_text('{"nodes": {"model.a": {}}', encoding="utf-8")  # cut short
    monkeypatch.setattr(dbt_project.time, "sleep", lambda seconds: None)
    with pytest.raises(RuntimeError, match="unreadable"):
        dbt_project._publish_assets_manifest(tmp_path)
    assert not dbt_project.assets_manifest_path(tmp_path).exists()

    (target / "manifest.json").write_text('{"nodes": {"model.a": {}}}', encoding="utf-8")
    dbt_project._publish_assets_manifest(tmp_path)
    assert dbt_project.assets_manifest_path(tmp_path).read_text(encoding="utf-8") == '{"nodes": {"model.a": {}}}'
    assert [path.name for path in target.iterdir() if path.name.startswith(".")] == []
