"""`warehouse sql` and `warehouse report`: reading the published warehouse, as a table, CSV, JSON, Parquet or
the department's Excel report."""

import sys
from pathlib import Path

import typer
from rich.markup import escape

from dagster_project.cli.console import console, published_file
from dagster_project.cli.options import with_settings
from dagster_project.settings import Settings


@with_settings("warehouse_path")
def sql(
    settings: Settings,
    query: str = typer.Argument(..., help='SQL to run, e.g. "select * from marts.dim_period limit 5".'),
    as_csv: bool = typer.Option(False, "--csv", help="Write CSV to standard output instead of a table."),
    as_json: bool = typer.Option(False, "--json", help="Write a JSON array of objects to standard output."),
    parquet: Path = typer.Option(None, "--parquet", help="Write the whole result to this Parquet file."),
    max_rows: int = typer.Option(
        200, "--max-rows", min=1, help="Rows shown in the table (CSV, JSON and Parquet have them all)."
    ),
):
    """Run one read-only query on the published warehouse."""
    import csv

    import duckdb

    from dagster_project.analyst_access import (
        RefusedStatement,
        connect_published,
        is_refused_access,
        one_line,
        reading_statement,
    )
    from dagster_project.cli.query_output import result_json, result_table

    warehouse = published_file(settings.warehouse_path)
    try:
        with connect_published(warehouse) as connection:
            cursor = connection.execute(reading_statement(query))
            if parquet is not None:
                # Written here, not by DuckDB: the connection may not touch any file but the warehouse.
                import pyarrow.parquet

                result = cursor.fetch_arrow_table()
                pyarrow.parquet.write_table(result, parquet.resolve(), compression="zstd")
                console.print(f"Wrote {result.num_rows} row(s) to {escape(str(parquet))}")
                return
            columns = [column[0] for column in cursor.description or []]
            rows = cursor.fetchall()
    except OSError as error:
        console.print(
            f"[red]Not written:[/red] {escape(str(parquet))} cannot be written ({escape(error.strerror or str(error))})"
        )
        raise typer.Exit(4) from None
    except RefusedStatement as error:
        console.print(f"[red]Refused:[/red] {escape(str(error))}; {warehouse.name} is unchanged.", soft_wrap=True)
        raise typer.Exit(1) from None
    except duckdb.Error as error:
        if is_refused_access(error):
            console.print(
                f"[red]Refused:[/red] warehouse sql reads the published warehouse only, no other file, "
                f"extension or setting ({escape(one_line(error))})",
                soft_wrap=True,
            )
        else:
            console.print(f"[red]Query failed:[/red] {escape(one_line(error))}", soft_wrap=True)
        raise typer.Exit(1) from None
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return
    if as_json:
        sys.stdout.write(result_json(columns, rows) + "\n")
        return
    console.print(result_table(columns, rows[:max_rows]))
    shown = f"{max_rows} of {len(rows)}" if len(rows) > max_rows else str(len(rows))
    console.print(f"{shown} row(s)")


@with_settings("warehouse_path")
def report(
    settings: Settings,
    period: str = typer.Argument(..., help="Period code: 2022-9M, 2021-H1, 2020, 2022-Q3, 2022-05, 2016-2020."),
    out: Path = typer.Option(..., "--out", help="Excel file to write (.xlsx)."),
):
    """The department's report table for a period, from the published warehouse, as Excel."""
    from collections import Counter

    from dagster_project.artifacts.period_report import STATUS_VI, ReportError, write_period_report

    warehouse = published_file(settings.warehouse_path)
    try:
        lines = write_period_report(warehouse, period, out)
    except ReportError as error:
        console.print(f"[red]No report:[/red] {escape(str(error))}")
        raise typer.Exit(1) from None
    except OSError as error:
        console.print(
            f"[red]No report:[/red] {escape(str(out))} cannot be written ({escape(error.strerror or str(error))})"
        )
        raise typer.Exit(4) from None
    counts = Counter(STATUS_VI[line.status] for line in lines)
    console.print(
        f"Wrote {escape(str(out))} ({len(lines)} lines): "
        + ", ".join(f"{label} {count}" for label, count in counts.items())
    )
    if all(line.register_value is None and line.reported_value is None for line in lines):
        console.print(
            f"[yellow]Warning:[/yellow] the warehouse has no figure for {escape(period.strip().upper())}: "
            "no register counts it and no report publishes it; the table is empty."
        )
    elif all(line.reported_value is None for line in lines):
        console.print(
            f"[yellow]Warning:[/yellow] nothing is published for {escape(period.strip().upper())} yet; "
            "the table shows register counts only."
        )
