"""``warehouse`` command: runs the Dagster load job in-process with progress output."""

from __future__ import annotations

import enum
import os
import sys
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dagster_project.paths import DEFAULT_DECISIONS_PATH, DEFAULT_RAW_DIR, DEFAULT_WAIVERS_PATH, DEFAULT_WAREHOUSE_PATH


class Target(str, enum.Enum):
    duckdb = "duckdb"
    postgres = "postgres"


app = typer.Typer(help="Foreign-affairs warehouse of Sở Ngoại vụ Hà Tĩnh.", no_args_is_help=True, add_completion=False)
# Bound to the real stdout now: the load redirects sys.stdout to a log file while dbt runs.
# emoji=False: data such as 'a:x:b' is printed as written, never as an emoji.
console = Console(file=sys.stdout, soft_wrap=True, width=None if sys.stdout.isatty() else 120, emoji=False)


def _configure_progress_logging(warehouse: Path) -> None:
    from dagster_project.console_log import configure

    configure(console, warehouse.parent / "logs" / "warehouse.jsonl")


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
    decisions: Path = typer.Option(
        DEFAULT_DECISIONS_PATH, "--decisions", envvar="WAREHOUSE_DECISIONS",
        help="Reviewed decisions on the extraction review queue (YAML).",
    ),
    max_reject_share: float = typer.Option(
        0.2, "--max-reject-share", envvar="WAREHOUSE_MAX_REJECT_SHARE", min=0.0, max=1.0,
        help="A file with a larger share of rejected rows blocks publishing.",
    ),
    max_workbook_mb: float = typer.Option(
        20, "--max-workbook-mb", envvar="WAREHOUSE_MAX_WORKBOOK_MB", min=0, help="Larger registers and report tables are refused unread.",
    ),
    max_document_mb: float = typer.Option(
        5, "--max-document-mb", envvar="WAREHOUSE_MAX_DOCUMENT_MB", min=0, help="Larger narrative reports are refused unread.",
    ),
    wait: float = typer.Option(600, "--wait", min=0, help="Seconds to wait for a running load before giving up."),
    keep_versions: int = typer.Option(
        3, "--keep-versions", envvar="WAREHOUSE_KEEP_VERSIONS", min=0, help="Earlier published versions kept for rollback."
    ),
    target: Target = typer.Option(
        Target.duckdb, "--target", envvar="WAREHOUSE_TARGET",
        help="Where to publish: the DuckDB file, or the PostgreSQL database at WAREHOUSE_POSTGRES_URL.",
    ),
) -> None:
    """Land raw files, build and check the star schema, publish it if every check passed."""
    from dagster_project.loading import LoadRequest, run_load
    from dagster_project.locking import WarehouseBusyError
    from dagster_project.postgres import URL_VARIABLE, PostgresTargetError
    from dagster_project.storage_faults import StorageFault, ensure_writable, from_os_error

    raw, warehouse = raw.resolve(), published_location(warehouse)
    try:
        ensure_writable(warehouse.parent)
    except StorageFault as fault:
        console.print(f"[red]Not started:[/red] {escape(str(fault))}", soft_wrap=True)
        raise typer.Exit(fault.exit_code) from None
    _configure_progress_logging(warehouse)
    if not raw.is_dir():
        console.print(f"[red]Raw folder {escape(str(raw))} does not exist.[/red] Pass --raw DIR or set WAREHOUSE_RAW_DIR.")
        raise typer.Exit(2)
    request = LoadRequest(
        raw_dir=raw, warehouse_path=warehouse, force=force, waivers_path=waivers.resolve(), decisions_path=decisions.resolve(),
        max_reject_share=max_reject_share, lock_wait_seconds=wait, keep_versions=keep_versions,
        max_workbook_mb=max_workbook_mb, max_document_mb=max_document_mb,
        target=target.value, postgres_url=os.environ.get(URL_VARIABLE, ""),
    )
    started = time.perf_counter()
    try:
        postgres = request.postgres()
        published_to = postgres.describe() if postgres else str(warehouse)
        outcome = run_load(request)
    except PostgresTargetError as error:
        console.print(f"[red]Not started:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None
    except WarehouseBusyError as error:
        console.print(f"[red]Not started:[/red] {escape(str(error))}")
        raise typer.Exit(3) from None
    except OSError as error:
        fault = from_os_error(error, warehouse.parent)
        if fault is None:
            raise
        console.print(f"[bold red]Not published.[/bold red] {escape(str(fault))}", soft_wrap=True)
        raise typer.Exit(fault.exit_code) from None
    elapsed = time.perf_counter() - started
    if outcome.skipped:
        console.print(f"Nothing changed since the last published load ({outcome.message}); warehouse left as it is. "
                      f"Use --force to rebuild. [{elapsed:.1f}s]")
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


def published_location(warehouse: Path) -> Path:
    """The published path as given, made absolute: never resolved, since it is a link into the
    current release and resolving it would pin one release."""
    return Path(os.path.abspath(warehouse))


WarehouseOption = typer.Option(DEFAULT_WAREHOUSE_PATH, "--warehouse", envvar="WAREHOUSE_PATH", help="Published DuckDB file.")


@app.command()
def status(warehouse: Path = WarehouseOption, runs: int = typer.Option(10, "--runs", help="How many recent runs to list.")) -> None:
    """Recent runs, the published file's age and what waits for review."""
    from dagster_project.status import read_status

    state = read_status(published_location(warehouse), runs)
    if state.published_at is None:
        console.print(f"No published warehouse at {escape(str(state.published))}. Run `warehouse load`.")
    else:
        hours = state.age.total_seconds() / 3600
        release = f"release {state.release.name}, " if state.release else ""
        console.print(f"Published: {escape(str(state.published))} at {state.published_at:%Y-%m-%d %H:%M} ({hours:.1f} h ago; "
                      f"{escape(release)}run {escape(str(state.run_id))}); {len(state.versions)} earlier version(s) kept for rollback")
        if state.disagreements:
            console.print("[red]The published pages do not all describe the published database[/red] (the next load repairs this):")
            for problem in state.disagreements:
                console.print(f"  - {escape(problem)}", soft_wrap=True)
    table = Table(title="Recent runs", show_header=True)
    for column in ("finished", "duration", "files", "landed", "rejected", "checks ok", "failed", "result"):
        table.add_column(column, justify="right" if column not in ("finished", "result") else "left")
    for run in state.runs:
        if "to_release" in run:
            table.add_row(run["finished_at"].replace("T", " ")[:16], "", "", "", "", "", "",
                          Text(f"{run['kind'].upper()}: {run['to_release']} in place of {run['from_release']}"))
            continue
        result = "published" if run["published"] else ("skipped, no change" if run["skipped"] else "BLOCKED")
        table.add_row(run["finished_at"].replace("T", " ")[:16], f"{run.get('duration_s', 0):.0f}s", str(run["files"]),
                      str(run["rows_landed"]), str(run["rows_rejected"]), str(run["checks_passed"]), str(run["checks_failed"]), result)
    console.print(table)
    last_blocked = next((run for run in state.runs if not run["published"] and not run["skipped"]), None)
    if last_blocked and state.runs and last_blocked is state.runs[0]:
        console.print("[red]The last run was blocked:[/red]")
        for reason in last_blocked["failures"]:
            console.print(f"  - {escape(reason)}", soft_wrap=True)
    for label, count in state.queues.items():
        console.print(f"review queue - {label}: {count}")


@app.command()
def rollback(
    warehouse: Path = WarehouseOption,
    undo: bool = typer.Option(False, "--undo", help="Put back the newer release that a rollback replaced."),
) -> None:
    """Publish the previous release again: database, quality page, docs, dashboard and exports together."""
    from dagster_project.locking import WarehouseBusyError, writer_lock
    from dagster_project.releases import ReleaseError, adopt_older_layout, database_run_id, record_switch, release_run_id, switch_release
    from dagster_project.storage_faults import from_os_error

    warehouse = published_location(warehouse)
    try:
        with writer_lock(warehouse, wait_seconds=0):
            adopt_older_layout(warehouse, database_run_id)
            replaced, restored = switch_release(warehouse, newer=undo)
            record_switch(warehouse, "undo rollback" if undo else "rollback", replaced, restored)
    except WarehouseBusyError as error:
        console.print(f"[red]Not rolled back:[/red] {escape(str(error))}")
        raise typer.Exit(3) from None
    except ReleaseError as error:
        console.print(f"[red]Not rolled back:[/red] {escape(str(error))}")
        raise typer.Exit(1) from None
    except OSError as error:
        fault = from_os_error(error, warehouse.parent)
        if fault is None:
            raise
        console.print(f"[red]Not rolled back:[/red] {escape(str(fault))}", soft_wrap=True)
        raise typer.Exit(fault.exit_code) from None
    console.print(f"Published release {escape(restored.name)} (run {escape(str(release_run_id(restored)))}) in place of "
                  f"{escape(replaced.name)}: database, quality page, docs, dashboard and exports together. "
                  f"{escape(replaced.name)} is kept: `warehouse rollback{'' if undo else ' --undo'}` puts it back. "
                  "The next load without --force rebuilds from raw/ when raw/ differs from this release.")


@app.command()
def serve() -> None:
    """Start the Dagster UI and daemon (schedule and sensor) with DAGSTER_HOME in .dagster/."""
    import shutil

    from dagster_project.dbt_project import ensure_manifest
    from dagster_project.paths import PROJECT_ROOT
    from dagster_project.supervise import run_supervised

    home = PROJECT_ROOT / ".dagster"
    home.mkdir(exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copy(Path(__file__).parent / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    ensure_manifest()
    console.print(f"DAGSTER_HOME={home}; UI on http://127.0.0.1:3000")
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    raise typer.Exit(run_supervised(["dagster", "dev", "-m", "dagster_project.definitions"], env=env, cwd=PROJECT_ROOT))


def _published_file(warehouse: Path) -> Path:
    warehouse = published_location(warehouse)
    if not warehouse.exists():
        console.print(f"[red]No published warehouse at {escape(str(warehouse))}.[/red] Run `warehouse load` first.")
        raise typer.Exit(2)
    return warehouse


@app.command()
def review(
    warehouse: Path = WarehouseOption,
    show_all: bool = typer.Option(False, "--all", help="Also list items already accepted or rejected."),
    document: str = typer.Option("", "--document", help="Only items of reports whose path contains this text."),
) -> None:
    """The narrative-report review queue, with the key a decision in extraction_decisions.yml names."""
    from dagster_project.analyst_access import connect_published

    warehouse = _published_file(warehouse)
    query = (
        "select review_key, review_status, source_document, value_as_written, candidate_indicators, reason, source_excerpt "
        "from quality.extraction_review where (? or review_status = 'open') and source_document like '%' || ? || '%' "
        "order by source_document, char_start"
    )
    with connect_published(warehouse) as connection:
        rows = connection.execute(query, [show_all, document]).fetchall()
        stale = connection.execute("select review_key, decision_number from quality.stale_extraction_decisions").fetchall()
    table = Table("key", "status", "report", "figure", "indicators", "why not published", "sentence", show_lines=True)
    for key, status, source, written, candidates, reason, excerpt in rows:
        sentence = excerpt if len(excerpt) <= 160 else excerpt[:157] + "..."
        table.add_row(*(Text(str(cell)) for cell in (key, status, source.removeprefix("documents/"), written, candidates or "", reason, sentence)))
    console.print(table)
    console.print(f"{len(rows)} item(s). Decide them in {DEFAULT_DECISIONS_PATH.relative_to(DEFAULT_DECISIONS_PATH.parents[1])} "
                  "(accept with indicator and period, or reject); the next load applies them.")
    for key, number in stale:
        console.print(f"[yellow]Stale decision {number} (key {escape(str(key))}): its sentence is no longer in any report; it is not applied.[/yellow]")


@app.command()
def partners(warehouse: Path = WarehouseOption, limit: int = typer.Option(3, "--suggestions", min=1, help="Suggestions per name.")) -> None:
    """Partner names no known spelling resolves, with the closest known partners; add the right
    one to dbt/seeds/partner_aliases.csv (alias,partner_code) and the next load resolves it."""
    import duckdb
    from rich.markup import escape

    from dagster_project.quality.partner_suggestions import rank_partners

    warehouse = _published_file(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        names = connection.execute(
            "select name_as_written, found_in, source_files, occurrences from quality.unresolved_partners order by occurrences desc, name_as_written"
        ).fetchall()
        spellings = dict(connection.execute("select alias, partner_code from marts.bridge_partner_alias").fetchall())
    table = Table("name as written", "found in", "files", "times", "closest known partners (score)", show_lines=True)
    for name, found_in, files, occurrences in names:
        suggestions = "\n".join(f"{s.partner_code}: {s.spelling} ({s.score:g})" for s in rank_partners(name, spellings, limit)) or "-"
        table.add_row(*(escape(str(value)) for value in (name, found_in, files, occurrences, suggestions)))
    console.print(table)
    console.print(f"{len(names)} unresolved name(s). Teach a spelling with a line 'alias,partner_code' in "
                  "dbt/seeds/partner_aliases.csv (a new partner goes to dbt/seeds/partners.csv first).")


@app.command()
def sql(
    query: str = typer.Argument(..., help="SQL to run, e.g. \"select * from marts.dim_period limit 5\"."),
    warehouse: Path = WarehouseOption,
    as_csv: bool = typer.Option(False, "--csv", help="Write CSV to standard output instead of a table."),
    as_json: bool = typer.Option(False, "--json", help="Write a JSON array of objects to standard output."),
    parquet: Path = typer.Option(None, "--parquet", help="Write the whole result to this Parquet file."),
    max_rows: int = typer.Option(200, "--max-rows", min=1, help="Rows shown in the table (CSV, JSON and Parquet have them all)."),
) -> None:
    """Run one read-only query on the published warehouse."""
    import csv

    import duckdb

    from dagster_project.analyst_access import RefusedStatement, connect_published, is_refused_access, one_line, reading_statement
    from dagster_project.query_output import result_json, result_table

    warehouse = _published_file(warehouse)
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
        console.print(f"[red]Not written:[/red] {escape(str(parquet))} cannot be written ({escape(error.strerror or str(error))})")
        raise typer.Exit(4) from None
    except RefusedStatement as error:
        console.print(f"[red]Refused:[/red] {escape(str(error))}; {warehouse.name} is unchanged.", soft_wrap=True)
        raise typer.Exit(1) from None
    except duckdb.Error as error:
        if is_refused_access(error):
            console.print(f"[red]Refused:[/red] warehouse sql reads the published warehouse only, no other file, "
                          f"extension or setting ({escape(one_line(error))})", soft_wrap=True)
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


@app.command()
def report(
    period: str = typer.Argument(..., help="Period code: 2022-9M, 2021-H1, 2020, 2022-Q3, 2022-05, 2016-2020."),
    out: Path = typer.Option(..., "--out", help="Excel file to write (.xlsx)."),
    warehouse: Path = WarehouseOption,
) -> None:
    """The department's report table for a period, from the published warehouse, as Excel."""
    from collections import Counter

    from dagster_project.artifacts.period_report import STATUS_VI, ReportError, write_period_report

    warehouse = _published_file(warehouse)
    try:
        lines = write_period_report(warehouse, period, out)
    except ReportError as error:
        console.print(f"[red]No report:[/red] {escape(str(error))}")
        raise typer.Exit(1) from None
    except OSError as error:
        console.print(f"[red]No report:[/red] {escape(str(out))} cannot be written ({escape(error.strerror or str(error))})")
        raise typer.Exit(4) from None
    counts = Counter(STATUS_VI[line.status] for line in lines)
    console.print(f"Wrote {escape(str(out))} ({len(lines)} lines): " + ", ".join(f"{label} {count}" for label, count in counts.items()))
    if all(line.register_value is None and line.reported_value is None for line in lines):
        console.print(f"[yellow]Warning:[/yellow] the warehouse has no figure for {escape(period.strip().upper())}: "
                      "no register counts it and no report publishes it; the table is empty.")
    elif all(line.reported_value is None for line in lines):
        console.print(f"[yellow]Warning:[/yellow] nothing is published for {escape(period.strip().upper())} yet; "
                      "the table shows register counts only.")


@app.command("generate-sample")
def generate_sample(out: Path = typer.Option(DEFAULT_RAW_DIR, "--out", help="Raw folder to write the SAMPLE files into.")) -> None:
    """Write the deterministic SAMPLE registers and report tables."""
    from dagster_project.sample.generate import generate

    for path in generate(out):
        console.print(escape(str(path)))


def main() -> None:  # pragma: no cover - console entry point
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
