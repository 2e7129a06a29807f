"""The dbt project as Dagster sees it (kept small: ``dagster-dbt project prepare-and-package`` reads it)."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import time
from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path

from packaging import version

from dagster_project.dagster_dbt_api import DbtCliResource, DbtProject
from dagster_project.paths import DBT_PROFILE_DATABASE_VARIABLE as PROFILE_ENV
from dagster_project.paths import DBT_PROJECT_DIR
from dagster_project.warm_dbt import EXECUTABLE_VARIABLE as WARM_DBT_VARIABLE
from dagster_project.warm_dbt import real_dbt as dbt_executable

warehouse_dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
warehouse_dbt_project.prepare_if_dev()

_PROJECT_INPUTS = ("models", "seeds", "macros", "tests", "dbt_project.yml", "profiles.yml")


class WarehouseDbtCli(DbtCliResource):
    """dagster-dbt's resource without the start-up costs a load paid before dbt ran: a ``dbt
    --version`` subprocess to learn the version, a dbt adapter built in this process (dagster-dbt
    only uses it to fetch column metadata and row counts, and this project asks for neither), and,
    where the load started one (warm_dbt), dbt's own imports, done by a process that waited."""

    @cached_property
    def _cli_version(self) -> version.Version:
        # The dbt beside this interpreter is the dbt-core installed in it; any other dbt is asked.
        if Path(self.dbt_executable) == Path(sys.executable).parent / "dbt":
            return version.parse(installed_version("dbt-core"))
        return super()._cli_version

    def cli(self, args, **kwargs):
        warm = os.environ.get(WARM_DBT_VARIABLE)
        if warm and Path(warm).exists() and self.dbt_executable == dbt_executable():
            # the same dbt, already imported; the version is still this interpreter's dbt-core
            warm_resource = self.model_copy(update={"dbt_executable": warm})
            warm_resource.__dict__["_cli_version"] = self._cli_version
            return DbtCliResource.cli(warm_resource, args, **kwargs)
        return super().cli(args, **kwargs)

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


def assets_manifest_path(project_dir: Path = DBT_PROJECT_DIR) -> Path:
    """The manifest Dagster's definitions read: a copy of dbt's, replaced whole. Every dbt call
    rewrites ``target/manifest.json`` in place, so a code location importing during a load
    (the webserver, the daemon) could read half of it."""
    return project_dir / "target" / "assets_manifest.json"


def _publish_assets_manifest(project_dir: Path) -> None:
    source = project_dir / "target" / "manifest.json"
    staging = source.with_name(f".assets_manifest.{os.getpid()}.json")
    for _ in range(20):
        shutil.copyfile(source, staging)
        try:
            json.loads(staging.read_text(encoding="utf-8"))
            break
        except ValueError:
            time.sleep(0.5)  # copied while a dbt call was writing it: copy again
    else:
        staging.unlink(missing_ok=True)
        raise RuntimeError(f"{source} stayed unreadable while dbt wrote it; run the load again")
    os.replace(staging, assets_manifest_path(project_dir))


def ensure_manifest(project_dir: Path = DBT_PROJECT_DIR, database_path: str | None = None) -> None:
    """Parse the dbt project once when its manifest is missing, older than its sources or
    parsed for another database, so production imports never parse it; then the copy the
    definitions read. One process at a time: two loads starting together (the test workers on a
    fresh checkout) would otherwise parse into the same folder, one reading what the other writes."""
    lock = project_dir / "target" / ".parse_lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    # flock: released by the kernel if the holder dies, so a killed load leaves nothing stale
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            _ensure_manifest(project_dir, database_path)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _ensure_manifest(project_dir: Path, database_path: str | None) -> None:
    if not manifest_is_stale(project_dir, database_path):
        if not assets_manifest_path(project_dir).exists():
            _publish_assets_manifest(project_dir)
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
    _publish_assets_manifest(project_dir)


def prepare_for_import() -> None:
    """A code location must import on a fresh checkout (dagster-webserver, dagster-daemon and
    `dagster definitions validate` import it without `dagster dev`): parse once when the
    manifest is missing. An existing manifest is never re-parsed here; loads refresh it."""
    if not assets_manifest_path().exists():
        print(f"dbt manifest missing: parsing {DBT_PROJECT_DIR} once ({assets_manifest_path()})", file=sys.stderr)
        ensure_manifest()


prepare_for_import()
