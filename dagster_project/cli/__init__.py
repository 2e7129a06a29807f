"""The `warehouse` command: loads, rollbacks, status, the review queues, SQL and reports."""

import os

import typer

from dagster_project.cli.inspect_commands import partners, review, status
from dagster_project.cli.load import load, rollback
from dagster_project.cli.project_commands import generate_sample, serve
from dagster_project.cli.query_commands import report, sql

app = typer.Typer(help="Foreign-affairs warehouse of Sở Ngoại vụ Hà Tĩnh.", no_args_is_help=True, add_completion=False)
for command in (load, status, rollback, serve, review, partners, sql, report):
    app.command()(command)
app.command("generate-sample")(generate_sample)


def main() -> None:  # pragma: no cover - console entry point
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    app()
