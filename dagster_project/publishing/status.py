"""What `warehouse status` shows: recent runs, the published file's age, the review queues."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from dagster_project.analyst_access import connect_published
from dagster_project.publishing.releases import current_release, database_run_id, disagreements, kept_releases

REVIEW_QUEUES = {
    "rejected rows (quality.rejected_rows)": "select count(*) from quality.rejected_rows",
    "unresolved partner spellings (quality.unresolved_partners)": "select count(*) from quality.unresolved_partners",
    "waived reconciliation differences": "select count(*) from marts.rpt_reconciliation where is_waived",
    "checks that warned (quality.check_results)": "select count(*) from quality.check_results where status = 'warned'",
    "narrative figures to review (warehouse review)": (
        "select count(*) from quality.extraction_review where review_status = 'open'"
    ),
    "stale extraction decisions (quality.stale_extraction_decisions)": (
        "select count(*) from quality.stale_extraction_decisions"
    ),
}


@dataclass
class WarehouseStatus:
    published: Path
    published_at: dt.datetime | None = None
    runs: list[dict] = field(default_factory=list)
    queues: dict[str, int] = field(default_factory=dict)
    versions: list[Path] = field(default_factory=list)
    release: Path | None = None
    run_id: str | None = None
    # Pages or exports that describe another load than the published database.
    disagreements: list[str] = field(default_factory=list)

    @property
    def age(self) -> dt.timedelta | None:
        return dt.datetime.now() - self.published_at if self.published_at else None


def read_status(warehouse_path: Path, last_runs: int = 10) -> WarehouseStatus:
    status = WarehouseStatus(
        warehouse_path, versions=kept_releases(warehouse_path), release=current_release(warehouse_path)
    )
    log = warehouse_path.parent / "logs" / "load_runs.jsonl"
    if log.exists():
        lines = log.read_text(encoding="utf-8").splitlines()
        status.runs = [json.loads(line) for line in lines[-last_runs:] if line.strip()][::-1]
    if warehouse_path.exists():
        status.published_at = dt.datetime.fromtimestamp(warehouse_path.stat().st_mtime)
        status.run_id = database_run_id(warehouse_path)
        status.disagreements = disagreements(warehouse_path, status.run_id)
        with connect_published(warehouse_path) as connection:
            for label, query in REVIEW_QUEUES.items():
                try:
                    status.queues[label] = connection.execute(query).fetchone()[0]
                except duckdb.Error:
                    status.queues[label] = -1  # table missing in an older version
    return status
