"""The dbt project as Dagster sees it (kept small: ``dagster-dbt project prepare-and-package`` reads it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject
from packaging import version

from dagster_project.paths import DBT_PROFILE_DATABASE_VARIABLE as PROFILE_ENV
from dagster_project.paths import DBT_PROJECT_DIR

warehouse_dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
warehouse_dbt_project.prepare_if_dev()

_PROJECT_INPUTS = ("models", "seeds", "macros", "tests", "dbt_project.yml", "profiles.yml")


def dbt_executable() -> str:
    """The dbt beside this interpreter (the uv environment), else whatever is on PATH."""
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


class WarehouseDbtCli(DbtCliResource):
    """dagster-dbt's resource without two start-up costs a load paid before dbt ran (6-7 s of a
    30 s sample load on two cores): a ``dbt --version`` subprocess to learn the version, and a
    dbt adapter built in this process, which dagster-dbt only uses to fetch column metadata and
    row counts, and this project asks for neither."""

    @cached_property
    def _cli_version(self) -> version.Version:
        # The dbt beside this interpreter is the dbt-core installed in it; any other dbt is asked.
        if Path(self.dbt_executable) == Path(sys.executable).parent / "dbt":
            return version.parse(installed_version("dbt-core"))
        return super()._cli_version

    def _initialize_dbt_core_adapter(self, args):
        return None


def _parsed_for(project_dir: Path) -> Path:
    return project_dir / "target" / "parsed_for.json"


def manifest_is_stale(project_dir: Path = DBT_PROJECT_DIR, database_path: str | None = None) -> bool:
    manifest = project_dir / "target" / "manifest.json"
    if not manifest.exists():
        return True
    marker = _parsed_for(project_dir)
    # dagster-dbt reuses this parse's partial_parse.msgpack; dbt discards it when the
    # profile differs, so a parse for another database path is as good as none.
    if database_path is not None and (
        not marker.exists() or json.loads(marker.read_text()).get(PROFILE_ENV) != database_path
    ):
        return True
    built = manifest.stat().st_mtime
    for name in _PROJECT_INPUTS:
        path = project_dir / name
        files = path.rglob("*") if path.is_dir() else [path]
        if any(file.is_file() and file.stat().st_mtime > built for file in files):
            return True
    return False


def ensure_manifest(project_dir: Path = DBT_PROJECT_DIR, database_path: str | None = None) -> None:
    """Parse the dbt project once when its manifest is missing, older than its sources or
    parsed for another database, so production imports never parse it."""
    if not manifest_is_stale(project_dir, database_path):
        return
    env = {**os.environ, **({PROFILE_ENV: database_path} if database_path else {})}
    completed = subprocess.run(
        [dbt_executable(), "parse", "--quiet", "--project-dir", str(project_dir), "--profiles-dir", str(project_dir)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"dbt parse failed:\n{completed.stdout}\n{completed.stderr}")
    _parsed_for(project_dir).write_text(json.dumps({PROFILE_ENV: env.get(PROFILE_ENV)}))


def prepare_for_import() -> None:
    """A code location must import on a fresh checkout (dagster-webserver, dagster-daemon and
    `dagster definitions validate` import it without `dagster dev`): parse once when the
    manifest is missing. An existing manifest is never re-parsed here; loads refresh it."""
    if not warehouse_dbt_project.manifest_path.exists():
        print(
            f"dbt manifest missing: parsing {DBT_PROJECT_DIR} once ({warehouse_dbt_project.manifest_path})",
            file=sys.stderr,
        )
        ensure_manifest()


prepare_for_import()
