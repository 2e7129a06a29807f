"""quality.check_results: every check of a load with its status and details, published with the warehouse."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import duckdb

CHECK_RESULTS_DDL = """
create table if not exists quality.check_results (
    run_id varchar, check_name varchar, asset_key varchar, status varchar,
    severity varchar, blocking boolean, details varchar
)
"""


@dataclass(frozen=True)
class CheckRecord:
    check_name: str
    asset_key: str
    passed: bool
    severity: str = "error"  # error blocks publishing; warn is reported only
    details: dict = field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.passed:
            return "passed"
        return "failed" if self.severity == "error" else "warned"


def write_check_results(
    connection: duckdb.DuckDBPyConnection, run_id: str, family: str, records: list[CheckRecord]
) -> None:
    """Replace this family's results of the run (a retried step does not double them)."""
    connection.execute("create schema if not exists quality")
    connection.execute(CHECK_RESULTS_DDL)
    connection.execute(
        "delete from quality.check_results where run_id = ? and check_name like ?", [run_id, f"{family}:%"]
    )
    if not records:
        return
    connection.executemany(
        "insert into quality.check_results values (?, ?, ?, ?, ?, ?, ?)",
        [
            [
                run_id,
                f"{family}:{record.check_name}",
                record.asset_key,
                record.status,
                record.severity,
                record.severity == "error",
                json.dumps(record.details, ensure_ascii=False, default=str),
            ]
            for record in records
        ],
    )
