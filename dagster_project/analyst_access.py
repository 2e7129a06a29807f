"""How analyst commands (`warehouse sql`, `review`, `report`, `status`) open the published
warehouse: read-only, with DuckDB's own locks on everything outside that one file.

DuckDB does the refusing, not a list of forbidden words: with external access off no
statement can read or write another file (COPY, read_csv, read_text, ATTACH, EXPORT, INSTALL,
LOAD), and the locked configuration keeps any statement from switching that back on. Only a
single SELECT is run, so nothing reaches the catalog either (CREATE TEMP, SET, CHECKPOINT)."""

from __future__ import annotations

from pathlib import Path

import duckdb

LOCKED_DOWN = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
# SELECT covers WITH … SELECT, FROM-first queries, VALUES, DESCRIBE, SHOW, SUMMARIZE and PRAGMAs
# that only list things (DuckDB parses all of these as selects).
READING_STATEMENTS = {duckdb.StatementType.SELECT}


class RefusedStatement(Exception):
    """The SQL is not exactly one statement that only reads; the message is one line."""


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def reading_statement(query: str) -> str:
    """``query`` when it is exactly one SELECT; raises RefusedStatement otherwise (and
    duckdb.ParserException when it is not SQL at all)."""
    statements = duckdb.extract_statements(query)
    if len(statements) != 1:
        raise RefusedStatement(
            f"{len(statements)} statements given; warehouse sql runs exactly one statement that only reads (a SELECT)"
        )
    statement = statements[0]
    if statement.type not in READING_STATEMENTS:
        keyword = (statement.query.split() or [statement.type.name])[0].upper()
        raise RefusedStatement(
            f"{keyword} is not a query that only reads; "
            "warehouse sql is read-only: one SELECT on the published warehouse"
        )
    return query


def connect_published(path: Path) -> duckdb.DuckDBPyConnection:
    """The published file, read-only, unable to reach any other file or to unlock itself."""
    return duckdb.connect(str(path), read_only=True, config=dict(LOCKED_DOWN))


def is_refused_access(error: duckdb.Error) -> bool:
    """DuckDB's own refusal of a file, extension or setting outside the published warehouse."""
    return isinstance(error, duckdb.PermissionException) or "configuration has been locked" in str(error)
