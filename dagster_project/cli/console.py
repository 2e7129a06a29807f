"""The console every command prints to, and what commands on the published warehouse share."""

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

# Bound to the real stdout now: the load redirects sys.stdout to a log file while dbt runs.
# emoji=False: data such as 'a:x:b' is printed as written, never as an emoji.
console = Console(file=sys.stdout, soft_wrap=True, width=None if sys.stdout.isatty() else 120, emoji=False)


def configure_progress_logging(warehouse: Path) -> None:
    from dagster_project.cli.console_log import configure

    configure(console, warehouse.parent / "logs" / "warehouse.jsonl")


def published_file(warehouse: Path) -> Path:
    """The published warehouse file, or the end of the command with what to do first."""
    if not warehouse.exists():
        console.print(f"[red]No published warehouse at {escape(str(warehouse))}.[/red] Run `warehouse load` first.")
        raise typer.Exit(2)
    return warehouse


def print_fault_and_exit(what: str, error: OSError, folder: Path) -> None:
    """A storage fault (disk full, read-only folder) as one line and its exit code; any other
    OSError is not the user's to read as a message and is raised on."""
    from dagster_project.publishing.storage_faults import from_os_error

    fault = from_os_error(error, folder)
    if fault is None:
        raise error
    console.print(f"[red]{what}[/red] {escape(str(fault))}", soft_wrap=True)
    raise typer.Exit(fault.exit_code) from None
