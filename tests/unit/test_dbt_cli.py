"""The dbt resource a load runs dbt through: the version it reports without asking dbt is the
version dbt itself reports (dagster-dbt chooses dbt Core or Fusion behaviour by it)."""

import re
import subprocess

from dagster_project.dbt_project import WarehouseDbtCli, dbt_executable, warehouse_dbt_project


def test_the_version_read_from_the_environment_is_the_one_dbt_reports():
    resource = WarehouseDbtCli(project_dir=warehouse_dbt_project, dbt_executable=dbt_executable())
    reported = subprocess.run([dbt_executable(), "--version"], capture_output=True, text=True, check=True).stdout

    assert re.search(r"installed: (\d+\.\d+\.\d+)", reported).group(1) == str(resource._cli_version)
    assert resource._cli_version.major < 2  # dbt Core: the streaming dagster-dbt does for it


def test_no_dbt_adapter_is_built_in_the_loading_process():
    resource = WarehouseDbtCli(project_dir=warehouse_dbt_project, dbt_executable=dbt_executable())

    assert resource._initialize_dbt_core_adapter(["build"]) is None
