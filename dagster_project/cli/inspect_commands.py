"""`warehouse status`, `review` and `partners`: what a steward reads about the published warehouse."""

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dagster_project.cli.console import console, published_file
from dagster_project.cli.options import with_settings
from dagster_project.paths import DEFAULT_DECISIONS_PATH
from dagster_project.settings import Settings


@with_settings("warehouse_path")
def status(settings: Settings, runs: int = typer.Option(10, "--runs", help="How many recent runs to list.")):
    """Recent runs, the published file's age and what waits for review."""
    from dagster_project.publishing.status import read_status

    state = read_status(settings.warehouse_path, runs)
    if state.published_at is None:
        console.print(f"No published warehouse at {escape(str(state.published))}. Run `warehouse load`.")
    else:
        hours = state.age.total_seconds() / 3600
        release = f"release {state.release.name}, " if state.release else ""
        console.print(
            f"Published: {escape(str(state.published))} at {state.published_at:%Y-%m-%d %H:%M} ({hours:.1f} h ago; "
            f"{escape(release)}run {escape(str(state.run_id))}); "
            f"{len(state.versions)} earlier version(s) kept for rollback"
        )
        if state.disagreements:
            console.print(
                "[red]The published pages do not all describe the published database[/red] "
                "(the next load repairs this):"
            )
            for problem in state.disagreements:
                console.print(f"  - {escape(problem)}", soft_wrap=True)
    table = Table(title="Recent runs", show_header=True)
    for column in ("finished", "duration", "files", "landed", "rejected", "checks ok", "failed", "result"):
        table.add_column(column, justify="right" if column not in ("finished", "result") else "left")
    for run in state.runs:
        if "to_release" in run:
            table.add_row(
                run["finished_at"].replace("T", " ")[:16],
                "",
                "",
                "",
                "",
                "",
                "",
                Text(f"{run['kind'].upper()}: {run['to_release']} in place of {run['from_release']}"),
            )
            continue
        result = "published" if run["published"] else ("skipped, no change" if run["skipped"] else "BLOCKED")
        table.add_row(
            run["finished_at"].replace("T", " ")[:16],
            f"{run.get('duration_s', 0):.0f}s",
            str(run["files"]),
            str(run["rows_landed"]),
            str(run["rows_rejected"]),
            str(run["checks_passed"]),
            str(run["checks_failed"]),
            result,
        )
    console.print(table)
    last_blocked = next((run for run in state.runs if not run["published"] and not run["skipped"]), None)
    if last_blocked and state.runs and last_blocked is state.runs[0]:
        console.print("[red]The last run was blocked:[/red]")
        for reason in last_blocked["failures"]:
            console.print(f"  - {escape(reason)}", soft_wrap=True)
    for label, count in state.queues.items():
        console.print(f"review queue - {label}: {count}")


@with_settings("warehouse_path")
def review(
    settings: Settings,
    show_all: bool = typer.Option(False, "--all", help="Also list items already accepted or rejected."),
    document: str = typer.Option("", "--document", help="Only items of reports whose path contains this text."),
):
    """The narrative-report review queue, with the key a decision in extraction_decisions.yml names."""
    from dagster_project.analyst_access import connect_published

    warehouse = published_file(settings.warehouse_path)
    query = (
        "select review_key, review_status, source_document, value_as_written, "
        "candidate_indicators, reason, source_excerpt "
        "from quality.extraction_review where (? or review_status = 'open') and source_document like '%' || ? || '%' "
        "order by source_document, char_start"
    )
    with connect_published(warehouse) as connection:
        rows = connection.execute(query, [show_all, document]).fetchall()
        stale = connection.execute(
            "select review_key, decision_number from quality.stale_extraction_decisions"
        ).fetchall()
    table = Table("key", "status", "report", "figure", "indicators", "why not published", "sentence", show_lines=True)
    for key, status, source, written, candidates, reason, excerpt in rows:
        sentence = excerpt if len(excerpt) <= 160 else excerpt[:157] + "..."
        table.add_row(
            *(
                Text(str(cell))
                for cell in (
                    key,
                    status,
                    source.removeprefix("documents/"),
                    written,
                    candidates or "",
                    reason,
                    sentence,
                )
            )
        )
    console.print(table)
    console.print(
        f"{len(rows)} item(s). Decide them in {DEFAULT_DECISIONS_PATH.relative_to(DEFAULT_DECISIONS_PATH.parents[1])} "
        "(accept with indicator and period, or reject); the next load applies them."
    )
    for key, number in stale:
        console.print(
            f"[yellow]Stale decision {number} (key {escape(str(key))}): its sentence is no longer in any report; "
            "it is not applied.[/yellow]"
        )


@with_settings("warehouse_path")
def partners(settings: Settings, limit: int = typer.Option(3, "--suggestions", min=1, help="Suggestions per name.")):
    """Partner names no known spelling resolves, with the closest known partners; add the right
    one to dbt/seeds/partner_aliases.csv (alias,partner_code) and the next load resolves it."""
    from dagster_project.analyst_access import connect_published
    from dagster_project.quality.partner_suggestions import rank_partners

    warehouse = published_file(settings.warehouse_path)
    with connect_published(warehouse) as connection:
        names = connection.execute(
            "select name_as_written, found_in, source_files, occurrences from quality.unresolved_partners "
            "order by occurrences desc, name_as_written"
        ).fetchall()
        spellings = dict(connection.execute("select alias, partner_code from marts.bridge_partner_alias").fetchall())
    table = Table("name as written", "found in", "files", "times", "closest known partners (score)", show_lines=True)
    for name, found_in, files, occurrences in names:
        suggestions = (
            "\n".join(f"{s.partner_code}: {s.spelling} ({s.score:g})" for s in rank_partners(name, spellings, limit))
            or "-"
        )
        table.add_row(*(escape(str(value)) for value in (name, found_in, files, occurrences, suggestions)))
    console.print(table)
    console.print(
        f"{len(names)} unresolved name(s). Teach a spelling with a line 'alias,partner_code' in "
        "dbt/seeds/partner_aliases.csv (a new partner goes to dbt/seeds/partners.csv first)."
    )
