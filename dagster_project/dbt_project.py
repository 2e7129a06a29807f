"""The dbt project as Dagster sees it (kept small: ``dagster-dbt project prepare-and-package`` reads it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from dagster_project.paths import DBT_PROJECT_DIR

warehouse_dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
warehouse_dbt_project.prepare_if_dev()

_PROJECT_INPUTS = ("models", "seeds", "macros", "tests", "dbt_project.yml", "profiles.yml")


def dbt_executable() -> str:
    """The dbt beside this interpreter (the uv environment), else whatever is on PATH."""
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


def manifest_is_stale(project_dir: Path = DBT_PROJECT_DIR) -> bool:
    manifest = project_dir / "target" / "manifest.json"
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    for name in _PROJECT_INPUTS:
        path = project_dir / name
        files = path.rglob("*") if path.is_dir() else [path]
        if any(file.is_file() and file.stat().st_mtime > built for file in files):
            return True
    return False


def ensure_manifest(project_dir: Path = DBT_PROJECT_DIR) -> None:
    """Parse the dbt project once when its manifest is missing or older than its sources,
    so production imports never parse it (DESIGN.md, known pitfalls)."""
    if not manifest_is_stale(project_dir):
        return
    completed = subprocess.run(
        [dbt_executable(), "parse", "--quiet", "--project-dir", str(project_dir), "--profiles-dir", str(project_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"dbt parse failed:\n{completed.stdout}\n{completed.stderr}")
