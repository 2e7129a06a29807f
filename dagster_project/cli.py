"""``warehouse`` command: runs the Dagster load job in-process with progress output."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.table import Table

from dagster_project.paths import DEFAULT_RAW_DIR, DEFAULT_WAIVERS_PATH, DEFAULT_WAREHOUSE_PATH

app = typer.Typer(help="Foreign-affairs warehouse of Sở Ngoại vụ Hà Tĩnh.", no_args_is_help=True, add_completion=False)
# Bound to the real stdout now: the load redirects sys.stdout to a log file while dbt runs.
console = Console(file=sys.stdout)


def _configure_progress_logging() -> None:
    logger = logging.getLogger("warehouse")
    if not logger.handlers:
        handler = RichHandler(console=console, show_path=False, show_level=False, markup=False, log_time_format="[%X]")
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


@app.command()
def load(
    raw: Path = typer.Option(DEFAULT_RAW_DIR, "--raw", envvar="WAREHOUSE_RAW_DIR", help="Folder with registers/ and reports/."),
    warehouse: Path = typer.Option(
        DEFAULT_WAREHOUSE_PATH, "--warehouse", envvar="WAREHOUSE_PATH", help="Published DuckDB file."
    ),
    force: bool = typer.Option(False, "--force", help="Rebuild even if no input or code changed."),
    waivers: Path = typer.Option(
        DEFAULT_WAIVERS_PATH, "--waivers", envvar="WAREHOUSE_WAIVERS", help="Reviewed reconciliation waivers (YAML)."
    ),
    max_reject_share: float = typer.Option(
        0.2, "--max-reject-share", envvar="WAREHOUSE_MAX_REJECT_SHARE", min=0.0, max=1.0,
        help="A file with a larger share of rejected rows blocks publishing.",
    ),
) -> None:
    """Land raw files, build and check the star schema, publish it if every check passed."""
    from dagster_project.loading import LoadRequest, run_load

    _configure_progress_logging()
    raw, warehouse = raw.resolve(), warehouse.resolve()
    if not raw.is_dir():
        console.print(f"[red]Raw folder {raw} does not exist.[/red] Pass --raw DIR or set WAREHOUSE_RAW_DIR.")
        raise typer.Exit(2)
    started = time.perf_counter()
    outcome = run_load(
        LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=force, waivers_path=waivers.resolve(), max_reject_share=max_reject_share)
    )
    elapsed = time.perf_counter() - started
    if outcome.skipped:
        console.print(f"Nothing changed since the last published load ({outcome.message}); warehouse left as it is. "
                      f"Use --force to rebuild. [{elapsed:.1f}s]")
        return
    if not outcome.published:
        console.print(f"[bold red]Not published.[/bold red] {warehouse} is unchanged. What blocked it:")
        for reason in outcome.failures:
            console.print(f"  - {reason}", soft_wrap=True)
        raise typer.Exit(1)
    console.print(f"[bold green]Published[/bold green] {warehouse}")
    table = Table(show_header=True)
    table.add_column("marts table")
    table.add_column("rows", justify="right")
    for name, rows in outcome.mart_rows.items():
        table.add_row(name, f"{rows:,}")
    console.print(table)
    console.print(
        f"files: {outcome.files}  rows landed: {outcome.rows_landed:,}  rows rejected: {outcome.rows_rejected:,}  "
        f"checks passed: {outcome.checks_passed}  failed: {outcome.checks_failed}  time: {elapsed:.1f}s"
    )
    if outcome.rows_rejected:
        console.print("Rejected rows are listed in quality.rejected_rows with file, sheet, row, column and reason.")


@app.command("generate-sample")
def generate_sample(out: Path = typer.Option(DEFAULT_RAW_DIR, "--out", help="Raw folder to write the SAMPLE files into.")) -> None:
    """Write the deterministic SAMPLE registers and report tables."""
    from dagster_project.sample.generate import generate

    for path in generate(out):
        console.print(str(path))


def main() -> None:  # pragma: no cover - console entry point
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
