"""The record of every run: published runs in the warehouse's quality.load_runs (the history
travels with the published database), every run, published or not, in logs/load_runs.jsonl
(a blocked build is never published, so its record cannot live in the warehouse)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

from dagster_project.landing.specs import QUALITY_SCHEMA
from dagster_project.publishing.fingerprint import load_fingerprint
from dagster_project.publishing.target_interface import PublishTarget
from dagster_project.settings import Settings

LOAD_RUNS_COLUMNS = """
    run_id VARCHAR, published_at TIMESTAMP, raw_dir VARCHAR, files INTEGER,
    rows_landed BIGINT, rows_rejected BIGINT, input_fingerprint VARCHAR, published BOOLEAN
"""
LAST_RUN_SQL = "select files, rows_landed, rows_rejected from quality.load_runs order by published_at desc limit 1"
# information_schema, not duckdb_tables(): the same query answers on both targets.
MARTS_TABLES_SQL = "select table_name from information_schema.tables where table_schema = 'marts' order by table_name"


@dataclass
class LoadOutcome:
    published: bool = False
    skipped: bool = False
    message: str = ""
    failures: list[str] = field(default_factory=list)
    files: int = 0
    rows_landed: int = 0
    rows_rejected: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    mart_rows: dict[str, int] = field(default_factory=dict)
    # 1 for a blocked load; storage_faults' codes when the disk refused to be written.
    exit_code: int = 0


def record_run(connection: duckdb.DuckDBPyConnection, run_id: str, settings: Settings, target: PublishTarget) -> dict:
    """This run in the build's quality.load_runs, after the published history; returns its summary."""
    connection.execute(f"create table if not exists {QUALITY_SCHEMA}.load_runs ({LOAD_RUNS_COLUMNS})")
    target.carry_run_history(connection)
    files, landed, rejected = connection.execute(
        f"select count(distinct _source_file), coalesce(sum(rows_landed), 0), coalesce(sum(rows_rejected), 0) "
        f"from {QUALITY_SCHEMA}.load_files"
    ).fetchone()
    summary = {
        "run_id": run_id,
        "files": files,
        "rows_landed": int(landed),
        "rows_rejected": int(rejected),
        "input_fingerprint": load_fingerprint(settings.raw_dir, settings.reviewed_files),
    }
    connection.execute(
        f"insert into {QUALITY_SCHEMA}.load_runs values (?, ?, ?, ?, ?, ?, ?, true)",
        [run_id, dt.datetime.now(), str(settings.raw_dir), files, landed, rejected, summary["input_fingerprint"]],
    )
    connection.execute("checkpoint")
    return summary


def summarise(outcome: LoadOutcome, query: Callable[[str], list[tuple]]) -> None:
    """The published run's file and row counts and each marts table's rows, from either target."""
    outcome.files, outcome.rows_landed, outcome.rows_rejected = query(LAST_RUN_SQL)[0]
    for (name,) in query(MARTS_TABLES_SQL):
        outcome.mart_rows[name] = query(f'select count(*) from marts."{name}"')[0][0]


def append_run_log(warehouse_path: Path, run_id: str, outcome: LoadOutcome, started_at: dt.datetime) -> None:
    """Every run, published or not, in logs/load_runs.jsonl beside the warehouse."""
    log = warehouse_path.parent / "logs" / "load_runs.jsonl"
    log.parent.mkdir(parents=True, exist_ok=True)
    finished_at = dt.datetime.now()
    entry = {
        "run_id": run_id,
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": finished_at.isoformat(timespec="seconds"),
        "duration_s": round((finished_at - started_at).total_seconds(), 1),
        **asdict(outcome),
    }
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
