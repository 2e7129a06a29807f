"""`warehouse load` and `warehouse rollback`: the commands that change what readers see."""

import time

import typer
from rich.markup import escape
from rich.table import Table

from dagster_project.cli.console import configure_progress_logging, console, print_fault_and_exit
from dagster_project.cli.options import with_settings
from dagster_project.settings import Settings


@with_settings()
def load(
    settings: Settings, force: bool = typer.Option(False, "--force", help="Rebuild even if no input or code changed.")
):
    """Land raw files, build and check the star schema, publish it if every check passed."""
    from dagster_project.loading import LoadRequest, run_load
    from dagster_project.publishing.locking import WarehouseBusyError
    from dagster_project.publishing.storage_faults import StorageFault, ensure_writable
    from dagster_project.publishing.target_interface import TargetError
    from dagster_project.publishing.targets import target_for

    warehouse = settings.warehouse_path
    try:
        ensure_writable(warehouse.parent)
    except StorageFault as fault:
        console.print(f"[red]Not started:[/red] {escape(str(fault))}", soft_wrap=True)
        raise typer.Exit(fault.exit_code) from None
    configure_progress_logging(warehouse)
    if not settings.raw_dir.is_dir():
        console.print(
            f"[red]Raw folder {escape(str(settings.raw_dir))} does not exist.[/red] "
            "Pass --raw DIR or set WAREHOUSE_RAW_DIR."
        )
        raise typer.Exit(2)
    request = LoadRequest.from_settings(settings, force)
    started = time.perf_counter()
    try:
        published_to = target_for(settings).describe()
        outcome = run_load(request)
    except (TargetError, WarehouseBusyError) as error:
        console.print(f"[red]Not started:[/red] {escape(str(error))}")
        raise typer.Exit(3 if isinstance(error, WarehouseBusyError) else 2) from None
    except OSError as error:
        print_fault_and_exit("Not published.", error, warehouse.parent)
    elapsed = time.perf_counter() - started
    if outcome.skipped:
        console.print(
            f"Nothing changed since the last published load ({outcome.message}); warehouse left as it is. "
            f"Use --force to rebuild. [{elapsed:.1f}s]"
        )
        return
    if not outcome.published:
        console.print(f"[bold red]Not published.[/bold red] {escape(published_to)} is unchanged. What blocked it:")
        for reason in outcome.failures:
            console.print(f"  - {escape(reason)}", soft_wrap=True)
        raise typer.Exit(outcome.exit_code or 1)
    console.print(f"[bold green]Published[/bold green] {escape(published_to)}")
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


@with_settings("warehouse_path", "target")
def rollback(
    settings: Settings,
    undo: bool = typer.Option(False, "--undo", help="Put back the newer release that a rollback replaced."),
):
    """Publish the previous release again: database, quality page, docs, dashboard and exports together."""
    from dagster_project.publishing.locking import WarehouseBusyError, writer_lock
    from dagster_project.publishing.releases import ReleaseError
    from dagster_project.publishing.target_interface import TargetError
    from dagster_project.publishing.targets import target_for

    warehouse = settings.warehouse_path
    try:
        with writer_lock(warehouse, wait_seconds=0):
            replaced, restored = target_for(settings).rollback(newer=undo)
    except WarehouseBusyError as error:
        console.print(f"[red]Not rolled back:[/red] {escape(str(error))}")
        raise typer.Exit(3) from None
    except (ReleaseError, TargetError) as error:
        console.print(f"[red]Not rolled back:[/red] {escape(str(error))}")
        raise typer.Exit(1) from None
    except OSError as error:
        print_fault_and_exit("Not rolled back:", error, warehouse.parent)
    console.print(
        f"Published release {escape(restored)} in place of {escape(replaced)}: database, quality page, docs, "
        f"dashboard and exports together. {escape(replaced)} is kept: "
        f"`warehouse rollback{'' if undo else ' --undo'}` puts it back. "
        "The next load without --force rebuilds from raw/ when raw/ differs from this release."
    )
