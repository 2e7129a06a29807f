"""`warehouse serve` (the Dagster UI and daemon) and `warehouse generate-sample`."""

import os
from pathlib import Path

import typer
from rich.markup import escape

from dagster_project.cli.console import console
from dagster_project.paths import DEFAULT_RAW_DIR


def serve():
    """Start the Dagster UI and daemon (schedule and sensor) with DAGSTER_HOME in .dagster/."""
    import shutil

    from dagster_project.cli.supervise import run_supervised
    from dagster_project.dbt_project import ensure_manifest
    from dagster_project.paths import PROJECT_ROOT

    home = PROJECT_ROOT / ".dagster"
    home.mkdir(exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copy(Path(__file__).parents[1] / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    ensure_manifest()
    console.print(f"DAGSTER_HOME={home}; UI on http://127.0.0.1:3000")
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    raise typer.Exit(run_supervised(["dagster", "dev", "-m", "dagster_project.definitions"], env=env, cwd=PROJECT_ROOT))


def generate_sample(
    out: Path = typer.Option(DEFAULT_RAW_DIR, "--out", help="Raw folder to write the SAMPLE files into."),
):
    """Write the deterministic SAMPLE registers and report tables."""
    from dagster_project.sample.generate import generate

    for path in generate(out):
        console.print(escape(str(path)))
